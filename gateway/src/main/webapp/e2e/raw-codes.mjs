// What a screen must never show the hall's staff: a service's raw code instead of its words (#22, item 14).
// Used by the browser scenario on every workspace it visits (hall-day.test.mjs) and by the Vitest
// component tests (test/), on the text a page shows in the Chinese locale.
//
// Three kinds of raw code are caught:
//  - an upper-case enum with an underscore: AWAITING_ACCEPTANCE, ACCEPTED_WITH_DEFERRAL, DECISION_OVERDUE;
//  - a one-word code the vocabulary knows, standing alone: QUEUED, READY, LICENCE, PICKUP, DECISION;
//  - a dotted name: an event type (cn.onewindow.case.accepted.v1, case.accepted) or an i18n key shown
//    because its message is missing (review.SUPPLEMENT, paths.FOO).
// Left alone: case numbers (DX-20261130-000001), item and bundle codes (AMR-0001, BUNDLE-RESTAURANT),
// department codes (AMR), ticket numbers (A001), URLs, e-mail addresses, file names (受理通知书.pdf),
// host names and decimals (71.43%).
import { VOCABULARY } from '../src/vocabulary.js'

const ENUM = /(?<![\w.-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\w-])/g
const DOTTED = /(?<![\w.\/@:-])[a-z][a-z0-9]*(?:\.[A-Za-z][\w-]*)+(?![\w\/@-])/g
// endings of names that are not codes: files, hosts
const NOT_CODES = /\.(?:html?|pdf|png|jpe?g|svg|csv|json|txt|js|mjs|css|xlsx?|docx?|zip|com|cn|org|net|gov|edu|io|local)$/i

// the vocabulary's one-word codes (four letters or more: shorter ones such as FEE or SMS are words too)
const WORDS = new Set(Object.values(VOCABULARY).flatMap((kind) => Object.keys(kind)).filter((c) => /^[A-Z]{4,}$/.test(c)))
const WORD = /(?<![\w.-])[A-Z]{4,}(?![\w-])/g

/** Every raw code in a text, each with a little of the text around it; empty when there is none. */
export function rawCodes(text) {
  const found = []
  const near = (at, length) => text.slice(Math.max(0, at - 20), at + length + 20).replace(/\s+/g, ' ')
  for (const m of text.matchAll(ENUM)) found.push({ code: m[0], near: near(m.index, m[0].length) })
  for (const m of text.matchAll(WORD)) if (WORDS.has(m[0])) found.push({ code: m[0], near: near(m.index, m[0].length) })
  for (const m of text.matchAll(DOTTED)) {
    if (NOT_CODES.test(m[0]) || /^www\./.test(m[0])) continue
    found.push({ code: m[0], near: near(m.index, m[0].length) })
  }
  return found
}
