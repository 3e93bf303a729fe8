import type { CooperativeImpact } from "@bazaar/contracts"
// What Bazar Solidaire's own routes and links answer (/store/vendors, /vendor/*, the vendor links on
// products and orders), as far as the storefront reads them. The backend defines them; keep one copy here.
// What both apps share (legal forms, shipping groups) comes from @bazaar/contracts.

import type { LegalForm, StandPickupPlace, VendorSummary } from "@bazaar/contracts"

export {
  LEGAL_FORMS,
  type LegalForm,
  type VendorShippingGroup,
  type VendorShippingOption,
  type VendorSummary,
} from "@bazaar/contracts"

export const VENDOR_STATUSES = ["pending", "approved", "suspended", "rejected"] as const
export type VendorStatus = (typeof VENDOR_STATUSES)[number]

/** Statuses of a cooperative's part of an order (backend `VENDOR_ORDER_STATUSES`). */
export const VENDOR_ORDER_STATUSES = ["pending", "shipped", "delivered", "canceled", "refused"] as const
export type VendorOrderStatus = (typeof VENDOR_ORDER_STATUSES)[number]

export const PRODUCT_STATUSES = ["draft", "proposed", "published", "rejected"] as const
export type ProductStatus = (typeof PRODUCT_STATUSES)[number]

// ---------- /store/* ----------

/** `/store/vendors` and `/store/vendors/:handle`: an approved cooperative's public profile. */
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
  certifications?: { id: string; label: string; number?: string | null; expires_at?: string | null }[] | null
}

export type StoreVendorWithProducts = StoreVendor & {
  products?: { id: string; handle: string; title: string; thumbnail?: string | null }[] | null
  stand?: StoreVendorStand | null
  /** its own impact figures, when it chose to show them */
  impact?: CooperativeImpact | null
  /** buyers' published reviews of its products: their average (null without any) and count */
  rating?: { average: number | null; count: number }
}

/** The cooperative on a product page (`+vendor.*`). */
export type StoreProductVendor = VendorSummary & {
  region?: string | null
  city?: string | null
  tagline?: string | null
  logo_url?: string | null
}

/** What the portal's form writes into a product's `metadata` and the product page shows. */
export type ProductMetadata = {
  materials?: string[]
  technique?: string
  one_of_a_kind?: boolean
}

/** An order's `vendor_order` link: one cooperative's part of a shopper's order. */
export type StoreVendorOrder = {
  id: string
  status: VendorOrderStatus
  total: number
  item_total: number
  shipping_total: number
  tracking_number?: string | null
  carrier?: string | null
  shipped_at?: string | null
  delivered_at?: string | null
  /** For pick-up at a stand: the six digits she shows there, and where (null for a part delivered normally). */
  pickup_code?: string | null
  pickup_stand_number?: string | null
  pickup_event?: StorePickupEvent | null
  vendor?: VendorSummary | null
  items?:
    | {
        id: string
        line_item_id: string
        product_id?: string | null
        title: string
        variant_title?: string | null
        thumbnail?: string | null
        quantity: number
        total: number
      }[]
    | null
}

/** The bazaar of a part picked up at a stand (`+vendor_order.pickup_event.*`; its name in French). */
export type StorePickupEvent = Omit<StandPickupPlace["event"], "opening_hours">

/** A buyer's published review (`/store/products/:id/reviews`): its author by first name and town only. */
export type StoreReview = {
  id: string
  product_id: string
  /** 1 to 5 stars */
  rating: number
  body: string | null
  /** the language she wrote in, so the page can set `lang` and `dir` on her words */
  locale: "fr" | "ar" | "en" | null
  photo_urls: string[]
  author_first_name: string | null
  author_city: string | null
  created_at: string
  /** the cooperative's public answer */
  reply: string | null
  replied_at: string | null
}

/** `/store/products/:id/reviews`: a page of published reviews, newest first, with the product's average. */
export type StoreProductReviews = {
  reviews: StoreReview[]
  /** average rounded to one decimal by the backend; null when no review is published */
  rating: { average: number | null; count: number }
  count: number
  limit: number
  offset: number
}

