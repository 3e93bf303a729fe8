import path from "node:path"

/** The local file provider's directory (medusa-config.ts passes the same to it). */
export function localUploadDir(): string {
  return process.env.MEDUSA_UPLOAD_DIR || path.join(process.cwd(), "static")
}
