import { model } from "@medusajs/framework/utils"
import { BazaarEvent } from "./bazaar-event"

/** A cooperative's stand at a bazaar: one per cooperative and event, each number once per event. */
export const EventStand = model
  .define("event_stand", {
    id: model.id({ prefix: "bzstand" }).primaryKey(),
    // a vendor of the vendor module: modules never import each other, workflows compose them
    vendor_id: model.text().index("IDX_event_stand_vendor_id"),
    stand_number: model.text(),
    event: model.belongsTo(() => BazaarEvent, { mappedBy: "stands" }),
  })
  .indexes([
    { on: ["event_id", "vendor_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["event_id", "stand_number"], unique: true, where: "deleted_at IS NULL" },
  ])
