import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { demoLoginsRefusal, findWorkingDemoLogins } from "./seed/demo-login-check"

/**
 * `medusa exec ./src/scripts/check-demo-logins.ts`: fails while any published demo password still
 * signs in. `npm start` runs the same check before serving a deployment; a deployment started
 * another way (compose.yaml) runs this after its migrations.
 */
export default async function checkDemoLogins({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const working = await findWorkingDemoLogins(container)
  if (working.length > 0) {
    throw new Error(demoLoginsRefusal(working))
  }
  logger.info("No demo login works with its published password.")
}
