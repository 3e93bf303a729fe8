// Requests and responses of our custom /admin/* routes, as the Admin extensions read them; kept in one
// file so they can move to a shared contracts package unchanged.
import type { HttpTypes } from "@medusajs/framework/types"

export type VendorStatus = "pending" | "approved" | "suspended" | "rejected"
export type VendorDecisionAction = "approve" | "reject" | "suspend" | "reinstate"
export type PayoutMethod = "bank_transfer" | "cash"
export type PayoutCurrency = "mad" | "eur"
type Locale = "fr" | "ar" | "en"

type Page = Pick<HttpTypes.FindParams, "limit" | "offset">

// GET /admin/vendors
export type AdminVendorListParams = Page & { status?: VendorStatus; q?: string }

export type AdminVendorListItem = {
  id: string
  handle: string
  name: string
  legal_form: string
  region: string
  city: string
  status: VendorStatus
  status_reason: string | null
  status_decided_at: string | null
  logo_url: string | null
  created_at: string
}

export type AdminVendorListResponse = HttpTypes.PaginatedResponse<{ vendors: AdminVendorListItem[] }>

// GET /admin/vendors/:id, and what every decision and bank-details route answers
export type AdminVendorDecision = {
  id: string
  action: VendorDecisionAction
  from_status: VendorStatus
  to_status: VendorStatus
  reason: string | null
  decided_by: string
  decided_by_email: string | null
  created_at: string
}

export type AdminVendorMember = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  role: "owner" | "member"
}

/** The answer to staff sending a member a new sign-in code. */
export type AdminAccessCodeResponse = { member_id: string; phone: string; sent: boolean }

export type AdminVendorCertification = {
  id: string
  label: string
  number: string | null
  document_url: string | null
  expires_at: string | null
  added_by_type: "member" | "staff" | null
  verified_by: string | null
  verified_at: string | null
  /** waiting for staff to check it, verified (shown in the shop), or past its date */
  status: "waiting" | "verified" | "expired"
}

/** A certificate staff add from the paper a member brings; `verified` when they checked it. */
export type AdminCertificationBody = {
  label: string
  number?: string
  expires_at: string
  verified?: boolean
}

/** The texts a cooperative wrote in Arabic and English (French is on the vendor itself). */
export type AdminVendorTexts = { tagline?: string | null; story?: string | null }

export type AdminVendor = AdminVendorListItem & {
  odco_number: string | null
  ice: string | null
  province: string | null
  founded_year: number | null
  members_count: number | null
  women_share: number | null
  tagline: string | null
  story: string | null
  email: string | null
  phone: string | null
  rib: string | null
  bank_name: string | null
  account_holder: string | null
  commission_rate: number
  decisions: AdminVendorDecision[]
  members: AdminVendorMember[]
  certifications: AdminVendorCertification[]
  translations: Partial<Record<Exclude<Locale, "fr">, AdminVendorTexts>>
}

export type AdminVendorResponse = { vendor: AdminVendor }

// POST /admin/vendors/:id/{approve,reject,suspend,reinstate}: reject and suspend need the reason
export type AdminVendorDecisionBody = { reason?: string }

// POST /admin/vendors/:id/bank-details
export type AdminVendorBankDetailsBody = { rib: string; bank_name: string; account_holder: string }

// GET /admin/moderation/products
export type AdminModerationProductListParams = Page

export type AdminModerationProduct = Pick<
  HttpTypes.AdminProduct,
  "id" | "title" | "description" | "thumbnail" | "updated_at"
> & {
  images: Pick<HttpTypes.AdminProductImage, "id" | "url">[]
  vendor: { id: string; name: string; handle: string; status: VendorStatus } | null
  variants: { id: string; title: string; price_mad: number | null; price_eur: number | null; stock: number }[]
  translations: Partial<Record<Locale, { title?: string; description?: string }>>
}

export type AdminModerationProductListResponse = HttpTypes.PaginatedResponse<{
  products: AdminModerationProduct[]
}>

// POST /admin/moderation/products/:id/{publish,reject}: rejecting needs the reason
export type AdminModerateProductBody = { reason?: string }

// GET /admin/ledger/balances
export type AdminLedgerBalance = {
  vendor_id: string
  currency_code: PayoutCurrency
  earned: number
  paid: number
  balance: number
  /** earned by cash parcels whose cash has not reached the centre: not in `balance` */
  awaiting_remittance: number
  pending: number
  pending_cash: number
  vendor: { id: string; name: string; handle: string; rib: string | null } | null
}

export type AdminLedgerBalancesResponse = { balances: AdminLedgerBalance[] }

// GET /admin/payouts
export type AdminPayoutListParams = Page & { vendor_id?: string }

