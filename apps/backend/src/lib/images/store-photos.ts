import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { makePhotoVariants, PhotoRejected, type PhotoVariant } from "./photo-pipeline"
import { newPhotoBase, photoFilename } from "./photo-names"

export type IncomingPhoto = { name: string; content: Buffer }

export type StoredPhoto = {
  /** The File Module's id of the largest variant (what the portal's quota records). */
  id: string
  /** The largest variant: what a product's image, thumbnail or a logo points to. */
  url: string
  /** Bytes of all variants together. */
  bytes: number
  widths: number[]
}

/** A photo someone sent that cannot be taken, with its name (the 400 says which one). */
export class PhotoInputError extends Error {
  constructor(
    readonly photoName: string,
    reason: string
  ) {
    super(`"${photoName}" ${reason}`)
  }
}

/** Photos already turned into variants (by makePhotoVariants), ready to be stored. */
export type PreparedPhoto = { name: string; variants: PhotoVariant[] }

/**
 * Every photo entering the marketplace (portal, Admin, application logos, seed, backfill) goes
 * through here: all are checked and turned into WebP variants first, and only when every one of them
 * is good are the variants stored through the File Module (local files or S3 alike) — one bad photo
 * stores nothing. The original bytes are never stored.
 */
export async function storePhotos(
  container: MedusaContainer,
  photos: IncomingPhoto[]
): Promise<StoredPhoto[]> {
  const prepared: PreparedPhoto[] = []
  // one after the other: each decode takes a core for a moment and tens of MB for a phone photo
  for (const photo of photos) {
    try {
      prepared.push({ name: photo.name, variants: await makePhotoVariants(photo.content) })
    } catch (error) {
      if (error instanceof PhotoRejected) {
        throw new PhotoInputError(photo.name, error.message)
      }
      throw error
    }
  }
  return storePreparedPhotos(container, prepared)
}

/** Stores the variants of each photo under a new `<stem>-<id>` (photo-names.ts). */
export async function storePreparedPhotos(
  container: MedusaContainer,
  photos: PreparedPhoto[]
): Promise<StoredPhoto[]> {
  if (!photos.length) {
    return []
  }
  const files = photos.flatMap(({ name, variants }) => {
    const base = newPhotoBase(name)
    return variants.map((variant) => ({
      filename: photoFilename(base, variant.width),
      mimeType: "image/webp",
      content: variant.content.toString("base64"),
      access: "public" as const,
    }))
  })
  // the File Module itself rather than uploadFilesWorkflow: the workflow copies every file's bytes
  // into its step checkpoints, seconds per batch of the seed's 1 000 variants, for a compensation that
  // would only delete files nothing points to yet
  const result = await container.resolve(Modules.FILE).createFiles(files)
  let index = 0
  return photos.map(({ variants }) => {
    const stored = result.slice(index, index + variants.length)
    index += variants.length
    const largest = stored[stored.length - 1]
    return {
      id: largest.id,
      url: largest.url,
      bytes: variants.reduce((sum, variant) => sum + variant.content.length, 0),
      widths: variants.map((variant) => variant.width),
    }
  })
}
