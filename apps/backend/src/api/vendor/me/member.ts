import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What a member reads of herself. */
export const portalMemberFields = [
  "id",
  "email",
  "first_name",
  "last_name",
  "phone",
  "sms_opt_in",
  "locale",
  "role",
]

export async function retrievePortalMember(scope: MedusaContainer, memberId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "vendor_member",
    fields: portalMemberFields,
    filters: { id: memberId },
  })
  return data[0]
}
