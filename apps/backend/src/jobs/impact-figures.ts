import type { MedusaContainer } from "@medusajs/framework/types"
import { computeImpactFiguresWorkflow } from "../workflows/impact/workflows/compute-impact-figures"

/**
 * Every morning, sums the impact figures the shop shows (docs/impact.md). Running it twice in a day,
 * or on two workers, rewrites the same day's snapshot.
 */
export default async function impactFigures(container: MedusaContainer) {
  await computeImpactFiguresWorkflow(container).run({ input: {} })
}

export const config = {
  name: "impact-figures",
  schedule: "15 5 * * *",
}
