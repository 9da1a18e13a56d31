import { pinyin } from 'pinyin-pro'

// Finds catalogue items and bundles the way clerks type: by code (AMR-0001), by any part of the
// Chinese name (设立), or by the pinyin initials of the name (qysldj → 企业设立登记).
const initialsCache = new Map()

export function initialsOf(name) {
  if (!initialsCache.has(name)) {
    initialsCache.set(name, pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' })
      .join('').toLowerCase())
  }
  return initialsCache.get(name)
}

export function matches(entry, query) {
  const q = (query || '').trim().toLowerCase()
  if (!q) return true
  return entry.code.toLowerCase().includes(q) || entry.name.toLowerCase().includes(q) || initialsOf(entry.name).includes(q)
}

/** Items and bundles matching the query: exact code first, then name hits, then initials hits. */
export function search(entries, query, limit = 20) {
  const q = (query || '').trim().toLowerCase()
  const score = (e) => (e.code.toLowerCase() === q ? 0 : e.name.toLowerCase().includes(q) ? 1 : 2)
  return entries.filter((e) => matches(e, q)).sort((a, b) => score(a) - score(b) || a.code.localeCompare(b.code)).slice(0, limit)
}
