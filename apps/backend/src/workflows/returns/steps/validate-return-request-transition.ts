import { ERROR_CODES } from "@bazaar/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type ReturnRequestTransition =
  "accept" | "refuse" | "settle_accept" | "settle_refuse" | "dispute" | "receive"

/** Which statuses each move starts from: the cooperative answers a new request, staff also a disputed one. */
const ALLOWED_FROM: Record<ReturnRequestTransition, string[]> = {
  accept: ["requested"],
  refuse: ["requested"],
  settle_accept: ["requested", "disputed"],
  settle_refuse: ["requested", "disputed"],
  dispute: ["refused"],
  receive: ["accepted"],
}

const PAST: Record<ReturnRequestTransition, string> = {
  accept: "accepted",
  refuse: "refused",
  settle_accept: "accepted",
  settle_refuse: "refused",
  dispute: "disputed",
  receive: "received",
}

export const validateReturnRequestTransitionStepId = "validate-return-request-transition"

/**
 * Refuses a move the request's status does not allow — a second tap on "accept", a dispute of a
 * request staff already settled — with a 409 naming the status.
 */
export const validateReturnRequestTransitionStep = createStep(
  validateReturnRequestTransitionStepId,
  async (input: {
    request: { id: string; status: string; disputed_at?: Date | string | null }
    transition: ReturnRequestTransition
    /** a refusal's reason, which the shopper reads */
    reason?: string | null
  }) => {
    const { request, transition } = input
    const settled = transition === "dispute" && !!request.disputed_at
    if (!ALLOWED_FROM[transition].includes(request.status) || settled) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        settled
          ? `Return request ${request.id} was already settled by the centre`
          : `Return request ${request.id} is ${request.status}: it cannot be ${PAST[transition]} now`,
        ERROR_CODES.conflict
      )
    }
    const refusing = transition === "refuse" || transition === "settle_refuse"
    if (refusing && (input.reason?.trim().length ?? 0) < 3) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Give the shopper a reason (3 characters or more)"
      )
    }
  }
)
