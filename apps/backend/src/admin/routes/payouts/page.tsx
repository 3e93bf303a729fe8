import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Select, Table, Text, Textarea } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from "react"
import { Link } from "react-router-dom"
import { adminFetch } from "../../lib/api"
import { formatAmount, formatDay, parsePayoutForm, type PayoutFormValues } from "../../lib/payout-form"

type Balance = {
  vendor_id: string
  currency_code: string
  earned: number
  paid: number
  balance: number
  pending: number
  pending_cash: number
  vendor: { id: string; name: string; handle: string; rib: string | null } | null
}

type Payout = {
  id: string
  vendor_id: string
  amount: number
  currency_code: string
  paid_at: string
  reference: string
  method: "bank_transfer" | "cash"
  rib: string | null
  note: string | null
}

const PAGE_SIZE = 50
const METHOD_LABELS: Record<Payout["method"], string> = {
  bank_transfer: "Bank transfer to RIB",
  cash: "Cash at the centre",
}

const today = () => new Date().toISOString().slice(0, 10)
const emptyForm = (): PayoutFormValues => ({
  vendor_id: "",
  currency_code: "mad",
  amount: "",
  paid_at: today(),
  reference: "",
  method: "bank_transfer",
  note: "",
})

function Field({
  id,
  label,
  error,
  children,
}: {
  id: string
  label: string
  error?: string
  children: ReactNode
}) {
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {error && (
        <Text size="small" className="text-ui-fg-error" id={`${id}-error`} data-testid={`${id}-error`}>
          {error}
        </Text>
      )}
    </div>
  )
}

