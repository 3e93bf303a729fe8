import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { sendPhoneSignInCodeWorkflow } from "../../../../../../../workflows/vendor/workflows/send-phone-sign-in-code"
import { maskPhone } from "../../../../../../../lib/phone/mask-phone"

/**
 * Staff give a member her access back in person: a new sign-in code goes to her phone (the previous
 * one stops working). Only a member of this cooperative; any other id is a 404.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id, member_id } = req.params
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "vendor_member",
    fields: ["id", "phone"],
    filters: { id: member_id, vendor_id: id },
  })
  if (!data[0]) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Member ${member_id} was not found in cooperative ${id}`
    )
  }
  const { result } = await sendPhoneSignInCodeWorkflow(req.scope).run({ input: { member_id } })
  res.json({ member_id, phone: maskPhone(result.phone), sent: result.sent })
}
