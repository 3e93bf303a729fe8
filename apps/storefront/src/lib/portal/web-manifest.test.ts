import { describe, expect, it } from "vitest"
import { portalManifest } from "./web-manifest"

describe("portalManifest", () => {
  it("opens on the portal in the member's language and stays inside it", () => {
    const manifest = portalManifest("ar", "فضاء التعاونيات")
    expect(manifest).toMatchObject({
      name: "فضاء التعاونيات",
      lang: "ar",
      dir: "rtl",
      start_url: "/ar/portal",
      scope: "/ar/portal/",
      display: "standalone",
    })
    expect(manifest.icons?.map((icon) => icon.sizes)).toEqual(["192x192", "512x512"])
  })
})
