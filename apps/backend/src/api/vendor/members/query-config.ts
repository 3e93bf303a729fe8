/** What members read of each other. */
export const vendorMemberFields = ["id", "email", "first_name", "last_name", "phone", "role", "created_at"]
