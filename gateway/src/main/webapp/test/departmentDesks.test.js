import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createI18n } from 'vue-i18n'
import { messages } from '../src/i18n'
import { resetCatalogue } from '../src/catalogue'
import { workspacesFor } from '../src/domain/posts'
import { rawCodes } from '../e2e/raw-codes.mjs'
import HandoverDesk from '../src/views/HandoverDesk.vue'
import WorkOrderDesk from '../src/views/WorkOrderDesk.vue'
import ComplaintDesk from '../src/views/ComplaintDesk.vue'

// #22 item 13: the department confirms the files its runners bring, works its own rectification orders,
// and the 办不成事 complaint is registered, given a lead section and answered in writing — from the web
// app, in words (no code on screen), each act sent once to the service that checks who may do it.

const i18n = (locale = 'zh') => createI18n({ legacy: false, locale, messages })
const plugins = { global: { plugins: [i18n('zh'), ElementPlus] } }

const CATALOGUE = [{
  code: 'AMR-0001', departmentName: '市场监督管理局', version: 1,
  definition: { code: 'AMR-0001', name: '企业设立登记', departmentCode: 'AMR', materials: [{ code: 'APP', name: '申请书' }, { code: 'LR-ID', name: '法定代表人身份证件' }] },
}, {
  code: 'TAX-0001', departmentName: '税务局', version: 1, definition: { code: 'TAX-0001', name: '税务登记', departmentCode: 'TAX', materials: [] },
}]

/** The gateway, answering by method and path; every call is kept. */
function gateway(routes) {
  const calls = []
  vi.stubGlobal('fetch', vi.fn(async (path, init = {}) => {
    const method = init.method || 'GET'
    calls.push({ path, method, body: init.body ? JSON.parse(init.body) : undefined })
    const route = [...routes, ['GET', '/api/intake/catalogue/items', CATALOGUE]]
      .find(([m, p]) => method === m && (typeof p === 'string' ? path === p || path.startsWith(p + '?') : p.test(path)))
    const body = route ? (typeof route[2] === 'function' ? route[2](path, init) : route[2]) : null
    const status = route ? route[3] || 200 : 404
    return { status, ok: status < 400, text: async () => (body == null ? '' : JSON.stringify(body)) }
  }))
  return calls
}
const posts = (calls) => calls.filter((c) => c.method === 'POST')
/** What to type into: Element Plus puts a field's attributes on the input or textarea itself. */
const field = (w, name) => {
  const el = w.find(`[data-test=${name}]`)
  return ['INPUT', 'TEXTAREA'].includes(el.element.tagName) ? el : el.find('input, textarea')
}

beforeEach(() => resetCatalogue())
afterEach(() => vi.unstubAllGlobals())

describe('the department\'s menu', () => {
  it('gives department posts the hand-over and work-order desks, and the window the complaint desk', () => {
    expect(workspacesFor(['department-reviewer']).map((w) => w.key)).toEqual(['review', 'handover', 'workOrders', 'complaints', 'enquiryAnswers', 'case'])
    expect(workspacesFor(['chief-representative']).map((w) => w.key)).toEqual(['review', 'signOffs', 'handover', 'workOrders', 'complaints', 'enquiryAnswers', 'case'])
    expect(workspacesFor(['supervisor']).map((w) => w.key)).toEqual(['dashboard', 'complaints', 'case'])
    expect(workspacesFor(['material-runner']).map((w) => w.key)).toEqual(['runner', 'case'])
  })
})

