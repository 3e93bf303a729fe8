/** Calls our /admin/* routes with the staff session cookie; throws the API's own message on failure. */
export async function adminFetch<T>(
  path: string,
  init: { method?: string; body?: unknown } = {}
): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    headers: init.body !== undefined ? { "content-type": "application/json" } : undefined,
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  })
  const data = await response.json().catch(() => ({}))
  if (!response.ok) {
    throw new Error((data as { message?: string }).message || `Request failed (${response.status})`)
  }
  return data as T
}

export const STATUS_COLORS: Record<string, "green" | "orange" | "red" | "grey"> = {
  approved: "green",
  pending: "orange",
  suspended: "red",
  rejected: "grey",
  published: "green",
  proposed: "orange",
  draft: "grey",
}

export function formatDate(value?: string | null): string {
  return value ? new Date(value).toLocaleString("fr-MA", { dateStyle: "medium", timeStyle: "short" }) : "—"
}
