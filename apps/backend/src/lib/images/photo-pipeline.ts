import sharp from "sharp"

/**
 * Widths (px) of the WebP variants every photo is stored at. The storefront builds `srcset` from them
 * (apps/storefront/src/lib/util/photo-srcset.ts holds the same list): keep both in step.
 */
export const PHOTO_WIDTHS = [320, 640, 960, 1600] as const

/** Larger photos are refused rather than decoded: 40 megapixels is a 7 700 × 5 200 camera picture. */
export const MAX_PHOTO_PIXELS = 40_000_000
export const MAX_PHOTO_SIDE = 12_000

const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp"])

/** Why a photo cannot be taken: said to the person who sent it, with the photo's name. */
export class PhotoRejected extends Error {}

export type PhotoVariant = { width: number; height: number; content: Buffer }

/**
 * The widths a photo `naturalWidth` px wide is stored at: each standard width below it, then the
 * largest standard width it reaches or its own width when it is narrower than the largest (a photo is
 * never enlarged). A 1 200 px photo gives 320, 640, 960, 1200.
 */
export function variantWidths(naturalWidth: number): number[] {
  const largest = Math.min(naturalWidth, PHOTO_WIDTHS[PHOTO_WIDTHS.length - 1])
  return [...PHOTO_WIDTHS.filter((width) => width < largest), largest]
}

/**
 * Turns the bytes someone sent into the WebP variants shoppers get, or throws PhotoRejected.
 * The header is read first, so a 20 000 px or animated file is refused without being decoded; then
 * the photo is decoded once (turned upright by its EXIF orientation, converted to sRGB — a CMYK JPEG
 * from a print shop is converted rather than refused), brought down to the largest variant, and the
 * smaller variants are made from that. Nothing of the original's metadata (EXIF GPS positions,
 * camera serial numbers, XMP, ICC) is written: sharp keeps none unless asked.
 */
export async function makePhotoVariants(input: Buffer): Promise<PhotoVariant[]> {
  let header: sharp.Metadata
  try {
    header = await sharp(input).metadata()
  } catch {
    throw new PhotoRejected("could not be read as a photo (JPEG, PNG or WebP)")
  }
  if (!header.format || !ACCEPTED_FORMATS.has(header.format)) {
    throw new PhotoRejected(`is a ${header.format ?? "unknown"} file, not a JPEG, PNG or WebP photo`)
  }
  if ((header.pages ?? 1) > 1) {
    throw new PhotoRejected("is animated; send a still photo")
  }
  const width = header.width ?? 0
  const height = header.height ?? 0
  if (!width || !height) {
    throw new PhotoRejected("could not be read as a photo (JPEG, PNG or WebP)")
  }
  if (width > MAX_PHOTO_SIDE || height > MAX_PHOTO_SIDE || width * height > MAX_PHOTO_PIXELS) {
    throw new PhotoRejected(
      `is ${width} × ${height} px; photos must be at most ${MAX_PHOTO_SIDE} px a side and ${MAX_PHOTO_PIXELS / 1_000_000} megapixels`
    )
  }

  let largest: { data: Buffer; info: sharp.OutputInfo }
  try {
    largest = await sharp(input, {
      // "error" also fails on a truncated JPEG, which would otherwise come out half grey
      failOn: "error",
      limitInputPixels: MAX_PHOTO_PIXELS,
    })
      .rotate()
      .resize({ width: PHOTO_WIDTHS[PHOTO_WIDTHS.length - 1], withoutEnlargement: true })
      .toColourspace("srgb")
      .raw()
      .toBuffer({ resolveWithObject: true })
  } catch {
    throw new PhotoRejected("is damaged or incomplete (was the upload cut short?)")
  }
  const { data, info } = largest
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } }
  return Promise.all(
    variantWidths(info.width).map(async (target) => {
      const { data: content, info: out } = await sharp(data, raw)
        .resize({ width: target, withoutEnlargement: true })
        // quality 78 with smartSubsample: rugs and pottery keep their texture at a third of JPEG's bytes
        .webp({ quality: 78, smartSubsample: true, effort: 4 })
        .toBuffer({ resolveWithObject: true })
      return { width: out.width, height: out.height, content }
    })
  )
}
