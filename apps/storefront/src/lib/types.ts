// Shapes of what the storefront asks the store API for (only the fields it requests).

export type StoreRegion = { id: string; name: string; currency_code: string }

export type StoreCategory = {
  id: string
  name: string
  handle: string
  description?: string | null
}

export type CalculatedPrice = {
  calculated_amount: number | null
  currency_code: string | null
}

export type StoreVariant = {
  id: string
  title?: string | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
  options?: { id?: string; value: string; option_id?: string | null }[] | null
  calculated_price?: CalculatedPrice | null
}

export type ProductMetadata = {
  materials?: string[]
  technique?: string
  one_of_a_kind?: boolean
}

export type StoreProductVendor = {
  id: string
  handle: string
  name: string
  region?: string | null
  city?: string | null
  tagline?: string | null
  logo_url?: string | null
}

export type StoreProductSummary = {
  id: string
  title: string
  handle: string
  thumbnail?: string | null
  variants?: StoreVariant[] | null
}

export type StoreProduct = StoreProductSummary & {
  subtitle?: string | null
  description?: string | null
  material?: string | null
  metadata?: ProductMetadata | null
  images?: { id?: string; url: string }[] | null
  options?:
    | {
        id: string
        title: string
        values?: { id?: string; value: string }[] | null
      }[]
    | null
  categories?: StoreCategory[] | null
  vendor?: StoreProductVendor | null
}

export type LegalForm = "cooperative" | "auto_entrepreneur" | "association" | "tpe"

export type StoreVendor = {
  id: string
  handle: string
  name: string
  legal_form: LegalForm
  odco_number?: string | null
  region: string
  province?: string | null
  city: string
  founded_year?: number | null
  members_count?: number | null
  women_share?: number | null
  tagline?: string | null
  story?: string | null
  logo_url?: string | null
  certifications?: { id: string; label: string; expires_at?: string | null }[] | null
}

export type StoreVendorWithProducts = StoreVendor & {
  products?: { id: string; handle: string; title: string; thumbnail?: string | null }[] | null
}

export type ListResponse = { count: number; offset: number; limit: number }
