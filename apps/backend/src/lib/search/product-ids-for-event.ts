import type { RemoteQueryFunction } from "@medusajs/framework/types"

type SearchEvent = { name: string; data: { id?: string | string[] } }

function eventIds(event: SearchEvent): string[] {
  const id = event.data.id
  return id === undefined ? [] : Array.isArray(id) ? id : [id]
}

async function productsOfCategories(query: RemoteQueryFunction, categoryIds: string[]): Promise<string[]> {
  if (!categoryIds.length) {
    return []
  }
  const { data } = await query.graph({
    entity: "product_category",
    fields: ["products.id"],
    filters: { id: categoryIds },
  })
  return data.flatMap((category) =>
    (category.products ?? []).flatMap((product) => (product ? [product.id] : []))
  )
}

async function productsOfInventoryItems(
  query: RemoteQueryFunction,
  inventoryItemIds: string[]
): Promise<string[]> {
  if (!inventoryItemIds.length) {
    return []
  }
  const { data } = await query.graph({
    entity: "inventory_item",
    fields: ["variants.product_id"],
    filters: { id: inventoryItemIds },
  })
  return data.flatMap((item) =>
    (item.variants ?? []).flatMap((variant) => (variant?.product_id ? [variant.product_id] : []))
  )
}

/**
 * The products whose search documents an event changes: a product event names them, the other
 * events (variant, stock, category, translation, vendor, review) are followed back to their products.
 */
export async function productIdsForEvent(query: RemoteQueryFunction, event: SearchEvent): Promise<string[]> {
  const ids = eventIds(event)
  if (!ids.length) {
    return []
  }
  const [entity] = event.name.split(".")
  let productIds: string[] = []
  switch (entity) {
    case "product":
      productIds = ids
      break
    case "product-variant": {
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["product_id"],
        filters: { id: ids },
        withDeleted: true,
      })
      productIds = data.flatMap((variant) => (variant.product_id ? [variant.product_id] : []))
      break
    }
    case "inventory-level": {
      const { data } = await query.graph({
        entity: "inventory_level",
        fields: ["inventory_item_id"],
        filters: { id: ids },
        withDeleted: true,
      })
      productIds = await productsOfInventoryItems(
        query,
        data.map((level) => level.inventory_item_id)
      )
      break
    }
    case "inventory-item":
      productIds = await productsOfInventoryItems(query, ids)
      break
    case "product-category":
      productIds = await productsOfCategories(query, ids)
      break
    case "translation": {
      const { data } = await query.graph({
        entity: "translation",
        fields: ["reference", "reference_id"],
        filters: { id: ids },
        withDeleted: true,
      })
      const rows: { reference: string; reference_id: string }[] = data
      productIds = [
        ...rows.filter((row) => row.reference === "product").map((row) => row.reference_id),
        ...(await productsOfCategories(
          query,
          rows.filter((row) => row.reference === "product_category").map((row) => row.reference_id)
        )),
      ]
      break
    }
    case "product_review": {
      const { data } = await query.graph({
        entity: "product_review",
        fields: ["product_id"],
        filters: { id: ids },
      })
      productIds = data.map((review: { product_id: string }) => review.product_id)
      break
    }
    case "vendor": {
      const { data } = await query.graph({ entity: "vendor", fields: ["products.id"], filters: { id: ids } })
      productIds = data.flatMap((vendor) =>
        (vendor.products ?? []).flatMap((product) => (product ? [product.id] : []))
      )
      break
    }
  }
  return [...new Set(productIds.filter(Boolean))]
}
