import type { MedusaContainer } from "@medusajs/framework/types"
import { sendStaffDigestWorkflow } from "../workflows/staff-digest/workflows/send-staff-digest"

/**
 * Every morning, tells staff what waits. Jobs run on the worker only (docs/operations.md); should two
 * processes run it anyway, the idempotency key (user and day) lets one digest through per day.
 */
export default async function staffDigest(container: MedusaContainer) {
  await sendStaffDigestWorkflow(container).run({ input: {} })
}

export const config = {
  name: "staff-digest",
  schedule: "0 7 * * *",
}
