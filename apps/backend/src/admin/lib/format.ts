/** Badge colour of a cooperative's or a product's status. */
export const STATUS_COLORS: Record<string, "green" | "orange" | "red" | "grey"> = {
  approved: "green",
  pending: "orange",
  suspended: "red",
  rejected: "grey",
  published: "green",
  proposed: "orange",
  draft: "grey",
}

/** A moment as staff read it, in French. */
export function formatDate(value?: string | null): string {
  return value ? new Date(value).toLocaleString("fr-MA", { dateStyle: "medium", timeStyle: "short" }) : "—"
}
