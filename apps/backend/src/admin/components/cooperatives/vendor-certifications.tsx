import { Badge, Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { useCertificationActions } from "../../hooks/certifications"
import { formatDate } from "../../lib/format"
import type { AdminVendorCertification } from "../../types"

type Props = { vendorId: string; certifications: AdminVendorCertification[] }

const STATUS = {
  waiting: { label: "To check", color: "orange" },
  verified: { label: "Verified: shown in the shop", color: "green" },
  expired: { label: "Expired: not shown", color: "grey" },
} as const

/**
 * The cooperative's certificates: staff check each against its photo and number, then verify it (its
 * badge shows in the shop until it expires), or add one from the paper a member brought in.
 */
export function VendorCertifications({ vendorId, certifications }: Props) {
  const actions = useCertificationActions(vendorId)
  const [draft, setDraft] = useState({ label: "", number: "", expires_at: "" })
  const error = actions.add.error ?? actions.verify.error ?? actions.remove.error

  const add = (verified: boolean) =>
    actions.add.mutate(
      { label: draft.label, number: draft.number || undefined, expires_at: draft.expires_at, verified },
      { onSuccess: () => setDraft({ label: "", number: "", expires_at: "" }) }
    )

  return (
    <Container className="flex flex-col gap-3" data-testid="certifications">
      <Heading level="h2">Certifications</Heading>
      {certifications.length === 0 && <Text>None declared.</Text>}
      <ul className="flex flex-col gap-2">
        {certifications.map((certification) => (
          <li
            key={certification.id}
            className="flex flex-wrap items-center gap-2"
            data-testid="certification"
          >
            <Text weight="plus">{certification.label}</Text>
            {certification.number && <Text size="small">No. {certification.number}</Text>}
            <Text size="small">expires {formatDate(certification.expires_at)}</Text>
            <Badge color={STATUS[certification.status].color}>{STATUS[certification.status].label}</Badge>
            <Text size="small" className="text-ui-fg-subtle">
              added by {certification.added_by_type === "staff" ? "the centre" : "the cooperative"}
            </Text>
            {certification.document_url && (
              <a
                href={certification.document_url}
                target="_blank"
                rel="noreferrer"
                className="text-ui-fg-interactive"
              >
                See the certificate
              </a>
            )}
            {certification.status === "waiting" && (
              <Button
                size="small"
                data-testid="certification-verify"
                isLoading={actions.verify.isPending}
                onClick={() => actions.verify.mutate(certification.id)}
              >
                Verify
              </Button>
            )}
            <Button
              size="small"
              variant="secondary"
              isLoading={actions.remove.isPending}
              onClick={() => actions.remove.mutate(certification.id)}
            >
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <div className="grid grid-cols-1 gap-2 md:grid-cols-3">
        <div className="flex flex-col gap-1">
          <Label htmlFor="certification-label">Certificate</Label>
          <Input
            id="certification-label"
            placeholder="ONSSA, Bio, IGP…"
            value={draft.label}
            onChange={(event) => setDraft({ ...draft, label: event.target.value })}
          />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="certification-number">Number</Label>
          <Input
            id="certification-number"
            value={draft.number}
            onChange={(event) => setDraft({ ...draft, number: event.target.value })}
          />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="certification-expires">Expires on</Label>
          <Input
            id="certification-expires"
            type="date"
            value={draft.expires_at}
            onChange={(event) => setDraft({ ...draft, expires_at: event.target.value })}
          />
        </div>
      </div>
      <div className="flex gap-2">
        <Button size="small" isLoading={actions.add.isPending} onClick={() => add(true)}>
          Add, checked on paper
        </Button>
        <Button size="small" variant="secondary" isLoading={actions.add.isPending} onClick={() => add(false)}>
          Add, to check later
        </Button>
      </div>
      {error && (
        <Text className="text-ui-fg-error" role="alert">
          {error.message}
        </Text>
      )}
    </Container>
  )
}
