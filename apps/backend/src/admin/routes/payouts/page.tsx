import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { BalancesTable } from "../../components/payouts/balances-table"
import { PayoutForm } from "../../components/payouts/payout-form"
import { PayoutsTable } from "../../components/payouts/payouts-table"
import { useLedgerBalances } from "../../hooks/ledger-balances"
import { usePayouts } from "../../hooks/payouts"
import { payableVendors, payoutFormFor, type PayoutFormValues } from "../../lib/payout-form"
import type { AdminLedgerBalance } from "../../types"

const PAGE_SIZE = 50

/** What the centre owes each cooperative, recording money paid to them, and the bank's CSV of transfers. */
const PayoutsPage = () => {
  const [offset, setOffset] = useState(0)
  // each "Record payout" on a balance row starts the form afresh from that row
  const [prefill, setPrefill] = useState<{ values: PayoutFormValues; count: number } | null>(null)
  const balances = useLedgerBalances()
  const payouts = usePayouts({ limit: PAGE_SIZE, offset })
  const vendors = useMemo(() => payableVendors(balances.data?.balances ?? []), [balances.data])
  const error = balances.error ?? payouts.error

  const recordPayoutFor = (row: AdminLedgerBalance) => {
    setPrefill((previous) => ({ values: payoutFormFor(row), count: (previous?.count ?? 0) + 1 }))
    document.getElementById("payout-form")?.scrollIntoView({ behavior: "smooth" })
  }

  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <Heading level="h1">Payouts</Heading>
          <Button asChild variant="secondary">
            <a
              href="/admin/payouts/export.csv?method=bank_transfer"
              download
              data-testid="payouts-export-csv"
            >
              Export CSV for the bank
            </a>
          </Button>
        </div>
        {error && (
          <Text className="px-6 py-4 text-ui-fg-error" role="alert">
            {error.message}
          </Text>
        )}
        <BalancesTable balances={balances.data?.balances} onRecordPayout={recordPayoutFor} />
      </Container>

      <PayoutForm
        key={prefill?.count ?? 0}
        vendors={vendors}
        initial={prefill?.values}
        onRecorded={() => setOffset(0)}
      />

      <Container className="divide-y p-0">
        <PayoutsTable
          payouts={payouts.data}
          vendors={vendors}
          pageSize={PAGE_SIZE}
          offset={offset}
          onOffsetChange={setOffset}
        />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Payouts", icon: Cash })

export default PayoutsPage
