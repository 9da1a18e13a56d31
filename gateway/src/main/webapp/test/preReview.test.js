import { describe, expect, it } from 'vitest'
import { allowsPreReview, faqPath, faqRows, guideItem, guideItemPath, guideSearchPath, limitText, listPath, listRows } from '../src/domain/guide'
import { FILE_LIMITS, answerBody, answerGaps, answerOf, marksFor, unfiledMaterials, fileHint, filesByMaterial, isOverdue, missingMaterials, oldestFirst, sizeOf, sizeText,
  throughGateway, uploadPath } from '../src/domain/preReview'
import { isApplicant, newestFirst, noticeKind, ratingLinkIn } from '../src/domain/applicant'
import { homeFor, workspacesFor } from '../src/domain/posts'
import { term } from '../src/vocabulary'

const DEF = {
  code: 'AMR-0001', name: '企业设立登记', departmentCode: 'AMR', itemType: 'PROMISED', promisedDays: 1, statutoryDays: 15,
  fees: '不收费', serves: ['ORGANISATION'], deliveryModes: ['PICKUP'],
  materials: [{ code: 'APP', name: '申请书', key: true, template: '申请书（样表）' }, { code: 'ADDR', name: '住所使用证明', commitmentAllowed: true }],
  faq: [{ q: '可以委托吗？', a: '可以' }], channels: ['WINDOW', 'ONLINE_PRE_REVIEW', 'POST'], preReviewLimit: { amount: 1, unit: 'WORKING_DAYS' },
}

describe('the service guide (办事指南)', () => {
  it('reads an item flat or as the catalogue gives it, into one shape', () => {
    const flat = guideItem({ ...DEF, departmentName: '市场监督管理局' })
    const wrapped = guideItem({ code: 'AMR-0001', departmentName: '市场监督管理局', version: 3, definition: DEF })
    const inForce = guideItem({ inForce: { departmentName: '市场监督管理局', version: 3, definition: DEF } })
    for (const i of [flat, wrapped, inForce]) {
      expect(i.name).toBe('企业设立登记')
      expect(i.departmentName).toBe('市场监督管理局')
      expect(i.materials[0].sample).toBe('申请书（样表）')
      expect(allowsPreReview(i)).toBe(true)
    }
    expect(wrapped.version).toBe(3)
    expect(guideItem(null)).toBeNull()
  })

  it('takes an item published before channels as the window only, with no pre-review', () => {
    const old = guideItem({ ...DEF, channels: undefined, preReviewLimit: undefined })
    expect(old.channels).toEqual(['WINDOW'])
    expect(allowsPreReview(old)).toBe(false)
  })

  it('asks the guide with only the filters given, encoded', () => {
    expect(guideSearchPath()).toBe('/api/intake/guide/items')
    // a day of the date picker is asked as the start of that day in Beijing: the guide reads `at` as an instant
    expect(guideSearchPath({ q: ' 设立 ', channel: 'ONLINE_PRE_REVIEW', at: '2026-01-01' }))
      .toBe('/api/intake/guide/items?q=%E8%AE%BE%E7%AB%8B&channel=ONLINE_PRE_REVIEW&at=2026-01-01T00%3A00%3A00%2B08%3A00')
    expect(guideSearchPath({ department: 'AMR' })).toBe('/api/intake/guide/items?department=AMR')
    expect(guideItemPath('AMR-0001', '2026-01-01')).toBe('/api/intake/guide/items/AMR-0001?at=2026-01-01T00%3A00%3A00%2B08%3A00')
    expect(faqPath('委托')).toBe('/api/intake/guide/faq?q=%E5%A7%94%E6%89%98')
    expect(faqPath('  ')).toBeNull() // the guide answers a search only
  })

  it('links the three published lists, as data and as CSV, and refuses a made-up list', () => {
    expect(listPath('only-once')).toBe('/api/intake/guide/lists/only-once')
    expect(listPath('fully-online', { csv: true })).toBe('/api/intake/guide/lists/fully-online?format=csv')
    expect(() => listPath('../admin')).toThrow()
    expect(listRows({ items: [DEF] }).map((r) => r.code)).toEqual(['AMR-0001'])
    expect(listRows([DEF]).map((r) => r.code)).toEqual(['AMR-0001'])
  })

  it('writes limits as the hall does', () => {
    expect(limitText({ amount: 1, unit: 'WORKING_DAYS' })).toBe('1个工作日')
    expect(limitText({ amount: 240, unit: 'WORKING_MINUTES' })).toBe('4小时（工作时间）')
    expect(limitText({ amount: 30, unit: 'WORKING_MINUTES' })).toBe('30分钟（工作时间）')
    expect(limitText({ amount: 2, unit: 'WORKING_DAYS' }, 'en')).toBe('2 working days')
    expect(limitText(null)).toBe('')
  })

  it('reads the FAQ whichever way it is named', () => {
    expect(faqRows([{ q: 'a?', a: 'b', itemCode: 'AMR-0001' }])).toEqual([{ q: 'a?', a: 'b', itemCode: 'AMR-0001', itemName: null }])
    expect(faqRows({ items: [{ question: 'a?', answer: 'b' }] })[0]).toMatchObject({ q: 'a?', a: 'b' })
  })
})

