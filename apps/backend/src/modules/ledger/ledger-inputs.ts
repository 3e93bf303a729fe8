import type { BigNumberInput } from "@medusajs/framework/types"
import type { CASH_REMITTANCE_SOURCES } from "./models/cash-remittance"
import type { CASH_REMITTANCE_LINE_STATUSES } from "./models/cash-remittance-line"
import type { LEDGER_ENTRY_TYPES } from "./models/ledger-entry"
import type { VENDOR_ORDER_STATUSES } from "./models/vendor-order"

/** A movement of what a cooperative is owed, as workflows write it (money exact, as a BigNumber input). */
export type LedgerEntryInput = {
  vendor_id: string
  vendor_order_id?: string | null
  order_id?: string | null
  type: (typeof LEDGER_ENTRY_TYPES)[number]
  amount: BigNumberInput
  currency_code: string
  reference: string
  description?: string | null
}

/** One cooperative's part of an order with its lines, as the split writes it. */
export type VendorOrderInput = {
  order_id: string
  vendor_id: string
  display_id: number | null
  currency_code: string
  payment_provider_id: string | null
  status?: (typeof VENDOR_ORDER_STATUSES)[number]
  item_total: BigNumberInput
  shipping_total: BigNumberInput
  total: BigNumberInput
  commission_rate: BigNumberInput
  commission_amount: BigNumberInput
  vendor_amount: BigNumberInput
  shipping_method_ids: string[]
  items: {
    line_item_id: string
    product_id: string | null
    variant_id: string | null
    title: string
    variant_title: string | null
    sku: string | null
    thumbnail: string | null
    quantity: number
    unit_price: BigNumberInput
    total: BigNumberInput
  }[]
}

/** A remittance with its lines, as the remittance workflows write it. */
export type CashRemittanceInput = {
  source: (typeof CASH_REMITTANCE_SOURCES)[number]
  carrier?: string | null
  reference: string
  digest?: string | null
  received_at: Date
  currency_code: string
  total: BigNumberInput
  fees: BigNumberInput
  recorded_by?: string | null
  note?: string | null
  lines: {
    vendor_order_id: string | null
    vendor_id: string | null
    tracking_number: string | null
    line_number: number | null
    amount: BigNumberInput
    fees: BigNumberInput
    match_status: (typeof CASH_REMITTANCE_LINE_STATUSES)[number]
  }[]
}
