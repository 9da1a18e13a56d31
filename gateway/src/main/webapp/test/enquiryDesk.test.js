import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createI18n } from 'vue-i18n'
import { messages } from '../src/i18n'
import { resetCatalogue } from '../src/catalogue'
import { homeFor, workspacesFor } from '../src/domain/posts'
import { canAnswer, canVisit, coverageText, enquiryReady, faqEdited, previousMonth, visitBody, visitReady } from '../src/domain/enquiries'
import { rawCodes } from '../e2e/raw-codes.mjs'
import EnquiryDesk from '../src/views/EnquiryDesk.vue'
import EnquiryAnswerDesk from '../src/views/EnquiryAnswerDesk.vue'
import FaqApprovalDesk from '../src/views/FaqApprovalDesk.vue'

// 咨询答复 (#24 item 5): the enquiry desk takes enquiries down for the item's department, visits back and proposes
// answered ones for the FAQ in edited wording; the department answers its own; the hall admin approves the FAQ entry.
// In words (no code on screen), each act sent once to the evaluation service, which decides.

const i18n = (locale = 'zh') => createI18n({ legacy: false, locale, messages })
const plugins = { global: { plugins: [i18n('zh'), ElementPlus] } }

const GUIDE_ITEMS = [{ code: 'AMR-0001', name: '企业设立登记', departmentCode: 'AMR', departmentName: '市场监督管理局' }]
const ANSWERED = {
  number: 'ZX-20260615-000007', status: 'ANSWERED', source: 'HALL', forwardedBy: '九州镇便民服务站', itemCode: 'AMR-0001',
  itemName: '企业设立登记', departmentCode: 'AMR', question: '个体户变更经营范围要带什么材料？', enquirerName: '孙先生',
  phone: '13912345678', phoneMasked: '139****5678', receivedBy: '罗勇', receivedAt: '2026-06-15T02:00:00Z',
  dueAt: '2026-06-18T16:00:00Z', dueProvisional: false, answer: '需带营业执照正本和变更申请书', answeredBy: '周芳',
  answeredAt: '2026-06-17T03:00:00Z', answeredLate: false, escalatedAt: null, visitAttempts: 0, visitReached: null,
}
const OPEN = { ...ANSWERED, number: 'ZX-20260615-000008', status: 'ESCALATED', answer: null, answeredAt: null, answeredBy: null,
  escalatedAt: '2026-06-18T16:00:00Z', phone: null }

/** The gateway, answering by method and path; every call is kept. */
function gateway(routes) {
  const calls = []
  vi.stubGlobal('fetch', vi.fn(async (path, init = {}) => {
    const method = init.method || 'GET'
    calls.push({ path, method, body: init.body ? JSON.parse(init.body) : undefined })
    const route = [...routes, ['GET', '/api/intake/catalogue/items', []]]
      .find(([m, p]) => method === m && (path === p || path.startsWith(p + '?')))
    const body = route ? (typeof route[2] === 'function' ? route[2](path, init) : route[2]) : null
    const status = route ? route[3] || 200 : 404
    return { status, ok: status < 400, text: async () => (body == null ? '' : JSON.stringify(body)) }
  }))
  return calls
}
const posts = (calls) => calls.filter((c) => c.method === 'POST')
const field = (w, name) => {
  const el = w.find(`[data-test=${name}]`)
  return ['INPUT', 'TEXTAREA'].includes(el.element.tagName) ? el : el.find('input, textarea')
}

beforeEach(() => resetCatalogue())
afterEach(() => vi.unstubAllGlobals())

describe('the enquiry rules the desk checks before sending', () => {
  it('needs the forwarding hall or department for a forwarded enquiry, and a phone to call back', () => {
    const form = { source: 'HOTLINE', itemCode: 'AMR-0001', question: '问', enquirerName: '甲', phone: '13912345678', forwardedBy: '' }
    expect(enquiryReady(form)).toBe(true)
    expect(enquiryReady({ ...form, source: 'HALL' })).toBe(false)
    expect(enquiryReady({ ...form, source: 'HALL', forwardedBy: '九州镇便民服务站' })).toBe(true)
    expect(enquiryReady({ ...form, phone: '0316-5551234' })).toBe(true)
    expect(enquiryReady({ ...form, phone: '12345' })).toBe(false)
    expect(enquiryReady({ ...form, itemCode: '' })).toBe(false)
  })

  it('visits back after the answer until a visit reached the enquirer, with their rating only then', () => {
    expect(canVisit(OPEN)).toBe(false)
    expect(canVisit(ANSWERED)).toBe(true)
    expect(canVisit({ ...ANSWERED, visitReached: true })).toBe(false)
    expect(visitBody({ reached: false, satisfaction: 4, note: ' 无人接听 ' })).toEqual({ reached: false, note: '无人接听' })
    expect(visitBody({ reached: true, satisfaction: 4, channel: 'SMS' })).toEqual({ reached: true, satisfaction: 4, channel: 'SMS' })
    expect(visitReady({ reached: true, satisfaction: 0 })).toBe(false)
    expect(visitReady({ reached: false })).toBe(true)
  })

  it('takes an FAQ entry only in wording of its own, and lets a department answer its own enquiries', () => {
    expect(faqEdited(ANSWERED, '变更经营范围需要哪些材料？', '营业执照正本、变更登记申请书。')).toBe(true)
    expect(faqEdited(ANSWERED, '个体户变更经营范围，要带什么材料', '营业执照正本。')).toBe(false)
    expect(faqEdited(ANSWERED, '变更经营范围需要哪些材料？', '需带营业执照正本和变更申请书。')).toBe(false)
    expect(canAnswer(OPEN, { department: 'AMR' })).toBe(true)
    expect(canAnswer(OPEN, { department: 'TAX' })).toBe(false)
    expect(canAnswer(ANSWERED, { department: 'AMR' })).toBe(false)
  })

  it('reads the return visits of the month before, and writes the coverage with its counts', () => {
    expect(previousMonth('2026-01-15')).toBe('2025-12')
    expect(previousMonth('2026-07-01')).toBe('2026-06')
    expect(coverageText({ coverage: 33.3, visited: 1, due: 3 })).toBe('33.3% (1/3)')
    expect(coverageText({ coverage: null, visited: 0, due: 0 })).toBe('—')
  })
})

