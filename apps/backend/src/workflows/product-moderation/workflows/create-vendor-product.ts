import { ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import { upsertTranslationsStep } from "../../common/steps/upsert-translations"
import { setUpVendorShippingWorkflow } from "../../vendor/workflows/set-up-vendor-shipping"
import { setVariantStockStep } from "../steps/set-variant-stock"
import { validateVendorCanSellStep } from "../steps/validate-vendor-can-sell"
import { validateProductReferencesStep } from "../steps/validate-product-references"
import {
  productHandle,
  productTranslationLocales,
  stockByVariant,
  toNewProductData,
  VendorProductInput,
} from "../vendor-product-input"

export type CreateVendorProductWorkflowInput = {
  vendor_id: string
  product: VendorProductInput
  /** Marks the product with the request's idempotency key (see vendorProductExternalId). */
  external_id?: string
  /** Who added it: a member, or staff acting for the cooperative ("added by the centre"). */
  added_by?: { type: "member" | "staff"; id: string }
}

export const createVendorProductWorkflowId = "create-vendor-product"

/**
 * A member of an approved vendor creates a product: a draft in no sales channel (invisible to
 * shoppers until staff publish it), linked to the vendor, stocked at the vendor's location.
 */
export const createVendorProductWorkflow = createWorkflow(
  createVendorProductWorkflowId,
  (input: CreateVendorProductWorkflowInput) => {
    const { data: vendors } = useQueryGraphStep({
      entity: "vendor",
      fields: ["id", "name", "status"],
      filters: { id: input.vendor_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-vendor" })
    const vendor = transform({ vendors }, ({ vendors }) => vendors[0])
    validateVendorCanSellStep({ vendor })
    validateProductReferencesStep({
      vendor_id: input.vendor_id,
      category_id: input.product.category_id,
      image_urls: input.product.images,
    })

    // a cooperative approved before it had shipping gets it with its first product; later calls add nothing
    const shipping = setUpVendorShippingWorkflow.runAsStep({ input: { vendor_id: input.vendor_id } })
    const locationId = transform({ shipping }, ({ shipping }) => shipping.location_id)

    const productData = transform({ input, shipping }, ({ input, shipping }) => {
      const data = toNewProductData(input.product)
      return [
        {
          ...data,
          handle: productHandle(data.title),
          external_id: input.external_id,
          metadata: {
            ...(data.metadata ?? {}),
            ...(input.added_by && { added_by: input.added_by.id, added_by_type: input.added_by.type }),
          },
          status: ProductStatus.DRAFT,
          // the cooperative's own profile gives one shipping method per cooperative in a mixed cart
          shipping_profile_id: shipping.shipping_profile_id,
        },
      ]
    })
    const products = createProductsWorkflow.runAsStep({ input: { products: productData } })
    const product = transform({ products }, ({ products }) => products[0])

    const links = transform({ input, product }, ({ input, product }) => [
      { [VENDOR_MODULE]: { vendor_id: input.vendor_id }, product: { product_id: product.id } },
    ])
    createRemoteLinkStep(links)

    const stock = transform({ input, product, locationId }, ({ input, product, locationId }) => ({
      location_id: locationId,
      stock: stockByVariant(
        input.product,
        (product.variants ?? []).map((variant) => ({ id: variant.id, title: variant.title }))
      ),
    }))
    setVariantStockStep(stock)

    const translations = transform({ input, product }, ({ input, product }) => [
      { reference: "product", reference_id: product.id, locales: productTranslationLocales(input.product) },
    ])
    upsertTranslationsStep(translations)

    return new WorkflowResponse(product)
  }
)
