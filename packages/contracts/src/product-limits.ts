/** Limits of a cooperative's product; the portal's form checks the same numbers before sending. */
export const PRODUCT_LIMITS = {
  title: 200,
  description: 5000,
  photos: 8,
  materials: 20,
  material: 60,
  technique: 200,
  lead_time_days: { min: 1, max: 365 },
  option_title: 40,
  variants: 20,
  variant_title: 80,
  sku: 60,
  price_mad: 1_000_000,
  price_eur: 100_000,
  stock: 100_000,
} as const
