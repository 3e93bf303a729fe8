import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { DEMO_ACCOUNTS, STOREFRONT_KEY_TITLE } from "../../src/scripts/seed/constants"
import { never, storefrontKey } from "./helpers/portal"

/** Runs the seed as `npm start` does, with BAZAAR_DEMO set for that run only. */
async function runSeed(container: any, demo: "true" | "false") {
  const before = process.env.BAZAAR_DEMO
  process.env.BAZAAR_DEMO = demo
  try {
    await seed({ container, args: [] } as never)
  } finally {
    if (before === undefined) {
      delete process.env.BAZAAR_DEMO
    } else {
      process.env.BAZAAR_DEMO = before
    }
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    // no beforeAll: every test starts from a freshly migrated, empty database

    const login = (actor: "user" | "customer" | "vendor", email: string, password: string) =>
      api.post(`/auth/${actor}/emailpass`, { email, password }, never)

    it("a deployment (BAZAAR_DEMO=false) seeds no demo account, only what the shop needs", async () => {
      const container = getContainer()
      await runSeed(container, "false")

      const { staff, shopper, member, weaver, applicant } = DEMO_ACCOUNTS
      expect(await container.resolve(Modules.USER).listUsers({ email: staff.email })).toHaveLength(0)
      expect(await container.resolve(Modules.CUSTOMER).listCustomers({ email: shopper.email })).toHaveLength(
        0
      )
      const identities = await container.resolve(Modules.AUTH).listProviderIdentities({
        entity_id: [staff.email, shopper.email, member.email, weaver.email, applicant.email],
      })
      expect(identities).toHaveLength(0)
      expect((await login("user", staff.email, staff.password)).status).toBe(401)
      expect((await login("vendor", member.email, member.password)).status).toBe(401)
      expect(await container.resolve("vendor").listVendors({})).toHaveLength(0)

      // the storefront still finds its key, and shoppers their regions
      expect(await storefrontKey(container)).toMatch(/^pk_/)
      const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })
      expect(key.title).toBe(STOREFRONT_KEY_TITLE)
      const regions = await container.resolve(Modules.REGION).listRegions({})
      expect(regions.map((region: any) => region.currency_code).sort()).toEqual(["eur", "mad"])

      // a second start sets nothing up twice
      await runSeed(container, "false")
      expect(await container.resolve(Modules.REGION).listRegions({})).toHaveLength(2)

      // the deployment's database started as the demo (a backup checked on a laptop) stays as it is
      await runSeed(container, "true")
      expect(await container.resolve(Modules.USER).listUsers({ email: staff.email })).toHaveLength(0)
      expect(await container.resolve("vendor").listVendors({})).toHaveLength(0)
    })

    it("the demo is seeded once: a demo member that staff removed is not re-created by the next start", async () => {
      const container = getContainer()
      const vendorService = container.resolve("vendor") as any
      await runSeed(container, "true")

      const { member } = DEMO_ACCOUNTS
      const [demoMember] = await vendorService.listVendorMembers({ email: member.email })
      expect(demoMember.role).toBe("owner")
      expect((await login("vendor", member.email, member.password)).status).toBe(200)

      await vendorService.softDeleteVendorMembers([demoMember.id])
      await runSeed(container, "true")

      expect(await vendorService.listVendorMembers({ email: member.email })).toHaveLength(0)
    })

    it("the start-time check refuses while a demo password works, and passes once none does", async () => {
      const container = getContainer()
      await runSeed(container, "true")
      const { findWorkingDemoLogins, lockDemoLogins } =
        await import("../../src/scripts/seed/demo-login-check")

      const working = await findWorkingDemoLogins(container)
      expect(working.sort()).toEqual(
        [...new Set(Object.values(DEMO_ACCOUNTS).map((account) => account.email))].sort()
      )

      // a deployment started on this database (BAZAAR_DEMO=false) refuses, and says what to do
      await expect(runSeed(container, "false")).rejects.toThrow(/demo logins still work.*lock-demo-logins/is)

      expect((await lockDemoLogins(container)).sort()).toEqual(working.sort())
      expect(await findWorkingDemoLogins(container)).toEqual([])
      const { staff } = DEMO_ACCOUNTS
      expect((await login("user", staff.email, staff.password)).status).toBe(401)
      await runSeed(container, "false")
    })
  },
})
