import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import LedgerModule from "../modules/ledger"

// The shopper's (parent) order and its parts per cooperative: `order.vendor_order.*`, a list (read-only: the
// part holds the order id, so the split writes no pivot rows it would have to undo).
export default defineLink(
  { linkable: OrderModule.linkable.order, field: "id" },
  { ...LedgerModule.linkable.vendorOrder.id, primaryKey: "order_id", isList: true },
  { readOnly: true }
)
