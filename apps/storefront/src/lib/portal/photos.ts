// Photo checks done before anything is sent, so a wrong file gets a clear message at once.

import { PRODUCT_LIMITS } from "@bazaar/contracts"

export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024
export const MAX_PHOTOS = PRODUCT_LIMITS.photos

type FileLike = { name: string; size: number; type: string }

/** The files a member really chose: a file input left empty still posts one nameless, empty file. */
export function chosenFiles<T extends FileLike>(entries: FormDataEntryValue[]): T[] {
  return entries.filter(
    (entry): entry is FormDataEntryValue & T =>
      typeof entry === "object" && entry !== null && "size" in entry && entry.size > 0
  ) as T[]
}

/** The error code for a set of photos, or null when they can be uploaded (`max` in all, kept ones included). */
export function checkPhotos(files: FileLike[], alreadyKept = 0, max: number = MAX_PHOTOS): string | null {
  if (files.length + alreadyKept > max) {
    return "photoCount"
  }
  if (files.some((file) => !(PHOTO_TYPES as readonly string[]).includes(file.type))) {
    return "photoType"
  }
  if (files.some((file) => file.size > MAX_PHOTO_BYTES)) {
    return "photoSize"
  }
  return null
}
