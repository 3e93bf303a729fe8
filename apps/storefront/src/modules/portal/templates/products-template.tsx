import Link from "next/link"
import type { Locale } from "@/lib/constants"
import type { PortalSession } from "@/lib/data/portal"
import { getPortalMessages } from "@/lib/portal/messages"
import { portalPath } from "@/lib/util/paths"
import { PRODUCT_STATUSES, type ProductStatus, type VendorProduct } from "@/lib/types/custom-routes"
import { rejectionReason } from "@/lib/portal/product-form"
import RemoteImage from "@/modules/common/components/remote-image"
import ProductStatusBadge from "@/modules/portal/components/product-status-badge"
import RichText from "@/modules/common/components/rich-text"
import ReadOnlyBanner from "@/modules/portal/components/read-only-banner"
import { productTitleIn } from "@/lib/portal/product-title"

type Props = {
  locale: Locale
  session: PortalSession
  products: VendorProduct[]
  status?: ProductStatus
  notice?: "saved" | "submitted"
}

export default function ProductsTemplate({ locale, session, products, status, notice }: Props) {
  const m = getPortalMessages(locale)
  const approved = session.vendor.status === "approved"
  const listPath = portalPath(locale, "/products")
  return (
    <>
      <h1>{m.products.title}</h1>
      {notice === "submitted" ? (
        <p className="alert alert--ok" role="status" data-testid="product-submitted">
          {m.products.submittedNotice}
        </p>
      ) : null}
      {approved ? (
        <p>
          <Link
            href={portalPath(locale, "/products/new")}
            className="button button--wide"
            data-testid="products-add"
          >
            + {m.products.add}
          </Link>
        </p>
      ) : (
        <ReadOnlyBanner vendor={session.vendor} m={m.status} />
      )}
      <nav className="chips portal-filter" aria-label={m.products.filter}>
        <Link href={listPath} className="chip" aria-current={!status ? "page" : undefined}>
          {m.products.all}
        </Link>
        {PRODUCT_STATUSES.map((value) => (
          <Link
            key={value}
            href={`${listPath}?status=${value}`}
            className="chip"
            aria-current={status === value ? "page" : undefined}
          >
            {m.productStatus[value]}
          </Link>
        ))}
      </nav>
      {products.length === 0 ? (
        <p className="empty-state">{m.products.empty}</p>
      ) : (
        <ul className="portal-products" aria-label={m.products.listLabel}>
          {products.map((product) => {
            const reason = rejectionReason(product)
            return (
              <li
                key={product.id}
                className="portal-product"
                data-testid="portal-product-row"
                data-status={product.status}
              >
                <RemoteImage
                  src={product.thumbnail}
                  alt=""
                  width={72}
                  height={72}
                  className="portal-product__image"
                />
                <div className="portal-product__body">
                  <p className="portal-product__title" dir="auto">
                    {productTitleIn(product, locale)}
                  </p>
                  <ProductStatusBadge
                    status={product.status}
                    label={m.productStatus[product.status] ?? product.status}
                  />
                  {product.added_by_centre ? (
                    <p className="portal-product__meta" data-testid="portal-product-added-by-centre">
                      {m.products.addedByCentre}
                    </p>
                  ) : null}
                  {reason ? (
                    <p className="portal-product__reason">
                      <RichText template={m.products.rejectedReason} values={{ reason }} />
                    </p>
                  ) : null}
                </div>
                <Link
                  href={portalPath(locale, `/products/${encodeURIComponent(product.id)}`)}
                  className="button button--ghost button--small portal-product__action"
                  data-testid="portal-product-edit"
                >
                  {approved ? m.products.edit : m.products.view}
                </Link>
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}
