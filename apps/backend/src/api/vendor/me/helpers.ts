import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadTranslations } from "../../utils/translations"
import { vendorPortalFields } from "./query-config"

/** The caller's vendor with ar/en texts under `translations`. */
export async function retrievePortalVendor(scope: MedusaContainer, vendorId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "vendor",
    fields: vendorPortalFields,
    filters: { id: vendorId },
  })
  const translations = await loadTranslations(scope, "vendor", [vendorId])
  return { ...data[0], translations: translations.get(vendorId) ?? {} }
}
