import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listCategories } from "@/lib/data/categories"
import { getVendorProduct, requirePortalSession } from "@/lib/data/portal"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import { productToFormValues } from "@/lib/portal/product-form"
import ProductEditTemplate from "@/modules/portal/templates/product-edit-template"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<{ saved?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.editProduct }
}

export default async function EditProductPage({ params, searchParams }: Props) {
  const { locale: rawLocale, id } = await params
  const locale = resolveLocale(rawLocale)
  const session = await requirePortalSession(locale)
  const [product, categories, { saved }] = await Promise.all([
    getVendorProduct(session, id),
    listCategories(locale),
    searchParams,
  ])
  if (!product) {
    notFound()
  }
  return (
    <ProductEditTemplate
      locale={locale}
      session={session}
      categories={categories}
      product={product}
      initialValues={productToFormValues(product)}
      saved={Boolean(saved)}
    />
  )
}
