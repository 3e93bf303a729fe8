import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Refuses list requests asking for more than `max` rows per page. Medusa 2 has no `maxLimit` in its
 * query configs, so one guard in front of every list route of a family (ours and the store routes we
 * extend) keeps a single request from reading a whole table.
 */
export function capPageSize(max: number) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const limit = req.query?.limit
    if (req.method !== "GET" || limit === undefined) {
      return next()
    }
    const value = Number(Array.isArray(limit) ? limit[0] : limit)
    if (!Number.isFinite(value) || value > max) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `limit must be at most ${max} per page; use offset to read the next page`
        )
      )
    }
    next()
  }
}
