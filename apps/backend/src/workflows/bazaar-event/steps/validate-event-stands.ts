import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { firstDuplicate, type StandInput } from "../event-input"

export const validateEventStandsStepId = "validate-event-stands"

/**
 * Checks an event's stands: approved cooperatives only, each cooperative once, each stand number
 * once. The database's unique indexes hold the last two as well.
 */
export const validateEventStandsStep = createStep(
  validateEventStandsStepId,
  async (stands: StandInput[], { container }) => {
    const vendor = firstDuplicate(stands.map((stand) => stand.vendor_id))
    if (vendor) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Cooperative ${vendor} is given two stands: a cooperative holds one stand per event`
      )
    }
    const number = firstDuplicate(stands.map((stand) => stand.stand_number))
    if (number) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Stand number ${number} is given twice`)
    }
    if (!stands.length) {
      return new StepResponse(undefined)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ids = stands.map((stand) => stand.vendor_id)
    const { data } = await query.graph({
      entity: "vendor",
      fields: ["id", "status"],
      filters: { id: ids },
    })
    const approved = new Set(data.filter((row) => row.status === "approved").map((row) => row.id))
    const refused = ids.filter((id) => !approved.has(id))
    if (refused.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Only approved cooperatives can hold a stand: ${refused.join(", ")} is not one`
      )
    }
    return new StepResponse(undefined)
  }
)
