import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getCurrency } from "@/lib/data/currency"
import { listProducts } from "@/lib/data/products"
import { getRegionForCurrency } from "@/lib/data/regions"
import { getVendorByHandle } from "@/lib/data/vendors"
import { format } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { localeAlternates, paths } from "@/lib/util/paths"
import { regionLabel } from "@/lib/util/moroccan-regions"
import CooperativeTemplate from "@/modules/cooperatives/templates/cooperative-template"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: rawLocale, handle } = await params
  const locale = resolveLocale(rawLocale)
  const vendor = await getVendorByHandle(locale, handle)
  if (!vendor) {
    notFound()
  }
  const m = getMessages(locale)
  const description =
    vendor.tagline ||
    format(m.meta.cooperativeDescription, {
      name: vendor.name,
      legalForm: m.cooperative.legalForms[vendor.legal_form] ?? vendor.legal_form,
      city: vendor.city,
      region: regionLabel(vendor.region, m.regions),
    })
  return {
    title: vendor.name,
    description,
    alternates: localeAlternates(locale, paths.cooperative(vendor.handle)),
    openGraph: {
      title: vendor.name,
      description,
      images: vendor.logo_url ? [vendor.logo_url] : undefined,
    },
  }
}

export default async function CooperativePage({ params }: Props) {
  const { locale: rawLocale, handle } = await params
  const locale = resolveLocale(rawLocale)
  const [vendor, region] = await Promise.all([
    getVendorByHandle(locale, handle),
    getCurrency().then(getRegionForCurrency),
  ])
  if (!vendor) {
    notFound()
  }
  // The vendor route lists product ids; one /store/products call prices them all.
  const ids = (vendor.products ?? []).map((product) => product.id)
  const { products } = ids.length
    ? await listProducts({
        locale,
        regionId: region.id,
        ids,
        limit: ids.length,
      })
    : { products: [] }
  return <CooperativeTemplate locale={locale} vendor={vendor} products={products} />
}
