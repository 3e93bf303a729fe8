import { chromium, type Browser, type Page } from "playwright-core"
import { inject } from "vitest"
import { PHONE_VIEWPORT, watchPage } from "./page-checks"

// Debian's chromium, never a downloaded browser; the flags keep it quiet on a machine without network.
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  })
}

/**
 * A shopper's or a member's phone, 360 px wide: most of the bazaar's visitors browse on one. Every
 * page opened in it is checked after each navigation (fits the screen, axe-core: support/page-checks).
 */
export async function openPhonePage(browser: Browser, options: { locale?: string } = {}): Promise<Page> {
  const storefrontUrl = inject("storefrontUrl")
  const context = await browser.newContext({
    viewport: PHONE_VIEWPORT,
    isMobile: true,
    hasTouch: true,
    ...options,
  })
  context.on("page", (page) => watchPage(page, storefrontUrl))
  return watchPage(await context.newPage(), storefrontUrl)
}
