// 多情形受理 (#24): an item's questions choose its situation (情形), and the checklist follows — only that situation's
// materials, its own limits. The intake service decides (GET …/checklist); these helpers only shape what it is asked
// and what the take-in form does with its answer.

const WINDOW = '/api/intake/catalogue/items'
const GUIDE = '/api/intake/guide/items'

/** The item has situations the window must choose one of (its definition as the catalogue publishes it). */
export function hasSituations(definition) {
  return !!definition && Array.isArray(definition.situations) && definition.situations.length > 0
}

/** Every question answered (an answer is an option code of its question). */
export function allAnswered(questions, answers) {
  return (questions || []).length > 0
    && questions.every((q) => q.options.some((o) => o.code === answers?.[q.code]))
}

/** `TYPE:NEW,KIND:CORP` as the service reads `answers`, in the questions' order; only the questions asked. */
export function answersQuery(questions, answers) {
  return (questions || []).filter((q) => answers?.[q.code]).map((q) => `${q.code}:${answers[q.code]}`).join(',')
}

/** The checklist's address: the window's (staff) or the public guide's, with the answers when there are any. */
export function checklistPath(code, questions, answers, { guide = false } = {}) {
  const base = `${guide ? GUIDE : WINDOW}/${encodeURIComponent(code)}/checklist`
  const q = answersQuery(questions, answers)
  return q ? `${base}?answers=${encodeURIComponent(q)}` : base
}

/**
 * The item as the take-in form checks it for the chosen situation: the checklist's materials and limits in place of the
 * item's (mergeChecklist then lists those alone). Without a checklist the definition as it is.
 */
export function forSituation(definition, checklist) {
  if (!definition || !checklist?.situation || checklist.itemCode !== definition.code) return definition
  return { ...definition, materials: checklist.materials, statutoryDays: checklist.statutoryDays,
    promisedDays: checklist.promisedDays, situationCode: checklist.situation.code }
}

/**
 * The situation code the take-in request names: that of the one chosen item with situations (the service takes one
 * such item per take-in); null when none has situations; undefined while one still waits for its answers.
 */
export function situationFor(definitions, checklists) {
  const needing = (definitions || []).filter(hasSituations)
  if (!needing.length) return null
  const c = checklists?.[needing[0].code]
  return c?.situation ? c.situation.code : undefined
}
