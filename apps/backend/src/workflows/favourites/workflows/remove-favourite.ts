import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeFavouritesStep, type RemoveFavouritesInput } from "../steps/remove-favourites"

/** Takes one product out of a shopper's favourites; removing one that is not kept changes nothing. */
export const removeFavouriteWorkflow = createWorkflow("remove-favourite", (input: RemoveFavouritesInput) => {
  const removed = removeFavouritesStep(input)
  return new WorkflowResponse(removed)
})
