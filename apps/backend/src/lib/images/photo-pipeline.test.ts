import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { makePhotoVariants, PhotoRejected, variantWidths } from "./photo-pipeline"

/** A phone's JPEG: GPS coordinates, the camera, and an orientation saying "turn me a quarter". */
function phonePhoto(orientation = 1, width = 2000, height = 1000) {
  return sharp({ create: { width, height, channels: 3, background: "#2e86c1" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneMaker", Model: "Phone 12" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "30/1 29/1 0/1",
        GPSLongitudeRef: "W",
        GPSLongitude: "7/1 55/1 0/1",
      },
    })
    .withMetadata({ orientation })
    .toBuffer()
}

describe("variantWidths", () => {
  it("never enlarges: a narrow photo stops at its own width", () => {
    expect(variantWidths(4000)).toEqual([320, 640, 960, 1600])
    expect(variantWidths(1600)).toEqual([320, 640, 960, 1600])
    expect(variantWidths(1200)).toEqual([320, 640, 960, 1200])
    expect(variantWidths(640)).toEqual([320, 640])
    expect(variantWidths(200)).toEqual([200])
  })
})

describe("makePhotoVariants", () => {
  it("makes WebP variants without the EXIF of a JPEG carrying GPS coordinates", async () => {
    const variants = await makePhotoVariants(await phonePhoto())
    expect(variants.map((variant) => [variant.width, variant.height])).toEqual([
      [320, 160],
      [640, 320],
      [960, 480],
      [1600, 800],
    ])
    for (const variant of variants) {
      const meta = await sharp(variant.content).metadata()
      expect(meta.format).toBe("webp")
      expect(meta.exif).toBeUndefined()
      expect(meta.xmp).toBeUndefined()
      expect([meta.width, meta.height]).toEqual([variant.width, variant.height])
      expect(variant.content.includes(Buffer.from("PhoneMaker"))).toBe(false)
    }
  })

  it("keeps the photo upright: the orientation is applied before it is dropped", async () => {
    const variants = await makePhotoVariants(await phonePhoto(6, 800, 400))
    const largest = variants[variants.length - 1]
    expect([largest.width, largest.height]).toEqual([400, 800])
    expect((await sharp(largest.content).metadata()).orientation).toBeUndefined()
  })

  it("converts a CMYK JPEG to sRGB rather than refusing it", async () => {
    const cmyk = await sharp({ create: { width: 500, height: 300, channels: 3, background: "#c0392b" } })
      .toColourspace("cmyk")
      .jpeg()
      .toBuffer()
    expect((await sharp(cmyk).metadata()).space).toBe("cmyk")
    const variants = await makePhotoVariants(cmyk)
    expect((await sharp(variants[0].content).metadata()).space).toBe("srgb")
  })

  it("refuses bytes that are not an image, truncated, animated, huge or unsupported files", async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("not a photo")])
    const whole = await phonePhoto(1, 1200, 900)
    const truncated = whole.subarray(0, Math.floor(whole.length * 0.6))
    const gif = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#000" } })
      .gif()
      .toBuffer()
    const animated = await sharp(
      Buffer.concat([
        await sharp({ create: { width: 20, height: 20, channels: 3, background: "#f00" } })
          .raw()
          .toBuffer(),
        await sharp({ create: { width: 20, height: 20, channels: 3, background: "#00f" } })
          .raw()
          .toBuffer(),
      ]),
      { raw: { width: 20, height: 40, channels: 3, pageHeight: 20 } }
    )
      .webp({ loop: 0, delay: [100, 100] })
      .toBuffer()
    // a header claiming 20 000 px wide: refused from the header, never decoded
    const huge = await sharp({ create: { width: 20_000, height: 10, channels: 3, background: "#fff" } })
      .png()
      .toBuffer()
    for (const [input, reason] of [
      [fake, /could not be read/],
      [truncated, /damaged or incomplete/],
      [gif, /gif file/],
      [animated, /animated/],
      [huge, /20000 × 10 px/],
    ] as const) {
      const attempt = makePhotoVariants(input)
      await expect(attempt).rejects.toBeInstanceOf(PhotoRejected)
      await expect(makePhotoVariants(input)).rejects.toThrow(reason)
    }
  })
})
