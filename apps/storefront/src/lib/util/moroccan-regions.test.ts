import { describe, expect, it } from "vitest"
import { distinctRegions, regionKey, regionLabel } from "./moroccan-regions"

describe("regions", () => {
  it("normalises names to catalogue keys", () => {
    expect(regionKey("Drâa-Tafilalet")).toBe("draa-tafilalet")
    expect(regionKey("Tanger-Tétouan-Al Hoceïma")).toBe("tanger-tetouan-al-hoceima")
    expect(regionKey("L'Oriental")).toBe("l-oriental")
  })

  it("translates known regions and keeps unknown ones", () => {
    const labels = { "souss-massa": "سوس ماسة" }
    expect(regionLabel("Souss-Massa", labels)).toBe("سوس ماسة")
    expect(regionLabel("Ailleurs", labels)).toBe("Ailleurs")
  })

  it("lists each region once, sorted by its name in the page language", () => {
    const regions = ["Souss-Massa", "Drâa-Tafilalet", "souss massa", null, "Fès-Meknès"]
    expect(distinctRegions(regions, {}, new Intl.Collator("fr"))).toEqual([
      "Drâa-Tafilalet",
      "Fès-Meknès",
      "Souss-Massa",
    ])
    const arabic = {
      "souss-massa": "سوس ماسة",
      "draa-tafilalet": "درعة تافيلالت",
      "fes-meknes": "فاس مكناس",
    }
    expect(distinctRegions(regions, arabic, new Intl.Collator("ar-MA"))).toEqual([
      "Drâa-Tafilalet",
      "Souss-Massa",
      "Fès-Meknès",
    ])
  })
})
