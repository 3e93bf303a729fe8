import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { anonymiseShopperOrdersStep } from "../steps/anonymise-shopper-orders"
import { anonymiseShopperReviewsStep } from "../steps/anonymise-shopper-reviews"
import { eraseCustomerDetailsStep } from "../steps/erase-customer-details"
import { refuseOpenOrdersStep } from "../steps/refuse-open-orders"
import { removeShopperFavouritesStep } from "../steps/remove-shopper-favourites"

export type DeleteShopperAccountWorkflowInput = { customer_id: string }

export const deleteShopperAccountWorkflowId = "delete-shopper-account"

/**
 * A shopper deletes her account (docs/shoppers.md → Deleting an account): her orders stay in the
 * cooperatives' and the centre's books without anything that names or reaches her, her reviews stay
 * unsigned, her favourites, address book and login go. Refused while a parcel is on its way.
 */
export const deleteShopperAccountWorkflow = createWorkflow(
  deleteShopperAccountWorkflowId,
  (input: DeleteShopperAccountWorkflowInput) => {
    refuseOpenOrdersStep({ customer_id: input.customer_id })
    anonymiseShopperOrdersStep({ customer_id: input.customer_id })
    anonymiseShopperReviewsStep({ customer_id: input.customer_id })
    removeShopperFavouritesStep({ customer_id: input.customer_id })
    eraseCustomerDetailsStep({ customer_id: input.customer_id })
    // the customer, and its login unless the same login is also a cooperative member's
    removeCustomerAccountWorkflow.runAsStep({ input: { customerId: input.customer_id } })
    return new WorkflowResponse(input.customer_id)
  }
)
