// Every call goes to the gateway with the login session's cookie; the gateway adds the user's token.
// A problem answer (RFC 7807) becomes an ApiError carrying both languages' messages.
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`)
    this.status = status
    this.problem = problem || {}
  }

  message_(locale) {
    const p = this.problem
    const zh = p.detailZh || p.titleZh
    const en = p.detail || p.title
    return (locale === 'en' ? en || zh : zh || en) || `HTTP ${this.status}`
  }
}

export async function call(method, path, body, { retryOnConflict = true, fetchImpl = globalThis.fetch, headers = {}, reload = true, raw = false } = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers }, credentials: 'same-origin' }
  if (raw) {
    // a file as it is (an applicant's upload): its own bytes and type, never JSON
    init.headers['Content-Type'] = body.type || 'application/octet-stream'
    init.body = body
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json'
    init.body = JSON.stringify(body)
  }
  const res = await fetchImpl(path, init)
  if (res.status === 401) {
    // the session ended: a full page load takes the user through Keycloak's login again
    // (not on the public pages: the applicant's guide works without a login, and a reload would only loop)
    if (reload && globalThis.location && !path.startsWith('/api/display')) globalThis.location.reload()
    throw new ApiError(401, { title: 'Unauthorized', titleZh: '登录已过期' })
  }
  const text = await res.text()
  const data = text ? safeJson(text) : null
  if (!res.ok) {
    // a monitor touched the same row at the same instant: nothing was changed, so one retry is safe
    if (res.status === 409 && data?.code === 'concurrent-change' && retryOnConflict) {
      return call(method, path, body, { retryOnConflict: false, fetchImpl, headers, reload, raw })
    }
    throw new ApiError(res.status, data)
  }
  return data
}

function safeJson(text) {
  try {
    return JSON.parse(text)
  } catch {
    return { detail: text }
  }
}

export const get = (p) => call('GET', p)
export const post = (p, b = {}) => call('POST', p, b)
export const put = (p, b) => call('PUT', p, b)

/**
 * The applicant's page: the same calls, but a missing login is an answer (401), not a reload — the guide is
 * public, and the applicant's own lists say "log in" instead.
 */
export const open = {
  get: (p) => call('GET', p, undefined, { reload: false }),
  post: (p, b = {}) => call('POST', p, b, { reload: false }),
  /** A file's bytes as they are (File or Blob), with its own type. */
  putFile: (p, file) => call('PUT', p, file, { reload: false, raw: true }),
}

/**
 * One key per submission, kept while the same submission is sent again: a take-in whose answer was
 * lost (the clerk presses 提交 again after a 502 or a network error) then gets its first answer back
 * instead of a second case. A changed form is a new submission with a new key.
 */
export function submissionKeys(newKey = () => globalThis.crypto.randomUUID()) {
  let last = null
  return {
    keyFor(body) {
      const text = JSON.stringify(body)
      if (!last || last.text !== text) last = { text, key: newKey() }
      return last.key
    },
    done() {
      last = null
    },
  }
}
