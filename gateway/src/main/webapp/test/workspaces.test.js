import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createI18n } from 'vue-i18n'
import { messages } from '../src/i18n'
import { resetCatalogue } from '../src/catalogue'
import { rawCodes } from '../e2e/raw-codes.mjs'
import ReviewWorkspace from '../src/views/ReviewWorkspace.vue'
import SupervisorDashboard from '../src/views/SupervisorDashboard.vue'
import CaseTimeline from '../src/components/CaseTimeline.vue'

// ECharts draws on a canvas jsdom does not have; the dashboard's figures are what is tested here
vi.mock('echarts', () => ({ init: () => ({ setOption() {}, resize() {}, dispose() {} }) }))

const i18n = (locale = 'zh') => createI18n({ legacy: false, locale, messages })
const plugins = (locale) => ({ global: { plugins: [i18n(locale), ElementPlus] } })

const CATALOGUE = [{
  code: 'AMR-0001', departmentName: '市场监督管理局', version: 1,
  definition: {
    code: 'AMR-0001', name: '企业设立登记', departmentCode: 'AMR', itemType: 'PROMISED', promisedDays: 3,
    materials: [
      { code: 'APP', name: '申请书', key: true }, { code: 'LR-ID', name: '法定代表人身份证件', key: true },
      { code: 'ADDR', name: '住所证明', key: false, deferrable: true },
    ],
  },
}]
const CASE = {
  caseId: 'DX-20261130-000001', itemCode: 'AMR-0001', itemName: '企业设立登记', departmentCode: 'AMR', queue: 'AMR/back-office',
  applicantName: '廊坊临空测试有限公司', status: 'AWAITING_ACCEPTANCE', intakePath: 'RECEIVED_ONLY', clockKind: 'ACCEPTANCE_DAYS',
  clockState: 'WARNING', deadline: '2026-12-01T16:00:00Z', warnAt: '2026-11-30T01:00:00Z',
}
const TIMELINE = [
  { eventId: '1', caseId: CASE.caseId, type: 'cn.onewindow.case.accepted.v1', source: '/onewindow/intake-service', occurredAt: '2026-11-30T01:00:00Z',
    actorName: '张三', actorPost: 'window-clerk', data: { intakePath: 'RECEIVED_ONLY', deliveryMethod: 'PICKUP' } },
  { eventId: '2', caseId: CASE.caseId, type: 'cn.onewindow.case.routed.v1', source: '/onewindow/routing-service', occurredAt: '2026-11-30T01:00:01Z',
    actorName: 'routing-service', actorPost: 'system', data: {} },
  { eventId: '3', caseId: CASE.caseId, type: 'cn.onewindow.case.deadline-warning.v1', source: '/onewindow/approval-service', occurredAt: '2026-11-30T01:00:02Z',
    actorName: null, data: { clock: 'ACCEPTANCE_DAYS', deadline: '2026-12-01T16:00:00Z' } },
]

/** The gateway, answering by path; every call is kept, and an answer may be held back (`hold`). */
function gateway(routes) {
  const calls = []
  const fetchImpl = vi.fn(async (path, init = {}) => {
    calls.push({ path, method: init.method || 'GET', body: init.body ? JSON.parse(init.body) : undefined })
    const route = routes.find(([m, p]) => (init.method || 'GET') === m && (typeof p === 'string' ? path === p || path.startsWith(p + '?') : p.test(path)))
    const body = route ? await (typeof route[2] === 'function' ? route[2](path, init) : route[2]) : null
    const status = route ? route[3] || 200 : 404
    return { status, ok: status < 400, text: async () => (body == null ? '' : JSON.stringify(body)) }
  })
  vi.stubGlobal('fetch', fetchImpl)
  return calls
}

const keyDown = (key, code = key) => window.dispatchEvent(new KeyboardEvent('keydown', { key, code, altKey: true, bubbles: true }))

beforeEach(() => resetCatalogue())
afterEach(() => vi.unstubAllGlobals())

