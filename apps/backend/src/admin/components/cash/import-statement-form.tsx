import { Button, Container, Heading, Input, Select, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useImportCashStatement } from "../../hooks/cash-remittances"
import type { AdminCashRemittance, PayoutCurrency } from "../../types"
import { FormField } from "../payouts/form-field"

type Props = { onImported: (remittance: AdminCashRemittance) => void }

/** A carrier's cash-on-delivery statement (CSV: tracking, amount, fees), read in the browser and sent once. */
export function ImportStatementForm({ onImported }: Props) {
  const [carrier, setCarrier] = useState("Amana")
  const [reference, setReference] = useState("")
  const [receivedAt, setReceivedAt] = useState(() => new Date().toISOString().slice(0, 10))
  const [currency, setCurrency] = useState<PayoutCurrency>("mad")
  const [file, setFile] = useState<File | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const importStatement = useImportCashStatement()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setDone(null)
    if (!file) {
      return
    }
    const csv = await file.text()
    importStatement.mutate(
      {
        carrier: carrier.trim(),
        reference: reference.trim() || undefined,
        received_at: receivedAt,
        currency_code: currency,
        csv,
      },
      {
        onSuccess: ({ cash_remittance }) => {
          const count = (status: string) =>
            cash_remittance.lines.filter((line) => line.match_status === status).length
          setDone(
            `Imported ${cash_remittance.reference}: ${count("matched")} matched, ${count("short")} short, ${count("unknown")} unknown.`
          )
          onImported(cash_remittance)
        },
      }
    )
  }

  return (
    <Container className="p-0">
      <form onSubmit={submit} className="flex flex-col gap-4 px-6 py-4" data-testid="cash-import-form">
        <div>
          <Heading level="h2">Import a courier statement</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            CSV with a header line naming the tracking number (tracking, parcel or colis), the amount remitted
            (amount or montant) and the courier's fees (fees or frais); comma or semicolon separated. The same
            statement is imported once.
          </Text>
        </div>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <FormField id="cash-carrier" label="Carrier">
            <Input id="cash-carrier" value={carrier} onChange={(e) => setCarrier(e.target.value)} required />
          </FormField>
          <FormField id="cash-reference" label="Statement number (optional)">
            <Input id="cash-reference" value={reference} onChange={(e) => setReference(e.target.value)} />
          </FormField>
          <FormField id="cash-received-at" label="Received on">
            <Input
              id="cash-received-at"
              type="date"
              value={receivedAt}
              onChange={(e) => setReceivedAt(e.target.value)}
              required
            />
          </FormField>
          <FormField id="cash-currency" label="Currency">
            <Select value={currency} onValueChange={(value) => setCurrency(value as PayoutCurrency)}>
              <Select.Trigger id="cash-currency">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="mad">MAD</Select.Item>
                <Select.Item value="eur">EUR</Select.Item>
              </Select.Content>
            </Select>
          </FormField>
          <FormField id="cash-file" label="Statement (CSV)">
            <input
              id="cash-file"
              type="file"
              accept=".csv,text/csv,text/plain"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              data-testid="cash-import-file"
              required
            />
          </FormField>
        </div>
        {importStatement.error && (
          <Text className="text-ui-fg-error" role="alert" data-testid="cash-import-error">
            {importStatement.error.message}
          </Text>
        )}
        {done && (
          <Text role="status" data-testid="cash-import-done">
            {done}
          </Text>
        )}
        <div>
          <Button type="submit" isLoading={importStatement.isPending} data-testid="cash-import-submit">
            Import
          </Button>
        </div>
      </form>
    </Container>
  )
}
