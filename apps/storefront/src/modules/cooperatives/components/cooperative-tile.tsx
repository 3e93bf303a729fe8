import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import type { StoreVendor } from "@/lib/types/custom-routes"
import { localePath, paths } from "@/lib/util/paths"
import { regionLabel } from "@/lib/util/moroccan-regions"
import RemoteImage from "@/modules/common/components/remote-image"

type Props = { locale: Locale; vendor: StoreVendor; testId?: string }

/** A cooperative in a list: the whole tile is one link to its page. */
export default function CooperativeTile({ locale, vendor, testId }: Props) {
  const m = getMessages(locale)
  return (
    <Link
      href={localePath(locale, paths.cooperative(vendor.handle))}
      className="cooperative-tile"
      data-testid={testId}
    >
      <RemoteImage src={vendor.logo_url} alt="" width={64} height={64} className="cooperative-tile__logo" />
      <span className="cooperative-tile__body">
        <span className="cooperative-tile__name">{vendor.name}</span>
        <span className="cooperative-tile__meta">
          {m.cooperative.legalForms[vendor.legal_form] ?? vendor.legal_form} ·{" "}
          {format(m.cooperative.place, {
            city: vendor.city,
            region: regionLabel(vendor.region, m.regions),
          })}
        </span>
        {vendor.tagline && <span className="cooperative-tile__tagline">{vendor.tagline}</span>}
      </span>
    </Link>
  )
}
