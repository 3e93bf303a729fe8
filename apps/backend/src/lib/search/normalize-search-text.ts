// Arabic letters written several ways in shop texts and in what shoppers type: one form each.
const ARABIC_LETTERS: Record<string, string> = {
  "\u0622": "\u0627", // آ → ا
  "\u0623": "\u0627", // أ → ا
  "\u0625": "\u0627", // إ → ا
  "\u0671": "\u0627", // ٱ → ا
  "\u0624": "\u0648", // ؤ → و
  "\u0626": "\u064a", // ئ → ي
  "\u0649": "\u064a", // ى → ي
  "\u06cc": "\u064a", // ی → ي
  "\u0629": "\u0647", // ة → ه
  "\u06af": "\u0643", // گ → ك
  "\u06ad": "\u0643", // ڭ → ك (Moroccan gaf)
  "\u06a9": "\u0643", // ک → ك
}

const ARABIC_LETTER_PATTERN = new RegExp(`[${Object.keys(ARABIC_LETTERS).join("")}]`, "g")
// tashkeel, Quranic marks, superscript alef, tatweel
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g
// accents and hamza marks split off by NFKD (é → e + U+0301, أ → ا + U+0654)
const COMBINING_MARKS = /\p{M}/gu
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g
// French elision: d'argan, l'huile, qu'il
const FRENCH_ELISION = /(^|[^\p{L}])(?:qu|[dljmnstc])['’](?=\p{L})/gu
const NOT_WORD = /[^\p{L}\p{N}]+/gu
const ARABIC_ARTICLE = /^(?:وال|بال|فال|كال|ال)(?=[\u0621-\u064a]{3,})/

/**
 * Folds a text to the form both the index and the query are matched in: lower case, no Latin
 * accents, no French elisions, Arabic without tashkeel/tatweel and with one alef/hamza/yaa/taa
 * marbuta/kaf form, the article ال dropped, punctuation turned into spaces.
 */
export function normalizeSearchText(text: string | null | undefined): string {
  if (!text) {
    return ""
  }
  const folded = text
    .toLowerCase()
    // NFKD splits accents and hamza marks off their letters and undoes Arabic presentation forms
    .normalize("NFKD")
    .replace(ARABIC_MARKS, "")
    .replace(COMBINING_MARKS, "")
    .replace(ARABIC_LETTER_PATTERN, (letter) => ARABIC_LETTERS[letter])
    .replace(ARABIC_INDIC_DIGITS, (digit) => String((digit.charCodeAt(0) & 0xf) % 10))
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(FRENCH_ELISION, "$1")
  return folded
    .split(NOT_WORD)
    .filter(Boolean)
    .map((word) => word.replace(ARABIC_ARTICLE, ""))
    .join(" ")
}

/** The distinct words of a normalised text, in order of first appearance. */
export function searchWords(normalized: string): string[] {
  return [...new Set(normalized.split(" ").filter(Boolean))]
}
