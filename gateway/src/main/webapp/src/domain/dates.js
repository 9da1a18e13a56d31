// Dates and times as the hall writes them, always in Beijing time (Asia/Shanghai), whatever the zone of
// the machine the browser runs on: 2026年12月1日 · 2026年12月1日 14:30.
//
// Deadlines: the services keep a limit in working days as an exclusive end instant — the start of the day
// after its last day (common WorkingCalendar.deadline: "close of its last day" = next day 00:00 Beijing).
// The hall writes such a limit as its last day: 办结期限 2026年12月1日, never 2026/12/2 00:00:00.
// A limit in office minutes (the 20-minute acceptance, a paper transfer) ends within a day and is written
// with its time.

export const HALL_ZONE = 'Asia/Shanghai'
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: HALL_ZONE, year: 'numeric', month: 'numeric', day: 'numeric',
  hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23',
})

/** An instant's calendar day and time of day in Beijing; null when it is no instant. */
export function hallParts(instant) {
  if (instant == null || instant === '') return null
  const d = instant instanceof Date ? instant : new Date(instant)
  if (Number.isNaN(d.getTime())) return null
  const p = {}
  for (const { type, value } of parts.formatToParts(d)) if (type !== 'literal') p[type] = Number(value)
  // the offset is whole hours: the milliseconds are the same in every zone
  return { year: p.year, month: p.month, day: p.day, hour: p.hour % 24, minute: p.minute, second: p.second, ms: d.getUTCMilliseconds() }
}

const pad = (n) => String(n).padStart(2, '0')

/** A calendar day: 2026年12月1日 / 1 Dec 2026. */
export function writeDay({ year, month, day }, locale = 'zh') {
  return locale === 'en' ? `${day} ${MONTHS[month - 1]} ${year}` : `${year}年${month}月${day}日`
}

/** The day before a calendar day (months and years roll over). */
function dayBefore({ year, month, day }) {
  const d = new Date(Date.UTC(year, month - 1, day - 1))
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

/** When something happened: 2026年11月24日 09:30:05 (Beijing time, 24-hour clock); `empty` when there is none. */
export function hallTime(instant, empty = '', locale = 'zh') {
  const p = hallParts(instant)
  return p ? `${writeDay(p, locale)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` : empty
}

/**
 * A deadline as the hall writes it. An end instant at 00:00 Beijing time closes the day before: the
 * last day is written, without a time (2026-12-01T16:00:00Z → 2026年12月1日). Any other instant is
 * written with its minute (2026年12月1日 10:35).
 */
export function hallDeadline(instant, empty = '', locale = 'zh') {
  const p = hallParts(instant)
  if (!p) return empty
  if (p.hour === 0 && p.minute === 0 && p.second === 0 && p.ms === 0) return writeDay(dayBefore(p), locale)
  return `${writeDay(p, locale)} ${pad(p.hour)}:${pad(p.minute)}`
}

/**
 * When something starts (a catalogue version in force, a delegation): at 00:00 Beijing time the day
 * itself (2026年1月1日), otherwise with its minute.
 */
export function hallStart(instant, empty = '', locale = 'zh') {
  const p = hallParts(instant)
  if (!p) return empty
  if (p.hour === 0 && p.minute === 0 && p.second === 0 && p.ms === 0) return writeDay(p, locale)
  return `${writeDay(p, locale)} ${pad(p.hour)}:${pad(p.minute)}`
}

/** The time of day only, in Beijing: 09:30:05. */
export function hallClock(instant, empty = '') {
  const p = hallParts(instant)
  return p ? `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` : empty
}