export const REVIEW_STATUSES = ["pending", "published", "rejected"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/** One of the signed-in shopper's own reviews (`/store/customers/me/reviews`), with staff's decision. */
export type StoreOwnReview = StoreReview & { status: ReviewStatus; rejection_reason: string | null }

// ---------- /vendor/* ----------

/** `/vendor/me`'s cooperative (the fields the portal shows). */
export type PortalVendor = {
  id: string
  name: string
  handle: string
  legal_form: LegalForm
  status: VendorStatus
  status_reason?: string | null
  city?: string | null
  region?: string | null
  logo_url?: string | null
  /** its public profile, in French (or the first language written), with ar/en under `translations` */
  tagline?: string | null
  story?: string | null
  email?: string | null
  phone?: string | null
  /** whether its shop page shows its own impact figures */
  show_impact?: boolean
  translations?: Partial<Record<"ar" | "en", { tagline?: string | null; story?: string | null }>>
}

/** `/vendor/notifications`: one message of a member's inbox, in the portal's language. */
export type InboxEntry = {
  id: string
  template: string
  subject: string
  lines: string[]
  url: string | null
  created_at: string
}

/** One change in the cooperative's history (`/vendor/activity`), with who made it. */
export type PortalActivity = {
  id: string
  action: string
  resource_id: string | null
  actor_type: "member" | "staff"
  actor_name: string | null
  created_at: string
}

/** One of the cooperative's certificates, as the portal lists it (`/vendor/certifications`). */
export type PortalCertificate = {
  id: string
  label: string
  number: string | null
  document_url: string | null
  expires_at: string | null
  added_by_type: "member" | "staff" | null
  status: "waiting" | "verified" | "expired"
}

export type PortalMember = {
  id: string
  email: string
  first_name?: string | null
  last_name?: string | null
  role?: "owner" | "member" | null
  /** E.164 (+212…); `/vendor/me` only */
  phone?: string | null
  /** She agreed to SMS at `phone`; `/vendor/me` only (set with `POST /vendor/me`) */
  sms_opt_in?: boolean
  /** The portal language her messages are written in; `/vendor/me` only */
  locale?: "fr" | "ar" | "en" | null
}

export type VendorOrderItem = {
  id: string
  title: string
  variant_title?: string | null
  sku?: string | null
  thumbnail?: string | null
  quantity: number
  unit_price: number
  total: number
}

export type VendorOrderAddress = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
  landmark?: string | null
}

/** `/vendor/orders` and `/vendor/orders/:id`: one cooperative's part of a shopper's order. */
export type VendorOrder = {
  id: string
  display_id?: number | null
  status: VendorOrderStatus
  currency_code: string
  item_total: number
  shipping_total: number
  total: number
  commission_amount: number
  vendor_amount: number
  payment_provider_id?: string | null
  /** the day the parcel must leave by: the usual delay, or its slowest made-to-order piece's */
  ship_by?: string | null
  tracking_number?: string | null
  carrier?: string | null
  shipped_at?: string | null
  delivered_at?: string | null
  cash_collected_at?: string | null
  canceled_at?: string | null
  refused_at?: string | null
  /** why the part was canceled, or the parcel refused */
  closing_reason?: string | null
  /** For pick-up at the cooperative's stand: the stand and its bazaar (the shopper's code is never sent). */
  pickup_stand_number?: string | null
  pickup_event?: Pick<StandPickupPlace["event"], "id" | "name" | "starts_at" | "ends_at"> | null
  created_at: string
  items: VendorOrderItem[]
  shipping_address: VendorOrderAddress | null
  shipping_methods: { id: string; name: string }[]
}

export type LedgerEntryType = "sale" | "cancellation" | "refund" | "adjustment"
export type PayoutMethod = "bank_transfer" | "cash"
export type CashStatus = "remitted" | "kept_by_cooperative" | "short" | "awaiting"

/** `/vendor/ledger`: balances, pending earnings and every movement of the caller's cooperative. */
export type VendorLedger = {
  /** `balance` is payable now; `awaiting_remittance` was earned by cash parcels whose cash is not at the centre yet. */
  balances: {
    currency_code: string
    earned: number
    paid: number
    balance: number
    awaiting_remittance?: number
  }[]
  pending: { currency_code: string; pending: number; pending_cash: number; orders: number }[]
  /** The latest cash-on-delivery parcels, and whether each one's cash reached the centre. */
  cash_parcels?: {
    vendor_order_id: string
    display_id: number | null
    status: VendorOrderStatus
    total: number
    currency_code: string
    tracking_number: string | null
    delivered_at: string | null
    cash_status: CashStatus
    remitted: number
    remitted_at: string | null
  }[]
  entries: {
    id: string
    type: LedgerEntryType
    amount: number
    currency_code: string
    vendor_order_id: string | null
    created_at: string
    vendor_order: {
      display_id: number | null
      total: number
      commission_rate: number
      commission_amount: number
    } | null
  }[]
  payouts: {
    id: string
    amount: number
    currency_code: string
    paid_at: string
    reference: string
    method: PayoutMethod
    note?: string | null
  }[]
  /** The account bank transfers go to: its bank and the RIB's last four digits; null until staff set it. */
  payout_account?: { bank_name: string | null; rib_end: string } | null
}

