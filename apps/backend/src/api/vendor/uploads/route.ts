import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { detectImageType } from "./image-type"
import { invalidField } from "../../errors/invalid-field"

/**
 * Photos from the portal (product pictures, the logo of an application). The middleware caps size
 * and count; here the bytes themselves must be a JPEG, PNG or WebP, whatever the browser claimed.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  // multer puts the "files" field's photos there (uploadPhotos)
  const files = Array.isArray(req.files) ? req.files : []
  if (!files.length) {
    throw invalidField("files", "Field 'files': choose at least one photo")
  }
  const typed = files.map((file) => {
    const type = detectImageType(file.buffer)
    if (!type) {
      throw invalidField("files", `Field 'files': "${file.originalname}" is not a JPEG, PNG or WebP photo`)
    }
    return { file, type }
  })
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: typed.map(({ file, type }) => ({
        filename: safeFilename(file.originalname, type.extension),
        mimeType: type.mime,
        content: file.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
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
