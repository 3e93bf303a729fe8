import type { BigNumberInput, InferTypeOf } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import { BazaarEvent } from "./models/bazaar-event"
import { EventStand } from "./models/event-stand"
import { StandSale } from "./models/stand-sale"
import { StandSaleLine } from "./models/stand-sale-line"

/** A stand sale as workflows write it (money exact, as a BigNumber input). */
export type StandSaleInput = {
  event_id: string
  vendor_id: string
  stand_number: string
  idempotency_key: string | null
  payment: "cash" | "card"
  buyer_phone: string | null
  currency_code: string
  total: BigNumberInput
  commission_rate: BigNumberInput
  commission_amount: BigNumberInput
  vendor_amount: BigNumberInput
  /** the demo seed dates the sales of a past bazaar within its days */
  created_at?: Date
}

/** A line of a stand sale as workflows write it. */
export type StandSaleLineInput = {
  sale_id: string
  variant_id: string
  product_id: string
  title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  unit_price: BigNumberInput
  total: BigNumberInput
}

// the types Medusa infers from the models would name money as numbers; workflows pass decimal strings
type BazaarEventModels = {
  BazaarEvent: { dto: InferTypeOf<typeof BazaarEvent> }
  EventStand: { dto: InferTypeOf<typeof EventStand> }
  StandSale: { dto: InferTypeOf<typeof StandSale>; inputDto: StandSaleInput }
  StandSaleLine: { dto: InferTypeOf<typeof StandSaleLine>; inputDto: StandSaleLineInput }
}

class BazaarEventModuleService extends MedusaService<BazaarEventModels>({
  BazaarEvent,
  EventStand,
  StandSale,
  StandSaleLine,
}) {}

export default BazaarEventModuleService
