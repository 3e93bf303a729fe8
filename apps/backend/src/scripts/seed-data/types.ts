export type Locale = "fr" | "ar" | "en"

export type LocalizedText = Record<Locale, string>

export type LegalForm = "cooperative" | "auto_entrepreneur" | "association" | "tpe"

export type SeedCategory = {
  handle: string
  name: LocalizedText
  description: LocalizedText
  color: string // hex like "#b5651d", used to paint placeholder pictures
}

export type SeedCertification = {
  label: string
  /** days from the seed to its expiry; none for a certificate without an end date */
  expires_in_days?: number
}

export type SeedVendor = {
  handle: string // kebab-case, ascii
  name: string // official name as registered, Latin script (e.g. "Coopérative Tighanimine")
  legal_form: LegalForm
  odco_number?: string // cooperatives only, e.g. "ODCO-2011-0457"
  ice?: string // 15 digits
  region: string // one of Morocco's 12 regions, French official name, e.g. "Souss-Massa"
  province: string
  city: string
  founded_year: number
  members_count: number
  women_share: number // percent 0-100
  tagline: LocalizedText // one short line
  story: LocalizedText // 3-5 sentences, warm but factual: who they are, where, how they work, what changed for the members
  certifications: SeedCertification[] // e.g. "ONSSA", "Ecocert bio", "IGP Argane", "AOP Safran de Taliouine", "Label Maroc Taswiq"; can be empty
  commission_rate: number // percent, 8 to 15
  color: string // hex, for the placeholder logo
}

export type SeedVariant = {
  title: string // e.g. "100 ml", "250 g", "120 × 180 cm", "M"
  sku: string // unique, UPPERCASE-DASHED
  price_mad: number // whole dirhams
  price_eur: number // euros with at most 2 decimals, e.g. 12.5
  stock: number
}

export type SeedProduct = {
  handle: string // kebab-case ascii, unique across all products
  vendor: string // a SeedVendor handle
  category: string // a SeedCategory handle
  title: LocalizedText
  description: LocalizedText // 2-4 sentences: what it is, how it is made, how to use/care
  materials: string[] // lower-case French words, e.g. ["laine", "henné"] or ["argile"]; can be empty for food
  technique?: string // French, e.g. "tissage à la main"
  option_title?: string // French option name when there are several variants: "Contenance", "Poids", "Dimensions", "Taille"
  variants: SeedVariant[] // 1 to 4; one variant with title "Standard" when there is nothing to choose
  weight_g: number
  made_to_order_days?: number // made to order: the days it takes to make
}