describe('the reviewer\'s workspace', () => {
  function reviewRoutes(extra = []) {
    return [
      ...extra,
      ['GET', '/api/intake/catalogue/items', CATALOGUE],
      ['GET', '/api/intake/catalogue/items/AMR-0001', { inForce: CATALOGUE[0] }],
      ['GET', /^\/api\/approval\/department\/cases\?status=/, [CASE]],
      ['GET', /\/steps$/, []],
      ['GET', /^\/api\/timeline\//, TIMELINE],
    ]
  }

  async function openCase(w) {
    keyDown('ArrowDown') // Alt+↓: the first case of the queue
    await flushPromises()
    expect(w.find('[data-test=review-detail]').exists()).toBe(true)
  }

  it('shows states, clocks, deadlines and events in words, never as codes', async () => {
    gateway(reviewRoutes())
    const w = mount(ReviewWorkspace, { props: { me: { department: 'AMR' } }, ...plugins('zh'), attachTo: document.body })
    await flushPromises()
    await openCase(w)
    const text = w.text()
    expect(text).toContain('市场监督管理局') // the department's name, not AMR
    expect(text).toContain('待受理')
    expect(text).toContain('受理时限（5个工作日） · 预警')
    expect(w.find('[data-test=deadline]').text()).toBe('2026年12月1日') // an exclusive end at 2026-12-02 00:00 Beijing
    expect(text).toContain('按责转办系统')
    expect(text).toContain('时限预警')
    expect(rawCodes(text)).toEqual([])
    w.unmount()
  })

  it('sends the materials the reviewer ticked in a supplement notice, not the item\'s first one', async () => {
    const calls = gateway(reviewRoutes([['POST', /\/acceptance$/, { ...CASE, status: 'AWAITING_ACCEPTANCE' }]]))
    const w = mount(ReviewWorkspace, { props: { me: { department: 'AMR' } }, ...plugins('zh'), attachTo: document.body })
    await flushPromises()
    await openCase(w)
    expect(w.find('[data-test=notify]').attributes('disabled')).toBeDefined() // nothing ticked yet
    await w.find('[data-test=notify-ADDR] input').setValue(true)
    await w.find('[data-test=notify-LR-ID] input').setValue(true)
    await w.find('textarea').setValue('住所证明须为产权证明；身份证件已过期')
    await w.find('[data-test=notify]').trigger('click')
    await flushPromises()
    const sent = calls.find((c) => c.method === 'POST')
    expect(sent.path).toBe(`/api/approval/department/cases/${CASE.caseId}/acceptance`)
    expect(sent.body.decision).toBe('NOTIFY')
    expect(sent.body.materials.map((m) => m.code).sort()).toEqual(['ADDR', 'LR-ID'])
    expect(sent.body.materials.find((m) => m.code === 'ADDR')).toEqual({ code: 'ADDR', name: '住所证明', problem: '住所证明须为产权证明；身份证件已过期' })
    w.unmount()
  })

  it('asks a later supplement round only as a new problem of the supplied material, with its reason', async () => {
    const QUEUED = { ...CASE, status: 'QUEUED', clockKind: 'DECISION', clockState: 'NORMAL', deadline: '2027-01-04T16:00:00Z', deadlineProvisional: true }
    const calls = gateway(reviewRoutes([
      ['GET', /^\/api\/approval\/department\/cases\?status=/, [QUEUED]],
      ['GET', /\/steps$/, [{ id: 's-1', kind: 'SUPPLEMENT', startedAt: '2026-11-30T02:00:00Z', endedAt: '2026-12-01T02:00:00Z', outcome: 'SUPPLIED' }]],
      ['POST', /\/supplement-request$/, { ...QUEUED, clockState: 'STOPPED' }],
    ]))
    const w = mount(ReviewWorkspace, { props: { me: { department: 'AMR' } }, ...plugins('zh'), attachTo: document.body })
    await flushPromises()
    await openCase(w)
    expect(w.find('[data-test=deadline-provisional]').text()).toContain('暂定')
    await w.find('[data-test=supplement-ADDR] input').setValue(true)
    const reasons = w.find('[data-test=supplement-request] textarea')
    await reasons.setValue('补交的住所证明为租赁房屋，需附租赁合同')
    await w.find('[data-test=supplement-request] [data-test=new-problem] input').setValue(true)
    await w.find('[data-test=ask-supplement]').trigger('click')
    await flushPromises()
    const sent = calls.find((c) => c.method === 'POST')
    expect(sent.path).toBe(`/api/approval/department/cases/${CASE.caseId}/supplement-request`)
    expect(sent.body).toEqual({ materials: [{ code: 'ADDR', name: '住所证明', problem: '补交的住所证明为租赁房屋，需附租赁合同' }],
      newProblemInSuppliedMaterial: true, reason: '补交的住所证明为租赁房屋，需附租赁合同' })
    w.unmount()
  })

  it('shows an act in progress and never sends it twice, by button or by keyboard', async () => {
    let answer
    let queued = null // the case as the service holds it once accepted
    const calls = gateway(reviewRoutes([
      ['POST', /\/acceptance$/, () => new Promise((r) => { answer = (c) => { queued = c; r(c) } })],
      ['GET', /^\/api\/approval\/department\/cases\?status=/, () => [queued || CASE]],
    ]))
    const w = mount(ReviewWorkspace, { props: { me: { department: 'AMR' } }, ...plugins('zh'), attachTo: document.body })
    await flushPromises()
    await openCase(w)
    await w.find('[data-test=accept]').trigger('click')
    await flushPromises()
    expect(w.find('[data-test=accept]').classes()).toContain('is-loading')
    expect(w.find('[data-test=reject]').attributes('disabled')).toBeDefined() // the other decisions wait too
    await w.find('[data-test=accept]').trigger('click')
    keyDown('a', 'KeyA') // Alt+A
    await flushPromises()
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1)
    answer({ ...CASE, status: 'QUEUED', clockKind: 'DECISION', clockState: 'NORMAL' })
    await flushPromises()
    expect(w.find('[data-test=accept]').exists()).toBe(false)
    expect(w.find('[data-test=case-status]').text()).toBe('审查中')
    w.unmount()
  })

  it('names its icon-only refresh button, and lists its shortcuts', async () => {
    gateway(reviewRoutes())
    const w = mount(ReviewWorkspace, { props: { me: { department: 'AMR' } }, ...plugins('en'), attachTo: document.body })
    await flushPromises()
    expect(w.find('[data-test=refresh]').attributes('aria-label')).toBe('Refresh')
    expect(w.find('[data-test=keys]').text()).toContain('Alt+A')
    await openCase(w)
    expect(w.text()).toContain('Acceptance (5 working days) · warning')
    expect(w.find('[data-test=deadline]').text()).toBe('1 Dec 2026')
    w.unmount()
  })
})

