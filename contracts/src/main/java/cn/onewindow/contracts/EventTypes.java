package cn.onewindow.contracts;

/**
 * CloudEvents {@code type} values of every event, one per outcome; the record behind each is in
 * {@code cn.onewindow.contracts.events}. The glossary in
 * docs/glossary.md gives the Chinese term behind each.
 */
public final class EventTypes {
    private static final String PREFIX = "cn.onewindow.case.";
    /**
     * 受理 / 收件: the window took the file in, by any path (accepted, with deferred materials, received only, settled);
     * the case exists from here on. The wire keeps this type's first name, "accepted", which consumers know.
     */
    public static final String CASE_TAKEN_IN = PREFIX + "accepted.v1";
    /**
     * 一次性告知 / 不予受理退回: the window issued a notice and took nothing in. Keyed by the notice
     * number (no case exists); kept on the intake topic so every outcome of the window is in one stream.
     */
    public static final String NOTICE_ISSUED = PREFIX + "notice-issued.v1";
    /**
     * 容缺补交: owed materials arrived; {@code complete} tells whether anything is still owed. "Supplement" in the code
     * means 补正 alone (the back office's request); the wire keeps this type's first name, which consumers know.
     */
    public static final String DEFERRED_MATERIALS_SUPPLIED = PREFIX + "supplement-received.v1";
    /** 按责转办: the case was assigned to the department and back-office queue that decides it. */
    public static final String CASE_ROUTED = PREFIX + "routed.v1";
    /** 进入部门审批队列: the department's work queue holds the case, with its deadline. */
    public static final String CASE_QUEUED = PREFIX + "queued.v1";
    /** 审批决定: approved or denied by the department. */
    public static final String CASE_DECIDED = PREFIX + "decided.v1";
    /** 待出件: the result reached the unified issuance window. */
    public static final String RESULT_READY = PREFIX + "result-ready.v1";
    /** 已送达: the result was handed out (pickup with signature) or mailed. */
    public static final String RESULT_DELIVERED = PREFIX + "result-delivered.v1";
    /** 好差评: the applicant rated one stage of the service. */
    public static final String RATING_RECORDED = PREFIX + "rating-recorded.v1";

    /** 补正通知: the back office asks, in one list, for everything still needed; the clock stops. */
    public static final String SUPPLEMENT_REQUESTED = PREFIX + "supplement-requested.v1";
    /** 一件事汇合: the last department of a bundle decided; the bundle goes on to issuance as one. */
    public static final String BUNDLE_JOINED = "cn.onewindow.bundle.joined.v1";

    /** 受理决定: the back office accepted a file the window had only received (or did not). */
    public static final String ACCEPTANCE_DECIDED = PREFIX + "acceptance-decided.v1";
    /** 认领: a reviewer (or the department's system) took the case from the department queue. */
    public static final String CASE_CLAIMED = PREFIX + "claimed.v1";
    /** 审查环节: site check, inspection, expert review or fee — started or completed. */
    public static final String STEP_RECORDED = PREFIX + "step-recorded.v1";
    /** 缴费通知: the department set a fee; the applicant is told the amount and how to pay (issuance sends it). */
    public static final String FEE_ASSESSED = PREFIX + "fee-assessed.v1";
    /** 告知承诺核查: the department verified, after an approval, a material the applicant replaced by a commitment. */
    public static final String COMMITMENT_CHECK_RECORDED = PREFIX + "commitment-check-recorded.v1";
    /** 承诺不实: the verification found the commitment false (result revoked, applicant blacklisted, shown in supervision). */
    public static final String COMMITMENT_FOUND_FALSE = PREFIX + "commitment-found-false.v1";
    /** 计时暂停 / 恢复: the department's clock stopped where the law stops it, or runs again. */
    public static final String CLOCK_STOPPED = PREFIX + "clock-stopped.v1";
    public static final String CLOCK_RESUMED = PREFIX + "clock-resumed.v1";
    /** 预警: a deadline is near (approval: when a share of the limit remains, see WarningPoint). */
    public static final String DEADLINE_WARNING = PREFIX + "deadline-warning.v1";
    /** 超期: a deadline passed without the act it limits. */
    public static final String OVERDUE = PREFIX + "overdue.v1";
    /** 物料流转: the runner picked the paper file up, or the department confirmed receiving it. */
    public static final String TRANSFER_PICKED_UP = PREFIX + "transfer-picked-up.v1";
    public static final String TRANSFER_HANDED_OVER = PREFIX + "transfer-handed-over.v1";
    /** 督办升级: a limit passed; the coordinator must act. */
    public static final String ESCALATED = PREFIX + "escalated.v1";

