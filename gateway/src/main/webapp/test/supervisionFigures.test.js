import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createI18n } from 'vue-i18n'
import { messages } from '../src/i18n'
import { resetCatalogue } from '../src/catalogue'
import { rawCodes } from '../e2e/raw-codes.mjs'
import SupervisorDashboard from '../src/views/SupervisorDashboard.vue'
import { falseCommitmentFigures } from '../src/domain/figures'

// #22 items 11 and 12 on the supervisor's dashboard: the issuance limits per department, and on-time rate and
// actual against promised handling time per department, item, window and clerk — in words, with a CSV export;
// #23 item 5: the commitments found false (告知承诺不实) this month, counted per department and listed.
vi.mock('echarts', () => ({ init: () => ({ setOption() {}, resize() {}, dispose() {} }) }))

const plugins = (locale) => ({ global: { plugins: [createI18n({ legacy: false, locale, messages }), ElementPlus] } })
const CATALOGUE = [{ code: 'AMR-0001', departmentName: '市场监督管理局', version: 1,
  definition: { code: 'AMR-0001', name: '企业设立登记', departmentCode: 'AMR', itemType: 'PROMISED', promisedDays: 3,
    materials: [{ code: 'ADDR', name: '住所证明' }] } }]
const HANDLING = {
  department: [{ group: 'AMR', finished: 5, onTime: 3, onTimeRate: 60.0, averagePromisedDays: 3.2, averageActualDays: 2.8,
    actualToPromisedPercent: 87.5, withinHalf: false }],
  item: [{ group: 'AMR-0001 企业设立登记', finished: 2, onTime: 2, onTimeRate: 100.0, averagePromisedDays: 3.5, averageActualDays: 1.5,
    actualToPromisedPercent: 42.86, withinHalf: true }],
  window: [{ group: '3', finished: 3, onTime: 2, onTimeRate: 66.67, averagePromisedDays: 3, averageActualDays: 2,
    actualToPromisedPercent: 66.67, withinHalf: false }, { group: '(unknown)', finished: 1, onTime: 1, onTimeRate: 100.0,
    averagePromisedDays: 2, averageActualDays: 1, actualToPromisedPercent: 50.0, withinHalf: true }],
}

// evaluation-service's answer: counts per department (a map), the findings latest first
const FALSE_COMMITMENTS = {
  from: '2026-11-01', to: '2026-11-30', total: 3, perDepartment: { AMR: 1, TAX: 2 },
  findings: [
    { caseId: 'DX-20261130-000002', materialCode: 'ADDR', departmentCode: 'TAX', note: '经营场所证明不实', foundAt: '2026-11-30T02:00:00Z', foundByName: '审批员' },
    { caseId: 'DX-20261124-000001', materialCode: 'ADDR', departmentCode: 'AMR', note: '住所为虚构地址', foundAt: '2026-11-24T01:30:05Z', foundByName: '审批员' },
    { caseId: 'DX-20261130-000001', materialCode: 'ADDR', departmentCode: 'TAX', note: '承诺不实', foundAt: '2026-11-30T02:00:00Z', foundByName: '审批员' },
  ],
}
const NO_FALSE_COMMITMENTS = { from: '2026-11-01', to: '2026-11-30', total: 0, perDepartment: {}, findings: [] }

function gateway(answers = {}) {
  const calls = []
  vi.stubGlobal('fetch', vi.fn(async (path) => {
    calls.push(path)
    const [p, q] = path.split('?')
    const by = new URLSearchParams(q).get('by')
    const body = {
      '/api/intake/catalogue/items': CATALOGUE,
      '/api/intake/statistics/day': { casesTakenIn: 0, ticketsWaiting: 0, byPath: {} },
      '/api/approval/statistics/on-time': [],
      '/api/evaluation/statistics/satisfaction': [],
      '/api/routing/escalations': [],
      '/api/evaluation/work-orders': [],
      '/api/issuance/overdue': [{ departmentCode: 'AMR', arrivalOverdue: 1, lateHandovers: 2, noticeOverdue: 3, lateNotices: 4 }],
      '/api/evaluation/statistics/handling': HANDLING[by],
      '/api/evaluation/supervision/false-commitments': NO_FALSE_COMMITMENTS,
      ...answers,
    }[p]
    const status = body === undefined ? 404 : 200
    return { status, ok: status < 400, text: async () => (body == null ? '' : JSON.stringify(body)) }
  }))
  return calls
}

