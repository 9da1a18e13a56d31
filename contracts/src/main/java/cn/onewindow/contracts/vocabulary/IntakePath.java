package cn.onewindow.contracts.vocabulary;

/**
 * How the window took a case in (受理方式), decided by the window's delegated powers and the item (docs/glossary.md).
 * Every service that acts on a case by how it came in reads this one list.
 */
public enum IntakePath {
    /** 当场办结: decided and handed out at the window, under its approve-on-the-spot delegation. */
    SETTLED_ON_SPOT,
    /** 当场受理: accepted at once; the acceptance notice is printed. */
    ACCEPTED_ON_SPOT,
    /** 后台20分钟受理: an immediate item received by a window without the accept power; the back office accepts within 20 office minutes while the applicant waits. */
    BACK_OFFICE_ACCEPTANCE_WHILE_WAITING,
    /** 当场收件: received only, with a receipt; the back office decides acceptance within 5 working days. */
    RECEIVED_ONLY,
    /** 容缺受理: accepted while secondary materials are owed, to be supplied by a due date. */
    ACCEPTED_WITH_DEFERRED_MATERIALS
}
