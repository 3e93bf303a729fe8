import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type AddProductOptionValuesStepInput = {
  product_id: string
  option_id: string | undefined
  values: string[]
}

type Undo = { product_id: string; option_id: string; value_ids: string[] }

export const addProductOptionValuesStepId = "add-product-option-values"

/**
 * Adds values to the product's option and to the product's own subset of them, so that new or
 * renamed variants can take them (Medusa 2.21 refuses a variant whose value is outside the subset).
 * Compensation takes them off the product again.
 */
export const addProductOptionValuesStep = createStep(
  addProductOptionValuesStepId,
  async (input: AddProductOptionValuesStepInput, { container }) => {
    if (!input.option_id || !input.values.length) {
      return new StepResponse(undefined, null)
    }
    const products = container.resolve(Modules.PRODUCT)
    await products.updateProductOptionValuesOnProduct({
      product_id: input.product_id,
      product_option_id: input.option_id,
      add: input.values.map((value) => ({ value })),
    })
    const added = await products.listProductOptionValues(
      { option_id: input.option_id, value: input.values },
      { select: ["id"] }
    )
    return new StepResponse(undefined, {
      product_id: input.product_id,
      option_id: input.option_id,
      value_ids: added.map((value) => value.id),
    } satisfies Undo)
  },
  async (undo, { container }) => {
    if (!undo?.value_ids.length) {
      return
    }
    await container.resolve(Modules.PRODUCT).updateProductOptionValuesOnProduct({
      product_id: undo.product_id,
      product_option_id: undo.option_id,
      remove: undo.value_ids,
    })
  }
)