describe('pre-review files before they are sent', () => {
  const file = (name, size, type) => ({ name, size, type })
  it('hints at an empty, too large or wrongly typed file, and lets a good one pass', () => {
    expect(fileHint(file('a.pdf', 0, 'application/pdf'))).toBe('EMPTY')
    expect(fileHint(file('a.pdf', FILE_LIMITS.maxBytes + 1, 'application/pdf'))).toBe('TOO_LARGE')
    expect(fileHint(file('a.exe', 100, 'application/x-msdownload'))).toBe('TYPE')
    expect(fileHint(file('scan.PDF', 100, ''))).toBeNull()
    expect(fileHint(file('photo', 100, 'image/jpeg'))).toBeNull()
    expect(fileHint(null)).toBeNull()
    for (const h of ['EMPTY', 'TOO_LARGE', 'TYPE']) expect(term('fileHint', h)).not.toBe(h)
  })

  it('sizes and addresses files', () => {
    expect(sizeText(10 * 1024 * 1024)).toBe('10 MB')
    expect(sizeText(2048)).toBe('2 KB')
    expect(sizeOf({ sizeBytes: 5 })).toBe(5)
    // the service names a file under its own /api; the browser reaches it under the gateway's service prefix
    expect(throughGateway('/api/pre-reviews/p-1/files/APP')).toBe('/api/intake/pre-reviews/p-1/files/APP')
    expect(throughGateway('/api/applicant/pre-reviews/p-1/files/APP')).toBe('/api/intake/applicant/pre-reviews/p-1/files/APP')
    expect(throughGateway('/api/intake/pre-reviews/p-1/files/APP')).toBe('/api/intake/pre-reviews/p-1/files/APP')
    expect(throughGateway(null)).toBeNull()
    expect(uploadPath('PR-1', 'LR-ID', '身份证.pdf')).toBe('/api/intake/applicant/pre-reviews/PR-1/materials/LR-ID?fileName=%E8%BA%AB%E4%BB%BD%E8%AF%81.pdf')
  })

  it('finds the files of each material and what is still missing, key materials first', () => {
    // the service sends each file twice (in its list and on its material): it is counted once
    const both = { files: [{ materialCode: 'APP', fileName: 'a.pdf' }], materials: [{ code: 'APP', file: { materialCode: 'APP', fileName: 'a.pdf' } }] }
    expect(filesByMaterial(both).APP).toHaveLength(1)
    const review = { materials: [{ code: 'APP', file: { fileName: 'a.pdf' } }, { code: 'LR-ID', files: [{ fileName: 'id.png' }] }] }
    expect(Object.keys(filesByMaterial(review)).sort()).toEqual(['APP', 'LR-ID'])
    const materials = [{ code: 'ADDR' }, { code: 'APP', key: true }, { code: 'AOA', key: true }, { code: 'LR-ID', key: true }]
    expect(missingMaterials(materials, review).map((m) => m.code)).toEqual(['AOA', 'ADDR'])
  })
})

