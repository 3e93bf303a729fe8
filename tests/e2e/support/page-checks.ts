// Checks every storefront page a journey visits, wherever it comes from: it fits a 360 px phone, and
// (in French and Arabic) axe-core finds no serious or critical accessibility violation. The page
// factories wire them in (`watchPage`), so journeys never call them one by one.
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import type { Page } from "playwright-core"

/** The narrowest phone the storefront and the portal are designed for. */
export const PHONE_VIEWPORT = { width: 360, height: 800 }

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8")

/** The languages axe runs in: the left-to-right and the right-to-left one. */
const AXE_LOCALES = new Set(["fr", "ar"])

/** Route segments followed by a handle or an id: `/fr/products/x` and `/fr/products/y` are one page type. */
const BEFORE_PARAMETER = new Set(["products", "categories", "cooperatives", "orders", "order"])

/** Page types (locale + route, query left out) axe has checked in this spec file: each once, to keep journeys fast. */
const audited = new Set<string>()

const watched = new WeakSet<Page>()

type AxeViolation = {
  id: string
  impact: string | null
  help: string
  helpUrl: string
  nodes: { target: unknown[]; failureSummary?: string }[]
}

/** `/fr/products/tapis-azilal` → `/fr/products/:param`. */
export function pageType(pathname: string): string {
  const segments = pathname.split("/").filter(Boolean)
  return (
    "/" +
    segments
      .map((segment, index) => (BEFORE_PARAMETER.has(segments[index - 1]) ? ":param" : segment))
      .join("/")
  )
}

/** Fails when the page is wider than the screen (a sideways scroll on a phone). */
export async function assertFitsScreen(page: Page): Promise<void> {
  const { scrollWidth, screenWidth, wide } = await page.evaluate(() => {
    // the layout viewport, not window.innerWidth: a phone (and Chromium's mobile emulation) zooms
    // out to show a page wider than the screen, and innerWidth grows with it (388 px for 388 px)
    const viewport = document.documentElement.clientWidth
    // name the widest culprits so the failure says what to fix
    const culprits = [...document.querySelectorAll("body *")]
      .map(
        (element) =>
          ({ element, ...element.getBoundingClientRect().toJSON() }) as {
            element: Element
            left: number
            right: number
          }
      )
      .filter(({ right, left }) => right > viewport + 0.5 || left < -0.5)
      .slice(-5)
      .map(({ element, left, right }) => {
        const name = element.tagName.toLowerCase()
        const className = typeof element.className === "string" ? element.className.split(" ")[0] : ""
        return `${name}${className ? `.${className}` : ""} (${Math.round(left)}–${Math.round(right)} px)`
      })
    return { scrollWidth: document.documentElement.scrollWidth, screenWidth: viewport, wide: culprits }
  })
  if (scrollWidth > screenWidth) {
    throw new Error(
      `${page.url()} is ${scrollWidth} px wide on a ${screenWidth} px screen; past the edge: ${wide.join(", ")}`
    )
  }
}

/** Runs axe-core on the page; fails with a readable list of serious and critical violations. */
export async function assertAccessible(page: Page): Promise<void> {
  // evaluated through the DevTools protocol, so the storefront's Content-Security-Policy stays on
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> }
      }
    ).axe
    const results = await axe.run(document, { resultTypes: ["violations"] })
    return results.violations
  })
  const blocking = violations.filter(
    (violation) => violation.impact === "serious" || violation.impact === "critical"
  )
  if (blocking.length > 0) {
    const list = blocking
      .map(
        (violation) =>
          `- [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n` +
          violation.nodes
            .slice(0, 5)
            .map((node) => `    ${node.target.join(" ")}`)
            .join("\n")
      )
      .join("\n")
    throw new Error(`axe-core: ${blocking.length} serious or critical violation(s) on ${page.url()}\n${list}`)
  }
}

/** Both checks, on a storefront page (the Admin and other sites are left alone). */
export async function checkPage(page: Page, storefrontUrl: string): Promise<void> {
  const url = new URL(page.url())
  if (url.origin !== new URL(storefrontUrl).origin) {
    return
  }
  // after a client-side navigation the URL changes before the new page's metadata is applied;
  // axe would otherwise read a page whose <title> is still being streamed in
  await page
    .waitForFunction(() => document.title.trim().length > 0, null, { timeout: 10_000 })
    .catch(() => undefined)
  await assertFitsScreen(page)
  const locale = url.pathname.split("/")[1]
  const type = pageType(url.pathname)
  if (AXE_LOCALES.has(locale) && !audited.has(type)) {
    audited.add(type)
    await assertAccessible(page)
  }
}

/**
 * Checks the page after each navigation a journey waits for: `goto` (a document load) and
 * `waitForURL` (what journeys await after a click, client-side navigations included).
 */
export function watchPage(page: Page, storefrontUrl: string): Page {
  if (watched.has(page)) {
    return page
  }
  watched.add(page)
  const goto = page.goto.bind(page)
  const waitForURL = page.waitForURL.bind(page)
  page.goto = async (...args: Parameters<Page["goto"]>) => {
    const response = await goto(...args)
    await checkPage(page, storefrontUrl)
    return response
  }
  page.waitForURL = async (...args: Parameters<Page["waitForURL"]>) => {
    await waitForURL(...args)
    await checkPage(page, storefrontUrl)
  }
  return page
}
