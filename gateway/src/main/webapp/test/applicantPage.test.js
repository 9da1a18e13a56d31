import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createI18n } from 'vue-i18n'
import { createMemoryHistory, createRouter } from 'vue-router'
import { messages } from '../src/i18n'
import { resetCatalogue } from '../src/catalogue'
import { rawCodes } from '../e2e/raw-codes.mjs'
import ApplicantApp from '../src/views/applicant/ApplicantApp.vue'
import { APPLICANT_ROUTES } from '../src/views/applicant/routes'
import { resetSession } from '../src/views/applicant/session'
import PreReviewWorkspace from '../src/views/PreReviewWorkspace.vue'

const i18n = (locale = 'zh') => createI18n({ legacy: false, locale, messages })

const DEF = {
  code: 'AMR-0001', name: '企业设立登记', departmentCode: 'AMR', itemType: 'PROMISED', promisedDays: 1, statutoryDays: 15,
  fees: '不收费', serves: ['ORGANISATION'], deliveryModes: ['PICKUP', 'EXPRESS_MAIL'], legalBasis: '《市场主体登记管理条例》',
  materials: [
    { code: 'APP', name: '公司登记（备案）申请书', key: true, copies: 1, electronicAllowed: true, template: '公司登记（备案）申请书（样表）' },
    { code: 'ADDR', name: '住所使用证明', copies: 1, commitmentAllowed: true },
  ],
  faq: [{ q: '可以委托他人办理吗？', a: '可以，需提供授权委托书。' }],
  channels: ['WINDOW', 'ONLINE_PRE_REVIEW', 'POST'], preReviewLimit: { amount: 1, unit: 'WORKING_DAYS' },
}
// the guide's item (ItemGuide: the definition's fields with their words beside them) and list line (ItemSummary)
const ITEM = { ...DEF, version: 2, departmentName: '市场监督管理局', itemTypeZh: '承诺件', promisedZh: '1个工作日', statutoryZh: '15个工作日',
  preReviewLimitZh: '1个工作日', resultValidZh: '长期有效', lists: ['only-once'], listsZh: ['只跑一次'] }
const SUMMARY = (({ materials, faq, preReviewLimit, ...s }) => s)(ITEM)
const WINDOW_ONLY = { ...SUMMARY, code: 'PSB-0009', name: '护照签发', channels: ['WINDOW'], itemType: 'IMMEDIATE', promisedDays: 0, promisedZh: '即办' }
const ME = { username: 'applicant1', name: '张三', post: 'null', posts: [], department: '' }

/** The gateway, answering by method and path; every call is kept. */
function gateway(routes) {
  const calls = []
  vi.stubGlobal('fetch', vi.fn(async (path, init = {}) => {
    const method = init.method || 'GET'
    calls.push({ path, method, init, body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body })
    const route = routes.find(([m, p]) => method === m && (typeof p === 'string' ? path === p : p.test(path)))
    const body = route ? (typeof route[2] === 'function' ? route[2](path, init) : route[2]) : { title: 'Not Found' }
    const status = route ? route[3] || 200 : 404
    return { status, ok: status < 400, text: async () => (body == null ? '' : JSON.stringify(body)) }
  }))
  return calls
}

