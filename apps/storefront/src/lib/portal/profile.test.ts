import { describe, expect, it } from "vitest"
import { parseProfileForm } from "./profile"

const form = (values: Record<string, string>) => (name: string) => values[name]

describe("parseProfileForm", () => {
  it("keeps each language written, and clears an emptied tagline", () => {
    expect(
      parseProfileForm(
        form({
          tagline_ar: " زرابي الأطلس ",
          story_fr: "Nous tissons.",
          story_en: "We weave.",
          email: "",
          phone: "06 12 34 56 78",
        })
      )
    ).toEqual({
      ok: true,
      body: {
        tagline: { ar: "زرابي الأطلس" },
        story: { fr: "Nous tissons.", en: "We weave." },
        email: null,
        phone: "06 12 34 56 78",
        show_impact: false,
      },
    })
    expect(parseProfileForm(form({ story_fr: "x", show_impact: "on" }))).toMatchObject({
      ok: true,
      body: { show_impact: true },
    })
    expect(parseProfileForm(form({ story_ar: "قصتنا" }))).toMatchObject({ ok: true, body: { tagline: null } })
  })

  it("names each field to fix", () => {
    expect(parseProfileForm(form({ email: "fatima@", phone: "12", tagline_fr: "x".repeat(300) }))).toEqual({
      ok: false,
      fieldErrors: { tagline_fr: "tooLong", story_fr: "storyRequired", email: "email", phone: "phone" },
    })
  })
})
