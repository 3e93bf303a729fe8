import { storefrontLink } from "../../lib/storefront/storefront-links"

/**
 * The language of messages to cooperative members who never used the portal: French, the centre's
 * working language. A member who did gets hers (vendor_member.locale, see memberLocale).
 */
export const MEMBER_LOCALE = "fr"

/** A member's own language (the one she last used the portal in), French when unknown. */
export function memberLocale(member: { locale?: string | null } | null | undefined): string {
  return member?.locale === "ar" || member?.locale === "en" || member?.locale === "fr"
    ? member.locale
    : MEMBER_LOCALE
}

/** Where the cooperative portal lives; links in notifications point there, in the member's language. */
export function portalUrl(
  path: string,
  params: Record<string, string> = {},
  locale: string = MEMBER_LOCALE
): string {
  const search = new URLSearchParams(params).toString()
  return storefrontLink(`/${locale}/portal/${path}${search ? `?${search}` : ""}`)
}
