import { describe, expect, it } from "vitest"
import ar from "../../../messages/ar.json"
import en from "../../../messages/en.json"
import fr from "../../../messages/fr.json"

type Tree = { [key: string]: string | Tree }

// Plural objects may carry extra CLDR forms (Arabic has six), so they are compared by "other" only.
const PLURAL_FORMS = new Set(["zero", "one", "two", "few", "many", "other"])

function leafKeys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === "string") {
      return PLURAL_FORMS.has(key) && key !== "other" ? [] : [path]
    }
    return leafKeys(value, path)
  })
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
}

function leaf(tree: Tree, path: string): string {
  return path.split(".").reduce<string | Tree>((node, key) => (node as Tree)[key], tree) as string
}

describe("message catalogues", () => {
  const base = leafKeys(fr).sort()

  it.each([
    ["ar", ar],
    ["en", en],
  ])("%s has exactly the French keys", (_, catalogue) => {
    expect(leafKeys(catalogue as Tree).sort()).toEqual(base)
  })

  it.each([
    ["ar", ar],
    ["en", en],
  ])("%s keeps the French placeholders", (_, catalogue) => {
    for (const path of base) {
      expect(placeholders(leaf(catalogue as Tree, path)), path).toEqual(placeholders(leaf(fr, path)))
    }
  })

  it("has no empty strings", () => {
    for (const catalogue of [fr, ar, en]) {
      for (const path of leafKeys(catalogue as Tree)) {
        expect(leaf(catalogue as Tree, path).trim(), path).not.toBe("")
      }
    }
  })
})
