import { randomBytes } from "node:crypto"
import { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DEMO_ACCOUNTS } from "./constants"

type Container = ExecArgs["container"]

/** The demo logins, one per email (two demo members share a password, not an email). */
function demoLogins(): { email: string; password: string }[] {
  const byEmail = new Map(
    Object.values(DEMO_ACCOUNTS).map(({ email, password }) => [email, { email, password }])
  )
  return [...byEmail.values()]
}

/**
 * The demo logins whose published password (README, `npm start`'s banner, demo-logins.json) still
 * signs in. Tried through the auth module's email/password provider, as a login would, so a
 * changed password, a deleted login or a login made by hand with another password all count as safe.
 */
export async function findWorkingDemoLogins(container: Container): Promise<string[]> {
  const authService = container.resolve(Modules.AUTH)
  const working: string[] = []
  for (const { email, password } of demoLogins()) {
    const { success } = await authService.authenticate("emailpass", { body: { email, password } })
    if (success) {
      working.push(email)
    }
  }
  return working
}

/** The refusal a deployment gives while demo logins work: what is wrong, and what to do. */
export function demoLoginsRefusal(emails: string[]): string {
  return (
    `These demo logins still work with the passwords published in the README: ${emails.join(", ")}. ` +
    `A public deployment must not start like this. Run \`npm run lock-demo-logins\` (gives each of them a ` +
    `random password nobody knows; staff can then delete them in Admin), or delete them, then start again.`
  )
}

/**
 * Gives every demo login that still has its published password a random one, and returns their
 * emails. Nothing else changes: orders, cooperatives and accounts stay, and staff can delete them.
 */
export async function lockDemoLogins(container: Container): Promise<string[]> {
  const authService = container.resolve(Modules.AUTH)
  const locked = await findWorkingDemoLogins(container)
  for (const email of locked) {
    const { success, error } = await authService.updateProvider("emailpass", {
      entity_id: email,
      password: randomBytes(32).toString("base64url"),
    })
    if (!success) {
      throw new Error(`Could not change the password of ${email}: ${error}`)
    }
  }
  return locked
}
