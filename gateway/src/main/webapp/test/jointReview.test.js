import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createI18n } from 'vue-i18n'
import { messages } from '../src/i18n'
import { resetCatalogue } from '../src/catalogue'
import { rawCodes } from '../e2e/raw-codes.mjs'
import { canForward, canGiveOpinion, decidesItself, leadMustWait, ownOpinion, reasonsMissing } from '../src/domain/joint'
import JointReviewPanel from '../src/components/JointReviewPanel.vue'

// #24 item 2: 联审联办 and 上报件 in the review workspace — a co-department gives its opinion once, the lead sees every
// opinion and waits for them, the department of a forwarded item forwards with its opinion and sees both clock parts.

const plugins = { global: { plugins: [createI18n({ legacy: false, locale: 'zh', messages }), ElementPlus] } }
const CATALOGUE = [
  { code: 'AMR-0031', departmentName: '市场监督管理局', version: 1, definition: { code: 'AMR-0031', name: '旅馆业开办联审联办', departmentCode: 'AMR', materials: [] } },
  { code: 'TAX-0001', departmentName: '税务局', version: 1, definition: { code: 'TAX-0001', name: '税务登记', departmentCode: 'TAX', materials: [] } },
  { code: 'PSB-0001', departmentName: '公安局', version: 1, definition: { code: 'PSB-0001', name: '公章刻制备案', departmentCode: 'PSB', materials: [] } },
]

const opinion = (departmentCode, state, extra = {}) => ({ departmentCode, state, opinion: null, reasons: null, recordedAt: null, late: null, ...extra })
const JOINT = (part, opinions, extra = {}) => ({
  caseId: 'DX-20261123-000007', kind: 'JOINT', status: 'QUEUED', leadDepartmentCode: 'AMR', part, leadMayDecide: false,
  opinions, pendingDepartments: opinions.filter((o) => o.state === 'PENDING').map((o) => o.departmentCode), clockParts: [], ...extra,
})
const FORWARDED = (forwardedAt) => ({
  caseId: 'DX-20261123-000008', kind: 'FORWARDED', status: 'QUEUED', leadDepartmentCode: 'AMR', part: 'FIRST_INSTANCE', opinions: [],
  forwarding: { authorityCode: 'HBAMR', authorityName: '河北省市场监督管理局', firstInstanceDays: 10, authorityDays: 20, forwardedAt,
    opinion: forwardedAt ? 'AGREE' : null, reasons: forwardedAt ? '符合条件' : null, authorityDueAt: forwardedAt ? '2026-12-23T16:00:00Z' : null },
  clockParts: [
    { part: 'FIRST_INSTANCE', limitDays: 10, due: '2026-12-07T16:00:00Z', usedDays: 2, state: forwardedAt ? 'ON_TIME' : 'RUNNING' },
    { part: 'AUTHORITY_DECISION', limitDays: 20, due: forwardedAt ? '2026-12-23T16:00:00Z' : null, usedDays: null, state: forwardedAt ? 'RUNNING' : 'WAITING' },
  ],
})

function gateway(routes) {
  const calls = []
  vi.stubGlobal('fetch', vi.fn(async (path, init = {}) => {
    const method = init.method || 'GET'
    calls.push({ path, method, body: init.body ? JSON.parse(init.body) : undefined })
    const route = [...routes, ['GET', '/api/intake/catalogue/items', CATALOGUE]]
      .find(([m, p]) => method === m && (path === p || path.startsWith(p + '?')))
    const body = route ? route[2] : { code: 'not-found', detail: 'not found' }
    const status = route ? route[3] || 200 : 404
    return { status, ok: status < 400, text: async () => JSON.stringify(body) }
  }))
  return calls
}

afterEach(() => {
  vi.unstubAllGlobals()
  resetCatalogue()
})

describe('the joint review rules', () => {
  it('lets a co-department give its opinion once, while the case is open', () => {
    const view = JOINT('JOINT_OPINION', [opinion('TAX', 'PENDING'), opinion('PSB', 'GIVEN', { opinion: 'AGREE' })])
    expect(ownOpinion(view, 'TAX').state).toBe('PENDING')
    expect(canGiveOpinion(view, 'TAX')).toBe(true)
    expect(canGiveOpinion(view, 'PSB')).toBe(false)
    expect(canGiveOpinion({ ...view, status: 'APPROVED' }, 'TAX')).toBe(false)
    expect(canGiveOpinion(JOINT('DECISION', view.opinions), 'AMR')).toBe(false)
  })

  it('makes the lead wait for the opinions, and only the authority decides a forwarded case', () => {
    expect(leadMustWait(JOINT('DECISION', [opinion('TAX', 'PENDING')]))).toBe(true)
    expect(leadMustWait(JOINT('DECISION', [], { leadMayDecide: true }))).toBe(false)
    expect(decidesItself('DECISION')).toBe(true)
    expect(decidesItself('AUTHORITY_DECISION')).toBe(true)
    expect(decidesItself('JOINT_OPINION')).toBe(false)
    expect(decidesItself('FIRST_INSTANCE')).toBe(false)
    expect(canForward(FORWARDED(null))).toBe(true)
    expect(canForward(FORWARDED('2026-11-25T02:00:00Z'))).toBe(false)
    expect(reasonsMissing('JOINT', 'AGREE', '')).toBe(false)
    expect(reasonsMissing('JOINT', 'DISAGREE', ' ')).toBe(true)
    expect(reasonsMissing('FORWARDED', 'AGREE', '')).toBe(true)
  })
})

