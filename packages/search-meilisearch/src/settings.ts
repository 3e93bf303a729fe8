import type { SearchTypes } from "@medusajs/framework/types"

export type TextNormalizer = (text: string) => string

type Field = SearchTypes.SearchFieldDefinition

function flatten(fields: Record<string, Field>, prefix = ""): [string, Field][] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name
    return field.type === "object" && field.fields
      ? flatten(field.fields, path)
      : [[path, field] as [string, Field]]
  })
}

function weight(field: Field): number {
  return typeof field.searchable === "object" ? (field.searchable.weight ?? 1) : 1
}

/** Synonym groups as Meilisearch wants them: every entry maps to all the others of its group. */
export function toMeilisearchSynonyms(
  groups: string[][],
  normalize: TextNormalizer = (text) => text
): Record<string, string[]> {
  const synonyms: Record<string, Set<string>> = {}
  for (const group of groups) {
    const entries = [...new Set(group.map(normalize).filter(Boolean))]
    for (const entry of entries) {
      synonyms[entry] ??= new Set()
      entries.filter((other) => other !== entry).forEach((other) => synonyms[entry].add(other))
    }
  }
  return Object.fromEntries(Object.entries(synonyms).map(([entry, others]) => [entry, [...others]]))
}

/**
 * An index definition as Meilisearch settings: searchable attributes ordered by weight (Meilisearch
 * ranks earlier attributes higher), filterable/sortable/displayed attributes, typo tolerance and
 * the shared synonyms.
 */
export function toMeilisearchSettings(
  definition: Pick<SearchTypes.ResolvedSearchIndexDefinition, "fields" | "settings">,
  options: { synonyms?: string[][]; normalize?: TextNormalizer } = {}
) {
  const fields = flatten(definition.fields)
  const typo = definition.settings?.typo_tolerance
  const facetable = fields.filter(([, field]) => field.facetable).map(([path]) => path)
  return {
    searchableAttributes: fields
      .filter(([, field]) => field.searchable)
      .sort(([, a], [, b]) => weight(b) - weight(a))
      .map(([path]) => path),
    filterableAttributes: [
      ...new Set([...fields.filter(([, field]) => field.filterable).map(([path]) => path), ...facetable]),
    ],
    sortableAttributes: fields.filter(([, field]) => field.sortable).map(([path]) => path),
    displayedAttributes: fields
      .filter(([, field]) => field.retrievable !== false && field.type !== "vector")
      .map(([path]) => path),
    typoTolerance: {
      enabled: typo?.enabled ?? true,
      ...(typo?.min_word_size_for_one_typo || typo?.min_word_size_for_two_typos
        ? {
            minWordSizeForTypos: {
              ...(typo.min_word_size_for_one_typo ? { oneTypo: typo.min_word_size_for_one_typo } : {}),
              ...(typo.min_word_size_for_two_typos ? { twoTypos: typo.min_word_size_for_two_typos } : {}),
            },
          }
        : {}),
      ...(typo?.disabled_on_attributes?.length ? { disableOnAttributes: typo.disabled_on_attributes } : {}),
    },
    synonyms: toMeilisearchSynonyms(options.synonyms ?? [], options.normalize),
    distinctAttribute: definition.settings?.distinct_attribute ?? null,
  }
}
