import type { CheckoutCartResponse } from "@bazaar/contracts"
import Link from "next/link"
import {
  placeOrder,
  saveCheckoutAddress,
  saveCheckoutShipping,
  startCardPayment,
} from "@/lib/actions/checkout"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import { getMessages } from "@/lib/i18n/messages"
import { addressDefaults, addressSummary, countryOptions, townOptions } from "@/lib/shop/address-view"
import { CHECKOUT_STEPS, type CheckoutProgress, type CheckoutStep } from "@/lib/shop/checkout-steps"
import { isStandPickup, shippingOptionLabel } from "@/lib/shop/shipping-options"
import type { VendorShippingOption } from "@/lib/types/custom-routes"
import type { StoreCustomer } from "@/lib/types/store"
import { formatMoney } from "@/lib/util/money"
import { checkoutPath, localePath, paths } from "@/lib/util/paths"
import AddressForm from "@/modules/checkout/components/address-form"
import PaymentForm from "@/modules/checkout/components/payment-form"
import ShippingForm from "@/modules/checkout/components/shipping-form"

type Props = {
  locale: Locale
  /** The cart with its parcels (one per cooperative) and their delivery options. */
  checkout: CheckoutCartResponse
  customer?: StoreCustomer
  step: CheckoutStep
  progress: CheckoutProgress
  cardKey?: string
  /** Back from a card payment confirmed on another page (3-D Secure) that did not go through. */
  cardFailed?: boolean
}

