import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { approvedCooperative, bearer, loginStaff, never, storefrontKey, uploadPhoto } from "./helpers/portal"

const DAY = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let staff: string
    let shopKey: string
    let a: Awaited<ReturnType<typeof approvedCooperative>>
    let b: Awaited<ReturnType<typeof approvedCooperative>>
    let photo: string

    const vendors = () => getContainer().resolve("vendor") as any
    /** What the shop says of a cooperative's certificates. */
    const shown = async (handle: string) => {
      const response = await api.get(`/store/vendors/${handle}`, {
        headers: { "x-publishable-api-key": shopKey },
      })
      return response.data.vendor.certifications
    }
    const listed = async (handle: string) => {
      const response = await api.get("/store/vendors?limit=100", {
        headers: { "x-publishable-api-key": shopKey },
      })
      return response.data.vendors.find((vendor: any) => vendor.handle === handle).certifications
    }
    const declare = (token: string, body: Record<string, unknown>) =>
      api.post("/vendor/certifications", body, bearer(token))
    const remind = (at: string) =>
      getContainer()
        .resolve(Modules.WORKFLOW_ENGINE)
        .run("remind-expiring-certifications", { input: { at } }) as Promise<{ result: any[] }>

    beforeAll(async () => {
      await seed({ container: getContainer(), args: ["--without-stand-sales"] } as never)
      staff = await loginStaff(api)
      shopKey = await storefrontKey(getContainer())
      a = await approvedCooperative(api, staff, `Coopérative Certifiée ${Date.now()}`)
      b = await approvedCooperative(api, staff, `Coopérative Voisine ${Date.now()}`)
      photo = (await uploadPhoto(api, a.token, "onssa.png")).data.files[0].url
    })

    it("shows a member's certificate in the shop only once staff verified it", async () => {
      const declared = await declare(a.token, {
        label: "ONSSA",
        number: "ONSSA-2026-0042",
        expires_at: inDays(365),
        document_url: photo,
      })
      expect(declared.status).toBe(201)
      expect(declared.data.certification).toMatchObject({ status: "waiting", added_by_type: "member" })
      const id = declared.data.certification.id

      // a declared certificate is not a checked one: the shop says nothing yet
      expect(await shown(a.vendor.handle)).toEqual([])
      expect(await listed(a.vendor.handle)).toEqual([])

      const verified = await api.post(
        `/admin/vendors/${a.vendor.id}/certifications/${id}/verify`,
        {},
        bearer(staff)
      )
      expect(verified.status).toBe(200)
      expect(verified.data.certification.status).toBe("verified")

      const badge = [{ id, label: "ONSSA", number: "ONSSA-2026-0042", expires_at: expect.any(String) }]
      expect(await shown(a.vendor.handle)).toEqual(badge)
      expect(await listed(a.vendor.handle)).toEqual(badge)

      // the member sees it verified; staff see who added it
      const mine = (await api.get("/vendor/certifications", bearer(a.token))).data.certifications
      expect(mine).toEqual([expect.objectContaining({ id, status: "verified", document_url: photo })])
      const admin = (await api.get(`/admin/vendors/${a.vendor.id}`, bearer(staff))).data.vendor
      expect(admin.certifications).toEqual([
        expect.objectContaining({ id, added_by: a.member.id, added_by_type: "member", status: "verified" }),
      ])
    })

    it("takes an expired certificate out of the shop, and refuses to verify one", async () => {
      const added = await api.post(
        `/admin/vendors/${a.vendor.id}/certifications`,
        { label: "Bio", expires_at: inDays(20), verified: true },
        bearer(staff)
      )
      expect(added.status).toBe(201)
      expect(added.data.certification).toMatchObject({ status: "verified", added_by_type: "staff" })
      expect((await shown(a.vendor.handle)).map((c: any) => c.label)).toContain("Bio")

      // the date passes (written as the clock would leave it)
      await vendors().updateVendorCertifications({
        id: added.data.certification.id,
        expires_at: new Date(Date.now() - 1000),
      })
      expect((await shown(a.vendor.handle)).map((c: any) => c.label)).not.toContain("Bio")
      expect((await listed(a.vendor.handle)).map((c: any) => c.label)).not.toContain("Bio")

      const unverified = await vendors().createVendorCertifications({
        vendor_id: a.vendor.id,
        label: "IGP",
        expires_at: new Date(Date.now() - DAY),
      })
      const refused = await api.post(
        `/admin/vendors/${a.vendor.id}/certifications/${unverified.id}/verify`,
        {},
        bearer(staff)
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/expired/)
    })

    it("refuses what cannot be a certificate, with a reason", async () => {
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ label: "ONSSA", expires_at: inDays(-2) }, /already expired/],
        [{ label: "ONSSA", expires_at: "bientôt" }, /expiry date/],
        [{ label: "O", expires_at: inDays(30) }, /'label'/],
        [
          { label: "ONSSA", expires_at: inDays(30), document_url: "https://elsewhere.example/x.png" },
          /photo/,
        ],
        [{ label: "ONSSA", expires_at: inDays(30), verified: true }, /verified/],
      ]
      const before = (await api.get("/vendor/certifications", bearer(a.token))).data.certifications.length
      for (const [body, message] of cases) {
        const response = await declare(a.token, body)
        expect([body, response.status]).toEqual([body, 400])
        expect(response.data.message).toMatch(message)
      }
      expect((await api.get("/vendor/certifications", bearer(a.token))).data.certifications).toHaveLength(
        before
      )
    })

    it("never lets one cooperative's certificate be touched through another's", async () => {
      const ofA = (await declare(a.token, { label: "Commerce équitable", expires_at: inDays(200) })).data
        .certification
      expect((await api.delete(`/vendor/certifications/${ofA.id}`, bearer(b.token))).status).toBe(404)
      expect((await api.get("/vendor/certifications", bearer(b.token))).data.certifications).toEqual([])
      // staff working on B's page cannot verify or remove A's certificate by its id
      const viaB = await api.post(
        `/admin/vendors/${b.vendor.id}/certifications/${ofA.id}/verify`,
        {},
        bearer(staff)
      )
      expect(viaB.status).toBe(404)
      expect(
        (await api.delete(`/admin/vendors/${b.vendor.id}/certifications/${ofA.id}`, bearer(staff))).status
      ).toBe(404)
      const still = (await api.get("/vendor/certifications", bearer(a.token))).data.certifications
      expect(still.find((c: any) => c.id === ofA.id)).toMatchObject({ status: "waiting" })

      // its own member removes it
      expect((await api.delete(`/vendor/certifications/${ofA.id}`, bearer(a.token))).status).toBe(200)
      const after = (await api.get("/vendor/certifications", bearer(a.token))).data.certifications
      expect(after.map((c: any) => c.id)).not.toContain(ofA.id)
    })

    it("reminds the members 30 days ahead, once, and staff in their digest", async () => {
      const added = await api.post(
        `/admin/vendors/${b.vendor.id}/certifications`,
        { label: "ONSSA", number: "B-7", expires_at: inDays(12), verified: true },
        bearer(staff)
      )
      const id = added.data.certification.id
      const far = await api.post(
        `/admin/vendors/${b.vendor.id}/certifications`,
        { label: "Bio", expires_at: inDays(90), verified: true },
        bearer(staff)
      )

      const now = new Date().toISOString()
      const { result } = await remind(now)
      const ours = result.filter((message) => message.resource_id === id)
      expect(ours).toEqual([
        expect.objectContaining({ to: b.email, channel: "email", template: "certification-expiring" }),
      ])
      expect(result.some((message) => message.resource_id === far.data.certification.id)).toBe(false)

      // the next morning's run (or a second worker) sends nothing more
      await remind(new Date(Date.now() + DAY).toISOString())
      const sent = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ resource_id: id } as never, { select: ["to", "template", "data"] })
      // by email, and in the portal's inbox (addressed to the member)
      expect(sent.map((message: any) => `${message.template} → ${message.to}`).sort()).toEqual(
        [`certification-expiring → ${b.email}`, `certification-expiring → ${b.member.id}`].sort()
      )
      expect(sent.find((message: any) => message.to === b.email).data).toMatchObject({
        label: "ONSSA",
        url: expect.stringContaining("/portal/certificates"),
      })

      const digest = (await getContainer()
        .resolve(Modules.WORKFLOW_ENGINE)
        .run("send-staff-digest", { input: { at: now } })) as { result: any[] }
      const names = digest.result[0]?.data.certifications.names ?? []
      expect(names.some((name: string) => name.startsWith("ONSSA — Coopérative Voisine"))).toBe(true)
    })

    it("keeps certificates for members and staff", async () => {
      expect((await api.get("/vendor/certifications", never)).status).toBe(401)
      expect(
        (await api.post("/vendor/certifications", { label: "ONSSA", expires_at: inDays(9) }, never)).status
      ).toBe(401)
      expect(
        (
          await api.post(
            `/admin/vendors/${a.vendor.id}/certifications`,
            { label: "X1", expires_at: inDays(9) },
            bearer(a.token)
          )
        ).status
      ).toBe(401)
    })
  },
})
