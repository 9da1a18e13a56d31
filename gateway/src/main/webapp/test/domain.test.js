import { describe, expect, it } from 'vitest'
import { isResidentId, isUnifiedSocialCreditCode, isValidApplicantId, mask } from '../src/domain/identity'
import { initialsOf, search } from '../src/domain/itemSearch'
import { deferralPossible, lacking, mergeChecklist, reviewChecklist, reviewPoints, reviewRequest, toRequest, unansweredReviewPoints } from '../src/domain/checklist'
import { byDeadline, clockTag, timeLeft } from '../src/domain/clock'
import { homeFor, workspacesFor } from '../src/domain/posts'
import { hallDay, onTimeTotals, satisfactionTotals } from '../src/domain/figures'
import { addCall } from '../src/domain/board'

describe('identity numbers (same rules as the intake service)', () => {
  it('accepts a resident ID with the right check digit and refuses one digit off', () => {
    expect(isResidentId('11010519491231002X')).toBe(true)
    expect(isResidentId('110105194912310021')).toBe(false)
    expect(isResidentId('11010519491331002X')).toBe(false) // month 13
    expect(isResidentId('1101051949123100')).toBe(false)
  })
  it('checks a unified social credit code by MOD 31', () => {
    expect(isUnifiedSocialCreditCode('91350100M000100Y43')).toBe(true)
    expect(isUnifiedSocialCreditCode('91350100M000100Y44')).toBe(false)
    expect(isUnifiedSocialCreditCode('91350100M000100I43')).toBe(false) // I is not in the alphabet
  })
  it('picks the rule by applicant kind and masks for lists', () => {
    expect(isValidApplicantId('ORGANISATION', '91350100M000100Y43')).toBe(true)
    expect(isValidApplicantId('PERSON', '91350100M000100Y43')).toBe(false)
    expect(mask('11010519491231002X')).toBe('1101**********002X')
    expect(mask('123')).toBe('****')
  })
})

describe('item search', () => {
  const entries = [
    { code: 'AMR-0001', name: '企业设立登记' },
    { code: 'PSB-0001', name: '公章刻制备案' },
    { code: 'BUNDLE-RESTAURANT', name: '我要开餐馆（一件事）' },
  ]
  it('finds by pinyin initials, name and code', () => {
    expect(initialsOf('企业设立登记')).toBe('qysldj')
    expect(search(entries, 'qysl').map((e) => e.code)).toEqual(['AMR-0001'])
    expect(search(entries, '刻制').map((e) => e.code)).toEqual(['PSB-0001'])
    expect(search(entries, 'wykcg').map((e) => e.code)).toEqual(['BUNDLE-RESTAURANT'])
    expect(search(entries, 'psb-0001').map((e) => e.code)).toEqual(['PSB-0001'])
    expect(search(entries, 'zzz')).toEqual([])
  })
})

describe('materials checklist (照单收件)', () => {
  const amr = {
    code: 'AMR-0001', deferralAllowed: true, reviewPoints: ['章程须全体股东签署', '住所证明可容缺后补'],
    materials: [
      { code: 'APP', name: '申请书', key: true, deferrable: false, originalToVerify: false },
      { code: 'LR-ID', name: '身份证件', key: true, deferrable: false, originalToVerify: true },
      { code: 'ADDR', name: '住所证明', key: false, deferrable: true, originalToVerify: false },
    ],
  }
  const psb = {
    code: 'PSB-0001', deferralAllowed: false, reviewPoints: ['住所证明可容缺后补'],
    materials: [{ code: 'LR-ID', name: '身份证件', key: true, deferrable: false, originalToVerify: true }],
  }
  it('lists a material several items need once, with the items that need it', () => {
    const rows = mergeChecklist([amr, psb])
    expect(rows.map((r) => r.code)).toEqual(['APP', 'LR-ID', 'ADDR'])
    expect(rows.find((r) => r.code === 'LR-ID').items).toEqual(['AMR-0001', 'PSB-0001'])
    expect(rows.find((r) => r.code === 'LR-ID').status).toBe('ORIGINAL_VERIFIED')
    expect(toRequest(rows)).toEqual([
      { code: 'APP', status: 'PROVIDED' }, { code: 'LR-ID', status: 'ORIGINAL_VERIFIED' }, { code: 'ADDR', status: 'PROVIDED' }])
    expect(reviewPoints([amr, psb])).toEqual(['章程须全体股东签署', '住所证明可容缺后补'])
  })
  it('asks for an answer on every review point of every item, and sends each with its item', () => {
    const rows = reviewChecklist([amr, psb])
    expect(rows.map((r) => [r.itemCode, r.point])).toEqual([
      ['AMR-0001', '章程须全体股东签署'], ['AMR-0001', '住所证明可容缺后补'], ['PSB-0001', '住所证明可容缺后补']])
    expect(unansweredReviewPoints(rows)).toHaveLength(3)
    rows[0].outcome = 'CONFIRMED'
    rows[1].outcome = 'FAILED'
    rows[1].note = '  缺少住所证明原件 '
    expect(unansweredReviewPoints(rows).map((r) => r.itemCode)).toEqual(['PSB-0001'])
    rows[2].outcome = 'CONFIRMED'
    rows[2].note = 'ignored unless failing'
    expect(unansweredReviewPoints(rows)).toEqual([])
    expect(reviewRequest(rows)).toEqual([
      { itemCode: 'AMR-0001', point: '章程须全体股东签署', outcome: 'CONFIRMED', note: null },
      { itemCode: 'AMR-0001', point: '住所证明可容缺后补', outcome: 'FAILED', note: '缺少住所证明原件' },
      { itemCode: 'PSB-0001', point: '住所证明可容缺后补', outcome: 'CONFIRMED', note: null }])
  })
  it('offers 容缺 only when only deferrable secondary materials lack and every item allows it', () => {
    const rows = mergeChecklist([amr])
    expect(deferralPossible(rows, [amr])).toBe(false) // nothing lacks
    rows.find((r) => r.code === 'ADDR').status = 'MISSING'
    expect(lacking(rows).map((r) => r.code)).toEqual(['ADDR'])
    expect(deferralPossible(rows, [amr])).toBe(true)
    expect(deferralPossible(rows, [amr, psb])).toBe(false) // PSB-0001 does not allow it
    rows.find((r) => r.code === 'APP').status = 'WRONG_FORM'
    expect(deferralPossible(rows, [amr])).toBe(false) // a key material is wrong
  })
})

