/**
 * Who decided on a proposed product, and when: kept in the product's metadata beside the rejection
 * reason, so Moderation and the product's page in Admin can say which staff member published or
 * sent it back. The last decision wins; a product edit's own decisions are on `product_edit`.
 */
export function moderationRecord(decision: "published" | "rejected", decided_by: string | undefined) {
  return {
    moderation_decision: decision,
    moderation_decided_by: decided_by ?? null,
    moderation_decided_at: new Date().toISOString(),
  }
}
