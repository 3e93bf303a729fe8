/**
 * Query keys per resource, nested so that one invalidation reaches every list (pages, filters, the
 * dashboard widget) or one record: `[resource, "list", query]`, `[resource, "detail", id]`. Names start
 * with `bazaar_` so they never meet the dashboard's own keys in the QueryClient it shares with extensions.
 */
export function queryKeys<const Resource extends `bazaar_${string}`>(resource: Resource) {
  return {
    all: [resource] as const,
    lists: () => [resource, "list"] as const,
    list: (query?: object) => [resource, "list", query ?? {}] as const,
    detail: (id: string) => [resource, "detail", id] as const,
  }
}
