import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createI18n } from 'vue-i18n'
import { messages } from '../src/i18n'
import RatePage from '../src/views/RatePage.vue'
import DisplayBoard from '../src/views/DisplayBoard.vue'
import ProblemAlert from '../src/components/ProblemAlert.vue'
import { ApiError } from '../src/api'

const i18n = (locale = 'zh') => createI18n({ legacy: false, locale, messages })

afterEach(() => vi.unstubAllGlobals())

describe('the applicant rating page', () => {
  it('posts the rating with the token from the link and thanks the applicant', async () => {
    window.history.replaceState({}, '', '/rate.html?case=DX-20261124-000001&stage=BACK_OFFICE&token=tok-1')
    const fetchMock = vi.fn(async () => ({ ok: true, status: 201, json: async () => ({}) }))
    vi.stubGlobal('fetch', fetchMock)
    const w = mount(RatePage, { global: { plugins: [i18n(), ElementPlus] } })
    expect(w.text()).toContain('DX-20261124-000001')
    expect(w.find('[data-test=rate-send]').attributes('disabled')).toBeDefined()
    await w.findAll('.el-rate__item')[4].trigger('click')
    await w.find('[data-test=rate-send]').trigger('click')
    await flushPromises()
    const body = JSON.parse(fetchMock.mock.calls[0][1].body)
    // no channel: the rating is recorded with the channel its token was issued for
    expect(body).toEqual({ caseId: 'DX-20261124-000001', stage: 'BACK_OFFICE', level: 5, reason: null, token: 'tok-1' })
    expect(w.find('[data-test=rate-thanks]').exists()).toBe(true)
  })

  it('rates both stages from the link in the applicant\'s notice, each with its own token', async () => {
    window.history.replaceState({}, '', '/rate.html?case=DX-20261124-000002&front=SMS.f-1&back=SMS.b-1')
    const fetchMock = vi.fn(async () => ({ ok: true, status: 201, json: async () => ({}) }))
    vi.stubGlobal('fetch', fetchMock)
    const w = mount(RatePage, { global: { plugins: [i18n(), ElementPlus] } })
    await w.findAll('.el-rate__item')[4].trigger('click')
    await w.find('[data-test=rate-send]').trigger('click')
    await flushPromises()
    expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toMatchObject({ stage: 'BACK_OFFICE', token: 'SMS.b-1' })
    await w.find('[data-test=rate-next]').trigger('click')
    await flushPromises()
    await w.findAll('.el-rate__item')[3].trigger('click')
    await w.find('[data-test=rate-send]').trigger('click')
    await flushPromises()
    expect(JSON.parse(fetchMock.mock.calls[1][1].body)).toMatchObject({ stage: 'FRONT_DESK', level: 4, token: 'SMS.f-1' })
    expect(w.find('[data-test=rate-next]').exists()).toBe(false)
  })

  it('shows the refusal in Chinese and stays on the form', async () => {
    window.history.replaceState({}, '', '/rate.html?case=DX-1&stage=FRONT_DESK&token=used')
    vi.stubGlobal('fetch', vi.fn(async () => ({ ok: false, status: 409, json: async () => ({ detailZh: '该评价已提交', detail: 'Already rated' }) })))
    const w = mount(RatePage, { global: { plugins: [i18n(), ElementPlus] } })
    await w.findAll('.el-rate__item')[0].trigger('click')
    await w.find('[data-test=rate-send]').trigger('click')
    await flushPromises()
    expect(w.text()).toContain('该评价已提交')
    expect(w.find('[data-test=rate-thanks]').exists()).toBe(false)
  })
})

describe('the calling screen', () => {
  it('shows today\'s calls and puts a new call on top as it arrives', async () => {
    let source
    vi.stubGlobal('EventSource', class { constructor(url) { this.url = url; source = this } close() {} })
    vi.stubGlobal('fetch', vi.fn(async () => ({ json: async () => [{ ticketNumber: 'A002', window: '2' }, { ticketNumber: 'A001', window: '1' }] })))
    const w = mount(DisplayBoard, { global: { plugins: [i18n()] } })
    await flushPromises()
    expect(w.find('[data-test=display-now]').text()).toContain('A002')
    expect(source.url).toBe('/api/display/stream')
    source.onmessage({ data: JSON.stringify({ ticketNumber: 'V001', window: '5' }) })
    await flushPromises()
    expect(w.find('[data-test=display-now]').text()).toContain('V001')
    expect(w.find('[data-test=display-now]').text()).toContain('5')
    expect(w.findAll('td').map((td) => td.text())).toContain('A002')
  })
})

describe('problem alerts', () => {
  it('speak the user\'s language and list the invalid fields', () => {
    const e = new ApiError(400, { detail: 'The request is invalid: name', detailZh: '请求内容不符合要求：name', errors: { name: 'must not be blank' } })
    const zh = mount(ProblemAlert, { props: { error: e }, global: { plugins: [i18n('zh'), ElementPlus] } })
    expect(zh.text()).toContain('请求内容不符合要求')
    expect(zh.text()).toContain('name: must not be blank')
    const en = mount(ProblemAlert, { props: { error: e }, global: { plugins: [i18n('en'), ElementPlus] } })
    expect(en.text()).toContain('The request is invalid')
  })
})
