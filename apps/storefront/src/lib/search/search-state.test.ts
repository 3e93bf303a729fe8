import { describe, expect, it } from "vitest"
import { parseSearchState, searchHref, toSearchBody, toggleFacet } from "./search-state"

describe("search state", () => {
  it("reads the URL leniently and writes it back canonically", () => {
    const state = parseSearchState({
      q: " tapis ",
      region: ["Souss-Massa", "Oriental"],
      sort: "bogus",
      page: "-3",
      price: "100-300",
    })
    expect(state).toMatchObject({ q: "tapis", sort: "relevance", page: 1, price: "100-300" })
    expect(searchHref("/fr/search", state)).toBe(
      "/fr/search?q=tapis&region=Souss-Massa&region=Oriental&price=100-300"
    )
  })

  it("toggles a facet value and goes back to the first page", () => {
    const state = { ...parseSearchState({ q: "argan", page: "3" }) }
    const on = toggleFacet(state, "region", "Souss-Massa")
    expect(on.filters.region).toEqual(["Souss-Massa"])
    expect(on.page).toBe(1)
    expect(toggleFacet(on, "region", "Souss-Massa").filters.region).toEqual([])
  })

  it("asks the backend in the visitor's currency", () => {
    const body = toSearchBody(
      parseSearchState({ q: "tapis", region: "Oriental", price: "10-30", sort: "price_desc", page: "2" }),
      "eur"
    )
    expect(body.filters).toEqual({
      q: "tapis",
      vendor_region: { $in: ["Oriental"] },
      price_eur: { $gte: 10, $lt: 30 },
    })
    expect(body.pagination).toEqual({ skip: 12, take: 12, order: { price_eur: "DESC" } })
    expect(body.search_options.facets.at(-1)).toMatchObject({ field: "price_eur", type: "range" })
  })
  it("sorts the best rated first, the most reviewed first among equals", () => {
    const body = toSearchBody(parseSearchState({ sort: "rating" }), "mad")
    expect(body.pagination.order).toEqual({ rating_average: "DESC", rating_count: "DESC" })
  })
})
