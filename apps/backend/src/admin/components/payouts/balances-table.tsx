import { Button, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatAmount } from "../../lib/payout-form"
import type { AdminLedgerBalance } from "../../types"

type Props = { balances: AdminLedgerBalance[] | undefined; onRecordPayout: (row: AdminLedgerBalance) => void }

/** What the centre owes each cooperative per currency, each row with a button to pay it. */
export function BalancesTable({ balances, onRecordPayout }: Props) {
  return (
    <>
      <div className="px-6 py-4">
        <Heading level="h2">Balances</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Owed: earned on delivered parcels, after commission, less payouts, once a cash parcel's cash reached
          the centre. Awaiting cash: earned by cash parcels whose cash is still with the courier. Pending:
          parts not delivered yet (cash still to collect apart).
        </Text>
      </div>
      <Table data-testid="balances-table">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Cooperative</Table.HeaderCell>
            <Table.HeaderCell>RIB</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Owed</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Awaiting cash</Table.HeaderCell>
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
              <Table.Cell className="text-right" data-testid="balance-awaiting-remittance">
                {formatAmount(row.awaiting_remittance, row.currency_code)}
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
                  onClick={() => onRecordPayout(row)}
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
    </>
  )
}
