import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A new login without a cooperative uploads only its application's logo, one per request: a few tries
 * (a form sent again after an error uploads it again), and in all no more than two phone photos'
 * worth (the form says a phone photo is enough; each photo is 5 MB at most).
 */
export const NEW_LOGIN_LOGOS = 3
export const NEW_LOGIN_BYTES = 10 * 1024 * 1024

/** What a cooperative may upload in any 24 hours (VENDOR_UPLOADS_PER_DAY, VENDOR_UPLOAD_MB_PER_DAY). */
export function dailyQuota() {
  const photos = Number(process.env.VENDOR_UPLOADS_PER_DAY) || 200
  const megabytes = Number(process.env.VENDOR_UPLOAD_MB_PER_DAY) || 300
  return { photos, megabytes, bytes: megabytes * 1024 * 1024 }
}

/** Who uploads: a member's cooperative, or a new login applying (its auth identity). */
export type Uploader = { vendor_id: string | null; auth_identity_id: string }

/** Over a quota: 429 with the limit in words and when to try again. */
export class UploadQuotaError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number
  ) {
    super(message)
  }
}

/**
 * The uploader behind a token the /vendor guard let through on this new-login route: a member's
 * cooperative, or a registration token's login (its budget is per login: a new login costs a
 * registration, which the rate limits on /auth/* bound).
 */
export async function resolveUploader(
  scope: MedusaContainer,
  auth: { actor_id?: string; auth_identity_id?: string }
): Promise<Uploader> {
  const authIdentityId = auth.auth_identity_id ?? ""
  if (auth.actor_id) {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "vendor_member",
      fields: ["id", "vendor.id"],
      filters: { id: auth.actor_id },
    })
    if (!data[0]?.vendor) {
      throw new MedusaError(
        MedusaError.Types.UNAUTHORIZED,
        "This account is no longer a member of a cooperative"
      )
    }
    return { vendor_id: data[0].vendor.id, auth_identity_id: authIdentityId }
  }
  if (!authIdentityId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in again to upload photos")
  }
  return { vendor_id: null, auth_identity_id: authIdentityId }
}

/**
 * Checks the quota, stores and counts the photos as one step per uploader: an upload holds its
 * uploader's lock from the quota check until its photos are counted, so two uploads sent at the same
 * instant (the pipeline takes a second or two to re-encode between check and count) cannot both take
 * the last place. Different cooperatives never wait for each other. The lock is the Locking Module's,
 * so it holds across the servers of a cluster.
 */
export async function storeWithinQuota<T extends { id: string; bytes: number }>(
  scope: MedusaContainer,
  uploader: Uploader,
  sizes: number[],
  store: () => Promise<T[]>
): Promise<T[]> {
  const locking = scope.resolve(Modules.LOCKING)
  const key = `upload-quota:${uploader.vendor_id ?? uploader.auth_identity_id}`
  return await locking.execute(
    key,
    async () => {
      await checkUploadQuota(scope, uploader, sizes)
      const stored = await store()
      await recordUploads(scope, uploader, stored)
      return stored
    },
    // a member's phone sending a few photos one after another waits for the previous ones
    { timeout: 60 }
  )
}

/**
 * Refuses an upload over the uploader's budget, before anything is stored: a new login's few logos,
 * or the cooperative's photos and bytes of the last 24 hours. Called under the uploader's lock
 * (storeWithinQuota), so the count it reads is the whole count.
 */
export async function checkUploadQuota(scope: MedusaContainer, uploader: Uploader, sizes: number[]) {
  const service: VendorModuleService = scope.resolve(VENDOR_MODULE)
  if (!uploader.vendor_id) {
    if (sizes.length > 1) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Field 'files': send one logo")
    }
    const earlier = await service.listVendorUploads(
      { auth_identity_id: uploader.auth_identity_id, vendor_id: null },
      { select: ["bytes"] }
    )
    const bytes = earlier.reduce((sum, row) => sum + Number(row.bytes), 0) + sizes[0]
    if (earlier.length + 1 > NEW_LOGIN_LOGOS || bytes > NEW_LOGIN_BYTES) {
      throw new UploadQuotaError(
        `Until the cooperative exists, a new account may upload ${NEW_LOGIN_LOGOS} logos ` +
          `(${NEW_LOGIN_BYTES / 1024 / 1024} MB) in all`,
        DAY_MS / 1000
      )
    }
    return
  }
  const quota = dailyQuota()
  const since = new Date(Date.now() - DAY_MS)
  const recent = await service.listVendorUploads(
    { vendor_id: uploader.vendor_id, created_at: { $gte: since } },
    { select: ["bytes", "created_at"], order: { created_at: "ASC" } }
  )
  const bytes = recent.reduce((sum, row) => sum + Number(row.bytes), 0)
  const adding = sizes.reduce((sum, size) => sum + size, 0)
  if (recent.length + sizes.length > quota.photos || bytes + adding > quota.bytes) {
    // a slot frees when the oldest upload of the window turns 24 hours old
    const oldest = recent[0]?.created_at ? new Date(recent[0].created_at).getTime() : Date.now()
    const retryAfter = Math.max(60, Math.ceil((oldest + DAY_MS - Date.now()) / 1000))
    throw new UploadQuotaError(
      `Your cooperative may upload ${quota.photos} photos (${quota.megabytes} MB) per 24 hours; ` +
        `${recent.length} uploaded, ${sizes.length} more is over the limit. Try again later.`,
      retryAfter
    )
  }
}

/** Counts what was stored against the uploader's budget. */
export async function recordUploads(
  scope: MedusaContainer,
  uploader: Uploader,
  files: { id: string; bytes: number }[]
) {
  const service: VendorModuleService = scope.resolve(VENDOR_MODULE)
  await service.createVendorUploads(
    files.map((file) => ({ ...uploader, file_id: file.id, bytes: file.bytes }))
  )
}
