import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { paintPlaceholderPng } from "../../src/scripts/seed/placeholder-image"
import {
  applicationBody,
  approvedCooperative,
  bearer,
  loginStaff,
  never,
  PASSWORD,
  registerVendorLogin,
  storefrontKey,
  uniqueEmail,
  uploadPhoto,
} from "./helpers/portal"

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishable: string
    let staff: string

    /** One visitor address per test, through a trusted proxy, so each test has its own per-IP budget. */
    let visitor = 10
    const viaProxy = (ip: string, config: any = {}) => ({
      ...never,
      ...config,
      headers: { ...(config.headers ?? {}), "x-forwarded-for": ip },
    })
    const withTrustedProxy = async (run: (ip: string) => Promise<void>) => {
      process.env.TRUST_PROXY = "1"
      try {
        await run(`203.0.113.${++visitor}`)
      } finally {
        delete process.env.TRUST_PROXY
      }
    }
    /**
     * A small budget for the routes whose real budgets are too large to exhaust in a test, for one test
     * only; the sign-in lock and the per-IP sign-in failures keep their real numbers.
     */
    const withBudget = async (name: string, value: string, run: () => Promise<void>) => {
      process.env[`RATE_LIMIT_${name}`] = value
      try {
        await run()
      } finally {
        delete process.env[`RATE_LIMIT_${name}`]
      }
    }
    const expectRateLimited = (response: any) => {
      expect(response.status).toBe(429)
      expect(Number(response.headers["retry-after"])).toBeGreaterThan(0)
      expect(response.data).toMatchObject({ type: "not_allowed", code: "rate_limited" })
      expect(response.data.message).toMatch(/try again in/i)
    }
    const notificationsTo = (to: string) =>
      getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to })

    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] } as never)
      publishable = await storefrontKey(getContainer())
      staff = await loginStaff(api)
      // the demo seed takes minutes on a busy machine
    }, 600_000)

    describe("password guessing", () => {
      it("locks an account after 10 wrong passwords, even for the right one, and tells its owner once", async () => {
        const email = uniqueEmail("guessed")
        await registerVendorLogin(api, email)
        for (let i = 0; i < 10; i++) {
          const wrong = await api.post("/auth/vendor/emailpass", { email, password: `wrong-${i}` }, never)
          expect(wrong.status).toBe(401)
        }
        const locked = await api.post("/auth/vendor/emailpass", { email, password: PASSWORD }, never)
        expectRateLimited(locked)
        expect(Number(locked.headers["retry-after"])).toBeGreaterThan(14 * 60)
        // the same email in another case is the same account
        const again = await api.post(
          "/auth/vendor/emailpass",
          { email: email.toUpperCase(), password: "x" },
          never
        )
        expectRateLimited(again)

        let sent: any[] = []
        for (let i = 0; i < 40 && sent.length === 0; i++) {
          await sleep(250)
          sent = (await notificationsTo(email)).filter((n: any) => n.template === "account-locked")
        }
        await sleep(500)
        sent = (await notificationsTo(email)).filter((n: any) => n.template === "account-locked")
        expect(sent).toHaveLength(1)
      })

      it("forgets failures after a successful sign-in", async () => {
        const email = uniqueEmail("typo")
        await registerVendorLogin(api, email)
        for (let round = 0; round < 2; round++) {
          for (let i = 0; i < 6; i++) {
            expect(
              (await api.post("/auth/vendor/emailpass", { email, password: "typo" }, never)).status
            ).toBe(401)
          }
          const ok = await api.post("/auth/vendor/emailpass", { email, password: PASSWORD }, never)
          expect(ok.status).toBe(200)
        }
      })

      it("stops one address trying one password on many accounts", async () => {
        await withTrustedProxy(async (ip) => {
          const statuses: number[] = []
          for (let i = 0; i < 101; i++) {
            const response = await api.post(
              "/auth/customer/emailpass",
              { email: `nobody-${i}@example.ma`, password: "123456" },
              viaProxy(ip)
            )
            statuses.push(response.status)
          }
          expect(statuses.filter((status) => status === 401)).toHaveLength(100)
          const blocked = await api.post(
            "/auth/customer/emailpass",
            { email: "someone-else@example.ma", password: "123456" },
            viaProxy(ip)
          )
          expectRateLimited(blocked)
          // another address is not blocked
          const other = await api.post(
            "/auth/customer/emailpass",
            { email: "someone-else@example.ma", password: "123456" },
            viaProxy("198.51.100.9")
          )
          expect(other.status).toBe(401)
        })
      })

      it("limits password-reset requests per account", async () => {
        const email = uniqueEmail("reset")
        await registerVendorLogin(api, email)
        const statuses: number[] = []
        for (let i = 0; i < 6; i++) {
          statuses.push(
            (await api.post("/auth/vendor/emailpass/reset-password", { identifier: email }, never)).status
          )
        }
        expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201])
        expectRateLimited(
          await api.post("/auth/vendor/emailpass/reset-password", { identifier: email }, never)
        )
      })
    })

    describe("other budgets", () => {
      it("limits searches per address", async () => {
        await withBudget("SEARCH_IP", "5/60", () =>
          withTrustedProxy(async (ip) => {
            const body = { entity: "product", filters: { q: "argan" } }
            const headers = { "x-publishable-api-key": publishable }
            for (let i = 0; i < 5; i++) {
              expect((await api.post("/store/search", body, viaProxy(ip, { headers }))).status).toBe(200)
            }
            expectRateLimited(await api.post("/store/search", body, viaProxy(ip, { headers })))
          })
        )
      })

      it("limits applications per address", async () => {
        await withBudget("APPLICATIONS_IP", "3/3600", () =>
          withTrustedProxy(async (ip) => {
            const statuses: number[] = []
            for (let i = 0; i < 3; i++) {
              const token = await registerVendorLogin(api, uniqueEmail("applicant"))
              statuses.push(
                (
                  await api.post(
                    "/vendor/applications",
                    applicationBody(`Coopérative ${ip} ${i}`),
                    viaProxy(ip, bearer(token))
                  )
                ).status
              )
            }
            expect(statuses).toEqual([201, 201, 201])
            const token = await registerVendorLogin(api, uniqueEmail("applicant"))
            expectRateLimited(
              await api.post(
                "/vendor/applications",
                applicationBody("Coopérative de trop"),
                viaProxy(ip, bearer(token))
              )
            )
          })
        )
      })

      it("limits uploads and invitations per member", async () => {
        const cooperative = await approvedCooperative(api, staff, "Coopérative Limites")
        await withBudget("UPLOADS_ACCOUNT", "3/600", async () => {
          for (let i = 0; i < 3; i++) {
            expect((await uploadPhoto(api, cooperative.token, `p${i}.png`)).status).toBe(200)
          }
          expectRateLimited(await uploadPhoto(api, cooperative.token, "one-too-many.png"))
        })
        await withBudget("INVITES_ACCOUNT", "3/3600", async () => {
          for (let i = 0; i < 3; i++) {
            const invite = await api.post(
              "/vendor/invites",
              { email: uniqueEmail("invitee") },
              bearer(cooperative.token)
            )
            expect(invite.status).toBe(201)
          }
          expectRateLimited(
            await api.post("/vendor/invites", { email: uniqueEmail("invitee") }, bearer(cooperative.token))
          )
        })
      })

      it("limits a shopper's photos for returns per account, whatever the address", async () => {
        const shopperToken = async (name: string) => {
          const email = uniqueEmail(name)
          const password = "retour-2026"
          const headers = { "x-publishable-api-key": publishable }
          const registration = await api.post("/auth/customer/emailpass/register", { email, password }, never)
          await api.post(
            "/store/customers",
            { email },
            { ...never, headers: { ...headers, authorization: `Bearer ${registration.data.token}` } }
          )
          const login = await api.post("/auth/customer/emailpass", { email, password }, never)
          return { ...never, headers: { ...headers, authorization: `Bearer ${login.data.token}` } }
        }
        const returnPhoto = (as: object, name: string) => {
          const form = new FormData()
          const bytes = paintPlaceholderPng({ color: "#6b8e23", seed: name })
          form.append("files", new Blob([bytes], { type: "image/png" }), name)
          return api.post("/store/return-requests/photos", form, as)
        }
        const amina = await shopperToken("amina")
        const salma = await shopperToken("salma")
        await withBudget("RETURN_PHOTOS_ACCOUNT", "2/3600", async () => {
          for (let i = 0; i < 2; i++) {
            expect((await returnPhoto(amina, `fele-${i}.png`)).status).toBe(200)
          }
          expectRateLimited(await returnPhoto(amina, "fele-de-trop.png"))
          // another shopper behind the same storefront keeps her own budget
          expect((await returnPhoto(salma, "salma.png")).status).toBe(200)
        })
      })

      it("limits staff's photo uploads in the Admin too", async () => {
        const adminUpload = (name: string) => {
          const form = new FormData()
          const bytes = paintPlaceholderPng({ color: "#2c7a7b", seed: name })
          form.append("files", new Blob([bytes], { type: "image/png" }), name)
          return api.post("/admin/uploads", form, bearer(staff))
        }
        await withBudget("UPLOADS_ACCOUNT", "3/600", async () => {
          for (let i = 0; i < 3; i++) {
            expect((await adminUpload(`staff-${i}.png`)).status).toBe(200)
          }
          expectRateLimited(await adminUpload("staff-one-too-many.png"))
        })
      })

      it("ignores X-Forwarded-For unless TRUST_PROXY says a proxy sets it", async () => {
        // without TRUST_PROXY, a forged header does not give a new budget: all these come from one address
        await withBudget("SEARCH_IP", "3/60", async () => {
          const body = { entity: "product", filters: { q: "argan" } }
          const headers = { "x-publishable-api-key": publishable }
          const statuses: number[] = []
          for (let i = 0; i < 4; i++) {
            statuses.push(
              (await api.post("/store/search", body, viaProxy(`192.0.2.${i}`, { headers }))).status
            )
          }
          expect(statuses).toEqual([200, 200, 200, 429])
        })
      })
    })

    describe("page sizes and filter lists", () => {
      it("refuses a page of 1000 products, saying the limit", async () => {
        const response = await api.get("/store/products?limit=1000", {
          headers: { "x-publishable-api-key": publishable },
          ...never,
        })
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/limit.*200/i)
        const fine = await api.get("/store/products?limit=200", {
          headers: { "x-publishable-api-key": publishable },
          ...never,
        })
        expect(fine.status).toBe(200)
      })

      it("refuses oversized pages on the portal and custom Admin routes", async () => {
        const cooperative = await approvedCooperative(api, staff, "Coopérative Pages")
        const vendor = await api.get("/vendor/products?limit=5000", bearer(cooperative.token))
        expect(vendor.status).toBe(400)
        expect(vendor.data.message).toMatch(/limit.*100/i)
        const admin = await api.get("/admin/vendors?limit=5000", bearer(staff))
        expect(admin.status).toBe(400)
        expect(admin.data.message).toMatch(/limit.*200/i)
      })

      it("bounds search filter lists and refuses LIKE patterns", async () => {
        const headers = { "x-publishable-api-key": publishable }
        const many = Array.from({ length: 101 }, (_, i) => `Region ${i}`)
        const tooMany = await api.post(
          "/store/search",
          { entity: "product", filters: { vendor_region: { $in: many } } },
          { headers, ...never }
        )
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toMatch(/100 values/)
        const bareList = await api.post(
          "/store/search",
          { entity: "product", filters: { vendor_region: many } },
          { headers, ...never }
        )
        expect(bareList.status).toBe(400)
        for (const operator of ["$like", "$ilike"]) {
          const like = await api.post(
            "/store/search",
            { entity: "product", filters: { vendor_region: { [operator]: "%a%" } } },
            { headers, ...never }
          )
          expect(like.status).toBe(400)
          expect(like.data.message).toContain(operator)
        }
        const fine = await api.post(
          "/store/search",
          { entity: "product", filters: { vendor_region: { $in: many.slice(0, 100) } } },
          { headers, ...never }
        )
        expect(fine.status).toBe(200)
      })
    })

    describe("state changes riding cookies", () => {
      const sessionCookie = async (path: string, token: string) => {
        const response = await api.post(path, {}, bearer(token))
        expect(response.status).toBe(200)
        const cookie = [response.headers["set-cookie"]].flat()[0] as string
        return cookie.split(";")[0]
      }

      it("refuses a staff state change from a foreign Origin or Referer, keeps bearer calls working", async () => {
        const cooperative = await approvedCooperative(api, staff, "Coopérative Origine")
        const cookie = await sessionCookie("/auth/session", staff)
        const url = `/admin/vendors/${cooperative.vendor.id}/suspend`
        const body = { reason: "Forged from another site" }

        const forged = await api.post(url, body, {
          headers: { cookie, origin: "https://evil.example" },
          ...never,
        })
        expect(forged.status).toBe(403)
        expect(forged.data.message).toMatch(/origin/i)
        const viaReferer = await api.post(url, body, {
          headers: { cookie, referer: "https://evil.example/page" },
          ...never,
        })
        expect(viaReferer.status).toBe(403)
        const stillApproved = await api.get(`/admin/vendors/${cooperative.vendor.id}`, bearer(staff))
        expect(stillApproved.data.vendor.status).toBe("approved")

        const fromAdmin = await api.post(url, body, {
          headers: { cookie, origin: "http://localhost:9000" },
          ...never,
        })
        expect(fromAdmin.status).toBe(200)
        const reinstated = await api.post(
          `/admin/vendors/${cooperative.vendor.id}/reinstate`,
          {},
          bearer(staff)
        )
        expect(reinstated.status).toBe(200)
      })

      it("refuses a member state change from a foreign Origin", async () => {
        const cooperative = await approvedCooperative(api, staff, "Coopérative Formulaire")
        const cookie = await sessionCookie("/auth/session", cooperative.token)
        const forged = await api.post(
          "/vendor/invites",
          { email: uniqueEmail("forged") },
          { headers: { cookie, origin: "https://evil.example" }, ...never }
        )
        expect(forged.status).toBe(403)
        expect(forged.data.message).toMatch(/origin/i)
        const fromStorefront = await api.post(
          "/vendor/invites",
          { email: uniqueEmail("fine") },
          {
            headers: { authorization: `Bearer ${cooperative.token}`, origin: "https://evil.example" },
            ...never,
          }
        )
        // a bearer token cannot ride along a cross-site form: no Origin check needed
        expect(fromStorefront.status).toBe(201)
      })
    })
  },
})
