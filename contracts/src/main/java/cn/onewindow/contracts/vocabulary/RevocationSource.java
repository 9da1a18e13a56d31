package cn.onewindow.contracts.vocabulary;

/** Why an e-certificate was revoked (吊销/撤销): whose act stands behind it. */
public enum RevocationSource {
    /** 部门决定: the issuing department decided to revoke it (its reviewer, chief representative or system). */
    DEPARTMENT_DECISION,
    /** 承诺不实: the department's check after the decision found a signed commitment (告知承诺) false. */
    COMMITMENT_FOUND_FALSE
}