describe('hand-over confirmation (交接确认)', () => {
  const IN_TRANSIT = {
    caseId: 'DX-20261130-000007', itemCode: 'AMR-0001', departmentCode: 'AMR', queue: 'AMR/back-office', limitMinutes: 30,
    dueAt: '2026-11-30T02:30:00Z', pickedUpByName: '跑件员', pickedUpAt: '2026-11-30T02:05:00Z', materials: ['APP', 'LR-ID'],
    handedOverAt: null, receivedByName: null, escalatedAt: null,
  }

  it('lists the files on their way to the department in words and confirms one with its button', async () => {
    let handedOver = false
    const calls = gateway([
      ['GET', '/api/routing/transfers', (path) => (path.includes('IN_TRANSIT') && !handedOver ? [IN_TRANSIT] : [])],
      ['POST', `/api/routing/transfers/${IN_TRANSIT.caseId}/handover`, () => {
        handedOver = true
        return { ...IN_TRANSIT, handedOverAt: '2026-11-30T02:12:00Z', receivedByName: '市审' }
      }],
    ])
    const w = mount(HandoverDesk, { props: { me: { department: 'AMR', posts: ['department-reviewer'] } }, ...plugins, attachTo: document.body })
    await flushPromises()
    expect(calls.find((c) => c.path.startsWith('/api/routing')).path).toBe('/api/routing/transfers?state=IN_TRANSIT')
    const text = w.text()
    expect(text).toContain('企业设立登记')
    expect(text).toContain('申请书、法定代表人身份证件')
    expect(text).toContain('跑件员')
    expect(rawCodes(text)).toEqual([])
    const button = w.find(`[data-test=confirm-${IN_TRANSIT.caseId}]`)
    expect(button.text()).toBe('确认接收')
    await button.trigger('click')
    await button.trigger('click') // pressed twice while it runs: sent once
    await flushPromises()
    expect(posts(calls)).toHaveLength(1)
    expect(posts(calls)[0].path).toBe(`/api/routing/transfers/${IN_TRANSIT.caseId}/handover`)
    expect(w.find(`[data-test=confirm-${IN_TRANSIT.caseId}]`).exists()).toBe(false) // reloaded: no longer on its way
    w.unmount()
  })

  it('shows the service\'s refusal in Chinese', async () => {
    gateway([
      ['GET', '/api/routing/transfers', [IN_TRANSIT]],
      ['POST', /\/handover$/, { code: 'other-department', detailZh: '只有承办部门（AMR）可以确认接收', detail: 'Only the receiving department' }, 403],
    ])
    const w = mount(HandoverDesk, { props: { me: { department: 'TAX', posts: ['department-reviewer'] } }, ...plugins, attachTo: document.body })
    await flushPromises()
    await w.find(`[data-test=confirm-${IN_TRANSIT.caseId}]`).trigger('click')
    await flushPromises()
    expect(w.find('[data-test=problem]').text()).toContain('只有承办部门（AMR）可以确认接收')
    w.unmount()
  })
})

