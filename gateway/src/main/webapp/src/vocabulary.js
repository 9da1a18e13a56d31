// The one vocabulary of the web app: every code a service sends (states, kinds, paths, clocks, event
// types, powers…) → how the hall says it, in Chinese and English. Words follow docs/glossary.md.
// Views never show a code: they go through `say(kind, code)` (src/useVocabulary.js), which reads this
// file; i18n.js takes its `status`, `paths`, `clock` and `post` sections from here as well.
//
// Codes are grouped by kind, because a few mean different things in different places (RECEIVED: a case
// the window received vs. a complaint registered; NOTIFY: an acceptance decision vs. the issuance clock;
// ACCEPT: a decision vs. a delegated power; NORMAL: a clock vs. a queue ticket).
// This file imports nothing, so the browser scenario (e2e/) reads it too.

export const VOCABULARY = {
  /** Where a case stands, in any service (intake, approval, routing transfers, issuance, notices, tickets…). */
  state: {
    // the window's case (intake-service IntakeCase.status)
    RECEIVED: { zh: '已收件', en: 'Received' },
    ACCEPTED: { zh: '已受理', en: 'Accepted' },
    ACCEPTED_WITH_DEFERRED_MATERIALS: { zh: '容缺受理（待补材料）', en: 'Accepted, materials owed' },
    SUPPLEMENT_REQUESTED: { zh: '待补正', en: 'Supplement requested' },
    // …and as its first handler follows it past the window (IntakeCase.progress; decided: APPROVED, DENIED… below)
    IN_DEPARTMENT: { zh: '部门审批中', en: 'In the department' },
    RESULT_READY: { zh: '待出件', en: 'Result ready' },
    // the department's case (approval-service ApprovalCase.status)
    AWAITING_ACCEPTANCE: { zh: '待受理', en: 'Awaiting acceptance' },
    QUEUED: { zh: '审查中', en: 'In examination' },
    APPROVED: { zh: '准予许可', en: 'Approved' },
    DENIED: { zh: '不予许可', en: 'Denied' },
    NOT_ACCEPTED: { zh: '不予受理', en: 'Not accepted' },
    TERMINATED: { zh: '终止办理', en: 'Terminated' },
    // the issuance window (issuance-service IssuanceRecord.status, mailStatus)
    WAITING_FOR_BUNDLE: { zh: '待一件事汇合', en: 'Waiting for the bundle' },
    AWAITING_ARRIVAL: { zh: '待结果送达', en: 'Awaiting the result' },
    READY: { zh: '待出件', en: 'Ready' },
    MAILED: { zh: '已寄出', en: 'Mailed' },
    DELIVERED: { zh: '已送达', en: 'Delivered' },
    ARCHIVED: { zh: '已归档', en: 'Archived' },
    RETURNED: { zh: '已退件', en: 'Returned' },
    // paper transfers (routing-service)
    TO_CARRY: { zh: '待流转', en: 'To carry' },
    IN_TRANSIT: { zh: '在途', en: 'In transit' },
    HANDED_OVER: { zh: '已交接', en: 'Handed over' },
    // the queue and appointments (intake-service Ticket, Appointment)
    WAITING: { zh: '等候中', en: 'Waiting' },
    CALLED: { zh: '已叫号', en: 'Called' },
    NO_SHOW: { zh: '过号', en: 'No show' },
    BOOKED: { zh: '已预约', en: 'Booked' },
    CHECKED_IN: { zh: '已签到', en: 'Checked in' },
    CANCELLED: { zh: '已取消', en: 'Cancelled' },
    // catalogue versions, e-certificates
    ACTIVE: { zh: '有效', en: 'In force' },
    VALID: { zh: '有效', en: 'Valid' },
    REVOKED: { zh: '已撤销', en: 'Revoked' },
    EXPIRED: { zh: '已过期', en: 'Expired' },
    // applicant notices (notification outbox)
    PENDING: { zh: '待发送', en: 'Pending' },
    SENT: { zh: '已发送', en: 'Sent' },
    FAILED: { zh: '发送失败', en: 'Failed' },
    // rectification work orders (evaluation-service RectificationOrder.status)
    OPEN: { zh: '待核实', en: 'Open' },
    VERIFIED: { zh: '已核实', en: 'Verified' },
    RECTIFIED: { zh: '已整改', en: 'Rectified' },
    ANSWERED: { zh: '已回复', en: 'Answered' },
    ESCALATED: { zh: '已升级督办', en: 'Escalated' },
  },
  /** 办不成事 supervision orders (evaluation-service SupervisionOrder.status). */
  complaint: {
    RECEIVED: { zh: '已登记', en: 'Registered' },
    ASSIGNED: { zh: '已交办', en: 'Assigned' },
    ANSWERED: { zh: '已反馈', en: 'Answered' },
  },
  /** A department's appeal against a bad rating (RectificationOrder.appealStatus). */
  appeal: {
    PENDING: { zh: '申诉待审', en: 'Appeal pending' },
    UPHELD: { zh: '申诉成立', en: 'Appeal upheld' },
    REJECTED: { zh: '申诉不成立', en: 'Appeal rejected' },
  },
  /** The path an intake took (intake-service IntakePathDecider.Path and the outcomes around it). */
  path: {
    SETTLED_ON_SPOT: { zh: '即办件当场办结', en: 'Settled on the spot' },
    ACCEPTED_ON_SPOT: { zh: '当场受理', en: 'Accepted on the spot' },
    BACK_OFFICE_ACCEPTANCE_WHILE_WAITING: { zh: '后台即时受理', en: 'Back-office acceptance while waiting' },
    RECEIVED_ONLY: { zh: '仅收件', en: 'Received only' },
    NOT_DELEGATED: { zh: '未授权', en: 'Not delegated' },
    ACCEPTED_WITH_DEFERRED_MATERIALS: { zh: '容缺受理', en: 'Accepted with deferred materials' },
    ONE_TIME_NOTICE: { zh: '一次性告知', en: 'One-time notice' },
    RETURNED_OUT_OF_SCOPE: { zh: '退回（不属于受理范围）', en: 'Returned (out of scope)' },
    BUNDLE_TAKEN_IN: { zh: '一件事联办受理', en: 'Bundle taken in' },
    // 窗口无否决权: a return or refusal waits for the mid desk's or the chief representative's sign-off
    PENDING_SIGN_OFF: { zh: '待中台审核（暂不退回）', en: 'Awaiting sign-off (not refused yet)' },
  },
  /** A clock's state (contracts' ClockState: every clock of the suite). */
  clock: {
    NORMAL: { zh: '正常', en: 'normal' },
    WARNING: { zh: '预警', en: 'warning' },
    OVERDUE: { zh: '超期', en: 'overdue' },
    STOPPED: { zh: '暂停计时', en: 'stopped' },
  },
  /** Which limit a clock keeps (approval's three, issuance's two, routing's transfer). */
  clockKind: {
    ACCEPTANCE_MINUTES: { zh: '受理时限（20分钟）', en: 'Acceptance (20 minutes)' },
    ACCEPTANCE_DAYS: { zh: '受理时限（5个工作日）', en: 'Acceptance (5 working days)' },
    DECISION: { zh: '办结时限', en: 'Decision limit' },
    ARRIVAL: { zh: '结果送达时限', en: 'Result arrival limit' },
    NOTIFY: { zh: '告知申请人时限', en: 'Applicant notice limit' },
    TRANSFER: { zh: '物料流转时限', en: 'Transfer limit' },
  },
  /** What a supervisor's escalation (督办) is about: the clock that ran out. */
  escalation: {
    ACCEPTANCE_MINUTES_OVERDUE: { zh: '现场受理超时（20分钟）', en: 'Acceptance while waiting overdue' },
    ACCEPTANCE_DAYS_OVERDUE: { zh: '受理决定超期', en: 'Acceptance decision overdue' },
    DECISION_OVERDUE: { zh: '办结超期', en: 'Decision overdue' },
    TRANSFER_OVERDUE: { zh: '物料流转超时', en: 'Transfer overdue' },
    ARRIVAL_OVERDUE: { zh: '结果送达超期', en: 'Result arrival overdue' },
    NOTIFY_OVERDUE: { zh: '告知申请人超期', en: 'Applicant notice overdue' },
    RECTIFICATION_OVERDUE: { zh: '差评整改超期', en: 'Rectification overdue' },
    SUPERVISION_OVERDUE: { zh: '督办反馈超期', en: 'Supervision feedback overdue' },
  },
  itemType: {
    IMMEDIATE: { zh: '即办件', en: 'Immediate' },
    PROMISED: { zh: '承诺件', en: 'Promised' },
    FORWARDED: { zh: '上报件', en: 'Forwarded' },
    JOINT: { zh: '联办件', en: 'Joint' },
  },
  applicant: {
    PERSON: { zh: '自然人', en: 'Person' },
    ORGANISATION: { zh: '法人/组织', en: 'Organisation' },
  },
  delivery: {
    PICKUP: { zh: '窗口自取', en: 'Pickup at the window' },
    EXPRESS_MAIL: { zh: '邮寄送达', en: 'Express mail' },
  },
  /** Who collects a result at the issuance window. */
  receiver: {
    APPLICANT: { zh: '申请人本人', en: 'Applicant' },
    AGENT: { zh: '代领人', en: 'Agent' },
  },
  /** Delegated powers (委托授权, intake-service Power). */
  power: {
    RECEIVE: { zh: '收件权', en: 'Receive' },
    ACCEPT: { zh: '受理权', en: 'Accept' },
    NOTIFY_ONCE: { zh: '一次性告知权', en: 'One-time notice' },
    VERIFY_ORIGINALS: { zh: '原件核验权', en: 'Verify originals' },
    DELIVER: { zh: '审批结果送达权', en: 'Deliver results' },
    APPROVE_ON_SPOT: { zh: '当场审批权', en: 'Approve on the spot' },
  },
  /**
   * What the window is told about an applicant's credit as the clerk enters them (intake-service CreditPrompts):
   * 红名单主动提示 first, then what keeps 容缺 from them.
   */
  credit: {
    RED_LIST: { zh: '守信红名单：守信激励，优先办理', en: 'On the red list of the trustworthy: priority service' },
    DEFERRAL_ELIGIBLE: { zh: '信用符合容缺受理条件：仅缺非关键材料时可容缺受理', en: 'Credit allows deferred secondary materials (容缺)' },
    BLACKLISTED: { zh: '失信名单：不适用容缺受理', en: 'On the dishonesty blacklist: no deferred materials' },
    LOW_CREDIT_LEVEL: { zh: '信用等级较低（C、D级）：不适用容缺受理', en: 'Low credit level (C or D): no deferred materials' },
  },
  /** Examination steps (审查环节) and what ended them. */
  step: {
    SITE_CHECK: { zh: '现场核查', en: 'Site check' },
    INSPECTION: { zh: '勘验', en: 'Inspection' },
    EXPERT_REVIEW: { zh: '专家评审', en: 'Expert review' },
    FEE: { zh: '缴费', en: 'Fee' },
    SUPPLEMENT: { zh: '补正', en: 'Supplement' },
  },
  stepOutcome: {
    STARTED: { zh: '开始', en: 'started' },
    COMPLETED: { zh: '完成', en: 'completed' },
    SUPPLIED: { zh: '已补正', en: 'supplied' },
    PAID: { zh: '已缴费', en: 'paid' },
  },
  resultKind: {
    LICENCE: { zh: '许可证', en: 'Licence' },
    CERTIFICATE: { zh: '证书', en: 'Certificate' },
    APPROVAL_LETTER: { zh: '批准文件', en: 'Approval letter' },
  },
  /** Acceptance decisions and decisions on the case (approval-service). */
  decision: {
    ACCEPT: { zh: '受理', en: 'Accept' },
    NOTIFY: { zh: '补正告知', en: 'Ask for supplement' },
    REJECT: { zh: '不予受理', en: 'Refuse' },
    APPROVED: { zh: '准予许可', en: 'Approved' },
    DENIED: { zh: '不予许可', en: 'Denied' },
    NOT_ACCEPTED: { zh: '不予受理', en: 'Not accepted' },
    TERMINATED: { zh: '终止办理', en: 'Terminated' },
  },
  /** How a material was handed in (照单收件), and what the intake found wrong with it. */
  material: {
    PROVIDED: { zh: '已提供', en: 'Provided' },
    ORIGINAL_VERIFIED: { zh: '原件已核验', en: 'Original verified' },
    MISSING: { zh: '缺失', en: 'Missing' },
    WRONG_FORM: { zh: '不符合要求', en: 'Wrong form' },
    NOT_APPLICABLE: { zh: '不适用', en: 'N/A' },
    ORIGINAL_NOT_VERIFIED: { zh: '原件未核验', en: 'Original not verified' },
    KEY_NOT_APPLICABLE: { zh: '关键材料不能标为不适用', en: 'A key material cannot be N/A' },
    REVIEW_POINT_FAILED: { zh: '审查要点不符合', en: 'Review point not met' },
    CERTIFIED: { zh: '由电子证照提供', en: 'Provided by e-certificate' },
  },
  /** Documents the window and the departments issue, and the applicant's notices. */
  document: {
    ACCEPTANCE_NOTICE: { zh: '受理通知书', en: 'Acceptance notice' },
    RECEIPT: { zh: '收件凭证', en: 'Receipt' },
    NONE: { zh: '无', en: 'None' },
    ONE_TIME_NOTICE: { zh: '一次性告知书', en: 'One-time notice' },
    DEFERRAL_NOTICE: { zh: '容缺受理通知书', en: 'Deferral notice' },
    SUPPLEMENT_NOTICE: { zh: '补正材料通知书', en: 'Supplement notice' },
    RETURN_NOTICE: { zh: '退回告知书', en: 'Return notice' },
    SIGN_OFF_SLIP: { zh: '审核告知（正在审核）', en: 'Under review (sign-off pending)' },
    NOT_ACCEPTED_NOTICE: { zh: '不予受理决定书', en: 'Notice of non-acceptance' },
    DENIAL_LETTER: { zh: '不予许可决定书', en: 'Denial letter' },
    RESULT_READY: { zh: '领取通知', en: 'Result ready notice' },
    RATING_INVITATION: { zh: '邀请评价', en: 'Rating invitation' },
    // the applicant's notices from issuance (#23): a fee to pay, a returned mailing
    FEE_NOTICE: { zh: '缴费通知', en: 'Fee notice' },
    MAIL_RETURNED: { zh: '邮件退回通知', en: 'Mail returned' },
  },
  /** Queue tickets and appointment check-ins. */
  ticket: {
    NORMAL: { zh: '普通号', en: 'Normal' },
    PRIORITY: { zh: '优先号', en: 'Priority' },
    APPOINTMENT: { zh: '预约号', en: 'Appointment' },
    TOO_EARLY: { zh: '未到预约时段', en: 'Too early' },
    LATE: { zh: '已过预约时段', en: 'Late' },
    WRONG_DAY: { zh: '非预约日期', en: 'Wrong day' },
  },
  /** The two rated stages (好差评). */
  stage: {
    FRONT_DESK: { zh: '前台受理', en: 'Front desk' },
    BACK_OFFICE: { zh: '后台审批', en: 'Back office' },
  },
  channel: {
    WINDOW_DEVICE: { zh: '窗口评价器', en: 'Window device' },
    WINDOW: { zh: '窗口', en: 'Window' },
    SMS: { zh: '短信', en: 'SMS' },
    EMAIL: { zh: '电子邮件', en: 'E-mail' },
    MAILBOX: { zh: '本地信箱', en: 'Local mailbox' },
    WEB: { zh: '网上办事大厅', en: 'Web' },
    APP: { zh: '移动端', en: 'App' },
    HOTLINE: { zh: '热线', en: 'Hotline' },
    // where an application can be made (catalogue ItemDefinition.channels, #23): the window is WINDOW above
    ONLINE_PRE_REVIEW: { zh: '网上预审', en: 'Online pre-review' },
    POST: { zh: '快递寄送材料', en: 'By post' },
    LETTER: { zh: '信函', en: 'Letter' },
  },
  relation: {
    PRECEDING: { zh: '前置事项', en: 'Needed before' },
    FOLLOWING: { zh: '后置事项', en: 'Needed after' },
  },
  /** The hall's posts (token roles). */
  post: {
    'window-clerk': { zh: '综合受理岗', en: 'Window clerk' },
    'mid-desk': { zh: '中台服务岗', en: 'Mid desk' },
    'material-runner': { zh: '物料流转岗', en: 'Material runner' },
    'department-reviewer': { zh: '后台审批人员', en: 'Department reviewer' },
    'chief-representative': { zh: '首席代表', en: 'Chief representative' },
    'issuance-clerk': { zh: '综合出证岗', en: 'Issuance clerk' },
    supervisor: { zh: '督办', en: 'Supervisor' },
    'hall-admin': { zh: '大厅管理员', en: 'Hall admin' },
    operator: { zh: '运维', en: 'Operator' },
    'pre-reviewer': { zh: '网上预审岗', en: 'Pre-reviewer' },
    'enquiry-desk': { zh: '咨询答复岗', en: 'Enquiry desk' },
    helper: { zh: '帮办代办岗', en: 'Helper' },
    applicant: { zh: '申请人', en: 'Applicant' },
    'department-system': { zh: '部门自建业务系统', en: 'Department system' },
    system: { zh: '系统', en: 'System' },
  },
  /** The services, as an event's source (/onewindow/<service>) or a system actor's name. */
  service: {
    'intake-service': { zh: '综合受理系统', en: 'Intake' },
    'routing-service': { zh: '按责转办系统', en: 'Routing' },
    'approval-service': { zh: '部门审批系统', en: 'Approval' },
    'approval-service:balancing': { zh: '部门审批系统（自动分派）', en: 'Approval (balancing)' },
    'issuance-service': { zh: '统一出件系统', en: 'Issuance' },
    'evaluation-service': { zh: '好差评系统', en: 'Evaluation' },
    gateway: { zh: '一窗受理平台', en: 'Gateway' },
    'demo-data': { zh: '演示数据', en: 'Demo data' },
    'official-calendar': { zh: '法定节假日日历', en: 'Official calendar' },
  },
  /** CloudEvents types, by their short form (without cn.onewindow. and the version). */
  event: {
    'case.accepted': { zh: '受理', en: 'Taken in' },
    'case.notice-issued': { zh: '出具告知书', en: 'Notice issued' },
    // 窗口无否决权: keyed by the sign-off, not a case
    'window.sign-off-requested': { zh: '窗口退回待审核', en: 'Sign-off requested' },
    'window.sign-off-decided': { zh: '中台/首席代表审核', en: 'Sign-off decided' },
    'case.supplement-received': { zh: '容缺补交', en: 'Owed materials received' },
    'case.routed': { zh: '按责转办', en: 'Routed' },
    'case.routed-differently': { zh: '改派转办', en: 'Routed elsewhere' },
    'case.queued': { zh: '进入部门审批队列', en: 'Queued in the back office' },
    'case.acceptance-decided': { zh: '受理决定', en: 'Acceptance decided' },
    'case.claimed': { zh: '认领 / 分派', en: 'Claimed' },
    'case.step-recorded': { zh: '审查环节', en: 'Examination step' },
    'case.fee-assessed': { zh: '缴费通知', en: 'Fee assessed' },
    'case.clock-stopped': { zh: '计时暂停', en: 'Clock stopped' },
    'case.clock-resumed': { zh: '计时恢复', en: 'Clock resumed' },
    'case.supplement-requested': { zh: '补正告知', en: 'Supplement requested' },
    'case.deadline-warning': { zh: '时限预警', en: 'Deadline warning' },
    'case.overdue': { zh: '超期', en: 'Overdue' },
    'case.decided': { zh: '审批决定', en: 'Decided' },
    'case.result-ready': { zh: '待出件', en: 'Result ready' },
    'case.result-delivered': { zh: '已送达', en: 'Result delivered' },
    'case.transfer-picked-up': { zh: '物料流转取件', en: 'Transfer picked up' },
    'case.transfer-handed-over': { zh: '物料交接确认', en: 'Transfer handed over' },
    'case.escalated': { zh: '督办升级', en: 'Escalated' },
    'case.rating-invited': { zh: '邀请评价', en: 'Rating invited' },
    'case.rating-recorded': { zh: '好差评', en: 'Rated' },
    // #23: fees the applicant is told about, 告知承诺制, e-certificates
    'case.fee-assessed': { zh: '缴费通知', en: 'Fee assessed' },
    'case.commitment-check-recorded': { zh: '告知承诺核查', en: 'Commitment checked' },
    'case.commitment-found-false': { zh: '承诺不实', en: 'Commitment found false' },
    // #24: 联审联办 and 上报件
    'case.joint-opinion-recorded': { zh: '协办部门意见', en: 'Joint opinion given' },
    'case.forwarded': { zh: '初审意见并上报', en: 'Forwarded to the authority' },
    'certificate.issued': { zh: '电子证照签发', en: 'E-certificate issued' },
    'certificate.revoked': { zh: '电子证照撤销', en: 'E-certificate revoked' },
    'certificate.issued': { zh: '电子证照签发', en: 'E-certificate issued' },
    'certificate.revoked': { zh: '电子证照吊销/撤销', en: 'E-certificate revoked' },
    'bundle.joined': { zh: '一件事汇合', en: 'Bundle joined' },
    'catalogue.item-version-published': { zh: '事项版本发布', en: 'Item version published' },
    'delegation.granted': { zh: '委托授权', en: 'Delegation granted' },
    'delegation.ended': { zh: '授权终止', en: 'Delegation ended' },
    'calendar.year-published': { zh: '工作日历发布', en: 'Calendar published' },
    'catalogue.hall-published': { zh: '大厅信息发布', en: 'Hall published' },
    'applicant.contact-recorded': { zh: '登记联系方式', en: 'Contact recorded' },
    'applicant.contact-erased': { zh: '删除联系方式', en: 'Contact erased' },
    'queue.ticket-issued': { zh: '取号', en: 'Ticket issued' },
    'queue.ticket-called': { zh: '叫号', en: 'Ticket called' },
    // #24: enquiries escalated when late, FAQ entries grown from answered enquiries
    'enquiry.escalated': { zh: '咨询超期督办', en: 'Enquiry escalated' },
    'catalogue.faq-entry-approved': { zh: '常见问题发布', en: 'FAQ entry approved' },
  },
  /** Where an enquiry came from (咨询 / 热线工单, evaluation-service EnquiryResource.NewEnquiry.source). */
  enquirySource: {
    HOTLINE: { zh: '热线来电', en: 'Hotline' },
    HALL: { zh: '其他大厅转来', en: 'Forwarded by a hall' },
    DEPARTMENT: { zh: '部门转来', en: 'Forwarded by a department' },
  },
  /** Where an enquiry stands (evaluation-service Enquiry.status()). */
  enquiry: {
    OPEN: { zh: '待答复', en: 'To answer' },
    ESCALATED: { zh: '超期督办', en: 'Escalated' },
    ANSWERED: { zh: '已答复，待回访', en: 'Answered, to visit back' },
    VISITED: { zh: '已回访', en: 'Visited back' },
  },
  /** An answered enquiry proposed for the FAQ (evaluation-service FaqProposal.status), and the hall admin's decision. */
  faqProposal: {
    PENDING: { zh: '待审核', en: 'Pending' },
    APPROVED: { zh: '已采纳', en: 'Approved' },
    REJECTED: { zh: '不予采纳', en: 'Rejected' },
    APPROVE: { zh: '采纳并发布', en: 'Approve and publish' },
    REJECT: { zh: '不予采纳', en: 'Reject' },
  },
  /** How a return visit (回访) reached the person. */
  visitChannel: {
    PHONE: { zh: '电话回访', en: 'Phone' },
    SMS: { zh: '短信回访', en: 'SMS' },
  },
  /** The steps of a rectification work order the department takes (evaluation-service WorkOrderResource.StepRequest), as its buttons say them. */
  orderStep: {
    VERIFIED: { zh: '核实情况', en: 'Verify' },
    RECTIFIED: { zh: '落实整改', en: 'Rectify' },
    ANSWERED: { zh: '回复申请人', en: 'Answer the applicant' },
  },
  /**
   * The supervisor's figures beyond the department (#22 items 11 and 12): the issuance limits per department
   * (issuance-service GET /api/issuance/overdue) and handling time against the promise per department, item,
   * window or clerk (evaluation-service GET /api/statistics/handling), and the commitments found false (#23, evaluation-service
   * GET /api/supervision/false-commitments) — their headings, columns and dimensions.
   */
  supervisionFigure: {
    issuanceLimits: { zh: '出件时限（按部门，本月）', en: 'Issuance limits by department (this month)' },
    arrivalOverdue: { zh: '结果超期未送达', en: 'Results overdue at the window' },
    lateHandovers: { zh: '逾期移交出件窗口', en: 'Late hand-overs' },
    noticeOverdue: { zh: '超期未告知申请人', en: 'Applicants not told in time' },
    lateNotices: { zh: '逾期告知', en: 'Late notices' },
    handling: { zh: '办理时效（本月，按结果送达出件窗口计）', en: 'Handling time (this month, to the result at the window)' },
    finished: { zh: '办结数', en: 'Finished' },
    onTime: { zh: '按时办结', en: 'On time' },
    onTimeRate: { zh: '按时办结率', en: 'On-time rate' },
    averagePromisedDays: { zh: '平均承诺时限（工作日）', en: 'Average promised (working days)' },
    averageActualDays: { zh: '平均实际用时（工作日）', en: 'Average actual (working days)' },
    actualToPromised: { zh: '实际/承诺', en: 'Actual / promised' },
    halfTarget: { zh: '实际用时不超过承诺时限一半', en: 'Actual within half the promise' },
    withinHalf: { zh: '达标', en: 'Met' },
    overHalf: { zh: '未达标', en: 'Not met' },
    unknown: { zh: '未知', en: 'Unknown' },
    export: { zh: '导出表格', en: 'Export as spreadsheet' },
    // #23 item 5: 告知承诺不实, the commitments the departments' verifications found false
    falseCommitments: { zh: '告知承诺不实（本月）', en: 'Commitments found false (this month)' },
    falseCommitmentTotal: { zh: '合计', en: 'Total' },
    material: { zh: '承诺替代的材料', en: 'Material committed to' },
    foundAt: { zh: '核查发现时间', en: 'Found at' },
    finding: { zh: '不实情形', en: 'What was found' },
    noFalseCommitments: { zh: '本月未发现告知承诺不实', en: 'No commitment found false this month' },
    // #24: 回访 after service, drawn once a month has ended (evaluation-service GET /api/supervision/return-visits)
    returnVisits: { zh: '服务回访（上月抽样）', en: 'Return visits (last month\'s draw)' },
    returnVisitCoverage: { zh: '回访覆盖率', en: 'Coverage' },
    returnVisitDelivered: { zh: '办结送达件', en: 'Delivered' },
    returnVisitDue: { zh: '应回访', en: 'Due' },
    returnVisitAttempted: { zh: '已回访（含未接通）', en: 'Attempted' },
    returnVisitVisited: { zh: '回访成功', en: 'Visited' },
    returnVisitSatisfaction: { zh: '平均满意度', en: 'Average rating' },
    returnVisitsNotDrawn: { zh: '上月回访尚未抽样', en: 'Last month not drawn yet' },
  },
  /**
   * 网上预审 (#23): where an applicant's online pre-review stands (intake-service prereview), and the two answers
   * the pre-review post gives — passed (with an appointment or "come any time") or a one-time notice.
   */
  preReview: {
    DRAFT: { zh: '待提交', en: 'Draft' },
    SUBMITTED: { zh: '预审中', en: 'Submitted' },
    PASSED: { zh: '预审通过', en: 'Passed' },
    NOTICE: { zh: '一次性告知', en: 'One-time notice' },
    TAKEN_IN: { zh: '已到窗口受理', en: 'Taken in at the window' },
  },
  /** A limit's unit on the hall's calendar (catalogue ItemDefinition.Limit). */
  limitUnit: {
    WORKING_MINUTES: { zh: '工作分钟', en: 'working minutes' },
    WORKING_DAYS: { zh: '个工作日', en: 'working days' },
  },
  /** The lists the hall publishes from the catalogue (办事指南, GET /api/intake/guide/lists/{list}). */
  guideList: {
    'only-once': { zh: '“只跑一次”事项清单', en: 'At most one visit' },
    'on-the-spot': { zh: '“立等可取”事项清单', en: 'Done while you wait' },
    'fully-online': { zh: '“全程网办”事项清单', en: 'Fully online' },
  },
  /** What the applicant's pre-review page says about a file before it is sent (the service decides). */
  fileHint: {
    EMPTY: { zh: '文件为空', en: 'The file is empty' },
    TOO_LARGE: { zh: '文件超过大小上限', en: 'The file is larger than allowed' },
    TYPE: { zh: '仅接受 PDF、JPG、PNG 文件', en: 'Only PDF, JPG and PNG files are accepted' },
  },
  /** Where a help request came from (帮办代办, intake-service HelpRequest.channel). */
  helpChannel: {
    WINDOW: { zh: '窗口', en: 'Window' },
    TERMINAL: { zh: '自助终端', en: 'Self-service terminal' },
    PHONE: { zh: '电话', en: 'Phone' },
  },
  /** The helper's one answer (HelpRequest.resolution). */
  helpResolution: {
    RESOLVED: { zh: '首问解决', en: 'Resolved on first contact' },
    ASSISTED: { zh: '代办', en: 'Assisted (taken in for the applicant)' },
    REFERRED: { zh: '转办', en: 'Referred' },
  },
  /** 联审联办 / 上报件: a department's part in a case (approval's ApprovalCaseView.part, JointRules). */
  part: {
    DECISION: { zh: '本部门办件', en: 'Own case' },
    FIRST_INSTANCE: { zh: '上报件初审', en: 'First instance' },
    JOINT_OPINION: { zh: '联审协办意见', en: 'Joint opinion' },
    AUTHORITY_DECISION: { zh: '上级机关决定', en: 'Authority decision' },
  },
  /** A co-department's or the first instance's opinion (POST …/joint-opinion, …/forwarding). */
  opinion: {
    AGREE: { zh: '同意', en: 'Agree' },
    DISAGREE: { zh: '不同意', en: 'Disagree' },
  },
  /** Where a co-department's opinion stands in the joint review (JointReviewView.OpinionView.state). */
  opinionState: {
    PENDING: { zh: '待提出意见', en: 'Pending' },
    GIVEN: { zh: '已提出意见', en: 'Given' },
    MISSING: { zh: '逾期未提出（牵头部门已决定）', en: 'Missing at the decision' },
  },
  /** One part of a forwarded case's clock (JointRules.PartState). */
  partState: {
    WAITING: { zh: '未开始', en: 'Not started' },
    RUNNING: { zh: '办理中', en: 'Running' },
    OVERDUE: { zh: '已超期', en: 'Overdue' },
    ON_TIME: { zh: '按时完成', en: 'On time' },
    LATE: { zh: '超期完成', en: 'Late' },
  },
  /** 区域通办: what a hall of the network is (HallDefinition.kind). */
  hallKind: {
    HALL: { zh: '政务服务中心', en: 'Service centre' },
    STATION: { zh: '便民服务站', en: 'Service station' },
  },
  /** A hall's 延时服务 weekday (HallDefinition.extendedHours[].day). */
  weekday: {
    MONDAY: { zh: '星期一', en: 'Monday' },
    TUESDAY: { zh: '星期二', en: 'Tuesday' },
    WEDNESDAY: { zh: '星期三', en: 'Wednesday' },
    THURSDAY: { zh: '星期四', en: 'Thursday' },
    FRIDAY: { zh: '星期五', en: 'Friday' },
    SATURDAY: { zh: '星期六', en: 'Saturday' },
    SUNDAY: { zh: '星期日', en: 'Sunday' },
  },
  /** 窗口无否决权: what the window would refuse (intake-service SignOffRules kinds). */
  signOffKind: {
    RETURN: { zh: '退回快递申请', en: 'Return of a parcel' },
    OUT_OF_SCOPE: { zh: '不予受理（不属于受理范围）', en: 'Out of scope (not accepted)' },
    DEFERRAL_REFUSED: { zh: '不予容缺受理', en: 'Deferral (容缺) refused' },
  },
  /** Where a sign-off stands (intake-service SignOff.status), and the decision that set it. */
  signOffStatus: {
    PENDING: { zh: '待审核', en: 'Pending' },
    CONFIRMED: { zh: '已确认退回', en: 'Confirmed' },
    OVERRULED: { zh: '已否决退回', en: 'Overruled' },
  },
  signOffDecision: {
    CONFIRM: { zh: '确认退回（出具告知书）', en: 'Confirm (issue the notice)' },
    OVERRULE: { zh: '否决退回（予以受理）', en: 'Overrule (take the file in)' },
  },
  /** What the handling-time figures are grouped by (the `by` of GET /api/statistics/handling). */
  handlingBy: {
    department: { zh: '按部门', en: 'By department' },
    item: { zh: '按事项', en: 'By item' },
    window: { zh: '按窗口', en: 'By window' },
    clerk: { zh: '按受理人', en: 'By clerk' },
  },
}

