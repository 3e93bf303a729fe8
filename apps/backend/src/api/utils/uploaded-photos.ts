import type { MedusaContainer } from "@medusajs/framework/types"
import { PhotoInputError, storePhotos, type IncomingPhoto } from "../../lib/images/store-photos"
import { uploadedFileName } from "../../lib/images/photo-names"
import { invalidField } from "../errors/invalid-field"
import { detectImageType } from "../vendor/uploads/image-type"

type UploadedFile = { originalname: string; buffer: Buffer }

/**
 * The photos of a multipart upload (multer's `files`), checked by their bytes: a JPEG, PNG or WebP,
 * whatever the browser claimed. None, or another kind of file, is a 400 naming the field.
 */
export function readUploadedPhotos(files: unknown): IncomingPhoto[] {
  const list = (Array.isArray(files) ? files : []) as UploadedFile[]
  if (!list.length) {
    throw invalidField("files", "Field 'files': choose at least one photo")
  }
  return list.map((file) => {
    const name = uploadedFileName(file.originalname)
    if (!detectImageType(file.buffer)) {
      throw invalidField("files", `Field 'files': "${name}" is not a JPEG, PNG or WebP photo`)
    }
    return { name, content: file.buffer }
  })
}

/**
 * Stores checked photos through the photo pipeline (src/lib/images/store-photos.ts): WebP variants
 * without metadata (EXIF GPS positions), never the original. A photo it cannot read is a 400.
 */
export function storeUploadedPhotos(scope: MedusaContainer, photos: IncomingPhoto[]) {
  return storePhotos(scope, photos).catch((error: unknown) => {
    if (error instanceof PhotoInputError) {
      throw invalidField("files", `Field 'files': ${error.message}`)
    }
    throw error
  })
}
