import { model } from "@medusajs/framework/utils"

/**
 * The impact figures of one day (docs/impact.md): the marketplace's, and each cooperative's own.
 * One row per day, rewritten when the figures are computed again that day; the history stays.
 */
export const ImpactSnapshot = model
  .define("impact_snapshot", {
    id: model.id({ prefix: "impact" }).primaryKey(),
    // the day in Morocco, "2026-06-12"
    day: model.text(),
    computed_at: model.dateTime(),
    // ImpactFigures
    figures: model.json(),
    // { [vendor_id]: CooperativeImpact }, for every cooperative that sold, opted in or not
    cooperatives: model.json(),
  })
  .indexes([{ on: ["day"], unique: true, where: "deleted_at IS NULL" }])
