import { createI18n } from 'vue-i18n'

// Chinese by default; English switchable (kept in localStorage). Domain words follow docs/glossary.md.
const zh = {
  app: { title: '一窗受理 · 集成审批', hall: '政务服务中心', logout: '退出', language: 'English' },
  menu: { window: '综合受理', runner: '物料流转', review: '后台审批', issuance: '综合出证', dashboard: '督办看板', admin: '大厅管理', case: '办件查询' },
  post: {
    'window-clerk': '综合受理岗', 'mid-desk': '中台服务岗', 'material-runner': '物料流转岗', 'department-reviewer': '后台审批人员',
    'chief-representative': '首席代表', 'issuance-clerk': '综合出证岗', supervisor: '督办', 'hall-admin': '大厅管理员', operator: '运维',
  },
  common: { refresh: '刷新', submit: '提交', next: '下一步', back: '上一步', cancel: '取消', save: '保存', none: '暂无', open: '打开', print: '打印', done: '完成', live: '实时' },
  queue: { window: '窗口号', callNext: '叫下一号', called: '当前号码', waiting: '等候人数', issue: '取号', issuePriority: '优先取号', issued: '已取号', empty: '当前没有等候的号码' },
  intake: {
    title: '受理向导', stepApplicant: '申请人', stepItems: '事项', stepMaterials: '材料清单', stepDelivery: '送达与容缺', stepResult: '结果',
    kind: '申请人类型', person: '自然人', organisation: '法人/组织', name: '姓名/名称', idNumber: '证件号码', idInvalid: '证件号码校验不通过',
    phone: '手机号（用于通知）', email: '电子邮箱', agent: '代办人', agentName: '代办人姓名', agentId: '代办人身份证号',
    search: '搜索事项或一件事（名称、编码或拼音首字母）', bundles: '一件事', items: '事项', chosen: '已选', related: '相关事项提示',
    add: '加入', remove: '移除', material: '材料', template: '样表', reviewPoints: '审查要点', key: '关键材料', deferrable: '可容缺',
    delivery: '送达方式', pickup: '窗口自取', mail: '邮寄送达', address: '邮寄地址', deferral: '容缺受理', commitment: '申请人已签署容缺受理承诺书',
    dueDays: '补正期限（工作日）', deferralHint: '所缺均为可容缺的非关键材料，可申请容缺受理', outOfScope: '不属于本中心受理范围（退回并告知）',
    take: '提交受理', path: '受理方式', reason: '依据', document: '文书', caseId: '办件编号', notice: '一次性告知书', problems: '需补正的问题',
    owed: '容缺待补材料', keys: '键盘：Tab 切换，方向键选择，Enter / Alt+N 下一步，Alt+B 上一步，F2 叫号', print: '打印文书', newFile: '接待下一位', mine: '我的办件（首办负责人）', supplement: '补交材料', supplied: '已补交',
  },
  status: {
    PROVIDED: '已提供', ORIGINAL_VERIFIED: '原件已核验', MISSING: '缺失', WRONG_FORM: '不符合要求', NOT_APPLICABLE: '不适用',
  },
  paths: {
    SETTLED_ON_SPOT: '即办件当场办结', ACCEPTED_ON_SPOT: '当场受理', BACK_OFFICE_ACCEPTANCE_WHILE_WAITING: '后台即时受理',
    RECEIVED_ONLY: '仅收件', NOT_DELEGATED: '未授权', ACCEPTED_WITH_DEFERRED_MATERIALS: '容缺受理', ONE_TIME_NOTICE: '一次性告知', RETURNED_OUT_OF_SCOPE: '退回（不属于受理范围）', BUNDLE_TAKEN_IN: '一件事联办受理',
  },
  runner: { toCarry: '待流转', carrying: '流转中', pickUp: '取件', due: '时限', materials: '材料' },
  review: {
    queue: '待办队列', detail: '办件详情', deadline: '办理期限', clock: '时限状态', accept: '受理', notify: '补正告知', reject: '不予受理',
    step: '特别程序', SITE_CHECK: '现场核查', INSPECTION: '检验检测', EXPERT_REVIEW: '专家评审', FEE: '缴费', complete: '完成',
    approve: '准予许可', deny: '不予许可', reasons: '理由', resultTitle: '证照名称', resultKind: '结果类型', timeline: '全程记录',
    handOver: '送达综合出证窗口', claim: '认领', amount: '金额（分）', payment: '确认缴费', paymentRef: '缴费凭证号',
  },
  clock: { NORMAL: '正常', WARNING: '预警', OVERDUE: '超期', STOPPED: '暂停' },
  issuance: {
    ready: '待出证', receivedBy: '领取人', identityChecked: '已核验领取人身份', role: '领取人身份', APPLICANT: '申请人本人', AGENT: '代领人',
    poa: '已核验授权委托书', signature: '领取人签名', clearSignature: '重签', handOut: '发放', carrier: '快递公司', waybill: '运单号', mailOut: '寄出',
    rate: '请申请人评价', rateLink: '评价链接', certificate: '电子证照',
  },
  dashboard: {
    today: '今日', taken: '今日受理', waiting: '等候', avgWait: '平均等候（分钟）', longestWait: '最长等候（分钟）', onTime: '按时办结率',
    satisfaction: '满意率', ratings: '评价数', bad: '差评', overdue: '超期与督办', workOrders: '整改工单', ledger: '导出今日办件台账',
    byPath: '受理方式', byDepartment: '按部门', satisfactionByDept: '各部门满意率', escalation: '督办事项', ack: '已阅',
  },
  admin: { catalogue: '事项清单', calendar: '工作日历', delegations: '授权', credit: '信用名单', end: '终止', effective: '生效', lookup: '查询', blacklisted: '严重失信' },
  display: { title: '请以下号码到窗口办理', window: '号窗口', now: '正在呼叫' },
  rate: { title: '请您评价本次服务', levels: ['非常不满意', '不满意', '基本满意', '满意', '非常满意'], reason: '意见（可选）', thanks: '感谢您的评价！', send: '提交评价', FRONT_DESK: '前台受理', BACK_OFFICE: '后台审批' },
}