describe('deadline colours and order', () => {
  it('colours by clock state', () => {
    expect(clockTag('OVERDUE')).toBe('danger')
    expect(clockTag('WARNING')).toBe('warning')
    expect(clockTag(null)).toBe('success')
  })
  it('says the time left or overdue', () => {
    const now = '2026-11-24T02:00:00Z'
    expect(timeLeft('2026-11-26T05:30:00Z', now)).toBe('2d 3h')
    expect(timeLeft('2026-11-24T02:45:00Z', now)).toBe('45min')
    expect(timeLeft('2026-11-24T01:00:00Z', now)).toBe('-1h 0min')
  })
  it('puts overdue first, then warnings, then the nearest deadline', () => {
    const q = [
      { caseId: 'a', clockState: 'NORMAL', deadline: '2026-11-25T16:00:00Z' },
      { caseId: 'b', clockState: 'NORMAL', deadline: '2026-11-24T16:00:00Z' },
      { caseId: 'c', clockState: 'OVERDUE', deadline: '2026-11-20T16:00:00Z' },
      { caseId: 'd', clockState: 'WARNING', deadline: '2026-11-26T16:00:00Z' },
      { caseId: 'e', clockState: null, deadline: null },
    ]
    expect(byDeadline(q).map((c) => c.caseId)).toEqual(['c', 'd', 'b', 'a', 'e'])
  })
})

describe('workspaces per post', () => {
  it('shows a clerk the window and the case lookup only', () => {
    expect(workspacesFor(['window-clerk']).map((w) => w.key)).toEqual(['window', 'complaints', 'case'])
    expect(homeFor(['window-clerk'])).toBe('/window')
  })
  it('shows a hall admin the dashboard and the admin workspace, not the window', () => {
    expect(workspacesFor(['hall-admin']).map((w) => w.key)).toEqual(['dashboard', 'admin', 'faqApproval', 'case'])
  })
  it('gives an operator the lookup only', () => {
    expect(workspacesFor('operator').map((w) => w.key)).toEqual(['case'])
    expect(workspacesFor([])).toEqual([])
  })
})

describe('dashboard figures', () => {
  it('totals satisfaction over departments from counts, not by averaging rates', () => {
    const rows = [{ ratings: 4, satisfied: 2, bad: 1 }, { ratings: 3, satisfied: 3, bad: 0 }]
    expect(satisfactionTotals(rows)).toEqual({ ratings: 7, satisfied: 5, bad: 1, rate: 71.43 })
    expect(satisfactionTotals([]).rate).toBeNull()
  })
  it('totals the on-time rate', () => {
    expect(onTimeTotals([{ decided: 3, onTime: 2, overdueOpen: 1 }, { decided: 1, onTime: 1, overdueOpen: 0 }]))
      .toEqual({ decided: 4, onTime: 3, overdueOpen: 1, rate: 75 })
  })
  it('takes the hall\'s day in Beijing time', () => {
    expect(hallDay(new Date('2026-11-23T17:30:00Z'))).toBe('2026-11-24')
    expect(hallDay(new Date('2026-11-23T15:59:00Z'))).toBe('2026-11-23')
  })
})

describe('calling screen list', () => {
  it('puts the newest call on top, moves a recalled number up and keeps 12', () => {
    let calls = []
    for (let i = 1; i <= 13; i++) calls = addCall(calls, { ticketNumber: `A${String(i).padStart(3, '0')}`, window: '1' })
    expect(calls).toHaveLength(12)
    expect(calls[0].ticketNumber).toBe('A013')
    expect(calls.some((c) => c.ticketNumber === 'A001')).toBe(false)
    calls = addCall(calls, { ticketNumber: 'A005', window: '3' })
    expect(calls[0]).toEqual({ ticketNumber: 'A005', window: '3' })
    expect(calls.filter((c) => c.ticketNumber === 'A005')).toHaveLength(1)
  })
})

describe('times as the hall reads them', () => {
  it('shows Beijing time and a placeholder for none', async () => {
    const { hallTime } = await import('../src/domain/figures')
    expect(hallTime('2026-11-23T17:30:00Z')).toContain('01:30:00')
    expect(hallTime(null, '—')).toBe('—')
    expect(hallTime(undefined)).toBe('')
  })
})
