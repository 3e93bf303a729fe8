import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { backfillPhotos } from "../lib/images/backfill-photos"

/** Makes the WebP variants of photos uploaded before the photo pipeline (`npm run images:backfill`). */
export default async function imagesBackfill({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const report = await backfillPhotos(container)
  logger.info(
    `[Photos] ${report.converted} photo(s) converted, ${report.products} product(s) and ${report.vendors} ` +
      `cooperative logo(s) repointed in ${((Date.now() - started) / 1000).toFixed(1)} s` +
      (report.failed.length ? `; left as they were (unreadable): ${report.failed.join(", ")}` : "")
  )
}
