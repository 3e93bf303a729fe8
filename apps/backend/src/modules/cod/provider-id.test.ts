import { COD_PROVIDER_ID as AGREED_ID } from "@bazaar/contracts"
import { describe, expect, it } from "vitest"
import { COD_PROVIDER_ID } from "./service"

describe("cash on delivery provider id", () => {
  it("is the id the storefront was told", () => {
    expect(COD_PROVIDER_ID).toBe(AGREED_ID)
  })
})
