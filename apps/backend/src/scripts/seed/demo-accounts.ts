import { ExecArgs } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_SUPPORT_ROLE, STAFF_ADMIN_ROLE } from "../../lib/staff/staff-permissions"
import { DEMO_ACCOUNTS } from "./constants"

type Container = ExecArgs["container"]

async function registerEmailPassword(container: Container, email: string, password: string): Promise<string> {
  const authService = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await authService.register("emailpass", {
    body: { email, password },
  })
  if (!success || !authIdentity) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Could not register ${email}: ${error}`)
  }
  return authIdentity.id
}

/** Creates the staff user and the shopper whose logins `npm start` prints. */
export async function createDemoAccounts(container: Container) {
  const { staff, shopper } = DEMO_ACCOUNTS

  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: await registerEmailPassword(container, staff.email, staff.password),
      userData: {
        email: staff.email,
        first_name: staff.first_name,
        last_name: staff.last_name,
        // the demo's staff may act for cooperatives and give roles (docs/security.md, "Staff roles")
        metadata: { bazaar_roles: [COOPERATIVE_SUPPORT_ROLE, STAFF_ADMIN_ROLE] },
      },
    },
  })

  await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: await registerEmailPassword(container, shopper.email, shopper.password),
      customerData: {
        email: shopper.email,
        first_name: shopper.first_name,
        last_name: shopper.last_name,
        phone: "+212 6 12 34 56 78",
      },
    },
  })
}
