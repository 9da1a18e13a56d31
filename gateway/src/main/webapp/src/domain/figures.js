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

/**
 * 告知承诺不实 over a period (#23 item 5; evaluation-service GET /api/supervision/false-commitments): the count per
 * department, most first (then by code), and the findings, latest first. No answer yet gives a total of null (the
 * dashboard shows —); an answer with no finding is a total of 0. A finding names its item only when the service
 * sends one (itemCode / itemName); the department and material are codes, named by the view from the catalogue.
 */
export function falseCommitmentFigures(answer) {
  const at = (f) => {
    const t = Date.parse(f.foundAt)
    return Number.isNaN(t) ? -Infinity : t
  }
  const findings = (Array.isArray(answer?.findings) ? answer.findings : [])
    .map((f) => ({
      caseId: f.caseId, itemCode: f.itemCode ?? null, itemName: f.itemName ?? null, materialCode: f.materialCode,
      departmentCode: f.departmentCode, foundAt: f.foundAt ?? null, note: f.note ?? '', foundByName: f.foundByName ?? null,
    }))
    .sort((a, b) => at(b) - at(a) || String(a.caseId).localeCompare(String(b.caseId))
      || String(a.materialCode).localeCompare(String(b.materialCode)))
  let counts = answer?.perDepartment
  if (!counts || typeof counts !== 'object' || Array.isArray(counts)) {
    counts = {}
    for (const f of findings) counts[f.departmentCode] = (counts[f.departmentCode] || 0) + 1
  }
  const perDepartment = Object.entries(counts)
    .map(([departmentCode, count]) => ({ departmentCode, count: Number(count) }))
    .filter((d) => d.count > 0)
    .sort((a, b) => b.count - a.count || a.departmentCode.localeCompare(b.departmentCode))
  const total = answer == null ? null : Number.isFinite(answer.total) ? answer.total : findings.length
  return { total, perDepartment, findings }
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
