import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createBazaarEventWorkflow } from "../../workflows/bazaar-event/workflows/create-bazaar-event"

type Container = ExecArgs["container"]

const DAY = 24 * 60 * 60 * 1000

/** Midnight UTC of the day `days` from now, plus `hour` (UTC): demo dates that read as whole days. */
function dayFromNow(days: number, hour: number) {
  const date = new Date(Date.now() + days * DAY)
  date.setUTCHours(hour, 0, 0, 0)
  return date
}

/**
 * One past and one upcoming bazaar, two cooperatives each. The upcoming one starts within the week,
 * so the home page's banner shows on a fresh demo.
 */
export function demoEvents() {
  return [
    {
      event: {
        handle: "bazar-solidaire-tetouan",
        name: {
          fr: "Bazar solidaire de Tétouan",
          ar: "البازار التضامني بتطوان",
          en: "Tétouan solidarity bazaar",
        },
        description: {
          fr: "Les coopératives du Nord et du Souss réunies place Feddan, au cœur de Tétouan.",
          ar: "تعاونيات الشمال وسوس مجتمعة في ساحة الفدان، في قلب تطوان.",
          en: "Cooperatives from the North and the Souss together on Feddan square, in the heart of Tétouan.",
        },
        address: "Place Feddan",
        city: "Tétouan",
        map_url: "https://www.openstreetmap.org/?mlat=35.5711&mlon=-5.3724#map=17/35.5711/-5.3724",
        starts_at: dayFromNow(-64, 9),
        ends_at: dayFromNow(-60, 19),
        opening_hours: {
          fr: "Tous les jours, 10h–20h",
          ar: "كل يوم، 10:00–20:00",
          en: "Every day, 10am–8pm",
        },
      },
      stands: [
        { handle: "nassij-al-andalus", stand_number: "4" },
        { handle: "tifawin-argan", stand_number: "9" },
      ],
    },
    {
      event: {
        handle: "bazar-solidaire-marina-mdiq",
        name: {
          fr: "Bazar solidaire de la marina de M'diq",
          ar: "البازار التضامني بمارينا المضيق",
          en: "M'diq marina solidarity bazaar",
        },
        description: {
          fr: "Cinq jours sur la marina : safran, miel, tissages et huile d'argan, vendus par celles qui les font.",
          ar: "خمسة أيام في المارينا: زعفران وعسل ومنسوجات وزيت أركان، تبيعها من تصنعها.",
          en: "Five days on the marina: saffron, honey, weaving and argan oil, sold by the women who make them.",
        },
        address: "Marina Smir, boulevard de la Corniche",
        city: "M'diq",
        map_url: "https://www.openstreetmap.org/?mlat=35.6853&mlon=-5.3239#map=17/35.6853/-5.3239",
        starts_at: dayFromNow(5, 9),
        ends_at: dayFromNow(9, 21),
        opening_hours: {
          fr: "10h–22h, vendredi à partir de 15h",
          ar: "10:00–22:00، الجمعة ابتداءً من 15:00",
          en: "10am–10pm, Friday from 3pm",
        },
      },
      stands: [
        { handle: "tiwizi-safran-taliouine", stand_number: "12" },
        { handle: "tamment-imilchil", stand_number: "7" },
      ],
    },
  ]
}

/** Loads the demo bazaars through the same workflow as Admin. */
export async function seedDemoEvents(container: Container) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const events = demoEvents()
  const handles = events.flatMap((entry) => entry.stands.map((stand) => stand.handle))
  const { data: vendors } = await query.graph({
    entity: "vendor",
    fields: ["id", "handle"],
    filters: { handle: handles, status: "approved" },
  })
  const ids = new Map(vendors.map((vendor) => [vendor.handle, vendor.id]))
  for (const { event, stands } of events) {
    await createBazaarEventWorkflow(container).run({
      input: {
        event,
        stands: stands.flatMap((stand) =>
          ids.has(stand.handle)
            ? [{ vendor_id: ids.get(stand.handle)!, stand_number: stand.stand_number }]
            : []
        ),
      },
    })
  }
}
