import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { setUpVendorShippingWorkflowId } from "../../vendor/vendor-shipping-options"
import type { StandInput } from "../event-input"

export const ensureStandPickupOptionsStepId = "ensure-stand-pickup-options"

/**
 * Makes sure each cooperative given a stand has its "pick up at my stand" shipping option: those set
 * up before the option existed get it now, the others are left as they are. Nothing to undo: the
 * option is listed to shoppers only while the cooperative holds a stand open for pick-up.
 */
export const ensureStandPickupOptionsStep = createStep(
  ensureStandPickupOptionsStepId,
  async (stands: StandInput[], { container }) => {
    // by id through the engine: importing the workflow here would define it a second time in tests,
    // which load the demo seed (and so this step) outside the application's own module loader
    const engine = container.resolve(Modules.WORKFLOW_ENGINE)
    for (const vendorId of new Set(stands.map((stand) => stand.vendor_id))) {
      await engine.run(setUpVendorShippingWorkflowId, { input: { vendor_id: vendorId } })
    }
    return new StepResponse(undefined)
  }
)
