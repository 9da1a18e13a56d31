// What the browser scenarios share (hall-day, desks): the suite's address, a staff member's own logged-in window, and
// the photograph of a screen that fails on any raw code it shows (e2e/raw-codes.mjs, #22). Not a test file itself.
import assert from 'node:assert/strict'
import { chromium } from 'playwright-core'
import { rawCodes } from './raw-codes.mjs'

export const GATEWAY = process.env.OW_GATEWAY || 'http://127.0.0.1:8080'
export const SHOTS = process.env.OW_SCREENSHOTS || 'target/screenshots'
const CHROMIUM = process.env.OW_CHROMIUM || '/usr/bin/chromium'
const PASSWORD = process.env.OW_PASSWORD || 'onewindow'
export const WAIT = 60_000 // CI's two cores carry nine servers: be patient, never sleep blindly

/** Debian's headless Chromium. */
export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] })
}

/** A user's own browser window (own cookies), logged in through Keycloak's form, on a workspace. */
export async function logIn(browser, username, hash) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  const page = await context.newPage()
  page.setDefaultTimeout(WAIT)
  page.on('pageerror', (e) => console.error(`[${username}] page error: ${e.message}`))
  await page.goto(`${GATEWAY}/${hash}`)
  await page.fill('#username', username)
  await page.fill('#password', PASSWORD)
  await Promise.all([page.waitForURL(`${GATEWAY}/**`), page.click('#kc-login')])
  await page.waitForSelector('[data-test=me]')
  if (hash && !page.url().endsWith(hash)) await page.goto(`${GATEWAY}/${hash}`)
  return page
}

/** Photographs a screen and, unless it is shown in English on purpose, fails on any raw code it shows. */
export async function shot(page, name, { chinese = true } = {}) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
  if (chinese) await noRawCodes(page, name)
}

/** The text the page shows (not hidden tabs or closed menus) holds no service code, only the hall's words. */
export async function noRawCodes(page, name) {
  const found = rawCodes(await page.evaluate(() => document.body.innerText))
  assert.deepEqual(found, [], `${name} shows raw codes: ${found.map((f) => `${f.code} in "…${f.near}…"`).join('; ')}`)
}
