// Applicants reach the hall from anywhere (#23), in a real browser (Debian's headless Chromium driven by
// playwright-core) against the running suite: on a phone-sized screen, anyone searches the public service guide
// (办事指南) and opens an item without logging in; an applicant logs in from the item, starts its online pre-review
// (网上预审), uploads a file per material and submits; the pre-review post finds it in the queue (oldest first, with
// its due time), opens its files and answers it with a one-time notice (一次性告知); the applicant reads the notice
// on their page. Every screen is photographed into OW_SCREENSHOTS and read for raw codes (e2e/raw-codes.mjs), as in
// hall-day.test.mjs. The applicant never sees a staff menu, and the hall's address sends them to their own page.
//
//   OW_GATEWAY=http://127.0.0.1:18080 OW_SCREENSHOTS=/tmp/shots node --test e2e/online.test.mjs
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { rawCodes } from './raw-codes.mjs'

const GATEWAY = process.env.OW_GATEWAY || 'http://127.0.0.1:8080'
const SHOTS = process.env.OW_SCREENSHOTS || 'target/screenshots'
const CHROMIUM = process.env.OW_CHROMIUM || '/usr/bin/chromium'
const PASSWORD = process.env.OW_PASSWORD || 'onewindow'
const WAIT = 60_000 // CI's two cores carry nine servers: be patient, never sleep blindly
const PHONE = { width: 375, height: 812 } // the applicant's page is made for a phone first

// 社会保障卡申领: an item for persons (applicant1 is one) offered for online pre-review, two materials (ID key, PHOTO not)
const ITEM = { code: 'HRSS-0003', search: '社会保障卡', materials: ['ID', 'PHOTO'] }

let browser

before(async () => {
  mkdirSync(SHOTS, { recursive: true })
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] })
})

after(async () => {
  await browser?.close()
})

async function newPage(viewport) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' })
  const page = await context.newPage()
  page.setDefaultTimeout(WAIT)
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`))
  return page
}

/** Keycloak's login form, wherever the page was sent to it. */
async function keycloak(page, username) {
  await page.waitForSelector('#username')
  await page.fill('#username', username)
  await page.fill('#password', PASSWORD)
  await Promise.all([page.waitForURL(`${GATEWAY}/**`), page.click('#kc-login')])
}

/** A staff member's own browser window, logged in, on a workspace (as hall-day.test.mjs does). */
async function staffLogIn(username, hash) {
  const page = await newPage({ width: 1366, height: 768 })
  await page.goto(`${GATEWAY}/${hash}`)
  await keycloak(page, username)
  await page.waitForSelector('[data-test=me]')
  if (hash && !page.url().endsWith(hash)) await page.goto(`${GATEWAY}/${hash}`)
  return page
}

/** Photographs a screen and fails on any raw code it shows (a screen in Chinese, as every one here is). */
async function shot(page, name) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
  const found = rawCodes(await page.evaluate(() => document.body.innerText))
  assert.deepEqual(found, [], `${name} shows raw codes: ${found.map((f) => `${f.code} in "…${f.near}…"`).join('; ')}`)
}

