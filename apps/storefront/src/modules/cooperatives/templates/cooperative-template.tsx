import type { Locale } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"
import type { StoreVendorWithProducts } from "@/lib/types/custom-routes"
import type { StoreProduct } from "@/lib/types/store"
import CooperativeProfile from "@/modules/cooperatives/components/cooperative-profile"
import CooperativeRating from "@/modules/cooperatives/components/cooperative-rating"
import VendorStandNote from "@/modules/events/components/vendor-stand-note"
import CooperativeImpact from "@/modules/impact/components/cooperative-impact"
import ProductGrid from "@/modules/products/components/product-grid"

type Props = {
  locale: Locale
  vendor: StoreVendorWithProducts
  products: StoreProduct[]
}

export default function CooperativeTemplate({ locale, vendor, products }: Props) {
  const m = getMessages(locale)
  return (
    <article className="cooperative">
      {vendor.stand && <VendorStandNote locale={locale} stand={vendor.stand} />}
      <CooperativeProfile locale={locale} vendor={vendor} />
      {vendor.rating && <CooperativeRating locale={locale} rating={vendor.rating} />}
      {vendor.impact && <CooperativeImpact locale={locale} impact={vendor.impact} />}
      <section className="cooperative__products" aria-labelledby="cooperative-products">
        <h2 id="cooperative-products">{m.cooperative.products}</h2>
        <ProductGrid locale={locale} products={products} emptyText={m.cooperative.noProducts} />
      </section>
    </article>
  )
}
