// GSM 03.38 basic set and its extension: text in these fits 160 characters per SMS (153 per part of
// a longer one); a single other character (Arabic, an em dash, "ç") turns the whole SMS into UCS-2,
// 70 characters (67 per part).
const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
const GSM_EXTENDED = "^{}\\[~]|€\f"

/** Whether a text is sent in the GSM alphabet (else UCS-2). */
export function isGsm7(text: string): boolean {
  return [...text].every((char) => GSM_BASIC.includes(char) || GSM_EXTENDED.includes(char))
}

/** How many SMS a text is billed as. */
export function smsSegments(text: string): number {
  if (isGsm7(text)) {
    // characters of the extension take two places
    const length = [...text].reduce((sum, char) => sum + (GSM_EXTENDED.includes(char) ? 2 : 1), 0)
    return length <= 160 ? 1 : Math.ceil(length / 153)
  }
  // UCS-2 counts UTF-16 code units
  return text.length <= 70 ? 1 : Math.ceil(text.length / 67)
}
