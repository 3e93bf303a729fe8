// Grows the demo marketplace to a given number of products by copying, in SQL, every row Medusa's
// workflows wrote for a demo product — product, options and values, variants, price set and prices,
// inventory item and level, sales channel, shipping profile, category, the cooperative link and the
// Translation Module's ar/en rows — with new ids and new texts in three languages. Copying what
// Medusa wrote keeps the data exactly its shape; through the workflows themselves, this machine made
// about two products a second, too slow for 50 000. No events are emitted: run.mjs rebuilds the
// search index afterwards, which is one of the things it measures.

import pg from "pg"
import { PLACES, PRODUCT_NAMES, QUALIFIERS, SENTENCES } from "./vocabulary.mjs"

// Copies get ids with the template's prefix and "Z" first, which no ULID-based Medusa id has
// (their first character encodes a timestamp, 0-7): that tells demo products from copies.
const COPY_MARK = "Z"
const CHUNK = 2_000

/** A small deterministic mix, so every run builds the same catalogue. */
function pick(list, index, salt) {
  const mixed = Math.imul(index + 1, 2654435761) ^ Math.imul(salt + 7, 40503)
  return list[Math.abs(mixed) % list.length]
}

function slug(text) {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
}

/** The texts, price level and stock of copy number `k` of a product of `category`. */
function copyOf(k, template) {
  const name = pick(PRODUCT_NAMES[template.category], k, 1)
  const qualifier = pick(QUALIFIERS, k, 2)
  const place = pick(PLACES, k, 3)
  const sentences = [...new Set([pick(SENTENCES, k, 4), pick(SENTENCES, k, 5), pick(SENTENCES, k, 6)])]
  const text = (locale) => ({
    title: `${name[locale]} ${qualifier[locale]} ${place[locale]}`,
    description: sentences.map((sentence) => sentence[locale]).join(" "),
  })
  const fr = text("fr")
  return {
    k,
    template_id: template.id,
    handle: `${slug(fr.title)}-${k}`,
    title: fr.title,
    description: fr.description,
    material: name.materials.join(", ") || null,
    materials: name.materials,
    ar: text("ar"),
    en: text("en"),
    // 0.5× to 2× the template's prices, in whole dirhams and euro cents
    price_factor: 0.5 + (Math.abs(Math.imul(k + 3, 97)) % 151) / 100,
    stock: k % 9,
  }
}

