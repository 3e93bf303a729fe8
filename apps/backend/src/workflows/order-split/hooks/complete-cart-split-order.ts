import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { splitOrderWorkflow } from "../workflows/split-order"
import { ensureOneOrderPerCart } from "./ensure-one-order-per-cart"

// Inside cart completion, after the order is created and the payment authorized: if the split fails,
// Medusa compensates the whole completion (order deleted, reservations and payment released).
// `orderCreated` is a documented hook, but the workflow's type only lists `validate`
type OrderCreatedHook = (
  invoke: (
    input: { order_id: string; cart_id: string },
    context: { container: MedusaContainer }
  ) => Promise<StepResponse<string[], string[]>>,
  compensate: (ids: string[] | undefined, context: { container: MedusaContainer }) => Promise<void>
) => void
const orderCreated = (completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook })
  .orderCreated

orderCreated(
  async ({ order_id, cart_id }, { container }) => {
    await ensureOneOrderPerCart(container, cart_id, order_id)
    const { result } = await splitOrderWorkflow(container).run({ input: { order_id } })
    return new StepResponse(result, result)
  },
  async (vendorOrderIds, { container }) => {
    if (!vendorOrderIds?.length) {
      return
    }
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    await ledger.deleteVendorOrders(vendorOrderIds)
  }
)
