import type { Locale } from "@/lib/constants"
import { plural } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import type { StoreCategory, StoreProduct } from "@/lib/types/store"
import type { Pagination as PaginationState } from "@/lib/util/pagination"
import { localePath, paths } from "@/lib/util/paths"
import Pagination from "@/modules/common/components/pagination"
import ProductGrid from "@/modules/products/components/product-grid"

type Props = {
  locale: Locale
  category: StoreCategory
  products: StoreProduct[]
  count: number
  pagination: PaginationState
}

export default function CategoryTemplate({ locale, category, products, count, pagination }: Props) {
  const m = getMessages(locale)
  return (
    <section className="listing">
      <header className="listing__header">
        <h1>{category.name}</h1>
        {category.description && <p className="listing__intro">{category.description}</p>}
        <p className="listing__count">{plural(locale, count, m.category.count)}</p>
      </header>
      <ProductGrid locale={locale} products={products} emptyText={m.category.empty} eagerCount={1} />
      <Pagination
        locale={locale}
        pathname={localePath(locale, paths.category(category.handle))}
        pagination={pagination}
      />
    </section>
  )
}
