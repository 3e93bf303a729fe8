import type { MedusaContainer } from "@medusajs/framework/types"

/** The role that lets a staff member act for cooperatives (create products, ship parcels, invite…). */
export const COOPERATIVE_SUPPORT_ROLE = "cooperative_support"

/** The role that lets a staff member give and take staff roles. */
export const STAFF_ADMIN_ROLE = "staff_admin"

export const STAFF_ROLES = [COOPERATIVE_SUPPORT_ROLE, STAFF_ADMIN_ROLE] as const

export type StaffUser = { id: string; metadata?: Record<string, unknown> | null }

/** The roles a staff user holds, as recorded on the user by an administrator. */
export function staffRoles(user: StaffUser): string[] {
  const roles = user.metadata?.bazaar_roles
  return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === "string") : []
}

/**
 * Whether a staff user may act for cooperatives. Not every staff account may: it takes the
 * cooperative support role, which an administrator grants.
 */
export async function mayActForCooperatives(_scope: MedusaContainer, user: StaffUser): Promise<boolean> {
  return staffRoles(user).includes(COOPERATIVE_SUPPORT_ROLE)
}

/** Whether a staff user may give and take staff roles (theirs and others'). */
export function mayGrantStaffRoles(user: StaffUser): boolean {
  return staffRoles(user).includes(STAFF_ADMIN_ROLE)
}
