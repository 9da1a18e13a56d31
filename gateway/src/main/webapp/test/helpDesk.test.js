import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createI18n } from 'vue-i18n'
import { createMemoryHistory, createRouter } from 'vue-router'
import { messages } from '../src/i18n'
import { resetCatalogue } from '../src/catalogue'
import { workspacesFor, homeFor } from '../src/domain/posts'
import { assistedTakeInPath, canTakeIn, countdown, newRequestBody, percent, withHelpRequest } from '../src/domain/helpDesk'
import { rawCodes } from '../e2e/raw-codes.mjs'
import HelpDesk from '../src/views/HelpDesk.vue'

// 帮办代办 (#24 item 4): the helper's desk shows the hall's requests with the time left to answer within the limit,
// sends the one answer, opens the window's form for the assisted take-in, and shows the day's figures — in words.

const i18n = (locale = 'zh') => createI18n({ legacy: false, locale, messages })

const NOW = Date.parse('2026-11-30T02:00:30Z')
const OPEN = {
  id: '6f1c1a52-1111-4a5b-9c3d-000000000001', hallCode: 'DX', channel: 'TERMINAL', itemCode: 'AMR-0001', applicantName: '王女士',
  phone: '138****5678', question: '营业执照怎么办？', createdAt: '2026-11-30T02:00:00Z', answerLimitSeconds: 60,
  dueAt: '2026-11-30T02:01:00Z', secondsLeft: 30, answeredAt: null, resolution: null, inTime: null, caseId: null,
}
const FIGURES = {
  day: '2026-11-30', hallCode: 'DX', total: 2, answered: 2, answeredInTime: 1, late: 1, open: 0, inTimeShare: 0.5, goal: 0.9,
  belowGoal: true, resolvedFirstContact: 1, firstContactShare: 0.5,
}
const CATALOGUE = [{ code: 'AMR-0001', departmentName: '市场监督管理局', version: 1, definition: { code: 'AMR-0001', name: '企业设立登记', departmentCode: 'AMR', materials: [] } }]

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

async function desk(routes) {
  const calls = gateway(routes)
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/help-desk', component: HelpDesk }, { path: '/window', component: { template: '<div />' } }] })
  router.push('/help-desk')
  await router.isReady()
  const w = mount(HelpDesk, { props: { me: { posts: ['helper'] } }, global: { plugins: [i18n('zh'), ElementPlus, router] }, attachTo: document.body })
  await flushPromises()
  return { w, calls, router }
}

/** What to type into: Element Plus puts a field's attributes on the input or textarea itself. */
const field = (w, name) => {
  const el = w.find(`[data-test=${name}]`)
  return ['INPUT', 'TEXTAREA'].includes(el.element.tagName) ? el : el.find('input, textarea')
}

