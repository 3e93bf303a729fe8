import type { VENDOR_STATUSES } from "../../modules/vendor/models/vendor"

export type VendorDecisionAction = "approve" | "reject" | "suspend" | "reinstate"
export type VendorStatus = (typeof VENDOR_STATUSES)[number]

// pending → approved | rejected, approved → suspended, suspended → approved (DESIGN.md, "Domain")
const TRANSITIONS: Record<VendorDecisionAction, { from: VendorStatus; to: VendorStatus }> = {
  approve: { from: "pending", to: "approved" },
  reject: { from: "pending", to: "rejected" },
  suspend: { from: "approved", to: "suspended" },
  reinstate: { from: "suspended", to: "approved" },
}

/** The status a decision leads to from `status`, or null when the decision is not allowed from there. */
export function nextVendorStatus(status: string, action: VendorDecisionAction): VendorStatus | null {
  const transition = TRANSITIONS[action]
  return transition && transition.from === status ? transition.to : null
}
