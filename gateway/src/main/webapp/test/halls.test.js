import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createI18n } from 'vue-i18n'
import { messages } from '../src/i18n'
import { resetCatalogue } from '../src/catalogue'
import { bundlesFor, fromForm, homeHall, hours, itemsFor, owningHall, pickupChoices, takesIn, toForm } from '../src/domain/halls'

const DX = { code: 'DX', name: '临空政务服务中心', region: '131000', kind: 'HALL', opens: '09:00:00', closes: '17:00:00', receives: [] }
const JZ = { code: 'JZ', name: '九州镇便民服务站', region: '131003', kind: 'STATION', opens: '08:30:00', closes: '17:30:00',
  receives: ['AMR-0004', 'AMR-0001'], extendedHours: [], appointmentDays: [] }
const HALLS = [{ hall: DX, version: 1, home: true }, { hall: JZ, version: 1, home: false }]
const item = (code, extra = {}) => ({ code, definition: { code, name: code, ...extra } })
const CATALOGUE = [item('AMR-0004', { crossRegion: ['131003'] }), item('AMR-0001', {}), item('TAX-0001', { crossRegion: ['131003'] })]

describe('halls (区域通办)', () => {
  it('knows the home hall and each item\'s owning hall', () => {
    expect(homeHall(HALLS)).toBe('DX')
    expect(owningHall({ code: 'X-0001' }, 'DX')).toBe('DX')
    expect(owningHall({ code: 'X-0001', hallCode: 'JZ' }, 'DX')).toBe('JZ')
  })

  it('offers a station only the items both sides agreed on, the home hall its own', () => {
    // AMR-0001: received by JZ but not opened to its region; TAX-0001: opened but not received
    expect(itemsFor(JZ, CATALOGUE, 'DX').map((i) => i.code)).toEqual(['AMR-0004'])
    expect(itemsFor(DX, CATALOGUE, 'DX').map((i) => i.code)).toEqual(['AMR-0004', 'AMR-0001', 'TAX-0001'])
    expect(itemsFor(null, CATALOGUE, 'DX')).toHaveLength(3)
    expect(takesIn(JZ, { code: 'AMR-0004', crossRegion: ['131003'] }, 'DX')).toBe(true)
    expect(takesIn(JZ, { code: 'AMR-0004', crossRegion: ['131099'] }, 'DX')).toBe(false)
    const bundles = [{ code: 'BUNDLE-A', itemCodes: 'AMR-0004' }, { code: 'BUNDLE-B', itemCodes: 'AMR-0004,TAX-0001' }]
    expect(bundlesFor(JZ, bundles, itemsFor(JZ, CATALOGUE, 'DX')).map((b) => b.code)).toEqual(['BUNDLE-A'])
  })

  it('offers the owning hall as a pickup place only for another hall\'s items', () => {
    expect(pickupChoices(JZ, [{ code: 'AMR-0004' }], HALLS, 'DX').map((h) => h.code)).toEqual(['JZ', 'DX'])
    expect(pickupChoices(DX, [{ code: 'AMR-0004' }], HALLS, 'DX').map((h) => h.code)).toEqual(['DX'])
    expect(pickupChoices(JZ, [], HALLS, 'DX').map((h) => h.code)).toEqual(['JZ'])
    expect(pickupChoices(JZ, [{ code: 'A-0001' }], HALLS, 'DX')[1].name).toBe('临空政务服务中心')
  })

  it('shows hours and edits a hall through its form without losing what the form does not show', () => {
    expect(hours(JZ)).toBe('08:30–17:30')
    const form = toForm({ ...DX, extendedHours: [{ day: 'TUESDAY', until: '19:00:00' }], appointmentDays: ['2026-12-12'] })
    expect(form).toMatchObject({ opens: '09:00', closes: '17:00', appointmentDays: '2026-12-12',
      extendedHours: [{ day: 'TUESDAY', until: '19:00' }] })
    form.receives = 'amr-0004，TAX-0002\n'
    form.appointmentDays = '2026-12-12\n2026-12-26'
    form.extendedHours.push({ day: 'THURSDAY', until: '' }) // a line left empty is no extension
    const back = fromForm(DX, form)
    expect(back).toMatchObject({ code: 'DX', region: '131000', receives: ['AMR-0004', 'TAX-0002'],
      appointmentDays: ['2026-12-12', '2026-12-26'], extendedHours: [{ day: 'TUESDAY', until: '19:00' }] })
  })
})

/** The gateway, answering by path; every call is kept. */
function gateway(answer) {
  const calls = []
  vi.stubGlobal('fetch', vi.fn(async (path, init = {}) => {
    calls.push({ path, method: init.method || 'GET', body: init.body ? JSON.parse(init.body) : undefined })
    const [status, body] = answer(path)
    return { status, ok: status < 400, text: async () => JSON.stringify(body) }
  }))
  return calls
}

beforeEach(() => { resetCatalogue(); sessionStorage.clear() })
afterEach(() => { vi.unstubAllGlobals(); document.body.innerHTML = '' })

