import { defineLink } from "@medusajs/framework/utils"
import LedgerModule from "../modules/ledger"
import VendorModule from "../modules/vendor"

// A child order belongs to one cooperative; read-only, so `vendor_order.vendor.*` works in query.graph
// without pivot rows the split would have to write and undo.
export default defineLink(
  { linkable: LedgerModule.linkable.vendorOrder, field: "vendor_id" },
  VendorModule.linkable.vendor,
  { readOnly: true }
)
