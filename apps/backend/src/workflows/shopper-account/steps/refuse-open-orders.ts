import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@bazaar/contracts"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

export const refuseOpenOrdersStepId = "refuse-open-orders"

/**
 * An account is deleted once every parcel of its orders has arrived, been refused or been cancelled:
 * until then a cooperative still needs the address and the phone to deliver.
 */
export const refuseOpenOrdersStep = createStep(
  refuseOpenOrdersStepId,
  async ({ customer_id }: { customer_id: string }, { container }) => {
    const orders = await container
      .resolve(Modules.ORDER)
      .listOrders({ customer_id }, { select: ["id", "display_id"], take: null })
    if (!orders.length) {
      return
    }
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const open = await ledger.listVendorOrders(
      { order_id: orders.map((order) => order.id), status: ["pending", "shipped"] },
      { select: ["order_id"], take: null }
    )
    if (open.length) {
      const displayIds = [
        ...new Set(open.map((part) => orders.find((order) => order.id === part.order_id)?.display_id)),
      ]
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Your order${displayIds.length > 1 ? "s" : ""} ${displayIds.map((id) => `#${id}`).join(", ")} ` +
          `${displayIds.length > 1 ? "are" : "is"} still on the way: you can delete your account once ` +
          `${displayIds.length > 1 ? "they have" : "it has"} arrived or been cancelled`,
        ERROR_CODES.orders_in_progress
      )
    }
  }
)
