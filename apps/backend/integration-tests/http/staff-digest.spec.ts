import { readFile } from "node:fs/promises"
import { findFreePort, startLocalMailbox, type LocalMailbox } from "@bazaar/runner"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { applyAsCooperative, never, uniqueEmail } from "./helpers/portal"

// the digest goes through SMTP to a real mailbox, read back over its web API
const smtpPort = await findFreePort()
const webPort = await findFreePort()
process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`
process.env.EMAIL_FROM = "Bazar Solidaire <test@bazar-solidaire.localhost>"

type Mail = {
  subject: string
  html: string
  text: string
  to: { address: string }[]
  /** the raw message on the mailbox's disk (its parsed headers leave out List-*) */
  source: string
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
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

    // run as the job does, through the app's workflow engine (the workflow is the app's, loaded once)
    const digest = (at: string) =>
      getContainer().resolve(Modules.WORKFLOW_ENGINE).run("send-staff-digest", { input: { at } }) as Promise<{
        result: unknown[]
      }>

    async function staff(metadata: Record<string, unknown> | null = null) {
      const [user] = await getContainer()
        .resolve(Modules.USER)
        .createUsers([{ email: uniqueEmail("staff"), metadata }])
      return user as { id: string; email: string }
    }

    beforeAll(async () => {
      mailbox = await startLocalMailbox({ smtpPort, webPort })
    })

    afterAll(async () => {
      await mailbox?.stop()
    })

    it("sends nothing when nothing waits", async () => {
      const user = await staff()
      const { result } = await digest("2026-12-01T07:00:00.000Z")
      expect(result).toEqual([])
      expect(await mailsTo(user.email, 1, 10)).toEqual([])
    })

    it("tells each staff member what waits, with links into Admin, once per day", async () => {
      const reader = await staff()
      const quiet = await staff({ staff_digest_off: true })
      const name = `Coopérative Digest ${Date.now()}`
      await applyAsCooperative(api, name)
      await getContainer()
        .resolve(Modules.PRODUCT)
        .createProducts([{ title: "Huile d'argan à relire", status: "proposed" }])

      // the job twice the same morning (a retry, or two workers), at once: one digest
      await Promise.all([digest("2026-12-02T07:00:00.000Z"), digest("2026-12-02T07:00:01.000Z")])
      await digest("2026-12-02T09:00:00.000Z")
      const [mail] = await mailsTo(reader.email)
      expect(mail.subject).toMatch(/^Bazar Solidaire : \d+ choses attendent le centre$/)
      expect(mail.text).toContain("Candidatures de coopératives à examiner : 1")
      expect(mail.text).toContain(name)
      expect(mail.text).toContain("Produits à relire : 1")
      expect(mail.text).toContain("Huile d'argan à relire")
      expect(mail.text).toContain("http://localhost:9000/app/cooperatives")
      expect(mail.text).toContain("http://localhost:9000/app/moderation")
      expect(mail.text).not.toContain("Colis non expédiés")
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(await mailsTo(reader.email, 2, 5)).toHaveLength(1)
      expect(await mailsTo(quiet.email, 1, 5)).toEqual([])

      // the next day, the next digest
      await digest("2026-12-03T07:00:00.000Z")
      expect(await mailsTo(reader.email, 2)).toHaveLength(2)
    })

    it("stops the digest for the staff member whose signed link is confirmed, and only with that link", async () => {
      const reader = await staff()
      const other = await staff()
      await applyAsCooperative(api, `Coopérative Stop ${Date.now()}`)
      await digest("2026-12-04T07:00:00.000Z")
      const [mail] = await mailsTo(reader.email)
      const link = mail.text.match(/http:\/\/localhost:9000(\/staff-digest\/unsubscribe\?\S+)/)?.[1]
      expect(link, mail.text).toBeDefined()
      // one-click unsubscribe (RFC 8058) posts to the same signed link
      const raw = (await readFile(mail.source, "utf8")).replace(/\r?\n[ \t]+/g, " ")
      expect(raw).toContain(`List-Unsubscribe: <http://localhost:9000${link}>`)
      expect(raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click")

      // following the link changes nothing by itself (mail scanners open links)
      const shown = await api.get(link!, never)
      expect(shown.status).toBe(200)
      expect(String(shown.data)).toContain('<form method="post"')
      // another user's id with this token is refused
      const forged = link!.replace(/user=[^&]+/, `user=${other.id}`)
      expect((await api.post(forged, {}, never)).status).toBe(400)
      expect((await api.get("/staff-digest/unsubscribe?user=x", never)).status).toBe(400)

      // what a mail client's one-click button sends
      const clicked = await api.post(link!, "List-Unsubscribe=One-Click", {
        headers: { "content-type": "application/x-www-form-urlencoded" },
        ...never,
      })
      expect(clicked.status).toBe(200)
      await digest("2026-12-05T07:00:00.000Z")
      expect(await mailsTo(other.email, 2)).toHaveLength(2)
      expect(await mailsTo(reader.email, 2, 10)).toHaveLength(1)
    })
  },
})
