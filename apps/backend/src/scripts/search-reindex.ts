import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** Rebuilds the product search index from the database (`npm run search:reindex`). */
export default async function searchReindex({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  await container.resolve(Modules.SEARCH).reindex({ index: "product" })
  logger.info(`[Search] Product index rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
