import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"
import type { StoreCategory } from "@/lib/types/store"
import { localePath, paths } from "@/lib/util/paths"

type Props = { locale: Locale; categories: StoreCategory[] }

/** The eight categories as a strip that scrolls sideways on a phone instead of wrapping. */
export default function CategoryNav({ locale, categories }: Props) {
  if (categories.length === 0) {
    return null
  }
  return (
    <nav className="category-nav" aria-label={getMessages(locale).header.categoriesNav}>
      <ul className="category-nav__list">
        {categories.map((category) => (
          <li key={category.id}>
            <Link
              href={localePath(locale, paths.category(category.handle))}
              className="category-nav__link"
              data-testid="category-link"
            >
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
