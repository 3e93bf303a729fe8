import { isPhone, type FieldErrors } from "@/lib/forms/form"

/** What a shopper changes of her account: her name and phone (`POST /store/customers/me` takes no more). */
export type AccountDetailsBody = { first_name: string; last_name: string; phone: string | null }

export type AccountDetailsResult =
  { ok: true; body: AccountDetailsBody } | { ok: false; fieldErrors: FieldErrors }

/** Checks the "my details" form: both names given, a phone that looks like one or none. */
export function parseAccountDetails(read: (name: string) => string | undefined): AccountDetailsResult {
  const first_name = read("first_name")?.trim() ?? ""
  const last_name = read("last_name")?.trim() ?? ""
  const phone = read("phone")?.trim() ?? ""
  const fieldErrors: FieldErrors = {
    ...(!first_name && { first_name: "required" }),
    ...(!last_name && { last_name: "required" }),
    ...(phone && !isPhone(phone) && { phone: "phone" }),
  }
  if (Object.keys(fieldErrors).length) {
    return { ok: false, fieldErrors }
  }
  return { ok: true, body: { first_name, last_name, phone: phone || null } }
}
