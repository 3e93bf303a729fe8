import { CURRENCIES, type Currency, type Locale } from "@/lib/constants"
import { setCurrency } from "@/lib/actions/currency"
import { getMessages } from "@/lib/i18n/messages"

type Props = { locale: Locale; currency: Currency }

/** Two submit buttons posting to a server action: works before (and without) JavaScript. */
export default function CurrencySwitch({ locale, currency }: Props) {
  const m = getMessages(locale)
  const names: Record<Currency, string> = {
    mad: m.currency.madName,
    eur: m.currency.eurName,
  }
  return (
    <form action={setCurrency} className="currency-switch" data-testid="currency-switch">
      <span className="visually-hidden" id="currency-switch-label">
        {m.currency.label}
      </span>
      <div role="group" aria-labelledby="currency-switch-label" className="segmented">
        {CURRENCIES.map((code) => (
          <button
            key={code}
            type="submit"
            name="currency"
            value={code}
            title={names[code]}
            aria-pressed={code === currency}
            className="segmented__option"
          >
            {m.currency[code]}
          </button>
        ))}
      </div>
    </form>
  )
}
