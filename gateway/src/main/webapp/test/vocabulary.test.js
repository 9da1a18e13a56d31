import { afterEach, describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { VOCABULARY, entry, knows, shortEventType, term, wordsOf } from '../src/vocabulary'
import { hallDeadline, hallParts, hallStart, hallTime } from '../src/domain/dates'
import { timeLeft } from '../src/domain/clock'
import { messages } from '../src/i18n'
import { rawCodes } from '../e2e/raw-codes.mjs'

// Every code the services send, by kind (grepped from their entities, enums, request patterns and
// events: IntakeCase, ApprovalCase, IssuanceRecord, RoutingAssignment, Ticket, Appointment, Notification,
// RectificationOrder, SupervisionOrder, ApprovalClock, Escalations, Power, MaterialCheck, …).
const SENT = {
  state: ['RECEIVED', 'ACCEPTED', 'ACCEPTED_WITH_DEFERRED_MATERIALS', 'SUPPLEMENT_REQUESTED', 'IN_DEPARTMENT', 'RESULT_READY', 'AWAITING_ACCEPTANCE', 'QUEUED', 'APPROVED',
    'DENIED', 'NOT_ACCEPTED', 'TERMINATED', 'WAITING_FOR_BUNDLE', 'AWAITING_ARRIVAL', 'READY', 'MAILED', 'DELIVERED', 'ARCHIVED',
    'RETURNED', 'TO_CARRY', 'IN_TRANSIT', 'HANDED_OVER', 'WAITING', 'CALLED', 'NO_SHOW', 'BOOKED', 'CHECKED_IN', 'CANCELLED',
    'ACTIVE', 'VALID', 'REVOKED', 'EXPIRED', 'PENDING', 'SENT', 'FAILED', 'OPEN', 'VERIFIED', 'RECTIFIED', 'ANSWERED', 'ESCALATED'],
  complaint: ['RECEIVED', 'ASSIGNED', 'ANSWERED'],
  appeal: ['PENDING', 'UPHELD', 'REJECTED'],
  path: ['SETTLED_ON_SPOT', 'ACCEPTED_ON_SPOT', 'BACK_OFFICE_ACCEPTANCE_WHILE_WAITING', 'RECEIVED_ONLY', 'NOT_DELEGATED',
    'ACCEPTED_WITH_DEFERRED_MATERIALS', 'ONE_TIME_NOTICE', 'RETURNED_OUT_OF_SCOPE', 'BUNDLE_TAKEN_IN', 'PENDING_SIGN_OFF'],
  // 窗口无否决权 (#24): intake-service SignOffRules kinds, SignOff.status and the desk's decisions
  signOffKind: ['RETURN', 'OUT_OF_SCOPE', 'DEFERRAL_REFUSED'],
  signOffStatus: ['PENDING', 'CONFIRMED', 'OVERRULED'],
  signOffDecision: ['CONFIRM', 'OVERRULE'],
  clock: ['NORMAL', 'WARNING', 'OVERDUE', 'STOPPED'],
  clockKind: ['ACCEPTANCE_MINUTES', 'ACCEPTANCE_DAYS', 'DECISION', 'ARRIVAL', 'NOTIFY', 'TRANSFER'],
  escalation: ['ACCEPTANCE_MINUTES_OVERDUE', 'ACCEPTANCE_DAYS_OVERDUE', 'DECISION_OVERDUE', 'TRANSFER_OVERDUE',
    'RECTIFICATION_OVERDUE', 'SUPERVISION_OVERDUE'],
  itemType: ['IMMEDIATE', 'PROMISED', 'FORWARDED', 'JOINT'],
  applicant: ['PERSON', 'ORGANISATION'],
  delivery: ['PICKUP', 'EXPRESS_MAIL'],
  receiver: ['APPLICANT', 'AGENT'],
  power: ['RECEIVE', 'ACCEPT', 'NOTIFY_ONCE', 'VERIFY_ORIGINALS', 'DELIVER', 'APPROVE_ON_SPOT'],
  credit: ['RED_LIST', 'DEFERRAL_ELIGIBLE', 'BLACKLISTED', 'LOW_CREDIT_LEVEL'],
  step: ['SITE_CHECK', 'INSPECTION', 'EXPERT_REVIEW', 'FEE', 'SUPPLEMENT'],
  stepOutcome: ['STARTED', 'COMPLETED', 'SUPPLIED', 'PAID'],
  resultKind: ['LICENCE', 'CERTIFICATE', 'APPROVAL_LETTER'],
  decision: ['ACCEPT', 'NOTIFY', 'REJECT', 'APPROVED', 'DENIED', 'NOT_ACCEPTED', 'TERMINATED'],
  material: ['PROVIDED', 'ORIGINAL_VERIFIED', 'MISSING', 'WRONG_FORM', 'NOT_APPLICABLE', 'ORIGINAL_NOT_VERIFIED',
    'KEY_NOT_APPLICABLE', 'REVIEW_POINT_FAILED'],
  document: ['ACCEPTANCE_NOTICE', 'RECEIPT', 'NONE', 'ONE_TIME_NOTICE', 'DEFERRAL_NOTICE', 'SUPPLEMENT_NOTICE', 'RETURN_NOTICE', 'SIGN_OFF_SLIP',
    'NOT_ACCEPTED_NOTICE', 'DENIAL_LETTER', 'RESULT_READY', 'RATING_INVITATION', 'FEE_NOTICE', 'MAIL_RETURNED'],
  ticket: ['NORMAL', 'PRIORITY', 'APPOINTMENT', 'TOO_EARLY', 'LATE', 'WRONG_DAY'],
  stage: ['FRONT_DESK', 'BACK_OFFICE'],
  relation: ['PRECEDING', 'FOLLOWING'],
  post: ['window-clerk', 'mid-desk', 'material-runner', 'department-reviewer', 'chief-representative', 'issuance-clerk',
    'supervisor', 'hall-admin', 'operator', 'pre-reviewer', 'applicant'],
  // #23: where an item can be done, the online pre-review (intake-service PreReview.Status), its limits and the guide's lists
  channel: ['WINDOW', 'ONLINE_PRE_REVIEW', 'POST'],
  preReview: ['DRAFT', 'SUBMITTED', 'PASSED', 'NOTICE', 'TAKEN_IN'],
  limitUnit: ['WORKING_MINUTES', 'WORKING_DAYS'],
  guideList: ['only-once', 'on-the-spot', 'fully-online'],
  fileHint: ['EMPTY', 'TOO_LARGE', 'TYPE'],
  service: ['/onewindow/intake-service', '/onewindow/routing-service', '/onewindow/approval-service', '/onewindow/issuance-service',
    '/onewindow/evaluation-service', 'approval-service:balancing', 'demo-data', 'official-calendar'],
  event: ['accepted', 'notice-issued', 'supplement-received', 'routed', 'routed-differently', 'queued', 'decided', 'result-ready',
    'result-delivered', 'rating-recorded', 'supplement-requested', 'acceptance-decided', 'claimed', 'step-recorded',
    'clock-stopped', 'clock-resumed', 'deadline-warning', 'overdue', 'transfer-picked-up', 'transfer-handed-over', 'escalated',
    'rating-invited', 'fee-assessed', 'commitment-check-recorded', 'commitment-found-false'].map((e) => `cn.onewindow.case.${e}.v1`)
    .concat(['cn.onewindow.bundle.joined.v1', 'cn.onewindow.certificate.issued.v1', 'cn.onewindow.certificate.revoked.v1',
    'cn.onewindow.catalogue.item-version-published.v1', 'cn.onewindow.delegation.granted.v1', 'cn.onewindow.delegation.ended.v1',
    'cn.onewindow.calendar.year-published.v1', 'cn.onewindow.applicant.contact-recorded.v1', 'cn.onewindow.applicant.contact-erased.v1',
    'cn.onewindow.queue.ticket-issued.v1', 'cn.onewindow.queue.ticket-called.v1',
    'cn.onewindow.window.sign-off-requested.v1', 'cn.onewindow.window.sign-off-decided.v1']),
}

describe('the vocabulary', () => {
  it('knows every code the services send, in Chinese and in English', () => {
    for (const [kind, codes] of Object.entries(SENT)) {
      for (const code of codes) {
        expect(knows(kind, code), `${kind} ${code}`).toBe(true)
        expect(term(kind, code, 'zh')).not.toBe(code)
        expect(term(kind, code, 'en').length).toBeGreaterThan(0)
      }
    }
  })

  it('says a code in the user\'s language', () => {
    expect(term('state', 'AWAITING_ACCEPTANCE', 'zh')).toBe('待受理')
    expect(term('state', 'AWAITING_ACCEPTANCE', 'en')).toBe('Awaiting acceptance')
    expect(term('state', 'WAITING_FOR_BUNDLE', 'zh')).toBe('待一件事汇合')
    expect(term('path', 'ACCEPTED_WITH_DEFERRED_MATERIALS', 'zh')).toBe('容缺受理')
    expect(term('resultKind', 'LICENCE', 'zh')).toBe('许可证')
    expect(term('delivery', 'PICKUP', 'en')).toBe('Pickup at the window')
    expect(`${term('clockKind', 'DECISION', 'zh')} · ${term('clock', 'WARNING', 'zh')}`).toBe('办结时限 · 预警')
  })

  it('keeps apart codes that mean different things in different places', () => {
    expect(term('state', 'RECEIVED')).toBe('已收件')
    expect(term('complaint', 'RECEIVED')).toBe('已登记')
    expect(term('decision', 'NOTIFY')).toBe('补正告知')
    expect(term('clockKind', 'NOTIFY')).toBe('告知申请人时限')
    expect(term('decision', 'ACCEPT')).toBe('受理')
    expect(term('power', 'ACCEPT')).toBe('受理权')
    expect(term('clock', 'NORMAL')).toBe('正常')
    expect(term('ticket', 'NORMAL')).toBe('普通号')
  })

  it('reads event types in full or short, and services by their event source', () => {
    expect(shortEventType('cn.onewindow.case.accepted.v1')).toBe('case.accepted')
    expect(term('event', 'cn.onewindow.case.accepted.v1')).toBe('受理')
    expect(term('event', 'case.accepted')).toBe('受理')
    expect(term('event', 'cn.onewindow.case.result-delivered.v2', 'en')).toBe('Result delivered')
    expect(term('service', '/onewindow/routing-service')).toBe('按责转办系统')
    expect(term('service', 'routing-service')).toBe('按责转办系统')
  })

  it('gives an empty code as empty, and an unknown code back as it came (so it is seen, never hidden)', () => {
    expect(term('state', null)).toBe('')
    expect(term('state', '', 'zh', '—')).toBe('—')
    expect(term('state', 'SOMETHING_NEW')).toBe('SOMETHING_NEW')
    expect(entry('state', 'toString')).toBeUndefined()
    expect(() => term('no-such-kind', 'X')).toThrow()
  })

  it('has words that are words: no code in any of them, in either language', () => {
    for (const [kind, words] of Object.entries(VOCABULARY)) {
      for (const [code, e] of Object.entries(words)) {
        expect(e.zh, `${kind} ${code}`).toBeTruthy()
        expect(e.en, `${kind} ${code}`).toBeTruthy()
        expect(rawCodes(e.zh), `${kind} ${code}`).toEqual([])
        expect(rawCodes(e.en), `${kind} ${code}`).toEqual([])
      }
    }
  })

  it('feeds the i18n messages, so older keys keep working in both languages', () => {
    const i18n = createI18n({ legacy: false, locale: 'zh', messages })
    const { t } = i18n.global
    expect(t('paths.ACCEPTED_ON_SPOT')).toBe('当场受理')
    expect(t('status.MISSING')).toBe('缺失')
    expect(t('clock.OVERDUE')).toBe('超期')
    expect(t('review.EXPERT_REVIEW')).toBe('专家评审')
    expect(t('review.approve')).toBe('准予许可') // the section's own keys are still there
    expect(t('issuance.AGENT')).toBe('代领人')
    expect(t('rate.FRONT_DESK')).toBe('前台受理')
    expect(t('post.window-clerk')).toBe('综合受理岗')
    i18n.global.locale.value = 'en'
    expect(t('paths.ACCEPTED_ON_SPOT')).toBe('Accepted on the spot')
    expect(t('post.hall-admin')).toBe('Hall admin')
    expect(wordsOf('stage', 'en')).toEqual({ FRONT_DESK: 'Front desk', BACK_OFFICE: 'Back office' })
  })

  it('has the same keys in Chinese and English messages', () => {
    const keys = (o, p = '') => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${p}${k}.`) : [`${p}${k}`]))
    expect(keys(messages.en).sort()).toEqual(keys(messages.zh).sort())
  })
})

describe('deadlines as the hall writes them', () => {
  const zone = process.env.TZ
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ
    else process.env.TZ = zone
  })

  it('writes an end at 00:00 Beijing time as the last day before it, without a time', () => {
    // the services' "close of the last day": 2026-12-02 00:00 Beijing = 2026-12-01T16:00:00Z
    expect(hallDeadline('2026-12-01T16:00:00Z')).toBe('2026年12月1日')
    expect(hallDeadline('2026-12-02T00:00:00+08:00')).toBe('2026年12月1日')
    expect(hallDeadline('2026-12-01T16:00:00Z', '', 'en')).toBe('1 Dec 2026')
  })

  it('rolls the last day back over months and years', () => {
    expect(hallDeadline('2026-12-31T16:00:00Z')).toBe('2026年12月31日') // 2027-01-01 00:00 Beijing
    expect(hallDeadline('2026-02-28T16:00:00Z')).toBe('2026年2月28日') // 2026-03-01 00:00 Beijing
    expect(hallDeadline('2028-02-29T16:00:00Z')).toBe('2028年2月29日') // a leap year's 2028-03-01
  })

  it('writes a limit that ends within a day with its time (the 20-minute acceptance, a paper transfer)', () => {
    expect(hallDeadline('2026-12-01T02:35:00Z')).toBe('2026年12月1日 10:35')
    expect(hallDeadline('2026-12-01T16:00:01Z')).toBe('2026年12月2日 00:00') // not the exact end of a day
    expect(hallDeadline('2026-11-30T15:59:00Z')).toBe('2026年11月30日 23:59')
  })

  it('shows nothing for no deadline (a stopped clock has none)', () => {
    expect(hallDeadline(null)).toBe('')
    expect(hallDeadline(undefined, '—')).toBe('—')
    expect(hallDeadline('not a date', '—')).toBe('—')
  })

  it('reads Beijing time whatever the machine\'s own zone', () => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata', 'Europe/London']) {
      process.env.TZ = tz
      expect(new Date('2026-12-01T16:00:00Z').getTimezoneOffset(), tz).toBe(
        { UTC: 0, 'America/Los_Angeles': 480, 'Pacific/Kiritimati': -840, 'Asia/Kolkata': -330, 'Europe/London': 0 }[tz])
      expect(hallDeadline('2026-12-01T16:00:00Z'), tz).toBe('2026年12月1日')
      expect(hallDeadline('2026-12-01T02:35:00Z'), tz).toBe('2026年12月1日 10:35')
      expect(hallTime('2026-11-23T17:30:00Z'), tz).toBe('2026年11月24日 01:30:00')
      expect(hallParts(new Date('2026-11-23T16:00:00Z')), tz).toMatchObject({ year: 2026, month: 11, day: 24, hour: 0, minute: 0 })
    }
  })

  it('writes when something happened and when something starts', () => {
    expect(hallTime('2026-11-24T01:30:05Z')).toBe('2026年11月24日 09:30:05')
    expect(hallTime('2026-11-24T01:30:05Z', '', 'en')).toBe('24 Nov 2026 09:30:05')
    expect(hallStart('2025-12-31T16:00:00Z')).toBe('2026年1月1日') // in force from the day itself
    expect(hallStart('2026-01-01T01:00:00Z')).toBe('2026年1月1日 09:00')
  })

  it('says the time left in Chinese, and overdue as 已超', () => {
    const now = '2026-11-24T02:00:00Z'
    expect(timeLeft('2026-11-26T05:30:00Z', now, 'zh')).toBe('剩2天3小时')
    expect(timeLeft('2026-11-24T02:45:00Z', now, 'zh')).toBe('剩45分钟')
    expect(timeLeft('2026-11-24T01:00:00Z', now, 'zh')).toBe('已超1小时0分')
  })
})

describe('the raw-code check of the browser scenario', () => {
  it('catches enums, known one-word codes, event types and missing message keys', () => {
    const codes = (text) => rawCodes(text).map((f) => f.code)
    expect(codes('状态：AWAITING_ACCEPTANCE')).toEqual(['AWAITING_ACCEPTANCE'])
    expect(codes('审查中 QUEUED · LICENCE')).toEqual(['QUEUED', 'LICENCE'])
    expect(codes('DECISION · WARNING')).toEqual(['DECISION', 'WARNING'])
    expect(codes('cn.onewindow.case.accepted.v1 已受理')).toEqual(['cn.onewindow.case.accepted.v1'])
    expect(codes('事件 case.accepted')).toEqual(['case.accepted'])
    expect(codes('review.SUPPLEMENT · 完成')).toEqual(['review.SUPPLEMENT'])
  })

  it('leaves the hall\'s own identifiers, addresses and file names alone', () => {
    const text = [
      'DX-20261130-000001 · DX-B-20261123-000007 · AMR-0001 企业设立登记 · BUNDLE-RESTAURANT · A001 → 7 号窗口',
      '部门 AMR · 快递 EMS · 缴费 FEE · 71.43% · 10:35:00 · 2026年12月1日 · Alt+N · F2',
      'http://127.0.0.1:8080/rate.html?case=DX-1 · https://www.gov.cn/zhengce · zhang.san@example.com · 受理通知书.pdf · ledger.csv',
    ].join('\n')
    expect(rawCodes(text)).toEqual([])
  })
})
