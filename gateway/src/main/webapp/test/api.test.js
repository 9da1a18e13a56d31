import { describe, expect, it, vi } from 'vitest'
import { ApiError, call, submissionKeys } from '../src/api'

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
