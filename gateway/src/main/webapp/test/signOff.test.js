import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createI18n } from 'vue-i18n'
import { messages } from '../src/i18n'
import { resetCatalogue } from '../src/catalogue'
import { homeFor, workspacesFor } from '../src/domain/posts'
import { decisionBody, isPendingSignOff, nextStep, overruledTakeIn, signOffClock } from '../src/domain/signOff'
import { rawCodes } from '../e2e/raw-codes.mjs'
import SignOffDesk from '../src/views/SignOffDesk.vue'

// 窗口无否决权 (#24 item 6): the window's return or refusal waits for the mid desk's or the chief representative's
// sign-off — the desk lists them with the office minutes left and sends the one decision; the window's form shows the
// file as under review, then the notice (confirmed) or the take-in of the same file (overruled) — in words.

const i18n = (locale = 'zh') => createI18n({ legacy: false, locale, messages })
const ID = '5b0c7e2a-2222-4c3d-9e8f-000000000001'
const PENDING = {
  id: ID, kind: 'DEFERRAL_REFUSED', status: 'PENDING', hallCode: 'DX', itemCode: 'AMR-0001', items: 'AMR-0001@v1',
  applicantKind: 'ORGANISATION', applicantName: '廊坊临空测试有限公司', reasons: '缺少关键材料：公司章程',
  problems: ['AMR-0001:AOA:MISSING'], requestedByName: '张敏', requestedAt: '2026-12-16T02:00:00Z', dueAt: '2026-12-16T02:15:00Z',
  minutesLeft: 12, overdue: false, decidedByName: null, decidedAt: null, late: false, noticeNumber: null, usedCaseId: null,
}
const OVERDUE = { ...PENDING, id: '5b0c7e2a-2222-4c3d-9e8f-000000000002', kind: 'OUT_OF_SCOPE', minutesLeft: -3, overdue: true, problems: [] }
const CATALOGUE = [{ code: 'AMR-0001', departmentName: '市场监督管理局', version: 1,
  definition: { code: 'AMR-0001', name: '企业设立登记', departmentCode: 'AMR', itemType: 'PROMISED', promisedDays: 1, serves: ['ORGANISATION', 'PERSON'],
    deliveryModes: ['PICKUP'], materials: [{ code: 'APP', name: '申请书', key: true }, { code: 'AOA', name: '公司章程', key: true }] } }]

/** The gateway, answering by method and path; every call is kept. */
function gateway(routes) {
  const calls = []
  vi.stubGlobal('fetch', vi.fn(async (path, init = {}) => {
    const method = init.method || 'GET'
    calls.push({ path, method, body: init.body ? JSON.parse(init.body) : undefined })
    const route = routes.find(([m, p]) => method === m && (typeof p === 'string' ? path === p || path.startsWith(p + '?') : p.test(path)))
    const body = route ? (typeof route[2] === 'function' ? route[2](path, init) : route[2]) : []
    const status = route ? route[3] || 200 : 200
    return { status, ok: status < 400, text: async () => JSON.stringify(body) }
  }))
  return calls
}

/** What to type into: Element Plus puts a field's attributes on the input or textarea itself. */
const field = (w, name) => {
  const el = w.find(`[data-test=${name}]`)
  return ['INPUT', 'TEXTAREA'].includes(el.element.tagName) ? el : el.find('input, textarea')
}

beforeEach(() => resetCatalogue())
afterEach(() => vi.unstubAllGlobals())