/** A product's `handmade` link, as the portal's form sends and reads it. */
export type HandmadeDetails = {
  materials: string[]
  technique?: string
  made_to_order: boolean
  lead_time_days?: number
  one_of_a_kind: boolean
}

export type VendorVariant = {
  id: string
  title?: string | null
  sku?: string | null
  price_mad?: number | null
  price_eur?: number | null
  stock?: number | null
  inventory_quantity?: number | null
  prices?: { amount: number; currency_code: string }[] | null
}

/** A product as `/vendor/products/:id` answers it (only the fields the portal reads). */
export type VendorProduct = {
  id: string
  title: string
  handle?: string | null
  description?: string | null
  status: ProductStatus
  /** The staff's reason when the product was rejected. */
  rejection_reason?: string | null
  /** Staff added it for the cooperative. */
  added_by_centre?: boolean
  thumbnail?: string | null
  images?: { id?: string; url: string }[] | null
  categories?: { id: string; name?: string }[] | null
  category_id?: string | null
  metadata?: Record<string, unknown> | null
  handmade?: Partial<HandmadeDetails> | null
  options?: { title: string }[] | null
  translations?: Partial<
    Record<"fr" | "ar" | "en", { title?: string | null; description?: string | null }>
  > | null
  variants?: VendorVariant[] | null
  /** Changes to a published product waiting for staff, or the last ones they sent back. */
  pending_edit?: VendorProductEdit | null
}

/** `pending_edit` of `GET /vendor/products/:id`: the published version stays on sale meanwhile. */
export type VendorProductEdit = {
  id: string
  status: "pending" | "rejected"
  reason?: string | null
  created_at: string
}

// ---------- /store/events ----------

export type EventTiming = "upcoming" | "current" | "past"

/** `/store/events`: a bazaar on site, texts in the request's locale. */
export type StoreEvent = {
  id: string
  handle: string
  name: string
  description?: string | null
  address: string
  city: string
  map_url?: string | null
  starts_at: string
  ends_at: string
  opening_hours?: string | null
  timing: EventTiming
  cooperatives_count?: number
}

/** `/store/events/:handle`: the event with its cooperatives in stand order. */
export type StoreEventWithCooperatives = StoreEvent & {
  cooperatives: {
    stand_number: string
    vendor: Pick<StoreVendor, "id" | "handle" | "name" | "city" | "region" | "tagline" | "logo_url"> & {
      products: { id: string; handle: string; title: string; thumbnail?: string | null }[]
    }
  }[]
}

/** A cooperative's stand at the running or next bazaar (`/store/vendors/:handle`). */
export type StoreVendorStand = {
  stand_number: string
  event: Pick<StoreEvent, "handle" | "name" | "city" | "address" | "starts_at" | "ends_at" | "timing">
}

/** `/store/customers/me/favourites`: the signed-in shopper's favourites, newest first. */
export type StoreFavourite = {
  product_id: string
  created_at: string
  product: {
    id: string
    handle: string
    title: string
    thumbnail: string | null
    vendor: { id: string; handle: string; name: string } | null
  }
}

// ---------- /vendor/stand-sales ----------

/** A stand the cooperative holds at an event running now: where a member records stand sales. */
export type RunningStand = { event_id: string; event_name: string; stand_number: string; ends_at: string }

/** An in-person sale at a stand, as `/vendor/stand-sales` answers it. */
export type StandSale = {
  id: string
  event_id: string
  stand_number: string
  payment: "cash" | "card"
  buyer_phone: string | null
  currency_code: string
  total: number
  commission_amount: number
  vendor_amount: number
  created_at: string
  lines: { id: string; title: string; variant_title: string | null; quantity: number; total: number }[]
}

export type StandSaleList = { stand_sales: StandSale[]; count: number; stands: RunningStand[] }

/** `/vendor/sales-report`: the cooperative's own sales, month by month, and its best products. */
export type VendorSalesReport = {
  from: string
  to: string
  totals: { online: number; at_events: number; online_orders: number; stand_sales: number }
  by_month: { key: string; label: string; online: number; at_events: number }[]
  top_products: { key: string; label: string; units: number; amount: number }[]
  delivery: { parts: number; average_days: number | null }
  refusals: { delivered: number; refused: number; rate: number | null }
}
