import type { Locale } from "@/lib/constants"
import type { PortalSession } from "@/lib/data/portal"
import type { FormValues } from "@/lib/forms/form"
import { getPortalMessages } from "@/lib/portal/messages"
import { portalPath } from "@/lib/util/paths"
import type { VendorProduct } from "@/lib/types/custom-routes"
import type { StoreCategory } from "@/lib/types/store"
import { canSubmitForReview, rejectionReason } from "@/lib/portal/product-form"
import ProductDraftForm from "@/modules/portal/components/product-draft-form"
import ProductForm from "@/modules/portal/components/product-form"
import ProductStatusBadge from "@/modules/portal/components/product-status-badge"
import RichText from "@/modules/common/components/rich-text"
import ReadOnlyBanner from "@/modules/portal/components/read-only-banner"
import PortalPage from "./portal-page"

type Props = {
  locale: Locale
  session: PortalSession
  categories: StoreCategory[]
  /** The stored product when editing; none when creating. */
  product?: VendorProduct
  initialValues: FormValues
  saved?: boolean
}

export default function ProductEditTemplate({
  locale,
  session,
  categories,
  product,
  initialValues,
  saved,
}: Props) {
  const m = getPortalMessages(locale)
  const approved = session.vendor.status === "approved"
  const reason = product && rejectionReason(product)
  const categoryOptions = categories.map((category) => ({ value: category.id, label: category.name }))
  return (
    <PortalPage
      title={product ? m.productForm.editTitle : m.productForm.newTitle}
      back={{ href: portalPath(locale, "/products"), label: m.products.title }}
    >
      {saved ? (
        <p className="alert alert--ok" role="status" data-testid="product-saved">
          {m.products.savedNotice}
        </p>
      ) : null}
      {product ? (
        <div className="portal-card portal-product-head">
          <p className="portal-product__title" dir="auto">
            {product.title}
          </p>
          <p>
            {m.productForm.statusLabel}{" "}
            <ProductStatusBadge
              status={product.status}
              label={m.productStatus[product.status] ?? product.status}
            />
          </p>
          {reason ? (
            <p className="portal-product__reason">
              <RichText template={m.products.rejectedReason} values={{ reason }} />
            </p>
          ) : null}
          {product.pending_edit?.status === "pending" ? (
            <p className="alert alert--info" role="status" data-testid="product-edit-pending">
              {m.products.editPending}
            </p>
          ) : null}
          {product.pending_edit?.status === "rejected" ? (
            <p className="alert alert--error" data-testid="product-edit-rejected">
              <RichText
                template={m.products.editRejected}
                values={{ reason: product.pending_edit.reason ?? "" }}
              />
            </p>
          ) : null}
        </div>
      ) : null}
      {approved && product ? (
        <ProductForm
          locale={locale}
          m={{ productForm: m.productForm, errors: m.errors, common: m.common }}
          categories={categoryOptions}
          initialValues={initialValues}
          canSubmit={canSubmitForReview(product.status)}
        />
      ) : approved ? (
        // a new product is kept on the phone while it is written, and queued when offline
        <ProductDraftForm
          locale={locale}
          m={{ productForm: m.productForm, errors: m.errors, common: m.common, offline: m.offline }}
          categories={categoryOptions}
          initialValues={initialValues}
          canSubmit={canSubmitForReview(undefined)}
        />
      ) : (
        <ReadOnlyBanner vendor={session.vendor} m={m.status} />
      )}
    </PortalPage>
  )
}