describe('the sign-off rules on screen', () => {
  it('knows a pending answer, counts the office minutes the service gives, and says what the window does next', () => {
    expect(isPendingSignOff({ status: 'PENDING_SIGN_OFF', signOffId: ID })).toBe(true)
    expect(isPendingSignOff({ outcome: 'ONE_TIME_NOTICE' })).toBe(false)
    expect(signOffClock(PENDING)).toEqual({ minutes: 12, late: false })
    expect(signOffClock(OVERDUE)).toEqual({ minutes: 3, late: true })
    expect(signOffClock({ ...PENDING, status: 'CONFIRMED' })).toBeNull()
    expect(nextStep(null)).toBe('WAIT')
    expect(nextStep(PENDING)).toBe('WAIT')
    expect(nextStep({ ...PENDING, status: 'CONFIRMED', noticeNumber: 'DX-N-20261216-000001' })).toBe('PRINT_NOTICE')
    expect(nextStep({ ...PENDING, status: 'OVERRULED' })).toBe('TAKE_IN')
    expect(nextStep({ ...PENDING, status: 'OVERRULED', usedCaseId: 'DX-20261216-000001' })).toBe('DONE')
  })

  it('sends a decision only with its reasons, and takes the overruled file in naming it, no longer returned', () => {
    expect(decisionBody('CONFIRM', '  属实  ')).toEqual({ decision: 'CONFIRM', reasons: '属实' })
    expect(decisionBody('OVERRULE', ' ')).toBeNull()
    expect(decisionBody('', '属实')).toBeNull()
    expect(overruledTakeIn({ itemCode: 'AMR-0001', outOfScopeReason: '不属于' }, ID)).toEqual({ itemCode: 'AMR-0001', overruledSignOffId: ID })
    expect(overruledTakeIn({ itemCode: 'AMR-0001' }, null)).toEqual({ itemCode: 'AMR-0001' })
  })

  it('gives the mid desk and the chief representative the desk, each keeping their home; not the window clerk', () => {
    expect(workspacesFor(['mid-desk']).map((w) => w.key)).toContain('signOffs')
    expect(workspacesFor(['chief-representative']).map((w) => w.key)).toContain('signOffs')
    expect(workspacesFor(['window-clerk']).map((w) => w.key)).not.toContain('signOffs')
    expect(homeFor(['mid-desk'])).toBe('/window')
    expect(homeFor(['chief-representative'])).toBe('/review')
  })
})

describe('the sign-off desk (窗口无否决权)', () => {
  async function desk(routes) {
    const calls = gateway([...routes, ['GET', '/api/intake/catalogue/items', CATALOGUE]])
    const w = mount(SignOffDesk, { props: { me: { posts: ['mid-desk'] } }, global: { plugins: [i18n('zh'), ElementPlus] }, attachTo: document.body })
    await flushPromises()
    return { w, calls }
  }

  it('lists the hall\'s pending returns and refusals in words, with the minutes left or overdue', async () => {
    const { w, calls } = await desk([['GET', '/api/intake/sign-offs', [PENDING, OVERDUE]]])
    expect(calls.map((c) => c.path)).toContain('/api/intake/sign-offs?status=PENDING')
    const text = w.text()
    expect(text).toContain('不予容缺受理')
    expect(text).toContain('不予受理（不属于受理范围）')
    expect(text).toContain('企业设立登记')
    expect(text).toContain('待审核')
    expect(w.find(`[data-test=clock-${PENDING.id}]`).text()).toBe('剩 12 分钟')
    expect(w.find(`[data-test=clock-${OVERDUE.id}]`).text()).toBe('已超时 3 分钟')
    expect(rawCodes(text)).toEqual([])
    w.unmount()
  })

  it('sends the one decision with its reasons and shows how it stands', async () => {
    let sent = null
    const { w, calls } = await desk([
      ['GET', '/api/intake/sign-offs', () => (sent ? [] : [PENDING])], // decided: no longer pending
      ['POST', `/api/intake/sign-offs/${ID}/decision`, (p, init) => {
        sent = JSON.parse(init.body)
        return { ...PENDING, status: 'OVERRULED', decisionReasons: sent.reasons, decidedByName: '陈晨', decidedByPost: 'mid-desk',
          decidedAt: '2026-12-16T02:10:00Z', minutesLeft: 5 }
      }],
    ])
    await w.find('[data-test=sign-offs] .el-table__row').trigger('click')
    await flushPromises()
    const detail = w.find('[data-test=sign-off-detail]')
    expect(detail.find('[data-test=detail-reasons]').text()).toBe('缺少关键材料：公司章程')
    expect(detail.find('[data-test=detail-problems]').text()).toBe('企业设立登记 · 公司章程：缺失')
    expect(detail.find('[data-test=decide]').attributes('disabled')).toBeDefined() // no decision, no reasons yet
    await detail.find('[data-test=decision-OVERRULE] input').setValue(true)
    await field(detail, 'decision-reasons').setValue('章程已在登记系统中，可容缺')
    await flushPromises()
    await detail.find('[data-test=decide]').trigger('click')
    await flushPromises()
    expect(sent).toEqual({ decision: 'OVERRULE', reasons: '章程已在登记系统中，可容缺' })
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1)
    expect(w.find('[data-test=detail-status]').text()).toBe('已否决退回')
    expect(rawCodes(w.text())).toEqual([])
    w.unmount()
  })
})

