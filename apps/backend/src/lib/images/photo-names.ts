import { randomBytes } from "node:crypto"

/**
 * Where the photo pipeline stores its variants, under the File Module: `photos/<stem>-<id>-<width>.webp`.
 * All variants of one photo share `<stem>-<id>`, so one url names them all: the product keeps the url of
 * the largest variant and the storefront derives the smaller ones (apps/storefront/src/lib/util/photo-srcset.ts).
 */
export const PHOTO_DIR = "photos"
export const PHOTO_NAME = /^[a-z0-9-]{1,80}-[0-9a-f]{16}-\d{2,4}\.webp$/
const PHOTO_URL = /\/photos\/([a-z0-9-]{1,80}-[0-9a-f]{16})-(\d{2,4})\.webp$/

/** A new `<stem>-<id>` for a photo called `original` (readable, never a path). */
export function newPhotoBase(original: string): string {
  const stem = original
    .replace(/\.[^.]*$/, "")
    .normalize("NFD")
    // accents off ("Béni" → "beni"), not turned into separators
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
  return `${stem || "photo"}-${randomBytes(8).toString("hex")}`
}

export function photoFilename(base: string, width: number): string {
  return `${PHOTO_DIR}/${base}-${width}.webp`
}

/** True for a url the pipeline made (the photo has its variants); false for one uploaded before. */
export function isPipelinePhotoUrl(url: string): boolean {
  return PHOTO_URL.test(url)
}

/**
 * The name a browser gave a file, as it was typed. multer (busboy) reads the multipart filename as
 * Latin-1 while browsers send UTF-8, so "coupée.jpg" arrives as "coupÃ©e.jpg"; read it back as UTF-8
 * when that is what the bytes were.
 */
export function uploadedFileName(originalname: string): string {
  const utf8 = Buffer.from(originalname, "latin1").toString("utf8")
  return utf8.includes("\uFFFD") ? originalname : utf8
}
