// 照单收件: the materials checklist of the chosen items as one list (a material several items need is
// handed in once), and what the clerk's ticks mean before the intake service decides for good.

export const STATUSES = ['PROVIDED', 'ORIGINAL_VERIFIED', 'MISSING', 'WRONG_FORM', 'NOT_APPLICABLE']

/** One row per material code across the items' definitions; `items` lists which items need it. */
export function mergeChecklist(definitions) {
  const rows = new Map()
  for (const d of definitions) {
    for (const m of d.materials || []) {
      const row = rows.get(m.code)
      if (row) {
        row.items.push(d.code)
        row.key = row.key || m.key
        row.deferrable = row.deferrable && m.deferrable
        row.originalToVerify = row.originalToVerify || m.originalToVerify
      } else {
        rows.set(m.code, { ...m, items: [d.code], status: m.originalToVerify ? 'ORIGINAL_VERIFIED' : 'PROVIDED' })
      }
    }
  }
  return [...rows.values()]
}

export function toRequest(rows) {
  return rows.map((r) => ({ code: r.code, status: r.status }))
}

export function lacking(rows) {
  return rows.filter((r) => r.status === 'MISSING' || r.status === 'WRONG_FORM')
}

/**
 * Whether 容缺 could apply: something lacks, nothing lacking is a key material, everything lacking may
 * be deferred and every chosen item allows it. Credit, risk and the commitment are the server's to check.
 */
export function deferralPossible(rows, definitions) {
  const missing = lacking(rows)
  return missing.length > 0
    && missing.every((r) => !r.key && r.deferrable)
    && definitions.every((d) => d.deferralAllowed)
}

/** Review points (审查要点) of all chosen items, each once. */
export function reviewPoints(definitions) {
  return [...new Set(definitions.flatMap((d) => d.reviewPoints || []))]
}

/**
 * 审查要点 to check, one row per point and item (the service keeps each item's answers with its case), in the
 * items' order: the clerk confirms each point (CONFIRMED) or marks it as failing (FAILED, with a note that goes
 * into the one-time notice). `outcome` starts empty: the service refuses a take-in with a point unanswered.
 */
export function reviewChecklist(definitions) {
  return definitions.flatMap((d) => (d.reviewPoints || []).map((point) => ({ itemCode: d.code, point, outcome: null, note: '' })))
}

export function unansweredReviewPoints(rows) {
  return rows.filter((r) => r.outcome !== 'CONFIRMED' && r.outcome !== 'FAILED')
}

/** The answers given, for the take-in request (an unanswered point is left out: the service names it). */
export function reviewRequest(rows) {
  return rows.filter((r) => r.outcome).map((r) => ({ itemCode: r.itemCode, point: r.point, outcome: r.outcome,
    note: r.outcome === 'FAILED' && r.note.trim() ? r.note.trim() : null }))
}
