import type { PortalMessages } from "@/lib/portal/messages"
import type { PortalVendor } from "@/lib/types/custom-routes"

type Props = { vendor: PortalVendor; m: PortalMessages["status"] }

/** Shown instead of a form to members of a cooperative that is not (or no longer) approved. */
export default function ReadOnlyBanner({ vendor, m }: Props) {
  return (
    <div
      className="alert alert--info"
      role="status"
      data-testid="portal-read-only"
      data-status={vendor.status}
    >
      <p>
        <strong>{m[vendor.status].title}</strong>
      </p>
      <p>{m.readOnly}</p>
    </div>
  )
}
