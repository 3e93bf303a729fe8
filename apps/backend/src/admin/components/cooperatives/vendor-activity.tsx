import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useVendorActivity } from "../../hooks/act-for-cooperative"
import { formatDate } from "../../lib/format"

type Props = { vendorId: string }

/** The cooperative's history: what changed, when, and who did it — a member, or the centre for it. */
export function VendorActivity({ vendorId }: Props) {
  const { data, error } = useVendorActivity(vendorId)
  return (
    <Container className="flex flex-col gap-3" data-testid="vendor-activity">
      <Heading level="h2">History</Heading>
      {error && <Text className="text-ui-fg-error">{error.message}</Text>}
      {data?.activity.length === 0 && <Text>No change recorded yet.</Text>}
      {!!data?.activity.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>When</Table.HeaderCell>
              <Table.HeaderCell>What</Table.HeaderCell>
              <Table.HeaderCell>By</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.activity.map((entry) => (
              <Table.Row key={entry.id}>
                <Table.Cell>{formatDate(entry.created_at)}</Table.Cell>
                <Table.Cell>
                  {entry.action}
                  {entry.resource_id ? ` (${entry.resource_id})` : ""}
                </Table.Cell>
                <Table.Cell>
                  {entry.actor_type === "staff"
                    ? `The centre — ${entry.actor_name ?? entry.actor_id}`
                    : (entry.actor_name ?? entry.actor_id)}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
