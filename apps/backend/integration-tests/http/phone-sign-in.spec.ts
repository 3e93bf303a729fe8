import { startSmsRecorder, type RecordedSms } from "@bazaar/runner"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createDemoAccounts } from "../../src/scripts/seed/demo-accounts"
import { applyAsCooperative, bearer, loginStaff, never, PASSWORD } from "./helpers/portal"

// The backend's real SMS provider talks to the local stand-in of Twilio's Messages API, as `npm start` does.
const recorder = await startSmsRecorder({ port: 0 })
process.env.SMS_PROVIDER = "twilio"
process.env.TWILIO_API_URL = recorder.apiUrl
process.env.TWILIO_ACCOUNT_SID = "ACtest"
process.env.TWILIO_AUTH_TOKEN = "test-token"
process.env.SMS_FROM = "BazarSolid"
delete process.env.SMTP_URL

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let staff: string
    // members of two cooperatives (applied, not yet approved: they sign in all the same)
    let argan: { email: string; password: string }
    let weaver: { email: string; password: string }

    /** One visitor address per test, through a trusted proxy, so each test has its own per-IP budget. */
    let visitor = 10
    let ip = ""
    beforeEach(async () => {
      process.env.TRUST_PROXY = "1"
      ip = `198.51.100.${++visitor}`
      // the runner restores the database between tests, which ends the pool's open connections: use
      // each one once here so that no request (nor a code sent after the answer) meets a dead one
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      await Promise.allSettled(
        Array.from({ length: 20 }, () =>
          query.graph({ entity: "vendor", fields: ["id"], pagination: { take: 1 } })
        )
      )
    })
    afterEach(() => {
      delete process.env.TRUST_PROXY
    })
    const from = (config: any = {}) => ({
      ...never,
      ...config,
      headers: { ...(config.headers ?? {}), "x-forwarded-for": ip },
    })

    const askCode = (phone: string) => api.post("/auth/vendor/phone-otp/code", { phone }, from())
    const signIn = (phone: string, code: string) =>
      api.post("/auth/vendor/phone-otp", { phone, code }, from())

    /** A demo member signs in with her password, uses the portal in `locale` and sets her `phone`. */
    async function withPhone(account: { email: string; password: string }, locale: string, phone: string) {
      const login = await api.post(
        "/auth/vendor/emailpass",
        { email: account.email, password: account.password },
        from()
      )
      expect(login.status).toBe(200)
      const token = login.data.token
      const me = await api.get("/vendor/me", {
        headers: { ...bearer(token).headers, "x-medusa-locale": locale },
        ...never,
      })
      expect(me.data.member?.locale, JSON.stringify(me.data)).toBe(locale)
      const saved = await api.post("/vendor/me", { phone }, bearer(token))
      expect(saved.status, JSON.stringify(saved.data)).toBe(200)
      return {
        token,
        member: saved.data.member as { id: string; phone: string },
        vendorId: me.data.vendor.id,
      }
    }

    /** The SMS recorded after the `count` first ones (the recorder lists the newest first). */
    const newSince = (count: number) => {
      const all = recorder.messages()
      return all.slice(0, all.length - count)
    }

    /** The codes texted to `to` after `since` messages, waiting until `count` arrived. */
    async function codesTo(to: string, count = 1, since = 0): Promise<string[]> {
      let found: RecordedSms[] = []
      for (let attempt = 0; attempt < 100; attempt++) {
        found = newSince(since).filter((sms) => sms.to === to)
        if (found.length >= count) {
          break
        }
        await sleep(100)
      }
      return found.map((sms) => sms.body.match(/\b\d{6}\b/)?.[0] ?? "")
    }

    const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0")

    beforeAll(async () => {
      await createDemoAccounts(getContainer())
      staff = await loginStaff(api)
      argan = { email: (await applyAsCooperative(api, "Coopérative Argan Test")).email, password: PASSWORD }
      weaver = {
        email: (await applyAsCooperative(api, "Coopérative Tissage Test")).email,
        password: PASSWORD,
      }
    })

    afterAll(async () => {
      await recorder.stop()
    })

    it("signs a member in with a code texted in her language, once; her password still works", async () => {
      const { member } = await withPhone(argan, "ar", "06 11 22 33 01")
      const sent = recorder.messages().length
      const asked = await askCode("+212 6 11 22 33 01")
      expect(asked.status).toBe(200)
      const [code] = await codesTo("+212611223301", 1, sent)
      expect(code).toMatch(/^\d{6}$/)
      const [sms] = newSince(sent)
      expect(sms.body).toContain("رمز الدخول")

      const wrong = await signIn("0611223301", otherCode(code))
      expect(wrong.status).toBe(401)
      expect(wrong.data.message).toMatch(/wrong or no longer valid/)

      const right = await signIn("0611223301", code)
      expect(right.status, JSON.stringify(right.data)).toBe(200)
      const me = await api.get("/vendor/me", bearer(right.data.token))
      expect(me.status).toBe(200)
      expect(me.data.member.id).toBe(member.id)

      const reused = await signIn("0611223301", code)
      expect(reused.status).toBe(401)

      const password = await api.post(
        "/auth/vendor/emailpass",
        { email: argan.email, password: argan.password },
        from()
      )
      expect(password.status).toBe(200)

      // at rest: the code neither in the login's metadata nor in the SMS's record
      const auth = getContainer().resolve(Modules.AUTH)
      const [identity] = await auth.listProviderIdentities({
        provider: "phone-otp",
        entity_id: "+212611223301",
      })
      expect(JSON.stringify(identity.provider_metadata)).not.toContain(code)
      const rows = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ resource_id: member.id } as never, { select: ["data", "template"] } as never)
      const texts = rows.filter((row: any) => row.template === "phone-sign-in-code")
      expect(texts).toHaveLength(1)
      expect(JSON.stringify(texts[0].data)).not.toContain(code)
    })

    it("signs in once when the same right code arrives several times at the same instant", async () => {
      await withPhone(argan, "fr", "0611223309")
      const sent = recorder.messages().length
      expect((await askCode("0611223309")).status).toBe(200)
      const [code] = await codesTo("+212611223309", 1, sent)
      const answers = await Promise.all(Array.from({ length: 5 }, () => signIn("0611223309", code)))
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401, 401, 401, 401])
    })

    it("answers an unknown number exactly like a known one, and texts nobody", async () => {
      await withPhone(argan, "fr", "0611223302")
      const sent = recorder.messages().length
      const known = await askCode("0611223302")
      const unknown = await askCode("0699887766")
      expect(unknown.status).toBe(known.status)
      expect(unknown.data).toEqual(known.data)
      const [code] = await codesTo("+212611223302", 1, sent)
      expect(code).toMatch(/^\d{6}$/)
      await sleep(500)
      expect(recorder.messages().filter((sms) => sms.to === "+212699887766")).toEqual([])
      // and signing in with an unknown number is refused like a wrong code
      const refused = await signIn("0699887766", code)
      expect(refused.status).toBe(401)
      expect(refused.data.message).toMatch(/wrong or no longer valid/)
    })

    it("refuses an expired code and a code after five wrong tries", async () => {
      await withPhone(argan, "fr", "0611223303")
      let sent = recorder.messages().length
      await askCode("0611223303")
      const [expired] = await codesTo("+212611223303", 1, sent)
      // ten minutes later
      const auth = getContainer().resolve(Modules.AUTH)
      const [identity] = await auth.listProviderIdentities({
        provider: "phone-otp",
        entity_id: "+212611223303",
      })
      await auth.updateProviderIdentities({
        id: identity.id,
        provider_metadata: {
          ...identity.provider_metadata,
          code_expires_at: new Date(Date.now() - 1000).toISOString(),
        },
      })
      expect((await signIn("0611223303", expired)).status).toBe(401)

      sent = recorder.messages().length
      await askCode("0611223303")
      const [code] = await codesTo("+212611223303", 1, sent)
      for (let i = 0; i < 5; i++) {
        expect((await signIn("0611223303", otherCode(code))).status).toBe(401)
      }
      expect((await signIn("0611223303", code)).status).toBe(401)
    })

    it("limits codes per number and per address, known or not, with a clear 429", async () => {
      process.env.RATE_LIMIT_PHONE_CODE_PHONE = "2/3600"
      try {
        for (const phone of ["0611223304", "0699887704"]) {
          expect((await askCode(phone)).status).toBe(200)
          expect((await askCode(phone)).status).toBe(200)
          const limited = await askCode(phone)
          expect(limited.status).toBe(429)
          expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
          expect(limited.data).toMatchObject({ type: "not_allowed", code: "rate_limited" })
          expect(limited.data.message).toMatch(/this number.*try again in/i)
        }
      } finally {
        delete process.env.RATE_LIMIT_PHONE_CODE_PHONE
      }
      process.env.RATE_LIMIT_PHONE_CODE_IP = "3/3600"
      try {
        ip = "198.51.100.250"
        for (const phone of ["0699887711", "0699887712", "0699887713"]) {
          expect((await askCode(phone)).status).toBe(200)
        }
        const limited = await askCode("0699887714")
        expect(limited.status).toBe(429)
        expect(limited.data.message).toMatch(/your network/i)
      } finally {
        delete process.env.RATE_LIMIT_PHONE_CODE_IP
      }
    })

    it("refuses phone codes for shoppers and staff, and a malformed number", async () => {
      expect(
        (await api.post("/auth/customer/phone-otp", { phone: "0611223301", code: "123456" }, from())).status
      ).not.toBe(200)
      expect(
        (await api.post("/auth/user/phone-otp", { phone: "0611223301", code: "123456" }, from())).status
      ).not.toBe(200)
      const malformed = await askCode("12")
      expect(malformed.status).toBe(400)
    })

    it("lets staff text a member of a cooperative a new code, for that cooperative's members only", async () => {
      const { member, vendorId, token } = await withPhone(argan, "en", "0611223305")
      const other = await withPhone(weaver, "fr", "0611223306")

      let sent = recorder.messages().length
      await askCode("0611223305")
      const [first] = await codesTo("+212611223305", 1, sent)

      sent = recorder.messages().length
      const reset = await api.post(
        `/admin/vendors/${vendorId}/members/${member.id}/access-code`,
        {},
        bearer(staff)
      )
      expect(reset.status, JSON.stringify(reset.data)).toBe(200)
      expect(reset.data).toEqual({ member_id: member.id, phone: "+212 •••••••05", sent: true })
      const [second] = await codesTo("+212611223305", 1, sent)
      expect(newSince(sent)[0].body).toMatch(/^Bazar Solidaire: your sign-in code is \d{6}/)
      // the earlier code stopped working, the new one signs her in
      if (first !== second) {
        expect((await signIn("0611223305", first)).status).toBe(401)
      }
      expect((await signIn("0611223305", second)).status).toBe(200)

      // another cooperative's member, an unknown id, a member's own token, no token
      const before = recorder.messages().length
      const elsewhere = await api.post(
        `/admin/vendors/${vendorId}/members/${other.member.id}/access-code`,
        {},
        bearer(staff)
      )
      expect(elsewhere.status).toBe(404)
      expect(
        (await api.post(`/admin/vendors/${vendorId}/members/vmem_missing/access-code`, {}, bearer(staff)))
          .status
      ).toBe(404)
      expect(
        (await api.post(`/admin/vendors/${vendorId}/members/${member.id}/access-code`, {}, bearer(token)))
          .status
      ).toBe(401)
      expect(
        (await api.post(`/admin/vendors/${vendorId}/members/${member.id}/access-code`, {}, never)).status
      ).toBe(401)
      await sleep(300)
      expect(recorder.messages().length).toBe(before)
    })
  },
})
