// Live case events from the gateway (server-sent events). Views subscribe; one connection per page,
// reopened by the browser after a network loss.
const listeners = new Set()
let source = null

export function onCaseEvent(fn) {
  listeners.add(fn)
  ensureOpen()
  return () => listeners.delete(fn)
}

function ensureOpen() {
  if (source || typeof EventSource === 'undefined') return
  source = new EventSource('/api/events/stream')
  source.onmessage = (m) => {
    let event
    try {
      event = JSON.parse(m.data)
    } catch {
      return
    }
    listeners.forEach((fn) => fn(event))
  }
}

/** Calls fn at most once per `ms`, with the last arguments: many events → one reload. */
export function debounce(fn, ms = 400) {
  let t = null
  return (...args) => {
    clearTimeout(t)
    t = setTimeout(() => fn(...args), ms)
  }
}