beforeEach(() => {
  resetCatalogue()
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('the help desk rules on screen', () => {
  it('counts down to the limit and then up as late', () => {
    expect(countdown(OPEN, Date.parse('2026-11-30T02:00:45Z'))).toEqual({ seconds: 15, late: false })
    expect(countdown(OPEN, Date.parse('2026-11-30T02:01:10Z'))).toEqual({ seconds: 10, late: true })
    expect(countdown({ ...OPEN, answeredAt: '2026-11-30T02:00:40Z' }, NOW)).toBeNull()
  })

  it('takes in only for an ASSISTED request without a case, naming it in the window\'s body', () => {
    expect(canTakeIn({ ...OPEN, resolution: 'ASSISTED' })).toBe(true)
    expect(canTakeIn({ ...OPEN, resolution: 'ASSISTED', caseId: 'DX-20261130-000001' })).toBe(false)
    expect(canTakeIn({ ...OPEN, resolution: 'RESOLVED' })).toBe(false)
    expect(assistedTakeInPath(OPEN)).toBe(`/window?helpRequest=${OPEN.id}`)
    expect(withHelpRequest({ itemCode: 'AMR-0001' }, OPEN.id)).toEqual({ itemCode: 'AMR-0001', helpRequestId: OPEN.id })
    expect(withHelpRequest({ itemCode: 'AMR-0001' }, null)).toEqual({ itemCode: 'AMR-0001' })
  })

  it('sends a new request without its blank fields and writes shares as percentages', () => {
    expect(newRequestBody({ channel: 'PHONE', applicantName: ' ', phone: '', itemCode: 'amr-0001', question: ' 怎么办？ ' }))
      .toEqual({ channel: 'PHONE', itemCode: 'AMR-0001', question: '怎么办？' })
    expect(percent(0.9)).toBe('90.0%')
    expect(percent(null)).toBe('—')
  })

  it('gives the helper the help desk first and the window\'s form, and no one else the desk', () => {
    expect(workspacesFor(['helper']).map((w) => w.key)).toEqual(['helpDesk', 'window'])
    expect(homeFor(['helper'])).toBe('/help-desk')
    expect(workspacesFor(['window-clerk']).map((w) => w.key)).not.toContain('helpDesk')
  })
})

describe('the helper\'s desk (帮办代办)', () => {
  it('lists the open requests in words with the time left, and the day\'s figures against the goal', async () => {
    const { w, calls } = await desk([
      ['GET', '/api/intake/help-requests/figures', FIGURES],
      ['GET', '/api/intake/help-requests', [OPEN]],
    ])
    expect(calls.map((c) => c.path)).toContain('/api/intake/help-requests?status=OPEN')
    const text = w.text()
    expect(text).toContain('自助终端')
    expect(text).toContain('营业执照怎么办？')
    expect(text).toContain('企业设立登记')
    expect(w.find(`[data-test=countdown-${OPEN.id}]`).text()).toBe('剩 30 秒')
    expect(w.find('[data-test=figure-share]').text()).toBe('50.0%')
    expect(w.find('[data-test=below-goal]').exists()).toBe(true)
    expect(w.find('[data-test=figure-late]').text()).toBe('1')
    expect(rawCodes(text)).toEqual([])
    w.unmount()
  })

  it('answers once with the chosen resolution and then opens the window\'s form for the assisted take-in', async () => {
    let answered = null
    const { w, calls, router } = await desk([
      ['GET', '/api/intake/help-requests/figures', FIGURES],
      ['GET', '/api/intake/help-requests', () => (answered ? [] : [OPEN])],
      ['POST', `/api/intake/help-requests/${OPEN.id}/answer`, () => {
        answered = { ...OPEN, answeredAt: '2026-11-30T02:00:40Z', resolution: 'ASSISTED', inTime: true, answeredByName: '何丽', note: '代为填表' }
        return answered
      }],
    ])
    await w.find('[data-test=help-requests] tbody tr').trigger('click')
    await flushPromises()
    await w.find('[data-test=resolution-ASSISTED] input').setValue(true)
    await field(w, 'answer-note').setValue('代为填表')
    await w.find('[data-test=answer]').trigger('click')
    await w.find('[data-test=answer]').trigger('click') // pressed twice while it runs: sent once
    await flushPromises()
    const sent = calls.filter((c) => c.method === 'POST')
    expect(sent).toEqual([{ path: `/api/intake/help-requests/${OPEN.id}/answer`, method: 'POST', body: { resolution: 'ASSISTED', note: '代为填表' } }])
    expect(w.find('[data-test=answered-resolution]').text()).toBe('代办')
    expect(w.find('[data-test=answered-in-time]').text()).toBe('按时响应')
    expect(rawCodes(w.text())).toEqual([])
    await w.find('[data-test=assisted-take-in]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe(`/window?helpRequest=${OPEN.id}`)
    w.unmount()
  })

  it('shows the service\'s refusal in Chinese', async () => {
    const { w } = await desk([
      ['GET', '/api/intake/help-requests/figures', FIGURES],
      ['GET', '/api/intake/help-requests', [OPEN]],
      ['POST', /\/answer$/, { code: 'already-answered', detailZh: '该请求已答复（RESOLVED），不能再次答复', detail: 'already answered' }, 409],
    ])
    await w.find('[data-test=help-requests] tbody tr').trigger('click')
    await flushPromises()
    await w.find('[data-test=resolution-RESOLVED] input').setValue(true)
    await w.find('[data-test=answer]').trigger('click')
    await flushPromises()
    expect(w.find('[data-test=problem]').text()).toContain('不能再次答复')
    w.unmount()
  })
})
