import type { HttpTypes, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import { STAND_PICKUP_OPTION_CODE, type StandPickupPlace } from "@bazaar/contracts"
import { openPickupStands } from "../../../lib/stand-pickup/open-pickup-stands"
import {
  groupShippingOptionsByVendor,
  type CartVendorLine,
  type ListedShippingOption,
  type VendorShippingGroup,
} from "./group-shipping-options-by-vendor"
import { withStandPickups } from "./with-stand-pickups"

/** A shipping option as Medusa lists it for a cart; HttpTypes leaves out `is_tax_inclusive`, which it adds. */
export type CartShippingOption = HttpTypes.StoreCartShippingOptionWithServiceZone & {
  is_tax_inclusive: boolean
  /** for pick-up at the stand: the stand open for pick-up and its bazaar (`withStandPickups`) */
  stand_pickup?: StandPickupPlace
}

/** What the grouping reads of a cart, in the same `query.graph` as the rest of the cart. */
export const CART_VENDOR_FIELDS = [
  "id",
  "items.id",
  "items.product_id",
  "items.product.id",
  "items.product.shipping_profile.id",
  "items.product.vendor.id",
  "items.product.vendor.handle",
  "items.product.vendor.name",
  "items.product.vendor.stock_locations.id",
  "shipping_methods.shipping_option_id",
]

type VendorOfLine = {
  id: string
  handle: string
  name: string
  stock_locations?: ({ id: string } | null)[] | null
}

/** A cart as read with CART_VENDOR_FIELDS. */
export type CartWithVendors = {
  id: string
  items?:
    | ({
        id: string
        product?: { shipping_profile?: { id: string } | null; vendor?: VendorOfLine | null } | null
      } | null)[]
    | null
  shipping_methods?: ({ shipping_option_id?: string | null } | null)[] | null
}

/** The cart's lines whose product has a cooperative, with what decides who ships them. */
export function cartVendorLines(cart: CartWithVendors): CartVendorLine[] {
  return (cart.items ?? []).flatMap((item) => {
    const vendor = item?.product?.vendor
    if (!item || !vendor) {
      return []
    }
    return [
      {
        item_id: item.id,
        vendor: { id: vendor.id, handle: vendor.handle, name: vendor.name },
        shipping_profile_id: item.product?.shipping_profile?.id ?? null,
        location_ids: (vendor.stock_locations ?? []).flatMap((location) => (location ? [location.id] : [])),
      },
    ]
  })
}

/**
 * The shipping options Medusa lists and prices for a cart already read, per cooperative in it; pick-up
 * at the stand only for the cooperatives with a stand open for pick-up, named in `locale`.
 */
export async function vendorShippingGroupsOfCart(
  scope: MedusaContainer,
  cart: CartWithVendors,
  locale?: string
): Promise<VendorShippingGroup<CartShippingOption>[]> {
  const lines = cartVendorLines(cart)
  const [{ result: options }, places]: [{ result: CartShippingOption[] }, Map<string, StandPickupPlace>] =
    await Promise.all([
      listShippingOptionsForCartWorkflow(scope).run({ input: { cart_id: cart.id, is_return: false } }),
      openPickupStands(
        scope,
        lines.map((line) => line.vendor.id),
        { locale }
      ),
    ])
  const selected = (cart.shipping_methods ?? [])
    .map((method) => method?.shipping_option_id)
    .filter((id): id is string => !!id)
  return withStandPickups(groupShippingOptionsByVendor(lines, options, selected), places)
}

async function cartWithVendors(scope: MedusaContainer, cartId: string): Promise<CartWithVendors> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: CART_VENDOR_FIELDS,
    filters: { id: cartId },
  })
  const cart = carts[0] as CartWithVendors | undefined
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  }
  return cart
}

/** What checking a choice of delivery (`checkVendorShippingChoice`) reads. */
export type VendorShippingChoice = {
  groups: VendorShippingGroup[]
  /** the cooperatives whose stand is open for pick-up, among those picked up at their stand */
  open_pickup_vendor_ids: Set<string>
}

/**
 * The cart's cooperatives, each with those of the given options it ships: what checking a choice
 * (`checkVendorShippingChoice`) needs, read in two queries instead of listing and pricing every option
 * of the cart (and a third when one is pick-up at a stand). Whether a chosen option suits the address
 * and has a price, Medusa checks when it adds the shipping method (`addShippingMethodToCartWorkflow`).
 */
export async function vendorShippingGroupsOfChoice(
  scope: MedusaContainer,
  cartId: string,
  optionIds: string[]
): Promise<VendorShippingChoice> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [cart, { data: options }] = await Promise.all([
    cartWithVendors(scope, cartId),
    query.graph({
      entity: "shipping_option",
      fields: ["id", "shipping_profile_id", "service_zone.fulfillment_set.location.id", "type.code"],
      filters: { id: [...new Set(optionIds)] },
    }),
  ])
  const groups = groupShippingOptionsByVendor(cartVendorLines(cart), options as ListedShippingOption[], [])
  const pickupVendorIds = groups
    .filter((group) =>
      group.shipping_options.some((option) => option.type?.code === STAND_PICKUP_OPTION_CODE)
    )
    .map((group) => group.vendor.id)
  const places = await openPickupStands(scope, pickupVendorIds)
  return { groups, open_pickup_vendor_ids: new Set(places.keys()) }
}

/** The cart's shipping options per cooperative in it, as Medusa lists and prices them for the cart. */
export async function listVendorShippingGroups(
  scope: MedusaContainer,
  cartId: string,
  locale?: string
): Promise<VendorShippingGroup<CartShippingOption>[]> {
  return vendorShippingGroupsOfCart(scope, await cartWithVendors(scope, cartId), locale)
}
