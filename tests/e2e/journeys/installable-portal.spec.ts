import type { Browser } from "playwright-core"
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import demoLogins from "../../../apps/backend/src/scripts/seed/demo-logins.json"
import { launchChromium } from "../support/browser"
import { signInToPortal } from "../support/member"

const storefrontUrl = inject("storefrontUrl")

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** A 4000 × 3000 JPEG of noise, as heavy as a phone's photo (noise does not compress). */
function phonePhoto(): Promise<Buffer> {
  const width = 4000
  const height = 3000
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
})
