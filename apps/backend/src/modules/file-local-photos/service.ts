import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"
import type { FileTypes, LocalFileServiceOptions } from "@medusajs/framework/types"
import { LocalFileService } from "@medusajs/medusa/file-local"
import { PHOTO_DIR, PHOTO_NAME } from "../../lib/images/photo-names"

type Options = LocalFileServiceOptions & { photos_url?: string }

/**
 * Medusa's local file provider, except for the photo pipeline's variants: those keep the name they
 * were given (Medusa's provider prefixes a timestamp, so one photo's variants could not be found
 * from one another's url) and are served by GET /photos/:name with immutable cache headers
 * (src/api/photos/[name]/route.ts) instead of /static, whose express.static answers max-age=0.
 */
export class PhotoLocalFileService extends LocalFileService {
  static identifier = "localfs"
  protected photosUrl_: string

  constructor(deps: Record<string, unknown>, options: Options) {
    super(deps, options)
    this.photosUrl_ = (options?.photos_url ?? "http://localhost:9000/photos").replace(/\/+$/, "")
  }

  async upload(file: FileTypes.ProviderUploadFileDTO): Promise<FileTypes.ProviderFileResultDTO> {
    const parsed = path.posix.parse(file.filename ?? "")
    if (file.access !== "public" || parsed.dir !== PHOTO_DIR || !PHOTO_NAME.test(parsed.base)) {
      return super.upload(file)
    }
    const dir = path.join(this.uploadDir_, PHOTO_DIR)
    await mkdir(dir, { recursive: true })
    // the pipeline hands binary content as base64 (uploadFilesWorkflow's convention)
    await writeFile(path.join(dir, parsed.base), Buffer.from(file.content as string, "base64"))
    return { key: `${PHOTO_DIR}/${parsed.base}`, url: `${this.photosUrl_}/${parsed.base}` }
  }
}
