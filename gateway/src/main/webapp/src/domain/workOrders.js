// A rectification work order's steps as the evaluation service takes them: verify → rectify → answer,
// each once, in that order (WorkOrderService.step), none once the order is closed — answered, or closed
// by an upheld appeal, whose status stays where the steps had got to.
const NEXT = { OPEN: 'VERIFIED', VERIFIED: 'RECTIFIED', RECTIFIED: 'ANSWERED' }

/** The step the order waits for (VERIFIED, RECTIFIED, ANSWERED), or null when it is closed. */
export function nextStep(order) {
  if (!order || order.answeredAt) return null
  return NEXT[order.status] ?? null
}

/** The steps taken, each with what was written, by whom and when, in order. */
export function doneSteps(order) {
  if (!order) return []
  return [
    { step: 'VERIFIED', text: order.finding, by: order.verifiedBy, at: order.verifiedAt },
    { step: 'RECTIFIED', text: order.measures, by: order.rectifiedBy, at: order.rectifiedAt },
    { step: 'ANSWERED', text: order.answer, by: order.answeredBy, at: order.answeredAt },
  ].filter((s) => s.at)
}