/** Address, then a delivery per cooperative, then payment and review: one page, one open step. */
export default function CheckoutTemplate({
  locale,
  checkout,
  customer,
  step,
  progress,
  cardKey,
  cardFailed,
}: Props) {
  const m = getMessages(locale)
  const c = m.checkout
  const { cart, vendors: groups } = checkout
  // the parcels a cooperative delivers (lines of a product gone since have none to choose)
  const shipping = groups.flatMap(({ vendor, ...group }) => (vendor ? [{ ...group, vendor }] : []))
  const chosenOption = (group: (typeof shipping)[number]) =>
    group.shipping_options.find((option) => option.id === group.selected_shipping_option_id)
  const optionLabel = (option: VendorShippingOption) => shippingOptionLabel(locale, option, c)
  const currency = cart.currency_code
  const money = (amount: number | null | undefined) => formatMoney(amount ?? 0, currency, locale)
  const done: Record<CheckoutStep, boolean> = {
    address: progress.address,
    shipping: progress.shipping,
    payment: false,
  }
  const address = cart.shipping_address
  const savedAddresses = (customer?.addresses ?? []).filter((saved) => saved.id)
  const starting = address?.address_1 ? address : savedAddresses[0]

  return (
    <div className="checkout">
      <ol className="checkout-steps" aria-label={c.stepsLabel}>
        {CHECKOUT_STEPS.map((name, index) => (
          <li
            key={name}
            aria-current={name === step ? "step" : undefined}
            data-done={done[name] ? "true" : undefined}
          >
            <span className="checkout-steps__number">{index + 1}</span> {c.steps[name]}
          </li>
        ))}
      </ol>

      <section className="checkout-step" aria-labelledby="step-address">
        <h2 id="step-address">{c.address}</h2>
        {step === "address" ? (
          <>
            {!customer && (
              <p>
                <Link
                  href={`${localePath(locale, paths.account())}?next=checkout`}
                  data-testid="checkout-sign-in"
                >
                  {c.haveAccount}
                </Link>
              </p>
            )}
            <AddressForm
              locale={locale}
              action={saveCheckoutAddress}
              testId="address-form"
              labels={{ ...c, submit: c.continue }}
              errors={m.shopErrors}
              countries={countryOptions(
                (cart.region?.countries ?? []).map((country) => country.iso_2),
                intlLocale(locale)
              )}
              towns={townOptions(locale, intlLocale(locale))}
              defaults={{ ...addressDefaults(starting, locale), email: cart.email }}
              customerEmail={customer ? customer.email : undefined}
              saved={savedAddresses.map((saved) => ({
                id: saved.id!,
                summary: addressSummary(saved),
                defaults: addressDefaults(saved, locale),
              }))}
              offerSave={Boolean(customer)}
            />
          </>
        ) : (
          <div className="checkout-step__summary">
            <p data-testid="address-summary">
              {cart.email}
              <br />
              {address && addressSummary(address)}
              {address?.phone ? ` · ${address.phone}` : ""}
            </p>
            <Link href={checkoutPath(locale, "address")}>{c.edit}</Link>
          </div>
        )}
      </section>

      <section className="checkout-step" aria-labelledby="step-shipping">
        <h2 id="step-shipping">{c.shipping}</h2>
        {step === "shipping" ? (
          <ShippingForm
            locale={locale}
            action={saveCheckoutShipping}
            labels={{
              intro: c.shippingIntro,
              noShipping: c.noShipping,
              submit: c.continue,
              saving: c.saving,
            }}
            errors={m.shopErrors}
            groups={shipping.map((group) => ({
              vendorId: group.vendor.id,
              title: format(c.shippingFor, { cooperative: group.vendor.name }),
              items: group.items
                .map((item) => `${item.product_title ?? item.title} × ${item.quantity}`)
                .join(", "),
              selectedId: group.selected_shipping_option_id,
              options: group.shipping_options.map((option) => ({
                id: option.id,
                type: option.type?.code,
                ...optionLabel(option),
                price: option.amount ? money(option.amount) : c.free,
              })),
            }))}
          />
        ) : progress.shipping ? (
          <div className="checkout-step__summary">
            <ul className="plain-list" data-testid="shipping-summary">
              {shipping.map((group) => {
                const option = chosenOption(group)
                return (
                  <li key={group.vendor.id}>
                    {group.vendor.name} : {option ? optionLabel(option).label : ""}
                  </li>
                )
              })}
            </ul>
            <Link href={checkoutPath(locale, "shipping")}>{c.edit}</Link>
          </div>
        ) : null}
      </section>

      <section className="checkout-step" aria-labelledby="step-payment">
        <h2 id="step-payment">{c.payment}</h2>
        {step === "payment" && (
          <>
            <div className="checkout-review" data-testid="checkout-review">
              <h3>{c.review}</h3>
              {groups.map((group) => (
                <div key={group.vendor?.id ?? "other"} className="checkout-review__group">
                  <p className="checkout-review__vendor">
                    {group.vendor
                      ? format(m.cart.cooperativeParcel, { cooperative: group.vendor.name })
                      : m.cart.unknownCooperative}
                  </p>
                  <ul className="plain-list">
                    {group.items.map((item) => (
                      <li key={item.id} className="summary-row">
                        <span>
                          {item.product_title ?? item.title} × {item.quantity}
                          {item.lead_time_days ? (
                            <span className="summary-row__note" data-testid="checkout-made-to-order">
                              {format(m.product.madeToOrder, { days: item.lead_time_days })}
                            </span>
                          ) : null}
                        </span>
                        <span>{money(item.subtotal ?? item.total)}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
              <dl className="totals">
                <div>
                  <dt>{c.itemsTotal}</dt>
                  <dd>{money(cart.item_total)}</dd>
                </div>
                <div>
                  <dt>{c.shippingTotal}</dt>
                  <dd data-testid="shipping-total">
                    {cart.shipping_total ? money(cart.shipping_total) : c.free}
                  </dd>
                </div>
                {cart.tax_total ? (
                  <div>
                    <dt>{c.taxTotal}</dt>
                    <dd>{money(cart.tax_total)}</dd>
                  </div>
                ) : null}
                <div className="totals__grand">
                  <dt>{c.total}</dt>
                  <dd data-testid="checkout-total">{money(cart.total)}</dd>
                </div>
              </dl>
            </div>
            {shipping.some((group) => isStandPickup(chosenOption(group))) ? (
              // cash on delivery stays the choice: for a parcel collected at a stand, she pays there
              <p className="muted" data-testid="stand-pickup-payment">
                {c.standPickupPayment}
              </p>
            ) : null}
            <PaymentForm
              locale={locale}
              placeOrder={placeOrder}
              startCardPayment={startCardPayment}
              stripeKey={cardKey}
              cardFailed={cardFailed}
              defaultMethod={address?.country_code === "ma" ? "cod" : "card"}
              labels={{ ...c, payAndOrder: format(c.payAndOrder, { amount: money(cart.total) }) }}
              errors={m.shopErrors}
            />
          </>
        )}
      </section>
    </div>
  )
}