describe('the supervisor\'s dashboard', () => {
  it('fills the work orders\' deadline column from their `deadline`, as the hall writes it', async () => {
    gateway([
      ['GET', '/api/intake/catalogue/items', CATALOGUE],
      ['GET', '/api/intake/statistics/day', { casesTakenIn: 3, ticketsWaiting: 1, averageWaitMinutes: 4, byPath: { ACCEPTED_ON_SPOT: 3 } }],
      ['GET', '/api/approval/statistics/on-time', []],
      ['GET', '/api/evaluation/statistics/satisfaction', []],
      ['GET', '/api/routing/escalations', [{ id: 'e-1', caseId: 'DX-20261130-000002', kind: 'DECISION_OVERDUE', departmentCode: 'AMR' }]],
      ['GET', '/api/evaluation/work-orders', [{ id: 7, caseId: 'DX-20261130-000003', stage: 'BACK_OFFICE', status: 'OPEN',
        deadline: '2026-12-03T16:00:00Z', departmentCode: 'AMR', appealStatus: 'PENDING' }]],
    ])
    const w = mount(SupervisorDashboard, { ...plugins('zh'), attachTo: document.body })
    await flushPromises()
    await flushPromises()
    expect(w.find('[data-test=work-order-deadline]').text()).toBe('2026年12月3日')
    const text = w.text()
    expect(text).toContain('办结超期')
    expect(text).toContain('待核实 · 申诉待审')
    expect(text).toContain('市场监督管理局 · 后台审批')
    expect(rawCodes(text)).toEqual([])
    w.unmount()
  })
})

