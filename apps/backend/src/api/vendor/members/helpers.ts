import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vendorMemberFields } from "./query-config"

export async function retrieveMember(scope: MedusaContainer, memberId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "vendor_member",
    fields: vendorMemberFields,
    filters: { id: memberId },
  })
  return data[0]
}
