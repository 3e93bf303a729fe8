import { Button, Container, Heading, Input, Select, Text, Textarea } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useCreatePayout } from "../../hooks/payouts"
import {
  emptyPayoutForm,
  formatAmount,
  parsePayoutForm,
  PAYOUT_METHOD_LABELS,
  type PayableVendor,
  type PayoutFormErrors,
  type PayoutFormValues,
} from "../../lib/payout-form"
import { FormField } from "./form-field"

type Props = {
  vendors: Map<string, PayableVendor>
  /** Values to start from, e.g. a balance row's; the page remounts the form to change them. */
  initial?: PayoutFormValues
  onRecorded: () => void
}

/** Records money paid to a cooperative, checked field by field before it is sent. */
export function PayoutForm({ vendors, initial, onRecorded }: Props) {
  const [form, setForm] = useState<PayoutFormValues>(() => initial ?? emptyPayoutForm())
  const [fieldErrors, setFieldErrors] = useState<PayoutFormErrors>({})
  const createPayout = useCreatePayout()
  const chosen = vendors.get(form.vendor_id)
  const recorded = createPayout.data?.payout
  const set = (name: keyof PayoutFormValues) => (value: string) =>
    setForm((previous) => ({ ...previous, [name]: value }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    createPayout.reset()
    const parsed = parsePayoutForm(form)
    if ("errors" in parsed) {
      setFieldErrors(parsed.errors)
      return
    }
    setFieldErrors({})
    createPayout.mutate(parsed.body, {
      onSuccess: () => {
        setForm(emptyPayoutForm())
        onRecorded()
      },
    })
  }

  return (
    <Container className="flex flex-col gap-4" id="payout-form">
      <Heading level="h2">Record a payout</Heading>
      <form
        onSubmit={submit}
        noValidate
        className="grid grid-cols-1 gap-4 md:grid-cols-2"
        data-testid="payout-form"
      >
        <FormField id="payout-vendor" label="Cooperative" error={fieldErrors.vendor_id}>
          <Select value={form.vendor_id} onValueChange={set("vendor_id")}>
            <Select.Trigger id="payout-vendor" data-testid="payout-vendor">
              <Select.Value placeholder="Choose a cooperative" />
            </Select.Trigger>
            <Select.Content>
              {[...vendors.values()].map((vendor) => (
                <Select.Item key={vendor.id} value={vendor.id} data-testid={`payout-vendor-${vendor.handle}`}>
                  {vendor.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        <FormField id="payout-rib" label="Paid to RIB">
          <Text className="font-mono" id="payout-rib">
            {!chosen
              ? "—"
              : form.method === "cash"
                ? "Cash: no RIB"
                : (chosen.rib ?? "No RIB on file for this cooperative")}
          </Text>
        </FormField>
        <FormField id="payout-amount" label="Amount" error={fieldErrors.amount}>
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
        </FormField>
        <FormField id="payout-date" label="Date paid" error={fieldErrors.paid_at}>
          <Input
            id="payout-date"
            type="date"
            value={form.paid_at}
            onChange={(event) => set("paid_at")(event.target.value)}
            aria-invalid={!!fieldErrors.paid_at}
            data-testid="payout-date"
          />
        </FormField>
        <FormField
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
        </FormField>
        <FormField id="payout-method" label="Method" error={fieldErrors.method}>
          <Select value={form.method} onValueChange={set("method")}>
            <Select.Trigger id="payout-method" data-testid="payout-method">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {Object.entries(PAYOUT_METHOD_LABELS).map(([value, label]) => (
                <Select.Item key={value} value={value} data-testid={`payout-method-${value}`}>
                  {label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        <div className="md:col-span-2">
          <FormField id="payout-note" label="Note (optional)" error={fieldErrors.note}>
            <Textarea
              id="payout-note"
              value={form.note}
              onChange={(event) => set("note")(event.target.value)}
              data-testid="payout-note"
            />
          </FormField>
        </div>
        <div className="flex flex-col gap-2 md:col-span-2">
          {createPayout.error && (
            <Text className="text-ui-fg-error" role="alert" data-testid="payout-error">
              {createPayout.error.message}
            </Text>
          )}
          {recorded && (
            <Text className="text-ui-fg-interactive" role="status" data-testid="payout-saved">
              Recorded: {formatAmount(recorded.amount, recorded.currency_code)} to{" "}
              {vendors.get(recorded.vendor_id)?.name ?? recorded.vendor_id} ({recorded.reference}).
            </Text>
          )}
          <div>
            <Button type="submit" isLoading={createPayout.isPending} data-testid="payout-submit">
              Record payout
            </Button>
          </div>
        </div>
      </form>
    </Container>
  )
}
