// #24 in a real browser: the help desk (帮办代办) notes a request and answers it within its limit, the enquiry desk
// (咨询答复) registers a hotline order for the department that owns the item, and the mid desk sees the window's refusals
// waiting for its sign-off (窗口无否决权). Each workspace is photographed and read for raw codes, as in hall-day.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import { SHOTS, launch, logIn as staffLogIn, shot } from './staff-browser.mjs'

let browser

before(async () => {
  mkdirSync(SHOTS, { recursive: true })
  browser = await launch()
})

after(async () => {
  await browser?.close()
})

const logIn = (username, hash) => staffLogIn(browser, username, hash)

test('the helper notes a phone request and answers it on first contact, in time, on the help desk', async () => {
  const helper = await logIn('helper1', '#/help-desk')
  assert.deepEqual(await helper.$$eval('.el-menu-item', (els) => els.map((e) => e.dataset.test)), ['menu-helpDesk', 'menu-window'])
  const question = `个体户营业执照怎么网上办？（浏览器测试${Date.now()}）`
  await helper.click('[data-test=new-channel] >> text=电话')
  await helper.fill('[data-test=new-name]', '钱女士')
  await helper.fill('[data-test=new-question]', question)
  await helper.click('[data-test=new-send]')
  await helper.locator('[data-test=help-requests] tr', { hasText: question }).click()
  await helper.click('[data-test=resolution-RESOLVED]')
  await helper.fill('[data-test=answer-note]', '已指导通过网上预审提交')
  await helper.click('[data-test=answer]')
  await helper.waitForSelector('[data-test=answered-resolution]')
  assert.equal((await helper.textContent('[data-test=answered-in-time]')).trim(), '按时响应')
  await helper.waitForFunction(() => Number(document.querySelector('[data-test=figure-answered]')?.textContent.replace(/[^\d]/g, '') || 0) >= 1)
  await shot(helper, 'helper-desk')
})

test('the enquiry desk registers a hotline order, assigned to the department owning the item, due in 3 working days', async () => {
  const desk = await logIn('enquiry1', '#/enquiry-desk')
  assert.deepEqual(await desk.$$eval('.el-menu-item', (els) => els.map((e) => e.dataset.test)), ['menu-enquiryDesk'])
  const question = `食品经营许可证到期换证需要哪些材料？（浏览器测试${Date.now()}）`
  await desk.click('[data-test=enquiry-item]')
  await desk.locator('.el-select-dropdown__item:visible').first().click()
  await desk.fill('[data-test=enquiry-question]', question)
  await desk.fill('[data-test=enquiry-name]', '孙先生')
  await desk.fill('[data-test=enquiry-phone]', '13900139000')
  await desk.click('[data-test=enquiry-save]')
  await desk.waitForFunction((q) => document.querySelector('[data-test=enquiry-question-text]')?.textContent.includes(q), question)
  await desk.waitForFunction(() => document.querySelectorAll('[data-test=enquiries] tbody tr').length >= 1)
  await shot(desk, 'enquiry-desk')
})

test('the mid desk sees the sign-off desk with the window\'s refusals waiting for it', async () => {
  const mid = await logIn('middesk1', '#/sign-offs')
  await mid.waitForSelector('[data-test=sign-offs]')
  await shot(mid, 'sign-off-desk')
})
