import PostgresSearchProvider from "@medusajs/medusa/search-postgres"
// The only place that reads Medusa's PostgreSQL search provider from its build: Medusa exports the
// provider as a module, not its class nor the helpers that turn the Search Module's filters and
// facets into SQL. Re-implementing those would fork Medusa's query language, so we borrow them,
// pinned to the version below and checked when the backend loads.
import type { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import {
  buildFacetQuery,
  mapFacetResult,
  normalizeFacetRequests,
  projectIndexedDocument,
  toWhereClause,
} from "@medusajs/search-postgres/dist/utils"
import { version } from "@medusajs/search-postgres/package.json"

/** The provider release these internals were read from; upgrading Medusa means re-reading them. */
export const BUILT_IN_PROVIDER_VERSION = "2.21.2"

if (version !== BUILT_IN_PROVIDER_VERSION) {
  throw new Error(
    `The multilingual search provider was written against @medusajs/search-postgres ` +
      `${BUILT_IN_PROVIDER_VERSION} and ${version} is installed: check ` +
      `src/modules/multilingual-search/built-in-provider.ts against the new release before upgrading.`
  )
}

// The module's one service is the class to extend.
export const BuiltInPostgresSearchService = (
  PostgresSearchProvider as unknown as { services: (typeof PostgresSearchService)[] }
).services[0]

export type BuiltInCatalog = Awaited<ReturnType<PostgresSearchService["retrieve"]>>

export { buildFacetQuery, mapFacetResult, normalizeFacetRequests, projectIndexedDocument, toWhereClause }
