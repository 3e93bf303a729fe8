import type { ProductStatus } from "@/lib/types/custom-routes"

type Props = { status: ProductStatus; label: string }

export default function ProductStatusBadge({ status, label }: Props) {
  return (
    <span className="status-badge" data-status={status}>
      {label}
    </span>
  )
}
