import { z } from "@medusajs/framework/zod"
import { productSearchFields } from "../../../lib/search/product-search-fields"
import { MAX_FILTER_VALUES } from "../../security/limits"

const fields = productSearchFields.toFields()
const namesWhere = (test: (field: (typeof fields)[string]) => boolean) =>
  Object.entries(fields)
    .filter(([, field]) => test(field))
    .map(([name]) => name)

export const SEARCH_FILTERABLE = namesWhere((field) => !!field.filterable)
export const SEARCH_FACETABLE = namesWhere((field) => !!field.facetable)
export const SEARCH_SORTABLE = [...namesWhere((field) => !!field.sortable), "_score"]
export const SEARCH_SEARCHABLE = namesWhere((field) => !!field.searchable)

export const MAX_SEARCH_QUERY_LENGTH = 200
export const MAX_SEARCH_TAKE = 60
export const MAX_SEARCH_SKIP = 2_000
const MAX_FILTER_DEPTH = 4
const LOGICAL = new Set(["$and", "$or", "$not"])
// what a field filter may compare with; pattern operators ($like, $ilike, $re) are refused: the
// engine would run a shopper's wildcards as they are, and `q` is the way to search text
const FIELD_OPERATORS = new Set(["$eq", "$ne", "$in", "$nin", "$gt", "$gte", "$lt", "$lte", "$exists"])

function checkFieldFilter(field: string, value: unknown, ctx: z.RefinementCtx) {
  if (Array.isArray(value)) {
    if (value.length > MAX_FILTER_VALUES) {
      ctx.addIssue({
        code: "custom",
        message: `filters.${field} lists ${value.length} values; at most ${MAX_FILTER_VALUES} values per filter`,
      })
    }
    return
  }
  if (!value || typeof value !== "object") {
    return
  }
  for (const [operator, operand] of Object.entries(value)) {
    if (!FIELD_OPERATORS.has(operator)) {
      ctx.addIssue({
        code: "custom",
        message: `filters.${field} cannot use "${operator}"; use ${[...FIELD_OPERATORS].join(", ")} (and "q" to search text)`,
      })
    } else if (Array.isArray(operand) && operand.length > MAX_FILTER_VALUES) {
      ctx.addIssue({
        code: "custom",
        message: `filters.${field}.${operator} lists ${operand.length} values; at most ${MAX_FILTER_VALUES} values per filter`,
      })
    }
  }
}

function checkFilters(value: unknown, path: string, depth: number, ctx: z.RefinementCtx) {
  if (depth > MAX_FILTER_DEPTH) {
    ctx.addIssue({
      code: "custom",
      message: `filters are nested deeper than ${MAX_FILTER_DEPTH} levels`,
      path: [path],
    })
    return
  }
  if (Array.isArray(value)) {
    value.forEach((entry) => checkFilters(entry, path, depth + 1, ctx))
    return
  }
  if (!value || typeof value !== "object") {
    return
  }
  for (const [key, entry] of Object.entries(value)) {
    if (key === "q") {
      if (typeof entry !== "string" || entry.length > MAX_SEARCH_QUERY_LENGTH) {
        ctx.addIssue({
          code: "custom",
          message: `filters.q must be a text of at most ${MAX_SEARCH_QUERY_LENGTH} characters`,
        })
      }
    } else if (LOGICAL.has(key)) {
      checkFilters(entry, key, depth + 1, ctx)
    } else if (!SEARCH_FILTERABLE.includes(key)) {
      ctx.addIssue({
        code: "custom",
        message: `Cannot filter products by "${key}"; filterable fields: ${SEARCH_FILTERABLE.join(", ")}`,
      })
    } else {
      checkFieldFilter(key, entry, ctx)
    }
  }
}

const Facet = z
  .union([z.string(), z.object({ field: z.string() }).passthrough()])
  .superRefine((facet, ctx) => {
    const field = typeof facet === "string" ? facet : facet.field
    if (!SEARCH_FACETABLE.includes(field)) {
      ctx.addIssue({
        code: "custom",
        message: `Unknown facet "${field}"; facets: ${SEARCH_FACETABLE.join(", ")}`,
      })
    }
  })

/**
 * What a product search may ask, checked before the engine sees it: short queries, known facets,
 * filters and sorts on indexed fields, and pages small and shallow enough to stay fast.
 */
const StoreSearchProductsQuery = z
  .object({
    entity: z.string(),
    filters: z
      .record(z.string(), z.unknown())
      .optional()
      .superRefine((filters, ctx) => checkFilters(filters, "filters", 0, ctx)),
    pagination: z
      .object({
        take: z
          .number()
          .int()
          .min(0)
          .max(MAX_SEARCH_TAKE, `pagination.take must be at most ${MAX_SEARCH_TAKE}`)
          .optional(),
        skip: z
          .number()
          .int()
          .min(0)
          .max(
            MAX_SEARCH_SKIP,
            `pagination.skip must be at most ${MAX_SEARCH_SKIP}; narrow the search instead`
          )
          .optional(),
        order: z
          .record(z.string(), z.enum(["ASC", "DESC"]))
          .optional()
          .superRefine((order, ctx) => {
            for (const key of Object.keys(order ?? {})) {
              if (!SEARCH_SORTABLE.includes(key)) {
                ctx.addIssue({
                  code: "custom",
                  message: `Cannot sort products by "${key}"; sortable fields: ${SEARCH_SORTABLE.join(", ")}`,
                })
              }
            }
          }),
      })
      .passthrough()
      .optional(),
    search_options: z
      .object({
        facets: z.array(Facet).max(12, "at most 12 facets per query").optional(),
        attributes_to_search_on: z.array(z.enum(SEARCH_SEARCHABLE as [string, ...string[]])).optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough()

export const StoreSearchProducts = z.union([
  z
    .object({ queries: z.array(StoreSearchProductsQuery).max(12, "at most 12 queries per request") })
    .passthrough(),
  StoreSearchProductsQuery,
])
export type StoreSearchProductsType = z.infer<typeof StoreSearchProducts>
