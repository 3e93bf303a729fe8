import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUturnLeft } from "@medusajs/icons"
import { Button, Container, Heading, Select, Table, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useDecideReturn, useReturnRequests } from "../../hooks/return-requests"
import type { AdminReturnRequest } from "../../types"

const STATUSES = ["disputed", "requested", "accepted", "refused", "refunded"] as const

/**
 * Shoppers' returns. A cooperative answers its own; a refusal the shopper disputes waits here for the
 * centre, which accepts it (she sends the items back, and is refunded on receipt) or refuses it for good.
 */
const ReturnsPage = () => {
  const [status, setStatus] = useState<string>("disputed")
  const requests = useReturnRequests(status)
  const decide = useDecideReturn()
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const error = requests.error ?? decide.error
  const rows = requests.data?.return_requests ?? []
  const settling = (request: AdminReturnRequest) =>
    request.status === "disputed" || request.status === "requested"

  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Returns / Retours</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Disputed returns wait for the centre. Accepting asks the shopper to send the items back to the
            cooperative; she is refunded exactly those items when they arrive.
          </Text>
        </div>
        <Select value={status} onValueChange={setStatus}>
          <Select.Trigger className="w-48" data-testid="returns-status">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {STATUSES.map((value) => (
              <Select.Item key={value} value={value}>
                {value}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {error && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          {error.message}
        </Text>
      )}
      {!requests.isLoading && rows.length === 0 ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">No return is {status}.</Text>
      ) : (
        <Table data-testid="return-requests">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Items</Table.HeaderCell>
              <Table.HeaderCell>Shopper</Table.HeaderCell>
              <Table.HeaderCell>Cooperative</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((request) => (
              <Table.Row key={request.id} data-testid="return-request-row">
                <Table.Cell>
                  {request.items.map((line) => `${line.quantity} × ${line.title}`).join(", ")}
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {request.reason}
                    {request.refund_amount != null
                      ? ` · refunded ${request.refund_amount} ${request.currency_code.toUpperCase()}`
                      : ""}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  {request.note ?? "—"}
                  {(request.photo_urls ?? []).map((url, index) => (
                    <a
                      key={url}
                      href={url}
                      target="_blank"
                      rel="noopener"
                      className="text-ui-fg-interactive mr-2"
                    >
                      Photo {index + 1}
                    </a>
                  ))}
                  {request.dispute_note ? (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      Dispute: {request.dispute_note}
                    </Text>
                  ) : null}
                </Table.Cell>
                <Table.Cell>{request.decision_reason ?? "—"}</Table.Cell>
                <Table.Cell className="text-right">
                  {settling(request) ? (
                    <div className="flex flex-col gap-2">
                      <Button
                        size="small"
                        isLoading={decide.isPending && decide.variables?.id === request.id}
                        onClick={() => decide.mutate({ id: request.id, decision: "accept" })}
                      >
                        Accept the return
                      </Button>
                      <Textarea
                        placeholder="Why refuse? The shopper reads it."
                        value={reasons[request.id] ?? ""}
                        onChange={(event) => setReasons({ ...reasons, [request.id]: event.target.value })}
                      />
                      <Button
                        size="small"
                        variant="secondary"
                        disabled={(reasons[request.id] ?? "").trim().length < 3}
                        onClick={() =>
                          decide.mutate({ id: request.id, decision: "refuse", reason: reasons[request.id] })
                        }
                      >
                        Refuse for good
                      </Button>
                    </div>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Returns / Retours", icon: ArrowUturnLeft })

export default ReturnsPage
