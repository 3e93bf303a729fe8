/**
 * The reason each notification failed, read from the error Medusa's notification module throws after
 * a batch ("Failed to send notification with id noti_…:\n<reason>", one per failure), so staff see
 * it on the Admin's Notifications page: the module itself keeps only the status.
 */
export function sendErrorsById(message: string): Map<string, string> {
  const errors = new Map<string, string>()
  const failed = /Failed to send notification with id (noti_\w+):\r?\n([^\r\n]*)/g
  for (const [, id, reason] of message.matchAll(failed)) {
    errors.set(id, reason.trim().slice(0, 500) || "Unknown error")
  }
  const noProvider =
    /(Could not find a notification provider for channel: \S+) for notification id (noti_\w+)/g
  for (const [, reason, id] of message.matchAll(noProvider)) {
    errors.set(id, reason)
  }
  return errors
}