export type AdminPayout = {
  id: string
  vendor_id: string
  amount: number
  currency_code: PayoutCurrency
  paid_at: string
  reference: string
  method: PayoutMethod
  proof_url: string | null
  rib: string | null
  recorded_by: string | null
  note: string | null
  created_at: string
}

export type AdminPayoutListResponse = HttpTypes.PaginatedResponse<{ payouts: AdminPayout[] }>

// POST /admin/payouts
export type AdminCreatePayoutBody = {
  vendor_id: string
  currency_code: PayoutCurrency
  amount: number
  paid_at: string
  reference: string
  method: PayoutMethod
  note?: string
}

export type AdminPayoutResponse = { payout: AdminPayout }

// GET /admin/notification-deliveries
export type NotificationDeliveryStatus = "sent" | "retrying" | "failed" | "pending"
export type NotificationChannel = "email" | "sms" | "feed"
export type AdminNotificationListParams = Page & {
  status?: NotificationDeliveryStatus
  channel?: NotificationChannel
}

export type AdminNotification = {
  id: string
  to: string
  channel: string
  template: string | null
  status: string
  delivery_status: NotificationDeliveryStatus
  attempts: number
  error: string | null
  data: Record<string, unknown>
  trigger_type: string | null
  resource_id: string | null
  resource_type: string | null
  receiver_id: string | null
  created_at: string
  updated_at: string
}

export type AdminNotificationListResponse = HttpTypes.PaginatedResponse<{
  notifications: AdminNotification[]
}>

// POST /admin/notifications/:id/resend
export type AdminNotificationResponse = { notification: AdminNotification }

// /admin/events
export type LocalizedText = Partial<Record<Locale, string>>
export type AdminEventTexts = { name?: string; description?: string; opening_hours?: string }

export type AdminEventStand = {
  id: string
  vendor_id: string
  stand_number: string
  vendor: { id: string; name: string; handle: string; status: VendorStatus } | null
}

export type AdminEvent = {
  id: string
  handle: string
  name: string
  description: string | null
  address: string
  city: string
  map_url: string | null
  starts_at: string
  ends_at: string
  opening_hours: string | null
  stands: AdminEventStand[]
  translations: Partial<Record<Exclude<Locale, "fr">, AdminEventTexts>>
}

export type AdminEventListResponse = HttpTypes.PaginatedResponse<{ events: AdminEvent[] }>
export type AdminEventResponse = { event: AdminEvent }

export type AdminEventBody = {
  handle: string
  name: LocalizedText
  description: LocalizedText | null
  address: string
  city: string
  map_url: string | null
  starts_at: string
  ends_at: string
  opening_hours: LocalizedText | null
  stands: { vendor_id: string; stand_number: string }[]
}

// GET /admin/cash-remittances
export type CashRemittanceSource = "carrier_statement" | "counted_at_centre" | "kept_by_cooperative"
export type AdminCashRemittanceListParams = Page & { source?: CashRemittanceSource }

export type AdminCashRemittance = {
  id: string
  source: CashRemittanceSource
  carrier: string | null
  reference: string
  received_at: string
  currency_code: PayoutCurrency
  total: number
  fees: number
  recorded_by: string | null
  note: string | null
  created_at: string
  lines: {
    id: string
    vendor_order_id: string | null
    vendor_id: string | null
    tracking_number: string | null
    line_number: number | null
    amount: number
    fees: number
    match_status: "matched" | "short" | "unknown"
  }[]
}

export type AdminCashRemittanceListResponse = HttpTypes.PaginatedResponse<{
  cash_remittances: AdminCashRemittance[]
}>
export type AdminCashRemittanceResponse = { cash_remittance: AdminCashRemittance }

// POST /admin/cash-remittances/import
export type AdminImportCashStatementBody = {
  carrier: string
  reference?: string
  received_at: string
  currency_code?: PayoutCurrency
  note?: string
  csv: string
}

// GET /admin/cash-remittances/mismatches
type MismatchVendor = { id: string; name: string; handle: string } | null
export type AdminCashMismatches = {
  missing: {
    vendor_order_id: string
    vendor_id: string
    order_id: string
    display_id: number | null
    currency_code: string
    total: number
    tracking_number: string | null
    carrier: string | null
    delivered_at: string | null
    vendor: MismatchVendor
  }[]
  short: {
    vendor_order_id: string
    vendor_id: string
    order_id: string
    display_id: number | null
    currency_code: string
    total: number
    remitted: number
    lacking: number
    tracking_number: string | null
    vendor: MismatchVendor
  }[]
  unknown: {
    line_id: string
    remittance_id: string
    reference: string
    carrier: string | null
    tracking_number: string | null
    line_number: number | null
    amount: number
    fees: number
    received_at: string
  }[]
}

