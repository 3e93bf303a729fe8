import { Container, Heading, Table } from "@medusajs/ui"
import type { AdminVendorMember } from "../../types"

type Props = { members: AdminVendorMember[] }

/** The people who sign in to the portal for the cooperative. */
export function VendorMembers({ members }: Props) {
  return (
    <Container>
      <Heading level="h2">Members</Heading>
      <Table>
        <Table.Body>
          {members.map((member) => (
            <Table.Row key={member.id}>
              <Table.Cell>
                {member.first_name} {member.last_name}
              </Table.Cell>
              <Table.Cell>{member.email}</Table.Cell>
              <Table.Cell>{member.phone ?? "—"}</Table.Cell>
              <Table.Cell>{member.role}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}
