import { shopCertifications } from "../../../workflows/certification/certification-rules"
import { certificationCheckFields } from "./query-config"

/** The fields to read for a shop request: what it asked for, plus what deciding on certificates needs. */
export function shopVendorFields(fields: string[]): string[] {
  return fields.some((field) => field.startsWith("certifications."))
    ? [...fields, ...certificationCheckFields]
    : fields
}

/**
 * A vendor as shoppers may see it: its certificates only when staff checked them and until they expire,
 * without who checked them or when.
 */
export function shopVendor<T extends { certifications?: unknown }>(vendor: T, at: Date): T {
  if (!("certifications" in vendor)) {
    return vendor
  }
  return {
    ...vendor,
    certifications: shopCertifications(vendor.certifications as never, at),
  }
}
