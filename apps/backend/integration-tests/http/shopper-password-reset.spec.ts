import { findFreePort, startLocalMailbox, type LocalMailbox } from "@bazaar/runner"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { never, uniqueEmail } from "./helpers/portal"

// messages go through SMTP to a real mailbox, read back over its web API
const smtpPort = await findFreePort()
const webPort = await findFreePort()
process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`
process.env.EMAIL_FROM = "Bazar Solidaire <test@bazar-solidaire.localhost>"

type Mail = { subject: string; html: string; text: string; to: { address: string }[] }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let key: string
    let mailbox: LocalMailbox

    async function mailsTo(to: string, count = 1, tries = 100): Promise<Mail[]> {
      let found: Mail[] = []
      for (let attempt = 0; attempt < tries; attempt++) {
        const all = (await (await fetch(`${mailbox.webUrl}/api/email`)).json()) as Mail[]
        found = all.filter((mail) => mail.to.some((recipient) => recipient.address === to))
        if (found.length >= count) {
          break
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      return found
    }

    async function registerShopper(email: string, password: string) {
      const registered = await api.post("/auth/customer/emailpass/register", { email, password }, never)
      expect(registered.status, JSON.stringify(registered.data)).toBe(200)
      const created = await api.post(
        "/store/customers",
        { email, first_name: "Amina", last_name: "El Idrissi" },
        {
          headers: { "x-publishable-api-key": key, authorization: `Bearer ${registered.data.token}` },
          ...never,
        }
      )
      expect(created.status, JSON.stringify(created.data)).toBe(200)
    }

    const signIn = (email: string, password: string) =>
      api.post("/auth/customer/emailpass", { email, password }, never)

    beforeAll(async () => {
      mailbox = await startLocalMailbox({ smtpPort, webPort })
      const [created] = await getContainer()
        .resolve(Modules.API_KEY)
        .createApiKeys([{ title: "reset test shop", type: "publishable", created_by: "test" }])
      key = created.token
    })

    afterAll(async () => {
      await mailbox?.stop()
    })

    it("mails a shopper a link to the shop's reset page in her language; the token sets a new password once", async () => {
      const email = uniqueEmail("forgot")
      await registerShopper(email, "old-password-2026")

      const asked = await api.post(
        "/auth/customer/emailpass/reset-password",
        { identifier: email, metadata: { locale: "ar" } },
        never
      )
      expect(asked.status).toBe(201)

      const [mail, ...others] = await mailsTo(email)
      expect(others).toEqual([])
      expect(mail.subject).toBe("اختيار كلمة سر جديدة للمتجر")
      expect(mail.html).toContain('<html lang="ar" dir="rtl">')
      const link = mail.text.match(/http:\/\/localhost:8000\/ar\/account\/reset-password\?\S+/)?.[0]
      expect(link, mail.text).toBeDefined()
      const url = new URL(link!)
      expect(url.searchParams.get("email")).toBe(email)
      const token = url.searchParams.get("token")!

      const update = (password: string) =>
        api.post(
          "/auth/customer/emailpass/update",
          { email, password },
          { headers: { authorization: `Bearer ${token}` }, ...never }
        )
      const updated = await update("new-password-2026")
      expect(updated.status, JSON.stringify(updated.data)).toBe(200)

      expect((await signIn(email, "new-password-2026")).status).toBe(200)
      expect((await signIn(email, "old-password-2026")).status).toBe(401)
      // the link works once
      expect((await update("third-password-2026")).status).toBe(401)
      expect((await signIn(email, "third-password-2026")).status).toBe(401)

      // recorded once, under a key that does not hold the token
      const recorded = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ to: email }, { select: ["template", "status", "idempotency_key"] } as never)
      expect(recorded.map((n: any) => [n.template, n.status])).toEqual([
        ["customer-password-reset", "success"],
      ])
      expect(recorded[0].idempotency_key).not.toContain(token)
    })

    it("answers the same for an email without an account, and sends nothing", async () => {
      const known = uniqueEmail("known")
      await registerShopper(known, "old-password-2026")
      const unknown = uniqueEmail("unknown")

      const forKnown = await api.post("/auth/customer/emailpass/reset-password", { identifier: known }, never)
      const forUnknown = await api.post(
        "/auth/customer/emailpass/reset-password",
        { identifier: unknown },
        never
      )
      expect([forUnknown.status, forUnknown.data]).toEqual([forKnown.status, forKnown.data])

      // the known address gets its French link (no language given); by then the unknown one would have too
      const [mail] = await mailsTo(known)
      expect(mail.subject).toBe("Choisir un nouveau mot de passe pour la boutique")
      expect(mail.text).toContain("http://localhost:8000/fr/account/reset-password?")
      expect(await mailsTo(unknown, 1, 10)).toEqual([])
      const recorded = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ to: unknown }, { select: ["id"] } as never)
      expect(recorded).toEqual([])
    })

    it("answers a reset asked from the portal with the portal's link, never the shop's", async () => {
      const email = uniqueEmail("member-side")
      await registerShopper(email, "old-password-2026")
      // one login per email in Medusa: the portal's request reaches the same identity, with its own page
      await api.post("/auth/vendor/emailpass/reset-password", { identifier: email }, never)
      const [mail, ...others] = await mailsTo(email)
      expect(others).toEqual([])
      expect(mail.text).toContain("/portal/reset-password?")
      expect(mail.text).not.toContain("/account/reset-password")
    })
  },
})
