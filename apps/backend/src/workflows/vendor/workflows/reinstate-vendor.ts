import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowData, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { isHiddenProductLink, type HiddenProducts } from "../steps/hide-vendor-products"
import { restoreVendorProductsStep } from "../steps/restore-vendor-products"
import {
  loadVendorForDecision,
  recordVendorDecision,
  VendorDecisionWorkflowInput,
} from "./compose-vendor-decision"

export const reinstateVendorWorkflowId = "reinstate-vendor"

/** Staff reinstate a suspended vendor: exactly the products its last suspension hid come back. */
export const reinstateVendorWorkflow = createWorkflow(
  reinstateVendorWorkflowId,
  (input: WorkflowData<VendorDecisionWorkflowInput>) => {
    const loaded = loadVendorForDecision(input, "reinstate")

    const { data: suspensions } = useQueryGraphStep({
      entity: "vendor_decision",
      fields: ["id", "hidden_products", "created_at"],
      filters: { vendor_id: input.vendor_id, action: "suspend" },
      pagination: { order: { created_at: "DESC" }, take: 1 },
    }).config({ name: "get-last-suspension" })
    const hidden = transform({ suspensions }, ({ suspensions }): HiddenProducts => {
      // written by the suspension as HiddenProducts, read back as plain JSON: keep what has that shape
      const recorded = suspensions[0]?.hidden_products ?? {}
      return {
        links: (Array.isArray(recorded.links) ? recorded.links : []).filter(isHiddenProductLink),
        unpublished: (Array.isArray(recorded.unpublished) ? recorded.unpublished : []).filter(
          (id): id is string => typeof id === "string"
        ),
      }
    })
    const restored = restoreVendorProductsStep({ hidden })
    const { vendor } = recordVendorDecision(input, "reinstate", loaded)

    const productEvents = transform({ restored }, ({ restored }) =>
      [...new Set([...restored.links.map((row) => row.product_id), ...restored.unpublished])].map((id) => ({
        id,
      }))
    )
    emitEventStep({ eventName: "product.updated", data: productEvents }).config({
      name: "emit-products-restored",
    })
    return new WorkflowResponse(vendor)
  }
)
