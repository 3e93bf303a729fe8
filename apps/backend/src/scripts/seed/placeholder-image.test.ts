import { inflateSync } from "zlib"
import { describe, expect, it } from "vitest"
import { paintPlaceholderPng, parseHexColor } from "./placeholder-image"

describe("paintPlaceholderPng", () => {
  it("writes a valid PNG of the requested size whose pixels use the given colour", () => {
    const png = paintPlaceholderPng({ color: "#b5651d", seed: "argan", size: 64 })

    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    expect(png.readUInt32BE(16)).toBe(64)
    expect(png.readUInt32BE(20)).toBe(64)

    const idatLength = png.readUInt32BE(33)
    expect(png.subarray(37, 41).toString("ascii")).toBe("IDAT")
    const raw = inflateSync(png.subarray(41, 41 + idatLength))
    expect(raw.length).toBe(64 * (64 * 3 + 1))
    const pixels = new Set<string>()
    for (let y = 0; y < 64; y++) {
      for (let x = 0; x < 64; x++) {
        const offset = y * (64 * 3 + 1) + 1 + x * 3
        pixels.add(raw.subarray(offset, offset + 3).toString("hex"))
      }
    }
    expect(pixels.has("b5651d")).toBe(true)
  })

  it("varies the pattern with the seed", () => {
    const a = paintPlaceholderPng({ color: "#3a5a8c", seed: "tapis-1", size: 96 })
    const b = paintPlaceholderPng({ color: "#3a5a8c", seed: "tapis-2", size: 96 })
    expect(a.equals(b)).toBe(false)
  })

  it("rejects a colour that is not #rrggbb", () => {
    expect(() => parseHexColor("terracotta")).toThrow(/rrggbb/)
    expect(parseHexColor("#FF8000")).toEqual([255, 128, 0])
  })
})
