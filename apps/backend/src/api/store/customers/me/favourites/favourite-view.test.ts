import { describe, expect, it } from "vitest"
import { visibleFavourites } from "./favourite-view"

const product = (id: string, status = "published", channel = "sc_1") => ({
  id,
  handle: `h-${id}`,
  title: `T ${id}`,
  thumbnail: null,
  status,
  sales_channels: [{ id: channel }],
  vendor: { id: "v", handle: "v", name: "V" },
})

describe("visibleFavourites", () => {
  it("keeps published products of the key's channels, newest favourite first, without internal fields", () => {
    const favourites = [
      { product_id: "p1", created_at: "2026-01-01T00:00:00Z" },
      { product_id: "p2", created_at: "2026-01-03T00:00:00Z" },
      { product_id: "draft", created_at: "2026-01-04T00:00:00Z" },
      { product_id: "elsewhere", created_at: "2026-01-05T00:00:00Z" },
      { product_id: "gone", created_at: "2026-01-06T00:00:00Z" },
    ]
    const rows = [
      product("p1"),
      product("p2"),
      product("draft", "draft"),
      product("elsewhere", "published", "sc_2"),
    ]
    const result = visibleFavourites(favourites, rows, ["sc_1"], "published")
    expect(result.map((row) => row.product_id)).toEqual(["p2", "p1"])
    expect(result[0].product).toEqual({
      id: "p2",
      handle: "h-p2",
      title: "T p2",
      thumbnail: null,
      vendor: { id: "v", handle: "v", name: "V" },
    })
  })
})
