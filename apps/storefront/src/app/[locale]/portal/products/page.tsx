import type { Metadata } from "next"
import { listVendorProducts, requirePortalSession } from "@/lib/data/portal"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import { PRODUCT_STATUSES, type ProductStatus } from "@/lib/types/custom-routes"
import ProductsTemplate from "@/modules/portal/templates/products-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ status?: string | string[]; submitted?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.products }
}

function isProductStatus(value: unknown): value is ProductStatus {
  return typeof value === "string" && (PRODUCT_STATUSES as readonly string[]).includes(value)
}

export default async function ProductsPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale)
  const session = await requirePortalSession(locale)
  const { status: rawStatus, submitted } = await searchParams
  const status = isProductStatus(rawStatus) ? rawStatus : undefined
  const { products } = await listVendorProducts(session, { status, limit: 100 })
  return (
    <ProductsTemplate
      locale={locale}
      session={session}
      products={products}
      status={status}
      notice={submitted ? "submitted" : undefined}
    />
  )
}
