import { createI18n } from 'vue-i18n'
import { wordsOf } from './vocabulary'

// Chinese by default; English switchable (kept in localStorage). Domain words follow docs/glossary.md.
// The words for the services' codes live in one place, src/vocabulary.js (views show them through
// useVocabulary's say()); the sections below that name codes (status, paths, clock, post, the steps,
// receivers and stages) are taken from it, so older `t('paths.' + code)` calls keep working.
const zh = {
  app: { title: '一窗受理 · 集成审批', hall: '政务服务中心', logout: '退出', language: 'English' },
  menu: { window: '综合受理', runner: '物料流转', review: '后台审批', issuance: '综合出证', dashboard: '督办看板', admin: '大厅管理', case: '办件查询', handover: '交接确认', workOrders: '整改工单', complaints: '办不成事', preReview: '网上预审' },
  post: wordsOf('post', 'zh'),
  common: { provisional: '（暂定）', refresh: '刷新', submit: '提交', next: '下一步', back: '上一步', cancel: '取消', save: '保存', none: '暂无', open: '打开', print: '打印', done: '完成', live: '实时' },
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
    reviewHint: '逐项核对：符合的勾选“已核对符合”，不符合的勾选“不符合”并注明（列入一次性告知书）', reviewConfirm: '已核对符合', reviewFail: '不符合', reviewNote: '不符合之处（写入一次性告知书）', reviewUnanswered: '尚有审查要点未核对：请逐项勾选“已核对符合”或“不符合”', deferralRefused: '容缺受理未获准许，已改为一次性告知。原因：',
  },
  status: wordsOf('material', 'zh'),
  paths: wordsOf('path', 'zh'),
  runner: { toCarry: '待流转', carrying: '流转中', pickUp: '取件', due: '时限', materials: '材料' },
  review: {
    queue: '待办队列', detail: '办件详情', deadline: '办理期限', provisional: '（暂定：该年节假日安排尚未录入）', newProblem: '补交的材料中发现新问题（在理由中写明）', clock: '时限状态', accept: '受理', notify: '补正告知', reject: '不予受理',
    step: '特别程序', ...wordsOf('step', 'zh'), complete: '完成',
    approve: '准予许可', deny: '不予许可', reasons: '理由', resultTitle: '证照名称', resultKind: '结果类型', timeline: '全程记录',
    handOver: '送达综合出证窗口', handOverRecorded: '交接已登记：审批决定送达出证窗口后自动生效，无需再次提交', claim: '认领', amount: '金额（分）', payment: '确认缴费', paymentRef: '缴费凭证号',
  },
  clock: wordsOf('clock', 'zh'),
  issuance: {
    ready: '待出证', receivedBy: '领取人', identityChecked: '已核验领取人身份', role: '领取人身份', ...wordsOf('receiver', 'zh'),
    poa: '已核验授权委托书', signature: '领取人签名', clearSignature: '重签', handOut: '发放', carrier: '快递公司', waybill: '运单号', mailOut: '寄出',
    rateSent: '评价链接已随结果通知发送给申请人（短信），由申请人本人评价', certificate: '电子证照', decisionLetter: '决定书（PDF）',
  },
  dashboard: {
    today: '今日', taken: '今日受理', waiting: '等候', avgWait: '平均等候（分钟）', longestWait: '最长等候（分钟）', onTime: '按时办结率',
    satisfaction: '满意率', ratings: '评价数', bad: '差评', overdue: '超期与督办', workOrders: '整改工单', ledger: '导出今日办件台账',
    byPath: '受理方式', byDepartment: '按部门', satisfactionByDept: '各部门满意率', escalation: '督办事项', ack: '已阅',
  },
  admin: { catalogue: '事项清单', calendar: '工作日历', delegations: '授权', credit: '信用名单', end: '终止', effective: '生效', lookup: '查询', blacklisted: '严重失信', redListed: '守信红名单',
    yearToEnter: '{year}年节假日安排尚未录入：计入该年的期限只按周末推算，均为暂定。请在“工作日历”中录入国务院办公厅的节假日安排通知，录入后在办件的期限将重新计算。',
    noticeYear: '年度', holidayLines: '节假日', holidayLinesHint: '每行一个节日：名称 日期 日期…，如：元旦 2027-01-01 2027-01-02', makeUpDays: '调休上班日',
    makeUpDaysHint: '如：2027-02-20 2027-02-28', noticeSource: '通知文号', enterYear: '录入该年度', noticeWrong: '以下内容不是该年度的日期：{lines}' },
  display: { title: '请以下号码到窗口办理', window: '号窗口', now: '正在呼叫' },
  rate: { title: '请您评价本次服务', levels: ['非常不满意', '不满意', '基本满意', '满意', '非常满意'], reason: '意见（可选）', thanks: '感谢您的评价！', send: '提交评价', ...wordsOf('stage', 'zh') },
  // the department's desks and the 办不成事 window (#22 item 13)
  handover: {
    inTransit: '待确认接收', received: '已接收', runner: '流转员', pickedUpAt: '取件时间', due: '流转时限', confirm: '确认接收',
    receivedBy: '接收人', receivedAt: '接收时间', escalated: '已超时',
  },
  workOrder: {
    includeClosed: '含已办结', opened: '开单时间', level: '评价等级', appeal: '申诉', appealReason: '申诉理由（如申请人误评）',
    appealSend: '提出申诉', finding: '核实情况', measures: '整改措施', answer: '回复申请人', stepText: '办理说明', chiefOnly: '核实、整改、回复由首席代表办理',
    closed: '已办结', pick: '请在左侧选择工单', escalated: '已超期督办',
  },
  complaint: {
    register: '登记办不成事', name: '反映人', phone: '联系电话', caseId: '相关办件编号（可选）', channel: '反映渠道', content: '反映内容',
    save: '登记', list: '督办工单', leadSection: '牵头科室', assign: '交办', due: '反馈期限', reply: '书面回复', send: '提交书面回复',
    receivedAt: '登记时间', repliedBy: '回复人', assignedBy: '交办人', escalated: '已超期', registered: '已登记，待督办人员交办牵头科室', includeAnswered: '含已回复',
  },
  // the applicant's page (#23): the public guide, pre-reviews, my cases and certificates
  applicant: {
    title: '政务服务 · 网上办事', login: '登录', logout: '退出', loginHint: '登录后可办理网上预审、查看我的办件和证照',
    guide: '办事指南', preReviews: '网上预审', cases: '我的办件', certificates: '我的证照', notices: '通知',
    rate: '去评价', noCases: '暂无办件', noCertificates: '暂无证照', noNotices: '暂无通知', takenAt: '受理时间', result: '办理结果',
    validUntil: '有效期至', longTerm: '长期有效', issuedAt: '发证时间', revokedReason: '撤销原因', download: '下载', verificationCode: '核验码',
  },
  guide: {
    search: '搜索事项（名称、编码或拼音首字母）', department: '部门', channel: '办理渠道', all: '全部', at: '指南版本日期',
    results: '事项', none: '没有找到相符的事项', materials: '申请材料', sample: '样表', key: '关键材料', original: '需核验原件',
    copies: '份数', electronic: '可提交电子件', commitment: '可告知承诺', certificate: '可引用电子证照', limits: '办理时限',
    promised: '承诺时限', statutory: '法定时限', fees: '收费标准', conditions: '受理条件', basis: '设定依据', channels: '办理渠道',
    preReviewLimit: '预审答复时限', delivery: '结果送达', faq: '常见问题', faqSearch: '搜索常见问题', lists: '公开清单',
    csv: '下载清单（CSV）', startPreReview: '网上预审', loginFirst: '请先登录再办理网上预审', back: '返回',
    serves: '服务对象', version: '版本', resultValid: '证照有效期', commitmentCheck: '承诺核查', immediate: '即办',
  },
  preReview: {
    mine: '我的网上预审', start: '发起网上预审', item: '预审事项', status: '状态', submittedAt: '提交时间', dueAt: '答复期限',
    upload: '上传文件', replace: '重新上传', uploaded: '已上传', missing: '未上传', fileHint: '支持 PDF、JPG、PNG，单个文件不超过 {size}（以服务端校验为准）',
    submit: '提交预审', submitted: '已提交，请等待预审答复', answer: '预审答复', passed: '预审通过', notice: '一次性告知书',
    appointment: '预约到窗口办理时间', comeAnyTime: '工作时间内随时到窗口办理', noticeHint: '请按告知内容一次补齐后重新提交',
    problem: '问题', reason: '原因', pick: '选择网上预审事项', none: '暂无网上预审',
    // the pre-review post's workspace
    queue: '待预审', overdue: '已超期', applicant: '申请人', files: '材料与文件', open: '打开', noFile: '未上传文件',
    outcome: '答复', passedAnswer: '预审通过', noticeAnswer: '一次性告知', appointmentDay: '预约日期', appointmentSlot: '预约时段', note: '备注（告知申请人）',
    noPhone: '申请人未留手机号，不能代为预约，请选择“随时到窗口办理”', appointmentBooked: '已为您预约到窗口办理，预约时段已短信通知', phone: '手机号（用于预约和通知）',
    organisationName: '单位名称（代单位办理时填写）', email: '电子邮箱（可选）', takenIn: '已到窗口受理，办件编号',
    problemMaterials: '勾选存在问题的材料并逐项写明原因（一次告知全部问题）', send: '发送答复', answered: '已答复',
    needMarks: '每项未上传文件的材料须注明“不适用”或“请到窗口提交”', markNOT_APPLICABLE: '不适用', markBRING_TO_WINDOW: '请到窗口提交',
    needAppointment: '请选择预约时间或“随时到窗口办理”', needProblem: '请至少勾选一项存在问题的材料', needReason: '每项勾选的材料都须写明原因',
    needOutcome: '请选择答复', pickOne: '请在左侧选择预审件',
  },
  // 多情形受理: the item's questions choose its situation (情形), the checklist follows
  situation: { title: '办理情形', answer: '请回答以下问题，确定办理情形', chosen: '办理情形', materials: '本情形所需材料', promised: '承诺时限',
    statutory: '法定时限', days: '个工作日', immediate: '即办', pending: '请先回答全部情形问题', tooMany: '多个分情形办理的事项请逐项分别受理' },
  field: {
    item: '事项', status: '状态', department: '部门', to: '送往', applicant: '申请人', result: '办理结果', delivery: '送达方式',
    kind: '类别', deadline: '期限', rectifyBy: '整改期限', stage: '评价环节', level: '评价', powers: '委托权限', period: '授权期间',
    itemType: '事项类型', promisedDays: '承诺时限（工作日）', version: '版本', creditLevel: '信用等级', raisedAt: '发生时间',
    handler: '经办', workingDays: '个工作日', dueBy: '补交期限',
  },
  // keyboard shortcuts of each workspace (the window's are intake.keys)
  keys: {
    runner: '键盘：Alt+↓ / Alt+↑ 逐行选择并勾选所带材料，Alt+P 取件，Alt+T 切换待流转/流转中，Alt+R 刷新',
    review: '键盘：Alt+↓ / Alt+↑ 上一件/下一件，Alt+T 切换队列，Alt+A 受理，Alt+P 准予许可，Alt+H 送达出证窗口，Alt+R 刷新',
    issuance: '键盘：Alt+↓ / Alt+↑ 上一件/下一件，Alt+T 切换列表，Alt+S 发放/寄出，Alt+R 刷新',
    dashboard: '键盘：Alt+R 刷新，Alt+L 导出今日办件台账',
    admin: '键盘：Alt+T 切换页签，Alt+S 搜索事项，Alt+R 刷新',
    case: '键盘：Alt+L 输入办件编号，Enter 打开',
  },
  act: {
    pickMaterials: '勾选需补正的材料', pickFirst: '请先勾选需补正的材料', endTitle: '终止授权', endReason: '终止原因',
    confirm: '确定', refresh: '刷新', live: '实时更新', signaturePad: '领取人签名板', chart: '图表', sendFailed: '未能提交，请重试',
  },
}

