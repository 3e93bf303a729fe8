import type { PortalMessages } from "@/lib/portal/messages"
import type { PortalVendor } from "@/lib/types/custom-routes"
import RichText from "@/modules/common/components/rich-text"

type Props = { vendor: PortalVendor; m: PortalMessages["status"] }

/** Where the cooperative stands with the centre, in one sentence and its reason when there is one. */
export default function StatusPanel({ vendor, m }: Props) {
  const text = m[vendor.status]
  return (
    <section className="status-panel" data-status={vendor.status} aria-labelledby="portal-status">
      <h2
        id="portal-status"
        className="status-panel__title"
        data-testid="portal-status"
        data-status={vendor.status}
      >
        {text.title}
      </h2>
      <p>{text.text}</p>
      {vendor.status_reason && vendor.status !== "approved" ? (
        <p className="status-panel__reason">
          <RichText template={m.reason} values={{ reason: vendor.status_reason }} />
        </p>
      ) : null}
    </section>
  )
}
