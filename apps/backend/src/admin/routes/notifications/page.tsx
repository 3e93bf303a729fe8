import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Envelope } from "@medusajs/icons"
import { Button, Container, Heading, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useNotifications, useResendNotification } from "../../hooks/notifications"
import { formatDate } from "../../lib/format"
import type { NotificationChannel, NotificationDeliveryStatus } from "../../types"

const PAGE_SIZE = 50
const ALL = "all"
const STATUSES: NotificationDeliveryStatus[] = ["sent", "retrying", "failed", "pending"]
const CHANNELS: NotificationChannel[] = ["email", "sms", "feed"]
const STATUS_LABELS: Record<NotificationDeliveryStatus, string> = {
  sent: "Sent",
  retrying: "Failed, retry pending",
  failed: "Failed, no more retries",
  pending: "Sending",
}
const STATUS_COLORS: Record<NotificationDeliveryStatus, "green" | "orange" | "red" | "grey"> = {
  sent: "green",
  retrying: "orange",
  failed: "red",
  pending: "grey",
}

/** Every message the marketplace sent or tried to send: to whom, what, how it went, and a resend. */
const NotificationsPage = () => {
  const [offset, setOffset] = useState(0)
  const [status, setStatus] = useState<NotificationDeliveryStatus | typeof ALL>(ALL)
  const [channel, setChannel] = useState<NotificationChannel | typeof ALL>(ALL)
  const { data, error } = useNotifications({
    limit: PAGE_SIZE,
    offset,
    ...(status !== ALL ? { status } : {}),
    ...(channel !== ALL ? { channel } : {}),
  })
  const resend = useResendNotification()

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <Heading level="h1">Notifications</Heading>
        <div className="flex gap-2">
          <Select
            value={status}
            onValueChange={(value) => {
              setOffset(0)
              setStatus(STATUSES.find((candidate) => candidate === value) ?? ALL)
            }}
          >
            <Select.Trigger data-testid="notification-status-filter">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All statuses</Select.Item>
              {STATUSES.map((value) => (
                <Select.Item key={value} value={value}>
                  {STATUS_LABELS[value]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Select
            value={channel}
            onValueChange={(value) => {
              setOffset(0)
              setChannel(CHANNELS.find((candidate) => candidate === value) ?? ALL)
            }}
          >
            <Select.Trigger data-testid="notification-channel-filter">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All channels</Select.Item>
              {CHANNELS.map((value) => (
                <Select.Item key={value} value={value}>
                  {value}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {(error ?? resend.error) && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          {(error ?? resend.error)?.message}
        </Text>
      )}
      <Table data-testid="notifications-table">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Date</Table.HeaderCell>
            <Table.HeaderCell>To</Table.HeaderCell>
            <Table.HeaderCell>Message</Table.HeaderCell>
            <Table.HeaderCell>Channel</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Error</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.notifications ?? []).map((notification) => (
            <Table.Row key={notification.id} data-testid="notification-row" data-id={notification.id}>
              <Table.Cell>{formatDate(notification.created_at)}</Table.Cell>
              <Table.Cell>{notification.to}</Table.Cell>
              <Table.Cell>{notification.template ?? "—"}</Table.Cell>
              <Table.Cell>{notification.channel}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={STATUS_COLORS[notification.delivery_status]}>
                  {STATUS_LABELS[notification.delivery_status]}
                  {notification.attempts > 1 ? ` (${notification.attempts} attempts)` : ""}
                </StatusBadge>
              </Table.Cell>
              <Table.Cell className="max-w-xs truncate" title={notification.error ?? undefined}>
                {notification.delivery_status === "sent" ? "" : (notification.error ?? "")}
              </Table.Cell>
              <Table.Cell>
                {(notification.delivery_status === "retrying" ||
                  notification.delivery_status === "failed") && (
                  <Button
                    size="small"
                    variant="secondary"
                    // one click at a time; the backend also sends once under a lock
                    disabled={resend.isPending}
                    isLoading={resend.isPending && resend.variables === notification.id}
                    onClick={() => resend.mutate(notification.id)}
                    data-testid="notification-resend"
                  >
                    Resend
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {data?.count === 0 && <Text className="px-6 py-4">No message matches.</Text>}
      {data && data.count > PAGE_SIZE && (
        <Table.Pagination
          count={data.count}
          pageSize={PAGE_SIZE}
          pageIndex={Math.floor(offset / PAGE_SIZE)}
          pageCount={Math.ceil(data.count / PAGE_SIZE)}
          canPreviousPage={offset > 0}
          canNextPage={offset + PAGE_SIZE < data.count}
          previousPage={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          nextPage={() => setOffset(offset + PAGE_SIZE)}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Notifications", icon: Envelope })

export default NotificationsPage
