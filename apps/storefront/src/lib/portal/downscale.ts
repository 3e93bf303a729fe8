// Phone photos are shrunk in the browser before upload: a 5 MB, 4000 px photo travels as a few
// hundred kB, which matters on a village's mobile data. The server still validates and re-encodes.

/** Longest side sent to the server: more than the shop's largest image (1600 px) needs. */
export const UPLOAD_MAX_SIDE = 2000
export const UPLOAD_QUALITY = 0.8

/** The size to draw a photo at: its own when it is already small enough, else scaled to fit. */
export function downscaledSize(
  width: number,
  height: number,
  maxSide = UPLOAD_MAX_SIDE
): { width: number; height: number } {
  const longest = Math.max(width, height)
  if (longest <= maxSide || longest === 0) {
    return { width, height }
  }
  const scale = maxSide / longest
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  }
}

/**
 * A smaller JPEG of a photo, upright as the camera meant it (EXIF orientation applied), or the
 * file itself when it is already small, cannot be decoded here, or would not get smaller.
 */
export async function downscalePhoto(file: File): Promise<File> {
  if (!file.type.startsWith("image/") || typeof createImageBitmap !== "function") {
    return file
  }
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" })
    const size = downscaledSize(bitmap.width, bitmap.height)
    if (size.width === bitmap.width && size.height === bitmap.height && file.size < 1024 * 1024) {
      bitmap.close()
      return file
    }
    const canvas = document.createElement("canvas")
    canvas.width = size.width
    canvas.height = size.height
    canvas.getContext("2d")?.drawImage(bitmap, 0, 0, size.width, size.height)
    bitmap.close()
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, "image/jpeg", UPLOAD_QUALITY)
    )
    if (!blob || blob.size >= file.size) {
      return file
    }
    const name = file.name.replace(/\.[^.]*$/, "") + ".jpg"
    return new File([blob], name, { type: "image/jpeg", lastModified: file.lastModified })
  } catch {
    return file
  }
}
