import sharp from "sharp"

export type PhotoFormat = "jpeg" | "png" | "webp"

/**
 * The photo as it looks, without what it says about where and how it was taken: turned upright by its
 * EXIF orientation, then re-encoded in the same format with no EXIF (phones write the GPS position of
 * the cooperative's home there), XMP, IPTC or comments. Throws when the bytes are not a readable image.
 */
export async function stripMetadata(input: Buffer, format: PhotoFormat): Promise<Buffer> {
  // sharp writes no metadata unless asked (withMetadata/keepExif); rotate() without an angle applies
  // the EXIF orientation before that tag is dropped
  const upright = sharp(input, { failOn: "error", limitInputPixels: 50_000_000 }).rotate()
  switch (format) {
    case "jpeg":
      return upright.jpeg({ quality: 88, mozjpeg: true }).toBuffer()
    case "png":
      return upright.png({ compressionLevel: 9 }).toBuffer()
    case "webp":
      return upright.webp({ quality: 88 }).toBuffer()
  }
}
