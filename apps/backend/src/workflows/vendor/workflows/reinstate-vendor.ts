import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowData, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { HiddenProducts } from "../steps/hide-vendor-products"
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
    const hidden = transform({ suspensions }, ({ suspensions }) => {
      const recorded = (suspensions[0]?.hidden_products ?? {}) as Partial<HiddenProducts>
      return {
        links: (recorded.links ?? []).filter(
          (row) => typeof row?.product_id === "string" && typeof row?.sales_channel_id === "string"
        ),
        unpublished: (recorded.unpublished ?? []).filter((id) => typeof id === "string"),
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
