import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { exactAmount } from "./exact-amount"

/** Statuses of a part that will never be delivered: its cash is never collected, its stock is back. */
export const CLOSED_PART_STATUSES = ["canceled", "refused"]

/** The note Medusa keeps on a refund made for one part: the ledger of that part accounts for it. */
export const partRefundNote = (vendorOrderId: string) => `vendor_order:${vendorOrderId}`

/**
 * True for a refund made for one part — closed by its cooperative, or items of it returned — whose own
 * workflow wrote the ledger: it is not shared among the order's parts.
 */
export const isPartRefund = (note: string | null | undefined) =>
  !!note && (note.startsWith("vendor_order:") || note.startsWith("return_request:"))

type OrderPayments = {
  payment_collections?:
    | ({
        payments?:
          | ({
              id: string
              provider_id: string
              canceled_at?: unknown
              captures?: ({ id: string } | null)[] | null
            } | null)[]
          | null
      } | null)[]
    | null
}

/** The order's live payment (one per order here: COD or card), or null. */
export function livePayment(order: OrderPayments | undefined) {
  const payments = (order?.payment_collections ?? []).flatMap((collection) => collection?.payments ?? [])
  const payment = payments.find((candidate) => !!candidate && !candidate.canceled_at)
  if (!payment) {
    return null
  }
  return {
    id: payment.id,
    provider_id: payment.provider_id,
    captured: (payment.captures ?? []).some((capture) => !!capture),
  }
}

/**
 * Whether closing `closingId` leaves the order's cash-on-delivery payment with nothing to collect:
 * every other part is closed too and nothing was ever captured. Then the payment is cancelled; while
 * another part may still be delivered, the payment stays for it and this part's share is simply never
 * captured.
 */
export function codPaymentToCancel(
  payment: ReturnType<typeof livePayment>,
  codProviderId: string,
  parts: { id: string; status: string }[],
  closingId: string
): string | null {
  if (!payment || payment.provider_id !== codProviderId || payment.captured) {
    return null
  }
  const othersClosed = parts
    .filter((part) => part.id !== closingId)
    .every((part) => CLOSED_PART_STATUSES.includes(part.status))
  return othersClosed ? payment.id : null
}

/**
 * The entry that brings what a part credits its cooperative back to zero (a refund taken back before
 * delivery, say), or none when it credits nothing — the usual case for a part never delivered. Its
 * reference is the cancellation's, so a later cancellation of the whole order writes nothing again.
 */
export function reversalEntries(
  part: {
    id: string
    vendor_id: string
    order_id: string
    currency_code: string
    display_id?: number | null
  },
  entries: { vendor_order_id?: string | null; amount: BigNumberInput; raw_amount?: unknown }[],
  description: string
) {
  const credited = MathBN.add(
    0,
    ...entries
      .filter((entry) => entry.vendor_order_id === part.id)
      .map((entry) => exactAmount(entry.raw_amount as Record<string, unknown> | null, entry.amount))
  )
  if (MathBN.eq(credited, 0)) {
    return []
  }
  return [
    {
      vendor_id: part.vendor_id,
      vendor_order_id: part.id,
      order_id: part.order_id,
      type: "cancellation" as const,
      amount: MathBN.mult(credited, -1).toString(),
      currency_code: part.currency_code,
      reference: `cancellation:${part.id}`,
      description: `Order #${part.display_id ?? part.order_id} ${description}`,
    },
  ]
}
