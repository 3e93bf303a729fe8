import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { withCertificationStatus } from "../../../workflows/certification/certification-rules"
import { loadTranslations } from "../../utils/translations"
import { adminVendorFields } from "./query-config"

/** A vendor for staff: all fields, ar/en texts, certificates with their status, and decisions newest first. */
export async function retrieveAdminVendor(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "vendor", fields: adminVendorFields, filters: { id } })
  const vendor = data[0]
  if (!vendor) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${id} was not found`)
  }
  const translations = await loadTranslations(req.scope, "vendor", [id])
  const decisions = (vendor.decisions ?? [])
    .flatMap((decision) => (decision ? [decision] : []))
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
  const now = new Date()
  const certifications = (vendor.certifications ?? []).flatMap((certification) =>
    certification ? [withCertificationStatus(certification, now)] : []
  )
  return { ...vendor, certifications, decisions, translations: translations.get(id) ?? {} }
}
