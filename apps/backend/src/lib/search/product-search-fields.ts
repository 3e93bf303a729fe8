import { search } from "@medusajs/framework/utils"

/** The fields of the product search index (src/search/product.ts), shared with request validation. */
export const productSearchFields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword(),
  // status and sales_channel_ids let /store/search scope every query to what the key may sell
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  vendor_status: search.keyword().filterable(),
  title_fr: search.text(),
  title_ar: search.text(),
  title_en: search.text(),
  thumbnail: search.keyword(),
  category_handles: search.keyword().array().filterable().facetable(),
  materials: search.keyword().array().filterable().facetable(),
  tags: search.keyword().array().filterable().facetable(),
  vendor_handle: search.keyword().filterable().facetable(),
  vendor_name: search.keyword(),
  vendor_region: search.keyword().filterable().facetable(),
  price_mad: search.float().filterable().sortable().facetable(),
  price_eur: search.float().filterable().sortable().facetable(),
  // buyers' published reviews (src/modules/review), for the "best rated" sort
  rating_average: search.float().filterable().sortable(),
  rating_count: search.float().sortable(),
  in_stock: search.boolean().filterable().facetable(),
  created_at: search.date().filterable().sortable(),
  // the only text matched: normalised fr/ar/en, with synonyms; never sent back to clients
  title_search: search.text().searchable({ weight: 3 }).retrievable(false),
  text_search: search.text().searchable({ weight: 1 }).retrievable(false),
})