describe('rectification work orders (整改工单)', () => {
  const ORDER = {
    id: 41, caseId: 'DX-20261130-000003', stage: 'BACK_OFFICE', status: 'OPEN', level: 1, departmentCode: 'AMR',
    openedAt: '2026-11-30T03:00:00Z', deadline: '2026-12-07T16:00:00Z', answeredAt: null, appealStatus: null, escalatedAt: null,
  }

  /** The department's list holds the order as the service last answered for it. */
  async function openOrder(me, [method, path, changed]) {
    let order = ORDER
    const calls = gateway([['GET', '/api/evaluation/work-orders', () => [order]], [method, path, () => { order = changed; return changed }]])
    const w = mount(WorkOrderDesk, { props: { me }, ...plugins, attachTo: document.body })
    await flushPromises()
    await w.find('[data-test=work-orders] tbody tr').trigger('click')
    await flushPromises()
    return { w, calls }
  }

  it('lets the chief representative take the next step, named in words', async () => {
    const { w, calls } = await openOrder({ department: 'AMR', posts: ['chief-representative'] },
      ['POST', '/api/evaluation/work-orders/41/steps', { ...ORDER, status: 'VERIFIED', finding: '窗口排队超时', verifiedBy: '市首代', verifiedAt: '2026-11-30T04:00:00Z' }])
    expect(calls.find((c) => c.path.startsWith('/api/evaluation')).path).toBe('/api/evaluation/work-orders?open=true')
    const text = w.text()
    expect(text).toContain('后台审批')
    expect(text).toContain('待核实')
    expect(text).toContain('非常不满意')
    expect(rawCodes(text)).toEqual([])
    expect(w.find('[data-test=step-VERIFIED]').text()).toBe('核实情况')
    await field(w, 'step-text').setValue('窗口排队超时')
    await w.find('[data-test=step-VERIFIED]').trigger('click')
    await flushPromises()
    expect(posts(calls)).toEqual([{ path: '/api/evaluation/work-orders/41/steps', method: 'POST', body: { step: 'VERIFIED', text: '窗口排队超时' } }])
    expect(w.find('[data-test=done-VERIFIED]').text()).toBe('窗口排队超时')
    expect(w.find('[data-test=step-RECTIFIED]').text()).toBe('落实整改')
    expect(rawCodes(w.text())).toEqual([])
    w.unmount()
  })

  it('keeps an order it has just answered on show, closed, though it has left the open list', async () => {
    const rectified = { ...ORDER, status: 'RECTIFIED', finding: '排队超时', verifiedAt: '2026-11-30T04:00:00Z', measures: '增开窗口', rectifiedAt: '2026-11-30T05:00:00Z' }
    let closed = false
    const calls = gateway([
      ['GET', '/api/evaluation/work-orders', () => (closed ? [] : [rectified])],
      ['POST', '/api/evaluation/work-orders/41/steps', () => {
        closed = true
        return { ...rectified, status: 'ANSWERED', answer: '已电话回复', answeredBy: '市首代', answeredAt: '2026-11-30T06:00:00Z' }
      }],
    ])
    const w = mount(WorkOrderDesk, { props: { me: { department: 'AMR', posts: ['chief-representative'] } }, ...plugins, attachTo: document.body })
    await flushPromises()
    await w.find('[data-test=work-orders] tbody tr').trigger('click')
    await flushPromises()
    await field(w, 'step-text').setValue('已电话回复')
    await w.find('[data-test=step-ANSWERED]').trigger('click')
    await flushPromises()
    expect(posts(calls)[0].body).toEqual({ step: 'ANSWERED', text: '已电话回复' })
    expect(w.find('[data-test=done-ANSWERED]').text()).toBe('已电话回复')
    expect(w.find('[data-test=step-text]').exists()).toBe(false) // closed: no next step, no appeal
    expect(w.find('[data-test=appeal]').exists()).toBe(false)
    w.unmount()
  })

  it('lets a reviewer appeal a mistaken rating, and leaves the steps to the chief representative', async () => {
    const { w, calls } = await openOrder({ department: 'AMR', posts: ['department-reviewer'] },
      ['POST', '/api/evaluation/work-orders/41/appeal', { ...ORDER, appealStatus: 'PENDING', appealReason: '申请人误选', appealedBy: '市审' }])
    expect(w.find('[data-test=step-VERIFIED]').exists()).toBe(false)
    expect(w.find('[data-test=chief-only]').text()).toBe('核实、整改、回复由首席代表办理')
    await field(w, 'appeal-reason').setValue('申请人误选')
    await w.find('[data-test=appeal]').trigger('click')
    await flushPromises()
    expect(posts(calls)).toEqual([{ path: '/api/evaluation/work-orders/41/appeal', method: 'POST', body: { reason: '申请人误选' } }])
    expect(w.text()).toContain('申诉待审')
    expect(w.find('[data-test=appeal]').exists()).toBe(false)
    w.unmount()
  })
})

