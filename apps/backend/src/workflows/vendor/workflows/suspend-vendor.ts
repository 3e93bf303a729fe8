import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowData, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { hideVendorProductsStep } from "../steps/hide-vendor-products"
import {
  loadVendorForDecision,
  recordVendorDecision,
  VendorDecisionWorkflowInput,
} from "./compose-vendor-decision"

export const suspendVendorWorkflowId = "suspend-vendor"

/**
 * Staff suspend an approved vendor: all its products leave the sales channels at once, and the
 * decision records exactly which, so reinstating restores what was visible and nothing more.
 */
export const suspendVendorWorkflow = createWorkflow(
  suspendVendorWorkflowId,
  (input: WorkflowData<VendorDecisionWorkflowInput>) => {
    const loaded = loadVendorForDecision(input, "suspend")
    const hidden = hideVendorProductsStep({ vendor_id: input.vendor_id })
    const { vendor } = recordVendorDecision(input, "suspend", loaded, hidden)

    const productEvents = transform({ hidden }, ({ hidden }) =>
      [...new Set([...hidden.links.map((row) => row.product_id), ...hidden.unpublished])].map((id) => ({
        id,
      }))
    )
    // the product index filters by status and sales channel: reindex what was hidden
    emitEventStep({ eventName: "product.updated", data: productEvents }).config({
      name: "emit-products-hidden",
    })
    return new WorkflowResponse(vendor)
  }
)
