// 窗口无否决权: how a sign-off stands on screen and what the desk and the window send. The service decides (who may
// decide, once, never their own, which take-in an overrule allows); these only show and shape.

/** Whether the take-in's answer is a return or refusal waiting for the sign-off (202 PENDING_SIGN_OFF). */
export function isPendingSignOff(answer) {
  return !!answer && answer.status === 'PENDING_SIGN_OFF'
}

/** The time left as the desk shows it, from the service's office minutes: { minutes, late } with minutes ≥ 0. */
export function signOffClock(signOff) {
  if (!signOff || signOff.status !== 'PENDING') return null
  const m = signOff.minutesLeft ?? 0
  return { minutes: Math.abs(m), late: m < 0 }
}

/** The decision as the service takes it: CONFIRM or OVERRULE and the reasons, trimmed; null while incomplete. */
export function decisionBody(decision, reasons) {
  const text = (reasons || '').trim()
  if (!['CONFIRM', 'OVERRULE'].includes(decision) || !text) return null
  return { decision, reasons: text }
}

/**
 * The take-in's body once the sign-off was overruled: the same file, naming the overrule, and no longer returned —
 * the window takes it in (the service checks it is the same applicant, items and hall).
 */
export function overruledTakeIn(body, signOffId) {
  if (!signOffId) return body
  const { outOfScopeReason, ...rest } = body
  return { ...rest, overruledSignOffId: signOffId }
}

/** What the window does next for a sign-off it follows: wait, print the notice, or take the file in. */
export function nextStep(signOff) {
  if (!signOff) return 'WAIT'
  if (signOff.status === 'CONFIRMED') return 'PRINT_NOTICE'
  if (signOff.status === 'OVERRULED') return signOff.usedCaseId ? 'DONE' : 'TAKE_IN'
  return 'WAIT'
}
