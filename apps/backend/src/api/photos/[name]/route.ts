import { ERROR_CODES } from "@bazaar/contracts"
import path from "node:path"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PHOTO_DIR, PHOTO_NAME } from "../../../lib/images/photo-names"
import { localUploadDir } from "../../../lib/images/upload-dir"

const YEAR_MS = 365 * 24 * 60 * 60 * 1000

/**
 * The photo pipeline's variants on the local file provider (on S3 the bucket serves them). A variant
 * never changes under its name (a new photo gets a new name), so browsers and CDNs keep it a year
 * without asking again.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const name = String(req.params.name ?? "")
  if (!PHOTO_NAME.test(name)) {
    res.status(404).json({ type: "not_found", code: ERROR_CODES.not_found, message: "No such photo" })
    return
  }
  res.sendFile(
    path.join(localUploadDir(), PHOTO_DIR, name),
    { maxAge: YEAR_MS, immutable: true, dotfiles: "deny", headers: { "Content-Type": "image/webp" } },
    (error) => {
      if (error && !res.headersSent) {
        res.status(404).json({ type: "not_found", code: ERROR_CODES.not_found, message: "No such photo" })
      }
    }
  )
}
