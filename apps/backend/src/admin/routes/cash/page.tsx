import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Receipt } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { ImportStatementForm } from "../../components/cash/import-statement-form"
import { MismatchesTable } from "../../components/cash/mismatches-table"
import { RemittancesTable } from "../../components/cash/remittances-table"
import { useCashMismatches, useCashRemittances } from "../../hooks/cash-remittances"

const PAGE_SIZE = 20

/** Cash collected at the door and whether it reached the centre: courier statements, remittances, mismatches. */
const CashPage = () => {
  const [offset, setOffset] = useState(0)
  const remittances = useCashRemittances({ limit: PAGE_SIZE, offset })
  const mismatches = useCashMismatches()
  const error = remittances.error ?? mismatches.error
  const count = remittances.data?.count ?? 0

  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Cash / Espèces</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Cash collected at the door is held by the courier (or the cooperative) until it reaches the
            centre.
          </Text>
        </div>
        {error && (
          <Text className="px-6 py-4 text-ui-fg-error" role="alert">
            {error.message}
          </Text>
        )}
        <MismatchesTable mismatches={mismatches.data} />
      </Container>

      <ImportStatementForm onImported={() => setOffset(0)} />

      <Container className="divide-y p-0">
        <RemittancesTable remittances={remittances.data?.cash_remittances} />
        {count > PAGE_SIZE && (
          <div className="flex justify-end gap-2 px-6 py-4">
            <Button
              size="small"
              variant="secondary"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
            >
              Previous
            </Button>
            <Button
              size="small"
              variant="secondary"
              disabled={offset + PAGE_SIZE >= count}
              onClick={() => setOffset(offset + PAGE_SIZE)}
            >
              Next
            </Button>
          </div>
        )}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Cash / Espèces", icon: Receipt })

export default CashPage
