import type { Locale } from "@/lib/constants"
import { intlLocale } from "./locales"

/** Fills "{name}" placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match))
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & {
  other: string
}

/** Chooses the plural form for a count (Arabic has six), then fills {count}. */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  const rule = new Intl.PluralRules(intlLocale(locale)).select(count)
  // JSON catalogues may carry an explicit "zero" form even where CLDR says "other" (French, English).
  const template = (count === 0 && forms.zero) || forms[rule] || forms.other
  return format(template, {
    count: new Intl.NumberFormat(intlLocale(locale)).format(count),
  })
}
