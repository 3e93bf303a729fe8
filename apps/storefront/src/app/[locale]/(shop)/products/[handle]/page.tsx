import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { env } from "@/lib/config"
import type { Locale } from "@/lib/constants"
import { getCurrency } from "@/lib/data/currency"
import { getProductByHandle } from "@/lib/data/products"
import { getRegionForCurrency } from "@/lib/data/regions"
import { getProductReviews } from "@/lib/data/reviews"
import { format } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { localeAlternates, localePath, paths } from "@/lib/util/paths"
import ProductTemplate from "@/modules/products/templates/product-template"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<{ variant?: string | string[] }>
}

async function loadProduct(locale: Locale, handle: string) {
  const region = await getRegionForCurrency(await getCurrency())
  return getProductByHandle(locale, handle, region.id)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: rawLocale, handle } = await params
  const locale = resolveLocale(rawLocale)
  const product = await loadProduct(locale, handle)
  if (!product) {
    notFound()
  }
  const m = getMessages(locale)
  const description =
    product.subtitle ||
    format(m.meta.productDescription, {
      product: product.title,
      vendor: product.vendor?.name ?? m.meta.siteName,
      city: product.vendor?.city ?? "",
    })
  return {
    title: product.title,
    description,
    alternates: localeAlternates(locale, paths.product(product.handle)),
    openGraph: {
      title: product.title,
      description,
      images: product.thumbnail ? [product.thumbnail] : undefined,
    },
  }
}

export default async function ProductPage({ params, searchParams }: Props) {
  const { locale: rawLocale, handle } = await params
  const locale = resolveLocale(rawLocale)
  const product = await loadProduct(locale, handle)
  if (!product) {
    notFound()
  }
  const [{ variant }, reviews] = await Promise.all([searchParams, getProductReviews(product.id)])
  return (
    <ProductTemplate
      locale={locale}
      product={product}
      reviews={reviews}
      pageUrl={`${env.storefrontUrl}${localePath(locale, paths.product(product.handle))}`}
      requestedVariantId={Array.isArray(variant) ? variant[0] : variant}
    />
  )
}
