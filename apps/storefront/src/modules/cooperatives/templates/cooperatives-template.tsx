import type { Locale } from "@/lib/constants"
import { plural } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import type { StoreVendor } from "@/lib/types/custom-routes"
import type { Pagination as PaginationState } from "@/lib/util/pagination"
import { localePath, paths } from "@/lib/util/paths"
import Pagination from "@/modules/common/components/pagination"
import CooperativeTile from "@/modules/cooperatives/components/cooperative-tile"
import RegionFilter from "@/modules/cooperatives/components/region-filter"

type Props = {
  locale: Locale
  vendors: StoreVendor[]
  count: number
  regions: string[]
  region?: string
  pagination: PaginationState
}

export default function CooperativesTemplate(props: Props) {
  const { locale, vendors, count, regions, region, pagination } = props
  const m = getMessages(locale)
  return (
    <section className="listing">
      <header className="listing__header">
        <h1>{m.cooperatives.title}</h1>
        <p className="listing__intro">{m.cooperatives.intro}</p>
      </header>
      <RegionFilter locale={locale} regions={regions} current={region} />
      <p className="listing__count">{plural(locale, count, m.cooperatives.count)}</p>
      {vendors.length === 0 ? (
        <p className="empty-state">{m.cooperatives.empty}</p>
      ) : (
        <ul className="cooperative-list">
          {vendors.map((vendor) => (
            <li key={vendor.id}>
              <CooperativeTile locale={locale} vendor={vendor} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        locale={locale}
        pathname={localePath(locale, paths.cooperatives())}
        pagination={pagination}
        params={{ region }}
      />
    </section>
  )
}