beforeEach(() => resetCatalogue())
afterEach(() => vi.unstubAllGlobals())

describe('the supervisor\'s figures beyond the department', () => {
  it('shows the issuance limits per department and handling time per dimension, in Chinese and with no code', async () => {
    const calls = gateway()
    const w = mount(SupervisorDashboard, { ...plugins('zh'), attachTo: document.body })
    await flushPromises()
    await flushPromises()
    expect(calls.some((c) => /^\/api\/issuance\/overdue\?from=\d{4}-\d\d-01&to=\d{4}-\d\d-\d\d$/.test(c))).toBe(true)
    const limits = w.find('[data-test=issuance-limits]').text()
    expect(limits).toContain('市场监督管理局')
    expect(limits).toContain('结果超期未送达')
    expect(limits).toContain('逾期移交出件窗口')
    expect(limits).toContain('超期未告知申请人')
    expect(['arrivalOverdue', 'lateHandovers', 'noticeOverdue', 'lateNotices'].map((c) => w.find(`[data-test=limit-${c}]`).text()))
      .toEqual(['1', '2', '3', '4'])
    let handling = w.find('[data-test=handling]').text()
    expect(handling).toContain('市场监督管理局')
    expect(w.find('[data-test=handling-on-time]').text()).toBe('60% (3/5)')
    expect(handling).toContain('87.5%')
    expect(handling).toContain('未达标')
    expect(w.find('[data-test=handling-export]').attributes('href')).toMatch(/^\/api\/evaluation\/statistics\/handling\/export\?by=department&from=/)

    // by item: the item by its name; by window: a take-in whose window nobody called is "unknown"
    await w.findAll('[data-test=handling-by] input').find((i) => i.element.value === 'item').setValue()
    await flushPromises()
    handling = w.find('[data-test=handling]').text()
    expect(handling).toContain('按事项')
    expect(handling).toContain('企业设立登记')
    expect(handling).not.toContain('AMR-0001')
    expect(handling).toContain('达标')
    await w.findAll('[data-test=handling-by] input').find((i) => i.element.value === 'window').setValue()
    await flushPromises()
    handling = w.find('[data-test=handling]').text()
    expect(handling).toContain('未知')
    expect(handling).not.toContain('(unknown)')
    expect(w.find('[data-test=handling-export]').attributes('href')).toContain('by=window')
    expect(calls.filter((c) => c.startsWith('/api/evaluation/statistics/handling?by=window'))).toHaveLength(1)
    expect(rawCodes(w.text())).toEqual([])
    w.unmount()
  })

  it('keeps the rest of the dashboard when a figure cannot be read', async () => {
    gateway()
    vi.stubGlobal('fetch', vi.fn(async (path) => (path.startsWith('/api/issuance/overdue')
      ? { status: 503, ok: false, text: async () => JSON.stringify({ code: 'service-unavailable', titleZh: '服务暂不可用' }) }
      : { status: 200, ok: true, text: async () => JSON.stringify(path.startsWith('/api/evaluation/statistics/handling')
        ? HANDLING.department : path.startsWith('/api/intake/statistics/day') ? { casesTakenIn: 7, byPath: {} } : []) })))
    const w = mount(SupervisorDashboard, { ...plugins('zh'), attachTo: document.body })
    await flushPromises()
    await flushPromises()
    expect(w.find('[data-test=kpi-taken]').text()).toBe('7')
    expect(w.find('[data-test=handling]').text()).toContain('87.5%')
    expect(w.text()).toContain('服务暂不可用')
    w.unmount()
  })

  it('shows the commitments found false this month: the count per department and the list, in words', async () => {
    const calls = gateway({ '/api/evaluation/supervision/false-commitments': FALSE_COMMITMENTS })
    const w = mount(SupervisorDashboard, { ...plugins('zh'), attachTo: document.body })
    await flushPromises()
    await flushPromises()
    expect(calls.some((c) => /^\/api\/evaluation\/supervision\/false-commitments\?from=\d{4}-\d\d-01&to=\d{4}-\d\d-\d\d$/.test(c))).toBe(true)
    expect(w.find('[data-test=false-commitments-heading]').text()).toBe('告知承诺不实（本月）')
    expect(w.find('[data-test=false-commitments-total]').text()).toBe('3')
    // most first: TAX (not in the catalogue, so by its code) before 市场监督管理局
    expect(w.findAll('[data-test=false-commitments-department]').map((d) => d.text())).toEqual(['TAX 2', '市场监督管理局 1'])
    const list = w.find('[data-test=false-commitment-list]').text()
    for (const words of ['办件编号', '事项', '承诺替代的材料', '部门', '核查发现时间', '不实情形', '住所证明', '市场监督管理局', '住所为虚构地址',
      '2026年11月24日 09:30:05']) expect(list).toContain(words)
    // latest first, then by case number
    expect(w.findAll('[data-test=false-commitment-note]').map((n) => n.text())).toEqual(['承诺不实', '经营场所证明不实', '住所为虚构地址'])
    expect(rawCodes(w.text())).toEqual([])
    w.unmount()
  })

  it('says so when no commitment was found false, in either language', async () => {
    gateway()
    const w = mount(SupervisorDashboard, { ...plugins('zh'), attachTo: document.body })
    await flushPromises()
    await flushPromises()
    expect(w.find('[data-test=false-commitments-total]').text()).toBe('0')
    expect(w.findAll('[data-test=false-commitments-department]')).toHaveLength(0)
    expect(w.find('[data-test=false-commitment-list]').text()).toContain('本月未发现告知承诺不实')
    w.unmount()
    const en = mount(SupervisorDashboard, { ...plugins('en'), attachTo: document.body })
    await flushPromises()
    await flushPromises()
    expect(en.find('[data-test=false-commitments-heading]').text()).toBe('Commitments found false (this month)')
    expect(en.find('[data-test=false-commitment-list]').text()).toContain('No commitment found false this month')
    en.unmount()
  })
})

