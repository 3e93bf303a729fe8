import { MedusaService } from "@medusajs/framework/utils"
import { LedgerEntry } from "./models/ledger-entry"
import { Payout } from "./models/payout"
import { VendorOrder } from "./models/vendor-order"
import { VendorOrderItem } from "./models/vendor-order-item"

/** Cooperatives' parts of orders, what the centre owes them, and what it paid. */
class LedgerModuleService extends MedusaService({ VendorOrder, VendorOrderItem, LedgerEntry, Payout }) {}

export default LedgerModuleService
