import { Button, Container, Heading, Input, Label, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useCategoryNames, useCommissionRates, useSetCommissionRate } from "../../hooks/commission-rates"
import { formatDate } from "../../lib/format"

type Props = { vendorId: string }

const ALL = "all"

/**
 * The cooperative's commission: the rate in force, its history, and a form to set a new rate from a
 * date, for all its products or one category. Orders use the rate in force when they were placed.
 */
export function VendorCommissionRates({ vendorId }: Props) {
  const { data, error } = useCommissionRates(vendorId)
  const categories = useCategoryNames()
  const save = useSetCommissionRate(vendorId)
  const [draft, setDraft] = useState({ rate: "", category: ALL, from: "", note: "" })
  const names = new Map(
    (categories.data?.product_categories ?? []).map((category) => [category.id, category.name])
  )

  const submit = () =>
    save.mutate(
      {
        rate: Number(draft.rate.replace(",", ".")),
        ...(draft.category !== ALL && { category_id: draft.category }),
        ...(draft.from && { effective_from: draft.from }),
        ...(draft.note && { note: draft.note }),
      },
      { onSuccess: () => setDraft({ rate: "", category: ALL, from: "", note: "" }) }
    )

  return (
    <Container className="flex flex-col gap-3" data-testid="commission-rates">
      <Heading level="h2">Commission</Heading>
      {error && <Text className="text-ui-fg-error">{error.message}</Text>}
      {data && (
        <>
          <Text>
            In force today for all products: <strong>{data.rate_in_force} %</strong>
            {data.commission_rates.length === 0 && " (the rate set when the cooperative joined)"}
          </Text>
          {data.commission_rates.length > 0 && (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>From</Table.HeaderCell>
                  <Table.HeaderCell>Rate</Table.HeaderCell>
                  <Table.HeaderCell>Products</Table.HeaderCell>
                  <Table.HeaderCell>Note</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.commission_rates.map((rate) => (
                  <Table.Row key={rate.id}>
                    <Table.Cell>{formatDate(rate.effective_from)}</Table.Cell>
                    <Table.Cell>{rate.rate} %</Table.Cell>
                    <Table.Cell>
                      {rate.category_id ? (names.get(rate.category_id) ?? rate.category_id) : "All"}
                    </Table.Cell>
                    <Table.Cell>{rate.note ?? ""}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </>
      )}
      <div className="grid grid-cols-1 gap-2 md:grid-cols-4">
        <div className="flex flex-col gap-1">
          <Label htmlFor="commission-rate">New rate (%)</Label>
          <Input
            id="commission-rate"
            inputMode="decimal"
            value={draft.rate}
            onChange={(event) => setDraft({ ...draft, rate: event.target.value })}
          />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="commission-category">For</Label>
          <Select value={draft.category} onValueChange={(category) => setDraft({ ...draft, category })}>
            <Select.Trigger id="commission-category">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All its products</Select.Item>
              {[...names.entries()].map(([id, name]) => (
                <Select.Item key={id} value={id}>
                  {name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="commission-from">From (today when empty)</Label>
          <Input
            id="commission-from"
            type="date"
            value={draft.from}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
          />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="commission-note">Note</Label>
          <Input
            id="commission-note"
            value={draft.note}
            onChange={(event) => setDraft({ ...draft, note: event.target.value })}
          />
        </div>
      </div>
      <div>
        <Button size="small" isLoading={save.isPending} disabled={!draft.rate} onClick={submit}>
          Set this rate
        </Button>
      </div>
      {save.isError && (
        <Text className="text-ui-fg-error" role="alert">
          {save.error.message}
        </Text>
      )}
    </Container>
  )
}
