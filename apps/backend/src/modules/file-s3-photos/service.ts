import path from "node:path"
import { PutObjectCommand, type S3Client } from "@aws-sdk/client-s3"
import type { FileTypes, Logger } from "@medusajs/framework/types"
import S3Provider from "@medusajs/medusa/file-s3"
import { PHOTO_DIR, PHOTO_NAME } from "../../lib/images/photo-names"

/** The options of Medusa's S3 provider that this one reads too. */
type S3Options = {
  bucket: string
  file_url: string
  prefix?: string
  cache_control?: string
  acl?: string | false
}

/** What Medusa's S3 provider keeps that this one uses (its class is not exported, only the module). */
type S3FileServiceBase = {
  upload(file: FileTypes.ProviderUploadFileDTO): Promise<FileTypes.ProviderFileResultDTO>
}
type S3FileServiceClass = new (
  deps: { logger: Logger },
  options: S3Options
) => S3FileServiceBase & {
  client_: S3Client
  resolveAcl(access?: string): string | undefined
}

// The module's one service is the class to extend (as src/modules/multilingual-search does for search).
const S3FileService = (S3Provider as unknown as { services: S3FileServiceClass[] }).services[0]

/** A photo variant is never overwritten under its name: browsers and CDNs may keep it a year. */
export const PHOTO_CACHE_CONTROL = "public, max-age=31536000, immutable"

/**
 * Medusa's S3 provider, except for the photo pipeline's variants: those keep the name they were given
 * (Medusa's provider appends a ULID, so one photo's variants could not be found from one another's
 * url, and the shop's `srcset` would fall back to the largest), with immutable cache headers, exactly
 * as the local provider (src/modules/file-local-photos) stores them. Everything else is Medusa's.
 */
export class PhotoS3FileService extends S3FileService {
  static identifier = "s3"
  protected photoOptions_: S3Options

  constructor(deps: { logger: Logger }, options: S3Options) {
    super(deps, options)
    this.photoOptions_ = options
  }

  async upload(file: FileTypes.ProviderUploadFileDTO): Promise<FileTypes.ProviderFileResultDTO> {
    const parsed = path.posix.parse(file.filename ?? "")
    if (file.access !== "public" || parsed.dir !== PHOTO_DIR || !PHOTO_NAME.test(parsed.base)) {
      return super.upload(file)
    }
    const key = `${this.photoOptions_.prefix ?? ""}${PHOTO_DIR}/${parsed.base}`
    await this.client_.send(
      new PutObjectCommand({
        Bucket: this.photoOptions_.bucket,
        Key: key,
        // the pipeline hands binary content as base64 (uploadFilesWorkflow's convention)
        Body: Buffer.from(file.content as string, "base64"),
        ContentType: "image/webp",
        CacheControl: PHOTO_CACHE_CONTROL,
        ACL: this.resolveAcl(file.access) as PutObjectCommand["input"]["ACL"],
      })
    )
    return { key, url: `${this.photoOptions_.file_url.replace(/\/+$/, "")}/${key}` }
  }
}
