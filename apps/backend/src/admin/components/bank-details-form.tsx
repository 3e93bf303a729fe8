import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { adminFetch } from "../lib/api"

type BankDetails = { rib: string | null; bank_name: string | null; account_holder: string | null }

type Props<T> = { vendorId: string; current: BankDetails; onSaved: (vendor: T) => void }

/**
 * Where the cooperative's bank-transfer payouts go. Only staff set it, after checking with the
 * cooperative (a RIB slip, a phone call): payouts and the bank's CSV use it.
 */
export default function BankDetailsForm<T>({ vendorId, current, onSaved }: Props<T>) {
  const [values, setValues] = useState({
    rib: current.rib ?? "",
    bank_name: current.bank_name ?? "",
    account_holder: current.account_holder ?? "",
  })
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)

  const save = async () => {
    setBusy(true)
    setMessage(null)
    try {
      const { vendor } = await adminFetch<{ vendor: T }>(`/admin/vendors/${vendorId}/bank-details`, {
        method: "POST",
        body: values,
      })
      setMessage({ error: false, text: "Saved: the next payouts go to this account." })
      onSaved(vendor)
    } catch (e) {
      setMessage({ error: true, text: (e as Error).message })
    } finally {
      setBusy(false)
    }
  }

  const field = (key: keyof typeof values, label: string, hint?: string) => (
    <div className="flex flex-col gap-1">
      <Label htmlFor={`bank-${key}`}>{label}</Label>
      <Input
        id={`bank-${key}`}
        data-testid={`bank-${key}`}
        value={values[key]}
        onChange={(event) => setValues({ ...values, [key]: event.target.value })}
      />
      {hint && (
        <Text size="small" className="text-ui-fg-subtle">
          {hint}
        </Text>
      )}
    </div>
  )

  return (
    <Container className="flex flex-col gap-3">
      <Heading level="h2">Bank details for payouts</Heading>
      {field("rib", "RIB", "24 digits, as on the cooperative's RIB slip")}
      {field("bank_name", "Bank")}
      {field("account_holder", "Account holder")}
      <div>
        <Button data-testid="bank-save" isLoading={busy} onClick={save}>
          Save bank details
        </Button>
      </div>
      {message && (
        <Text
          className={message.error ? "text-ui-fg-error" : "text-ui-fg-interactive"}
          role={message.error ? "alert" : "status"}
          data-testid="bank-message"
        >
          {message.text}
        </Text>
      )}
    </Container>
  )
}
