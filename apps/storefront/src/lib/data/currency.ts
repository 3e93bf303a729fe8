import "server-only"
import { cookies, headers } from "next/headers"
import { CURRENCY_COOKIE, type Currency } from "@/lib/constants"
import { resolveCurrency } from "@/lib/util/currency"

/** The visitor's currency: the cookie set by the currency switch, else a guess from the CDN's country header. */
export async function getCurrency(): Promise<Currency> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()])
  const country = headerList.get("cf-ipcountry") ?? headerList.get("x-vercel-ip-country")
  return resolveCurrency(cookieStore.get(CURRENCY_COOKIE)?.value, country)
}