describe('JointReviewPanel', () => {
  it('shows the co-department its form, in words, and sends its opinion once', async () => {
    const pending = JOINT('JOINT_OPINION', [opinion('PSB', 'PENDING'), opinion('TAX', 'PENDING')])
    const given = JOINT('JOINT_OPINION', [opinion('PSB', 'PENDING'), opinion('TAX', 'GIVEN', { opinion: 'DISAGREE', reasons: '欠税未清', recordedAt: '2026-11-24T02:00:00Z' })])
    const calls = gateway([
      ['GET', '/api/approval/cases/DX-20261123-000007/joint-review', pending],
      ['POST', '/api/approval/cases/DX-20261123-000007/joint-opinion', given],
    ])
    const w = mount(JointReviewPanel, { props: { caseId: 'DX-20261123-000007', department: 'TAX' }, ...plugins })
    await flushPromises()
    expect(w.find('[data-test=joint-part]').text()).toBe('联审协办意见')
    expect(w.find('[data-test=opinion-TAX]').text()).toBe('待提出意见')
    expect(rawCodes(w.text())).toEqual([])
    await w.find('[data-test=opinion-choice-DISAGREE] input').setValue(true)
    // a disagreement needs its reasons before it can be sent
    expect(w.find('[data-test=give-opinion]').attributes('disabled')).toBeDefined()
    await w.find('textarea[data-test=joint-reasons]').setValue('欠税未清')
    await w.find('[data-test=give-opinion]').trigger('click')
    await flushPromises()
    const sent = calls.filter((c) => c.method === 'POST')
    expect(sent).toEqual([{ path: '/api/approval/cases/DX-20261123-000007/joint-opinion', method: 'POST', body: { opinion: 'DISAGREE', reasons: '欠税未清' } }])
    expect(w.find('[data-test=opinion-TAX]').text()).toBe('不同意')
    expect(w.find('[data-test=joint-form]').exists()).toBe(false)
    expect(rawCodes(w.text())).toEqual([])
  })

  it('shows the lead every opinion and that it must wait', async () => {
    gateway([['GET', '/api/approval/cases/DX-20261123-000007/joint-review',
      JOINT('DECISION', [opinion('PSB', 'PENDING'), opinion('TAX', 'GIVEN', { opinion: 'AGREE', late: true })])]])
    const w = mount(JointReviewPanel, { props: { caseId: 'DX-20261123-000007', department: 'AMR' }, ...plugins })
    await flushPromises()
    expect(w.find('[data-test=opinion-TAX]').text()).toContain('同意')
    expect(w.text()).toContain('逾期')
    expect(w.find('[data-test=joint-gate]').text()).toContain('须待全部协办意见到齐')
    expect(w.find('[data-test=joint-form]').exists()).toBe(false)
    expect(rawCodes(w.text())).toEqual([])
  })

  it('forwards a forwarded item with the first-instance opinion and shows both clock parts', async () => {
    const calls = gateway([
      ['GET', '/api/approval/cases/DX-20261123-000008/joint-review', FORWARDED(null)],
      ['POST', '/api/approval/cases/DX-20261123-000008/forwarding', FORWARDED('2026-11-25T02:00:00Z')],
    ])
    const w = mount(JointReviewPanel, { props: { caseId: 'DX-20261123-000008', department: 'AMR' }, ...plugins })
    await flushPromises()
    expect(w.find('[data-test=part-state-FIRST_INSTANCE]').text()).toBe('办理中')
    expect(w.find('[data-test=part-state-AUTHORITY_DECISION]').text()).toBe('未开始')
    expect(w.find('[data-test=forward]').attributes('disabled')).toBeDefined()
    await w.find('textarea[data-test=joint-reasons]').setValue('符合条件')
    await w.find('[data-test=forward]').trigger('click')
    await flushPromises()
    expect(calls.filter((c) => c.method === 'POST').map((c) => [c.path, c.body]))
      .toEqual([['/api/approval/cases/DX-20261123-000008/forwarding', { opinion: 'AGREE', reasons: '符合条件' }]])
    expect(w.find('[data-test=part-state-FIRST_INSTANCE]').text()).toBe('按时完成')
    expect(w.find('[data-test=forwarded]').text()).toContain('同意')
    expect(w.text()).toContain('河北省市场监督管理局')
    expect(w.text()).toContain('已上报，由上级机关作出决定')
    expect(rawCodes(w.text())).toEqual([])
  })

  it('stays empty for an ordinary case', async () => {
    gateway([])
    const w = mount(JointReviewPanel, { props: { caseId: 'DX-20261123-000009', department: 'AMR' }, ...plugins })
    await flushPromises()
    expect(w.find('[data-test=joint-review]').exists()).toBe(false)
  })
})
