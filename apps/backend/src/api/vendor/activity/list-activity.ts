import type { MedusaContainer } from "@medusajs/framework/types"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export const activityFields = [
  "id",
  "action",
  "resource_id",
  "actor_type",
  "actor_id",
  "actor_name",
  "created_at",
] as const

/** One page of a cooperative's history, newest first. */
export async function listVendorActivity(
  scope: MedusaContainer,
  vendorId: string,
  page: { limit?: number; offset?: number } = {}
) {
  const service: VendorModuleService = scope.resolve(VENDOR_MODULE)
  const limit = page.limit ?? 50
  const offset = page.offset ?? 0
  const [activity, count] = await service.listAndCountVendorActivities(
    { vendor_id: vendorId },
    { select: [...activityFields], order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  return { activity, count, limit, offset }
}