describe('the window\'s form while a return waits for the sign-off', () => {
  it('says the file is under review, and once overruled takes the same file in naming the sign-off', async () => {
    let signOff = { ...PENDING, kind: 'OUT_OF_SCOPE', status: 'PENDING' }
    const calls = gateway([
      ['GET', '/api/intake/catalogue/items', CATALOGUE],
      ['GET', `/api/intake/sign-offs/${ID}`, () => signOff],
      ['POST', '/api/intake/cases', (p, init) => (JSON.parse(init.body).overruledSignOffId
        ? { outcome: 'ACCEPTED_ON_SPOT', reasonZh: '当场受理', cases: [], intakeCase: { caseId: 'DX-20261216-000002' } }
        : { status: 'PENDING_SIGN_OFF', outcome: 'PENDING_SIGN_OFF', signOffId: ID, kind: 'OUT_OF_SCOPE', dueAt: '2026-12-16T02:15:00Z',
          reasonZh: '窗口无否决权', applicantMessageZh: '您的申请正在审核中，请稍候', problems: [] }), 202],
      ['POST', '/api/intake/credit/lookup', { prompts: [] }],
    ])
    const { default: WindowWorkspace } = await import('../src/views/WindowWorkspace.vue')
    const w = mount(WindowWorkspace, { global: { plugins: [i18n(), ElementPlus] }, attachTo: document.body })
    await flushPromises()
    await w.find('[data-test=applicant-name]').setValue('审核测试人')
    await w.find('[data-test=applicant-id]').setValue('11010519491231002X')
    await w.find('[data-test=next]').trigger('submit')
    await flushPromises()
    await w.find('[data-test=item-search]').setValue('AMR-0001')
    await w.find('[data-test=item-search]').trigger('keydown', { key: 'Enter' })
    await flushPromises()
    const next = () => w.findAll('[data-test=next]').filter((b) => b.isVisible())[0].trigger('click')
    await next()
    await flushPromises()
    await next()
    await flushPromises()
    await field(w, 'out-of-scope').setValue('不属于本中心受理范围')
    await w.find('[data-test=take-in]').trigger('submit')
    await flushPromises()
    const pending = w.find('[data-test=sign-off-pending]')
    expect(pending.exists()).toBe(true)
    expect(pending.find('[data-test=applicant-message]').text()).toContain('正在审核')
    expect(pending.find('[data-test=sign-off-state]').text()).toBe('等待审核…')
    expect(pending.text()).toContain('不予受理（不属于受理范围）')
    expect(w.find('[data-test=outcome]').text()).toBe('待中台审核（暂不退回）')
    expect(rawCodes(w.text())).toEqual([])

    // the mid desk overrules: the window takes the same file in, naming the sign-off, no longer returned
    signOff = { ...signOff, status: 'OVERRULED', decidedByName: '陈晨' }
    w.vm.$.setupState.follow ? await w.vm.$.setupState.follow() : null
    await flushPromises()
    await w.find('[data-test=overruled-take-in]').trigger('click')
    await flushPromises()
    expect(w.find('[data-test=overruled-banner]').exists()).toBe(true)
    await next()
    await flushPromises()
    await w.find('[data-test=take-in]').trigger('submit')
    await flushPromises()
    const takeIns = calls.filter((c) => c.method === 'POST' && c.path === '/api/intake/cases')
    expect(takeIns).toHaveLength(2)
    expect(takeIns[0].body.outOfScopeReason).toBe('不属于本中心受理范围')
    expect(takeIns[1].body.overruledSignOffId).toBe(ID)
    expect(takeIns[1].body.outOfScopeReason).toBeNull()
    w.unmount()
  })
})
