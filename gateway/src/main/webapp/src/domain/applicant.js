// The applicant's own page (#23): who may see it, and what their notices carry.

/**
 * Where a login lands: a user who holds no staff post is an applicant (the realm role `applicant` is never a
 * staff post), sent to the applicant page — never the staff app and its menus.
 */
export function isApplicant(me) {
  if (!me) return false
  if (typeof me.applicant === 'boolean') return me.applicant
  return !(Array.isArray(me.posts) && me.posts.length)
}

/**
 * The rating link an applicant's notice brings (好差评 on the rate page), as a path on this site, or null:
 * the notice's own link field, or the first rate.html address in its text.
 */
export function ratingLinkIn(notice) {
  const text = [notice?.ratingLink, notice?.link, notice?.text, notice?.body, notice?.message].filter(Boolean).join(' ')
  const m = text.match(/(?:https?:\/\/[^\s/]+)?\/rate\.html\?[^\s"'<>]+/)
  if (!m) return null
  const url = new URL(m[0], 'http://local')
  return url.pathname + url.search
}

/**
 * A notice's kind as the vocabulary knows it (kind document): issuance writes some with what they concern after a
 * colon (FEE_NOTICE:…, SUPPLEMENT_NOTICE:…) or a count (MAIL_RETURNED_2).
 */
export function noticeKind(kind) {
  const k = String(kind ?? '').split(':')[0]
  return /^MAIL_RETURNED_\d+$/.test(k) ? 'MAIL_RETURNED' : k
}

/** Newest first, by the first instant a row names. */
export function newestFirst(rows, ...fields) {
  const t = (r) => {
    for (const f of fields) if (r?.[f]) return Date.parse(r[f])
    return 0
  }
  return [...(rows || [])].sort((a, b) => t(b) - t(a))
}
