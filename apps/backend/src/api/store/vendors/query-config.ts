/** What shoppers may read about a vendor: never payout details, contact data or moderation notes. */
export const storeVendorFields = [
  "id",
  "handle",
  "name",
  "legal_form",
  "odco_number",
  "region",
  "province",
  "city",
  "founded_year",
  "members_count",
  "women_share",
  "tagline",
  "story",
  "logo_url",
  "photos",
  "certifications.id",
  "certifications.label",
  "certifications.number",
  "certifications.expires_at",
]

/**
 * Read beside any certificate field so the shop can keep only the checked ones (shopCertifications),
 * never sent to shoppers.
 */
export const certificationCheckFields = ["certifications.verified_at"]

// `fields` may narrow what comes back (list pages skip the long story), never widen it.
export const listStoreVendorsQueryConfig = {
  defaults: storeVendorFields,
  allowed: storeVendorFields,
  isList: true,
}

export const retrieveStoreVendorQueryConfig = {
  defaults: storeVendorFields,
  allowed: storeVendorFields,
  isList: false,
}

/** Fields of a vendor's products listed on its page (the storefront fetches prices separately). */
export const storeVendorProductFields = [
  "products.id",
  "products.handle",
  "products.title",
  "products.thumbnail",
  "products.status",
  "products.created_at",
  "products.sales_channels.id",
]
