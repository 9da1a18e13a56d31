import { describe, expect, it } from 'vitest'
import { parseNotice } from '../src/domain/calendarNotice'

describe("the hall admin's calendar notice", () => {
  it('reads one holiday per line and the make-up days', () => {
    const r = parseNotice(2027, '元旦 2027-01-01 2027-01-02\n\n春节 2027-02-06、2027-02-07,2027-02-08', '2027-02-20 2027-02-28', '国办发明电〔2026〕X号')
    expect(r.errors).toBeUndefined()
    expect(r.year).toEqual({
      holidays: { 元旦: ['2027-01-01', '2027-01-02'], 春节: ['2027-02-06', '2027-02-07', '2027-02-08'] },
      makeUpWorkdays: ['2027-02-20', '2027-02-28'],
      source: '国办发明电〔2026〕X号',
    })
  })
  it('names the lines that are not a holiday of that year', () => {
    const r = parseNotice(2027, '元旦 2027-01-01\n春节 2026-02-17\n劳动节 2027-05-32\n2027-10-01', '', '')
    expect(r.errors.map((e) => e.line)).toEqual([2, 3, 4])
  })
  it('refuses a notice without holidays or with a make-up day of another year', () => {
    expect(parseNotice(2027, '', '', '').errors).toHaveLength(1)
    expect(parseNotice(2027, '元旦 2027-01-01', '2026-12-31', '').errors).toEqual([{ line: 0, text: '2026-12-31' }])
  })
})
