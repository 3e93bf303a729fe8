import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import type { VendorContext } from "../vendor-request"
import { describeActivity } from "./describe-activity"

/**
 * Writes the cooperative's history entry for a change that succeeded, before its answer leaves:
 * `res.json` waits for the entry, so whoever reads the history right after sees the change and its
 * author. A failure to write it is logged and never fails the change already made.
 */
export function recordActivityBeforeAnswer(
  scope: MedusaContainer,
  method: string,
  path: string,
  context: VendorContext,
  res: MedusaResponse
) {
  const send = res.json.bind(res)
  res.json = ((answer: unknown) => {
    const described = res.statusCode < 400 ? describeActivity(method, path, answer) : null
    if (!described) {
      return send(answer)
    }
    const service: VendorModuleService = scope.resolve(VENDOR_MODULE)
    service
      .createVendorActivities({
        vendor_id: context.vendor.id,
        ...described,
        actor_type: context.actor.type,
        actor_id: context.actor.id,
        actor_name: context.actor.name,
      })
      .catch((error: Error) =>
        scope
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(`History of ${context.vendor.id} not written (${described.action}): ${error.message}`)
      )
      .finally(() => send(answer))
    return res
  }) as MedusaResponse["json"]
}
