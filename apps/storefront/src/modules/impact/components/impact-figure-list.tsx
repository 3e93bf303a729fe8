import type { Locale } from "@/lib/constants"
import { plural, type PluralForms } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"

/** One figure: its number set large, then what it counts ("46" "femmes membres"). */
export type Figure = { value: number | string; label: PluralForms | string; testId?: string }

/** A row of figures, each its words and number (shown number first), as a description list. */
export default function ImpactFigureList({ locale, figures }: { locale: Locale; figures: Figure[] }) {
  const numbers = new Intl.NumberFormat(intlLocale(locale))
  return (
    <dl className="impact-figures">
      {figures.map((figure, index) => {
        const count = typeof figure.value === "number" ? figure.value : 0
        const label = typeof figure.label === "string" ? figure.label : plural(locale, count, figure.label)
        return (
          <div className="impact-figure" key={index} data-testid={figure.testId}>
            <dt className="impact-figure__label">{label}</dt>
            <dd className="impact-figure__value">
              {typeof figure.value === "number" ? numbers.format(figure.value) : figure.value}
            </dd>
          </div>
        )
      })}
    </dl>
  )
}
