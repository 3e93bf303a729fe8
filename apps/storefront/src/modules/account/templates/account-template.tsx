import Link from "next/link"
import { signOut } from "@/lib/actions/account"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import { getMessages } from "@/lib/i18n/messages"
import { addressDefaults, addressSummary, countryOptions, townOptions } from "@/lib/shop/address-view"
import { localePath, paths } from "@/lib/util/paths"
import type { StoreCustomer, StoreOrder } from "@/lib/types/store"
import { formatMoney } from "@/lib/util/money"
import AccountDetailsForm from "@/modules/account/components/account-details-form"
import AddressBook from "@/modules/account/components/address-book"
import ChangeEmailForm from "@/modules/account/components/change-email-form"
import ChangePasswordForm from "@/modules/account/components/change-password-form"
import DeleteAccountForm from "@/modules/account/components/delete-account-form"
import GuestOrders from "@/modules/account/components/guest-orders"

type Props = { locale: Locale; customer: StoreCustomer; orders: StoreOrder[]; countries: string[] }

/** The signed-in shopper's page: orders with each parcel's progress, her details, saved addresses, sign out. */
export default function AccountTemplate({ locale, customer, orders, countries }: Props) {
  const m = getMessages(locale)
  const a = m.account
  const dates = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium" })
  return (
    <section className="account" data-testid="account">
      <div className="account__head">
        <h1>{format(a.hello, { name: customer.first_name || customer.email })}</h1>
        <form action={signOut}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="button button--ghost button--small" data-testid="sign-out">
            {a.signOut}
          </button>
        </form>
      </div>

      <p>
        <Link href={localePath(locale, paths.favourites())} data-testid="favourites-link">
          {m.favourites.accountLink}
        </Link>
      </p>

      <h2>{a.orders}</h2>
      {orders.length === 0 ? (
        <p className="muted">{a.noOrders}</p>
      ) : (
        <ul className="plain-list account-orders">
          {orders.map((order) => (
            <li key={order.id} className="account-order" data-testid="account-order">
              <Link href={localePath(locale, paths.accountOrder(order.id))} data-testid="account-order-link">
                {format(a.orderLink, { number: order.display_id ?? order.id })}
              </Link>
              <span className="muted">
                {format(m.order.placedOn, { date: dates.format(new Date(order.created_at)) })} ·{" "}
                {formatMoney(order.total, order.currency_code, locale)}
              </span>
              <span className="account-order__parts">
                {(order.vendor_order ?? []).map((part) => (
                  <span key={part.id} className="status-badge" data-status={part.status}>
                    {part.vendor?.name} : {m.order.status[part.status]}
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}

      <GuestOrders
        locale={locale}
        labels={{
          title: a.guestOrdersTitle,
          intro: a.guestOrdersIntro,
          button: a.guestOrdersButton,
          sending: a.guestOrdersSending,
          sent: a.guestOrdersSent,
        }}
        errors={m.shopErrors}
      />

      <AccountDetailsForm
        locale={locale}
        customer={customer}
        labels={{
          title: a.detailsTitle,
          firstName: a.firstName,
          lastName: a.lastName,
          phone: a.phone,
          phoneHint: a.phoneHint,
          save: a.saveDetails,
          saving: a.savingDetails,
          saved: a.detailsSaved,
        }}
        errors={m.shopErrors}
      />

      <h2>{a.addresses}</h2>
      <AddressBook
        locale={locale}
        addresses={(customer.addresses ?? [])
          .filter((address) => address.id)
          .map((address) => ({
            id: address.id!,
            summary: addressSummary(address),
            defaults: addressDefaults(address, locale),
          }))}
        labels={{
          ...m.checkout,
          submit: a.saveAddress,
          none: a.noAddresses,
          add: a.addAddress,
          edit: a.editAddress,
          delete: a.deleteAddress,
        }}
        errors={m.shopErrors}
        countries={countryOptions(countries, intlLocale(locale))}
        towns={townOptions(locale, intlLocale(locale))}
      />

      <ChangeEmailForm
        locale={locale}
        labels={{
          title: a.emailTitle,
          current: format(a.emailCurrent, { email: customer.email }),
          email: a.newEmail,
          password: a.emailPassword,
          submit: a.changeEmail,
          sending: a.changingEmail,
          sent: a.emailLinkSent,
        }}
        errors={m.shopErrors}
      />

      <ChangePasswordForm
        locale={locale}
        labels={{
          title: a.passwordTitle,
          current: a.currentPassword,
          next: a.newPassword,
          hint: a.passwordHint,
          submit: a.changePassword,
          saving: a.changingPassword,
          saved: a.passwordChanged,
        }}
        errors={m.shopErrors}
      />

      <DeleteAccountForm
        locale={locale}
        labels={{
          title: a.deleteTitle,
          intro: a.deleteIntro,
          password: a.deletePassword,
          submit: a.deleteSubmit,
          deleting: a.deleting,
        }}
        errors={m.shopErrors}
      />
    </section>
  )
}