describe('the pre-review post\'s queue and answer', () => {
  const now = '2026-12-02T03:00:00Z'
  it('lists the oldest submission first and marks those past their limit', () => {
    const rows = [
      { id: 'b', submittedAt: '2026-12-01T02:00:00Z', dueAt: '2026-12-02T02:00:00Z' },
      { id: 'a', submittedAt: '2026-11-30T02:00:00Z', dueAt: '2026-12-03T02:00:00Z' },
      { id: 'c', submittedAt: null },
    ]
    expect(oldestFirst(rows).map((r) => r.id)).toEqual(['a', 'b', 'c'])
    expect(isOverdue(rows[0], now)).toBe(true)
    expect(isOverdue(rows[1], now)).toBe(false)
    expect(isOverdue({ dueAt: '2026-12-01T00:00:00Z', overdue: false }, now)).toBe(false) // the service's own word wins
    expect(isOverdue({}, now)).toBe(false)
  })

  it('sends passed only with an appointment (a day and a slot) or "come any time"', () => {
    expect(answerGaps({ outcome: '' })).toEqual(['needOutcome'])
    expect(answerGaps({ outcome: 'PASSED' })).toEqual(['needAppointment'])
    expect(answerGaps({ outcome: 'PASSED', appointmentDay: '2026-12-03' })).toEqual(['needAppointment'])
    expect(answerGaps({ outcome: 'PASSED', comeAnyTime: true })).toEqual([])
    expect(answerBody({ outcome: 'PASSED', comeAnyTime: true })).toEqual({ outcome: 'PASSED', comeAnyTime: true, note: null })
    expect(answerBody({ outcome: 'PASSED', appointmentDay: '2026-12-03', appointmentSlot: '09:30', note: '请带原件' }))
      .toEqual({ outcome: 'PASSED', comeAnyTime: false, appointmentDay: '2026-12-03', appointmentSlot: '09:30', note: '请带原件' })
  })

  it('reads the answer a pre-review carries for its applicant', () => {
    expect(answerOf({ status: 'DRAFT' })).toBeNull()
    expect(answerOf({ status: 'PASSED', comeAnyTime: true, materials: [{ code: 'APP', name: '申请书', file: {} },
      { code: 'ADDR', name: '住所使用证明', file: null, mark: 'BRING_TO_WINDOW' }, { code: 'POA', name: '委托书', file: null, mark: 'NOT_APPLICABLE' }] })
      .bringToWindow).toEqual([{ code: 'ADDR', name: '住所使用证明' }])
    expect(answerOf({ status: 'SUBMITTED', notice: { problems: [{ materialCode: 'APP', reason: 'x' }] } })).toBeNull() // submitted again
    expect(answerOf({ status: 'PASSED', comeAnyTime: true })).toMatchObject({ outcome: 'PASSED', comeAnyTime: true })
    expect(answerOf({ status: 'PASSED', comeAnyTime: false, appointmentId: 'a-1' })).toMatchObject({ outcome: 'PASSED', comeAnyTime: false, appointmentId: 'a-1' })
    expect(answerOf({ status: 'NOTICE', notice: { problems: [{ materialCode: 'APP', reason: '未签字' }], note: '请一次补齐' } }))
      .toMatchObject({ outcome: 'NOTICE', problems: [{ materialCode: 'APP', reason: '未签字' }], note: '请一次补齐' })
  })

  it('sends a notice only with every ticked material and its reason, all in one', () => {
    const materials = [{ code: 'APP', name: '申请书' }, { code: 'ADDR', name: '住所使用证明' }]
    expect(answerGaps({ outcome: 'NOTICE', problems: {} })).toEqual(['needProblem'])
    expect(answerGaps({ outcome: 'NOTICE', problems: { APP: { picked: true, reason: ' ' } } })).toEqual(['needReason'])
    const form = { outcome: 'NOTICE', problems: { APP: { picked: true, reason: '未签字 ' }, ADDR: { picked: true, reason: '租赁合同已过期' }, AOA: { picked: false, reason: 'x' } } }
    expect(answerGaps(form)).toEqual([])
    expect(answerBody(form, materials)).toEqual({ outcome: 'NOTICE', note: null, problems: [
      { materialCode: 'APP', materialName: '申请书', reason: '未签字' },
      { materialCode: 'ADDR', materialName: '住所使用证明', reason: '租赁合同已过期' },
    ] })
  })

  it('opens the pre-review workspace for the pre-review post alone', () => {
    expect(workspacesFor(['pre-reviewer']).map((w) => w.key)).toEqual(['preReview'])
    expect(homeFor(['pre-reviewer'])).toBe('/pre-review')
    expect(workspacesFor(['window-clerk']).map((w) => w.key)).not.toContain('preReview')
    expect(term('post', 'pre-reviewer')).toBe('网上预审岗')
  })
})