export const LOCALES = ['zh', 'en']

/** An event type as the vocabulary keys it: `cn.onewindow.case.accepted.v1` → `case.accepted`. */
export function shortEventType(type) {
  return String(type ?? '').replace(/^cn\.onewindow\./, '').replace(/\.v\d+$/, '')
}

/** A service as the vocabulary keys it: an event's source `/onewindow/intake-service` → `intake-service`. */
function shortService(source) {
  return String(source ?? '').replace(/^\/?onewindow\//, '')
}

function key(kind, code) {
  if (kind === 'event') return shortEventType(code)
  if (kind === 'service') return shortService(code)
  return code
}

/** The entry for a code of a kind, or undefined when the vocabulary does not know it. */
export function entry(kind, code) {
  if (code == null || code === '') return undefined
  const words = VOCABULARY[kind]
  if (!words) throw new Error(`no such kind in the vocabulary: ${kind}`)
  return Object.prototype.hasOwnProperty.call(words, key(kind, code)) ? words[key(kind, code)] : undefined
}

export function knows(kind, code) {
  return entry(kind, code) !== undefined
}

/**
 * How the hall says a code: `term('state', 'QUEUED', 'zh')` → 审查中. An empty code gives `empty`; a
 * code the vocabulary does not know is given back as it came (so it is seen and added here, never hidden).
 */
export function term(kind, code, locale = 'zh', empty = '') {
  if (code == null || code === '') return empty
  const e = entry(kind, code)
  if (!e) return String(code)
  return e[locale] ?? e.zh
}

/** One locale's words of a kind as a plain map, for i18n messages (`t('paths.ACCEPTED_ON_SPOT')`). */
export function wordsOf(kind, locale) {
  return Object.fromEntries(Object.entries(VOCABULARY[kind]).map(([code, e]) => [code, e[locale] ?? e.zh]))
}
