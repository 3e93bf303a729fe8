import type { LegalForm } from "./application"

export const VENDOR_STATUSES = ["pending", "approved", "suspended", "rejected"] as const
export type VendorStatus = (typeof VENDOR_STATUSES)[number]

/** `/vendor/me`'s cooperative (the fields the portal shows). */
export type PortalVendor = {
  id: string
  name: string
  handle: string
  legal_form: LegalForm
  status: VendorStatus
  status_reason?: string | null
  city?: string | null
  region?: string | null
  logo_url?: string | null
}

export type PortalMember = {
  id: string
  email: string
  first_name?: string | null
  last_name?: string | null
  role?: "owner" | "member" | null
}