const en = {
  app: { title: 'OneWindow · integrated approval', hall: 'Government service centre', logout: 'Log out', language: '中文' },
  menu: { window: 'Intake window', runner: 'Transfers', review: 'Back office', issuance: 'Issuance window', dashboard: 'Dashboard', admin: 'Hall admin', case: 'Case lookup', handover: 'Handovers', workOrders: 'Work orders', complaints: 'Complaints', preReview: 'Pre-review' },
  post: wordsOf('post', 'en'),
  common: { provisional: ' (provisional)', refresh: 'Refresh', submit: 'Submit', next: 'Next', back: 'Back', cancel: 'Cancel', save: 'Save', none: 'None', open: 'Open', print: 'Print', done: 'Done', live: 'live' },
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
    reviewHint: 'Check each point: tick "Checked, met" or "Not met" with what is wrong (it goes into the one-time notice)', reviewConfirm: 'Checked, met', reviewFail: 'Not met', reviewNote: 'What is not met (printed in the one-time notice)', reviewUnanswered: 'Review points left unchecked: tick "Checked, met" or "Not met" for each', deferralRefused: 'Deferral (容缺) refused: a one-time notice instead. Reasons:',
  },
  status: wordsOf('material', 'en'),
  paths: wordsOf('path', 'en'),
  runner: { toCarry: 'To carry', carrying: 'Carrying', pickUp: 'Pick up', due: 'Due', materials: 'Materials' },
  review: {
    queue: 'Queue', detail: 'Case', deadline: 'Deadline', provisional: ' (provisional: that year\'s holidays are not entered)', newProblem: 'The supplied material raised a new problem (say which in the reasons)', clock: 'Clock', accept: 'Accept', notify: 'Ask for supplement', reject: 'Refuse',
    step: 'Special procedure', ...wordsOf('step', 'en'), complete: 'Complete',
    approve: 'Approve', deny: 'Deny', reasons: 'Reasons', resultTitle: 'Result title', resultKind: 'Result kind', timeline: 'Timeline',
    handOver: 'Hand to the issuance window', handOverRecorded: 'Hand-over recorded: it takes effect when the decision reaches the issuance window; no need to send it again', claim: 'Claim', amount: 'Amount (fen)', payment: 'Confirm payment', paymentRef: 'Payment reference',
  },
  clock: wordsOf('clock', 'en'),
  issuance: {
    ready: 'Ready to issue', receivedBy: 'Received by', identityChecked: 'Identity checked', role: 'Receiver', ...wordsOf('receiver', 'en'),
    poa: 'Power of attorney checked', signature: 'Signature', clearSignature: 'Clear', handOut: 'Hand out', carrier: 'Carrier', waybill: 'Waybill', mailOut: 'Mail',
    rateSent: 'The rating link goes to the applicant with their notice (SMS); only the applicant rates', certificate: 'E-certificate', decisionLetter: 'Written decision (PDF)',
  },
  dashboard: {
    today: 'Today', taken: 'Taken in today', waiting: 'Waiting', avgWait: 'Average wait (min)', longestWait: 'Longest wait (min)', onTime: 'On-time rate',
    satisfaction: 'Satisfaction', ratings: 'Ratings', bad: 'Bad', overdue: 'Overdue & escalations', workOrders: 'Work orders', ledger: 'Export today\'s ledger',
    byPath: 'By path', byDepartment: 'By department', satisfactionByDept: 'Satisfaction by department', escalation: 'Escalation', ack: 'Acknowledge',
  },
  admin: { catalogue: 'Catalogue', calendar: 'Calendar', delegations: 'Delegations', credit: 'Credit list', end: 'End', effective: 'Effective', lookup: 'Look up', blacklisted: 'Blacklisted', redListed: 'Red list (trustworthy)',
    yearToEnter: 'The {year} holiday notice is not entered: deadlines counted into {year} use weekends alone and are provisional. Enter the State Council notice under "Calendar"; open cases are counted again once it is in.',
    noticeYear: 'Year', holidayLines: 'Holidays', holidayLinesHint: 'One holiday per line: name day day…, e.g. New Year 2027-01-01 2027-01-02', makeUpDays: 'Make-up working days',
    makeUpDaysHint: 'e.g. 2027-02-20 2027-02-28', noticeSource: 'Notice number', enterYear: 'Enter this year', noticeWrong: 'Not days of that year: {lines}' },
  display: { title: 'Please come to the window', window: '', now: 'Now calling' },
  rate: { title: 'Please rate our service', levels: ['Very dissatisfied', 'Dissatisfied', 'Fair', 'Satisfied', 'Very satisfied'], reason: 'Comment (optional)', thanks: 'Thank you!', send: 'Send', ...wordsOf('stage', 'en') },
  handover: {
    inTransit: 'To confirm', received: 'Received', runner: 'Runner', pickedUpAt: 'Picked up', due: 'Due', confirm: 'Confirm receipt',
    receivedBy: 'Received by', receivedAt: 'Received at', escalated: 'Overdue',
  },
  workOrder: {
    includeClosed: 'Include closed', opened: 'Opened', level: 'Rating', appeal: 'Appeal', appealReason: 'Reason (e.g. the applicant chose the wrong level)',
    appealSend: 'Appeal', finding: 'Finding', measures: 'Measures', answer: 'Answer to the applicant', stepText: 'What was done', chiefOnly: 'The chief representative verifies, rectifies and answers',
    closed: 'Closed', pick: 'Choose an order on the left', escalated: 'Escalated',
  },
  complaint: {
    register: 'Register a complaint', name: 'Complainant', phone: 'Phone', caseId: 'Case number (optional)', channel: 'Channel', content: 'Complaint',
    save: 'Register', list: 'Supervision orders', leadSection: 'Lead section', assign: 'Assign', due: 'Reply due', reply: 'Written reply', send: 'Send the written reply',
    receivedAt: 'Registered', repliedBy: 'Replied by', assignedBy: 'Assigned by', escalated: 'Overdue', registered: 'Registered; the supervisor names the lead section', includeAnswered: 'Include answered',
  },
  applicant: {
    title: 'Government services online', login: 'Log in', logout: 'Log out', loginHint: 'Log in to pre-review online and see your cases and certificates',
    guide: 'Service guide', preReviews: 'Pre-review', cases: 'My cases', certificates: 'My certificates', notices: 'Notices',
    rate: 'Rate', noCases: 'No cases', noCertificates: 'No certificates', noNotices: 'No notices', takenAt: 'Taken in', result: 'Result',
    validUntil: 'Valid until', longTerm: 'No expiry', issuedAt: 'Issued', revokedReason: 'Revoked because', download: 'Download', verificationCode: 'Verification code',
  },
  guide: {
    search: 'Search items (name, code or pinyin initials)', department: 'Department', channel: 'Channel', all: 'All', at: 'Guide as of',
    results: 'Items', none: 'No item matches', materials: 'Materials', sample: 'Sample', key: 'key', original: 'original checked',
    copies: 'Copies', electronic: 'electronic accepted', commitment: 'commitment allowed', certificate: 'e-certificate accepted', limits: 'Time limits',
    promised: 'Promised', statutory: 'Statutory', fees: 'Fees', conditions: 'Conditions', basis: 'Legal basis', channels: 'Channels',
    preReviewLimit: 'Pre-review answered within', delivery: 'Delivery', faq: 'FAQ', faqSearch: 'Search the FAQ', lists: 'Published lists',
    csv: 'Download (CSV)', startPreReview: 'Pre-review online', loginFirst: 'Log in first to pre-review online', back: 'Back',
    serves: 'Serves', version: 'Version', resultValid: 'Certificate valid', commitmentCheck: 'Commitments checked', immediate: 'While you wait',
  },
  preReview: {
    mine: 'My pre-reviews', start: 'Start a pre-review', item: 'Item', status: 'Status', submittedAt: 'Submitted', dueAt: 'Answer due',
    upload: 'Upload', replace: 'Upload again', uploaded: 'uploaded', missing: 'missing', fileHint: 'PDF, JPG or PNG, at most {size} each (the service decides)',
    submit: 'Submit', submitted: 'Submitted: the answer follows', answer: 'Answer', passed: 'Passed', notice: 'One-time notice',
    appointment: 'Your appointment at the window', comeAnyTime: 'Come to the window any time in office hours', noticeHint: 'Put everything listed right at once, then submit again',
    problem: 'Problem', reason: 'Reason', pick: 'Choose an item to pre-review', none: 'No pre-reviews',
    queue: 'To check', overdue: 'Overdue', applicant: 'Applicant', files: 'Materials and files', open: 'Open', noFile: 'No file',
    outcome: 'Answer', passedAnswer: 'Passed', noticeAnswer: 'One-time notice', appointmentDay: 'Day', appointmentSlot: 'Slot', note: 'Note (to the applicant)',
    noPhone: 'The applicant left no mobile number: no appointment can be booked; choose "any time"', appointmentBooked: 'An appointment at the window is booked for you; its time came by SMS', phone: 'Mobile (for the appointment and notices)',
    organisationName: 'Organisation (when acting for one)', email: 'E-mail (optional)', takenIn: 'Taken in at the window as case',
    problemMaterials: 'Tick every material with a problem and say why (one notice lists them all)', send: 'Send the answer', answered: 'Answered',
    needMarks: 'Mark every material without a file "not applicable" or "bring to the window"', markNOT_APPLICABLE: 'Not applicable', markBRING_TO_WINDOW: 'Bring to the window',
    needAppointment: 'Choose an appointment or "any time"', needProblem: 'Tick at least one material', needReason: 'Every ticked material needs a reason',
    needOutcome: 'Choose an answer', pickOne: 'Choose a pre-review on the left',
  },
  situation: { title: 'Situation', answer: 'Answer these questions to find the situation', chosen: 'Situation', materials: 'Materials for this situation', promised: 'Promised limit',
    statutory: 'Statutory limit', days: 'working days', immediate: 'On the spot', pending: 'Answer every question about the situation first', tooMany: 'Take items with situations in one at a time' },
  field: {
    item: 'Item', status: 'Status', department: 'Department', to: 'To', applicant: 'Applicant', result: 'Result', delivery: 'Delivery',
    kind: 'Kind', deadline: 'Deadline', rectifyBy: 'Rectify by', stage: 'Stage', level: 'Rating', powers: 'Powers', period: 'Period',
    itemType: 'Item type', promisedDays: 'Promised (working days)', version: 'Version', creditLevel: 'Credit level', raisedAt: 'Raised',
    handler: 'Handled by', workingDays: 'working days', dueBy: 'due by',
  },
  keys: {
    runner: 'Keyboard: Alt+↓ / Alt+↑ choose a row and its materials, Alt+P picks up, Alt+T to carry / carrying, Alt+R refresh',
    review: 'Keyboard: Alt+↓ / Alt+↑ next / previous case, Alt+T next queue, Alt+A accept, Alt+P approve, Alt+H hand over, Alt+R refresh',
    issuance: 'Keyboard: Alt+↓ / Alt+↑ next / previous, Alt+T next list, Alt+S hand out / mail, Alt+R refresh',
    dashboard: 'Keyboard: Alt+R refresh, Alt+L export today\'s ledger',
    admin: 'Keyboard: Alt+T next tab, Alt+S search items, Alt+R refresh',
    case: 'Keyboard: Alt+L type a case number, Enter opens it',
  },
  act: {
    pickMaterials: 'Tick the materials to supply', pickFirst: 'Tick the materials to supply first', endTitle: 'End the delegation', endReason: 'Reason',
    confirm: 'OK', refresh: 'Refresh', live: 'Live updates', signaturePad: 'Receiver\'s signature pad', chart: 'Chart', sendFailed: 'Could not be sent; please try again',
  },
}

export const messages = { zh, en }

export function makeI18n() {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem('ow.locale') : null
  return createI18n({ legacy: false, locale: saved === 'en' ? 'en' : 'zh', fallbackLocale: 'zh', messages })
}
