import { describe, expect, it } from "vitest"
import {
  cleanProductIds,
  inFavouriteOrder,
  MAX_GUEST_FAVOURITES,
  parseGuestFavourites,
  withFavourite,
} from "./guest-favourites"

describe("guest favourites", () => {
  it("reads what localStorage holds, whatever it is", () => {
    expect(parseGuestFavourites(null)).toEqual([])
    expect(parseGuestFavourites("")).toEqual([])
    expect(parseGuestFavourites("{not json")).toEqual([])
    expect(parseGuestFavourites('{"a":1}')).toEqual([])
    expect(parseGuestFavourites('["prod_1", 2, "prod_1", "x y", "prod_2"]')).toEqual(["prod_1", "prod_2"])
  })

  it("keeps at most what the backend merges at once", () => {
    const many = Array.from({ length: MAX_GUEST_FAVOURITES + 5 }, (_, index) => `prod_${index}`)
    expect(cleanProductIds(many)).toHaveLength(MAX_GUEST_FAVOURITES)
    expect(cleanProductIds(many)[0]).toBe("prod_0")
  })

  it("adds the newest first, once, and removes", () => {
    expect(withFavourite(["prod_1"], "prod_2", true)).toEqual(["prod_2", "prod_1"])
    expect(withFavourite(["prod_2", "prod_1"], "prod_1", true)).toEqual(["prod_1", "prod_2"])
    expect(withFavourite(["prod_2", "prod_1"], "prod_2", false)).toEqual(["prod_1"])
    expect(withFavourite([], "prod_3", false)).toEqual([])
  })

  it("orders cards as the favourites, leaving out products no longer sold", () => {
    const cards = [{ id: "prod_1" }, { id: "prod_3" }]
    expect(inFavouriteOrder(["prod_3", "prod_2", "prod_1"], cards)).toEqual([
      { id: "prod_3" },
      { id: "prod_1" },
    ])
  })
})
