import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

// Rows changed shortly before the process started may have missed their events.
const FIRST_WINDOW_MS = 5 * 60_000
let caughtUpTo: Date | undefined

/**
 * Saving a product never waits for the search engine, so a write it missed while down is picked up
 * here: every minute, reindex the products changed since the last run that succeeded.
 */
export default async function searchCatchUp(container: MedusaContainer) {
  const startedAt = new Date()
  const since = caughtUpTo ?? new Date(startedAt.getTime() - FIRST_WINDOW_MS)
  try {
    await container.resolve(Modules.SEARCH).reindex({ index: "product", since })
    caughtUpTo = startedAt
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `[Search] Catch-up since ${since.toISOString()} failed, retrying next minute: ${(error as Error).message}`
      )
  }
}

export const config = {
  name: "search-catch-up",
  schedule: "* * * * *",
}
