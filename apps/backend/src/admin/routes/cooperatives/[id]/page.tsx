import { Badge, Button, Container, Heading, Label, StatusBadge, Table, Text, Textarea } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { Link, useParams } from "react-router-dom"
import BankDetailsForm from "../../../components/bank-details-form"
import { adminFetch, formatDate, STATUS_COLORS } from "../../../lib/api"

type Decision = {
  id: string
  action: string
  from_status: string
  to_status: string
  reason: string | null
  decided_by: string
  decided_by_email: string | null
  created_at: string
}

type Vendor = Record<string, any> & {
  id: string
  name: string
  status: string
  decisions: Decision[]
  members: Record<string, any>[]
  certifications: Record<string, any>[]
  translations: Record<string, Record<string, string>>
}

type Action = "approve" | "reject" | "suspend" | "reinstate"

// which decisions each status allows, and whether the cooperative must be told why
const ACTIONS: Record<string, Action[]> = {
  pending: ["approve", "reject"],
  approved: ["suspend"],
  suspended: ["reinstate"],
  rejected: [],
}
const NEEDS_REASON: Record<Action, boolean> = {
  approve: false,
  reject: true,
  suspend: true,
  reinstate: false,
}
const LABELS: Record<Action, string> = {
  approve: "Approve",
  reject: "Reject",
  suspend: "Suspend",
  reinstate: "Reinstate",
}

const PROFILE_FIELDS: [string, string][] = [
  ["handle", "Handle"],
  ["legal_form", "Legal form"],
  ["odco_number", "ODCO number"],
  ["ice", "ICE"],
  ["region", "Region"],
  ["province", "Province"],
  ["city", "City"],
  ["founded_year", "Founded"],
  ["members_count", "Members"],
  ["women_share", "Women (%)"],
  ["email", "Email"],
  ["phone", "Phone"],
  ["rib", "RIB"],
  ["commission_rate", "Commission (%)"],
  ["status_reason", "Last reason"],
  ["created_at", "Applied"],
]

/** Everything a cooperative sent, its members, certifications and decisions, and the decision buttons. */
const CooperativeDetailPage = () => {
  const { id } = useParams()
  const [vendor, setVendor] = useState<Vendor | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState<Action | null>(null)
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)

  const load = useCallback(() => {
    adminFetch<{ vendor: Vendor }>(`/admin/vendors/${id}`)
      .then(({ vendor }) => setVendor(vendor))
      .catch((e: Error) => setError(e.message))
  }, [id])
  useEffect(load, [load])

  const decide = async () => {
    if (!pending) {
      return
    }
    setBusy(true)
    setError(null)
    try {
      const body = reason.trim() ? { reason: reason.trim() } : {}
      const { vendor } = await adminFetch<{ vendor: Vendor }>(`/admin/vendors/${id}/${pending}`, {
        method: "POST",
        body,
      })
      setVendor(vendor)
      setPending(null)
      setReason("")
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  if (!vendor) {
    return (
      <Container>
        {error ? <Text className="text-ui-fg-error">{error}</Text> : <Text>Loading…</Text>}
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-4">
      <Container className="flex flex-col gap-4">
        <Link to="/cooperatives" className="text-ui-fg-subtle">
          ← Cooperatives
        </Link>
        <div className="flex flex-wrap items-center justify-between gap-4">
          <div className="flex items-center gap-3">
            {vendor.logo_url && (
              <img src={vendor.logo_url} alt="" className="h-12 w-12 rounded object-cover" />
            )}
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
                  setError(null)
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
                isLoading={busy}
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
        {error && (
          <Text className="text-ui-fg-error" role="alert" data-testid="decision-error">
            {error}
          </Text>
        )}
      </Container>

      <Container className="grid grid-cols-1 gap-2 md:grid-cols-2">
        <Heading level="h2" className="md:col-span-2">
          Application
        </Heading>
        {PROFILE_FIELDS.map(([key, label]) => (
          <div key={key} className="flex gap-2">
            <Text weight="plus" className="w-40 shrink-0">
              {label}
            </Text>
            <Text>{key.endsWith("_at") ? formatDate(vendor[key]) : String(vendor[key] ?? "—")}</Text>
          </div>
        ))}
        {(["fr", "ar", "en"] as const).map((locale) => {
          const texts =
            locale === "fr"
              ? { tagline: vendor.tagline, story: vendor.story }
              : (vendor.translations?.[locale] ?? {})
          return (
            <div key={locale} className="md:col-span-2" dir={locale === "ar" ? "rtl" : "ltr"}>
              <Badge size="2xsmall">{locale}</Badge>
              {/* React escapes text: whatever a cooperative wrote is shown, never run */}
              <Text weight="plus">{texts.tagline ?? "—"}</Text>
              <Text className="whitespace-pre-line">{texts.story ?? "—"}</Text>
            </div>
          )
        })}
      </Container>

      <BankDetailsForm<Vendor>
        vendorId={vendor.id}
        current={{
          rib: vendor.rib ?? null,
          bank_name: vendor.bank_name ?? null,
          account_holder: vendor.account_holder ?? null,
        }}
        onSaved={setVendor}
      />

      <Container>
        <Heading level="h2">Members</Heading>
        <Table>
          <Table.Body>
            {vendor.members.map((member) => (
              <Table.Row key={member.id}>
                <Table.Cell>
                  {member.first_name} {member.last_name}
                </Table.Cell>
                <Table.Cell>{member.email}</Table.Cell>
                <Table.Cell>{member.phone ?? "—"}</Table.Cell>
                <Table.Cell>{member.role}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <Container>
        <Heading level="h2">Certifications</Heading>
        {vendor.certifications.length === 0 && <Text>None declared.</Text>}
        {vendor.certifications.map((certification) => (
          <Text key={certification.id}>
            {certification.label} — expires {formatDate(certification.expires_at)} — verified by{" "}
            {certification.verified_by ?? "nobody yet"}
          </Text>
        ))}
      </Container>

      <Container>
        <Heading level="h2">Decisions</Heading>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>When</Table.HeaderCell>
              <Table.HeaderCell>Decision</Table.HeaderCell>
              <Table.HeaderCell>Reason</Table.HeaderCell>
              <Table.HeaderCell>By</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {vendor.decisions.map((decision) => (
              <Table.Row key={decision.id} data-testid="vendor-decision">
                <Table.Cell>{formatDate(decision.created_at)}</Table.Cell>
                <Table.Cell>
                  {decision.action} ({decision.from_status} → {decision.to_status})
                </Table.Cell>
                <Table.Cell>{decision.reason ?? "—"}</Table.Cell>
                <Table.Cell>{decision.decided_by_email ?? decision.decided_by}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export default CooperativeDetailPage
