import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export type TranslationsByLocale = Record<string, Record<string, unknown>>

/** The ar/en texts of some rows, keyed by row id then locale, so editors can show every language side by side. */
export async function loadTranslations(
  container: MedusaContainer,
  reference: string,
  ids: string[]
): Promise<Map<string, TranslationsByLocale>> {
  const result = new Map<string, TranslationsByLocale>()
  if (!ids.length) {
    return result
  }
  const service = container.resolve(Modules.TRANSLATION)
  const rows = await service.listTranslations({ reference, reference_id: ids }, { take: null })
  for (const row of rows) {
    const byLocale = result.get(row.reference_id) ?? {}
    byLocale[row.locale_code] = (row.translations ?? {}) as Record<string, unknown>
    result.set(row.reference_id, byLocale)
  }
  return result
}
