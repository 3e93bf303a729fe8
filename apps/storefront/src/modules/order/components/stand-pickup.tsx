import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import type { Messages } from "@/lib/i18n/messages"
import { EVENT_TIME_ZONE, eventDateRange } from "@/lib/shop/events"
import { groupPickupCode, partPickup } from "@/lib/shop/orders"
import type { StoreVendorOrder } from "@/lib/types/custom-routes"
import RichText from "@/modules/common/components/rich-text"

type Props = { locale: Locale; part: StoreVendorOrder; m: Messages["order"] }

/**
 * Where a part picked up at a bazaar is collected, and the code she shows there (or when she collected
 * it); nothing for a part that is delivered.
 */
export default function StandPickup({ locale, part, m }: Props) {
  const pickup = partPickup(part)
  if (!pickup) {
    return null
  }
  const { event } = pickup
  const day = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: EVENT_TIME_ZONE })
  return (
    <div className="stand-pickup" data-testid="stand-pickup">
      <p className="stand-pickup__place" data-testid="pickup-place">
        <RichText
          template={m.pickupPlace}
          values={{ stand: pickup.stand, event: event.name, address: event.address, city: event.city }}
        />
      </p>
      <p className="muted">{format(m.pickupDates, { dates: eventDateRange(locale, event) })}</p>
      {pickup.collectedAt ? (
        <p data-testid="pickup-collected">
          {format(m.pickedUpOn, { date: day.format(new Date(pickup.collectedAt)) })}
        </p>
      ) : pickup.code ? (
        <div className="stand-pickup__code">
          <p className="stand-pickup__code-label">{m.pickupCode}</p>
          {/* digits read left to right on an Arabic page too */}
          <p className="pickup-code" dir="ltr" data-testid="pickup-code" data-code={pickup.code}>
            {groupPickupCode(pickup.code)}
          </p>
          <p className="stand-pickup__hint">{m.pickupShow}</p>
        </div>
      ) : null}
    </div>
  )
}