describe('办不成事 complaints', () => {
  const ASSIGNED = {
    id: 9, caseId: null, complainantName: '赵女士', phoneMasked: '138****5678', content: '营业执照变更跑了三趟', channel: 'HOTLINE',
    receivedBy: '窗口', receivedAt: '2026-11-30T02:00:00Z', feedbackDueAt: '2026-12-03T16:00:00Z', leadSection: 'AMR', feedback: null,
    feedbackAt: null, escalatedAt: null, status: 'ASSIGNED', assignedBy: '督办员', assignedAt: '2026-11-30T02:10:00Z', feedbackBy: null,
  }

  it('lets the window register a complaint, sending only what was filled in', async () => {
    const calls = gateway([['POST', '/api/evaluation/complaints', { ...ASSIGNED, status: 'RECEIVED', leadSection: null }, 201]])
    const w = mount(ComplaintDesk, { props: { me: { posts: ['window-clerk'] } }, ...plugins, attachTo: document.body })
    await flushPromises()
    expect(w.find('[data-test=complaints]').exists()).toBe(false) // the list is the supervisor's and the departments'
    expect(calls.filter((c) => c.path.startsWith('/api/evaluation'))).toEqual([])
    await field(w, 'complainant').setValue('赵女士')
    await field(w, 'complaint-content').setValue('营业执照变更跑了三趟')
    await w.find('[data-test=complaint-save]').trigger('click')
    await flushPromises()
    expect(posts(calls)).toEqual([{ path: '/api/evaluation/complaints', method: 'POST',
      body: { complainantName: '赵女士', channel: 'WINDOW', content: '营业执照变更跑了三趟' } }])
    expect(rawCodes(w.text())).toEqual([])
    w.unmount()
  })

  it('lets the lead section reply in writing, and shows who replied', async () => {
    let answered = false // then no longer among the open ones
    const calls = gateway([
      ['GET', '/api/evaluation/complaints', () => (answered ? [] : [ASSIGNED])],
      ['POST', '/api/evaluation/complaints/9/feedback', () => {
        answered = true
        return { ...ASSIGNED, status: 'ANSWERED', feedback: '已约谈窗口并书面致歉', feedbackBy: '市首代', feedbackAt: '2026-11-30T05:00:00Z' }
      }],
    ])
    const w = mount(ComplaintDesk, { props: { me: { department: 'AMR', posts: ['chief-representative'] } }, ...plugins, attachTo: document.body })
    await flushPromises()
    expect(w.find('[data-test=complaint-form]').exists()).toBe(false)
    await w.find('[data-test=complaints] tbody tr').trigger('click')
    await flushPromises()
    expect(w.text()).toContain('热线')
    expect(w.text()).toContain('已交办')
    expect(rawCodes(w.text())).toEqual([])
    expect(w.find('[data-test=assign]').exists()).toBe(false) // naming the lead section is the supervisor's
    await field(w, 'reply-text').setValue('已约谈窗口并书面致歉')
    await w.find('[data-test=reply]').trigger('click')
    await flushPromises()
    expect(posts(calls)).toEqual([{ path: '/api/evaluation/complaints/9/feedback', method: 'POST', body: { text: '已约谈窗口并书面致歉' } }])
    expect(w.find('[data-test=complaint-feedback]').text()).toBe('已约谈窗口并书面致歉')
    expect(w.text()).toContain('市首代')
    expect(w.find('[data-test=reply]').exists()).toBe(false)
    w.unmount()
  })

  it('offers no reply on another department\'s complaint', async () => {
    gateway([['GET', '/api/evaluation/complaints', [{ ...ASSIGNED, leadSection: 'AMR' }]]])
    const w = mount(ComplaintDesk, { props: { me: { department: 'TAX', posts: ['department-reviewer'] } }, ...plugins, attachTo: document.body })
    await flushPromises()
    await w.find('[data-test=complaints] tbody tr').trigger('click')
    await flushPromises()
    expect(w.find('[data-test=reply]').exists()).toBe(false)
    w.unmount()
  })

  it('lets the supervisor name the lead section', async () => {
    const received = { ...ASSIGNED, status: 'RECEIVED', leadSection: null, assignedBy: null }
    let assigned = false
    const calls = gateway([
      ['GET', '/api/evaluation/complaints', () => [assigned ? ASSIGNED : received]],
      ['POST', '/api/evaluation/complaints/9/assignment', () => { assigned = true; return ASSIGNED }],
    ])
    const w = mount(ComplaintDesk, { props: { me: { posts: ['supervisor'] } }, ...plugins, attachTo: document.body })
    await flushPromises()
    await w.find('[data-test=complaints] tbody tr').trigger('click')
    await flushPromises()
    expect(w.text()).toContain('已登记')
    expect(w.find('[data-test=reply]').exists()).toBe(false) // no lead section yet: nobody replies
    w.findComponent('[data-test=lead-section]').vm.$emit('update:modelValue', 'AMR')
    await flushPromises()
    await w.find('[data-test=assign]').trigger('click')
    await flushPromises()
    expect(posts(calls)).toEqual([{ path: '/api/evaluation/complaints/9/assignment', method: 'POST', body: { leadSection: 'AMR' } }])
    expect(w.text()).toContain('市场监督管理局')
    expect(w.find('[data-test=reply]').exists()).toBe(true) // the supervisor may reply on the lead section's behalf
    w.unmount()
  })
})
