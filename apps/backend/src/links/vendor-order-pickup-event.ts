import { defineLink } from "@medusajs/framework/utils"
import BazaarEventModule from "../modules/bazaar-event"
import LedgerModule from "../modules/ledger"

// The bazaar where a part is picked up at its cooperative's stand: `vendor_order.pickup_event.*` in
// query.graph. Read-only: the part holds the event's id, so placing an order writes no pivot rows.
export default defineLink(
  { linkable: LedgerModule.linkable.vendorOrder, field: "pickup_event_id" },
  { linkable: BazaarEventModule.linkable.bazaarEvent, alias: "pickup_event" },
  { readOnly: true }
)
