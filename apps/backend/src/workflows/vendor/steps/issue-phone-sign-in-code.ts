import type { IAuthModuleService, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normalizePhone } from "@bazaar/contracts/schemas"
import { ERROR_CODES } from "@bazaar/contracts"
import { issueState, newCode } from "../../../modules/auth-phone-otp/codes"
import { PHONE_OTP_PROVIDER } from "../../../modules/auth-phone-otp"
import { memberLocale } from "../notification-links"

export type IssuePhoneSignInCodeStepInput = {
  member: { id: string; email: string; phone?: string | null; locale?: string | null }
}

export type IssuePhoneSignInCodeStepOutput = { member_id: string; phone: string; sent: boolean }

/** What the step changed, to put back: the provider identity it created, or the one it updated. */
type Undo = {
  created_auth_identity_id?: string
  created_provider_identity_id?: string
  updated?: { id: string; provider_metadata: Record<string, unknown> | null }
}

export const issuePhoneSignInCodeStepId = "issue-phone-sign-in-code"

/**
 * Issues a new sign-in code for a member's phone (the previous one stops working), stores only its
 * hash on her login's `phone-otp` identity, and texts her the code in her language. The code never
 * leaves this step: the SMS row keeps a masked copy, and the step's output does not hold it.
 */
export const issuePhoneSignInCodeStep = createStep(
  issuePhoneSignInCodeStepId,
  async ({ member }: IssuePhoneSignInCodeStepInput, { container }) => {
    const phone = member.phone ? normalizePhone(member.phone) : null
    if (!phone) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Member ${member.id} has no phone number: add one to her profile first`,
        ERROR_CODES.invalid_request
      )
    }
    const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
    const code = newCode()
    const state = issueState(code)
    const undo: Undo = {}

    const authIdentityId = await memberAuthIdentity(auth, member, undo)
    const [existing] = await auth.listProviderIdentities({ provider: PHONE_OTP_PROVIDER, entity_id: phone })
    if (existing && existing.auth_identity_id === authIdentityId) {
      undo.updated = { id: existing.id, provider_metadata: existing.provider_metadata ?? null }
      await auth.updateProviderIdentities({
        id: existing.id,
        provider_metadata: { ...(existing.provider_metadata ?? {}), ...state },
      })
    } else {
      if (existing) {
        // the number moved to another member: the former holder's login no longer signs in with it
        await auth.deleteProviderIdentities([existing.id])
      }
      const [created] = await auth.createProviderIdentities([
        {
          provider: PHONE_OTP_PROVIDER,
          entity_id: phone,
          auth_identity_id: authIdentityId,
          provider_metadata: state,
        },
      ])
      undo.created_provider_identity_id = created.id
    }

    const sent = await sendCode(container, {
      member_id: member.id,
      phone,
      code,
      locale: memberLocale(member),
    })
    return new StepResponse<IssuePhoneSignInCodeStepOutput, Undo>({ member_id: member.id, phone, sent }, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
    if (undo.updated) {
      await auth.updateProviderIdentities({
        id: undo.updated.id,
        provider_metadata: undo.updated.provider_metadata ?? {},
      })
    }
    if (undo.created_provider_identity_id) {
      await auth.deleteProviderIdentities([undo.created_provider_identity_id])
    }
    if (undo.created_auth_identity_id) {
      await auth.deleteAuthIdentities([undo.created_auth_identity_id])
    }
  }
)

/** The login the member signs in with (her email's), or a new one for a member who never had one. */
async function memberAuthIdentity(
  auth: IAuthModuleService,
  member: IssuePhoneSignInCodeStepInput["member"],
  undo: Undo
): Promise<string> {
  const [byEmail] = await auth.listProviderIdentities({ provider: "emailpass", entity_id: member.email })
  if (byEmail?.auth_identity_id) {
    const identity = await auth.retrieveAuthIdentity(byEmail.auth_identity_id)
    if (identity.app_metadata?.vendor_id === member.id) {
      return identity.id
    }
  }
  const created = await auth.createAuthIdentities({ app_metadata: { vendor_id: member.id } })
  undo.created_auth_identity_id = created.id
  return created.id
}

/**
 * Texts the code. Without an idempotency key the retry job leaves a failed send alone (a code is
 * worth 10 minutes, a late one only confuses); the stored row is then masked so no code rests in
 * clear text. Returns whether the gateway took it.
 */
async function sendCode(
  container: MedusaContainer,
  { member_id, phone, code, locale }: { member_id: string; phone: string; code: string; locale: string }
): Promise<boolean> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const notifications = container.resolve(Modules.NOTIFICATION)
  let sent = true
  try {
    await notifications.createNotifications({
      to: phone,
      channel: "sms",
      template: "phone-sign-in-code",
      data: { code, locale },
      trigger_type: "auth.phone_code",
      resource_type: "vendor_member",
      resource_id: member_id,
    })
  } catch (error) {
    sent = false
    logger.warn(`Could not text a sign-in code to member ${member_id}: ${(error as Error).message}`)
  }
  try {
    const rows = await notifications.listNotifications(
      { resource_id: member_id, template: "phone-sign-in-code" } as never,
      { select: ["id", "data"], order: { created_at: "DESC" }, take: 5 }
    )
    const update = (
      notifications as unknown as {
        updateNotifications: (data: { id: string; data: Record<string, unknown> }[]) => Promise<unknown>
      }
    ).updateNotifications
    const clear = rows.filter((row) => row.data?.code && row.data.code !== "••••••")
    if (clear.length) {
      await update.call(
        notifications,
        clear.map((row) => ({ id: row.id, data: { ...row.data, code: "••••••" } }))
      )
    }
  } catch (error) {
    logger.warn(`Could not mask a sign-in code sent to member ${member_id}: ${(error as Error).message}`)
  }
  return sent
}