async function open(path, routes, { locale = 'zh' } = {}) {
  const calls = gateway(routes)
  const router = createRouter({ history: createMemoryHistory(), routes: APPLICANT_ROUTES })
  router.push(path)
  await router.isReady()
  const w = mount(ApplicantApp, { global: { plugins: [router, i18n(locale), ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return { w, calls, router }
}

const anonymous = ['GET', '/api/me', { title: 'Unauthorized', titleZh: '登录已过期' }, 401]
const loggedIn = ['GET', '/api/me', ME]

beforeEach(() => { resetSession(); resetCatalogue(); sessionStorage.clear() })
afterEach(() => { vi.unstubAllGlobals(); document.body.innerHTML = '' })

describe('the applicant page without a login', () => {
  it('shows the guide in Chinese with each item\'s channels, and offers a login instead of reloading', async () => {
    const reload = vi.fn()
    vi.stubGlobal('location', { ...window.location, reload })
    const { w, calls } = await open('/guide', [anonymous,
      ['GET', '/api/intake/guide/items', [SUMMARY, WINDOW_ONLY]],
      ['GET', /^\/api\/intake\/guide\/faq\?q=/, [{ q: '可以委托他人办理吗？', a: '可以', itemCode: 'AMR-0001', itemName: '企业设立登记' }]]])
    expect(reload).not.toHaveBeenCalled() // the page is public: a 401 on /api/me is "not logged in"
    // the login starts at the hall's address (the gateway sends an applicant back here); this screen is kept meanwhile
    expect(w.find('[data-test=login]').attributes('href')).toBe('/')
    await w.find('[data-test=login]').trigger('click')
    expect(sessionStorage.getItem('ow.applicant.back')).toBe('/guide')
    expect(calls.some((c) => c.path.includes('/faq'))).toBe(false) // the FAQ is searched, not listed whole
    vi.useFakeTimers()
    await w.find('[data-test=faq-search]').setValue('委托')
    vi.advanceTimersByTime(400)
    vi.useRealTimers()
    await flushPromises()
    const hits = w.find('[data-test=guide-hits]').text()
    expect(hits).toContain('企业设立登记')
    expect(hits).toContain('网上预审')
    expect(hits).toContain('快递寄送材料')
    expect(hits).toContain('即办件')
    expect(hits).toContain('即办')
    expect(w.find('[data-test=faq]').text()).toContain('可以委托他人办理吗？')
    expect(rawCodes(w.text())).toEqual([])
    expect(calls.map((c) => c.path)).toContain('/api/intake/guide/items')
    // no staff menu on this page
    expect(w.find('.el-menu').exists()).toBe(false)
    w.unmount()
  })

  it('searches the guide by what the applicant types', async () => {
    const { w, calls } = await open('/guide', [anonymous,
      ['GET', /^\/api\/intake\/guide\/items/, (p) => (p.includes('q=') ? [SUMMARY] : [SUMMARY, WINDOW_ONLY])]])
    expect(w.findAll('[data-test^=guide-item-]').length).toBe(2)
    vi.useFakeTimers()
    await w.find('[data-test=guide-search]').setValue('设立')
    vi.advanceTimersByTime(400)
    vi.useRealTimers()
    await flushPromises()
    expect(calls.map((c) => c.path)).toContain('/api/intake/guide/items?q=%E8%AE%BE%E7%AB%8B')
    expect(w.findAll('[data-test^=guide-item-]').length).toBe(1)
    w.unmount()
  })

  it('shows an item\'s materials, samples, limits, fees, channels and FAQ, and asks for a login to pre-review', async () => {
    const { w } = await open('/guide/AMR-0001', [anonymous, ['GET', '/api/intake/guide/items/AMR-0001', ITEM]])
    const text = w.text()
    expect(w.find('[data-test=guide-item-name]').text()).toBe('企业设立登记')
    expect(text).toContain('公司登记（备案）申请书（样表）')
    expect(text).toContain('关键材料')
    expect(text).toContain('可告知承诺')
    expect(w.find('[data-test=pre-review-limit]').text()).toBe('1个工作日')
    expect(text).toContain('不收费')
    expect(text).toContain('邮寄送达')
    expect(text).toContain('可以委托他人办理吗？')
    expect(text).toContain('“只跑一次”事项清单')
    expect(text).toContain('长期有效')
    expect(w.find('[data-test=promised]').text()).toBe('1个工作日')
    expect(w.find('[data-test=start-pre-review]').exists()).toBe(false)
    await w.find('[data-test=login-to-pre-review]').trigger('click')
    expect(sessionStorage.getItem('ow.applicant.back')).toBe('/guide/AMR-0001')
    expect(rawCodes(text)).toEqual([])
    w.unmount()
  })

  it('lists the published lists with their CSV download', async () => {
    const { w } = await open('/lists', [anonymous, ['GET', /^\/api\/intake\/guide\/lists\//,
      { list: 'only-once', listZh: '只跑一次', at: '2026-12-02T03:00:00Z', items: [WINDOW_ONLY] }]])
    expect(w.text()).toContain('“只跑一次”事项清单')
    expect(w.find('[data-test=list-csv]').attributes('href')).toBe('/api/intake/guide/lists/only-once?format=csv')
    expect(w.find('[data-test=list-rows]').text()).toContain('护照签发')
    await w.find('[data-test=list-fully-online] input').setValue(true)
    await flushPromises()
    expect(w.find('[data-test=list-csv]').attributes('href')).toBe('/api/intake/guide/lists/fully-online?format=csv')
    expect(rawCodes(w.text())).toEqual([])
    w.unmount()
  })

  it('asks for a login on the applicant\'s own lists, and calls none of them', async () => {
    const { w, calls } = await open('/cases', [anonymous])
    expect(w.find('[data-test=login-first-button]').attributes('href')).toBe('/')
    expect(calls.some((c) => c.path.includes('/applicant/'))).toBe(false)
    w.unmount()
  })
})

describe('the applicant\'s pre-review', () => {
  const MATERIALS = [{ code: 'APP', name: '公司登记（备案）申请书', key: true, originalToVerify: false, file: null },
    { code: 'ADDR', name: '住所使用证明', key: false, originalToVerify: false, file: null }]
  const DRAFT = { id: 'PR-1', itemCode: 'AMR-0001', itemName: '企业设立登记', status: 'DRAFT', materials: MATERIALS, files: [], notice: null }
  const APP_FILE = { materialCode: 'APP', contentType: 'application/pdf', fileName: '申请书.pdf', sizeBytes: 2048,
    href: '/api/applicant/pre-reviews/PR-1/files/APP' }

  it('starts from the guide, uploads each material\'s file as it is, and submits', async () => {
    let review = { ...DRAFT }
    const { w, calls, router } = await open('/guide/AMR-0001', [loggedIn,
      ['GET', '/api/intake/guide/items/AMR-0001', ITEM],
      ['GET', '/api/intake/applicant/pre-reviews', []],
      ['GET', '/api/intake/guide/items?channel=ONLINE_PRE_REVIEW', [SUMMARY]],
      ['POST', '/api/intake/applicant/pre-reviews', DRAFT, 201],
      ['GET', '/api/intake/applicant/pre-reviews/PR-1', () => review],
      ['PUT', /^\/api\/intake\/applicant\/pre-reviews\/PR-1\/materials\/APP/, () => {
        review = { ...review, files: [APP_FILE], materials: [{ ...MATERIALS[0], file: APP_FILE }, MATERIALS[1]] }
        return APP_FILE
      }],
      ['POST', '/api/intake/applicant/pre-reviews/PR-1/submission', () => ({ ...review, status: 'SUBMITTED', submittedAt: '2026-12-02T01:00:00Z', dueAt: '2026-12-02T16:00:00Z' })],
    ])
    expect(w.find('[data-test=me]').text()).toBe('张三')
    await w.find('[data-test=start-pre-review]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/pre-reviews?item=AMR-0001')
    await w.find('[data-test=pre-review-phone]').setValue('13800138000')
    await w.find('[data-test=pre-review-start]').trigger('click')
    await flushPromises()
    // no organisation name typed: whom it is for is the login's
    expect(calls.find((c) => c.method === 'POST').body).toEqual({ itemCode: 'AMR-0001', phone: '13800138000', email: null })
    expect(router.currentRoute.value.path).toBe('/pre-reviews/PR-1')
    await flushPromises()
    expect(w.find('[data-test=material-APP]').text()).toContain('未上传')

    const pdf = new File(['%PDF-1.7 test'], '申请书.pdf', { type: 'application/pdf' })
    const input = w.find('[data-test=file-APP]')
    Object.defineProperty(input.element, 'files', { value: [pdf], configurable: true })
    await input.trigger('change')
    await flushPromises()
    const put = calls.find((c) => c.method === 'PUT')
    expect(put.path).toBe('/api/intake/applicant/pre-reviews/PR-1/materials/APP?fileName=%E7%94%B3%E8%AF%B7%E4%B9%A6.pdf')
    expect(put.init.headers['Content-Type']).toBe('application/pdf')
    expect(put.init.body).toBe(pdf) // the bytes as they are, never JSON
    expect(w.find('[data-test=uploaded-APP]').text()).toContain('申请书.pdf · 2 KB')
    expect(w.findAll('[data-test=uploaded-APP]')).toHaveLength(1)
    expect(w.find('[data-test=uploaded-APP] a').attributes('href')).toBe('/api/intake/applicant/pre-reviews/PR-1/files/APP')

    await w.find('[data-test=pre-review-submit]').trigger('click')
    await flushPromises()
    expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/submission'))).toBe(true)
    expect(rawCodes(w.text())).toEqual([])
    w.unmount()
  })

  it('hints at a file the service will likely refuse, and still lets the service decide', async () => {
    const { w, calls } = await open('/pre-reviews/PR-1', [loggedIn,
      ['GET', '/api/intake/applicant/pre-reviews/PR-1', DRAFT],
      ['GET', '/api/intake/guide/items/AMR-0001', ITEM],
      ['PUT', /materials\/ADDR/, { status: 415, code: 'unsupported-file', detail: 'Not a PDF, JPEG or PNG by its content', detailZh: '文件内容不是 PDF、JPEG 或 PNG' }, 415],
    ])
    const exe = new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' })
    const input = w.find('[data-test=file-ADDR]')
    Object.defineProperty(input.element, 'files', { value: [exe], configurable: true })
    await input.trigger('change')
    await flushPromises()
    expect(w.find('[data-test=hint-ADDR]').text()).toBe('仅接受 PDF、JPG、PNG 文件')
    expect(calls.some((c) => c.method === 'PUT')).toBe(true)
    expect(w.find('[data-test=problem]').text()).toContain('文件内容不是 PDF、JPEG 或 PNG')
    w.unmount()
  })

  it('shows a one-time notice with every problem material and its reason', async () => {
    const answered = { ...DRAFT, status: 'NOTICE', submittedAt: '2026-12-01T01:00:00Z', answeredAt: '2026-12-01T03:00:00Z',
      notice: { problems: [{ materialCode: 'APP', reason: '未签字' }, { materialCode: 'ADDR', reason: '租赁合同已过期' }], note: '请一次补齐后重新提交' } }
    const { w } = await open('/pre-reviews/PR-1', [loggedIn, ['GET', '/api/intake/applicant/pre-reviews/PR-1', answered], ['GET', '/api/intake/guide/items/AMR-0001', ITEM]])
    const notice = w.find('[data-test=one-time-notice]').text()
    expect(notice).toContain('一次性告知书')
    expect(notice).toContain('公司登记（备案）申请书')
    expect(notice).toContain('未签字')
    expect(notice).toContain('住所使用证明')
    expect(notice).toContain('租赁合同已过期')
    expect(w.find('[data-test=pre-review-submit]').exists()).toBe(true) // put right and submitted again
    expect(w.find('[data-test=pre-review-status]').text()).toBe('一次性告知')
    expect(rawCodes(w.text())).toEqual([])
    w.unmount()
  })

  it('shows a passed pre-review with its appointment', async () => {
    const passed = { ...DRAFT, status: 'PASSED', comeAnyTime: false, appointmentId: 'a-1' }
    const { w } = await open('/pre-reviews/PR-1', [loggedIn, ['GET', '/api/intake/applicant/pre-reviews/PR-1', passed], ['GET', '/api/intake/guide/items/AMR-0001', ITEM]])
    expect(w.find('[data-test=appointment]').text()).toContain('已为您预约到窗口办理')
    expect(w.find('[data-test=pre-review-submit]').exists()).toBe(false)
    w.unmount()
  })
})

describe('the applicant\'s cases and certificates', () => {
  it('says each case\'s status in words, with its notices and the rating link a notice brought', async () => {
    const { w } = await open('/cases', [loggedIn,
      ['GET', '/api/intake/applicant/cases', [
        { caseId: 'DX-20261201-000001', itemCode: 'AMR-0001', itemName: '企业设立登记', departmentName: '市场监督管理局', status: 'DELIVERED',
          decision: 'APPROVED', acceptedAt: '2026-12-01T01:00:00Z', deadline: '2026-12-02T16:00:00Z', notices: [] },
        { caseId: 'DX-20261202-000002', itemCode: 'TAX-0001', itemName: '新办纳税人涉税事项', status: 'ACCEPTED_WITH_DEFERRED_MATERIALS',
          acceptedAt: '2026-12-02T01:00:00Z', notices: [{ number: 'GZ-20261202-000001', kind: 'DEFERRAL_NOTICE', issuedAt: '2026-12-02T01:00:00Z' }] },
      ]],
      ['GET', '/api/issuance/applicant/notices', [
        { caseId: 'DX-20261201-000001', kind: 'RATING_INVITATION', channel: 'SMS', status: 'SENT', createdAt: '2026-12-01T08:00:00Z', sentAt: '2026-12-01T08:00:00Z',
          text: '请评价：http://127.0.0.1:8080/rate.html?case=DX-20261201-000001&back=SMS.b-1' },
        { caseId: 'DX-20261202-000002', kind: 'FEE_NOTICE:s-1', channel: 'MAILBOX', status: 'PENDING', createdAt: '2026-12-02T02:00:00Z', sentAt: null,
          text: '缴费通知 …' },
      ]],
    ])
    expect(w.find('[data-test=case-DX-20261201-000001] [data-test=case-status]').text()).toBe('已送达')
    expect(w.find('[data-test=case-DX-20261202-000002] [data-test=case-status]').text()).toBe('容缺受理（待补材料）')
    expect(w.find('[data-test=notice-of-DX-20261201-000001]').text()).toContain('邀请评价 · 短信 · 已发送')
    expect(w.findAll('[data-test=notice-of-DX-20261202-000002]').map((n) => n.text()).join('\n')).toContain('容缺受理通知书（GZ-20261202-000001）')
    expect(w.findAll('[data-test=notice-of-DX-20261202-000002]').map((n) => n.text()).join('\n')).toContain('缴费通知 · 本地信箱 · 待发送')
    expect(w.find('[data-test=case-DX-20261201-000001]').text()).toContain('2026年12月2日')
    expect(w.find('[data-test=rate-link]').attributes('href')).toBe('/rate.html?case=DX-20261201-000001&back=SMS.b-1')
    // the newest case first
    expect(w.findAll('[data-test^=case-DX]').map((c) => c.attributes('data-test'))).toEqual(['case-DX-20261202-000002', 'case-DX-20261201-000001'])
    expect(rawCodes(w.text().replace(/http\S+/g, ''))).toEqual([])
    w.unmount()
  })

  it('lists the applicant\'s e-certificates with their validity and revocation', async () => {
    const { w } = await open('/certificates', [loggedIn, ['GET', '/api/intake/guide/items', [SUMMARY]], ['GET', '/api/issuance/applicant/certificates', [
      { certificateId: 'EC-1', caseId: 'DX-1', itemCode: 'AMR-0001', departmentCode: 'AMR', status: 'VALID', issuedAt: '2026-11-30T16:00:00Z', validUntil: null, verificationCode: 'V-7K2Q' },
      { certificateId: 'EC-2', caseId: 'DX-2', itemCode: 'HEA-0001', status: 'REVOKED', issuedAt: '2026-11-01T16:00:00Z', validUntil: '2031-11-01T16:00:00Z',
        revocationReason: '承诺不实', revokedAt: '2026-12-01T02:00:00Z' },
      { certificateId: 'EC-3', caseId: 'DX-3', itemCode: 'HEA-0002', status: 'EXPIRED', issuedAt: '2020-11-01T16:00:00Z', validUntil: '2025-11-01T16:00:00Z' },
    ]]])
    expect(w.find('[data-test=certificate-EC-1]').text()).toContain('企业设立登记') // the item's name, from the guide
    expect(w.find('[data-test=verification-code]').text()).toBe('V-7K2Q')
    const text = w.text()
    expect(w.find('[data-test=certificate-EC-1]').text()).toContain('长期有效')
    expect(w.find('[data-test=certificate-EC-2]').text()).toContain('已撤销')
    expect(w.find('[data-test=certificate-EC-2]').text()).toContain('承诺不实')
    expect(w.find('[data-test=certificate-EC-3]').text()).toContain('已过期')
    expect(rawCodes(text)).toEqual([])
    w.unmount()
  })
})

describe('the pre-review workspace', () => {
  const ROWS = [
    { id: 'PR-2', itemCode: 'AMR-0001', applicantName: '李四', status: 'SUBMITTED', submittedAt: '2026-12-02T01:00:00Z', dueAt: '2099-12-03T01:00:00Z' },
    { id: 'PR-1', itemCode: 'AMR-0001', applicantName: '张三', status: 'SUBMITTED', submittedAt: '2026-12-01T01:00:00Z', dueAt: '2026-12-01T09:00:00Z' },
  ]
  const FILE = { materialCode: 'APP', contentType: 'application/pdf', fileName: '申请书.pdf', sizeBytes: 2048, href: '/api/pre-reviews/PR-1/files/APP' }
  const DETAIL = { ...ROWS[1], itemName: '企业设立登记', contactPhone: '13800138000', files: [FILE], materials: [
    { code: 'APP', name: '公司登记（备案）申请书', key: true, file: FILE }, { code: 'ADDR', name: '住所使用证明', key: false, file: null }] }

  function routes(answer) {
    return [
      ['GET', '/api/intake/guide/items', [SUMMARY]],
      ['GET', '/api/intake/pre-reviews?status=SUBMITTED', ROWS],
      ['GET', '/api/intake/pre-reviews/PR-1', DETAIL],
      ['POST', '/api/intake/pre-reviews/PR-1/answer', answer],
    ]
  }

  async function mountWorkspace(answer = { ...DETAIL, status: 'PASSED' }) {
    const calls = gateway(routes(answer))
    const w = mount(PreReviewWorkspace, { props: { me: { posts: ['pre-reviewer'] } }, global: { plugins: [i18n(), ElementPlus] }, attachTo: document.body })
    await flushPromises()
    return { w, calls }
  }

  async function pickFirst(w) {
    await w.find('[data-test=pre-review-queue] .el-table__body tr').trigger('click')
    await flushPromises()
  }

  it('lists the oldest submission first with its due time, the overdue one marked', async () => {
    const { w } = await mountWorkspace()
    const rows = w.findAll('[data-test=pre-review-queue] .el-table__body tr')
    expect(rows[0].text()).toContain('企业设立登记') // the item's name from the public guide
    expect(rows[0].text()).toContain('PR-1')
    expect(rows[0].text()).toContain('已超期')
    expect(rows[0].classes()).toContain('overdue-row')
    expect(rows[1].text()).toContain('PR-2')
    expect(rows[1].text()).not.toContain('已超期')
    expect(rawCodes(w.text())).toEqual([])
    w.unmount()
  })

  it('opens each material\'s file and answers with one notice listing every problem material with its reason', async () => {
    const { w, calls } = await mountWorkspace({ ...DETAIL, status: 'NOTICE' })
    await pickFirst(w)
    expect(w.find('[data-test=open-APP]').attributes('href')).toBe('/api/intake/pre-reviews/PR-1/files/APP')
    expect(w.findAll('[data-test=open-APP]')).toHaveLength(1)
    expect(w.find('[data-test=check-ADDR]').text()).toContain('未上传文件')
    await w.find('[data-test=outcome-notice] input').setValue(true)
    await w.find('[data-test=problem-APP] input').setValue(true)
    await w.find('[data-test=problem-ADDR] input').setValue(true)
    await w.find('[data-test=reason-APP]').setValue('申请书未签字')
    expect(w.find('[data-test=send-answer]').attributes('disabled')).toBeDefined() // ADDR has no reason yet
    expect(w.find('[data-test=answer-gaps]').text()).toContain('每项勾选的材料都须写明原因')
    await w.find('[data-test=reason-ADDR]').setValue('未上传住所使用证明')
    await w.find('[data-test=send-answer]').trigger('click')
    await flushPromises()
    const sent = calls.find((c) => c.method === 'POST')
    expect(sent.path).toBe('/api/intake/pre-reviews/PR-1/answer')
    expect(sent.body).toEqual({ outcome: 'NOTICE', note: null, problems: [
      { materialCode: 'APP', materialName: '公司登记（备案）申请书', reason: '申请书未签字' },
      { materialCode: 'ADDR', materialName: '住所使用证明', reason: '未上传住所使用证明' },
    ] })
    expect(w.find('[data-test=pre-review-status]').text()).toBe('一次性告知')
    w.unmount()
  })

  it('answers passed with "come any time"', async () => {
    const { w, calls } = await mountWorkspace()
    await pickFirst(w)
    await w.find('[data-test=outcome-passed] input').setValue(true)
    expect(w.find('[data-test=send-answer]').attributes('disabled')).toBeDefined()
    await w.find('[data-test=come-any-time] input').setValue(true)
    // ADDR has no file: the pass says whether it does not apply or is brought to the window
    expect(w.find('[data-test=send-answer]').attributes('disabled')).toBeDefined()
    expect(w.find('[data-test=answer-gaps]').text()).toContain('不适用')
    expect(w.find('[data-test=marks-APP]').exists()).toBe(false) // it has its file
    await w.find('[data-test=mark-ADDR-BRING_TO_WINDOW] input').setValue(true)
    await w.find('[data-test=send-answer]').trigger('click')
    await flushPromises()
    expect(calls.find((c) => c.method === 'POST').body).toEqual({ outcome: 'PASSED', comeAnyTime: true, note: null,
      materials: [{ materialCode: 'ADDR', mark: 'BRING_TO_WINDOW' }] })
    expect(w.find('[data-test=pre-review-status]').text()).toBe('预审通过')
    expect(rawCodes(w.text())).toEqual([])
    w.unmount()
  })
})
