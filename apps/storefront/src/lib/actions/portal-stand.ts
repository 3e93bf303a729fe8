"use server"

import { revalidatePath } from "next/cache"
import { backendFetch } from "@/lib/backend"
import { getVendorToken } from "@/lib/data/cookies"
import { IDEMPOTENCY_KEY } from "@/lib/portal/draft"
import type { StandSaleDraft, StandSaleOutcome } from "@/lib/portal/stand-sale"
import type { StandSale } from "@/lib/types/custom-routes"
import { asHttpError } from "@/lib/util/http-error"

/**
 * Records a stand sale (from the form, or from the queue of sales kept on the phone). Its key goes
 * as `Idempotency-Key`, so a sale sent again after a lost answer is recorded once.
 */
export async function recordStandSale(draft: StandSaleDraft): Promise<StandSaleOutcome> {
  const token = await getVendorToken()
  if (!token) {
    return { ok: false, error: "sessionExpired" }
  }
  if (!IDEMPOTENCY_KEY.test(draft.key)) {
    return { ok: false, error: "invalid" }
  }
  try {
    const { stand_sale } = await backendFetch<{ stand_sale: StandSale }>("/vendor/stand-sales", {
      method: "POST",
      token,
      headers: { "idempotency-key": draft.key },
      body: {
        event_id: draft.event_id,
        items: draft.items.map((item) => ({ variant_id: item.variant_id, quantity: item.quantity })),
        payment: draft.payment,
        buyer_phone: draft.buyer_phone.trim() || null,
      },
    })
    revalidatePath("/[locale]/portal/stand", "page")
    return {
      ok: true,
      id: stand_sale.id,
      total: Number(stand_sale.total),
      currency_code: stand_sale.currency_code,
    }
  } catch (error) {
    const { status, code, fields } = asHttpError(error)
    if (status === undefined || status >= 500 || code === "conflict_busy") {
      return { ok: false, error: "unavailable" }
    }
    if (status === 401) {
      return { ok: false, error: "sessionExpired" }
    }
    if (code === "out_of_stock") {
      return { ok: false, error: "outOfStock" }
    }
    if (status === 404) {
      return { ok: false, error: "notFound" }
    }
    if ((fields ?? []).some((field) => field.path.startsWith("buyer_phone"))) {
      return { ok: false, error: "invalidPhone" }
    }
    return { ok: false, error: status === 400 && code === "invalid_request" ? "notRunning" : "invalid" }
  }
}