    /** 邀请评价: a delivered case still unrated after some days is invited to rate (once). */
    public static final String RATING_INVITED = PREFIX + "rating-invited.v1";

    /** 电子证照签发: an approved result was issued as an e-certificate (with its validity, if it expires). */
    public static final String CERTIFICATE_ISSUED = "cn.onewindow.certificate.issued.v1";
    /** 电子证照吊销/撤销: an e-certificate was revoked, with the reason and its source. */
    public static final String CERTIFICATE_REVOKED = "cn.onewindow.certificate.revoked.v1";

    /** 联系方式: how the applicant of a case is reached for notices (on {@code onewindow.intake.contact.v1} only). */
    public static final String CONTACT_RECORDED = "cn.onewindow.applicant.contact-recorded.v1";
    /**
     * 联系方式删除: the tombstone of a case's contact on {@code onewindow.intake.contact.v1} — the case key with no
     * value, so compaction drops the phone and e-mail for good — once the case's last notice is past. Its type
     * travels in the CloudEvents headers; there is no data to read.
     */
    public static final String CONTACT_ERASED = "cn.onewindow.applicant.contact-erased.v1";

    /** 事项目录: a catalogue item's version was published (or cancelled). */
    public static final String ITEM_VERSION_PUBLISHED = "cn.onewindow.catalogue.item-version-published.v1";
    /** 授权: a department's delegation to the window took effect. */
    public static final String DELEGATION_GRANTED = "cn.onewindow.delegation.granted.v1";
    /** 授权终止: a delegation ended (revoked or expired). */
    public static final String DELEGATION_ENDED = "cn.onewindow.delegation.ended.v1";
    /** 法定节假日: a year of the official calendar was published or corrected. */
    public static final String YEAR_PUBLISHED = "cn.onewindow.calendar.year-published.v1";
    /** 取号: a ticket of the calling queue was drawn. */
    public static final String TICKET_ISSUED = "cn.onewindow.queue.ticket-issued.v1";
    /** 叫号: a ticket was called to a window. */
    public static final String TICKET_CALLED = "cn.onewindow.queue.ticket-called.v1";

    /** 区域通办: a hall of the network was published or changed (hours, region, departments, the items it receives). */
    public static final String HALL_PUBLISHED = "cn.onewindow.catalogue.hall-published.v1";
    /** 联审联办: a co-department's opinion on a JOINT item's case. */
    public static final String JOINT_OPINION_RECORDED = PREFIX + "joint-opinion-recorded.v1";
    /** 上报件: first-instance opinion given, file forwarded to the higher authority. */
    public static final String CASE_FORWARDED = PREFIX + "forwarded.v1";
    /** 窗口无否决权: a window's return, out-of-scope answer or 容缺 refusal waits for the sign-off. */
    public static final String SIGN_OFF_REQUESTED = "cn.onewindow.window.sign-off-requested.v1";
    /** 窗口无否决权: the mid desk or chief representative confirmed or overruled the window's refusal. */
    public static final String SIGN_OFF_DECIDED = "cn.onewindow.window.sign-off-decided.v1";
    /** 咨询督办: an enquiry's written answer is late (3 working days). */
    public static final String ENQUIRY_ESCALATED = "cn.onewindow.enquiry.escalated.v1";
    /** 常见问题: an answered enquiry became an FAQ entry of its item (approved by the hall admin). */
    public static final String FAQ_ENTRY_APPROVED = "cn.onewindow.catalogue.faq-entry-approved.v1";

    private EventTypes() {
    }
}
