import type { ReactNode } from "react"
import { resolveLocale } from "@/lib/i18n/server"
import ShopShell from "@/modules/layout/templates/shop-shell"
import "@/modules/portal/portal.css"
import "@/modules/checkout/checkout.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export default async function ShopLayout({ children, params }: Props) {
  const locale = resolveLocale((await params).locale)
  return <ShopShell locale={locale}>{children}</ShopShell>
}
