import { Heading, Table, Text } from "@medusajs/ui"
import { formatAmount, formatDay } from "../../lib/payout-form"
import type { AdminCashRemittance } from "../../types"

type Props = { remittances: AdminCashRemittance[] | undefined }

const SOURCES = {
  carrier_statement: "Courier statement",
  counted_at_centre: "Counted at the centre",
  kept_by_cooperative: "Kept by the cooperative",
} as const

/** Remittances recorded, newest first: where the cash came from, how much, and how its lines matched. */
export function RemittancesTable({ remittances }: Props) {
  return (
    <>
      <div className="px-6 py-4">
        <Heading level="h2">Remittances</Heading>
      </div>
      <Table data-testid="cash-remittances">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Received</Table.HeaderCell>
            <Table.HeaderCell>Source</Table.HeaderCell>
            <Table.HeaderCell>Reference</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Fees</Table.HeaderCell>
            <Table.HeaderCell>Parcels (matched / short / unknown)</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(remittances ?? []).map((remittance) => {
            const count = (status: string) =>
              remittance.lines.filter((line) => line.match_status === status).length
            return (
              <Table.Row
                key={remittance.id}
                data-testid="cash-remittance"
                data-reference={remittance.reference}
              >
                <Table.Cell>{formatDay(remittance.received_at)}</Table.Cell>
                <Table.Cell>
                  {SOURCES[remittance.source]}
                  {remittance.carrier ? ` (${remittance.carrier})` : ""}
                </Table.Cell>
                <Table.Cell className="font-mono">{remittance.reference}</Table.Cell>
                <Table.Cell className="text-right">
                  {formatAmount(remittance.total, remittance.currency_code)}
                </Table.Cell>
                <Table.Cell className="text-right">
                  {formatAmount(remittance.fees, remittance.currency_code)}
                </Table.Cell>
                <Table.Cell>
                  {count("matched")} / {count("short")} / {count("unknown")}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
      {remittances?.length === 0 && <Text className="px-6 py-4">No cash recorded yet.</Text>}
    </>
  )
}
