import { timingSafeEqual } from "node:crypto"
import { ERROR_CODES } from "@bazaar/contracts"
import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../../../modules/ledger"
import type LedgerModuleService from "../../../../../modules/ledger/service"
import { deliverVendorOrderWorkflow } from "../../../../../workflows/ledger/workflows/deliver-vendor-order"
import { budget } from "../../../../security/limits"
import { limiterFor, lockedFor, recordFailure, tooManyRequests } from "../../../../security/rate-limit"
import { invalidField } from "../../../../errors/invalid-field"
import { retrieveOwnVendorOrder } from "../../helpers"
import { PICKUP_CODE_MESSAGE, type VendorPickUpOrderType } from "../../validators"
import type { VendorRequest } from "../../../vendor-request"

function sameCode(typed: string, expected: string): boolean {
  return typed.length === expected.length && timingSafeEqual(Buffer.from(typed), Buffer.from(expected))
}

/**
 * The shopper collected her part at the cooperative's stand: the member types the code the shopper
 * shows, and the part is delivered (for cash, the cash is collected). Wrong codes are counted per
 * order: after a few, the order is locked for a while, so a code cannot be guessed at the stand.
 */
export async function POST(req: VendorRequest<VendorPickUpOrderType>, res: MedusaResponse) {
  const { vendor, member } = req.vendor_context
  const part = await retrieveOwnVendorOrder(req.scope, vendor.id, req.params.id)
  const { code } = req.validatedBody
  if (!code) {
    throw invalidField("code", PICKUP_CODE_MESSAGE)
  }
  if (!part.pickup_event) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Order #${part.display_id} is not collected at your stand: mark it shipped, then delivered`,
      ERROR_CODES.conflict
    )
  }
  const locked = await lockedFor("PICKUP_CODE_FAILURES", part.id)
  if (locked) {
    return tooManyRequests(res, locked, "Too many wrong codes for this order.")
  }
  const ledger = req.scope.resolve<LedgerModuleService>(LEDGER_MODULE)
  const { pickup_code } = await ledger.retrieveVendorOrder(part.id, { select: ["id", "pickup_code"] })
  if (!pickup_code || !sameCode(code, pickup_code)) {
    if (await recordFailure("PICKUP_CODE_FAILURES", part.id)) {
      const minutes = Math.round((budget("PICKUP_CODE_FAILURES").lockSeconds ?? 900) / 60)
      return tooManyRequests(res, minutes * 60 * 1000, "Too many wrong codes for this order.")
    }
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `This is not the code of order #${part.display_id}: ask the shopper for the 6 digits on her confirmation`
    )
  }
  await deliverVendorOrderWorkflow(req.scope).run({ input: { id: part.id, captured_by: member.id } })
  // the right code clears the wrong ones counted before it
  await limiterFor("PICKUP_CODE_FAILURES")
    .delete(part.id)
    .catch(() => undefined)
  res.json({ order: await retrieveOwnVendorOrder(req.scope, vendor.id, part.id) })
}
