import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"
import { intlLocale } from "@/lib/i18n/locales"
import type { StoreProduct } from "@/lib/types/store"
import { localePath, paths } from "@/lib/util/paths"

type Props = { locale: Locale; product: StoreProduct }

/** Materials, technique and categories: what tells a handmade piece apart. */
export default function ProductDetails({ locale, product }: Props) {
  const m = getMessages(locale)
  const materials = product.metadata?.materials?.filter(Boolean) ?? []
  const technique = product.metadata?.technique
  const categories = product.categories ?? []
  const list = new Intl.ListFormat(intlLocale(locale), { type: "conjunction" })

  if (!product.material && materials.length === 0 && !technique && categories.length === 0) {
    return null
  }
  return (
    <section className="product-details">
      <h2>{m.product.details}</h2>
      <dl className="facts">
        {materials.length > 0 ? (
          <div>
            <dt>{m.product.materials}</dt>
            <dd>{list.format(materials)}</dd>
          </div>
        ) : (
          product.material && (
            <div>
              <dt>{m.product.material}</dt>
              <dd>{product.material}</dd>
            </div>
          )
        )}
        {technique && (
          <div>
            <dt>{m.product.technique}</dt>
            <dd>{technique}</dd>
          </div>
        )}
        {categories.length > 0 && (
          <div>
            <dt>{m.product.categories}</dt>
            <dd>
              {categories.map((category, index) => (
                <span key={category.id}>
                  {index > 0 && ", "}
                  <Link href={localePath(locale, paths.category(category.handle))}>{category.name}</Link>
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
    </section>
  )
}
