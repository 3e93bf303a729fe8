import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CODE_TTL_MS } from "../../../../../modules/auth-phone-otp/codes"
import { sendPhoneSignInCodeWorkflow } from "../../../../../workflows/vendor/workflows/send-phone-sign-in-code"
import type { AuthRequestPhoneCodeType } from "./validators"

/**
 * A member asks for a code to sign in with her phone. The answer is the same, and as fast, whether the
 * number belongs to a member or not: the lookup and the SMS happen after it is sent.
 */
export async function POST(req: MedusaRequest<AuthRequestPhoneCodeType>, res: MedusaResponse) {
  const { phone } = req.validatedBody
  void sendCodeToMember(req.scope, phone)
  res.status(200).json({
    message: "If this number belongs to a member of a cooperative, a 6-digit code is on its way by SMS.",
    expires_in: CODE_TTL_MS / 1000,
  })
}

async function sendCodeToMember(scope: MedusaContainer, phone: string) {
  try {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    // one number, one login: if two members share a phone, the one who had it first signs in with it
    const { data } = await query.graph({
      entity: "vendor_member",
      fields: ["id"],
      filters: { phone },
      pagination: { take: 1, order: { created_at: "ASC" } },
    })
    if (data[0]) {
      await sendPhoneSignInCodeWorkflow(scope).run({ input: { member_id: data[0].id } })
    }
  } catch (error) {
    scope
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .warn(`Could not send a phone sign-in code: ${(error as Error).message}`)
  }
}
