// The colours of a deadline as the queue shows it: normal, warning (预警), overdue (超期).
export function clockTag(state) {
  switch (state) {
    case 'OVERDUE': return 'danger'
    case 'WARNING': return 'warning'
    case 'STOPPED': return 'info'
    default: return 'success'
  }
}

/** "2 d 3 h" / "45 min" left, or overdue by; from two instants (ms or ISO strings). */
export function timeLeft(deadline, now) {
  if (!deadline) return ''
  const ms = new Date(deadline).getTime() - new Date(now).getTime()
  const abs = Math.abs(ms)
  const minutes = Math.floor(abs / 60000)
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const text = days > 0 ? `${days}d ${hours}h` : hours > 0 ? `${hours}h ${minutes % 60}min` : `${minutes}min`
  return ms < 0 ? `-${text}` : text
}

/** The queue sorted by deadline, overdue first; cases without a deadline last. */
export function byDeadline(cases) {
  const rank = { OVERDUE: 0, WARNING: 1 }
  return [...cases].sort((a, b) => (rank[a.clockState] ?? 2) - (rank[b.clockState] ?? 2)
    || (a.deadline ? Date.parse(a.deadline) : Infinity) - (b.deadline ? Date.parse(b.deadline) : Infinity))
}
