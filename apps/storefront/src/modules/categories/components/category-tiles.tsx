import Link from "next/link"
import type { Locale } from "@/lib/constants"
import type { StoreCategory } from "@/lib/types/store"
import { localePath, paths } from "@/lib/util/paths"

type Props = { locale: Locale; categories: StoreCategory[] }

/** Category tiles; each handle gets its own colour (see globals.css) instead of a heavy photo. */
export default function CategoryTiles({ locale, categories }: Props) {
  return (
    <ul className="category-tiles">
      {categories.map((category) => (
        <li key={category.id}>
          <Link
            href={localePath(locale, paths.category(category.handle))}
            className="category-tile"
            data-category={category.handle}
            data-testid="category-link"
          >
            {category.name}
          </Link>
        </li>
      ))}
    </ul>
  )
}
