/** What staff read of a message on the Notifications page. */
export const adminNotificationFields = [
  "id",
  "to",
  "channel",
  "template",
  "status",
  "data",
  "trigger_type",
  "resource_id",
  "resource_type",
  "receiver_id",
  "created_at",
  "updated_at",
]
