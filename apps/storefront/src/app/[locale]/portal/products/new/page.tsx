import type { Metadata } from "next"
import { listCategories } from "@/lib/data/categories"
import { requirePortalSession } from "@/lib/data/portal"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import ProductEditTemplate from "@/modules/portal/templates/product-edit-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.newProduct }
}

export default async function NewProductPage({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  const [session, categories] = await Promise.all([requirePortalSession(locale), listCategories(locale)])
  return <ProductEditTemplate locale={locale} session={session} categories={categories} initialValues={{}} />
}
