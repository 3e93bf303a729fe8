import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { InferTypeOf } from "@medusajs/framework/types"
import type { Vendor } from "../../modules/vendor/models/vendor"
import type { VendorMember } from "../../modules/vendor/models/vendor-member"

/** The signed-in member and its cooperative, loaded once per request by the /vendor/* guard. */
export type VendorContext = {
  member: Pick<
    InferTypeOf<typeof VendorMember>,
    "id" | "email" | "first_name" | "last_name" | "phone" | "sms_opt_in" | "locale" | "role"
  >
  vendor: Pick<InferTypeOf<typeof Vendor>, "id" | "status">
  /**
   * Who acts: the member herself, or staff of the centre acting for the cooperative (then `member`
   * stands for them, its id theirs). Every change is recorded in the cooperative's history with it.
   */
  actor: { type: "member" | "staff"; id: string; name: string | null }
}

/**
 * A /vendor/* request past the guard (`ensureVendorMember`): every read and write is scoped to
 * `vendor_context.vendor.id`, never to an id taken from the request.
 */
export interface VendorRequest<
  Body = unknown,
  QueryFields = Record<string, unknown>,
> extends AuthenticatedMedusaRequest<Body, QueryFields> {
  vendor_context: VendorContext
}
