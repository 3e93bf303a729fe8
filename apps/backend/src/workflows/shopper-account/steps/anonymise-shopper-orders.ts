import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ADDRESS_PERSONAL_FIELDS, ANONYMISED_ADDRESS } from "../anonymised"

export const anonymiseShopperOrdersStepId = "anonymise-shopper-orders"

type AddressSnapshot = { id: string } & Record<string, unknown>
type OrderSnapshot = { id: string; email: string | null; addresses: AddressSnapshot[] }

/**
 * A deleted account's orders stay in the books (items, amounts, dates, the parts' cooperatives and
 * the town they went to) with no email, name, street or phone left on them. Undone by writing back
 * what it cleared.
 */
export const anonymiseShopperOrdersStep = createStep(
  anonymiseShopperOrdersStepId,
  async ({ customer_id }: { customer_id: string }, { container }) => {
    const orderModule = container.resolve(Modules.ORDER)
    const orders = await orderModule.listOrders(
      { customer_id },
      { select: ["id", "email"], relations: ["shipping_address", "billing_address"], take: null }
    )
    const snapshots: OrderSnapshot[] = orders.map((order) => ({
      id: order.id,
      email: order.email ?? null,
      addresses: [order.shipping_address, order.billing_address].flatMap((address) =>
        address
          ? [
              {
                id: address.id,
                ...Object.fromEntries(
                  ADDRESS_PERSONAL_FIELDS.map((field) => [field, address[field] ?? null])
                ),
              },
            ]
          : []
      ),
    }))
    if (!snapshots.length) {
      return new StepResponse([] as string[], [] as OrderSnapshot[])
    }
    // the order module's types want a text; the column takes null, which is what is left
    await orderModule.updateOrders(snapshots.map(({ id }) => ({ id, email: null as unknown as string })))
    const addresses = snapshots.flatMap((order) => order.addresses)
    if (addresses.length) {
      await orderModule.updateOrderAddresses(addresses.map(({ id }) => ({ id, ...ANONYMISED_ADDRESS })))
    }
    return new StepResponse(
      snapshots.map((order) => order.id),
      snapshots
    )
  },
  async (snapshots, { container }) => {
    if (!snapshots?.length) {
      return
    }
    const orderModule = container.resolve(Modules.ORDER)
    await orderModule.updateOrders(
      snapshots.map(({ id, email }) => ({ id, email: email as unknown as string }))
    )
    const addresses = snapshots.flatMap((order) => order.addresses)
    if (addresses.length) {
      await orderModule.updateOrderAddresses(addresses as never)
    }
  }
)