describe('the applicant\'s page', () => {
  it('takes a user without a staff post as an applicant, never into the staff app', () => {
    expect(isApplicant({ posts: [], post: 'null' })).toBe(true)
    expect(isApplicant({ posts: ['window-clerk'] })).toBe(false)
    expect(isApplicant({ posts: ['pre-reviewer'], applicant: false })).toBe(false)
    expect(isApplicant({ posts: [], applicant: true })).toBe(true)
    expect(isApplicant(null)).toBe(false)
  })

  it('finds the rating link a notice brought, as a path on this site', () => {
    expect(ratingLinkIn({ text: '请评价：http://hall.example.gov.cn/rate.html?case=DX-1&back=SMS.b-1 谢谢' })).toBe('/rate.html?case=DX-1&back=SMS.b-1')
    expect(ratingLinkIn({ ratingLink: '/rate.html?case=DX-2&front=f' })).toBe('/rate.html?case=DX-2&front=f')
    expect(ratingLinkIn({ text: '您的结果已可领取' })).toBeNull()
  })

  it('reads a notice\'s kind as the vocabulary knows it', () => {
    expect(noticeKind('FEE_NOTICE:step-1')).toBe('FEE_NOTICE')
    expect(noticeKind('SUPPLEMENT_NOTICE:p-1')).toBe('SUPPLEMENT_NOTICE')
    expect(noticeKind('MAIL_RETURNED_2')).toBe('MAIL_RETURNED')
    expect(noticeKind('RESULT_READY')).toBe('RESULT_READY')
    for (const k of ['FEE_NOTICE', 'SUPPLEMENT_NOTICE', 'MAIL_RETURNED', 'RESULT_READY', 'RATING_INVITATION']) expect(term('document', k)).not.toBe(k)
  })

  it('sorts newest first by the first instant a row has', () => {
    const rows = [{ id: 1, sentAt: '2026-12-01T00:00:00Z' }, { id: 2, createdAt: '2026-12-02T00:00:00Z' }, { id: 3 }]
    expect(newestFirst(rows, 'sentAt', 'createdAt').map((r) => r.id)).toEqual([2, 1, 3])
  })
})

describe('a pass marks every material without a file', () => {
  const MATERIALS = [{ code: 'APP', name: '申请书', key: true, file: { materialCode: 'APP' } },
    { code: 'ADDR', name: '住所使用证明', key: false, file: null }, { code: 'ID', name: '身份证', key: true, file: null }]

  it('needs a mark for each, never "not applicable" for a key material, and sends the marks of those only', () => {
    expect(unfiledMaterials(MATERIALS).map((m) => m.code)).toEqual(['ADDR', 'ID'])
    expect(marksFor(MATERIALS[1])).toEqual(['NOT_APPLICABLE', 'BRING_TO_WINDOW'])
    expect(marksFor(MATERIALS[2])).toEqual(['BRING_TO_WINDOW'])
    const form = { outcome: 'PASSED', comeAnyTime: true, marks: {} }
    expect(answerGaps(form, MATERIALS)).toEqual(['needMarks'])
    form.marks = { ADDR: 'NOT_APPLICABLE', ID: 'NOT_APPLICABLE' }
    expect(answerGaps(form, MATERIALS)).toEqual(['needMarks'])
    form.marks = { ADDR: 'NOT_APPLICABLE', ID: 'BRING_TO_WINDOW', APP: 'NOT_APPLICABLE' }
    expect(answerGaps(form, MATERIALS)).toEqual([])
    expect(answerBody(form, MATERIALS)).toEqual({ outcome: 'PASSED', comeAnyTime: true, note: null, materials: [
      { materialCode: 'ADDR', mark: 'NOT_APPLICABLE' }, { materialCode: 'ID', mark: 'BRING_TO_WINDOW' }] })
    // a notice takes no marks
    expect(answerGaps({ outcome: 'NOTICE', problems: { ADDR: { picked: true, reason: 'x' } } }, MATERIALS)).toEqual([])
  })
})
