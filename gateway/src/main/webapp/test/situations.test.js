import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createI18n } from 'vue-i18n'
import { createMemoryHistory, createRouter } from 'vue-router'
import { messages } from '../src/i18n'
import { resetCatalogue } from '../src/catalogue'
import { allAnswered, answersQuery, checklistPath, forSituation, hasSituations, situationFor } from '../src/domain/situations'
import SituationQuestions from '../src/components/SituationQuestions.vue'
import ApplicantApp from '../src/views/applicant/ApplicantApp.vue'
import { APPLICANT_ROUTES } from '../src/views/applicant/routes'
import { resetSession } from '../src/views/applicant/session'

// 多情形受理 (#24): the demo's AMR-0008 in small — 办理类型 新设 / 变更 / 注销, each its own materials and limits
const QUESTIONS = [{ code: 'TYPE', text: '办理类型', options: [
  { code: 'NEW', label: '新设' }, { code: 'CHANGE', label: '变更' }, { code: 'CANCEL', label: '注销' }] }]
const M = (code, name) => ({ code, name, key: code !== 'POA', copies: 1 })
const MATERIALS = [M('APP', '药品经营许可证申请表'), M('BL', '营业执照'), M('LICENCE', '药品经营许可证正、副本'), M('POA', '授权委托书')]
const DEF = { code: 'AMR-0008', name: '药品零售企业经营许可', materials: MATERIALS, promisedDays: 10, statutoryDays: 20, questions: QUESTIONS,
  situations: [
    { code: 'NEW', name: '新设', when: { TYPE: 'NEW' }, materials: ['APP', 'BL', 'POA'], statutoryDays: 20, promisedDays: 10 },
    { code: 'CANCEL', name: '注销', when: { TYPE: 'CANCEL' }, materials: ['APP', 'LICENCE', 'POA'], statutoryDays: 10, promisedDays: 1 }] }
const checklistOf = (code, name, materials, promisedDays, statutoryDays) => ({ itemCode: 'AMR-0008', itemName: DEF.name, version: 1,
  questions: QUESTIONS, answers: { TYPE: code }, situation: { code, name, when: { TYPE: code } },
  materials: MATERIALS.filter((m) => materials.includes(m.code)), promisedDays, statutoryDays })
const NEW = checklistOf('NEW', '新设', ['APP', 'BL', 'POA'], 10, 20)
const CANCEL = checklistOf('CANCEL', '注销', ['APP', 'LICENCE', 'POA'], 1, 10)

const i18n = (locale = 'zh') => createI18n({ legacy: false, locale, messages })

/** The gateway, answering by path (a function of it); every call is kept. */
function gateway(answer) {
  const calls = []
  vi.stubGlobal('fetch', vi.fn(async (path, init = {}) => {
    calls.push({ path, method: init.method || 'GET', body: init.body ? JSON.parse(init.body) : undefined })
    const [status, body] = answer(path)
    return { status, ok: status < 400, text: async () => JSON.stringify(body) }
  }))
  return calls
}

beforeEach(() => { resetSession(); resetCatalogue(); sessionStorage.clear() })
afterEach(() => { vi.unstubAllGlobals(); document.body.innerHTML = '' })

