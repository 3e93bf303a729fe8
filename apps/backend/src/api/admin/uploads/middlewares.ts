import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { detectImageType } from "../../vendor/uploads/image-type"
import { invalidField } from "../../errors/invalid-field"
import { PhotoInputError, storePhotos } from "../../../lib/images/store-photos"
import { uploadedFileName } from "../../../lib/images/photo-names"

type UploadedFile = { originalname: string; mimetype: string; buffer: Buffer }

/**
 * Staff's photos (product images chosen in the Admin) take the same road as the portal's: Medusa's
 * POST /admin/uploads has authenticated the user and read the files (its multer runs first); when they
 * are pictures, we answer here with the pipeline's variants instead of letting Medusa store the
 * originals as sent. Other files (a CSV) go on to Medusa's route unchanged.
 */
export async function adminPhotoUploads(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const files = (Array.isArray(req.files) ? req.files : []) as UploadedFile[]
  if (req.auth_context?.actor_type !== "user" || !files.length) {
    return next()
  }
  const isPicture = (file: UploadedFile) =>
    file.mimetype.startsWith("image/") || detectImageType(file.buffer) !== null
  if (!files.some(isPicture)) {
    return next()
  }
  try {
    const stored = await storePhotos(
      req.scope,
      files.map((file) => ({ name: uploadedFileName(file.originalname), content: file.buffer }))
    )
    res.status(200).json({ files: stored.map((photo) => ({ id: photo.id, url: photo.url })) })
  } catch (error) {
    next(error instanceof PhotoInputError ? invalidField("files", `Field 'files': ${error.message}`) : error)
  }
}

export const adminUploadsMiddlewares: MiddlewareRoute[] = [
  { methods: ["POST"], matcher: "/admin/uploads", middlewares: [adminPhotoUploads] },
]
