/** What members and staff see of a certificate (the shop sees less: label, number and expiry). */
export const certificationFields = [
  "id",
  "label",
  "number",
  "document_url",
  "expires_at",
  "added_by_type",
  "verified_at",
  "created_at",
]
