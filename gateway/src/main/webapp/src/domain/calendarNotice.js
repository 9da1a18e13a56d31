// The hall admin types a year's holiday notice (国务院办公厅关于某年部分节假日安排的通知) as it reads:
// one holiday per line, its name then its days; the make-up working days on their own. This turns the
// text into the calendar API's year, or says which line is wrong (the service checks the rules again).

const DAY = /^\d{4}-\d{2}-\d{2}$/

function isDay(s) {
  if (!DAY.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s)
}

/** Days written as 2027-01-01, separated by spaces, commas or 、 */
function days(text) {
  return text.split(/[\s,，、]+/).filter(Boolean)
}

/**
 * { year: { holidays: { name: [days] }, makeUpWorkdays: [days], source } } or { errors: [...] } naming each
 * line (1-based) that is not "name day day …" with days of that year.
 */
export function parseNotice(year, holidaysText, makeUpText, source) {
  const errors = []
  const holidays = {}
  holidaysText.split('\n').map((l) => l.trim()).forEach((line, i) => {
    if (!line) return
    const [name, ...rest] = days(line)
    const wrong = rest.filter((d) => !isDay(d) || !d.startsWith(`${year}-`))
    if (!rest.length || wrong.length || isDay(name)) {
      errors.push({ line: i + 1, text: line })
      return
    }
    holidays[name] = [...(holidays[name] || []), ...rest]
  })
  const makeUp = days(makeUpText)
  makeUp.filter((d) => !isDay(d) || !d.startsWith(`${year}-`)).forEach((d) => errors.push({ line: 0, text: d }))
  if (!Object.keys(holidays).length) errors.push({ line: 0, text: '' })
  return errors.length ? { errors } : { year: { holidays, makeUpWorkdays: makeUp, source } }
}
