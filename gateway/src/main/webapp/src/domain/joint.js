// 联审联办 (JOINT items) and 上报件 (FORWARDED items) in the review workspace: what the reviewer's department may do with
// the joint review approval answers (GET /api/approval/cases/{caseId}/joint-review). Pure functions, tested alone.

/** The reviewer's own co-department opinion on the case, if its department is a co-department. */
export function ownOpinion(view, department) {
  return (view?.opinions || []).find((o) => o.departmentCode === department) || null
}

/** A co-department gives its opinion once, while the lead's case is open. */
export function canGiveOpinion(view, department) {
  const mine = ownOpinion(view, department)
  return !!view && view.part === 'JOINT_OPINION' && !!mine && mine.state === 'PENDING' && isOpen(view.status)
}

/** The department of a FORWARDED case gives its first-instance opinion and forwards, once the file is accepted. */
export function canForward(view) {
  return !!view && view.kind === 'FORWARDED' && view.part === 'FIRST_INSTANCE' && !view.forwarding?.forwardedAt && view.status === 'QUEUED'
}

/** The lead of a JOINT case waits for the opinions (the service refuses 409 joint-opinions-pending otherwise). */
export function leadMustWait(view) {
  return !!view && view.kind === 'JOINT' && view.part === 'DECISION' && view.status === 'QUEUED' && !view.leadMayDecide
}

/**
 * Whether the department decides this case itself: not a co-department (it only gives its opinion), not the department
 * of a forwarded item (the higher authority decides).
 */
export function decidesItself(part) {
  return part !== 'JOINT_OPINION' && part !== 'FIRST_INSTANCE'
}

/** A reason is needed for a DISAGREE opinion and for every first-instance opinion. */
export function reasonsMissing(kind, opinion, reasons) {
  const blank = !reasons || !reasons.trim()
  return blank && (kind === 'FORWARDED' || opinion === 'DISAGREE')
}

function isOpen(status) {
  return status === 'QUEUED' || status === 'AWAITING_ACCEPTANCE'
}
