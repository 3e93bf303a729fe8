import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { useUpdateVendorRecord } from "../../hooks/vendor-record"
import type { AdminVendor, AdminVendorRecordBody } from "../../types"

type Props = { vendor: AdminVendor }

const TEXT_FIELDS = [
  ["name", "Name"],
  ["legal_form", "Legal form (cooperative, association, auto_entrepreneur, tpe)"],
  ["odco_number", "ODCO number"],
  ["ice", "ICE (15 digits)"],
  ["region", "Region"],
  ["province", "Province"],
  ["city", "City"],
  ["email", "Email"],
  ["phone", "Phone"],
] as const

const NUMBER_FIELDS = [
  ["founded_year", "Founded (year)"],
  ["members_count", "Members"],
  ["women_share", "Women (%)"],
] as const

type Field = (typeof TEXT_FIELDS)[number][0] | (typeof NUMBER_FIELDS)[number][0]

/**
 * The cooperative's record as staff keep it after checking its papers: name, legal form, ODCO and ICE
 * numbers, place, members and share of women. Members edit only their public profile and contact;
 * each save here is in the cooperative's history as the centre's.
 */
export function VendorRecordForm({ vendor }: Props) {
  const initial = Object.fromEntries(
    [...TEXT_FIELDS, ...NUMBER_FIELDS].map(([key]) => [key, vendor[key] == null ? "" : String(vendor[key])])
  ) as Record<Field, string>
  const [values, setValues] = useState(initial)
  const save = useUpdateVendorRecord(vendor.id)

  const submit = () => {
    // only what changed is sent; an emptied optional field is cleared
    const body: Record<string, unknown> = {}
    for (const [key] of TEXT_FIELDS) {
      if (values[key] !== initial[key]) {
        body[key] = values[key].trim() || null
      }
    }
    for (const [key] of NUMBER_FIELDS) {
      if (values[key] !== initial[key]) {
        body[key] = values[key].trim() ? Number(values[key]) : null
      }
    }
    save.mutate(body as AdminVendorRecordBody)
  }

  return (
    <Container className="flex flex-col gap-3" data-testid="vendor-record">
      <Heading level="h2">Record</Heading>
      <div className="grid grid-cols-1 gap-2 md:grid-cols-3">
        {[...TEXT_FIELDS, ...NUMBER_FIELDS].map(([key, label]) => (
          <div key={key} className="flex flex-col gap-1">
            <Label htmlFor={`record-${key}`}>{label}</Label>
            <Input
              id={`record-${key}`}
              data-testid={`record-${key}`}
              inputMode={NUMBER_FIELDS.some(([field]) => field === key) ? "numeric" : undefined}
              value={values[key]}
              onChange={(event) => setValues({ ...values, [key]: event.target.value })}
            />
          </div>
        ))}
      </div>
      <div>
        <Button size="small" data-testid="record-save" isLoading={save.isPending} onClick={submit}>
          Save the record
        </Button>
      </div>
      {(save.isSuccess || save.isError) && (
        <Text
          role={save.isError ? "alert" : "status"}
          className={save.isError ? "text-ui-fg-error" : "text-ui-fg-interactive"}
        >
          {save.error ? save.error.message : "Saved, and written in the cooperative's history."}
        </Text>
      )}
    </Container>
  )
}