// shoppers who refuse parcels (src/api/admin/shoppers, src/api/admin/customers/[id]/require-card)
export type AdminFlaggedShopper = {
  customer_id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  has_account: boolean
  refused_parts: number
  card_required: boolean
}
export type AdminFlaggedShoppersResponse = { shoppers: AdminFlaggedShopper[] }
export type AdminRequireCardBody = { required: boolean }
export type AdminRequireCardResponse = { customer: { id: string; card_required: boolean } }

// GET /admin/moderation/edits: a published product's changes waiting for staff, beside the product on sale
export type AdminProductEditChanges = {
  title?: LocalizedText
  description?: LocalizedText
  category_id?: string
  images?: string[]
  handmade?: Record<string, unknown>
  variants?: { id?: string; title: string; price_mad: number; price_eur: number; stock: number }[]
}
export type AdminProductEdit = {
  id: string
  status: "pending" | "approved" | "rejected"
  changes: AdminProductEditChanges
  created_at: string
  product: AdminModerationProduct | null
}
export type AdminProductEditListResponse = HttpTypes.PaginatedResponse<{ edits: AdminProductEdit[] }>

// GET /admin/return-requests: shoppers' returns, disputed ones waiting on the centre
export type AdminReturnRequest = {
  id: string
  vendor_order_id: string
  order_id: string
  vendor_id: string
  status: "requested" | "accepted" | "refused" | "disputed" | "refunded"
  items: { line_item_id: string; title: string; quantity: number }[]
  reason: string
  note: string | null
  photo_urls: string[] | null
  decision_reason: string | null
  dispute_note: string | null
  refund_amount: number | string | null
  currency_code: string
  created_at: string
}
export type AdminReturnRequestsResponse = { return_requests: AdminReturnRequest[]; count: number }
export type AdminReturnDecisionBody = { id: string; decision: "accept" | "refuse"; reason?: string }

/** One rate of a cooperative's commission history. */
export type AdminCommissionRate = {
  id: string
  rate: number
  category_id: string | null
  effective_from: string
  set_by: string
  note: string | null
}

export type AdminCommissionRatesResponse = {
  commission_rates: AdminCommissionRate[]
  /** the cooperative's rate before any history */
  initial_rate: number
  /** for all its products, today */
  rate_in_force: number
}

export type AdminCommissionRateBody = {
  rate: number
  category_id?: string
  effective_from?: string
  note?: string
}

/** One change in a cooperative's history. */
export type AdminActivity = {
  id: string
  action: string
  resource_id: string | null
  actor_type: "member" | "staff"
  actor_id: string
  actor_name: string | null
  created_at: string
}

export type AdminActivityResponse = {
  activity: AdminActivity[]
  count: number
  limit: number
  offset: number
}

/** A product staff add for a cooperative: one variant, one photo; the portal's full form has more. */
export type AdminProductForCooperative = {
  title: { fr: string; ar?: string; en?: string }
  description: { fr?: string }
  category_id: string
  handmade: { materials: string[]; made_to_order: boolean; one_of_a_kind: boolean }
  variants: { title: string; price_mad: number; price_eur: number; stock: number }[]
  photo: File
}

/** What staff may change of a cooperative's record (`POST /admin/vendors/:id`). */
export type AdminVendorRecordBody = {
  name?: string
  legal_form?: string
  odco_number?: string | null
  ice?: string | null
  region?: string
  province?: string | null
  city?: string
  founded_year?: number | null
  members_count?: number | null
  women_share?: number | null
  email?: string | null
  phone?: string
}

/** One of a cooperative's parcels, as its portal lists it. */
export type AdminCooperativePart = {
  id: string
  display_id: number | null
  status: string
  total: number
  currency_code: string
  payment_provider_id: string | null
  items: { id: string; title: string; quantity: number }[]
}

// GET /admin/reviews: buyers' reviews, those waiting for staff first and oldest first
export type ReviewStatus = "pending" | "published" | "rejected"
export type AdminReviewListParams = Page & { status?: ReviewStatus }

export type AdminReview = {
  id: string
  product_id: string
  rating: number
  body: string | null
  locale: Locale | null
  photo_urls: string[]
  author_first_name: string | null
  author_city: string | null
  created_at: string
  /** the cooperative's one public answer */
  reply: string | null
  replied_at: string | null
  status: ReviewStatus
  rejection_reason: string | null
  moderated_at: string | null
  product: { id: string; title: string; handle: string } | null
  vendor: { id: string; name: string } | null
}

export type AdminReviewListResponse = HttpTypes.PaginatedResponse<{ reviews: AdminReview[] }>

// POST /admin/reviews/:id/{publish,reject}: rejecting needs the reason its author reads
export type AdminModerateReviewBody = { reason?: string }
export type AdminReviewResponse = { review: Omit<AdminReview, "product" | "vendor" | "moderated_at"> }
