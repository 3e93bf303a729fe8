import type { VendorOrderStatus } from "@/lib/types/custom-routes"
import { ORDER_STATUS_LABEL_KEYS } from "@/lib/portal/orders"
import type { PortalMessages } from "@/lib/portal/messages"

type Props = { status: VendorOrderStatus; labels: PortalMessages["orderStatus"] }

export default function OrderStatusBadge({ status, labels }: Props) {
  return (
    <span className="status-badge" data-status={`order-${status}`} data-testid="order-status">
      {labels[ORDER_STATUS_LABEL_KEYS[status]] ?? status}
    </span>
  )
}
