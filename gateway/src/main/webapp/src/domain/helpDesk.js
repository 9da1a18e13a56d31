// 帮办代办: the help desk's rules as the helper's workspace shows them. The service decides (in time or late, once,
// by the helper only); these only say how a request stands on screen and what the assisted take-in sends.

/** Seconds left to answer a request in time at `now` (ms), negative once late; null once answered. */
export function secondsLeft(request, now) {
  if (!request || request.answeredAt) return null
  return Math.floor((Date.parse(request.dueAt) - now) / 1000)
}

/** The countdown as the desk shows it: { seconds, late } with seconds ≥ 0; null once answered. */
export function countdown(request, now) {
  const left = secondsLeft(request, now)
  if (left == null) return null
  return { seconds: Math.abs(left), late: left < 0 }
}

/** A share (0.9) as a percentage text (90.0%); '—' when there is none yet. */
export function percent(share) {
  return share == null ? '—' : `${(share * 100).toFixed(1)}%`
}

/** Whether an answered request may still be taken in on the applicant's behalf (代办受理): ASSISTED, no case yet. */
export function canTakeIn(request) {
  return !!request && request.resolution === 'ASSISTED' && !request.caseId
}

/** Where the assisted take-in opens: the window's form, for this request. */
export function assistedTakeInPath(request) {
  return `/window?helpRequest=${encodeURIComponent(request.id)}`
}

/** The take-in's body as the helper sends it: the window's, naming the help request (none: unchanged). */
export function withHelpRequest(body, helpRequestId) {
  return helpRequestId ? { ...body, helpRequestId } : body
}

/** A new request as the service takes it: blank fields left out, the item code upper-cased. */
export function newRequestBody(form) {
  const body = { channel: form.channel, question: (form.question || '').trim() }
  if (form.applicantName?.trim()) body.applicantName = form.applicantName.trim()
  if (form.phone?.trim()) body.phone = form.phone.trim()
  if (form.itemCode?.trim()) body.itemCode = form.itemCode.trim().toUpperCase()
  return body
}
