import type { Locale } from "@/lib/constants"
import type { StoreProduct } from "@/lib/types/store"
import ProductCard from "./product-card"

type Props = {
  locale: Locale
  products: StoreProduct[]
  emptyText: string
  /** Cards whose photo is above the fold on a phone (two per row) and should load first. */
  eagerCount?: number
}

export default function ProductGrid({ locale, products, emptyText, eagerCount = 0 }: Props) {
  if (products.length === 0) {
    return <p className="empty-state">{emptyText}</p>
  }
  return (
    <ul className="product-grid">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard locale={locale} product={product} eager={index < eagerCount} />
        </li>
      ))}
    </ul>
  )
}