const en = {
  app: { title: 'OneWindow · integrated approval', hall: 'Government service centre', logout: 'Log out', language: '中文' },
  menu: { window: 'Intake window', runner: 'Transfers', review: 'Back office', issuance: 'Issuance window', dashboard: 'Dashboard', admin: 'Hall admin', case: 'Case lookup' },
  post: {
    'window-clerk': 'Window clerk', 'mid-desk': 'Mid desk', 'material-runner': 'Material runner', 'department-reviewer': 'Department reviewer',
    'chief-representative': 'Chief representative', 'issuance-clerk': 'Issuance clerk', supervisor: 'Supervisor', 'hall-admin': 'Hall admin', operator: 'Operator',
  },
  common: { refresh: 'Refresh', submit: 'Submit', next: 'Next', back: 'Back', cancel: 'Cancel', save: 'Save', none: 'None', open: 'Open', print: 'Print', done: 'Done', live: 'live' },
  queue: { window: 'Window', callNext: 'Call next', called: 'Now serving', waiting: 'Waiting', issue: 'Issue ticket', issuePriority: 'Priority ticket', issued: 'Issued', empty: 'Nobody is waiting' },
  intake: {
    title: 'Intake', stepApplicant: 'Applicant', stepItems: 'Items', stepMaterials: 'Materials', stepDelivery: 'Delivery & deferral', stepResult: 'Result',
    kind: 'Applicant kind', person: 'Person', organisation: 'Organisation', name: 'Name', idNumber: 'ID number', idInvalid: 'The ID number fails its check digit',
    phone: 'Mobile (for notices)', email: 'E-mail', agent: 'Agent', agentName: 'Agent name', agentId: 'Agent ID number',
    search: 'Search items or bundles (name, code or pinyin initials)', bundles: 'Bundles', items: 'Items', chosen: 'Chosen', related: 'Related items',
    add: 'Add', remove: 'Remove', material: 'Material', template: 'Template', reviewPoints: 'Review points', key: 'key', deferrable: 'deferrable',
    delivery: 'Delivery', pickup: 'Pickup at the window', mail: 'Express mail', address: 'Mailing address', deferral: 'Deferral (容缺)', commitment: 'The applicant signed the deferral commitment',
    dueDays: 'Due within (working days)', deferralHint: 'Only deferrable secondary materials are missing: deferral is possible', outOfScope: 'Outside this hall\'s scope (return with reasons)',
    take: 'Take in', path: 'Path', reason: 'Reason', document: 'Document', caseId: 'Case', notice: 'One-time notice', problems: 'Problems to fix',
    owed: 'Owed materials', keys: 'Keyboard: Tab moves, arrows choose, Enter / Alt+N next, Alt+B back, F2 calls the next number', print: 'Print document', newFile: 'Next applicant', mine: 'My cases (first handler)', supplement: 'Hand in', supplied: 'supplied',
  },
  status: { PROVIDED: 'Provided', ORIGINAL_VERIFIED: 'Original verified', MISSING: 'Missing', WRONG_FORM: 'Wrong form', NOT_APPLICABLE: 'N/A' },
  paths: {
    SETTLED_ON_SPOT: 'Settled on the spot', ACCEPTED_ON_SPOT: 'Accepted on the spot', BACK_OFFICE_ACCEPTANCE_WHILE_WAITING: 'Back-office acceptance while waiting',
    RECEIVED_ONLY: 'Received only', NOT_DELEGATED: 'Not delegated', ACCEPTED_WITH_DEFERRED_MATERIALS: 'Accepted with deferred materials', ONE_TIME_NOTICE: 'One-time notice', RETURNED_OUT_OF_SCOPE: 'Returned (out of scope)', BUNDLE_TAKEN_IN: 'Bundle taken in',
  },
  runner: { toCarry: 'To carry', carrying: 'Carrying', pickUp: 'Pick up', due: 'Due', materials: 'Materials' },
  review: {
    queue: 'Queue', detail: 'Case', deadline: 'Deadline', clock: 'Clock', accept: 'Accept', notify: 'Ask for supplement', reject: 'Refuse',
    step: 'Special procedure', SITE_CHECK: 'Site check', INSPECTION: 'Inspection', EXPERT_REVIEW: 'Expert review', FEE: 'Fee', complete: 'Complete',
    approve: 'Approve', deny: 'Deny', reasons: 'Reasons', resultTitle: 'Result title', resultKind: 'Result kind', timeline: 'Timeline',
    handOver: 'Hand to the issuance window', claim: 'Claim', amount: 'Amount (fen)', payment: 'Confirm payment', paymentRef: 'Payment reference',
  },
  clock: { NORMAL: 'normal', WARNING: 'warning', OVERDUE: 'overdue', STOPPED: 'stopped' },
  issuance: {
    ready: 'Ready to issue', receivedBy: 'Received by', identityChecked: 'Identity checked', role: 'Receiver', APPLICANT: 'Applicant', AGENT: 'Agent',
    poa: 'Power of attorney checked', signature: 'Signature', clearSignature: 'Clear', handOut: 'Hand out', carrier: 'Carrier', waybill: 'Waybill', mailOut: 'Mail',
    rate: 'Ask the applicant to rate', rateLink: 'Rating link', certificate: 'E-certificate',
  },
  dashboard: {
    today: 'Today', taken: 'Taken in today', waiting: 'Waiting', avgWait: 'Average wait (min)', longestWait: 'Longest wait (min)', onTime: 'On-time rate',
    satisfaction: 'Satisfaction', ratings: 'Ratings', bad: 'Bad', overdue: 'Overdue & escalations', workOrders: 'Work orders', ledger: 'Export today\'s ledger',
    byPath: 'By path', byDepartment: 'By department', satisfactionByDept: 'Satisfaction by department', escalation: 'Escalation', ack: 'Acknowledge',
  },
  admin: { catalogue: 'Catalogue', calendar: 'Calendar', delegations: 'Delegations', credit: 'Credit list', end: 'End', effective: 'Effective', lookup: 'Look up', blacklisted: 'Blacklisted' },
  display: { title: 'Please come to the window', window: '', now: 'Now calling' },
  rate: { title: 'Please rate our service', levels: ['Very dissatisfied', 'Dissatisfied', 'Fair', 'Satisfied', 'Very satisfied'], reason: 'Comment (optional)', thanks: 'Thank you!', send: 'Send', FRONT_DESK: 'Front desk', BACK_OFFICE: 'Back office' },
}

export const messages = { zh, en }

export function makeI18n() {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem('ow.locale') : null
  return createI18n({ legacy: false, locale: saved === 'en' ? 'en' : 'zh', fallbackLocale: 'zh', messages })
}
