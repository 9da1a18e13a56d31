package cn.onewindow.platform.security;

import java.util.List;

/** The hall's posts (岗位), one Keycloak realm role each. */
public final class Posts {
    public static final String WINDOW_CLERK = "window-clerk";          // 综合受理岗
    public static final String MID_DESK = "mid-desk";                  // 中台服务岗
    public static final String MATERIAL_RUNNER = "material-runner";    // 物料流转岗
    public static final String PRE_REVIEWER = "pre-reviewer";          // 网上预审岗: checks online pre-review submissions
    public static final String DEPARTMENT_REVIEWER = "department-reviewer"; // 后台审批人员
    public static final String CHIEF_REPRESENTATIVE = "chief-representative"; // 首席代表
    public static final String ISSUANCE_CLERK = "issuance-clerk";      // 综合出证岗
    public static final String SUPERVISOR = "supervisor";              // 综合协调岗/督办
    public static final String HALL_ADMIN = "hall-admin";              // 大厅管理员
    public static final String OPERATOR = "operator";                  // 运维
    public static final String HELPER = "helper";                      // 帮办代办岗: the help desk
    public static final String ENQUIRY_DESK = "enquiry-desk";          // 咨询答复岗: enquiries and hotline orders, return visits
    public static final String DEPARTMENT_SYSTEM = "department-system"; // 部门自建业务系统 (client credentials)

    /** Every staff post; never the applicants' role ({@link Applicant#ROLE}), which is no post. */
    public static final List<String> ALL = List.of(WINDOW_CLERK, MID_DESK, MATERIAL_RUNNER, PRE_REVIEWER, CHIEF_REPRESENTATIVE,
            DEPARTMENT_REVIEWER, ISSUANCE_CLERK, SUPERVISOR, HALL_ADMIN, OPERATOR, HELPER, ENQUIRY_DESK, DEPARTMENT_SYSTEM);

    private Posts() {
    }
}
