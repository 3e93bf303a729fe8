import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../modules/vendor"
import type VendorModuleService from "../../modules/vendor/service"
import { createVendorApplicationWorkflow } from "../../workflows/vendor/workflows/create-vendor-application"
import { DEMO_ACCOUNTS } from "./constants"

type Container = ExecArgs["container"]

/** The login's auth identity, registered with email and password if it does not exist yet. */
async function ensureLogin(container: Container, email: string, password: string): Promise<string> {
  const authService = container.resolve(Modules.AUTH)
  const [existing] = await authService.listProviderIdentities(
    { entity_id: email, provider: "emailpass" },
    { take: 1 }
  )
  if (existing) {
    return existing.auth_identity_id as string
  }
  const { success, authIdentity, error } = await authService.register("emailpass", {
    body: { email, password },
  })
  if (!success || !authIdentity) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Could not register ${email}: ${error}`)
  }
  return authIdentity.id
}

/**
 * The cooperative portal's demo data: member logins for two approved cooperatives and a pending
 * application for staff to review. Idempotent (checked by email), so it also runs on a database
 * seeded before the portal existed.
 */
export async function seedDemoPortal(container: Container) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const vendorService: VendorModuleService = container.resolve(VENDOR_MODULE)
  const authService = container.resolve(Modules.AUTH)
  const { member, weaver, applicant } = DEMO_ACCOUNTS

  // two cooperatives with a login each, so a demo order split between them can be followed from both sides
  for (const [demoMember, phone] of [
    [member, "+212 6 61 23 45 67"],
    [weaver, "+212 6 62 98 76 54"],
  ] as const) {
    const [existingMember] = await vendorService.listVendorMembers({ email: demoMember.email }, { take: 1 })
    if (existingMember) {
      continue
    }
    const [vendor] = await vendorService.listVendors({ handle: demoMember.vendor }, { take: 1 })
    if (!vendor) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Demo cooperative ${demoMember.vendor} was not found`
      )
    }
    const authIdentityId = await ensureLogin(container, demoMember.email, demoMember.password)
    const created = await vendorService.createVendorMembers({
      vendor_id: vendor.id,
      email: demoMember.email,
      first_name: demoMember.first_name,
      last_name: demoMember.last_name,
      phone,
      role: "owner",
    })
    const identity = await authService.retrieveAuthIdentity(authIdentityId)
    await authService.updateAuthIdentities({
      id: authIdentityId,
      app_metadata: { ...(identity.app_metadata ?? {}), vendor_id: created.id },
    })
    logger.info(`Demo member ${demoMember.email} can sign in to the portal for ${vendor.name}`)
  }

  const [existingApplicant] = await vendorService.listVendorMembers({ email: applicant.email }, { take: 1 })
  if (!existingApplicant) {
    const authIdentityId = await ensureLogin(container, applicant.email, applicant.password)
    await createVendorApplicationWorkflow(container).run({
      input: {
        auth_identity_id: authIdentityId,
        vendor: {
          name: "Coopérative Tamount Amlou",
          legal_form: "cooperative",
          odco_number: "2021/4471",
          ice: "002845129000071",
          region: "Souss-Massa",
          province: "Chtouka-Aït Baha",
          city: "Aït Baha",
          founded_year: 2021,
          members_count: 14,
          women_share: 100,
          tagline: {
            fr: "Amlou et huile d'argan de l'Anti-Atlas",
            ar: "أملو وزيت أركان من الأطلس الصغير",
            en: "Amlou and argan oil from the Anti-Atlas",
          },
          story: {
            fr: "Quatorze femmes d'Aït Baha torréfient les amandes et pressent l'argan à la meule de pierre, comme leurs mères.",
            ar: "أربع عشرة امرأة من آيت باها يحمّصن اللوز ويعصرن الأركان بالرحى الحجرية كما فعلت أمهاتهن.",
            en: "Fourteen women from Aït Baha roast almonds and press argan on a stone mill, as their mothers did.",
          },
          email: "contact@tamount-amlou.ma",
          phone: "+212 5 28 81 22 33",
        },
        member: {
          first_name: applicant.first_name,
          last_name: applicant.last_name,
          phone: "+212 6 70 11 22 33",
        },
      },
    })
    logger.info(`Demo application "Coopérative Tamount Amlou" waits for review (login ${applicant.email})`)
  }
}
