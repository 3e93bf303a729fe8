import type { Locale } from "@/lib/constants"
import { format, plural } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import { leadTimeDays } from "@/lib/shop/made-to-order"
import { MAX_QUANTITY } from "@/lib/shop/quantity"
import type { StoreProductReviews } from "@/lib/types/custom-routes"
import type { StoreProduct, StoreVariant } from "@/lib/types/store"
import { formatMoney } from "@/lib/util/money"
import { localePath, paths } from "@/lib/util/paths"
import {
  choosableOptions,
  initialVariant,
  LOW_STOCK_THRESHOLD,
  stockLevel,
  toChoice,
} from "@/lib/util/variants"
import FavouriteButton from "@/modules/favourites/components/favourite-button"
import CooperativeCard from "@/modules/cooperatives/components/cooperative-card"
import ProductDetails from "@/modules/products/components/product-details"
import ProductGallery from "@/modules/products/components/product-gallery"
import ProductJsonLd from "@/modules/products/components/product-json-ld"
import ProductReviews from "@/modules/products/components/product-reviews"
import VariantPicker, { type PickerVariant } from "@/modules/products/components/variant-picker"

type Props = {
  locale: Locale
  product: StoreProduct
  /** its published reviews, or null when they could not be read */
  reviews: StoreProductReviews | null
  /** the page's absolute URL, for the structured data */
  pageUrl: string
  requestedVariantId?: string
}

function galleryImages(product: StoreProduct): string[] {
  const urls = (product.images ?? []).map((image) => image.url).filter(Boolean)
  if (urls.length === 0 && product.thumbnail) {
    urls.push(product.thumbnail)
  }
  return [...new Set(urls)]
}

function stockText(locale: Locale, variant: StoreVariant): string {
  const m = getMessages(locale)
  const { inStock, quantity } = stockLevel(variant)
  if (!inStock) {
    return m.product.outOfStock
  }
  if (quantity !== null && quantity <= LOW_STOCK_THRESHOLD) {
    return plural(locale, quantity, m.product.lowStock)
  }
  return m.product.inStock
}

/** How many of a variant one cart may take: its stock when counted, never more than the cart's cap. */
function maxQuantity(variant: StoreVariant): number {
  const { quantity } = stockLevel(variant)
  return quantity === null ? MAX_QUANTITY : Math.min(quantity, MAX_QUANTITY)
}

export default function ProductTemplate({ locale, product, reviews, pageUrl, requestedVariantId }: Props) {
  const m = getMessages(locale)
  const { options, optionIdByValueId } = choosableOptions(product)
  const variants: PickerVariant[] = (product.variants ?? []).map((variant) => {
    const price = variant.calculated_price
    return {
      ...toChoice(variant, optionIdByValueId),
      price:
        typeof price?.calculated_amount === "number" && price.currency_code
          ? formatMoney(price.calculated_amount, price.currency_code, locale)
          : m.product.priceUnavailable,
      stockText: stockText(locale, variant),
      maxQuantity: maxQuantity(variant),
    }
  })
  const initial = initialVariant(variants, requestedVariantId)
  const madeInDays = leadTimeDays(product.metadata)
  const images = galleryImages(product)

  return (
    <article className="product">
      <ProductJsonLd
        name={product.title}
        description={product.subtitle || product.description}
        images={images}
        url={pageUrl}
        brand={product.vendor?.name}
        reviews={reviews}
      />
      <ProductGallery locale={locale} title={product.title} images={images} />
      <div className="product__summary">
        <h1 className="product__title" data-testid="product-title">
          {product.title}
        </h1>
        {product.subtitle && <p className="product__subtitle">{product.subtitle}</p>}
        <FavouriteButton productId={product.id} label={m.favourites.favourite} showLabel />
        {product.metadata?.one_of_a_kind && <p className="badge">{m.product.oneOfAKind}</p>}
        {madeInDays ? (
          <p className="product__lead-time" data-testid="product-lead-time">
            {format(m.product.madeToOrder, { days: madeInDays })}
          </p>
        ) : null}
        {initial ? (
          <VariantPicker
            options={options}
            variants={variants}
            initialVariantId={initial.id}
            buy={{
              locale,
              cartHref: localePath(locale, paths.cart()),
              labels: {
                add: m.cart.add,
                adding: m.cart.adding,
                added: m.cart.added,
                viewCart: m.cart.viewCart,
                quantity: m.cart.quantity,
                outOfStock: m.product.outOfStock,
                errors: m.shopErrors,
              },
            }}
          />
        ) : (
          <p className="stock-status" data-testid="stock-status" data-in-stock="false">
            {m.product.outOfStock}
          </p>
        )}
        {product.vendor && <CooperativeCard locale={locale} vendor={product.vendor} />}
      </div>
      <div className="product__more">
        {product.description && <div className="prose">{product.description}</div>}
        <ProductDetails locale={locale} product={product} />
      </div>
      <ProductReviews locale={locale} reviews={reviews} />
    </article>
  )
}
