import type { BigNumberInput } from "@medusajs/framework/types"
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
