import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { lockDemoLogins } from "./seed/demo-login-check"

/**
 * `npm run lock-demo-logins`: every demo login that still has its published password gets a random
 * one nobody knows. For a database that ran the demo and now serves the public.
 */
export default async function lock({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const locked = await lockDemoLogins(container)
  logger.info(
    locked.length
      ? `Locked ${locked.length} demo logins: ${locked.join(", ")}. Staff can delete them in Admin.`
      : "No demo login had its published password: nothing to lock."
  )
}
