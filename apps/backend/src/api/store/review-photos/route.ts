import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readUploadedPhotos, storeUploadedPhotos } from "../../utils/uploaded-photos"

/**
 * A signed-in shopper's photos for her review, before she sends it: at most three, 5 MB each,
 * rate-limited per account and address, and through the photo pipeline like every photo (no EXIF
 * position kept).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const stored = await storeUploadedPhotos(req.scope, readUploadedPhotos(req.files))
  res.status(200).json({ files: stored.map((photo) => ({ url: photo.url })) })
}
