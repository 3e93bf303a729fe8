import type { ProductSearchRow, ProductTranslations } from "./product-search-document"
import { toProductTranslations, type TranslationRow } from "./load-product-translations"

/** What runs a plain SQL statement: Medusa's knex connection (`raw`) returns `{ rows }`. */
export type SqlConnection = {
  raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

type Rows = Record<string, unknown>[]

// The ids of the page, passed once as a JSON array: one parameter whatever the page size.
const PAGE_IDS = `(SELECT jsonb_array_elements_text(?::jsonb))`

/**
 * The rows the product index is built from, for a page of products (ascending id, after `after`,
 * optionally among `ids`), read with one plain SQL statement per relation instead of a query graph,
 * with the Arabic and English texts of the products and of their categories. It returns exactly
 * what `query.graph` returns for the index's fields (`src/search/product.ts`; compared by
 * integration-tests/search-page-reader.spec.ts): the same rows, soft-deleted links and records
 * left out, so one document builder serves both. At 1 000 products a page, MikroORM turning the
 * graph's results into entities and back was half of a full reindex.
 */
export async function readProductSearchPage(
  db: SqlConnection,
  page: { after?: string; ids?: string[]; limit: number }
): Promise<{ rows: ProductSearchRow[]; translations: ProductTranslations }> {
  const bindings: unknown[] = []
  const where = ["p.deleted_at IS NULL"]
  if (page.after !== undefined) {
    where.push("p.id > ?")
    bindings.push(page.after)
  }
  if (page.ids) {
    where.push(`p.id IN ${PAGE_IDS}`)
    bindings.push(JSON.stringify(page.ids))
  }
  bindings.push(page.limit)
  const { rows: products } = await db.raw(
    `SELECT p.id, p.handle, p.status, p.title, p.subtitle, p.description, p.thumbnail, p.material,
            p.metadata, p.created_at
       FROM product p
      WHERE ${where.join(" AND ")}
      ORDER BY p.id
      LIMIT ?`,
    bindings
  )
  if (!products.length) {
    return { rows: [], translations: { product: new Map(), category: new Map() } }
  }
  const ids = JSON.stringify(products.map((product) => product.id))
  const read = async (sql: string, params: unknown[] = [ids]) => (await db.raw(sql, params)).rows

  const [channels, categories, tags, vendors, variants, prices, items] = await Promise.all([
    read(`SELECT l.product_id, s.id
            FROM product_sales_channel l JOIN sales_channel s ON s.id = l.sales_channel_id AND s.deleted_at IS NULL
           WHERE l.product_id IN ${PAGE_IDS} AND l.deleted_at IS NULL
           ORDER BY l.product_id, s.id`),
    read(`SELECT l.product_id, c.id, c.handle, c.name
            FROM product_category_product l JOIN product_category c ON c.id = l.product_category_id AND c.deleted_at IS NULL
           WHERE l.product_id IN ${PAGE_IDS}
           ORDER BY l.product_id, c.id`),
    read(`SELECT l.product_id, t.value
            FROM product_tags l JOIN product_tag t ON t.id = l.product_tag_id AND t.deleted_at IS NULL
           WHERE l.product_id IN ${PAGE_IDS}
           ORDER BY l.product_id, t.id`),
    read(`SELECT l.product_id, v.handle, v.name, v.region, v.status
            FROM vendor_vendor_product_product l JOIN vendor v ON v.id = l.vendor_id AND v.deleted_at IS NULL
           WHERE l.product_id IN ${PAGE_IDS} AND l.deleted_at IS NULL
           ORDER BY l.product_id, v.id`),
    read(`SELECT v.product_id, v.id, v.manage_inventory, v.allow_backorder
            FROM product_variant v
           WHERE v.product_id IN ${PAGE_IDS} AND v.deleted_at IS NULL
           ORDER BY v.product_id, v.id`),
    read(`SELECT l.variant_id, pr.amount, pr.currency_code, pr.price_list_id
            FROM product_variant v
            JOIN product_variant_price_set l ON l.variant_id = v.id AND l.deleted_at IS NULL
            JOIN price_set s ON s.id = l.price_set_id AND s.deleted_at IS NULL
            JOIN price pr ON pr.price_set_id = s.id AND pr.deleted_at IS NULL
           WHERE v.product_id IN ${PAGE_IDS} AND v.deleted_at IS NULL
           ORDER BY l.variant_id, pr.id`),
    read(`SELECT l.variant_id, l.required_quantity, i.id AS inventory_item_id,
                 coalesce(json_agg(json_build_object('stocked_quantity', lv.stocked_quantity,
                   'reserved_quantity', lv.reserved_quantity) ORDER BY lv.id) FILTER (WHERE lv.id IS NOT NULL), '[]') AS levels
            FROM product_variant v
            JOIN product_variant_inventory_item l ON l.variant_id = v.id AND l.deleted_at IS NULL
            JOIN inventory_item i ON i.id = l.inventory_item_id AND i.deleted_at IS NULL
            LEFT JOIN inventory_level lv ON lv.inventory_item_id = i.id AND lv.deleted_at IS NULL
           WHERE v.product_id IN ${PAGE_IDS} AND v.deleted_at IS NULL
           GROUP BY l.variant_id, l.required_quantity, i.id
           ORDER BY l.variant_id, i.id`),
  ])

  const byKey = (rows: Rows, key: string) => {
    const grouped = new Map<string, Rows>()
    for (const row of rows) {
      const value = String(row[key])
      const group = grouped.get(value)
      if (group) {
        group.push(row)
      } else {
        grouped.set(value, [row])
      }
    }
    return grouped
  }
  const channelsOf = byKey(channels, "product_id")
  const categoriesOf = byKey(categories, "product_id")
  const tagsOf = byKey(tags, "product_id")
  const vendorOf = byKey(vendors, "product_id")
  const variantsOf = byKey(variants, "product_id")
  const pricesOf = byKey(prices, "variant_id")
  const itemsOf = byKey(items, "variant_id")

  const rows: ProductSearchRow[] = products.map((product) => {
    const id = String(product.id)
    const vendor = vendorOf.get(id)?.[0]
    return {
      id,
      handle: product.handle as string,
      status: product.status as string,
      title: product.title as string,
      subtitle: product.subtitle as string | null,
      description: product.description as string | null,
      thumbnail: product.thumbnail as string | null,
      material: product.material as string | null,
      metadata: product.metadata as Record<string, unknown> | null,
      created_at: product.created_at as Date,
      sales_channels: (channelsOf.get(id) ?? []).map((channel) => ({ id: String(channel.id) })),
      categories: (categoriesOf.get(id) ?? []).map((category) => ({
        id: String(category.id),
        handle: String(category.handle),
        name: String(category.name),
      })),
      tags: (tagsOf.get(id) ?? []).map((tag) => ({ value: String(tag.value) })),
      vendor: vendor
        ? {
            handle: String(vendor.handle),
            name: String(vendor.name),
            region: (vendor.region as string | null) ?? null,
            status: String(vendor.status),
          }
        : null,
      variants: (variantsOf.get(id) ?? []).map((variant) => ({
        manage_inventory: variant.manage_inventory as boolean,
        allow_backorder: variant.allow_backorder as boolean,
        prices: (pricesOf.get(String(variant.id)) ?? []).map((price) => ({
          amount: Number(price.amount),
          currency_code: String(price.currency_code),
          price_list_id: (price.price_list_id as string | null) ?? null,
        })),
        inventory_items: (itemsOf.get(String(variant.id)) ?? []).map((item) => ({
          required_quantity: Number(item.required_quantity),
          inventory: {
            location_levels: (item.levels as { stocked_quantity: unknown; reserved_quantity: unknown }[]).map(
              (level) => ({
                stocked_quantity: Number(level.stocked_quantity),
                reserved_quantity: Number(level.reserved_quantity),
              })
            ),
          },
        })),
      })),
    }
  })

  const categoryIds = [...new Set(categories.map((category) => String(category.id)))]
  const translations = await read(
    `SELECT t.reference, t.reference_id, t.locale_code, t.translations
       FROM translation t
      WHERE t.reference_id IN ${PAGE_IDS} AND t.deleted_at IS NULL`,
    [JSON.stringify([...products.map((product) => product.id), ...categoryIds])]
  )
  return {
    rows,
    translations: toProductTranslations(translations as TranslationRow[]),
  }
}
