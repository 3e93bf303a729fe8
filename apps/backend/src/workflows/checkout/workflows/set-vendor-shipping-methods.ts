import { CartWorkflowEvents, isDefined, MedusaError, PromotionActions } from "@medusajs/framework/utils"
import { createWorkflow, parallelize, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addShippingMethodToCartStep,
  emitEventStep,
  listShippingOptionsForCartWithPricingWorkflow,
  refreshPaymentCollectionForCartWorkflow,
  releaseLockStep,
  removeShippingMethodFromCartStep,
  updateCartPromotionsWorkflow,
  upsertTaxLinesWorkflow,
  useQueryGraphStep,
  validateAndReturnShippingMethodsDataStep,
  validateCartShippingOptionsPriceStep,
  validateCartShippingOptionsStep,
  validateCartStep,
} from "@medusajs/medusa/core-flows"

export const setVendorShippingMethodsWorkflowId = "set-vendor-shipping-methods"

export type SetVendorShippingMethodsWorkflowInput = { cart_id: string; option_ids: string[] }

type PricedOption = {
  id: string
  name: string
  provider_id?: string
  shipping_profile_id?: string | null
  data?: Record<string, unknown> | null
  stock_location?: Record<string, unknown> | null
  calculated_price?: { calculated_amount: number; is_calculated_price_tax_inclusive?: boolean } | null
}

type CartOfChoice = {
  id: string
  promotions?: ({ code?: string | null } | null)[] | null
  shipping_methods?: ({
    id: string
    shipping_option?: { shipping_profile_id?: string | null } | null
  } | null)[]
}

/**
 * Sets one shipping method per cooperative on a cart: Medusa's `addShippingMethodToCartWorkflow`, step
 * for step (lock, validation, pricing of the chosen options, provider data, a method replacing the
 * cart's earlier one of the same shipping profile, tax lines, promotions, payment collection, the
 * `cart.updated` event), composed once without the cart refresh that workflow ends with. That refresh
 * (`refreshCartItemsWorkflow`) reads the whole cart twice more and lists and prices the cart's shipping
 * options again to re-price methods that were priced a moment ago; the cart's lines have not changed,
 * so nothing else in it needs re-pricing. Roughly 200 queries became half as many (docs/architecture.md
 * → Checkout cost).
 */
export const setVendorShippingMethodsWorkflow = createWorkflow(
  setVendorShippingMethodsWorkflowId,
  (input: SetVendorShippingMethodsWorkflowInput) => {
    acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })

    const { data: cart } = useQueryGraphStep({
      entity: "cart",
      fields: [
        "id",
        "completed_at",
        "currency_code",
        "region_id",
        "sales_channel_id",
        "email",
        "customer_id",
        "promotions.code",
        "shipping_address.*",
        "shipping_methods.id",
        "shipping_methods.shipping_option.shipping_profile_id",
      ],
      filters: { id: input.cart_id },
      options: { isList: false, throwIfKeyNotFound: true },
    }).config({ name: "get-cart" })
    validateCartStep({ cart } as unknown as Parameters<typeof validateCartStep>[0])

    const options = transform({ input }, ({ input }) => input.option_ids.map((id) => ({ id })))
    const shippingOptions = listShippingOptionsForCartWithPricingWorkflow.runAsStep({
      input: { options, cart_id: input.cart_id, is_return: false },
    }) as unknown as PricedOption[]
    validateCartShippingOptionsStep({
      option_ids: input.option_ids,
      prefetched_shipping_options: shippingOptions,
    } as Parameters<typeof validateCartShippingOptionsStep>[0])
    validateCartShippingOptionsPriceStep({ shippingOptions } as Parameters<
      typeof validateCartShippingOptionsPriceStep
    >[0])

    const methodDataInput = transform({ input, shippingOptions, cart }, ({ input, shippingOptions, cart }) =>
      input.option_ids.map((id) => {
        const option = shippingOptions.find((candidate) => candidate.id === id)
        return {
          id,
          provider_id: option?.provider_id as string,
          option_data: option?.data ?? {},
          method_data: {},
          context: { ...cart, from_location: option?.stock_location ?? {} },
        }
      })
    )
    const methodData = validateAndReturnShippingMethodsDataStep(
      methodDataInput as unknown as Parameters<typeof validateAndReturnShippingMethodsDataStep>[0]
    )

    const methods = transform(
      { input, shippingOptions, methodData },
      ({ input, shippingOptions, methodData }) =>
        input.option_ids.map((id) => {
          const option = shippingOptions.find((candidate) => candidate.id === id)
          if (!option?.calculated_price) {
            throw new MedusaError(
              MedusaError.Types.INVALID_DATA,
              `Shipping option with ID ${id} do not have a price`
            )
          }
          const data = (
            methodData as (Record<string, Record<string, unknown>> | undefined)[] | undefined
          )?.find((entry) => entry?.[id])
          return {
            shipping_option_id: option.id,
            amount: option.calculated_price.calculated_amount,
            is_tax_inclusive: !!option.calculated_price.is_calculated_price_tax_inclusive,
            data: data?.[id] ?? {},
            name: option.name,
            cart_id: input.cart_id,
          }
        })
    )
    // a cooperative's new choice replaces its earlier one (same shipping profile), as in Medusa
    const replacedMethodIds = transform(
      { input, shippingOptions, cart },
      ({ input, shippingOptions, cart }) => {
        const profiles = new Set(
          input.option_ids
            .map((id) => shippingOptions.find((option) => option.id === id)?.shipping_profile_id)
            .filter(Boolean)
        )
        return ((cart as CartOfChoice).shipping_methods ?? [])
          .filter((method): method is NonNullable<typeof method> => !!method)
          .filter(
            (method) =>
              !method.shipping_option?.shipping_profile_id ||
              profiles.has(method.shipping_option.shipping_profile_id)
          )
          .map((method) => method.id)
      }
    )
    const [, created] = parallelize(
      removeShippingMethodFromCartStep({ shipping_method_ids: replacedMethodIds }),
      addShippingMethodToCartStep({ shipping_methods: methods })
    )

    // what `refreshCartItemsWorkflow` does after its re-pricing, each reading the cart it needs
    upsertTaxLinesWorkflow.runAsStep({
      input: { cart_id: input.cart_id, items: [], shipping_methods: created },
    } as unknown as Parameters<typeof upsertTaxLinesWorkflow.runAsStep>[0])
    const promoCodes = transform({ cart }, ({ cart }) =>
      ((cart as CartOfChoice).promotions ?? []).map((promotion) => promotion?.code).filter(isDefined)
    )
    updateCartPromotionsWorkflow.runAsStep({
      input: {
        cart_id: input.cart_id,
        promo_codes: promoCodes as unknown as string[],
        action: PromotionActions.REPLACE,
        force_refresh_payment_collection: false,
      },
    })
    refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })

    parallelize(
      emitEventStep({ eventName: CartWorkflowEvents.UPDATED, data: { id: input.cart_id } }),
      releaseLockStep({ key: input.cart_id })
    )
    return new WorkflowResponse(undefined)
  }
)
