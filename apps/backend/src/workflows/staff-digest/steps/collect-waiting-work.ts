import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reminderWindow } from "../../certification/certification-rules"

export type WaitingList = { count: number; names: string[] }
export type WaitingWork = {
  applications: WaitingList
  products: WaitingList
  unshipped: WaitingList
  unshipped_days: number
  /** verified certificates that expire within the reminder window: staff may help renew them */
  certifications: WaitingList
}

export const collectWaitingWorkStepId = "collect-waiting-work"

/** How many names a digest lists per section; the count says the rest. */
const SHOWN = 5

/**
 * What waits for staff at `at`: cooperatives' applications, products proposed for review, and
 * parts still pending `unshipped_days` after the order, and certificates about to expire. Reads only.
 */
export const collectWaitingWorkStep = createStep(
  collectWaitingWorkStepId,
  async (input: { at: string; unshipped_days: number }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const page = { take: SHOWN, order: { created_at: "ASC" as const } }
    const cutoff = new Date(new Date(input.at).getTime() - input.unshipped_days * 86_400_000)
    const window = reminderWindow(new Date(input.at))
    const [vendors, products, parts, certifications] = await Promise.all([
      query.graph({ entity: "vendor", fields: ["name"], filters: { status: "pending" }, pagination: page }),
      query.graph({
        entity: "product",
        fields: ["title"],
        filters: { status: "proposed" },
        pagination: page,
      }),
      query.graph({
        entity: "vendor_order",
        fields: ["display_id", "vendor.name"],
        filters: { status: "pending", created_at: { $lt: cutoff } },
        pagination: page,
      }),
      query.graph({
        entity: "vendor_certification",
        fields: ["label", "expires_at", "vendor.name"],
        filters: {
          verified_at: { $ne: null },
          expires_at: { $gt: window.expiring_from, $lte: window.expiring_until },
        },
        pagination: { take: SHOWN, order: { expires_at: "ASC" as const } },
      }),
    ])
    const work: WaitingWork = {
      applications: {
        count: vendors.metadata?.count ?? vendors.data.length,
        names: vendors.data.map((vendor) => String(vendor.name)),
      },
      products: {
        count: products.metadata?.count ?? products.data.length,
        names: products.data.map((product) => String(product.title)),
      },
      unshipped: {
        count: parts.metadata?.count ?? parts.data.length,
        names: (parts.data as { display_id?: number | null; vendor?: { name?: string } | null }[]).map(
          (part) => `#${part.display_id ?? "?"} — ${part.vendor?.name ?? ""}`
        ),
      },
      unshipped_days: input.unshipped_days,
      certifications: {
        count: certifications.metadata?.count ?? certifications.data.length,
        names: (
          certifications.data as {
            label: string
            expires_at: Date | string
            vendor?: { name?: string } | null
          }[]
        ).map(
          (certification) =>
            `${certification.label} — ${certification.vendor?.name ?? ""} (${new Date(certification.expires_at).toISOString().slice(0, 10)})`
        ),
      },
    }
    return new StepResponse(work)
  }
)
