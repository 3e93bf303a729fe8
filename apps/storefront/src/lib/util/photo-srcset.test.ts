import { describe, expect, it } from "vitest"
import { photoSources, variantWidths } from "./photo-srcset"

const BASE = "http://localhost:9000/photos/tapis-beni-ouarain-0123456789abcdef"

describe("photoSources", () => {
  it("names every variant of a pipeline photo from the url of its largest", () => {
    expect(photoSources(`${BASE}-1600.webp`, 400)).toEqual({
      src: `${BASE}-960.webp`,
      srcSet: [320, 640, 960, 1600].map((width) => `${BASE}-${width}.webp ${width}w`).join(", "),
    })
  })

  it("never offers a width the photo was not stored at (narrow photos are not enlarged)", () => {
    const { src, srcSet } = photoSources(`${BASE}-1200.webp`, 800)
    expect(srcSet).toBe(
      `${BASE}-320.webp 320w, ${BASE}-640.webp 640w, ${BASE}-960.webp 960w, ${BASE}-1200.webp 1200w`
    )
    expect(src).toBe(`${BASE}-1200.webp`)
    expect(photoSources(`${BASE}-200.webp`, 56)).toEqual({
      src: `${BASE}-200.webp`,
      srcSet: `${BASE}-200.webp 200w`,
    })
  })

  it("picks a fallback sharp on a 2× screen", () => {
    expect(photoSources(`${BASE}-1600.webp`, 72).src).toBe(`${BASE}-320.webp`)
    expect(photoSources(`${BASE}-1600.webp`, 320).src).toBe(`${BASE}-640.webp`)
    expect(photoSources(`${BASE}-1600.webp`, 800).src).toBe(`${BASE}-1600.webp`)
  })

  it("leaves photos from before the pipeline, and other urls, as they are", () => {
    for (const url of [
      "http://localhost:9000/static/1733300000000-tapis.png",
      "https://cdn.example.ma/photos/tapis-1600.webp",
      `${BASE}-1600.jpg`,
    ]) {
      expect(photoSources(url, 400)).toEqual({ src: url })
    }
  })

  it("works on S3 urls with a prefix", () => {
    const url = "https://bucket.s3.eu-west-3.amazonaws.com/prod/photos/huile-0123456789abcdef-960.webp"
    expect(photoSources(url, 100).srcSet).toMatch(/prod\/photos\/huile-0123456789abcdef-320\.webp 320w/)
  })
})

describe("variantWidths", () => {
  it("lists the standard widths below the largest, then the largest", () => {
    expect(variantWidths(1600)).toEqual([320, 640, 960, 1600])
    expect(variantWidths(700)).toEqual([320, 640, 700])
  })
})
