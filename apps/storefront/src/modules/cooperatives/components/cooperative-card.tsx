import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import type { StoreProductVendor } from "@/lib/types/custom-routes"
import { localePath, paths } from "@/lib/util/paths"
import { regionLabel } from "@/lib/util/moroccan-regions"
import RemoteImage from "@/modules/common/components/remote-image"

type Props = { locale: Locale; vendor: StoreProductVendor }

/** "Made by": the maker of a product, on its page; trust comes from knowing who made it. */
export default function CooperativeCard({ locale, vendor }: Props) {
  const m = getMessages(locale)
  const region = vendor.region ? regionLabel(vendor.region, m.regions) : ""
  const place =
    vendor.city && region ? format(m.cooperative.place, { city: vendor.city, region }) : vendor.city || region
  return (
    <section className="cooperative-card" data-testid="cooperative-card">
      <p className="cooperative-card__eyebrow">{m.product.madeBy}</p>
      <div className="cooperative-card__head">
        <RemoteImage src={vendor.logo_url} alt="" width={56} height={56} className="cooperative-card__logo" />
        <div>
          <h2 className="cooperative-card__name">{vendor.name}</h2>
          {place && <p className="cooperative-card__place">{place}</p>}
        </div>
      </div>
      {vendor.tagline && <p className="cooperative-card__tagline">{vendor.tagline}</p>}
      <Link
        href={localePath(locale, paths.cooperative(vendor.handle))}
        className="button button--ghost"
        data-testid="cooperative-link"
      >
        {m.product.visitCooperative}
      </Link>
    </section>
  )
}