describe('a case\'s timeline', () => {
  it('names events, services and what the event says in the user\'s language', async () => {
    gateway([['GET', /^\/api\/timeline\//, TIMELINE]])
    const zh = mount(CaseTimeline, { props: { caseId: CASE.caseId }, ...plugins('zh') })
    await flushPromises()
    expect(zh.text()).toContain('受理 · 仅收件 · 窗口自取')
    expect(zh.text()).toContain('张三（综合受理岗）')
    expect(zh.text()).toContain('2026年11月30日 09:00:00')
    expect(zh.text()).toContain('受理时限（5个工作日） · 2026年12月1日')
    expect(rawCodes(zh.text())).toEqual([])
    const en = mount(CaseTimeline, { props: { caseId: CASE.caseId }, ...plugins('en') })
    await flushPromises()
    expect(en.text()).toContain('Taken in')
    expect(en.text()).toContain('Routing')
  })
})

describe('the other workspaces, in words', () => {
  it('the runner sees items, departments, deadlines and materials by name, and both lists open', async () => {
    const calls = gateway([
      ['GET', '/api/intake/catalogue/items', CATALOGUE],
      ['GET', '/api/routing/transfers', (path) => (path.endsWith('TO_CARRY')
        ? [{ caseId: 'DX-20261130-000004', itemCode: 'AMR-0001', departmentCode: 'AMR', queue: 'AMR/back-office', dueAt: '2026-11-30T02:30:00Z', materials: [] }]
        : [{ caseId: 'DX-20261130-000005', itemCode: 'AMR-0001', departmentCode: 'AMR', queue: 'AMR/back-office', dueAt: '2026-11-30T03:00:00Z',
          materials: ['APP', 'ADDR'], pickedUpByName: '李四' }])],
    ])
    const { default: RunnerWorkspace } = await import('../src/views/RunnerWorkspace.vue')
    const w = mount(RunnerWorkspace, { ...plugins('zh'), attachTo: document.body })
    await flushPromises()
    expect(w.text()).toContain('企业设立登记')
    expect(w.text()).toContain('市场监督管理局')
    expect(w.text()).toContain('2026年11月30日 10:30')
    expect(rawCodes(w.text())).toEqual([])
    keyDown('t', 'KeyT') // Alt+T: the files being carried
    await flushPromises()
    expect(calls.map((c) => c.path)).toContain('/api/routing/transfers?state=IN_TRANSIT') // the service's own name for it
    expect(w.text()).toContain('申请书、住所证明 · 李四')
    expect(rawCodes(w.text())).toEqual([])
    w.unmount()
  })

  it('the issuance clerk sees states and delivery in words', async () => {
    gateway([
      ['GET', '/api/intake/catalogue/items', CATALOGUE],
      ['GET', '/api/issuance/issuance', [{ caseId: 'DX-20261130-000006', resultTitle: '营业执照', applicantName: '王五', deliveryMethod: 'EXPRESS_MAIL',
        status: 'READY', notifyDueAt: '2026-12-01T16:00:00Z' }]],
      ['GET', /^\/api\/timeline\//, []],
    ])
    const { default: IssuanceWorkspace } = await import('../src/views/IssuanceWorkspace.vue')
    const w = mount(IssuanceWorkspace, { ...plugins('zh'), attachTo: document.body })
    await flushPromises()
    keyDown('ArrowDown')
    await flushPromises()
    const text = w.text()
    expect(text).toContain('待出件')
    expect(text).toContain('待一件事汇合')
    expect(text).toContain('邮寄送达')
    expect(text).toContain('告知申请人时限2026年12月1日')
    expect(w.find('[data-test=mail-out]').exists()).toBe(true)
    expect(rawCodes(text)).toEqual([])
    w.unmount()
  })

  it('the hall admin sees item types and delegated powers in words', async () => {
    gateway([
      ['GET', '/api/intake/catalogue/items', [{ ...CATALOGUE[0], effectiveFrom: '2025-12-31T16:00:00Z' }]],
      ['GET', '/api/intake/calendar', {}],
      ['GET', '/api/intake/calendar/coverage', { today: '2026-10-02', enteredYears: [2025, 2026], yearToEnter: null }],
      ['GET', '/api/intake/delegations', [{ id: 'd-1', itemCode: 'AMR-0001', departmentCode: 'AMR', powers: ['RECEIVE', 'ACCEPT', 'NOTIFY_ONCE'],
        startsAt: '2025-12-31T16:00:00Z' }]],
    ])
    const { default: AdminWorkspace } = await import('../src/views/AdminWorkspace.vue')
    const w = mount(AdminWorkspace, { ...plugins('zh'), attachTo: document.body })
    await flushPromises()
    const text = w.text()
    expect(text).toContain('承诺件')
    expect(text).toContain('2026年1月1日')
    expect(text).toContain('受理权')
    expect(text).toContain('一次性告知权')
    expect(text).not.toContain('尚未录入')
    expect(rawCodes(text)).toEqual([])
    w.unmount()
  })

  it('the hall admin is told which calendar year to enter, and enters it from the notice text', async () => {
    const calls = gateway([
      ['GET', '/api/intake/catalogue/items', []],
      ['GET', '/api/intake/calendar', { 2026: { holidays: { 元旦: ['2026-01-01'] }, makeUpWorkdays: ['2026-01-04'], source: '国办发明电〔2025〕7号' } }],
      ['GET', '/api/intake/calendar/coverage', { today: '2026-11-30', enteredYears: [2025, 2026], yearToEnter: 2027 }],
      ['GET', '/api/intake/delegations', []],
      ['PUT', '/api/intake/calendar/2027', { year: 2027, editedBy: 'admin1' }],
    ])
    const { default: AdminWorkspace } = await import('../src/views/AdminWorkspace.vue')
    const w = mount(AdminWorkspace, { ...plugins('zh'), attachTo: document.body })
    await flushPromises()
    expect(w.find('[data-test="calendar-missing"]').text()).toContain('2027年节假日安排尚未录入')
    expect(w.text()).toContain('2026-01-04') // the make-up days are shown
    const form = w.find('[data-test="calendar-form"]')
    const [holidays] = form.findAll('textarea')
    await holidays.setValue('元旦 2027-01-01 2027-01-02\n春节 2027-02-06 2027-02-07')
    await w.find('[data-test="enter-year"]').trigger('click')
    await flushPromises()
    const put = calls.filter((c) => c.method === 'PUT')
    expect(put).toHaveLength(1)
    expect(put[0].path).toBe('/api/intake/calendar/2027')
    expect(put[0].body.holidays).toEqual({ 元旦: ['2027-01-01', '2027-01-02'], 春节: ['2027-02-06', '2027-02-07'] })
    w.unmount()
  })
})

describe('the window', () => {
  const APPLICANT = '11010519491231002X'
  const MINE = [
    { caseId: 'DX-20261130-000011', itemCode: 'AMR-0001', status: 'ACCEPTED', progress: 'IN_DEPARTMENT', state: 'IN_DEPARTMENT' },
    { caseId: 'DX-20261130-000012', itemCode: 'AMR-0001', status: 'ACCEPTED', progress: 'DELIVERED', decision: 'APPROVED', state: 'DELIVERED' },
    { caseId: 'DX-20261130-000013', itemCode: 'AMR-0001', status: 'ACCEPTED_WITH_DEFERRED_MATERIALS', progress: 'IN_DEPARTMENT',
      state: 'ACCEPTED_WITH_DEFERRED_MATERIALS' },
    { caseId: 'DX-20261130-000014', itemCode: 'AMR-0001', status: 'RECEIVED', progress: 'RESULT_READY', decision: 'NOT_ACCEPTED',
      state: 'RESULT_READY' },
  ]
  function windowRoutes(extra = []) {
    return [
      ...extra,
      ['GET', '/api/intake/catalogue/items', CATALOGUE],
      ['GET', '/api/intake/catalogue/bundles', []],
      ['GET', '/api/intake/queue', []],
      ['GET', '/api/intake/cases/mine', MINE],
    ]
  }

  it('follows my cases past the window to the applicant, in words (首办负责)', async () => {
    gateway(windowRoutes())
    const { default: WindowWorkspace } = await import('../src/views/WindowWorkspace.vue')
    const w = mount(WindowWorkspace, { ...plugins('zh'), attachTo: document.body })
    await flushPromises()
    const states = w.findAll('[data-test=my-case-status]').map((s) => s.text())
    expect(states).toEqual(['部门审批中', '已送达 · 准予许可', '容缺受理（待补材料）', '待出件 · 不予受理'])
    expect(rawCodes(w.text())).toEqual([])
    w.unmount()
  })

  it('tells the clerk of a red-listed applicant as they are entered, the ID number in the body only', async () => {
    const calls = gateway(windowRoutes([['POST', '/api/intake/credit/lookup', { listed: true, redListed: true, deferralAllowed: true,
      prompts: [{ code: 'RED_LIST' }, { code: 'DEFERRAL_ELIGIBLE' }] }]]))
    const { default: WindowWorkspace } = await import('../src/views/WindowWorkspace.vue')
    const w = mount(WindowWorkspace, { ...plugins('zh'), attachTo: document.body })
    await flushPromises()
    await w.find('[data-test=applicant-name]').setValue('守信个人')
    await w.find('[data-test=applicant-id]').setValue(APPLICANT)
    keyDown('n', 'KeyN') // Alt+N: the next step
    await flushPromises() // the form's validation
    await flushPromises() // the lookup
    const lookups = calls.filter((c) => c.method === 'POST')
    expect(lookups).toHaveLength(1)
    expect(lookups[0].path).toBe('/api/intake/credit/lookup')
    expect(lookups[0].body).toEqual({ idNumber: APPLICANT })
    expect(calls.filter((c) => c.path.includes(APPLICANT))).toEqual([])
    const prompts = w.find('[data-test=credit-prompts]')
    expect(prompts.find('[data-test=credit-RED_LIST]').text()).toContain('守信红名单：守信激励，优先办理')
    expect(prompts.text()).toContain('可容缺受理')
    expect(rawCodes(w.text())).toEqual([])
    w.unmount()
  })
})
