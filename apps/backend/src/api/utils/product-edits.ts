import type { MedusaContainer } from "@medusajs/framework/types"
import { VENDOR_MODULE } from "../../modules/vendor"
import type VendorModuleService from "../../modules/vendor/service"

/**
 * The edit a member should know about for each product: the one waiting for staff, or the last one
 * staff sent back (with its reason) if nothing was saved since. Approved edits are simply live.
 */
export async function latestProductEdits(container: MedusaContainer, productIds: string[]) {
  if (!productIds.length) {
    return new Map()
  }
  const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
  const edits = await vendors.listProductEdits(
    { product_id: productIds },
    { order: { created_at: "DESC" }, take: productIds.length * 5 }
  )
  const latest = new Map<string, (typeof edits)[number]>()
  for (const edit of edits) {
    if (!latest.has(edit.product_id)) {
      latest.set(edit.product_id, edit)
    }
  }
  return new Map(
    [...latest].flatMap(([productId, edit]) =>
      edit.status === "approved"
        ? []
        : [
            [
              productId,
              {
                id: edit.id,
                status: edit.status,
                changes: edit.changes,
                reason: edit.reason,
                created_at: edit.created_at,
                decided_at: edit.decided_at,
              },
            ],
          ]
    )
  )
}
