import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { invalidField } from "../../errors/invalid-field"
import { uploadedFileName } from "../../../lib/images/photo-names"

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024
export const MAX_PHOTOS = 8
const ACCEPTED = new Set(["image/jpeg", "image/png", "image/webp"])

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_PHOTO_BYTES, files: MAX_PHOTOS, fields: 10, parts: MAX_PHOTOS + 10 },
  fileFilter: (_req, file, accept) => {
    if (!ACCEPTED.has(file.mimetype)) {
      accept(
        invalidField(
          "files",
          `Field 'files': "${uploadedFileName(file.originalname)}" is not a JPEG, PNG or WebP photo`
        )
      )
      return
    }
    accept(null, true)
  },
}).array("files", MAX_PHOTOS)

const MULTER_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: `Field 'files': each photo must be ${MAX_PHOTO_BYTES / 1024 / 1024} MB or smaller`,
  LIMIT_FILE_COUNT: `Field 'files': ${MAX_PHOTOS} photos at most`,
  LIMIT_UNEXPECTED_FILE: `Send the photos in the field 'files', ${MAX_PHOTOS} at most`,
}

/** multer with our limits; its errors become 400s with a message, not 500s. */
export function uploadPhotos(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req, res, (error: unknown) => {
    if (!error) {
      return next()
    }
    if (error instanceof MedusaError) {
      return next(error)
    }
    const code = (error as { code?: string }).code ?? ""
    next(
      invalidField("files", MULTER_MESSAGES[code] ?? `Could not read the photos: ${(error as Error).message}`)
    )
  })
}
