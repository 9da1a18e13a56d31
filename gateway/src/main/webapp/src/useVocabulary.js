import { useI18n } from 'vue-i18n'
import { term } from './vocabulary'
import { hallDeadline, hallStart, hallTime } from './domain/dates'
import { timeLeft } from './domain/clock'

/**
 * The one helper every view shows codes and dates through, in the user's language (switching the
 * language switches them all):
 *   say('state', row.status)      → 审查中 / In examination   (codes: src/vocabulary.js)
 *   deadline(row.deadline)        → 2026年12月1日             (an exclusive end at 00:00 → its last day)
 *   time(e.occurredAt)            → 2026年11月24日 09:30:05
 *   since(item.effectiveFrom)     → 2026年1月1日
 *   left(row.deadline, now)       → 剩2天3小时 / 已超1小时0分
 */
export function useVocabulary() {
  const { locale } = useI18n()
  return {
    say: (kind, code, empty = '') => term(kind, code, locale.value, empty),
    deadline: (instant, empty = '—') => hallDeadline(instant, empty, locale.value),
    time: (instant, empty = '—') => hallTime(instant, empty, locale.value),
    since: (instant, empty = '—') => hallStart(instant, empty, locale.value),
    left: (deadline, now) => timeLeft(deadline, now, locale.value),
  }
}