// One statement per table, each copying the template's rows for every copy in "bench_copy".
// jsonb_populate_record keeps every column Medusa wrote and replaces only ids, links and texts.
const COPY_STATEMENTS = [
  `INSERT INTO product SELECT (jsonb_populate_record(NULL::product, to_jsonb(p) || jsonb_build_object(
      'id', pg_temp.cid(p.id, c.k), 'title', c.title, 'handle', c.handle, 'description', c.description,
      'subtitle', NULL, 'material', c.material,
      'metadata', coalesce(p.metadata, '{}'::jsonb) || jsonb_build_object('materials', c.materials),
      'created_at', now(), 'updated_at', now()))).*
     FROM bench_copy c JOIN product p ON p.id = c.template_id`,
  `INSERT INTO product_variant SELECT (jsonb_populate_record(NULL::product_variant, to_jsonb(v) || jsonb_build_object(
      'id', pg_temp.cid(v.id, c.k), 'product_id', pg_temp.cid(v.product_id, c.k), 'sku', v.sku || '-' || c.k,
      'created_at', now(), 'updated_at', now()))).*
     FROM bench_copy c JOIN product_variant v ON v.product_id = c.template_id AND v.deleted_at IS NULL`,
  `INSERT INTO product_option SELECT (jsonb_populate_record(NULL::product_option, to_jsonb(o) || jsonb_build_object(
      'id', pg_temp.cid(o.id, c.k)))).*
     FROM bench_copy c JOIN product_product_option po ON po.product_id = c.template_id JOIN product_option o ON o.id = po.product_option_id`,
  `INSERT INTO product_product_option SELECT (jsonb_populate_record(NULL::product_product_option, to_jsonb(po) || jsonb_build_object(
      'id', pg_temp.cid(po.id, c.k), 'product_id', pg_temp.cid(po.product_id, c.k), 'product_option_id', pg_temp.cid(po.product_option_id, c.k)))).*
     FROM bench_copy c JOIN product_product_option po ON po.product_id = c.template_id`,
  `INSERT INTO product_option_value SELECT (jsonb_populate_record(NULL::product_option_value, to_jsonb(ov) || jsonb_build_object(
      'id', pg_temp.cid(ov.id, c.k), 'option_id', pg_temp.cid(ov.option_id, c.k)))).*
     FROM bench_copy c JOIN product_product_option po ON po.product_id = c.template_id JOIN product_option_value ov ON ov.option_id = po.product_option_id`,
  `INSERT INTO product_variant_option SELECT pg_temp.cid(vo.variant_id, c.k), pg_temp.cid(vo.option_value_id, c.k)
     FROM bench_copy c JOIN product_variant v ON v.product_id = c.template_id AND v.deleted_at IS NULL
     JOIN product_variant_option vo ON vo.variant_id = v.id`,
  `INSERT INTO product_category_product SELECT pg_temp.cid(cp.product_id, c.k), cp.product_category_id
     FROM bench_copy c JOIN product_category_product cp ON cp.product_id = c.template_id`,
  ...["product_sales_channel", "product_shipping_profile", "vendor_vendor_product_product"].map(
    (
      table
    ) => `INSERT INTO ${table} SELECT (jsonb_populate_record(NULL::${table}, to_jsonb(l) || jsonb_build_object(
      'id', pg_temp.cid(l.id, c.k), 'product_id', pg_temp.cid(l.product_id, c.k)))).*
     FROM bench_copy c JOIN ${table} l ON l.product_id = c.template_id AND l.deleted_at IS NULL`
  ),
  `INSERT INTO price_set SELECT (jsonb_populate_record(NULL::price_set, to_jsonb(s) || jsonb_build_object('id', pg_temp.cid(s.id, c.k)))).*
     FROM bench_copy c JOIN product_variant v ON v.product_id = c.template_id AND v.deleted_at IS NULL
     JOIN product_variant_price_set vp ON vp.variant_id = v.id AND vp.deleted_at IS NULL JOIN price_set s ON s.id = vp.price_set_id`,
  `INSERT INTO product_variant_price_set SELECT (jsonb_populate_record(NULL::product_variant_price_set, to_jsonb(vp) || jsonb_build_object(
      'id', pg_temp.cid(vp.id, c.k), 'variant_id', pg_temp.cid(vp.variant_id, c.k), 'price_set_id', pg_temp.cid(vp.price_set_id, c.k)))).*
     FROM bench_copy c JOIN product_variant v ON v.product_id = c.template_id AND v.deleted_at IS NULL
     JOIN product_variant_price_set vp ON vp.variant_id = v.id AND vp.deleted_at IS NULL`,
  `INSERT INTO price SELECT (jsonb_populate_record(NULL::price, to_jsonb(pr) || jsonb_build_object(
      'id', pg_temp.cid(pr.id, c.k), 'price_set_id', pg_temp.cid(pr.price_set_id, c.k), 'amount', a.amount,
      'raw_amount', jsonb_build_object('value', a.amount::text, 'precision', 20)))).*
     FROM bench_copy c JOIN product_variant v ON v.product_id = c.template_id AND v.deleted_at IS NULL
     JOIN product_variant_price_set vp ON vp.variant_id = v.id AND vp.deleted_at IS NULL
     JOIN price pr ON pr.price_set_id = vp.price_set_id AND pr.deleted_at IS NULL
     CROSS JOIN LATERAL (SELECT round(pr.amount * c.price_factor, CASE WHEN pr.currency_code = 'mad' THEN 0 ELSE 2 END) AS amount) a`,
  `INSERT INTO inventory_item SELECT (jsonb_populate_record(NULL::inventory_item, to_jsonb(i) || jsonb_build_object(
      'id', pg_temp.cid(i.id, c.k), 'sku', i.sku || '-' || c.k, 'title', c.title, 'created_at', now(), 'updated_at', now()))).*
     FROM bench_copy c JOIN product_variant v ON v.product_id = c.template_id AND v.deleted_at IS NULL
     JOIN product_variant_inventory_item vi ON vi.variant_id = v.id AND vi.deleted_at IS NULL JOIN inventory_item i ON i.id = vi.inventory_item_id`,
  `INSERT INTO product_variant_inventory_item SELECT (jsonb_populate_record(NULL::product_variant_inventory_item, to_jsonb(vi) || jsonb_build_object(
      'id', pg_temp.cid(vi.id, c.k), 'variant_id', pg_temp.cid(vi.variant_id, c.k), 'inventory_item_id', pg_temp.cid(vi.inventory_item_id, c.k)))).*
     FROM bench_copy c JOIN product_variant v ON v.product_id = c.template_id AND v.deleted_at IS NULL
     JOIN product_variant_inventory_item vi ON vi.variant_id = v.id AND vi.deleted_at IS NULL`,
  `INSERT INTO inventory_level SELECT (jsonb_populate_record(NULL::inventory_level, to_jsonb(l) || jsonb_build_object(
      'id', pg_temp.cid(l.id, c.k), 'inventory_item_id', pg_temp.cid(l.inventory_item_id, c.k),
      'stocked_quantity', c.stock, 'raw_stocked_quantity', jsonb_build_object('value', c.stock::text, 'precision', 20),
      'reserved_quantity', 0, 'raw_reserved_quantity', jsonb_build_object('value', '0', 'precision', 20)))).*
     FROM bench_copy c JOIN product_variant v ON v.product_id = c.template_id AND v.deleted_at IS NULL
     JOIN product_variant_inventory_item vi ON vi.variant_id = v.id AND vi.deleted_at IS NULL
     JOIN inventory_level l ON l.inventory_item_id = vi.inventory_item_id AND l.deleted_at IS NULL`,
  `INSERT INTO translation SELECT (jsonb_populate_record(NULL::translation, to_jsonb(t) || jsonb_build_object(
      'id', pg_temp.cid(t.id, c.k), 'reference_id', pg_temp.cid(t.reference_id, c.k),
      'translations', CASE t.locale_code WHEN 'ar' THEN c.ar WHEN 'en' THEN c.en END,
      'created_at', now(), 'updated_at', now()))).*
     FROM bench_copy c JOIN translation t ON t.reference = 'product' AND t.reference_id = c.template_id
       AND t.locale_code IN ('ar', 'en') AND t.deleted_at IS NULL`,
]

