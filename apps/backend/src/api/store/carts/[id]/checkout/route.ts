import type { CheckoutAddress, CheckoutCartResponse, VendorSummary } from "@bazaar/contracts"
import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { BigNumberInput } from "@medusajs/framework/types"
import { leadTimeDays } from "@bazaar/contracts"
import { applyTranslations, ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { groupCheckoutLines, type VendorLine } from "../../group-checkout-lines"
import {
  CART_VENDOR_FIELDS,
  vendorShippingGroupsOfCart,
  type CartWithVendors,
} from "../../list-vendor-shipping-groups"
import type { StoreGetCheckoutCartType } from "../../validators"
import { vendorShippingOptionView } from "../../vendor-shipping-option-view"

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
] as const

// Only what the checkout shows; the cart module adds what its totals need (tax lines, adjustments).
const CHECKOUT_CART_FIELDS = [
  ...CART_VENDOR_FIELDS,
  "email",
  "currency_code",
  "region_id",
  "customer_id",
  "completed_at",
  "metadata",
  "item_total",
  "shipping_total",
  "tax_total",
  "total",
  "region.id",
  "region.countries.iso_2",
  "region.payment_providers.id",
  ...ADDRESS_FIELDS.map((field) => `shipping_address.${field}`),
  "items.variant_id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.total",
  "items.product.title",
  // made-to-order pieces show their lead time in the review
  "items.product.metadata",
]

type Amount = BigNumberInput | null | undefined

type CheckoutCartRow = Omit<CartWithVendors, "items"> & {
  email?: string | null
  currency_code: string
  region_id?: string | null
  customer_id?: string | null
  completed_at?: Date | string | null
  metadata?: Record<string, unknown> | null
  item_total?: Amount
  shipping_total?: Amount
  tax_total?: Amount
  total?: Amount
  region?: {
    id: string
    countries?: ({ iso_2?: string | null } | null)[] | null
    payment_providers?: ({ id: string } | null)[] | null
  } | null
  shipping_address?: Partial<Record<(typeof ADDRESS_FIELDS)[number], string | null>> | null
  items?:
    | ({
        id: string
        product_id?: string | null
        variant_id?: string | null
        title: string
        product_title?: string | null
        variant_title?: string | null
        thumbnail?: string | null
        quantity: Amount
        unit_price: Amount
        subtotal?: Amount
        total?: Amount
        product?: {
          id: string
          title?: string | null
          metadata?: Record<string, unknown> | null
          shipping_profile?: { id: string } | null
          vendor?: (VendorSummary & { stock_locations?: ({ id: string } | null)[] | null }) | null
        } | null
      } | null)[]
    | null
}

const toNumber = (amount: Amount) => MathBN.convert(amount ?? 0).toNumber()

/**
 * The checkout in one trip: the cart with what the page shows, its lines grouped by the cooperative
 * that ships them with product titles in the request's language, each cooperative's delivery options
 * (once the cart has an address: options depend on where the parcels go) and the region's payment
 * providers.
 */
export async function GET(
  req: MedusaStoreRequest<unknown, StoreGetCheckoutCartType>,
  res: MedusaResponse<CheckoutCartResponse>
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: CHECKOUT_CART_FIELDS,
    filters: { id: req.params.id },
  })
  const cart = data[0] as CheckoutCartRow | undefined
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${req.params.id} was not found`)
  }
  const items = (cart.items ?? []).flatMap((item) => (item ? [item] : []))

  // one translation query for every product of the cart (a line keeps the title it was added with)
  const products = [
    ...new Map(
      items.flatMap((item) =>
        item.product ? [[item.product.id, { id: item.product.id, title: item.product.title }]] : []
      )
    ).values(),
  ]
  const [shipping] = await Promise.all([
    cart.shipping_address?.country_code ? vendorShippingGroupsOfCart(req.scope, cart, req.locale) : [],
    applyTranslations({ localeCode: req.locale, objects: products, container: req.scope }),
  ])
  const titleOf = new Map(products.map((product) => [product.id, product.title]))

  const lines: VendorLine[] = items.map((item) => {
    const vendor = item.product?.vendor
    return {
      id: item.id,
      product_id: item.product_id ?? null,
      variant_id: item.variant_id ?? null,
      title: item.title,
      product_title: (item.product && titleOf.get(item.product.id)) || item.product_title || null,
      variant_title: item.variant_title ?? null,
      thumbnail: item.thumbnail ?? null,
      quantity: toNumber(item.quantity),
      unit_price: toNumber(item.unit_price),
      subtotal: toNumber(item.subtotal),
      total: toNumber(item.total),
      lead_time_days: leadTimeDays(item.product?.metadata),
      vendor: vendor ? { id: vendor.id, handle: vendor.handle, name: vendor.name } : null,
    }
  })
  const address = cart.shipping_address

  res.json({
    cart: {
      id: cart.id,
      email: cart.email ?? null,
      currency_code: cart.currency_code,
      region_id: cart.region_id ?? null,
      customer_id: cart.customer_id ?? null,
      metadata: cart.metadata ?? null,
      completed_at: cart.completed_at ? new Date(cart.completed_at).toISOString() : null,
      region: cart.region
        ? {
            id: cart.region.id,
            countries: (cart.region.countries ?? []).flatMap((country) =>
              country?.iso_2 ? [{ iso_2: country.iso_2 }] : []
            ),
          }
        : null,
      shipping_address: address
        ? (Object.fromEntries(
            ADDRESS_FIELDS.map((field) => [field, address[field] ?? null])
          ) as CheckoutAddress)
        : null,
      item_total: toNumber(cart.item_total),
      shipping_total: toNumber(cart.shipping_total),
      tax_total: toNumber(cart.tax_total),
      total: toNumber(cart.total),
    },
    vendors: groupCheckoutLines(
      lines,
      shipping.map((group) => ({
        ...group,
        shipping_options: group.shipping_options.map(vendorShippingOptionView),
      }))
    ),
    payment_providers: (cart.region?.payment_providers ?? []).flatMap((provider) =>
      provider ? [provider.id] : []
    ),
  })
}
