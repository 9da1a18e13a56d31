// The colours of a deadline as the queue shows it: normal, warning (预警), overdue (超期).
export function clockTag(state) {
  switch (state) {
    case 'OVERDUE': return 'danger'
    case 'WARNING': return 'warning'
    case 'STOPPED': return 'info'
    default: return 'success'
  }
}

/**
 * The time left before a deadline, or by how much it is overdue, from two instants (ms or ISO strings):
 * "2d 3h" / "45min" / "-1h 0min" in English, 剩2天3小时 / 剩45分钟 / 已超1小时0分 in Chinese.
 */
export function timeLeft(deadline, now, locale = 'en') {
  if (!deadline) return ''
  const ms = new Date(deadline).getTime() - new Date(now).getTime()
  const abs = Math.abs(ms)
  const minutes = Math.floor(abs / 60000)
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  if (locale === 'zh') {
    const text = days > 0 ? `${days}天${hours}小时` : hours > 0 ? `${hours}小时${minutes % 60}分` : `${minutes}分钟`
    return ms < 0 ? `已超${text}` : `剩${text}`
  }
  const text = days > 0 ? `${days}d ${hours}h` : hours > 0 ? `${hours}h ${minutes % 60}min` : `${minutes}min`
  return ms < 0 ? `-${text}` : text
}

/** The queue sorted by deadline, overdue first; cases without a deadline last. */
export function byDeadline(cases) {
  const rank = { OVERDUE: 0, WARNING: 1 }
  return [...cases].sort((a, b) => (rank[a.clockState] ?? 2) - (rank[b.clockState] ?? 2)
    || (a.deadline ? Date.parse(a.deadline) : Infinity) - (b.deadline ? Date.parse(b.deadline) : Infinity))
}