/** What the centre owes each cooperative, recording money paid to them, and the bank's CSV of transfers. */
const PayoutsPage = () => {
  const [balances, setBalances] = useState<Balance[] | null>(null)
  const [payouts, setPayouts] = useState<{ payouts: Payout[]; count: number } | null>(null)
  const [offset, setOffset] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const [form, setForm] = useState<PayoutFormValues>(emptyForm)
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof PayoutFormValues, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(() => {
    setError(null)
    Promise.all([
      adminFetch<{ balances: Balance[] }>("/admin/ledger/balances"),
      adminFetch<{ payouts: Payout[]; count: number }>(`/admin/payouts?limit=${PAGE_SIZE}&offset=${offset}`),
    ])
      .then(([balanceData, payoutData]) => {
        setBalances(balanceData.balances)
        setPayouts(payoutData)
      })
      .catch((e: Error) => setError(e.message))
  }, [offset])
  useEffect(load, [load])

  const vendors = new Map(
    (balances ?? []).flatMap((row) => (row.vendor ? [[row.vendor.id, row.vendor] as const] : []))
  )
  const chosen = vendors.get(form.vendor_id)
  const set = (name: keyof PayoutFormValues) => (value: string) =>
    setForm((previous) => ({ ...previous, [name]: value }))

  const prefill = (row: Balance) => {
    setForm({
      ...emptyForm(),
      vendor_id: row.vendor_id,
      currency_code: row.currency_code,
      amount: row.balance > 0 ? String(row.balance) : "",
    })
    setFieldErrors({})
    setFormError(null)
    setSaved(null)
    document.getElementById("payout-form")?.scrollIntoView({ behavior: "smooth" })
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaved(null)
    setFormError(null)
    const parsed = parsePayoutForm(form)
    if ("errors" in parsed) {
      setFieldErrors(parsed.errors)
      return
    }
    setFieldErrors({})
    setBusy(true)
    try {
      const { payout } = await adminFetch<{ payout: Payout }>("/admin/payouts", {
        method: "POST",
        body: parsed.body,
      })
      setSaved(
        `Recorded: ${formatAmount(payout.amount, payout.currency_code)} to ${chosen?.name ?? payout.vendor_id} (${payout.reference}).`
      )
      setForm(emptyForm())
      setOffset(0)
      load()
    } catch (e) {
      setFormError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <Heading level="h1">Payouts</Heading>
          <Button asChild variant="secondary">
            <a
              href="/admin/payouts/export.csv?method=bank_transfer"
              download
              data-testid="payouts-export-csv"
            >
              Export CSV for the bank
            </a>
          </Button>
        </div>
        {error && (
          <Text className="px-6 py-4 text-ui-fg-error" role="alert">
            {error}
          </Text>
        )}
        <div className="px-6 py-4">
          <Heading level="h2">Balances</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Owed: earned on delivered parcels, after commission, less payouts. Pending: parts not delivered
            yet (cash still to collect apart).
          </Text>
        </div>
        <Table data-testid="balances-table">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Cooperative</Table.HeaderCell>
              <Table.HeaderCell>RIB</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Owed</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Pending (cash)</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Paid out</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(balances ?? []).map((row) => (
              <Table.Row
                key={`${row.vendor_id}-${row.currency_code}`}
                data-testid="balance-row"
                data-vendor-id={row.vendor_id}
                data-currency={row.currency_code}
              >
                <Table.Cell>
                  <Link to={`/cooperatives/${row.vendor_id}`} className="text-ui-fg-interactive">
                    {row.vendor?.name ?? row.vendor_id}
                  </Link>
                </Table.Cell>
                <Table.Cell className="font-mono">{row.vendor?.rib ?? "—"}</Table.Cell>
                <Table.Cell className="text-right font-medium" data-testid="balance-owed">
                  {formatAmount(row.balance, row.currency_code)}
                </Table.Cell>
                <Table.Cell className="text-right" data-testid="balance-pending">
                  {formatAmount(row.pending, row.currency_code)} (
                  {formatAmount(row.pending_cash, row.currency_code)})
                </Table.Cell>
                <Table.Cell className="text-right" data-testid="balance-paid">
                  {formatAmount(row.paid, row.currency_code)}
                </Table.Cell>
                <Table.Cell>
                  <Button
                    size="small"
                    variant="secondary"
                    disabled={row.balance <= 0}
                    onClick={() => prefill(row)}
                    data-testid="balance-record-payout"
                  >
                    Record payout
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {balances?.length === 0 && <Text className="px-6 py-4">No cooperative has sold anything yet.</Text>}
      </Container>

      <Container className="flex flex-col gap-4" id="payout-form">
        <Heading level="h2">Record a payout</Heading>
        <form
          onSubmit={submit}
          noValidate
          className="grid grid-cols-1 gap-4 md:grid-cols-2"
          data-testid="payout-form"
        >
          <Field id="payout-vendor" label="Cooperative" error={fieldErrors.vendor_id}>
            <Select value={form.vendor_id} onValueChange={set("vendor_id")}>
              <Select.Trigger id="payout-vendor" data-testid="payout-vendor">
                <Select.Value placeholder="Choose a cooperative" />
              </Select.Trigger>
              <Select.Content>
                {[...vendors.values()].map((vendor) => (
                  <Select.Item
                    key={vendor.id}
                    value={vendor.id}
                    data-testid={`payout-vendor-${vendor.handle}`}
                  >
                    {vendor.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <Field id="payout-rib" label="Paid to RIB">
            <Text className="font-mono" id="payout-rib">
              {!chosen
                ? "—"
                : form.method === "cash"
                  ? "Cash: no RIB"
                  : (chosen.rib ?? "No RIB on file for this cooperative")}
            </Text>
          </Field>
          <Field id="payout-amount" label="Amount" error={fieldErrors.amount}>
            <div className="flex gap-2">
              <Input
                id="payout-amount"
                inputMode="decimal"
                value={form.amount}
                onChange={(event) => set("amount")(event.target.value)}
                aria-invalid={!!fieldErrors.amount}
                data-testid="payout-amount"
              />
              <Select value={form.currency_code} onValueChange={set("currency_code")}>
                <Select.Trigger className="w-28" data-testid="payout-currency" aria-label="Currency">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value="mad">MAD</Select.Item>
                  <Select.Item value="eur">EUR</Select.Item>
                </Select.Content>
              </Select>
            </div>
          </Field>
          <Field id="payout-date" label="Date paid" error={fieldErrors.paid_at}>
            <Input
              id="payout-date"
              type="date"
              value={form.paid_at}
              onChange={(event) => set("paid_at")(event.target.value)}
              aria-invalid={!!fieldErrors.paid_at}
              data-testid="payout-date"
            />
          </Field>
          <Field
            id="payout-reference"
            label="Reference (bank transfer or receipt number)"
            error={fieldErrors.reference}
          >
            <Input
              id="payout-reference"
              value={form.reference}
              onChange={(event) => set("reference")(event.target.value)}
              aria-invalid={!!fieldErrors.reference}
              data-testid="payout-reference"
            />
          </Field>
          <Field id="payout-method" label="Method" error={fieldErrors.method}>
            <Select value={form.method} onValueChange={set("method")}>
              <Select.Trigger id="payout-method" data-testid="payout-method">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {Object.entries(METHOD_LABELS).map(([value, label]) => (
                  <Select.Item key={value} value={value} data-testid={`payout-method-${value}`}>
                    {label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <div className="md:col-span-2">
            <Field id="payout-note" label="Note (optional)" error={fieldErrors.note}>
              <Textarea
                id="payout-note"
                value={form.note}
                onChange={(event) => set("note")(event.target.value)}
                data-testid="payout-note"
              />
            </Field>
          </div>
          <div className="flex flex-col gap-2 md:col-span-2">
            {formError && (
              <Text className="text-ui-fg-error" role="alert" data-testid="payout-error">
                {formError}
              </Text>
            )}
            {saved && (
              <Text className="text-ui-fg-interactive" role="status" data-testid="payout-saved">
                {saved}
              </Text>
            )}
            <div>
              <Button type="submit" isLoading={busy} data-testid="payout-submit">
                Record payout
              </Button>
            </div>
          </div>
        </form>
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Payouts recorded</Heading>
        </div>
        <Table data-testid="payouts-table">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Date</Table.HeaderCell>
              <Table.HeaderCell>Cooperative</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
              <Table.HeaderCell>Method</Table.HeaderCell>
              <Table.HeaderCell>Reference</Table.HeaderCell>
              <Table.HeaderCell>RIB</Table.HeaderCell>
              <Table.HeaderCell>Note</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(payouts?.payouts ?? []).map((payout) => (
              <Table.Row key={payout.id} data-testid="payout-row" data-reference={payout.reference}>
                <Table.Cell>{formatDay(payout.paid_at)}</Table.Cell>
                <Table.Cell>{vendors.get(payout.vendor_id)?.name ?? payout.vendor_id}</Table.Cell>
                <Table.Cell className="text-right">
                  {formatAmount(payout.amount, payout.currency_code)}
                </Table.Cell>
                <Table.Cell>{METHOD_LABELS[payout.method] ?? payout.method}</Table.Cell>
                <Table.Cell>{payout.reference}</Table.Cell>
                <Table.Cell className="font-mono">{payout.rib ?? "—"}</Table.Cell>
                <Table.Cell>{payout.note ?? ""}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {payouts?.count === 0 && <Text className="px-6 py-4">No payout recorded yet.</Text>}
        {payouts && payouts.count > PAGE_SIZE && (
          <Table.Pagination
            count={payouts.count}
            pageSize={PAGE_SIZE}
            pageIndex={Math.floor(offset / PAGE_SIZE)}
            pageCount={Math.ceil(payouts.count / PAGE_SIZE)}
            canPreviousPage={offset > 0}
            canNextPage={offset + PAGE_SIZE < payouts.count}
            previousPage={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
            nextPage={() => setOffset(offset + PAGE_SIZE)}
          />
        )}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Payouts", icon: Cash })

export default PayoutsPage
