import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ERROR_CODES } from "@bazaar/contracts"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COD_PROVIDER_ID } from "../../../modules/cod"
import { isCardRequired } from "../../../lib/shoppers/refusals"

/**
 * Cash on delivery is refused (400, `card_required`) for a cart whose shopper staff asked to pay by
 * card, after repeated refused parcels; a card session passes. Medusa's route creates the session.
 */
export async function refuseCodWhenCardRequired(
  req: MedusaRequest<{ provider_id?: unknown }>,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (req.body?.provider_id !== COD_PROVIDER_ID) {
    return next()
  }
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: { payment_collection_id: req.params.id },
    })
    const cartId = links[0]?.cart_id
    if (!cartId) {
      return next() // Medusa's route answers for an unknown collection
    }
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["id", "customer.metadata"],
      filters: { id: cartId },
    })
    if (isCardRequired(carts[0]?.customer?.metadata as Record<string, unknown> | null)) {
      return next(
        new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "Cash on delivery is not available for this shopper: please pay by card",
          ERROR_CODES.card_required
        )
      )
    }
    next()
  } catch (error) {
    next(error)
  }
}
