import type { Locale } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"
import type { StoreProductSummary, StoreVendor } from "@/lib/types"
import CooperativeProfile from "@/modules/cooperatives/components/cooperative-profile"
import ProductGrid from "@/modules/products/components/product-grid"

type Props = {
  locale: Locale
  vendor: StoreVendor
  products: StoreProductSummary[]
}

export default function CooperativeTemplate({ locale, vendor, products }: Props) {
  const m = getMessages(locale)
  return (
    <article className="cooperative">
      <CooperativeProfile locale={locale} vendor={vendor} />
      <section className="cooperative__products" aria-labelledby="cooperative-products">
        <h2 id="cooperative-products">{m.cooperative.products}</h2>
        <ProductGrid locale={locale} products={products} emptyText={m.cooperative.noProducts} />
      </section>
    </article>
  )
}