/** Adds copies of the demo products until the catalogue holds `size` products. */
export async function growCatalogue(databaseUrl, size) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows: templates } = await client.query(
      `SELECT p.id, pc.handle AS category FROM product p
         JOIN product_category_product cp ON cp.product_id = p.id JOIN product_category pc ON pc.id = cp.product_category_id
        WHERE p.deleted_at IS NULL AND split_part(p.id, '_', 2) NOT LIKE '${COPY_MARK}%' ORDER BY p.id`
    )
    const usable = templates.filter((template) => PRODUCT_NAMES[template.category])
    const [{ n: existing }] = (
      await client.query("SELECT count(*)::int AS n FROM product WHERE deleted_at IS NULL")
    ).rows
    await client.query(`CREATE FUNCTION pg_temp.cid(old text, k int) RETURNS text IMMUTABLE LANGUAGE sql AS $$
      SELECT split_part(old, '_', 1) || '_${COPY_MARK}' || upper(substr(md5(old || ':' || k), 1, 25)) $$`)
    await client.query(`CREATE TEMP TABLE bench_copy (k int, template_id text, handle text, title text, description text,
      material text, materials jsonb, ar jsonb, en jsonb, price_factor numeric, stock int)`)
    for (let start = existing; start < size; start += CHUNK) {
      const copies = []
      for (let k = start; k < Math.min(size, start + CHUNK); k++) {
        copies.push(copyOf(k, usable[k % usable.length]))
      }
      await client.query("BEGIN")
      await client.query("TRUNCATE bench_copy")
      await client.query(
        `INSERT INTO bench_copy SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(k int, template_id text, handle text,
          title text, description text, material text, materials jsonb, ar jsonb, en jsonb, price_factor numeric, stock int)`,
        [JSON.stringify(copies)]
      )
      for (const statement of COPY_STATEMENTS) {
        await client.query(statement)
      }
      await client.query("COMMIT")
    }
    await client.query("ANALYZE")
    return size - existing
  } finally {
    await client.end()
  }
}
