import { storefrontLink } from "../../lib/storefront/storefront-links"

/**
 * The language of messages to cooperative members: French, the centre's working language, until the
 * portal stores a member's own choice.
 */
export const MEMBER_LOCALE = "fr"

/** Where the cooperative portal lives; links in notifications point there, in the member's language. */
export function portalUrl(
  path: string,
  params: Record<string, string> = {},
  locale: string = MEMBER_LOCALE
): string {
  const search = new URLSearchParams(params).toString()
  return storefrontLink(`/${locale}/portal/${path}${search ? `?${search}` : ""}`)
}
