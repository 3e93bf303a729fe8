import { describe, expect, it } from "vitest"
import { visibleVendorProducts } from "./visible-vendor-products"

const row = (id: string, status: string, channels: string[], created_at: string) => ({
  id,
  handle: `handle-${id}`,
  title: `Title ${id}`,
  thumbnail: null,
  status,
  created_at,
  sales_channels: channels.map((channelId) => ({ id: channelId })),
})

describe("visibleVendorProducts", () => {
  it("keeps published products of the key's sales channels, newest first, without internal fields", () => {
    const rows = [
      row("old", "published", ["sc_shop"], "2026-01-01"),
      row("draft", "draft", ["sc_shop"], "2026-03-01"),
      row("elsewhere", "published", ["sc_other"], "2026-03-01"),
      row("new", "published", ["sc_other", "sc_shop"], "2026-02-01"),
      null,
    ]

    const visible = visibleVendorProducts(rows, ["sc_shop"], "published")

    expect(visible).toEqual([
      { id: "new", handle: "handle-new", title: "Title new", thumbnail: null },
      { id: "old", handle: "handle-old", title: "Title old", thumbnail: null },
    ])
  })

  it("shows nothing through a key without sales channels", () => {
    expect(
      visibleVendorProducts([row("a", "published", ["sc_shop"], "2026-01-01")], [], "published")
    ).toEqual([])
  })
})
