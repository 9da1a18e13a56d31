import { describe, expect, it, vi } from 'vitest'
import { ApiError, call, submissionKeys, untilFound } from '../src/api'

const answer = (status, body) => ({ status, ok: status < 400, text: async () => (body == null ? '' : JSON.stringify(body)) })

describe('calls through the gateway', () => {
  it('sends JSON and returns the parsed answer', async () => {
    const fetchImpl = vi.fn(async () => answer(201, { caseId: 'DX-1' }))
    expect(await call('POST', '/api/intake/cases', { a: 1 }, { fetchImpl })).toEqual({ caseId: 'DX-1' })
    const [path, init] = fetchImpl.mock.calls[0]
    expect(path).toBe('/api/intake/cases')
    expect(init.headers['Content-Type']).toBe('application/json')
    expect(JSON.parse(init.body)).toEqual({ a: 1 })
  })

  it('turns a problem into an error with both languages', async () => {
    const problem = { status: 422, code: 'unknown-item', detail: 'No such item', detailZh: '事项清单中没有该事项' }
    const fetchImpl = vi.fn(async () => answer(422, problem))
    const e = await call('POST', '/x', {}, { fetchImpl }).catch((x) => x)
    expect(e).toBeInstanceOf(ApiError)
    expect(e.status).toBe(422)
    expect(e.message_('zh')).toBe('事项清单中没有该事项')
    expect(e.message_('en')).toBe('No such item')
  })

  it('retries a concurrent change once, and only once', async () => {
    const conflict = answer(409, { code: 'concurrent-change', detail: 'reload' })
    const ok = vi.fn().mockResolvedValueOnce(conflict).mockResolvedValueOnce(answer(200, { done: true }))
    expect(await call('POST', '/y', {}, { fetchImpl: ok })).toEqual({ done: true })
    expect(ok).toHaveBeenCalledTimes(2)

    const always = vi.fn(async () => conflict)
    const e = await call('POST', '/y', {}, { fetchImpl: always }).catch((x) => x)
    expect(e.status).toBe(409)
    expect(always).toHaveBeenCalledTimes(2)
  })

  it('does not retry other conflicts', async () => {
    const fetchImpl = vi.fn(async () => answer(409, { code: 'already-delivered' }))
    await call('POST', '/z', {}, { fetchImpl }).catch(() => {})
    expect(fetchImpl).toHaveBeenCalledTimes(1)
  })
})

describe('submission keys', () => {
  it('keeps one key while the same submission is sent again, and a new one for a changed form or after success', () => {
    let n = 0
    const keys = submissionKeys(() => `k${++n}`)
    const body = { itemCode: 'AMR-0001', applicant: { name: '张三' } }
    const first = keys.keyFor(body)
    expect(keys.keyFor({ ...body })).toBe(first)
    const changed = keys.keyFor({ ...body, itemCode: 'AMR-0002' })
    expect(changed).not.toBe(first)
    keys.done()
    expect(keys.keyFor({ ...body, itemCode: 'AMR-0002' })).not.toBe(changed)
  })

  it('sends extra headers such as the key with the call', async () => {
    const fetchImpl = vi.fn(async () => answer(201, { ok: true }))
    await call('POST', '/api/intake/cases', {}, { fetchImpl, headers: { 'Idempotency-Key': 'abc12345' } })
    expect(fetchImpl.mock.calls[0][1].headers['Idempotency-Key']).toBe('abc12345')
    expect(fetchImpl.mock.calls[0][1].headers.Accept).toBe('application/json')
  })
})

describe('acts on something that is on its way', () => {
  it('repeats a 404 with a growing wait until it is found', async () => {
    let t = 0
    const waits = []
    const act = vi.fn()
      .mockRejectedValueOnce(new ApiError(404, { code: 'not-found' }))
      .mockRejectedValueOnce(new ApiError(404, { code: 'not-found' }))
      .mockResolvedValueOnce({ status: 'READY' })
    const r = await untilFound(act, { sleep: async (ms) => { waits.push(ms); t += ms }, now: () => t })
    expect(r).toEqual({ status: 'READY' })
    expect(waits).toEqual([250, 500])
  })

  it('gives the 404 back once the time is up, and any other refusal at once', async () => {
    let t = 0
    const missing = vi.fn().mockRejectedValue(new ApiError(404, { code: 'not-found' }))
    await expect(untilFound(missing, { within: 5000, sleep: async (ms) => { t += ms }, now: () => t })).rejects.toMatchObject({ status: 404 })
    expect(t).toBeLessThanOrEqual(5000)
    expect(missing.mock.calls.length).toBeGreaterThan(2)
    const refused = vi.fn().mockRejectedValue(new ApiError(403, { code: 'other-department' }))
    await expect(untilFound(refused, { sleep: async () => {}, now: () => 0 })).rejects.toMatchObject({ status: 403 })
    expect(refused).toHaveBeenCalledTimes(1)
  })
})
