// 网上预审 (#23): the pure rules of the applicant's pre-review page and of the pre-review post's workspace.
// The service decides every file and every answer; what is here only guides the person before they send.

/** What the page says before a file is sent: the service's own limits are the ones that count. */
export const FILE_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  types: ['application/pdf', 'image/jpeg', 'image/png'],
  extensions: ['.pdf', '.jpg', '.jpeg', '.png'],
  accept: '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png',
}

/** A hint about a file before it is sent (vocabulary kind fileHint), or null when it looks fine. */
export function fileHint(file, limits = FILE_LIMITS) {
  if (!file) return null
  if (!file.size) return 'EMPTY'
  if (file.size > limits.maxBytes) return 'TOO_LARGE'
  const name = String(file.name || '').toLowerCase()
  const typeOk = file.type ? limits.types.includes(file.type) : false
  const nameOk = limits.extensions.some((e) => name.endsWith(e))
  return typeOk || nameOk ? null : 'TYPE'
}

/** A file's size, whatever the service calls it. */
export const sizeOf = (f) => f?.sizeBytes ?? f?.size ?? null

/** 10 MB / 512 KB / 300 B */
export function sizeText(bytes) {
  if (bytes == null) return ''
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} B`
}

/** The upload address of one material of a pre-review: the file name rides in the query (the gateway passes no other header). */
export function uploadPath(preReviewId, materialCode, fileName) {
  const base = `/api/intake/applicant/pre-reviews/${encodeURIComponent(preReviewId)}/materials/${encodeURIComponent(materialCode)}`
  return fileName ? `${base}?fileName=${encodeURIComponent(fileName)}` : base
}

/**
 * The files of a pre-review by material code: its list of files, or — where it sends none — each material's own
 * (the service sends both, the same files twice: one list is read, never both).
 */
export function filesByMaterial(preReview) {
  const out = {}
  const add = (code, f) => { (out[code] ||= []).push(f) }
  if (Array.isArray(preReview?.files)) {
    for (const f of preReview.files) add(f.materialCode, f)
    return out
  }
  for (const m of preReview?.materials || []) {
    if (m.file) add(m.code || m.materialCode, m.file)
    for (const f of m.files || []) add(m.code || m.materialCode, f)
  }
  return out
}

/** The materials the item asks for that have no file yet (key materials first: the service refuses without them). */
export function missingMaterials(materials, preReview) {
  const have = filesByMaterial(preReview)
  return (materials || []).filter((m) => !have[m.code]?.length).sort((a, b) => Number(!!b.key) - Number(!!a.key))
}

/** When a pre-review was submitted / is due, whatever the service calls the field. */
export const submittedAt = (r) => r?.submittedAt || r?.createdAt || null
export const dueAt = (r) => r?.dueAt || r?.deadline || r?.answerDueAt || null

/** The pre-review post's queue: oldest submission first (first come, first checked). */
export function oldestFirst(rows) {
  const t = (r) => (submittedAt(r) ? Date.parse(submittedAt(r)) : Infinity)
  return [...(rows || [])].sort((a, b) => t(a) - t(b) || String(a.id).localeCompare(String(b.id)))
}

/** Past its limit and still unanswered (the service's own flag wins when it sends one). */
export function isOverdue(row, now) {
  if (typeof row?.overdue === 'boolean') return row.overdue
  const due = dueAt(row)
  return !!due && Date.parse(due) < new Date(now).getTime() && !row.answeredAt
}

/**
 * A file's address through the gateway: the service names it under its own /api (`/api/pre-reviews/…/files/APP`),
 * the browser reaches it under the service's prefix (`/api/intake/pre-reviews/…`).
 */
export function throughGateway(href, service = 'intake') {
  if (!href) return null
  if (href.startsWith(`/api/${service}/`) || !href.startsWith('/api/')) return href
  return `/api/${service}/${href.slice('/api/'.length)}`
}

/** What a pass may say of a material with no file: it does not apply, or the applicant brings it to the window. */
export const MARKS = ['NOT_APPLICABLE', 'BRING_TO_WINDOW']

/** The materials of a pre-review's detail with no file: each needs a mark for a pass (the service refuses one without). */
export const unfiledMaterials = (materials = []) => (materials || []).filter((m) => m && !m.file)

/** The marks a key material may take: never "not applicable" (a key material always applies). */
export const marksFor = (material) => (material?.key ? ['BRING_TO_WINDOW'] : MARKS)

/**
 * What still keeps an answer from being sent, as i18n keys under `preReview.` (empty: ready):
 * passed needs an appointment (a day and a slot) or "come any time", and a mark for every material with no file (else
 * the window would find it missing and give a second notice); a notice needs at least one material, each with a reason.
 */
export function answerGaps(form, materials = []) {
  if (form.outcome === 'PASSED') {
    const gaps = form.comeAnyTime || (form.appointmentDay && form.appointmentSlot) ? [] : ['needAppointment']
    const marks = form.marks || {}
    if (unfiledMaterials(materials).some((m) => !marksFor(m).includes(marks[m.code]))) gaps.push('needMarks')
    return gaps
  }
  if (form.outcome === 'NOTICE') {
    const problems = Object.entries(form.problems || {}).filter(([, p]) => p.picked)
    if (!problems.length) return ['needProblem']
    return problems.some(([, p]) => !String(p.reason || '').trim()) ? ['needReason'] : []
  }
  return ['needOutcome']
}

/**
 * The answer as the service takes it: passed with its appointment (the day and the slot's start, booked for the
 * applicant at the hall) or "come any time", or the one notice listing every problem material with its reason.
 */
export function answerBody(form, materials = []) {
  if (form.outcome === 'PASSED') {
    const body = form.comeAnyTime
      ? { outcome: 'PASSED', comeAnyTime: true, note: form.note || null }
      : { outcome: 'PASSED', comeAnyTime: false, appointmentDay: form.appointmentDay, appointmentSlot: form.appointmentSlot, note: form.note || null }
    // a mark for each material with no file, and only for those
    const marks = unfiledMaterials(materials).filter((m) => (form.marks || {})[m.code])
      .map((m) => ({ materialCode: m.code, mark: form.marks[m.code] }))
    return marks.length ? { ...body, materials: marks } : body
  }
  const name = (code) => materials.find((m) => m.code === code)?.name || code
  const problems = Object.entries(form.problems || {}).filter(([, p]) => p.picked)
    .map(([code, p]) => ({ materialCode: code, materialName: name(code), reason: String(p.reason).trim() }))
  return { outcome: 'NOTICE', problems, note: form.note || null }
}

/**
 * The answer a pre-review carries, for its applicant: passed (an appointment booked, or come any time, and what to
 * bring to the window: the materials the pass marked BRING_TO_WINDOW) or the one-time notice with its problems and
 * note; null while there is none (a draft, or submitted again after a notice).
 */
export function answerOf(review) {
  if (!review) return null
  if (review.status === 'PASSED' || review.status === 'TAKEN_IN') {
    return { outcome: 'PASSED', comeAnyTime: !!review.comeAnyTime, appointmentId: review.appointmentId || null,
      appointmentDay: review.appointmentDay || null, appointmentSlot: review.appointmentSlot || null, answeredAt: review.answeredAt || null,
      bringToWindow: (review.materials || []).filter((m) => m?.mark === 'BRING_TO_WINDOW').map((m) => ({ code: m.code, name: m.name || m.code })) }
  }
  if (review.status === 'NOTICE') {
    return { outcome: 'NOTICE', problems: review.notice?.problems || [], note: review.notice?.note || null, answeredAt: review.answeredAt || null }
  }
  return null
}
