/** What shoppers read about an event. */
export const storeEventFields = [
  "id",
  "handle",
  "name",
  "description",
  "address",
  "city",
  "map_url",
  "starts_at",
  "ends_at",
  "opening_hours",
]

/** A cooperative as an event's page lists it. */
export const storeEventVendorFields = ["id", "handle", "name", "city", "region", "tagline", "logo_url"]
