import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { invalidField } from "../../errors/invalid-field"
import { uploadedFileName } from "../../../lib/images/photo-names"

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024
export const MAX_PHOTOS = 8
const ACCEPTED = new Set(["image/jpeg", "image/png", "image/webp"])

/**
 * A middleware reading up to `maxPhotos` photos of the field "files" into memory (multer), with our
 * limits; its errors become 400s with a message, not 500s.
 */
export function photoUploader(maxPhotos: number) {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: MAX_PHOTO_BYTES, files: maxPhotos, fields: 10, parts: maxPhotos + 10 },
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
  }).array("files", maxPhotos)

  const messages: Record<string, string> = {
    LIMIT_FILE_SIZE: `Field 'files': each photo must be ${MAX_PHOTO_BYTES / 1024 / 1024} MB or smaller`,
    LIMIT_FILE_COUNT: `Field 'files': ${maxPhotos} photos at most`,
    LIMIT_UNEXPECTED_FILE: `Send the photos in the field 'files', ${maxPhotos} at most`,
  }

  return function uploadPhotos(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    upload(req, res, (error: unknown) => {
      if (!error) {
        return next()
      }
      if (error instanceof MedusaError) {
        return next(error)
      }
      const code = (error as { code?: string }).code ?? ""
      next(invalidField("files", messages[code] ?? `Could not read the photos: ${(error as Error).message}`))
    })
  }
}

/** The portal's and the Admin's uploads: up to eight photos a request. */
export const uploadPhotos = photoUploader(MAX_PHOTOS)
