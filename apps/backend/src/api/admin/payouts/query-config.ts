/** What staff read of a payout, with the cooperative's name. */
export const adminPayoutFields = [
  "id",
  "vendor_id",
  "amount",
  "currency_code",
  "paid_at",
  "reference",
  "method",
  "proof_url",
  "rib",
  "recorded_by",
  "note",
  "created_at",
]
