import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { vendorOfShippingOption } from "../../lib/shipping/vendor-of-shipping-option"
import {
  commissionOnLines,
  commissionRateInForce,
  DEFAULT_COMMISSION_RATE,
  type CommissionRateRow,
} from "../commission/commission-rates"

export { DEFAULT_COMMISSION_RATE }

export type SplitOrder = {
  id: string
  /** when the order was placed: the commission rates in force then apply */
  created_at?: Date | string
  total?: BigNumberInput
  display_id?: number | null
  currency_code: string
  items: {
    id: string
    product_id?: string | null
    variant_id?: string | null
    title: string
    product_title?: string | null
    variant_title?: string | null
    variant_sku?: string | null
    thumbnail?: string | null
    quantity: BigNumberInput
    unit_price: BigNumberInput
    total: BigNumberInput
  }[]
  shipping_methods: { id: string; shipping_option_id?: string | null; total: BigNumberInput }[]
}

export type SplitContext = {
  /** product id → its cooperative and shipping profile */
  products: {
    id: string
    vendor_id: string | null
    shipping_profile_id: string | null
    category_ids?: string[]
  }[]
  shipping_options: { id: string; shipping_profile_id: string | null; location_id: string | null }[]
  vendors: {
    id: string
    /** the rate from before any history */
    commission_rate: BigNumberInput | null
    /** the rates staff set, each in force from its date, for all products or one category */
    commission_rates?: CommissionRateRow[]
    location_ids: string[]
  }[]
  payment_provider_id: string | null
}

export type VendorOrderDraft = {
  order_id: string
  vendor_id: string
  display_id: number | null
  currency_code: string
  payment_provider_id: string | null
  item_total: string
  shipping_total: string
  total: string
  commission_rate: string
  commission_amount: string
  vendor_amount: string
  shipping_method_ids: string[]
  /** set when the part is picked up at the cooperative's stand (`attachStandPickupsStep`) */
  pickup_event_id?: string | null
  pickup_stand_number?: string | null
  pickup_code?: string | null
  items: {
    line_item_id: string
    product_id: string | null
    variant_id: string | null
    title: string
    variant_title: string | null
    sku: string | null
    thumbnail: string | null
    quantity: number
    unit_price: string
    total: string
  }[]
}

/**
 * Splits a placed order into one draft per cooperative: its lines, its shipping method(s), and what
 * the sale earns it (goods − commission on goods; shipping goes to whoever ships, the cooperative).
 * Each line's commission uses the rate in force for its product when the order was placed; a part
 * whose lines had different rates records the rate they average to (commission ÷ goods).
 * Money stays in BigNumber (strings out) so nothing is summed as JS floats.
 */
export function splitOrderByVendor(order: SplitOrder, context: SplitContext): VendorOrderDraft[] {
  const productById = new Map(context.products.map((product) => [product.id, product]))
  const vendorById = new Map(context.vendors.map((vendor) => [vendor.id, vendor]))
  const optionById = new Map(context.shipping_options.map((option) => [option.id, option]))

  const itemsByVendor = new Map<string, SplitOrder["items"]>()
  for (const item of order.items) {
    const vendorId = item.product_id ? productById.get(item.product_id)?.vendor_id : null
    if (!vendorId || !vendorById.has(vendorId)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Line item ${item.id} (${item.title}) of order ${order.id} has no cooperative to fulfil it`
      )
    }
    itemsByVendor.set(vendorId, [...(itemsByVendor.get(vendorId) ?? []), item])
  }

  // the cooperatives of this order, each with the shipping profiles of its products in it
  const candidates = [...itemsByVendor.entries()].map(([vendorId, items]) => ({
    id: vendorId,
    shipping_profile_ids: items
      .map((item) => productById.get(item.product_id!)?.shipping_profile_id)
      .filter((profile): profile is string => !!profile),
    location_ids: vendorById.get(vendorId)?.location_ids ?? [],
  }))

  const methodsByVendor = new Map<string, SplitOrder["shipping_methods"]>()
  for (const method of order.shipping_methods) {
    const option = method.shipping_option_id ? optionById.get(method.shipping_option_id) : undefined
    const vendorId = option ? vendorOfShippingOption(option, candidates) : null
    if (!vendorId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Shipping method ${method.id} of order ${order.id} matches no cooperative of the order`
      )
    }
    methodsByVendor.set(vendorId, [...(methodsByVendor.get(vendorId) ?? []), method])
  }

  const drafts = [...itemsByVendor.entries()].map(([vendorId, items]) => {
    const vendor = vendorById.get(vendorId)!
    const methods = methodsByVendor.get(vendorId) ?? []
    const itemTotal = MathBN.add(...items.map((item) => item.total))
    const shippingTotal = MathBN.add(...methods.map((method) => method.total))
    const placedAt = order.created_at ?? new Date()
    const { commission, rate } = commissionOnLines(
      items.map((item) => ({
        total: item.total,
        rate: commissionRateInForce(
          vendor.commission_rates,
          productById.get(item.product_id!)?.category_ids ?? [],
          placedAt,
          vendor.commission_rate ?? DEFAULT_COMMISSION_RATE
        ),
      }))
    )
    return {
      order_id: order.id,
      vendor_id: vendorId,
      display_id: order.display_id ?? null,
      currency_code: order.currency_code,
      payment_provider_id: context.payment_provider_id,
      item_total: itemTotal.toString(),
      shipping_total: shippingTotal.toString(),
      total: MathBN.add(itemTotal, shippingTotal).toString(),
      commission_rate: rate.toString(),
      commission_amount: commission.toString(),
      vendor_amount: MathBN.sub(MathBN.add(itemTotal, shippingTotal), commission).toString(),
      shipping_method_ids: methods.map((method) => method.id),
      items: items.map((item) => ({
        line_item_id: item.id,
        product_id: item.product_id ?? null,
        variant_id: item.variant_id ?? null,
        title: item.product_title ?? item.title,
        variant_title: item.variant_title ?? null,
        sku: item.variant_sku ?? null,
        thumbnail: item.thumbnail ?? null,
        quantity: MathBN.convert(item.quantity).toNumber(),
        unit_price: MathBN.convert(item.unit_price).toString(),
        total: MathBN.convert(item.total).toString(),
      })),
    }
  })
  // every dirham of the order belongs to exactly one cooperative
  const splitTotal = MathBN.add(0, ...drafts.map((draft) => draft.total))
  if (order.total !== undefined && !MathBN.eq(splitTotal, order.total)) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Order ${order.id} totals ${order.total} but its parts per cooperative total ${splitTotal.toString()}`
    )
  }
  return drafts
}
