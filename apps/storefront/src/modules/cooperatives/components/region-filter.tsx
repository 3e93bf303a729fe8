import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"
import { localePath, paths } from "@/lib/util/paths"
import { regionKey, regionLabel } from "@/lib/util/moroccan-regions"

type Props = { locale: Locale; regions: string[]; current?: string }

/** Regions as links ("?region="): one tap, no form, no JavaScript. */
export default function RegionFilter({ locale, regions, current }: Props) {
  const m = getMessages(locale)
  const base = localePath(locale, paths.cooperatives())
  const currentKey = current ? regionKey(current) : undefined
  return (
    <nav className="region-filter" aria-label={m.cooperatives.filterLabel}>
      <ul className="chips">
        <li>
          <Link href={base} className="chip" aria-current={currentKey ? undefined : "page"}>
            {m.cooperatives.allRegions}
          </Link>
        </li>
        {regions.map((region) => (
          <li key={region}>
            <Link
              href={`${base}?${new URLSearchParams({ region })}`}
              className="chip"
              aria-current={regionKey(region) === currentKey ? "page" : undefined}
              data-testid="region-filter-link"
            >
              {regionLabel(region, m.regions)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