describe('situations, as the take-in form and the guide ask for them', () => {
  it('answers every question before a checklist is asked for, in the form the service reads', () => {
    expect(hasSituations(DEF)).toBe(true)
    expect(hasSituations({ ...DEF, situations: [] })).toBe(false)
    expect(allAnswered(QUESTIONS, {})).toBe(false)
    expect(allAnswered(QUESTIONS, { TYPE: 'MERGE' })).toBe(false)
    expect(allAnswered(QUESTIONS, { TYPE: 'NEW' })).toBe(true)
    expect(allAnswered([], {})).toBe(false)
    const two = [...QUESTIONS, { code: 'KIND', text: '主体类型', options: [{ code: 'CORP', label: '企业' }] }]
    expect(answersQuery(two, { KIND: 'CORP', TYPE: 'NEW', OTHER: 'X' })).toBe('TYPE:NEW,KIND:CORP')
    expect(checklistPath('AMR-0008', QUESTIONS, { TYPE: 'NEW' })).toBe('/api/intake/catalogue/items/AMR-0008/checklist?answers=TYPE%3ANEW')
    expect(checklistPath('AMR-0008', QUESTIONS, {}, { guide: true })).toBe('/api/intake/guide/items/AMR-0008/checklist')
  })

  it('takes the situation\'s materials and limits in place of the item\'s, and names its code', () => {
    const d = forSituation(DEF, CANCEL)
    expect(d.materials.map((m) => m.code)).toEqual(['APP', 'LICENCE', 'POA'])
    expect([d.promisedDays, d.statutoryDays, d.situationCode]).toEqual([1, 10, 'CANCEL'])
    expect(forSituation(DEF, null)).toBe(DEF)
    expect(forSituation({ ...DEF, code: 'AMR-0001' }, CANCEL).materials).toHaveLength(4) // another item's checklist
    const plain = { code: 'AMR-0001', materials: [] }
    expect(situationFor([plain], {})).toBeNull()
    expect(situationFor([plain, DEF], {})).toBeUndefined()
    expect(situationFor([plain, DEF], { 'AMR-0008': CANCEL })).toBe('CANCEL')
  })

  it('asks the window\'s checklist once every question is answered, and shows the situation in Chinese', async () => {
    const calls = gateway((p) => [200, p.includes('TYPE%3ACANCEL') ? CANCEL : NEW])
    const w = mount(SituationQuestions, { props: { itemCode: 'AMR-0008', questions: QUESTIONS, showMaterials: true },
      global: { plugins: [i18n(), ElementPlus] } })
    expect(w.text()).toContain('办理类型')
    expect(w.text()).toContain('新设')
    expect(w.find('[data-test=situation-pending]').text()).toBe('请先回答全部情形问题')
    expect(calls).toHaveLength(0) // the questions came with the window's catalogue
    await w.find('[data-test=situation-option-TYPE-CANCEL] input').setValue(true)
    await flushPromises()
    expect(calls.map((c) => c.path)).toEqual(['/api/intake/catalogue/items/AMR-0008/checklist?answers=TYPE%3ACANCEL'])
    expect(w.find('[data-test=situation-chosen]').text()).toContain('办理情形：注销')
    expect(w.find('[data-test=situation-limits]').text()).toBe('承诺时限 1 个工作日 · 法定时限 10 个工作日')
    expect(w.find('[data-test=situation-materials]').text()).toContain('药品经营许可证正、副本')
    expect(w.find('[data-test=situation-materials]').text()).not.toContain('营业执照')
    const emitted = w.emitted('checklist')
    expect(emitted[emitted.length - 1][0].situation.code).toBe('CANCEL')
  })

  it('shows the service\'s refusal (answers that choose no situation) and no checklist', async () => {
    gateway(() => [422, { status: 422, code: 'no-situation', detailZh: '所答情况不对应事项AMR-0008的任何情形' }])
    const w = mount(SituationQuestions, { props: { itemCode: 'AMR-0008', questions: QUESTIONS },
      global: { plugins: [i18n(), ElementPlus] } })
    await w.find('[data-test=situation-option-TYPE-NEW] input').setValue(true)
    await flushPromises()
    expect(w.find('[data-test=problem]').text()).toContain('不对应事项AMR-0008的任何情形')
    expect(w.find('[data-test=situation-chosen]').exists()).toBe(false)
    expect(w.emitted('checklist').at(-1)[0]).toBeNull()
  })
})

