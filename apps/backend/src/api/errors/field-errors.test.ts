import { z } from "@medusajs/framework/zod"
import { describe, expect, it } from "vitest"
import { fieldErrorsFromIssues, fieldErrorsOf } from "./field-errors"

describe("fieldErrorsFromIssues", () => {
  it("gives each wrong field its dotted path, unknown keys one by one", () => {
    const schema = z
      .object({
        vendor: z.object({ ice: z.string().regex(/^\d{15}$/, "15 digits") }),
        variants: z.array(z.object({ stock: z.number() })),
      })
      .strict()
    const result = schema.safeParse({ vendor: { ice: "12" }, variants: [{ stock: "3" }], extra: 1, other: 2 })
    expect(result.success).toBe(false)
    const fields = fieldErrorsFromIssues(result.error!.issues)
    expect(fields.map((field) => field.path)).toEqual(["vendor.ice", "variants.0.stock", "extra", "other"])
    expect(fields[0].message).toBe("15 digits")
  })
})

describe("fieldErrorsOf", () => {
  it("reads fields set on an error, or a thrown ZodError's issues, and nothing from anything else", () => {
    expect(fieldErrorsOf(Object.assign(new Error("x"), { fields: [{ path: "a", message: "m" }] }))).toEqual([
      { path: "a", message: "m" },
    ])
    const zodError = z.object({ a: z.string() }).safeParse({}).error
    expect(fieldErrorsOf(zodError).map((field) => field.path)).toEqual(["a"])
    expect(fieldErrorsOf(new Error("plain"))).toEqual([])
    expect(fieldErrorsOf(undefined)).toEqual([])
  })
})
