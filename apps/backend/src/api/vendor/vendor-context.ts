import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loadTranslations } from "../utils/translations"

export type VendorMemberContext = {
  member: {
    id: string
    email: string
    first_name: string | null
    last_name: string | null
    phone: string | null
    role: string
  }
  vendor: { id: string; status: string }
}

/** The signed-in member and its vendor: every /vendor/* read and write is scoped to this vendor id. */
export async function requireVendorMember(req: AuthenticatedMedusaRequest): Promise<VendorMemberContext> {
  const actorId = req.auth_context?.actor_id
  if (!actorId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in as a member of a cooperative")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "vendor_member",
    fields: ["id", "email", "first_name", "last_name", "phone", "role", "vendor.id", "vendor.status"],
    filters: { id: actorId },
  })
  const row = data[0] as
    (VendorMemberContext["member"] & { vendor: VendorMemberContext["vendor"] | null }) | undefined
  if (!row?.vendor) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "This account is no longer a member of a cooperative"
    )
  }
  const { vendor, ...member } = row
  return { member, vendor }
}

/** What a member reads of its own vendor: the profile and its status, not the payout details. */
export const vendorPortalFields = [
  "id",
  "handle",
  "name",
  "legal_form",
  "odco_number",
  "ice",
  "region",
  "province",
  "city",
  "founded_year",
  "members_count",
  "women_share",
  "tagline",
  "story",
  "logo_url",
  "photos",
  "email",
  "phone",
  "status",
  "status_reason",
  "status_decided_at",
  "commission_rate",
  "created_at",
  "updated_at",
  "certifications.id",
  "certifications.label",
  "certifications.expires_at",
  "certifications.verified_at",
]

export const vendorMemberFields = ["id", "email", "first_name", "last_name", "phone", "role", "created_at"]

/** The caller's vendor with ar/en texts under `translations`. */
export async function retrievePortalVendor(req: AuthenticatedMedusaRequest, vendorId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "vendor",
    fields: vendorPortalFields,
    filters: { id: vendorId },
  })
  const translations = await loadTranslations(req.scope, "vendor", [vendorId])
  return { ...data[0], translations: translations.get(vendorId) ?? {} }
}

export async function retrieveMember(req: AuthenticatedMedusaRequest, memberId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "vendor_member",
    fields: vendorMemberFields,
    filters: { id: memberId },
  })
  return data[0]
}
