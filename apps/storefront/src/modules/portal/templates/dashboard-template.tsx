import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { getPortalMessages } from "@/lib/portal/messages"
import { portalPath } from "@/lib/util/paths"
import { PRODUCT_STATUSES, type ProductStatus } from "@/lib/types/custom-routes"
import type { PortalSession } from "@/lib/data/portal"
import ProductStatusBadge from "@/modules/portal/components/product-status-badge"
import RichText from "@/modules/common/components/rich-text"
import StatusPanel from "@/modules/portal/components/status-panel"

type Props = {
  locale: Locale
  session: PortalSession
  counts: Record<ProductStatus, number> | null
  /** Parcels waiting to be sent; null while the cooperative is under review. */
  toShip: number | null
}

export default function DashboardTemplate({ locale, session, counts, toShip }: Props) {
  const m = getPortalMessages(locale)
  const { member, vendor } = session
  const approved = vendor.status === "approved"
  return (
    <>
      <h1>
        <RichText template={m.dashboard.hello} values={{ name: member.first_name || vendor.name }} />
      </h1>
      <StatusPanel vendor={vendor} m={m.status} />
      {approved ? (
        <p>
          <Link
            href={portalPath(locale, "/products/new")}
            className="button button--wide"
            data-testid="dashboard-add-product"
          >
            + {m.dashboard.addProduct}
          </Link>
        </p>
      ) : null}
      {toShip !== null ? (
        <section className="portal-card" aria-labelledby="dashboard-orders">
          <h2 id="dashboard-orders">{m.dashboard.ordersTitle}</h2>
          <p>
            <Link
              href={`${portalPath(locale, "/orders")}?status=pending`}
              className="status-counts__link"
              data-testid="dashboard-to-ship"
            >
              <span className="status-badge" data-status="order-pending">
                {m.orderStatus.toShip}
              </span>
              <span className="status-counts__number" data-testid="dashboard-to-ship-count">
                {toShip}
              </span>
            </Link>
          </p>
          <p>
            <Link
              href={portalPath(locale, "/orders")}
              className="button button--wide"
              data-testid="dashboard-orders"
            >
              {m.dashboard.seeOrders}
            </Link>
          </p>
          <p>
            <Link
              href={portalPath(locale, "/earnings")}
              className="button button--ghost button--wide"
              data-testid="dashboard-earnings"
            >
              {m.dashboard.seeEarnings}
            </Link>
          </p>
        </section>
      ) : null}
      {counts ? (
        <section className="portal-card" aria-labelledby="dashboard-products">
          <h2 id="dashboard-products">{m.dashboard.productsTitle}</h2>
          <ul className="status-counts">
            {PRODUCT_STATUSES.map((status) => (
              <li key={status}>
                <Link
                  href={`${portalPath(locale, "/products")}?status=${status}`}
                  className="status-counts__link"
                  data-testid={`count-${status}`}
                >
                  <ProductStatusBadge status={status} label={m.productStatus[status]} />
                  <span className="status-counts__number">{counts[status]}</span>
                </Link>
              </li>
            ))}
          </ul>
          <p>
            <Link href={portalPath(locale, "/products")} className="button button--ghost button--wide">
              {m.dashboard.seeProducts}
            </Link>
          </p>
        </section>
      ) : null}
      {(
        [
          ["/sales", "sales", m.dashboard.seeSales],
          ["/reviews", "reviews", m.dashboard.seeReviews],
          ["/members", "members", m.dashboard.seeMembers],
          ["/certificates", "certificates", m.dashboard.seeCertificates],
          ["/profile", "profile", m.dashboard.editProfile],
        ] as const
      ).map(([path, name, label]) => (
        <p key={name}>
          <Link
            href={portalPath(locale, path)}
            className="button button--ghost button--wide"
            data-testid={`dashboard-${name}`}
          >
            {label}
          </Link>
        </p>
      ))}
    </>
  )
}
