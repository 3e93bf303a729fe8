import { Button, Container, Heading, Label, StatusBadge, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useVendorDecision } from "../../hooks/vendors"
import { STATUS_COLORS } from "../../lib/format"
import type { AdminVendor, VendorDecisionAction, VendorStatus } from "../../types"

// which decisions each status allows, and whether the cooperative must be told why
const ACTIONS: Record<VendorStatus, VendorDecisionAction[]> = {
  pending: ["approve", "reject"],
  approved: ["suspend"],
  suspended: ["reinstate"],
  rejected: [],
}
const NEEDS_REASON: Record<VendorDecisionAction, boolean> = {
  approve: false,
  reject: true,
  suspend: true,
  reinstate: false,
}
const LABELS: Record<VendorDecisionAction, string> = {
  approve: "Approve",
  reject: "Reject",
  suspend: "Suspend",
  reinstate: "Reinstate",
}

type Props = { vendor: Pick<AdminVendor, "id" | "name" | "status" | "logo_url"> }

/** The cooperative's name and status, and the decisions its status allows, confirmed with a reason. */
export function VendorDecisionPanel({ vendor }: Props) {
  const [pending, setPending] = useState<VendorDecisionAction | null>(null)
  const [reason, setReason] = useState("")
  const decision = useVendorDecision(vendor.id)

  const decide = () => {
    if (!pending) {
      return
    }
    decision.mutate(
      { action: pending, body: reason.trim() ? { reason: reason.trim() } : {} },
      {
        onSuccess: () => {
          setPending(null)
          setReason("")
        },
      }
    )
  }

  return (
    <Container className="flex flex-col gap-4">
      <Link to="/cooperatives" className="text-ui-fg-subtle">
        ← Cooperatives
      </Link>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div className="flex items-center gap-3">
          {vendor.logo_url && <img src={vendor.logo_url} alt="" className="h-12 w-12 rounded object-cover" />}
          <Heading level="h1">{vendor.name}</Heading>
          <StatusBadge color={STATUS_COLORS[vendor.status] ?? "grey"} data-testid="vendor-status">
            {vendor.status}
          </StatusBadge>
        </div>
        <div className="flex gap-2">
          {(ACTIONS[vendor.status] ?? []).map((action) => (
            <Button
              key={action}
              variant={action === "approve" || action === "reinstate" ? "primary" : "danger"}
              data-testid={`vendor-${action}`}
              onClick={() => {
                setPending(action)
                setReason("")
                decision.reset()
              }}
            >
              {LABELS[action]}
            </Button>
          ))}
        </div>
      </div>
      {pending && (
        <div className="flex flex-col gap-2 rounded border p-4">
          <Label htmlFor="decision-reason">
            {NEEDS_REASON[pending]
              ? "Reason (required, sent to the cooperative)"
              : "Note (optional, sent to the cooperative)"}
          </Label>
          <Textarea
            id="decision-reason"
            data-testid="decision-reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="flex gap-2">
            <Button
              data-testid="decision-confirm"
              isLoading={decision.isPending}
              disabled={NEEDS_REASON[pending] && reason.trim().length < 3}
              onClick={decide}
            >
              Confirm: {LABELS[pending].toLowerCase()} {vendor.name}
            </Button>
            <Button variant="secondary" onClick={() => setPending(null)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {decision.error && (
        <Text className="text-ui-fg-error" role="alert" data-testid="decision-error">
          {decision.error.message}
        </Text>
      )}
    </Container>
  )
}
