import { describe, expect, it } from "vitest"
import { applicationField, parseApplication } from "./application"

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    data.append(name, value)
  }
  return data
}

const complete = {
  name: " Coopérative Tifawin ",
  legal_form: "cooperative",
  odco_number: "",
  ice: "001 234 567 000 089",
  region: "Souss-Massa",
  province: "Taroudant",
  city: "Taliouine",
  founded_year: "2012",
  members_count: "24",
  women_share: "100",
  tagline: "",
  story_fr: "",
  story_ar: "تعاونية نسائية للزعفران",
  story_en: "",
  phone: "06 12 34 56 78",
  first_name: "Fatima",
  last_name: "Aït Said",
  email: "Fatima@Example.MA",
  password: "safran-2026",
}

describe("parseApplication", () => {
  const now = new Date("2026-11-29T12:00:00Z")

  it("shapes the API body, leaving out empty optional fields", () => {
    const parsed = parseApplication(form(complete), now)
    expect(parsed).toEqual({
      ok: true,
      data: {
        account: { email: "fatima@example.ma", password: "safran-2026" },
        body: {
          vendor: {
            name: "Coopérative Tifawin",
            legal_form: "cooperative",
            ice: "001234567000089",
            region: "Souss-Massa",
            province: "Taroudant",
            city: "Taliouine",
            founded_year: 2012,
            members_count: 24,
            women_share: 100,
            story: { ar: "تعاونية نسائية للزعفران" },
            email: "fatima@example.ma",
            phone: "06 12 34 56 78",
          },
          member: { first_name: "Fatima", last_name: "Aït Said", phone: "06 12 34 56 78" },
        },
      },
    })
  })

  it("reports every problem at its field at once", () => {
    const parsed = parseApplication(
      form({
        ...complete,
        name: "",
        legal_form: "company",
        ice: "12345",
        region: "Atlantis",
        founded_year: "2090",
        women_share: "120",
        members_count: "douze",
        story_ar: "",
        phone: "abc",
        email: "fatima@",
        password: "short",
      }),
      now
    )
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: {
        name: "required",
        legal_form: "choose",
        ice: "ice",
        region: "choose",
        founded_year: "year",
        members_count: "wholeNumber",
        women_share: "percent",
        story_fr: "storyRequired",
        phone: "phone",
        email: "email",
        password: "passwordShort",
      },
    })
  })

  it("refuses texts longer than the backend keeps", () => {
    const parsed = parseApplication(form({ ...complete, tagline: "x".repeat(161) }), now)
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.fieldErrors.tagline).toBe("tooLong")
  })
})

describe("applicationField", () => {
  it("maps API paths to form fields", () => {
    expect(applicationField("vendor.ice")).toBe("ice")
    expect(applicationField("vendor.story.ar")).toBe("story_ar")
    expect(applicationField("vendor.story")).toBe("story_fr")
    expect(applicationField("member.first_name")).toBe("first_name")
    expect(applicationField("vendor.email")).toBe("email")
    expect(applicationField("something.else.deep")).toBeUndefined()
  })
})
