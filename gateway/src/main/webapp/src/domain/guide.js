// 办事指南 (#23): the public service guide as the applicant's page shows it. The guide API answers an item
// either flat (code, name, materials… beside departmentName) or as the catalogue does (definition + its
// version): both are read into one shape here, so the views never care which.

export const CHANNELS = ['WINDOW', 'ONLINE_PRE_REVIEW', 'POST']
export const GUIDE_LISTS = ['only-once', 'on-the-spot', 'fully-online']
const GUIDE = '/api/intake/guide'

/** One item of the guide in one shape; null for nothing. Channels default to the window (versions before #23). */
export function guideItem(raw) {
  if (!raw) return null
  const d = raw.definition || raw.inForce?.definition || raw
  const outer = raw.inForce || raw
  const channels = Array.isArray(d.channels) && d.channels.length ? d.channels : ['WINDOW']
  return {
    code: d.code,
    name: d.name,
    departmentCode: d.departmentCode,
    departmentName: outer.departmentName || raw.departmentName || d.departmentName || d.departmentCode || '',
    itemType: d.itemType,
    promisedDays: d.promisedDays,
    statutoryDays: d.statutoryDays,
    // the guide's own words beside its codes (即办, 1个工作日, 长期有效…), where it sends them
    promisedZh: d.promisedZh || null,
    statutoryZh: d.statutoryZh || null,
    preReviewLimitZh: d.preReviewLimitZh || null,
    resultValidZh: d.resultValidZh || null,
    commitmentCheckZh: d.commitmentCheckZh || null,
    lists: d.lists || [],
    legalBasis: d.legalBasis || '',
    acceptanceConditions: d.acceptanceConditions || '',
    fees: d.fees || '',
    serves: d.serves || [],
    deliveryModes: d.deliveryModes || [],
    materials: (d.materials || []).map((m) => ({ ...m, sample: m.sample || m.template || '' })),
    faq: d.faq || [],
    channels,
    preReviewLimit: d.preReviewLimit || null,
    version: outer.version ?? raw.version ?? null,
    effectiveFrom: outer.effectiveFrom ?? raw.effectiveFrom ?? null,
  }
}

/** An applicant can prepare the item online (网上预审). */
export function allowsPreReview(item) {
  return !!item && (item.channels || []).includes('ONLINE_PRE_REVIEW')
}

/** The guide's search address: only the filters given, each encoded; `at` a version date (YYYY-MM-DD). */
export function guideSearchPath({ q, department, channel, at } = {}) {
  const params = new URLSearchParams()
  if (q && q.trim()) params.set('q', q.trim())
  if (department) params.set('department', department)
  if (channel) params.set('channel', channel)
  if (at) params.set('at', atInstant(at))
  const s = params.toString()
  return `${GUIDE}/items${s ? `?${s}` : ''}`
}

/** The guide as of a day (a date picker's 2026-01-01): the start of that day in Beijing, as the guide reads `at`. */
export function atInstant(at) {
  return /^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T00:00:00+08:00` : at
}

export const guideItemPath = (code, at) => `${GUIDE}/items/${encodeURIComponent(code)}${at ? `?at=${encodeURIComponent(atInstant(at))}` : ''}`
/** The FAQ search: the guide answers only a search (`q` required), so there is no address without one. */
export const faqPath = (q) => (q && q.trim() ? `${GUIDE}/faq?q=${encodeURIComponent(q.trim())}` : null)

/** A published list, as data or as the CSV the hall exports (download link). */
export function listPath(list, { csv = false, at } = {}) {
  if (!GUIDE_LISTS.includes(list)) throw new Error(`no such list: ${list}`)
  const params = new URLSearchParams()
  if (csv) params.set('format', 'csv')
  if (at) params.set('at', atInstant(at))
  const s = params.toString()
  return `${GUIDE}/lists/${list}${s ? `?${s}` : ''}`
}

/** The rows of a list answer: a bare array, or `{ items: […] }`; each row read as a guide item. */
export function listRows(answer) {
  const rows = Array.isArray(answer) ? answer : answer?.items || []
  return rows.map((r) => guideItem(r))
}

/**
 * A limit on the hall's calendar, as the hall writes it: 1个工作日 / 4小时（工作时间） / 30分钟（工作时间） (the guide's
 * GuideWords.limit writes it the same way).
 */
export function limitText(limit, locale = 'zh') {
  if (!limit || !limit.amount) return ''
  const n = limit.amount
  if (limit.unit === 'WORKING_DAYS') return locale === 'en' ? `${n} working day${n === 1 ? '' : 's'}` : `${n}个工作日`
  if (n % 60 === 0) return locale === 'en' ? `${n / 60} working hour${n === 60 ? '' : 's'}` : `${n / 60}小时（工作时间）`
  return locale === 'en' ? `${n} working minutes` : `${n}分钟（工作时间）`
}

/** The FAQ of the guide's answer: a bare array or `{ items }`, each `{ q, a }` with the item it belongs to when given. */
export function faqRows(answer) {
  const rows = Array.isArray(answer) ? answer : answer?.items || answer?.faq || []
  return rows.map((r) => ({ q: r.q ?? r.question, a: r.a ?? r.answer, itemCode: r.itemCode || null, itemName: r.itemName || null }))
}
