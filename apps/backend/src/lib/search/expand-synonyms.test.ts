import { describe, expect, it } from "vitest"
import { normalizeSynonymGroups, synonymsFor } from "./expand-synonyms"
import { SEARCH_SYNONYMS } from "./synonyms"

describe("synonyms", () => {
  const groups = normalizeSynonymGroups(SEARCH_SYNONYMS)

  it("normalises every group like the documents", () => {
    const argan = groups.find((group) => group.includes("argan"))!
    expect(argan).toContain("اركان")
    expect(groups.every((group) => group.length > 1)).toBe(true)
  })

  it("adds a group's other words and scripts to a text that holds one of them", () => {
    const added = synonymsFor("tapis berbere en laine", groups)
    expect(added).toEqual(expect.arrayContaining(["rug", "زربيه", "wool", "amazigh"]))
    expect(added).not.toContain("tapis")
  })

  it("matches phrases at word boundaries only", () => {
    expect(synonymsFor("epices ras el hanout", groups)).toContain("راس حانوت")
    expect(synonymsFor("pastel", groups)).not.toContain("ورد")
  })
})
