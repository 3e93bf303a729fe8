import { ERROR_CODES } from "@bazaar/contracts"
import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readUploadedPhotos, storeUploadedPhotos } from "../../utils/uploaded-photos"
import type { VendorContext } from "../vendor-request"
import { resolveUploader, storeWithinQuota, UploadQuotaError } from "./upload-quota"

/**
 * Photos from the portal (product pictures, the logo of an application), for members of a cooperative
 * within its daily quota, and for a new login only its application's logo (upload-quota.ts). The
 * middleware caps size and count; here the bytes themselves must be a JPEG, PNG or WebP, whatever the
 * browser claimed, and they go through the photo pipeline (src/lib/images/store-photos.ts): WebP
 * variants without metadata (EXIF GPS positions) are stored, never the original.
 */
export async function POST(
  req: AuthenticatedMedusaRequest & { vendor_context?: VendorContext },
  res: MedusaResponse
) {
  // multer puts the "files" field's photos there (uploadPhotos)
  const files = Array.isArray(req.files) ? req.files : []
  const photos = readUploadedPhotos(req.files)
  // staff acting for a cooperative upload into that cooperative's quota (staff-acting.ts)
  const uploader =
    req.vendor_context?.actor.type === "staff"
      ? { vendor_id: req.vendor_context.vendor.id, auth_identity_id: req.auth_context.auth_identity_id ?? "" }
      : await resolveUploader(req.scope, req.auth_context)
  const store = () => storeUploadedPhotos(req.scope, photos)
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
