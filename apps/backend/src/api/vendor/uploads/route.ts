import { ERROR_CODES } from "@bazaar/contracts"
import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { stripMetadata } from "../../../lib/images/strip-metadata"
import { detectImageType } from "./image-type"
import { invalidField } from "../../errors/invalid-field"
import { checkUploadQuota, recordUploads, resolveUploader, UploadQuotaError } from "./upload-quota"

const FORMATS = { jpg: "jpeg", png: "png", webp: "webp" } as const

/**
 * Photos from the portal (product pictures, the logo of an application), for members of a cooperative
 * within its daily quota, and for a new login only its application's logo (upload-quota.ts). The
 * middleware caps size and count; here the bytes themselves must be a JPEG, PNG or WebP, whatever the
 * browser claimed, and they are stored re-encoded without their metadata (EXIF GPS positions).
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
      throw invalidField("files", `Field 'files': "${file.originalname}" is not a JPEG, PNG or WebP photo`)
    }
    return { file, type }
  })
  try {
    await checkUploadQuota(
      req.scope,
      uploader,
      files.map((file) => file.size)
    )
  } catch (error) {
    if (error instanceof UploadQuotaError) {
      res.setHeader("Retry-After", String(error.retryAfterSeconds))
      res.status(429).json({ type: "not_allowed", code: ERROR_CODES.rate_limited, message: error.message })
      return
    }
    throw error
  }
  const cleaned = await Promise.all(
    typed.map(async ({ file, type }) => ({
      file,
      type,
      content: await stripMetadata(file.buffer, FORMATS[type.extension]).catch(() => {
        throw invalidField("files", `Field 'files': "${file.originalname}" could not be read as a photo`)
      }),
    }))
  )
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: cleaned.map(({ file, type, content }) => ({
        filename: safeFilename(file.originalname, type.extension),
        mimeType: type.mime,
        content: content.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  await recordUploads(
    req.scope,
    uploader,
    result.map((file, index) => ({ id: file.id, bytes: cleaned[index].content.length }))
  )
  res.status(200).json({ files: result.map((file) => ({ id: file.id, url: file.url })) })
}

/** Keeps a readable name but never a path or a misleading extension. */
function safeFilename(original: string, extension: string): string {
  const stem = original
    .replace(/\.[^.]*$/, "")
    .normalize("NFD")
    .replace(/[^a-zA-Z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
  return `${stem || "photo"}.${extension}`
}