describe('the menu', () => {
  it('gives the enquiry desk its own workspace as its home, the department the enquiries to answer, the admin the FAQ approval', () => {
    expect(workspacesFor(['enquiry-desk']).map((w) => w.key)).toEqual(['enquiryDesk'])
    expect(homeFor(['enquiry-desk'])).toBe('/enquiry-desk')
    expect(workspacesFor(['department-reviewer']).map((w) => w.key)).toContain('enquiryAnswers')
    expect(workspacesFor(['hall-admin']).map((w) => w.key)).toContain('faqApproval')
    expect(workspacesFor(['window-clerk']).map((w) => w.key)).not.toContain('enquiryDesk')
  })
})

describe('the enquiry desk (咨询答复岗)', () => {
  it('lists the enquiries in words, visits one back that was not reached, and proposes it for the FAQ in edited wording', async () => {
    const calls = gateway([
      ['GET', '/api/intake/guide/items', GUIDE_ITEMS],
      ['GET', '/api/evaluation/enquiries', [ANSWERED, OPEN]],
      ['GET', '/api/evaluation/return-visits', []],
      ['POST', `/api/evaluation/enquiries/${ANSWERED.number}/return-visit`, { ...ANSWERED, visitAttempts: 1, visitReached: false }],
      ['POST', `/api/evaluation/enquiries/${ANSWERED.number}/faq-proposal`, { id: 3, status: 'PENDING' }, 201],
    ])
    const w = mount(EnquiryDesk, { props: { me: { posts: ['enquiry-desk'] } }, ...plugins, attachTo: document.body })
    await flushPromises()
    expect(calls.find((c) => c.path.startsWith('/api/evaluation/enquiries')).path).toBe('/api/evaluation/enquiries?open=false')
    const text = w.text()
    expect(text).toContain('已答复，待回访')
    expect(text).toContain('超期督办')
    expect(text).toContain('市场监督管理局')
    expect(rawCodes(text)).toEqual([])

    await w.find('[data-test=enquiries] tbody tr').trigger('click')
    await flushPromises()
    expect(w.find('[data-test=enquiry-detail]').text()).toContain('其他大厅转来 · 九州镇便民服务站')
    // not reached: no rating is sent
    await w.findAll('[data-test=visit-reached] label')[1].trigger('click')
    await flushPromises()
    await w.find('[data-test=visit-save]').trigger('click')
    await flushPromises()
    expect(posts(calls)[0]).toMatchObject({ path: `/api/evaluation/enquiries/${ANSWERED.number}/return-visit`, body: { reached: false } })

    // the raw question refused on screen before it is sent; an edited one sent
    await field(w, 'faq-question').setValue('个体户变更经营范围要带什么材料？')
    await field(w, 'faq-answer').setValue('营业执照正本、变更登记申请书。')
    expect(w.find('[data-test=faq-propose]').attributes('disabled')).toBeDefined()
    expect(w.find('[data-test=faq-not-edited]').exists()).toBe(true)
    await field(w, 'faq-question').setValue('变更经营范围需要哪些材料？')
    await w.find('[data-test=faq-propose]').trigger('click')
    await flushPromises()
    expect(posts(calls)[1]).toMatchObject({ path: `/api/evaluation/enquiries/${ANSWERED.number}/faq-proposal`,
      body: { question: '变更经营范围需要哪些材料？', answer: '营业执照正本、变更登记申请书。' } })
    w.unmount()
  })

  it('takes a hotline enquiry down for the chosen item, and only once the form is complete', async () => {
    const calls = gateway([
      ['GET', '/api/intake/guide/items', GUIDE_ITEMS],
      ['GET', '/api/evaluation/enquiries', []],
      ['GET', '/api/evaluation/return-visits', []],
      ['POST', '/api/evaluation/enquiries', { ...OPEN, status: 'OPEN', escalatedAt: null }, 201],
    ])
    const w = mount(EnquiryDesk, { props: { me: { posts: ['enquiry-desk'] } }, ...plugins, attachTo: document.body })
    await flushPromises()
    await field(w, 'enquiry-question').setValue('营业执照遗失如何补办？')
    await field(w, 'enquiry-name').setValue('孙先生')
    await field(w, 'enquiry-phone').setValue('13912345678')
    expect(w.find('[data-test=enquiry-save]').attributes('disabled')).toBeDefined()
    w.findComponent('[data-test=enquiry-item]').vm.$emit('update:modelValue', 'AMR-0001')
    await flushPromises()
    await w.find('[data-test=enquiry-save]').trigger('click')
    await flushPromises()
    expect(posts(calls)).toEqual([{ path: '/api/evaluation/enquiries', method: 'POST', body: {
      source: 'HOTLINE', itemCode: 'AMR-0001', question: '营业执照遗失如何补办？', enquirerName: '孙先生', phone: '13912345678' } }])
    w.unmount()
  })
})

