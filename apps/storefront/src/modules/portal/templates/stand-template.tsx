import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import { getPortalMessages } from "@/lib/portal/messages"
import { formatDay } from "@/lib/portal/orders"
import { productTitleIn, productTitles } from "@/lib/portal/product-title"
import type { StandSaleList, VendorProduct } from "@/lib/types/custom-routes"
import { formatMoney } from "@/lib/util/money"
import StandSaleForm, { type StandVariantChoice } from "@/modules/portal/components/stand-sale-form"

type Props = { locale: Locale; sales: StandSaleList; products: VendorProduct[] }

/** What a member can sell at the stand: every variant of the cooperative's published products, priced in dirhams. */
function choicesOf(products: VendorProduct[], locale: Locale): StandVariantChoice[] {
  return products.flatMap((product) =>
    (product.variants ?? []).flatMap((variant) => {
      const price = variant.price_mad ?? variant.prices?.find((p) => p.currency_code === "mad")?.amount
      if (price === undefined || price === null) {
        return []
      }
      const several = (product.variants ?? []).length > 1
      const title = productTitleIn(product, locale)
      return [
        {
          variant_id: variant.id,
          label: several && variant.title ? `${title} · ${variant.title}` : title,
          search_text: productTitles(product),
          sku: variant.sku ?? null,
          unit_price: price,
          stock: variant.stock ?? variant.inventory_quantity ?? null,
        },
      ]
    })
  )
}

/** The stand's till: record a sale, and the latest ones recorded. Without a stand at a running event, says so. */
export default function StandTemplate({ locale, sales, products }: Props) {
  const m = getPortalMessages(locale).stand
  const stand = sales.stands[0]
  const money = (amount: number, currency: string) => formatMoney(Number(amount), currency, locale)
  return (
    <>
      <h1>{m.title}</h1>
      {stand ? (
        <>
          <p className="portal-intro" data-testid="stand-where">
            {format(m.where, { stand: stand.stand_number, event: stand.event_name })}
          </p>
          <StandSaleForm
            locale={locale}
            m={m}
            eventId={stand.event_id}
            variants={choicesOf(products, locale)}
          />
        </>
      ) : (
        <p className="alert alert--info" data-testid="stand-none">
          {m.noStand}
        </p>
      )}
      <section className="stand-sales" aria-label={m.latest}>
        <h2>{m.latest}</h2>
        {sales.stand_sales.length === 0 ? <p className="field__hint">{m.none}</p> : null}
        <ul className="stand-sales__list">
          {sales.stand_sales.map((sale) => (
            <li key={sale.id} className="portal-card stand-sales__item" data-testid="stand-sale">
              <p>
                <strong>{money(sale.total, sale.currency_code)}</strong> · {m[sale.payment]} ·{" "}
                {formatDay(sale.created_at, intlLocale(locale))}
              </p>
              <p className="field__hint">
                {sale.lines.map((line) => `${line.quantity} × ${line.title}`).join(", ")}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
