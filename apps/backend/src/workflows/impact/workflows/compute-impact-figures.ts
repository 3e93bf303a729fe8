import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireStorefrontCacheStep } from "../../common/steps/expire-storefront-cache"
import { impactDay, summariseImpact } from "../impact-figures"
import { readImpactInputsStep } from "../steps/read-impact-inputs"
import { saveImpactSnapshotStep } from "../steps/save-impact-snapshot"

export const computeImpactFiguresWorkflowId = "compute-impact-figures"

/**
 * Sums the impact figures from the ledger, the stand sales and the cooperatives' records, keeps them
 * as the day's snapshot and has the shop show them (docs/impact.md).
 */
export const computeImpactFiguresWorkflow = createWorkflow(
  computeImpactFiguresWorkflowId,
  (input: { at?: string }) => {
    const at = transform({ input }, ({ input }) => input.at ?? new Date().toISOString())
    const inputs = readImpactInputsStep({ at })
    const saved = transform({ inputs }, ({ inputs }) => ({
      day: impactDay(new Date(inputs.computed_at)),
      summary: summariseImpact({ ...inputs, computed_at: new Date(inputs.computed_at) }),
    }))
    saveImpactSnapshotStep(saved)
    expireStorefrontCacheStep(["impact"])
    return new WorkflowResponse(saved.summary)
  }
)
