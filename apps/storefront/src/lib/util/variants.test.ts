import { describe, expect, it } from "vitest"
import {
  choosableOptions,
  chooseOption,
  initialVariant,
  isCombinationAvailable,
  selectionOf,
  stockLevel,
  toChoice,
  type VariantFields,
} from "./variants"

const variant = (id: string, size: string, colour: string, quantity: number): VariantFields => ({
  id,
  manage_inventory: true,
  inventory_quantity: quantity,
  options: [
    { value: size, option_id: "opt_size" },
    { value: colour, option_id: "opt_colour" },
  ],
})

const variants = [
  variant("v_s_red", "S", "Rouge", 0),
  variant("v_m_red", "M", "Rouge", 4),
  variant("v_m_blue", "M", "Indigo", 1),
  variant("v_l_blue", "L", "Indigo", 0),
]
const choices = variants.map((v) => toChoice(v))

describe("stockLevel", () => {
  it("reads tracked quantities", () => {
    expect(stockLevel(variants[0])).toEqual({ inStock: false, quantity: 0 })
    expect(stockLevel(variants[1])).toEqual({ inStock: true, quantity: 4 })
  })

  it("treats untracked stock and backorders as available", () => {
    expect(stockLevel({ id: "a", manage_inventory: false, inventory_quantity: 0 }).inStock).toBe(true)
    expect(stockLevel({ id: "b", allow_backorder: true, inventory_quantity: 0 }).inStock).toBe(true)
    expect(stockLevel({ id: "c" })).toEqual({ inStock: true, quantity: null })
  })
})

describe("toChoice", () => {
  it("keeps the id, the option values and availability", () => {
    expect(toChoice(variants[2])).toEqual({
      id: "v_m_blue",
      selection: { opt_size: "M", opt_colour: "Indigo" },
      inStock: true,
    })
  })
})

describe("choosableOptions", () => {
  it("keeps options with several values and maps value ids to options", () => {
    const { options, optionIdByValueId } = choosableOptions({
      options: [
        {
          id: "opt_default",
          title: "Default",
          values: [{ id: "ov_1", value: "Default" }],
        },
        {
          id: "opt_size",
          title: "Taille",
          values: [
            { id: "ov_2", value: "S" },
            { id: "ov_3", value: "M" },
          ],
        },
      ],
    })
    expect(options).toEqual([{ id: "opt_size", title: "Taille", values: ["S", "M"] }])
    expect(optionIdByValueId).toEqual({
      ov_1: "opt_default",
      ov_2: "opt_size",
      ov_3: "opt_size",
    })
  })

  it("reads option ids through value ids when option_id is missing", () => {
    const v = { id: "v", options: [{ id: "ov_3", value: "M" }] }
    expect(selectionOf(v, { ov_3: "opt_size" })).toEqual({ opt_size: "M" })
    expect(selectionOf(v)).toEqual({})
  })
})

describe("initialVariant", () => {
  it("honours a requested id, else the first in stock", () => {
    expect(initialVariant(choices, "v_l_blue")?.id).toBe("v_l_blue")
    expect(initialVariant(choices, "unknown")?.id).toBe("v_m_red")
    expect(initialVariant(choices)?.id).toBe("v_m_red")
    expect(initialVariant([])).toBeUndefined()
  })
})

describe("chooseOption", () => {
  it("keeps other choices when the combination exists", () => {
    const current = selectionOf(variants[1])
    expect(chooseOption(choices, current, "opt_colour", "Indigo")?.id).toBe("v_m_blue")
    expect(chooseOption(choices, current, "opt_size", "S")?.id).toBe("v_s_red")
  })

  it("jumps to a variant with the value when the combination does not exist", () => {
    const current = selectionOf(variants[0])
    expect(chooseOption(choices, current, "opt_size", "L")?.id).toBe("v_l_blue")
    expect(chooseOption(choices, current, "opt_colour", "Indigo")?.id).toBe("v_m_blue")
  })

  it("tells which combinations exist", () => {
    const current = selectionOf(variants[0])
    expect(isCombinationAvailable(choices, current, "opt_size", "M")).toBe(true)
    expect(isCombinationAvailable(choices, current, "opt_size", "L")).toBe(false)
  })
})
