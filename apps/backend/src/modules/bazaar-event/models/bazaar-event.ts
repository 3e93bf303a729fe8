import { model } from "@medusajs/framework/utils"
import { EventStand } from "./event-stand"

/**
 * A bazaar on site (e.g. the marina of M'diq) where cooperatives hold stands for some days.
 * Texts shown to shoppers are written in French and translated (Translation Module) to ar/en, as a
 * vendor's are.
 */
export const BazaarEvent = model
  .define("bazaar_event", {
    id: model.id({ prefix: "bzev" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().translatable().searchable(),
    description: model.text().translatable().nullable(),
    address: model.text(),
    city: model.text(),
    map_url: model.text().nullable(),
    starts_at: model.dateTime().index("IDX_bazaar_event_starts_at"),
    ends_at: model.dateTime().index("IDX_bazaar_event_ends_at"),
    // free text: "10:00–20:00, Friday from 15:00" reads better than a schedule table
    opening_hours: model.text().translatable().nullable(),
    stands: model.hasMany(() => EventStand, { mappedBy: "event" }),
  })
  .cascades({ delete: ["stands"] })
