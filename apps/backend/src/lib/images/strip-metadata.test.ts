import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { stripMetadata } from "./strip-metadata"

/** A phone's JPEG: GPS coordinates, the camera, and an orientation saying "turn me a quarter". */
function phonePhoto(orientation = 1) {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: "#2e86c1" } })
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

describe("stripMetadata", () => {
  it("drops the EXIF of a JPEG carrying GPS coordinates", async () => {
    const photo = await phonePhoto()
    const before = await sharp(photo).metadata()
    expect(before.exif?.includes(Buffer.from("PhoneMaker"))).toBe(true)

    const stripped = await stripMetadata(photo, "jpeg")
    const after = await sharp(stripped).metadata()
    expect(after.format).toBe("jpeg")
    expect(after.exif).toBeUndefined()
    expect(after.xmp).toBeUndefined()
    expect(stripped.includes(Buffer.from("PhoneMaker"))).toBe(false)
    expect([after.width, after.height]).toEqual([40, 20])
  })

  it("keeps the photo upright: the orientation is applied before it is dropped", async () => {
    const stripped = await stripMetadata(await phonePhoto(6), "jpeg")
    const after = await sharp(stripped).metadata()
    expect([after.width, after.height]).toEqual([20, 40])
    expect(after.orientation).toBeUndefined()
  })

  it("keeps PNG and WebP in their format, without metadata", async () => {
    const base = sharp({ create: { width: 8, height: 8, channels: 4, background: "#ffffff80" } })
    const png = await base
      .clone()
      .png()
      .withExif({ IFD0: { Make: "PhoneMaker" } })
      .toBuffer()
    const webp = await base
      .clone()
      .webp()
      .withExif({ IFD0: { Make: "PhoneMaker" } })
      .toBuffer()
    for (const [input, format] of [
      [png, "png"],
      [webp, "webp"],
    ] as const) {
      const out = await sharp(await stripMetadata(input, format)).metadata()
      expect(out.format).toBe(format)
      expect(out.exif).toBeUndefined()
    }
  })

  it("refuses bytes that are not an image", async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("not a photo")])
    await expect(stripMetadata(fake, "jpeg")).rejects.toThrow()
  })
})
