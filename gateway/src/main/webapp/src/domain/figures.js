// Totals the supervisor's dashboard shows over the per-department rows the services return.
export function satisfactionTotals(rows) {
  const ratings = rows.reduce((s, r) => s + r.ratings, 0)
  const satisfied = rows.reduce((s, r) => s + r.satisfied, 0)
  const bad = rows.reduce((s, r) => s + r.bad, 0)
  return { ratings, satisfied, bad, rate: ratings ? Math.round((satisfied / ratings) * 10000) / 100 : null }
}

export function onTimeTotals(rows) {
  const decided = rows.reduce((s, r) => s + r.decided, 0)
  const onTime = rows.reduce((s, r) => s + r.onTime, 0)
  const overdueOpen = rows.reduce((s, r) => s + r.overdueOpen, 0)
  return { decided, onTime, overdueOpen, rate: decided ? Math.round((onTime / decided) * 10000) / 100 : null }
}

/** Today in the hall (Asia/Shanghai), as yyyy-MM-dd, whatever the browser's own time zone. */
export function hallDay(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(now)
}

export function monthStart(day) {
  return day.slice(0, 8) + '01'
}

// An instant as the hall reads it (Beijing time, 24-hour clock): see dates.js, where deadlines are written too.
export { hallTime } from './dates'
