import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadTranslations } from "./translations"

/** What the portal and the moderation page show of a product. */
export const vendorProductFields = [
  "id",
  "handle",
  "title",
  "description",
  "status",
  "thumbnail",
  "material",
  "metadata",
  "created_at",
  "updated_at",
  "categories.id",
  "categories.name",
  "categories.handle",
  "images.id",
  "images.url",
  "options.id",
  "options.title",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "sales_channels.id",
]

/** What the shaping reads of a product row (`vendorProductFields`); every other field passes through. */
type ProductRow = {
  id: string
  status: string
  metadata?: Record<string, unknown> | null
  categories?: ({ id: string } | null)[] | null
  sales_channels?: unknown[] | null
  variants?: (VariantRow | null)[] | null
}

type VariantRow = {
  prices?: ({ amount: number; currency_code: string } | null)[] | null
  inventory_items?:
    | ({
        inventory?: { location_levels?: ({ stocked_quantity?: number | null } | null)[] | null } | null
      } | null)[]
    | null
}

/**
 * Shapes products for the portal: prices per currency and stock per variant side by side, the
 * handmade details read back from metadata, the staff's rejection reason, and ar/en translations.
 */
export async function shapeVendorProducts<R extends ProductRow>(container: MedusaContainer, rows: R[]) {
  const translations = await loadTranslations(
    container,
    "product",
    rows.map((row) => row.id)
  )
  return rows.map((row) => {
    const metadata = row.metadata ?? {}
    const { sales_channels, ...rest } = row
    return {
      ...rest,
      category_id: row.categories?.[0]?.id ?? null,
      rejection_reason: row.status === "rejected" ? (metadata.rejection_reason ?? null) : null,
      on_sale: (sales_channels ?? []).length > 0,
      // "added by the centre": staff created it for the cooperative
      added_by_centre: metadata.added_by_type === "staff",
      handmade: {
        materials: Array.isArray(metadata.materials) ? metadata.materials : [],
        technique: metadata.technique ?? null,
        made_to_order: !!metadata.made_to_order,
        lead_time_days: metadata.lead_time_days ?? null,
        one_of_a_kind: !!metadata.one_of_a_kind,
      },
      variants: (row.variants ?? []).flatMap((variant) => (variant ? [shapeVariant(variant)] : [])),
      translations: translations.get(row.id) ?? {},
    }
  })
}

/** A variant with its MAD and EUR prices and its stock summed over locations. */
function shapeVariant<V extends VariantRow>({ inventory_items, ...variant }: V) {
  const levels = (inventory_items ?? []).flatMap((item) => item?.inventory?.location_levels ?? [])
  const price = (code: string) =>
    (variant.prices ?? []).find((candidate) => candidate?.currency_code === code)?.amount ?? null
  return {
    ...variant,
    price_mad: price("mad"),
    price_eur: price("eur"),
    stock: levels.reduce((sum, level) => sum + Number(level?.stocked_quantity ?? 0), 0),
  }
}

/** Ids of a vendor's products (a handful to a few hundred per cooperative). */
export async function vendorProductIds(container: MedusaContainer, vendorId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "vendor", fields: ["products.id"], filters: { id: vendorId } })
  return (data[0]?.products ?? []).flatMap((product) => (product ? [product.id] : []))
}

/** One product, shaped, or undefined. */
export async function retrieveShapedProduct(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: vendorProductFields, filters: { id } })
  if (!data.length) {
    return undefined
  }
  const [product] = await shapeVendorProducts(container, data)
  return product
}
