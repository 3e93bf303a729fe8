import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type UpsertTranslationsStepInput = {
  reference: string
  reference_id: string
  /** per locale, the translated fields; a field set to null is no longer translated in that locale */
  locales: Record<string, Record<string, string | null>>
}[]

type Previous = { created: string[]; updated: { id: string; translations: Record<string, unknown> }[] }

export const upsertTranslationsStepId = "upsert-translations"

/** Creates or merges Translation Module rows (one per entity and locale), undoing both on failure. */
export const upsertTranslationsStep = createStep(
  upsertTranslationsStepId,
  async (input: UpsertTranslationsStepInput, { container }) => {
    const service = container.resolve(Modules.TRANSLATION)
    const previous: Previous = { created: [], updated: [] }
    for (const row of input) {
      const existing = await service.listTranslations({
        reference: row.reference,
        reference_id: row.reference_id,
      })
      for (const [locale_code, fields] of Object.entries(row.locales)) {
        if (!Object.keys(fields).length) {
          continue
        }
        const current = existing.find((translation) => translation.locale_code === locale_code)
        if (current) {
          const merged: Record<string, unknown> = { ...(current.translations ?? {}) }
          for (const [field, text] of Object.entries(fields)) {
            // an update merges into the stored JSON, so a key left out would keep its old text; an empty
            // string is what Medusa's applyTranslations reads as "not translated" (the base text shows)
            merged[field] = text === null ? "" : text
          }
          previous.updated.push({ id: current.id, translations: { ...(current.translations ?? {}) } })
          await service.updateTranslations({ id: current.id, translations: merged })
        } else {
          const translations = Object.fromEntries(Object.entries(fields).filter(([, text]) => text !== null))
          if (!Object.keys(translations).length) {
            continue
          }
          const created = await service.createTranslations({
            reference: row.reference,
            reference_id: row.reference_id,
            locale_code,
            translations,
          })
          previous.created.push(created.id)
        }
      }
    }
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service = container.resolve(Modules.TRANSLATION)
    if (previous.created.length) {
      await service.deleteTranslations(previous.created)
    }
    for (const row of previous.updated) {
      await service.updateTranslations({ id: row.id, translations: row.translations })
    }
  }
)
