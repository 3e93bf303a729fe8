import { Heading, Table, Text } from "@medusajs/ui"
import { formatAmount, formatDay, PAYOUT_METHOD_LABELS, type PayableVendor } from "../../lib/payout-form"
import type { AdminPayoutListResponse } from "../../types"

type Props = {
  payouts: AdminPayoutListResponse | undefined
  vendors: Map<string, PayableVendor>
  pageSize: number
  offset: number
  onOffsetChange: (offset: number) => void
}

/** The payouts recorded, newest first, paged. */
export function PayoutsTable({ payouts, vendors, pageSize, offset, onOffsetChange }: Props) {
  return (
    <>
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
              <Table.Cell>{PAYOUT_METHOD_LABELS[payout.method] ?? payout.method}</Table.Cell>
              <Table.Cell>{payout.reference}</Table.Cell>
              <Table.Cell className="font-mono">{payout.rib ?? "—"}</Table.Cell>
              <Table.Cell>{payout.note ?? ""}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {payouts?.count === 0 && <Text className="px-6 py-4">No payout recorded yet.</Text>}
      {payouts && payouts.count > pageSize && (
        <Table.Pagination
          count={payouts.count}
          pageSize={pageSize}
          pageIndex={Math.floor(offset / pageSize)}
          pageCount={Math.ceil(payouts.count / pageSize)}
          canPreviousPage={offset > 0}
          canNextPage={offset + pageSize < payouts.count}
          previousPage={() => onOffsetChange(Math.max(0, offset - pageSize))}
          nextPage={() => onOffsetChange(offset + pageSize)}
        />
      )}
    </>
  )
}
