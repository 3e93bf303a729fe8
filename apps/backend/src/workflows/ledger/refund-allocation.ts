import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { CLOSED_PART_STATUSES } from "./part-closing"

export type RefundedPart = {
  id: string
  vendor_id: string
  order_id: string
  display_id?: number | null
  currency_code: string
  status: string
  total: BigNumberInput
  vendor_amount: BigNumberInput
  cash_collected_at?: Date | string | null
}

export type RefundEntryDraft = {
  vendor_id: string
  vendor_order_id: string
  order_id: string
  type: "refund"
  amount: string
  currency_code: string
  reference: string
  description: string
}

/**
 * What a refund of `amount` on an order takes back from each cooperative. Medusa's refund names no
 * items, so it is shared among the parts the money was paid for — the parts whose cash was collected
 * (cash on delivery), else every part not canceled or refused (card, charged at once) — in proportion to each
 * part's total; the last part takes the rounding remainder so the shares add up to the refund exactly.
 * Each cooperative then gives back its share less the commission on it (the centre returns its
 * commission too): share × vendor_amount / total, half-up to the cent. One entry per refund and part,
 * referenced `refund:<refund id>:<part id>` so a replayed event writes it once.
 */
export function allocateRefund(
  refund: { id: string; amount: BigNumberInput },
  parts: RefundedPart[]
): RefundEntryDraft[] {
  const open = parts.filter((part) => !CLOSED_PART_STATUSES.includes(part.status) && MathBN.gt(part.total, 0))
  const collected = open.filter((part) => !!part.cash_collected_at)
  const pool = [...(collected.length ? collected : open)].sort((a, b) => a.id.localeCompare(b.id))
  if (!pool.length || MathBN.lte(refund.amount, 0)) {
    return []
  }
  const poolTotal = MathBN.add(0, ...pool.map((part) => part.total))
  let allocated = MathBN.convert(0)
  return pool.map((part, index) => {
    const share =
      index === pool.length - 1
        ? MathBN.sub(refund.amount, allocated)
        : MathBN.convert(MathBN.div(MathBN.mult(refund.amount, part.total), poolTotal), 2)
    allocated = MathBN.add(allocated, share)
    const owedBack = MathBN.convert(MathBN.div(MathBN.mult(share, part.vendor_amount), part.total), 2)
    return {
      vendor_id: part.vendor_id,
      vendor_order_id: part.id,
      order_id: part.order_id,
      type: "refund" as const,
      amount: MathBN.mult(owedBack, -1).toString(),
      currency_code: part.currency_code,
      reference: `refund:${refund.id}:${part.id}`,
      description: `Order #${part.display_id ?? part.order_id}: ${share.toString()} ${part.currency_code.toUpperCase()} refunded to the shopper`,
    }
  })
}
