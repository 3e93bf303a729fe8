import { Container, Heading, Table } from "@medusajs/ui"
import { formatDate } from "../../lib/format"
import type { AdminVendorDecision } from "../../types"

type Props = { decisions: AdminVendorDecision[] }

/** Every decision staff took on the cooperative, newest first, with the reason and who took it. */
export function VendorDecisionLog({ decisions }: Props) {
  return (
    <Container>
      <Heading level="h2">Decisions</Heading>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>When</Table.HeaderCell>
            <Table.HeaderCell>Decision</Table.HeaderCell>
            <Table.HeaderCell>Reason</Table.HeaderCell>
            <Table.HeaderCell>By</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {decisions.map((decision) => (
            <Table.Row key={decision.id} data-testid="vendor-decision">
              <Table.Cell>{formatDate(decision.created_at)}</Table.Cell>
              <Table.Cell>
                {decision.action} ({decision.from_status} → {decision.to_status})
              </Table.Cell>
              <Table.Cell>{decision.reason ?? "—"}</Table.Cell>
              <Table.Cell>{decision.decided_by_email ?? decision.decided_by}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}
