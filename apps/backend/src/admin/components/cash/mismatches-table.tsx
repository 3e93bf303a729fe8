import { Badge, Heading, Table, Text } from "@medusajs/ui"
import { formatAmount, formatDay } from "../../lib/payout-form"
import type { AdminCashMismatches } from "../../types"

type Props = { mismatches: AdminCashMismatches | undefined }

/** Parcels whose cash never came or came short, and statement lines that matched no parcel, in one table. */
export function MismatchesTable({ mismatches }: Props) {
  const rows = [
    ...(mismatches?.missing ?? []).map((part) => ({
      key: `missing-${part.vendor_order_id}`,
      kind: "missing" as const,
      parcel: part.tracking_number ?? "—",
      who: part.vendor?.name ?? part.vendor_id,
      order: part.display_id ? `#${part.display_id}` : part.order_id,
      detail: `${formatAmount(part.total, part.currency_code)} delivered ${part.delivered_at ? formatDay(part.delivered_at) : ""}, no cash recorded`,
    })),
    ...(mismatches?.short ?? []).map((part) => ({
      key: `short-${part.vendor_order_id}`,
      kind: "short" as const,
      parcel: part.tracking_number ?? "—",
      who: part.vendor?.name ?? part.vendor_id,
      order: part.display_id ? `#${part.display_id}` : part.order_id,
      detail: `${formatAmount(part.remitted, part.currency_code)} of ${formatAmount(part.total, part.currency_code)} (${formatAmount(part.lacking, part.currency_code)} lacking)`,
    })),
    ...(mismatches?.unknown ?? []).map((line) => ({
      key: `unknown-${line.line_id}`,
      kind: "unknown" as const,
      parcel: line.tracking_number ?? "—",
      who: line.carrier ?? "—",
      order: "—",
      detail: `${line.amount} (fees ${line.fees}) on line ${line.line_number ?? "?"} of ${line.reference}`,
    })),
  ]
  const colors = { missing: "red", short: "orange", unknown: "grey" } as const
  return (
    <>
      <div className="px-6 py-4">
        <Heading level="h2">Mismatches</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Missing: delivered cash parcels whose cash is not recorded. Short: less than the parcel's total
          came. Unknown: a statement line with a tracking number of no cash parcel. A cooperative is paid for
          a cash parcel once its cash is in.
        </Text>
      </div>
      <Table data-testid="cash-mismatches">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Problem</Table.HeaderCell>
            <Table.HeaderCell>Parcel</Table.HeaderCell>
            <Table.HeaderCell>Cooperative / carrier</Table.HeaderCell>
            <Table.HeaderCell>Order</Table.HeaderCell>
            <Table.HeaderCell>Detail</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row
              key={row.key}
              data-testid="cash-mismatch"
              data-kind={row.kind}
              data-parcel={row.parcel}
            >
              <Table.Cell>
                <Badge color={colors[row.kind]} size="2xsmall">
                  {row.kind}
                </Badge>
              </Table.Cell>
              <Table.Cell className="font-mono">{row.parcel}</Table.Cell>
              <Table.Cell>{row.who}</Table.Cell>
              <Table.Cell>{row.order}</Table.Cell>
              <Table.Cell>{row.detail}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {mismatches && rows.length === 0 && (
        <Text className="px-6 py-4">Every cash parcel is accounted for.</Text>
      )}
    </>
  )
}