describe('the commitments found false, as the dashboard shows them', () => {
  it('counts per department, most first, and lists the findings latest first', () => {
    const f = falseCommitmentFigures(FALSE_COMMITMENTS)
    expect(f.total).toBe(3)
    expect(f.perDepartment).toEqual([{ departmentCode: 'TAX', count: 2 }, { departmentCode: 'AMR', count: 1 }])
    expect(f.findings.map((x) => x.caseId)).toEqual(['DX-20261130-000001', 'DX-20261130-000002', 'DX-20261124-000001'])
    expect(f.findings[2]).toEqual({ caseId: 'DX-20261124-000001', itemCode: null, itemName: null, materialCode: 'ADDR',
      departmentCode: 'AMR', foundAt: '2026-11-24T01:30:05Z', note: '住所为虚构地址', foundByName: '审批员' })
  })
  it('counts the findings when the answer has no counts, and ties on count by department code', () => {
    const f = falseCommitmentFigures({ findings: [
      { caseId: 'DX-2', materialCode: 'ADDR', departmentCode: 'TAX', foundAt: '2026-11-02T00:00:00Z' },
      { caseId: 'DX-1', materialCode: 'ADDR', departmentCode: 'AMR', foundAt: '2026-11-01T00:00:00Z', itemCode: 'AMR-0001' },
    ] })
    expect(f.total).toBe(2)
    expect(f.perDepartment).toEqual([{ departmentCode: 'AMR', count: 1 }, { departmentCode: 'TAX', count: 1 }])
    expect(f.findings[1]).toMatchObject({ caseId: 'DX-1', itemCode: 'AMR-0001', note: '' })
  })
  it('is none before the answer, and zero for an answer with no finding', () => {
    expect(falseCommitmentFigures(null)).toEqual({ total: null, perDepartment: [], findings: [] })
    expect(falseCommitmentFigures({ total: 0, perDepartment: {}, findings: [] })).toEqual({ total: 0, perDepartment: [], findings: [] })
  })
})