describe('the applicant\'s guide page of an item with situations', () => {
  const ITEM = { ...DEF, departmentName: '市场监督管理局', itemType: 'PROMISED', serves: ['ORGANISATION'], deliveryModes: ['PICKUP'],
    channels: ['WINDOW'], faq: [], lists: [], version: 1, legalBasis: '《药品管理法》' }

  it('asks the questions without a login and lists only the chosen situation\'s materials', async () => {
    const calls = gateway((p) => {
      if (p === '/api/me') return [401, { title: 'Unauthorized' }]
      if (p === '/api/intake/guide/items/AMR-0008') return [200, ITEM]
      if (p === '/api/intake/guide/items/AMR-0008/checklist') return [200, { itemCode: 'AMR-0008', questions: QUESTIONS, answers: {} }]
      if (p === '/api/intake/guide/items/AMR-0008/checklist?answers=TYPE%3ACANCEL') return [200, CANCEL]
      return [404, { title: 'Not Found' }]
    })
    const router = createRouter({ history: createMemoryHistory(), routes: APPLICANT_ROUTES })
    router.push('/guide/AMR-0008')
    await router.isReady()
    const w = mount(ApplicantApp, { global: { plugins: [router, i18n(), ElementPlus] }, attachTo: document.body })
    await flushPromises()
    expect(w.findAll('[data-test^=guide-material-]').length).toBe(4) // before an answer: every material of the item
    expect(w.text()).toContain('办理类型')
    await w.find('[data-test=situation-option-TYPE-CANCEL] input').setValue(true)
    await flushPromises()
    expect(calls.map((c) => c.path)).toContain('/api/intake/guide/items/AMR-0008/checklist?answers=TYPE%3ACANCEL')
    expect(w.findAll('[data-test^=guide-material-]').map((m) => m.attributes('data-test')))
      .toEqual(['guide-material-APP', 'guide-material-LICENCE', 'guide-material-POA'])
    expect(w.text()).toContain('本情形所需材料')
    expect(w.text()).toContain('办理情形：注销')
  })
})

describe('the window\'s take-in of an item with situations', () => {
  it('asks the questions with the item, checks the situation\'s materials and names the situation in the take-in', async () => {
    const calls = gateway((p) => {
      if (p === '/api/intake/catalogue/items') return [200, [{ code: 'AMR-0008', version: 1, definition: DEF }]]
      if (p.startsWith('/api/intake/catalogue/items/AMR-0008/checklist')) return [200, p.includes('CANCEL') ? CANCEL : NEW]
      if (p === '/api/intake/cases') {
        const intakeCase = { caseId: 'DX-20261214-000001', itemCode: 'AMR-0008', situationCode: 'CANCEL', situationName: '注销' }
        return [201, { outcome: 'ACCEPTED_ON_SPOT', cases: [{ intakeCase, path: 'ACCEPTED_ON_SPOT' }], intakeCase }]
      }
      if (p.startsWith('/api/intake/catalogue/related')) return [200, []]
      if (p === '/api/intake/credit/lookup') return [200, { prompts: [] }]
      return [200, []]
    })
    const { default: WindowWorkspace } = await import('../src/views/WindowWorkspace.vue')
    const w = mount(WindowWorkspace, { global: { plugins: [i18n(), ElementPlus] }, attachTo: document.body })
    await flushPromises()
    await w.find('[data-test=applicant-name]').setValue('情形测试')
    await w.find('[data-test=applicant-id]').setValue('11010519491231002X')
    await w.find('[data-test=next]').trigger('submit')
    await flushPromises()
    await w.find('[data-test=item-search]').setValue('AMR-0008')
    await w.find('[data-test=item-search]').trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(w.find('[data-test=situation-questions-AMR-0008]').text()).toContain('办理类型')
    const next = () => w.findAll('[data-test=next]').filter((b) => b.isVisible())[0].trigger('click')
    await next() // no situation yet: the form stays on the items
    await flushPromises()
    expect(w.find('[data-test=checklist]').isVisible()).toBe(false)
    await w.find('[data-test=situation-option-TYPE-CANCEL] input').setValue(true)
    await flushPromises()
    await next()
    await flushPromises()
    const rows = w.findAll('[data-test=checklist] [data-test^=material-]').map((r) => r.attributes('data-test'))
    expect(rows).toEqual(['material-APP', 'material-LICENCE', 'material-POA'])
    await next()
    await flushPromises()
    await w.find('[data-test=take-in]').trigger('submit')
    await flushPromises()
    const takeIn = calls.find((c) => c.method === 'POST' && c.path === '/api/intake/cases')
    expect(takeIn.body.itemCode).toBe('AMR-0008')
    expect(takeIn.body.situationCode).toBe('CANCEL')
    expect(takeIn.body.materials.map((m) => m.code)).toEqual(['APP', 'LICENCE', 'POA'])
    expect(w.find('[data-test=case-situation]').text()).toBe('· 办理情形：注销')
    w.unmount()
  })
})
