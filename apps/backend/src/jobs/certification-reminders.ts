import type { MedusaContainer } from "@medusajs/framework/types"
import { remindExpiringCertificationsWorkflow } from "../workflows/certification/workflows/remind-expiring-certifications"

/**
 * Every morning, reminds cooperatives of certificates expiring within 30 days and takes lapsed badges
 * off the shop's cached pages. Each reminder's idempotency key (certificate, expiry day, recipient)
 * lets it out once, however many mornings or workers run the job.
 */
export default async function certificationReminders(container: MedusaContainer) {
  await remindExpiringCertificationsWorkflow(container).run({ input: {} })
}

export const config = {
  name: "certification-reminders",
  schedule: "30 6 * * *",
}
