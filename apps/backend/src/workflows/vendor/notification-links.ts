/** Where the cooperative portal lives; links in notifications point there (French by default). */
export function portalUrl(path: string, params: Record<string, string> = {}): string {
  const base = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
  const search = new URLSearchParams(params).toString()
  return `${base}/fr/portal/${path}${search ? `?${search}` : ""}`
}
