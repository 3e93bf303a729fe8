import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertTranslationsStep } from "../../common/steps/upsert-translations"
import { createVendorMemberStep } from "../steps/create-vendor-member"
import { linkMemberLoginStep } from "../steps/link-member-login"
import { createVendorStep } from "../steps/create-vendor"
import { validateNewMemberStep } from "../steps/validate-new-member"
import { VendorProfileInput, vendorColumns, vendorTranslationLocales } from "../vendor-profile"

export type CreateVendorApplicationWorkflowInput = {
  auth_identity_id: string
  vendor: VendorProfileInput & { name: string; region: string; city: string }
  member: { first_name: string; last_name: string; phone?: string | null }
}

export const createVendorApplicationWorkflowId = "create-vendor-application"

/** A cooperative applies: a pending vendor, its owner member, and the login linked to that member. */
export const createVendorApplicationWorkflow = createWorkflow(
  createVendorApplicationWorkflowId,
  (input: CreateVendorApplicationWorkflowInput) => {
    const { email } = validateNewMemberStep({ auth_identity_id: input.auth_identity_id })

    const vendorData = transform({ input }, ({ input }) => vendorColumns(input.vendor))
    const vendor = createVendorStep(vendorData)

    const translations = transform({ input, vendor }, ({ input, vendor }) => [
      { reference: "vendor", reference_id: vendor.id, locales: vendorTranslationLocales(input.vendor) },
    ])
    upsertTranslationsStep(translations)

    const memberData = transform({ input, vendor, email }, ({ input, vendor, email }) => ({
      vendor_id: vendor.id,
      email,
      first_name: input.member.first_name,
      last_name: input.member.last_name,
      phone: input.member.phone ?? null,
      role: "owner" as const,
    }))
    const member = createVendorMemberStep(memberData)

    linkMemberLoginStep({ auth_identity_id: input.auth_identity_id, member_id: member.id })

    // extension point, also used by the tests to prove a late failure leaves nothing behind
    const vendorApplied = createHook("vendorApplied", { vendor_id: vendor.id, member_id: member.id })

    emitEventStep({ eventName: "vendor.created", data: { id: vendor.id } })

    return new WorkflowResponse({ vendor, member }, { hooks: [vendorApplied] })
  }
)