/** A small, plain PDF (no script, no action), different for each material: the service checks the bytes. */
const pdf = (material) => Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n`
  + `% ${material} ${Date.now()}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`)

test('an applicant finds an item in the guide, pre-reviews it online, and the pre-review post answers with one notice', async () => {
  // 1. the public guide on a phone, without a login: search, the item's page
  const applicant = await newPage(PHONE)
  await applicant.goto(`${GATEWAY}/applicant.html#/guide`)
  await applicant.waitForSelector('[data-test=guide-hits] [data-test^=guide-item-]')
  await applicant.waitForSelector('[data-test=login]') // nobody is logged in: the page offers a login, it does not reload
  assert.equal(await applicant.locator('.el-menu').count(), 0, 'no staff menu on the applicant page')
  await applicant.fill('[data-test=guide-search]', ITEM.search)
  await applicant.waitForFunction((code) => {
    const hits = [...document.querySelectorAll('[data-test=guide-hits] [data-test^=guide-item-]')]
    // the search narrowed the list: every hit is named by it (the guide searches names and codes), the item among them
    return hits.length > 0 && hits.every((h) => h.textContent.includes('社会保障卡')) && hits.some((h) => h.textContent.includes(code))
  }, ITEM.code)
  await shot(applicant, 'applicant-guide')
  await applicant.click(`[data-test=guide-item-${ITEM.code}]`)
  await applicant.waitForSelector('[data-test=guide-item-name]')
  assert.match(await applicant.textContent('[data-test=guide-item]'), /网上预审/)
  for (const m of ITEM.materials) await applicant.waitForSelector(`[data-test=guide-material-${m}]`)
  await shot(applicant, 'applicant-guide-item')

  // the published lists, with their CSV download
  await applicant.goto(`${GATEWAY}/applicant.html#/lists`)
  await applicant.waitForSelector('[data-test=list-csv]')
  const csv = await applicant.evaluate(async (href) => {
    const r = await fetch(href)
    return { status: r.status, type: r.headers.get('Content-Type') }
  }, await applicant.getAttribute('[data-test=list-csv]', 'href'))
  assert.equal(csv.status, 200, 'the list downloads without a login')
  assert.match(csv.type, /text\/csv/)

  // 2. the applicant logs in from the item and comes back to it
  await applicant.goto(`${GATEWAY}/applicant.html#/guide/${ITEM.code}`)
  await applicant.click('[data-test=login-to-pre-review]')
  await keycloak(applicant, 'applicant1')
  await applicant.waitForURL(/\/applicant\.html/)
  await applicant.waitForSelector('[data-test=me]')
  await applicant.waitForSelector('[data-test=start-pre-review]')
  assert.equal(await applicant.locator('.el-menu').count(), 0, 'no staff menu for an applicant')

  // 3. the pre-review: started with a phone for the appointment, a file per material, submitted
  await applicant.click('[data-test=start-pre-review]')
  await applicant.fill('[data-test=pre-review-phone]', '13800138000')
  await applicant.click('[data-test=pre-review-start]')
  await applicant.waitForURL(/#\/pre-reviews\/[0-9a-f-]{36}$/)
  const id = applicant.url().split('/').pop()
  for (const m of ITEM.materials) {
    await applicant.waitForSelector(`[data-test=material-${m}]`)
    await applicant.setInputFiles(`[data-test=file-${m}]`, { name: `${m}.pdf`, mimeType: 'application/pdf', buffer: pdf(m) })
    await applicant.waitForSelector(`[data-test=uploaded-${m}]`)
  }
  await applicant.click('[data-test=pre-review-submit]')
  await applicant.waitForFunction(() => document.querySelector('[data-test=pre-review-status]')?.textContent.trim() === '预审中')
  await shot(applicant, 'applicant-pre-review')

  // 4. the pre-review post: the queue (oldest first, due time), the files, one notice listing the problem material
  const reviewer = await staffLogIn('prereviewer1', '#/pre-review')
  assert.deepEqual(await reviewer.$$eval('.el-menu-item', (els) => els.map((e) => e.dataset.test)), ['menu-preReview'])
  await reviewer.waitForFunction((pr) => document.querySelector('[data-test=pre-review-queue]').textContent.includes(pr), id)
  await reviewer.waitForSelector('[data-test=pre-review-queue] [data-test=due]')
  await reviewer.click(`[data-test=pre-review-queue] tr:has-text("${id}")`)
  await reviewer.waitForSelector('[data-test=pre-review-check]')
  for (const m of ITEM.materials) {
    const href = await reviewer.getAttribute(`[data-test=open-${m}]`, 'href')
    const file = await reviewer.evaluate(async (h) => {
      const r = await fetch(h)
      return { status: r.status, type: r.headers.get('Content-Type'), disposition: r.headers.get('Content-Disposition') }
    }, href)
    assert.equal(file.status, 200, `the ${m} file opens`)
    assert.match(file.type, /application\/pdf/)
    assert.match(file.disposition || '', /attachment/, 'served as a download, never shown inline')
  }
  await shot(reviewer, 'pre-reviewer')
  await reviewer.click('[data-test=outcome-notice]')
  await reviewer.click('[data-test=problem-PHOTO]')
  await reviewer.fill('[data-test=reason-PHOTO]', '照片须为近期免冠白底彩色证件照')
  await reviewer.click('[data-test=send-answer]')
  await reviewer.waitForFunction(() => document.querySelector('[data-test=pre-review-status]')?.textContent.trim() === '一次性告知')
  await shot(reviewer, 'pre-reviewer-answered')

  // 5. the applicant reads the one-time notice on their page, and may put it right and submit again
  await applicant.reload()
  await applicant.waitForSelector('[data-test=one-time-notice]')
  assert.match(await applicant.textContent('[data-test=notice-PHOTO]'), /近期免冠白底彩色证件照/)
  await applicant.waitForSelector('[data-test=pre-review-submit]')
  await shot(applicant, 'applicant-pre-review-notice')

  // their cases, and the hall's own address, which sends an applicant to their page
  await applicant.click('[data-test=nav-cases]')
  await applicant.waitForSelector('[data-test=case-list]')
  await shot(applicant, 'applicant-cases')
  await applicant.goto(`${GATEWAY}/`)
  await applicant.waitForURL(/\/applicant\.html/)
  await applicant.waitForSelector('[data-test=applicant-nav]')
  assert.equal(await applicant.locator('.el-menu').count(), 0, 'still no staff menu')
})
