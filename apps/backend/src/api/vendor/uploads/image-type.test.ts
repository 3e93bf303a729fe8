import { describe, expect, it } from "vitest"
import { detectImageType } from "./image-type"

describe("detectImageType", () => {
  it("recognises JPEG, PNG and WebP by their bytes", () => {
    expect(detectImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))?.mime).toBe("image/jpeg")
    expect(detectImageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.mime).toBe(
      "image/png"
    )
    expect(
      detectImageType(Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBPVP8 ")]))?.mime
    ).toBe("image/webp")
  })

  it("refuses anything else, whatever its name", () => {
    expect(detectImageType(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull()
    expect(detectImageType(Buffer.from("%PDF-1.7"))).toBeNull()
    expect(detectImageType(Buffer.alloc(0))).toBeNull()
  })
})
