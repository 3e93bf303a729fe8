import { storefrontLink } from "../../lib/storefront/storefront-links"

/** Where the cooperative portal lives; links in notifications point there (French by default). */
export function portalUrl(path: string, params: Record<string, string> = {}): string {
  const search = new URLSearchParams(params).toString()
  return storefrontLink(`/fr/portal/${path}${search ? `?${search}` : ""}`)
}
