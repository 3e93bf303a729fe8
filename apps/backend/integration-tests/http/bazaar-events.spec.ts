import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { applyAsCooperative, bearer, loginStaff, never, storefrontKey } from "./helpers/portal"

const DAY = 24 * 60 * 60 * 1000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

function eventBody(handle: string, overrides: Record<string, unknown> = {}) {
  return {
    handle,
    name: { fr: "Bazar de Chefchaouen", ar: "بازار شفشاون", en: "Chefchaouen bazaar" },
    description: { fr: "Sur la place Outa el Hammam." },
    address: "Place Outa el Hammam",
    city: "Chefchaouen",
    map_url: "https://www.openstreetmap.org/?mlat=35.1688&mlon=-5.2636",
    starts_at: inDays(2),
    ends_at: inDays(4),
    opening_hours: { fr: "10h–20h", ar: "10:00–20:00", en: "10am–8pm" },
    ...overrides,
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let staff: string
    let store: { headers: Record<string, string>; validateStatus: () => boolean }
    const vendorIds = new Map<string, string>()

    const storeIn = (locale: string) => ({
      ...store,
      headers: { ...store.headers, "x-medusa-locale": locale },
    })

    beforeAll(async () => {
      const container = getContainer()
      await seed({ container, args: [] } as never)
      staff = await loginStaff(api)
      store = { headers: { "x-publishable-api-key": await storefrontKey(container) }, ...never }
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "vendor",
        fields: ["id", "handle"],
        filters: { status: "approved" },
      })
      data.forEach((vendor) => vendorIds.set(vendor.handle, vendor.id))
      // the demo seed (photos included) takes minutes on a busy machine
    }, 900_000)

    it("seeds one past and one upcoming event with two cooperatives each; the store lists them by time", async () => {
      const upcoming = await api.get("/store/events", store)
      expect(upcoming.status).toBe(200)
      expect(upcoming.data.events.map((event: any) => event.handle)).toEqual(["bazar-solidaire-marina-mdiq"])
      expect(upcoming.data.events[0]).toMatchObject({
        timing: "upcoming",
        cooperatives_count: 2,
        city: "M'diq",
      })

      const past = await api.get("/store/events?when=past", store)
      expect(past.data.events.map((event: any) => event.handle)).toEqual(["bazar-solidaire-tetouan"])
      expect(past.data.events[0].timing).toBe("past")

      const arabic = await api.get("/store/events", storeIn("ar"))
      expect(arabic.data.events[0].name).toBe("البازار التضامني بمارينا المضيق")

      const wrong = await api.get("/store/events?when=tomorrow", store)
      expect(wrong.status).toBe(400)
      expect(wrong.data.code).toBe("validation_failed")
    })

    it("an event's page lists its cooperatives in stand order with some of their products", async () => {
      const page = await api.get("/store/events/bazar-solidaire-marina-mdiq", storeIn("en"))
      expect(page.status).toBe(200)
      expect(page.data.event.name).toBe("M'diq marina solidarity bazaar")
      expect(page.data.event.opening_hours).toBe("10am–10pm, Friday from 3pm")
      const cooperatives = page.data.event.cooperatives
      expect(cooperatives.map((entry: any) => [entry.stand_number, entry.vendor.handle])).toEqual([
        ["7", "tamment-imilchil"],
        ["12", "tiwizi-safran-taliouine"],
      ])
      expect(cooperatives[0].vendor.products.length).toBeGreaterThan(0)
      expect(cooperatives[0].vendor.products.length).toBeLessThanOrEqual(4)
      expect(cooperatives[0].vendor).not.toHaveProperty("rib")

      const missing = await api.get("/store/events/no-such-bazaar", store)
      expect(missing.status).toBe(404)
    })

    it("a participating cooperative's page says where its stand is", async () => {
      const vendor = await api.get("/store/vendors/tiwizi-safran-taliouine", storeIn("fr"))
      expect(vendor.data.vendor.stand).toMatchObject({
        stand_number: "12",
        event: {
          handle: "bazar-solidaire-marina-mdiq",
          name: "Bazar solidaire de la marina de M'diq",
          city: "M'diq",
        },
      })
      // only a past stand: nothing to show
      const past = await api.get("/store/vendors/nassij-al-andalus", store)
      expect(past.data.vendor.stand).toBeNull()
    })

    it("staff create, edit and delete an event; the store follows", async () => {
      const created = await api.post(
        "/admin/events",
        eventBody("bazar-chefchaouen", {
          stands: [
            { vendor_id: vendorIds.get("tifawin-argan"), stand_number: "3" },
            { vendor_id: vendorIds.get("poterie-bab-chaaba"), stand_number: "1" },
          ],
        }),
        bearer(staff)
      )
      expect(created.status).toBe(201)
      const event = created.data.event
      expect(event.name).toBe("Bazar de Chefchaouen")
      expect(event.translations.ar.name).toBe("بازار شفشاون")
      expect(event.stands.map((stand: any) => [stand.stand_number, stand.vendor.handle])).toEqual([
        ["1", "poterie-bab-chaaba"],
        ["3", "tifawin-argan"],
      ])

      const listed = await api.get("/store/events", store)
      expect(listed.data.events.map((row: any) => row.handle)).toEqual([
        "bazar-chefchaouen",
        "bazar-solidaire-marina-mdiq",
      ])

      const edited = await api.post(
        `/admin/events/${event.id}`,
        { name: { fr: "Bazar de Chaouen", en: "Chaouen bazaar" }, starts_at: inDays(-1) },
        bearer(staff)
      )
      expect(edited.status).toBe(200)
      expect(edited.data.event.name).toBe("Bazar de Chaouen")
      expect(edited.data.event.translations.en.name).toBe("Chaouen bazaar")
      // a language not given keeps its text
      expect(edited.data.event.translations.ar.name).toBe("بازار شفشاون")
      expect(edited.data.event.stands).toHaveLength(2)
      // a language given empty, as Admin's form sends a cleared field, loses it: the shop falls back to French
      const cleared = await api.post(
        `/admin/events/${event.id}`,
        { name: { fr: "Bazar de Chaouen", ar: "", en: "Chaouen bazaar" } },
        bearer(staff)
      )
      expect(cleared.status).toBe(200)
      expect(cleared.data.event.translations.ar?.name).toBeFalsy()
      const arabic = await api.get("/store/events/bazar-chefchaouen", {
        ...store,
        headers: { ...store.headers, "x-medusa-locale": "ar" },
      })
      expect(arabic.data.event.name).toBe("Bazar de Chaouen")

      const running = await api.get("/store/events", store)
      expect(running.data.events[0]).toMatchObject({ handle: "bazar-chefchaouen", timing: "current" })
      const tifawin = await api.get("/store/vendors/tifawin-argan", store)
      expect(tifawin.data.vendor.stand).toMatchObject({
        stand_number: "3",
        event: { handle: "bazar-chefchaouen" },
      })

      const admin = await api.get("/admin/events", bearer(staff))
      expect(admin.data.events.map((row: any) => row.handle)).toContain("bazar-chefchaouen")

      const deleted = await api.delete(`/admin/events/${event.id}`, bearer(staff))
      expect(deleted.status).toBe(200)
      expect((await api.get("/store/events/bazar-chefchaouen", store)).status).toBe(404)
      expect((await api.get(`/admin/events/${event.id}`, bearer(staff))).status).toBe(404)
      expect((await api.get("/store/vendors/tifawin-argan", store)).data.vendor.stand).toBeNull()
      // its handle is free again
      expect((await api.post("/admin/events", eventBody("bazar-chefchaouen"), bearer(staff))).status).toBe(
        201
      )
    })

    it("refuses invalid events with the fields to correct", async () => {
      const noName = await api.post("/admin/events", eventBody("sans-nom", { name: {} }), bearer(staff))
      expect(noName.status).toBe(400)
      expect(noName.data.code).toBe("validation_failed")
      expect(noName.data.fields.map((field: any) => field.path)).toContain("name")

      const backwards = await api.post(
        "/admin/events",
        eventBody("a-rebours", { starts_at: inDays(5), ends_at: inDays(3) }),
        bearer(staff)
      )
      expect(backwards.status).toBe(400)
      expect(backwards.data.fields.map((field: any) => field.path)).toContain("ends_at")

      const badHandle = await api.post("/admin/events", eventBody("Bazar Été!"), bearer(staff))
      expect(badHandle.status).toBe(400)
      expect(badHandle.data.fields.map((field: any) => field.path)).toContain("handle")

      const badLink = await api.post(
        "/admin/events",
        eventBody("lien", { map_url: "la marina" }),
        bearer(staff)
      )
      expect(badLink.status).toBe(400)

      const taken = await api.post("/admin/events", eventBody("bazar-solidaire-tetouan"), bearer(staff))
      expect(taken.status).toBe(422)
      expect(taken.data.code).toBe("already_exists")

      // an edit that would end the event before its stored start
      const [mdiq] = (await api.get("/store/events", store)).data.events
      const { data } = await api.get("/admin/events", bearer(staff))
      const id = data.events.find((row: any) => row.handle === mdiq.handle).id
      const early = await api.post(`/admin/events/${id}`, { ends_at: inDays(-30) }, bearer(staff))
      expect(early.status).toBe(400)

      expect((await api.post("/admin/events/bzev_missing", { city: "Fès" }, bearer(staff))).status).toBe(404)
      expect((await api.post("/admin/events", eventBody("anonyme"), never)).status).toBe(401)
    })

    it("stands: approved cooperatives only, each once per event, each number once", async () => {
      const { data } = await api.post("/admin/events", eventBody("bazar-stands"), bearer(staff))
      const id = data.event.id
      const argan = vendorIds.get("tifawin-argan")
      const pottery = vendorIds.get("poterie-bab-chaaba")

      const sameNumber = await api.post(
        `/admin/events/${id}/stands`,
        {
          stands: [
            { vendor_id: argan, stand_number: "5" },
            { vendor_id: pottery, stand_number: "5" },
          ],
        },
        bearer(staff)
      )
      expect(sameNumber.status).toBe(400)
      expect(sameNumber.data.fields).toEqual([
        { path: "stands.1.stand_number", message: "Stand number 5 is already given" },
      ])

      const twice = await api.post(
        `/admin/events/${id}/stands`,
        {
          stands: [
            { vendor_id: argan, stand_number: "5" },
            { vendor_id: argan, stand_number: "6" },
          ],
        },
        bearer(staff)
      )
      expect(twice.status).toBe(400)
      expect(twice.data.fields[0].path).toBe("stands.1.vendor_id")

      const pending = await applyAsCooperative(api, "Coopérative En Attente")
      const notApproved = await api.post(
        `/admin/events/${id}/stands`,
        { stands: [{ vendor_id: pending.vendor.id, stand_number: "1" }] },
        bearer(staff)
      )
      expect(notApproved.status).toBe(400)
      expect(notApproved.data.message).toContain("approved")

      const set = await api.post(
        `/admin/events/${id}/stands`,
        {
          stands: [
            { vendor_id: argan, stand_number: "5" },
            { vendor_id: pottery, stand_number: "B2" },
          ],
        },
        bearer(staff)
      )
      expect(set.status).toBe(200)
      expect(set.data.event.stands.map((stand: any) => stand.stand_number)).toEqual(["5", "B2"])

      // the whole list is replaced: numbers may be swapped in one go
      const swapped = await api.post(
        `/admin/events/${id}/stands`,
        {
          stands: [
            { vendor_id: argan, stand_number: "B2" },
            { vendor_id: pottery, stand_number: "5" },
          ],
        },
        bearer(staff)
      )
      expect(swapped.status).toBe(200)
      expect(swapped.data.event.stands.map((stand: any) => [stand.stand_number, stand.vendor_id])).toEqual([
        ["5", pottery],
        ["B2", argan],
      ])

      // a refused list leaves the stands as they were
      await api.post(
        `/admin/events/${id}/stands`,
        { stands: [{ vendor_id: pending.vendor.id, stand_number: "9" }] },
        bearer(staff)
      )
      const after = await api.get(`/admin/events/${id}`, bearer(staff))
      expect(after.data.event.stands).toHaveLength(2)
    })
  },
})
