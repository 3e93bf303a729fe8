import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useSendAccessCode } from "../../hooks/vendors"
import type { AdminVendorMember } from "../../types"

type Props = { vendorId: string; members: AdminVendorMember[] }

/** The people who sign in to the portal for the cooperative; staff can text one a new sign-in code. */
export function VendorMembers({ vendorId, members }: Props) {
  const sendCode = useSendAccessCode(vendorId)
  const sentTo = sendCode.data
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
              <Table.Cell>
                <Button
                  size="small"
                  variant="secondary"
                  data-testid={`send-access-code-${member.id}`}
                  disabled={!member.phone}
                  isLoading={sendCode.isPending && sendCode.variables?.memberId === member.id}
                  title={member.phone ? undefined : "Add a phone number to her profile first"}
                  onClick={() => sendCode.mutate({ memberId: member.id })}
                >
                  Send sign-in code
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {sentTo ? (
        <Text className={sentTo.sent ? "text-ui-fg-subtle" : "text-ui-fg-error"} role="status">
          {sentTo.sent
            ? `A new sign-in code was sent to ${sentTo.phone}. It works for 10 minutes.`
            : `The SMS to ${sentTo.phone} could not be sent; try again in a moment.`}
        </Text>
      ) : null}
      {sendCode.error ? (
        <Text className="text-ui-fg-error" role="alert">
          {sendCode.error.message}
        </Text>
      ) : null}
    </Container>
  )
}