describe('the station\'s window', () => {
  it('shows its hall, offers the items it receives and sends the pickup hall chosen', async () => {
    const M = (code, name) => ({ code, name, key: true, copies: 1 })
    const AMR_0004 = { code: 'AMR-0004', name: '企业变更登记', crossRegion: ['131003'], materials: [M('APP', '变更登记申请书')],
      promisedDays: 3, statutoryDays: 15, deliveryModes: ['PICKUP'] }
    const TAX_0001 = { code: 'TAX-0001', name: '新办纳税人套餐式服务', materials: [M('BL', '营业执照')], promisedDays: 0 }
    const calls = gateway((p) => {
      if (p === '/api/intake/catalogue/items') return [200, [{ code: 'AMR-0004', version: 2, definition: AMR_0004 },
        { code: 'TAX-0001', version: 1, definition: TAX_0001 }]]
      if (p === '/api/intake/halls') return [200, HALLS]
      if (p === '/api/intake/halls/mine') return [200, HALLS[1]]
      if (p === '/api/intake/cases') return [201, { outcome: 'RECEIVED_ONLY', cases: [], intakeCase: { caseId: 'JZ-20261202-000001' } }]
      if (p === '/api/intake/credit/lookup') return [200, { prompts: [] }]
      return [200, []]
    })
    const { default: WindowWorkspace } = await import('../src/views/WindowWorkspace.vue')
    const w = mount(WindowWorkspace, { global: { plugins: [createI18n({ legacy: false, locale: 'zh', messages }), ElementPlus] },
      attachTo: document.body })
    await flushPromises()
    expect(w.find('[data-test=my-hall]').text()).toContain('九州镇便民服务站')
    expect(w.find('[data-test=my-hall]').text()).toContain('便民服务站')
    expect(w.find('[data-test=my-hall]').text()).toContain('08:30–17:30')
    await w.find('[data-test=applicant-kind] input[value=ORGANISATION]').setValue(true)
    await w.find('[data-test=applicant-name]').setValue('九州测试有限公司')
    await w.find('[data-test=applicant-id]').setValue('91350100M000100Y43')
    await w.find('[data-test=next]').trigger('submit')
    await flushPromises()
    await w.find('[data-test=item-search]').setValue('TAX')
    await flushPromises()
    expect(w.find('[data-test=item-hits]').text()).not.toContain('TAX-0001') // not on the station's list
    await w.find('[data-test=item-search]').setValue('AMR-0004')
    await w.find('[data-test=item-search]').trigger('keydown', { key: 'Enter' })
    await flushPromises()
    const next = () => w.findAll('[data-test=next]').filter((b) => b.isVisible())[0].trigger('click')
    await next()
    await flushPromises()
    await next()
    await flushPromises()
    expect(w.find('[data-test=cross-hall]').exists()).toBe(true)
    expect(w.find('[data-test=pickup-hall]').text()).toContain('九州镇便民服务站（收件大厅）')
    expect(w.find('[data-test=pickup-hall]').text()).toContain('临空政务服务中心（事项所属大厅）')
    await w.find('[data-test=pickup-DX] input').setValue(true)
    await flushPromises()
    await w.find('[data-test=take-in]').trigger('submit')
    await flushPromises()
    const takeIn = calls.find((c) => c.method === 'POST' && c.path === '/api/intake/cases')
    expect(takeIn.body.itemCode).toBe('AMR-0004')
    expect(takeIn.body.pickupHallCode).toBe('DX')
    w.unmount()
  })
})

describe('the hall admin\'s halls panel', () => {
  it('lists the network and saves the admin\'s own hall as edited', async () => {
    const calls = gateway((p) => {
      if (p === '/api/intake/halls') return [200, HALLS]
      if (p === '/api/intake/halls/mine') return [200, HALLS[1]]
      if (p === '/api/intake/halls/JZ') return [200, { ...HALLS[1], version: 2 }]
      return [200, []]
    })
    const { default: HallsPanel } = await import('../src/components/HallsPanel.vue')
    const w = mount(HallsPanel, { global: { plugins: [createI18n({ legacy: false, locale: 'zh', messages }), ElementPlus] },
      attachTo: document.body })
    await flushPromises()
    const table = w.find('[data-test=halls]').text()
    expect(table).toContain('临空政务服务中心')
    expect(table).toContain('便民服务站')
    expect(table).not.toContain('STATION') // no raw codes on screen
    await w.find('[data-test=hall-closes]').setValue('18:00')
    await w.find('[data-test=hall-receives]').setValue('AMR-0004\nAMR-0005')
    await w.find('[data-test=hall-form]').trigger('submit')
    await flushPromises()
    const saved = calls.find((c) => c.method === 'PUT')
    expect(saved.path).toBe('/api/intake/halls/JZ')
    expect(saved.body).toMatchObject({ code: 'JZ', region: '131003', opens: '08:30', closes: '18:00', receives: ['AMR-0004', 'AMR-0005'] })
    w.unmount()
  })
})
