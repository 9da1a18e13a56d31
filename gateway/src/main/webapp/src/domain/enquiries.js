// 咨询答复 / 热线工单 and 回访 (#24 item 5), as the evaluation service keeps them (evaluation-service enquiry package):
// what the desk may still do with an enquiry, the checks it makes before sending (the service makes them again), and
// the month the return visits were last drawn for.

/** The sources an enquiry comes from (EnquiryResource.NewEnquiry.source); a forwarded one names who forwarded it. */
export const SOURCES = ['HOTLINE', 'HALL', 'DEPARTMENT']
export const needsForwardedBy = (source) => source !== 'HOTLINE'

/** A mobile (11 digits) or a landline with its area code, as the service takes it. */
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/

/** Whether the new enquiry's form is complete enough to send. */
export function enquiryReady(form) {
  return Boolean(form.itemCode && form.question?.trim() && form.enquirerName?.trim() && PHONE.test(form.phone?.trim() || '')
    && (!needsForwardedBy(form.source) || form.forwardedBy?.trim()))
}

/** The desk may visit back once the department has answered, until a visit reached the enquirer. */
export const canVisit = (e) => Boolean(e && e.answeredAt && e.visitReached !== true)

/** An answered enquiry may be proposed for the FAQ (once: the service refuses a second). */
export const canPropose = (e) => Boolean(e && e.answeredAt)

/** The department answers its own unanswered enquiries only. */
export const canAnswer = (e, me) => Boolean(e && !e.answeredAt && me?.department && e.departmentCode === me.department)

/** A visit's body: a visit that reached the person carries their rating, one that did not carries none. */
export function visitBody({ reached, satisfaction, note, channel }) {
  const body = { reached: Boolean(reached) }
  if (channel) body.channel = channel
  if (reached) body.satisfaction = satisfaction
  if (note?.trim()) body.note = note.trim()
  return body
}
export const visitReady = (v) => !v.reached || (Number.isInteger(v.satisfaction) && v.satisfaction >= 1 && v.satisfaction <= 5)

// as the service compares (FaqWording): without spaces, punctuation and symbols
const fold = (s) => String(s ?? '').replace(/[\s\p{P}\p{S}]/gu, '')

/** An FAQ entry is written for everyone: neither text may be the enquiry's or the department's unchanged. */
export function faqEdited(enquiry, question, answer) {
  if (!question?.trim() || !answer?.trim()) return false
  return fold(question) !== fold(enquiry?.question) && fold(answer) !== fold(enquiry?.answer)
}

/** The month before the hall day's (yyyy-MM): the last one drawn for return visits (a month is drawn once it ended). */
export function previousMonth(day) {
  const [y, m] = day.split('-').map(Number)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

/** The coverage as the dashboard writes it: 33.3% (2/6), or — when nothing was due. */
export function coverageText(c) {
  if (!c || c.coverage == null) return '—'
  return `${c.coverage}% (${c.visited}/${c.due})`
}
