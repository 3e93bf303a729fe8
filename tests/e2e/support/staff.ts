// The centre's staff, on a laptop, in Medusa Admin: sign-in shared by the journeys that need them.
import type { Browser, Page } from "playwright-core"
import demoLogins from "../../../apps/backend/src/scripts/seed/demo-logins.json"

/** A laptop-sized page signed in to Medusa Admin as the demo staff member. */
export async function openAdminAsStaff(browser: Browser, backendUrl: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${backendUrl}/app/login`)
  await page.locator('input[name="email"]').fill(demoLogins.staff.email)
  await page.locator('input[name="password"]').fill(demoLogins.staff.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60_000 })
  return page
}
