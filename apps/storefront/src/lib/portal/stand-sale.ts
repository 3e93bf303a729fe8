// A stand sale as the portal keeps it on the phone until the backend has it (shared by the form,
// its queue and the server action).

export type StandSalePayment = "cash" | "card"

export type StandSaleDraft = {
  /** made once per sale on the phone, sent as `Idempotency-Key`: a sale sent twice is recorded once */
  key: string
  event_id: string
  items: { variant_id: string; quantity: number; label: string; unit_price: number }[]
  payment: StandSalePayment
  buyer_phone: string
  /** when she tapped "record", for the order of the queue */
  at: number
}

/** What recording a sale answered: recorded, refused for a reason she can act on, or not sent yet. */
export type StandSaleOutcome =
  | { ok: true; id: string; total: number; currency_code: string }
  | { ok: false; error: "outOfStock" | "notRunning" | "notFound" | "invalidPhone" | "invalid" }
  | { ok: false; error: "sessionExpired" | "unavailable" }

/** Outcomes that leave the sale queued on the phone: trying again later can succeed. */
export function keepsQueued(outcome: StandSaleOutcome): boolean {
  return !outcome.ok && (outcome.error === "sessionExpired" || outcome.error === "unavailable")
}

/** The sale's total as the phone computes it for the screen; the backend's prices are the ones kept. */
export function draftTotal(draft: Pick<StandSaleDraft, "items">): number {
  return draft.items.reduce((sum, item) => sum + Math.round(item.unit_price * 100) * item.quantity, 0) / 100
}

/** A fresh idempotency key: a UUID where the browser has one (all of ours), else time and chance. */
export function newSaleKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `sale-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`
}
