import { ERROR_CODES } from "@bazaar/contracts"
import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PhotoInputError, storePhotos } from "../../../lib/images/store-photos"
import { uploadedFileName } from "../../../lib/images/photo-names"
import { detectImageType } from "./image-type"
import { invalidField } from "../../errors/invalid-field"
import { resolveUploader, storeWithinQuota, UploadQuotaError } from "./upload-quota"

/**
 * Photos from the portal (product pictures, the logo of an application), for members of a cooperative
 * within its daily quota, and for a new login only its application's logo (upload-quota.ts). The
 * middleware caps size and count; here the bytes themselves must be a JPEG, PNG or WebP, whatever the
 * browser claimed, and they go through the photo pipeline (src/lib/images/store-photos.ts): WebP
 * variants without metadata (EXIF GPS positions) are stored, never the original.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  // multer puts the "files" field's photos there (uploadPhotos)
  const files = Array.isArray(req.files) ? req.files : []
  if (!files.length) {
    throw invalidField("files", "Field 'files': choose at least one photo")
  }
  const uploader = await resolveUploader(req.scope, req.auth_context)
  const typed = files.map((file) => {
    const type = detectImageType(file.buffer)
    if (!type) {
      throw invalidField(
        "files",
        `Field 'files': "${uploadedFileName(file.originalname)}" is not a JPEG, PNG or WebP photo`
      )
    }
    return { file, type }
  })
  const store = () =>
    storePhotos(
      req.scope,
      typed.map(({ file }) => ({ name: uploadedFileName(file.originalname), content: file.buffer }))
    ).catch((error: unknown) => {
      if (error instanceof PhotoInputError) {
        throw invalidField("files", `Field 'files': ${error.message}`)
      }
      throw error
    })
  let stored: Awaited<ReturnType<typeof store>>
  try {
    stored = await storeWithinQuota(
      req.scope,
      uploader,
      files.map((file) => file.size),
      store
    )
  } catch (error) {
    if (error instanceof UploadQuotaError) {
      res.setHeader("Retry-After", String(error.retryAfterSeconds))
      res.status(429).json({ type: "not_allowed", code: ERROR_CODES.rate_limited, message: error.message })
      return
    }
    throw error
  }
  res.status(200).json({ files: stored.map((photo) => ({ id: photo.id, url: photo.url })) })
}
