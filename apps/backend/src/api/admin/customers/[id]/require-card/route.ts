import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { CARD_REQUIRED_KEY, isCardRequired } from "../../../../../lib/shoppers/refusals"
import { AdminRequireCardType } from "../../../shoppers/validators"

async function customerMetadata(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "metadata"], filters: { id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${id} was not found`)
  }
  return (data[0].metadata ?? {}) as Record<string, unknown>
}

/** Staff require (or stop requiring) card payment from a shopper: her checkout then refuses cash on delivery. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRequireCardType>, res: MedusaResponse) {
  const metadata = await customerMetadata(req, req.params.id)
  await updateCustomersWorkflow(req.scope).run({
    input: {
      selector: { id: req.params.id },
      // the customer's other metadata stays as it was
      update: { metadata: { ...metadata, [CARD_REQUIRED_KEY]: req.validatedBody.required } },
    },
  })
  const saved = await customerMetadata(req, req.params.id)
  res.json({ customer: { id: req.params.id, card_required: isCardRequired(saved) } })
}
