/**
 * The photo pipeline (apps/backend/src/lib/images) stores each photo as WebP variants named
 * `…/photos/<stem>-<id>-<width>.webp`, at the standard widths below its own and at the largest one it
 * reaches (a photo is never enlarged); products and logos keep the url of the largest. From that one
 * url we name them all, for `srcset`. Keep PHOTO_WIDTHS in step with the backend's.
 */
export const PHOTO_WIDTHS = [320, 640, 960, 1600] as const

const VARIANT = /^(.*\/photos\/[a-z0-9-]+-[0-9a-f]{16})-(\d{2,4})\.webp$/

export type PhotoSources = {
  /** The variant for browsers without srcset: the narrowest at least `displayWidth` × 2 wide. */
  src: string
  /** `url 320w, url 640w, …`, or undefined for a photo uploaded before the pipeline (one file). */
  srcSet?: string
}

/** The widths a variant url says exist: the standard ones below its own, then its own. */
export function variantWidths(largest: number): number[] {
  return [...PHOTO_WIDTHS.filter((width) => width < largest), largest]
}

export function photoSources(url: string, displayWidth: number): PhotoSources {
  const match = VARIANT.exec(url)
  if (!match) {
    return { src: url }
  }
  const [, base, largestText] = match
  const widths = variantWidths(Number(largestText))
  const at = (width: number) => `${base}-${width}.webp`
  const fallback = widths.find((width) => width >= displayWidth * 2) ?? widths[widths.length - 1]
  return {
    src: at(fallback),
    srcSet: widths.map((width) => `${at(width)} ${width}w`).join(", "),
  }
}

/**
 * `sizes` for the layouts photos appear in (globals.css): the product grid (2 columns on a phone,
 * 3 from 40rem, 4 from 60rem in a 72rem page) and the product page's gallery (full width, then about
 * half the page from 60rem).
 */
export const PHOTO_SIZES = {
  card: "(min-width: 60rem) min(25vw, 18rem), (min-width: 40rem) 33vw, 50vw",
  gallery: "(min-width: 60rem) min(52vw, 38rem), 100vw",
} as const
