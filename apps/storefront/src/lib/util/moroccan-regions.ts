// The twelve regions of Morocco, stored under their French names as in the demo data; the shop
// catalogue's `regions` section gives each its name in the page language.
export const MOROCCAN_REGIONS = [
  "Tanger-Tétouan-Al Hoceïma",
  "Oriental",
  "Fès-Meknès",
  "Rabat-Salé-Kénitra",
  "Béni Mellal-Khénifra",
  "Casablanca-Settat",
  "Marrakech-Safi",
  "Drâa-Tafilalet",
  "Souss-Massa",
  "Guelmim-Oued Noun",
  "Laâyoune-Sakia El Hamra",
  "Dakhla-Oued Ed-Dahab",
] as const

/** Turns "Drâa-Tafilalet" or "drâa tafilalet" into "draa-tafilalet", the catalogue key of a region. */
export function regionKey(region: string): string {
  return region
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
}

/** A region's name in the page language when the catalogue knows it, else as the vendor wrote it. */
export function regionLabel(region: string, labels: Record<string, string>): string {
  return labels[regionKey(region)] ?? region
}

/** Distinct regions of a vendor list, sorted by their name in the page language. */
export function distinctRegions(
  regions: (string | null | undefined)[],
  labels: Record<string, string>,
  collator: Intl.Collator
): string[] {
  const seen = new Map<string, string>()
  for (const region of regions) {
    if (region && !seen.has(regionKey(region))) {
      seen.set(regionKey(region), region)
    }
  }
  return [...seen.values()].sort((a, b) => collator.compare(regionLabel(a, labels), regionLabel(b, labels)))
}
