import "server-only"
import { redirect } from "next/navigation"
import { cache } from "react"
import { backendFetch } from "@/lib/backend"
import type { Locale } from "@/lib/constants"
import type {
  PortalActivity,
  PortalMember,
  PortalVendor,
  ProductStatus,
  VendorProduct,
} from "@/lib/types/custom-routes"
import { portalPath } from "@/lib/util/paths"
import { httpStatus } from "@/lib/util/http-error"
import { getVendorToken } from "./cookies"

export type PortalSession = { token: string; member: PortalMember; vendor: PortalVendor }

/**
 * The signed-in member and their cooperative, or null when signed out or the token is no longer
 * accepted. Cached per request: the portal layout and the page share one `/vendor/me` call. The page's
 * language goes along, so the member's messages are written in the language she uses the portal in.
 */
export const getPortalSession = cache(async (locale: Locale): Promise<PortalSession | null> => {
  const token = await getVendorToken()
  if (!token) {
    return null
  }
  try {
    const { member, vendor } = await backendFetch<{ member: PortalMember; vendor: PortalVendor }>(
      "/vendor/me",
      { token, locale }
    )
    return { token, member, vendor }
  } catch (error) {
    if (httpStatus(error) === 401 || httpStatus(error) === 403) {
      return null
    }
    throw error
  }
})

/** The session, or a redirect to the sign-in page. */
export async function requirePortalSession(locale: Locale): Promise<PortalSession> {
  const session = await getPortalSession(locale)
  if (!session) {
    redirect(portalPath(locale, "/sign-in"))
  }
  return session
}

export type VendorProductList = { products: VendorProduct[]; count: number }

export async function listVendorProducts(
  session: PortalSession,
  { status, limit = 50, offset = 0 }: { status?: ProductStatus; limit?: number; offset?: number }
): Promise<VendorProductList> {
  const { products, count } = await backendFetch<VendorProductList>("/vendor/products", {
    token: session.token,
    query: { limit, offset, status },
  })
  return { products, count }
}

/** How many of the cooperative's products are in each status (one small call per status). */
export async function countVendorProducts(session: PortalSession): Promise<Record<ProductStatus, number>> {
  const statuses = ["draft", "proposed", "published", "rejected"] as const
  const counts = await Promise.all(
    statuses.map((status) => listVendorProducts(session, { status, limit: 1 }).then((list) => list.count))
  )
  return Object.fromEntries(statuses.map((status, i) => [status, counts[i]])) as Record<ProductStatus, number>
}

/** One of the cooperative's products, or null when it is not theirs (the API answers 404). */
export async function getVendorProduct(session: PortalSession, id: string): Promise<VendorProduct | null> {
  try {
    const { product, pending_edit } = await backendFetch<{
      product: VendorProduct
      pending_edit?: VendorProduct["pending_edit"]
    }>(`/vendor/products/${encodeURIComponent(id)}`, { token: session.token })
    return { ...product, pending_edit: pending_edit ?? null }
  } catch (error) {
    if (httpStatus(error) === 404) {
      return null
    }
    throw error
  }
}

export async function listVendorMembers(session: PortalSession): Promise<PortalMember[]> {
  const { members } = await backendFetch<{ members: PortalMember[] }>("/vendor/members", {
    token: session.token,
  })
  return members
}

/** The cooperative's latest changes, newest first, with who made each (a member or the centre). */
export async function listVendorActivity(session: PortalSession, limit = 10): Promise<PortalActivity[]> {
  const { activity } = await backendFetch<{ activity: PortalActivity[] }>("/vendor/activity", {
    token: session.token,
    query: { limit },
  })
  return activity
}
