import type {
  AuthenticationInput,
  AuthenticationResponse,
  AuthIdentityProviderService,
} from "@medusajs/framework/types"
import { AbstractAuthModuleProvider, MedusaError } from "@medusajs/framework/utils"
import { normalizePhone } from "@bazaar/contracts/schemas"
import { checkCode, SPENT_STATE, stateAfter, type PhoneCodeState } from "./codes"

/** One answer for every refusal, so it never tells a known number from an unknown one. */
export const WRONG_CODE = "This code is wrong or no longer valid: ask for a new one"

/**
 * Sign-in with a phone number and a one-time code sent by SMS. The provider identity's `entity_id` is
 * the number in E.164; its `provider_metadata` holds the code in force, hashed (codes.ts). Codes are
 * issued by the workflow that sends them (send-phone-sign-in-code); this provider only checks them:
 * a right code signs in once, a wrong one counts, the fifth wrong one kills the code.
 */
export class PhoneOtpAuthService extends AbstractAuthModuleProvider {
  static identifier = "phone-otp"
  static DISPLAY_NAME = "Phone number and SMS code"

  async authenticate(
    data: AuthenticationInput,
    authIdentityService: AuthIdentityProviderService
  ): Promise<AuthenticationResponse> {
    const { phone, code } = (data.body ?? {}) as { phone?: unknown; code?: unknown }
    const entityId = typeof phone === "string" ? normalizePhone(phone) : null
    if (!entityId || typeof code !== "string" || !/^\d{6}$/.test(code.trim())) {
      return { success: false, error: "Give the phone number and the 6-digit code received by SMS" }
    }
    let identity: Awaited<ReturnType<AuthIdentityProviderService["retrieve"]>>
    try {
      identity = await authIdentityService.retrieve({ entity_id: entityId })
    } catch (error) {
      if ((error as MedusaError).type === MedusaError.Types.NOT_FOUND) {
        return { success: false, error: WRONG_CODE }
      }
      return { success: false, error: (error as Error).message }
    }
    const providerIdentity = identity.provider_identities?.find((p) => p.provider === this.provider)
    const metadata = (providerIdentity?.provider_metadata ?? {}) as Record<string, unknown>
    const state = { ...SPENT_STATE, ...metadata } as PhoneCodeState
    const result = checkCode(state, code.trim())
    if (result !== "none") {
      // spent before answering: a code signs in once, and a wrong try counts even if the caller leaves
      await authIdentityService.update(entityId, {
        provider_metadata: { ...metadata, ...stateAfter(state, result) },
      })
    }
    if (result !== "ok") {
      return { success: false, error: WRONG_CODE }
    }
    return { success: true, authIdentity: withoutCode(identity, this.provider) }
  }

  async register(): Promise<AuthenticationResponse> {
    // a number gets a login when staff or the member set it on her profile and a code is sent to it
    return {
      success: false,
      error: "Sign-in by phone is for members whose number the cooperative's profile has: ask for a code",
    }
  }
}

function withoutCode<T extends { provider_identities?: { provider: string; provider_metadata?: unknown }[] }>(
  identity: T,
  provider: string
): T {
  const copy = JSON.parse(JSON.stringify(identity)) as T
  for (const providerIdentity of copy.provider_identities ?? []) {
    if (providerIdentity.provider === provider) {
      providerIdentity.provider_metadata = {}
    }
  }
  return copy
}
