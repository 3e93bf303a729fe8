import { describe, expect, it } from "vitest"
import ar from "../../../messages/portal/ar.json"
import en from "../../../messages/portal/en.json"
import fr from "../../../messages/portal/fr.json"

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === "string" ? [[path, value] as [string, string]] : leaves(value, path)
  })
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe("portal message catalogues", () => {
  const base = new Map(leaves(fr))

  it.each([
    ["ar", ar],
    ["en", en],
  ])("%s has the French keys and placeholders", (_, catalogue) => {
    const other = new Map(leaves(catalogue as Tree))
    expect([...other.keys()].sort()).toEqual([...base.keys()].sort())
    for (const [path, text] of base) {
      expect(placeholders(other.get(path) ?? ""), path).toEqual(placeholders(text))
    }
  })

  it("has no empty strings", () => {
    for (const catalogue of [fr, ar, en]) {
      for (const [path, text] of leaves(catalogue as Tree)) {
        expect(text.trim(), path).not.toBe("")
      }
    }
  })

  it("names every error code the form logic can produce", () => {
    const codes = [
      "required",
      "choose",
      "tooLong",
      "invalid",
      "email",
      "phone",
      "passwordShort",
      "ice",
      "year",
      "wholeNumber",
      "percent",
      "storyRequired",
      "titleRequired",
      "descriptionRequired",
      "photoRequired",
      "photoType",
      "photoSize",
      "photoCount",
      "leadTimeRequired",
      "leadTime",
      "variantRequired",
      "variantTitleRequired",
      "variantTitleDuplicate",
      "price",
      "priceRequired",
      "stock",
      "stockRequired",
      "notAccepted",
      "pickupCode",
      "pickupCodeWrong",
      "pickupLocked",
      "signInFailed",
      "emailTaken",
      "applicationIncomplete",
      "sessionExpired",
      "notApproved",
      "notFound",
      "conflict",
      "invalidLink",
      "network",
      "unknown",
      "alreadyReplied",
    ]
    for (const code of codes) {
      expect(fr.errors, code).toHaveProperty(code)
    }
  })
})
