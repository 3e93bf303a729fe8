import { describe, expect, it } from "vitest"
import { CACHE_TAG_VALUES, isCacheTag } from "./cache-tags"

describe("cache tags", () => {
  it("knows every tag and nothing else", () => {
    expect(CACHE_TAG_VALUES).toEqual([
      "products",
      "categories",
      "vendors",
      "regions",
      "events",
      "impact",
      "reviews",
    ])
    expect(isCacheTag("vendors")).toBe(true)
    expect(isCacheTag("orders")).toBe(false)
    expect(isCacheTag(["products"])).toBe(false)
  })
})
