import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useFlaggedShoppers, useRequireCard } from "../../hooks/flagged-shoppers"
import type { AdminFlaggedShopper } from "../../types"

/**
 * Shoppers who refused several cash-on-delivery parcels: each refusal cost a cooperative a round
 * trip. Staff can require a card from such a shopper, and lift it after talking to her.
 */
const FlaggedShoppersPage = () => {
  const shoppers = useFlaggedShoppers()
  const requireCard = useRequireCard()
  const error = shoppers.error ?? requireCard.error
  const rows = shoppers.data?.shoppers ?? []

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Refused parcels / Colis refusés</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Shoppers with two refused parcels or more. Requiring a card stops cash on delivery for their next
          orders; the orders already placed are not changed.
        </Text>
      </div>
      {error && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          {error.message}
        </Text>
      )}
      {!shoppers.isLoading && rows.length === 0 ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">No shopper has refused two parcels.</Text>
      ) : (
        <Table data-testid="flagged-shoppers">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Shopper</Table.HeaderCell>
              <Table.HeaderCell>Email</Table.HeaderCell>
              <Table.HeaderCell>Refused parcels</Table.HeaderCell>
              <Table.HeaderCell>Payment</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((shopper: AdminFlaggedShopper) => (
              <Table.Row
                key={shopper.customer_id}
                data-testid="flagged-shopper"
                data-email={shopper.email ?? ""}
              >
                <Table.Cell>
                  {[shopper.first_name, shopper.last_name].filter(Boolean).join(" ") || "—"}
                  {!shopper.has_account && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      guest checkout
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell>{shopper.email ?? "—"}</Table.Cell>
                <Table.Cell>{shopper.refused_parts}</Table.Cell>
                <Table.Cell>
                  <Badge color={shopper.card_required ? "orange" : "grey"} size="2xsmall">
                    {shopper.card_required ? "card only" : "cash or card"}
                  </Badge>
                </Table.Cell>
                <Table.Cell className="text-right">
                  <Button
                    size="small"
                    variant="secondary"
                    isLoading={
                      requireCard.isPending && requireCard.variables?.customer_id === shopper.customer_id
                    }
                    onClick={() =>
                      requireCard.mutate({
                        customer_id: shopper.customer_id,
                        required: !shopper.card_required,
                      })
                    }
                  >
                    {shopper.card_required ? "Allow cash again" : "Require a card"}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Refused parcels / Colis refusés", icon: ExclamationCircle })

export default FlaggedShoppersPage
