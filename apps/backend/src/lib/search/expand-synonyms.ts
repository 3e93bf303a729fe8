import { normalizeSearchText } from "./normalize-search-text"

export type SynonymGroups = string[][]

/** The synonym groups, normalised the way documents and queries are, with single words and phrases apart. */
export function normalizeSynonymGroups(groups: SynonymGroups): string[][] {
  return groups
    .map((group) => [...new Set(group.map((entry) => normalizeSearchText(entry)).filter(Boolean))])
    .filter((group) => group.length > 1)
}

/**
 * The synonyms a normalised text does not contain yet but should be found by: for every group with
 * an entry present in the text (a word, or a phrase at word boundaries), the group's other entries.
 * Added to documents so that a query in any language or spelling of the group matches, whatever
 * the engine.
 */
export function synonymsFor(normalizedText: string, groups: string[][]): string[] {
  const padded = ` ${normalizedText} `
  const found = new Set<string>()
  for (const group of groups) {
    if (group.some((entry) => padded.includes(` ${entry} `))) {
      for (const entry of group) {
        if (!padded.includes(` ${entry} `)) {
          found.add(entry)
        }
      }
    }
  }
  return [...found]
}
