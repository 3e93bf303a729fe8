import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { backfillPhotos } from "../lib/images/backfill-photos"

/**
 * Photos uploaded before the pipeline (or restored from an old backup) get their variants without
 * anyone running `npm run images:backfill`: a few at a time, every ten minutes, nothing to do once
 * every photo points to a variant.
 */
export default async function photoBackfill(container: MedusaContainer) {
  const report = await backfillPhotos(container, { limit: 20 })
  if (report.converted || report.failed.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`[Photos] Backfill: ${report.converted} converted, ${report.failed.length} unreadable`)
  }
}

export const config = {
  name: "photo-backfill",
  schedule: "*/10 * * * *",
}