describe('the department\'s enquiries (咨询工单)', () => {
  it('answers its own open enquiry in writing', async () => {
    const calls = gateway([
      ['GET', '/api/evaluation/enquiries', [OPEN]],
      ['POST', `/api/evaluation/enquiries/${OPEN.number}/answer`, { ...OPEN, status: 'ANSWERED', answer: '可补领', answeredAt: '2026-06-19T01:00:00Z' }],
    ])
    const w = mount(EnquiryAnswerDesk, { props: { me: { department: 'AMR', posts: ['chief-representative'] } }, ...plugins, attachTo: document.body })
    await flushPromises()
    expect(calls.filter((c) => c.path.startsWith('/api/evaluation')).map((c) => c.path)).toEqual(['/api/evaluation/enquiries?open=true'])
    await w.find('[data-test=department-enquiries] tbody tr').trigger('click')
    await flushPromises()
    expect(w.find('[data-test=enquiry-escalated]').text()).toBe('已超期，已升级督办')
    expect(rawCodes(w.text())).toEqual([])
    await field(w, 'enquiry-answer-text').setValue('可在公示系统发布遗失公告后申请补领')
    await w.find('[data-test=enquiry-answer-send]').trigger('click')
    await flushPromises()
    expect(posts(calls)).toEqual([{ path: `/api/evaluation/enquiries/${OPEN.number}/answer`, method: 'POST',
      body: { answer: '可在公示系统发布遗失公告后申请补领' } }])
    w.unmount()
  })

  it('offers no answer form for another department\'s enquiry', async () => {
    gateway([['GET', '/api/evaluation/enquiries', [OPEN]]])
    const w = mount(EnquiryAnswerDesk, { props: { me: { department: 'TAX', posts: ['department-reviewer'] } }, ...plugins, attachTo: document.body })
    await flushPromises()
    await w.find('[data-test=department-enquiries] tbody tr').trigger('click')
    await flushPromises()
    expect(w.find('[data-test=enquiry-answer-text]').exists()).toBe(false)
    w.unmount()
  })
})

describe('the hall admin\'s FAQ approval (常见问题审核)', () => {
  const PROPOSAL = { id: 3, status: 'PENDING', enquiryNumber: ANSWERED.number, itemCode: 'AMR-0001', itemName: '企业设立登记',
    question: '变更经营范围需要哪些材料？', answer: '营业执照正本、变更登记申请书。', enquiryQuestion: ANSWERED.question,
    departmentAnswer: ANSWERED.answer, proposedBy: '罗勇', proposedAt: '2026-06-19T01:00:00Z' }

  it('approves in the admin\'s own wording, and rejects only with a reason', async () => {
    const calls = gateway([
      ['GET', '/api/evaluation/faq-proposals', [PROPOSAL]],
      ['POST', '/api/evaluation/faq-proposals/3/approval', { ...PROPOSAL, status: 'APPROVED' }],
    ])
    const w = mount(FaqApprovalDesk, { props: { me: { posts: ['hall-admin'] } }, ...plugins, attachTo: document.body })
    await flushPromises()
    expect(w.text()).toContain('待审核')
    expect(w.text()).toContain(ANSWERED.question)
    expect(rawCodes(w.text())).toEqual([])
    expect(w.find('[data-test=faq-reject-3]').attributes('disabled')).toBeDefined()
    await field(w, 'faq-q-3').setValue('变更经营范围带什么材料？')
    await w.find('[data-test=faq-approve-3]').trigger('click')
    await flushPromises()
    expect(posts(calls)).toEqual([{ path: '/api/evaluation/faq-proposals/3/approval', method: 'POST',
      body: { decision: 'APPROVE', question: '变更经营范围带什么材料？', answer: '营业执照正本、变更登记申请书。' } }])
    w.unmount()
  })
})
