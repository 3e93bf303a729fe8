import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchService } from "./service"

export { MeilisearchSearchService } from "./service"
export type { MeilisearchProviderOptions } from "./service"
export { toMeilisearchSettings, toMeilisearchSynonyms } from "./settings"
export { toMeilisearchFilter } from "./filters"
export { toMeilisearchQueries, fromMeilisearchResults } from "./query"

export default ModuleProvider(Modules.SEARCH, { services: [MeilisearchSearchService] })
