import type { Browser, Route } from "playwright-core"
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import demoLogins from "../../../apps/backend/src/scripts/seed/demo-logins.json"
import { launchChromium } from "../support/browser"
import { signInToPortal } from "../support/member"

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** A 4000 × 3000 JPEG of noise, as heavy as a phone's photo (noise does not compress). */
function phonePhoto(width = 4000, height = 3000): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  for (let i = 0; i < pixels.length; i++) {
    pixels[i] = Math.imul(i, 2654435761) >>> 24
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92 })
    .toBuffer()
}

describe("the portal installed on a member's phone", () => {
  it("links its manifest, registers its service worker and sends a phone photo shrunk", async () => {
    const page = await signInToPortal(browser, storefrontUrl, demoLogins.member, "fr")

    // installable: the manifest in her language, opening on the portal
    const href = await page.locator('link[rel="manifest"]').getAttribute("href")
    expect(href).toBe("/fr/portal/manifest.webmanifest")
    const manifest = await (await fetch(`${storefrontUrl}${href}`)).json()
    expect(manifest).toMatchObject({ start_url: "/fr/portal", scope: "/fr/portal/", display: "standalone" })

    // the service worker runs for the portal only (the CSP lets it: worker-src 'self')
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
    expect(scope).toBe(`${storefrontUrl}/fr/portal/`)

    // a 4000 px photo is shrunk before it leaves the phone
    const photo = await phonePhoto()
    expect(photo.length).toBeGreaterThan(2 * 1024 * 1024)
    await page.goto(`${storefrontUrl}/fr/portal/products/new`)
    await page.getByTestId("product-photos").setInputFiles({
      name: "argan.jpg",
      mimeType: "image/jpeg",
      buffer: photo,
    })
    // the file the form will upload is the shrunk copy put back into the input
    const sent = await page.waitForFunction(
      (original) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="product-photos"]')
        const size = input?.files?.[0]?.size ?? original
        return size < original ? size : false
      },
      photo.length,
      { timeout: 30_000 }
    )
    const size = (await sent.jsonValue()) as number
    expect(size).toBeLessThan(photo.length / 2)
    await page.context().close()
  })

  it("keeps a product written offline on the phone and sends it once when the connection is back", async () => {
    const page = await signInToPortal(browser, storefrontUrl, demoLogins.member, "fr")
    const context = page.context()
    // the service worker controls the next page load, which it keeps for offline use
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await page.goto(`${storefrontUrl}/fr/portal/products/new`)
    const form = page.locator('[data-testid="product-form"][data-draft="on"]')
    await form.waitFor({ timeout: 30_000 })

    const title = `Tapis écrit hors ligne ${Date.now()}`
    await page.getByTestId("product-title-fr").fill(title)
    await page.getByTestId("product-description-fr").fill("Laine filée à la main, teintures au henné.")
    await page.getByTestId("product-category").selectOption({ index: 1 })
    await page.getByTestId("variant-price-mad").fill("950")
    await page.getByTestId("variant-price-eur").fill("89")
    await page.getByTestId("variant-stock").fill("1")
    await page.getByTestId("product-photos").setInputFiles({
      name: "tapis.jpg",
      mimeType: "image/jpeg",
      buffer: await phonePhoto(2400, 1800),
    })
    await page.getByTestId("draft-saved").waitFor({ timeout: 30_000 })

    // the connection drops; she saves anyway: the product waits on the phone
    await context.setOffline(true)
    await page.getByTestId("product-save").click()
    await page.getByTestId("draft-queued").waitFor({ timeout: 30_000 })
    expect(await page.getByTestId("draft-queued").textContent()).toContain("quand la connexion reviendra")

    // a reload without network (the service worker's copy) brings back the text and the photo
    await page.reload()
    await form.waitFor({ timeout: 30_000 })
    await page.getByTestId("draft-queued").waitFor()
    expect(await page.getByTestId("product-title-fr").inputValue()).toBe(title)
    expect(
      await page.getByTestId("product-photos").evaluate((input: HTMLInputElement) => input.files?.length)
    ).toBe(1)

    // the connection is back: sent by itself, once, and the form starts afresh
    await context.setOffline(false)
    await page.getByTestId("outbox-sent").waitFor({ timeout: 60_000 })
    expect(await page.getByTestId("outbox-sent").textContent()).toContain(title)
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="product-title-fr"]') as HTMLInputElement | null)?.value === ""
    )

    // the backend holds exactly one such product, with its photo
    const login = await fetch(`${backendUrl}/auth/vendor/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: demoLogins.member.email, password: demoLogins.member.password }),
    })
    const { token } = (await login.json()) as { token: string }
    const listed = await fetch(`${backendUrl}/vendor/products?limit=100`, {
      headers: { authorization: `Bearer ${token}` },
    })
    const { products } = (await listed.json()) as { products: { title: unknown; images?: unknown[] }[] }
    const mine = products.filter((product) => JSON.stringify(product.title).includes(title))
    expect(mine).toHaveLength(1)
    expect(mine[0].images ?? []).toHaveLength(1)
    await context.close()
  })
  it("sends a product whose saving failed while the phone believed it was online, without waiting for a visit", async () => {
    const page = await signInToPortal(browser, storefrontUrl, demoLogins.member, "fr")
    await page.goto(`${storefrontUrl}/fr/portal/products/new`)
    await page.locator('[data-testid="product-form"][data-draft="on"]').waitFor({ timeout: 30_000 })
    const title = `Panier tressé ${Date.now()}`
    await page.getByTestId("product-title-fr").fill(title)
    await page.getByTestId("product-description-fr").fill("Doum tressé à la main.")
    await page.getByTestId("product-category").selectOption({ index: 1 })
    await page.getByTestId("variant-price-mad").fill("180")
    await page.getByTestId("variant-price-eur").fill("17")
    await page.getByTestId("variant-stock").fill("4")

    // the request dies on the way (a dead mobile connection) while the browser still says "online"
    const dead = (route: Route) =>
      route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue()
    await page.route("**/fr/portal/products/new", dead)
    await page.getByTestId("product-save").click()
    await page.getByTestId("draft-queued").waitFor({ timeout: 30_000 })
    expect(await page.evaluate(() => navigator.onLine)).toBe(true)

    // no `online` event will come: the outbox tries again by itself
    await page.unroute("**/fr/portal/products/new", dead)
    await page.getByTestId("outbox-sent").waitFor({ timeout: 60_000 })
    expect(await page.getByTestId("outbox-sent").textContent()).toContain(title)
    await page.context().close()
  })
})
