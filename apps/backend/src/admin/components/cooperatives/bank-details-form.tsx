import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { useUpdateVendorBankDetails } from "../../hooks/bank-details"
import type { AdminVendor } from "../../types"

type Props = { vendor: Pick<AdminVendor, "id" | "rib" | "bank_name" | "account_holder"> }

/**
 * Where the cooperative's bank-transfer payouts go. Only staff set it, after checking with the
 * cooperative (a RIB slip, a phone call): payouts and the bank's CSV use it.
 */
export function BankDetailsForm({ vendor }: Props) {
  const [values, setValues] = useState({
    rib: vendor.rib ?? "",
    bank_name: vendor.bank_name ?? "",
    account_holder: vendor.account_holder ?? "",
  })
  const save = useUpdateVendorBankDetails(vendor.id)

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
        <Button data-testid="bank-save" isLoading={save.isPending} onClick={() => save.mutate(values)}>
          Save bank details
        </Button>
      </div>
      {(save.isSuccess || save.isError) && (
        <Text
          className={save.isError ? "text-ui-fg-error" : "text-ui-fg-interactive"}
          role={save.isError ? "alert" : "status"}
          data-testid="bank-message"
        >
          {save.error ? save.error.message : "Saved: the next payouts go to this account."}
        </Text>
      )}
    </Container>
  )
}
