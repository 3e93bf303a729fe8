/** How long before a certificate's expiry its cooperative and staff are reminded. */
export const CERTIFICATION_REMINDER_DAYS = 30

const DAY_MS = 86_400_000

export type CertificationDates = {
  verified_at?: Date | string | null
  expires_at?: Date | string | null
}

/** Shown in the shop: checked by staff and not yet expired at `at`. */
export function isShownInShop(certification: CertificationDates, at: Date): boolean {
  if (!certification.verified_at) {
    return false
  }
  return !certification.expires_at || new Date(certification.expires_at).getTime() > at.getTime()
}

/** What the shop may say of a cooperative's certificates: the verified, current ones, label and expiry only. */
export function shopCertifications<
  T extends CertificationDates & { id: string; label: string; number?: string | null },
>(certifications: (T | null)[] | null | undefined, at: Date) {
  return (certifications ?? [])
    .filter((certification): certification is T => !!certification && isShownInShop(certification, at))
    .map(({ id, label, number, expires_at }) => ({ id, label, number: number ?? null, expires_at }))
}

/**
 * The window the daily reminder looks at: certificates expiring after `at` and within
 * CERTIFICATION_REMINDER_DAYS, and those that lapsed during the last day (their badge leaves the shop).
 */
export function reminderWindow(at: Date) {
  return {
    expiring_from: at,
    expiring_until: new Date(at.getTime() + CERTIFICATION_REMINDER_DAYS * DAY_MS),
    lapsed_since: new Date(at.getTime() - DAY_MS),
  }
}

/** Whole days from `at` to `expires_at`, never below 0, as the reminder says it. */
export function daysLeft(expires_at: Date | string, at: Date): number {
  return Math.max(0, Math.ceil((new Date(expires_at).getTime() - at.getTime()) / DAY_MS))
}

export type CertificationStatus = "waiting" | "verified" | "expired"

/** Where a certificate stands for the people who manage it: expired first, then checked or not. */
export function certificationStatus(certification: CertificationDates, at: Date): CertificationStatus {
  if (certification.expires_at && new Date(certification.expires_at).getTime() <= at.getTime()) {
    return "expired"
  }
  return certification.verified_at ? "verified" : "waiting"
}

/** A certificate with its status, as the portal and Admin list it. */
export function withCertificationStatus<T extends CertificationDates>(certification: T, at: Date) {
  return { ...certification, status: certificationStatus(certification, at) }
}
