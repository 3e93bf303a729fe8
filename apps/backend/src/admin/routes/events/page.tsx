import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CalendarSolid } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { EventForm } from "../../components/events/event-form"
import { useDeleteEvent, useEvents } from "../../hooks/events"
import { useVendors } from "../../hooks/vendors"
import { eventFormFor } from "../../lib/event-form"
import type { AdminEvent } from "../../types"

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" })

function timing(event: AdminEvent, now: Date) {
  if (new Date(event.ends_at) < now) return { label: "Past", color: "grey" as const }
  if (new Date(event.starts_at) <= now) return { label: "Running", color: "green" as const }
  return { label: "Upcoming", color: "blue" as const }
}

/** Bazaar events on site: create one, pick its cooperatives and their stand numbers, edit or remove it. */
const EventsPage = () => {
  const events = useEvents()
  const cooperatives = useVendors({ status: "approved", limit: 100, offset: 0 })
  const remove = useDeleteEvent()
  // each "Edit" (or "New event") remounts the form with its values
  const [editing, setEditing] = useState<{ event?: AdminEvent; count: number }>({ count: 0 })
  const now = new Date()

  const edit = (event?: AdminEvent) => {
    setEditing((previous) => ({ event, count: previous.count + 1 }))
    document.getElementById("event-form")?.scrollIntoView({ behavior: "smooth" })
  }
  const error = events.error ?? cooperatives.error ?? remove.error

  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <Heading level="h1">Events / Bazars</Heading>
          <Button variant="secondary" onClick={() => edit()} data-testid="event-new">
            New event
          </Button>
        </div>
        {error && (
          <Text className="px-6 py-4 text-ui-fg-error" role="alert">
            {error.message}
          </Text>
        )}
        <Table data-testid="events-table">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Event</Table.HeaderCell>
              <Table.HeaderCell>Where</Table.HeaderCell>
              <Table.HeaderCell>Dates</Table.HeaderCell>
              <Table.HeaderCell>Stands</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(events.data?.events ?? []).map((event) => {
              const status = timing(event, now)
              return (
                <Table.Row key={event.id} data-testid={`event-row-${event.handle}`}>
                  <Table.Cell>
                    <div className="flex items-center gap-2">
                      {event.name}
                      <Badge size="2xsmall" color={status.color}>
                        {status.label}
                      </Badge>
                    </div>
                  </Table.Cell>
                  <Table.Cell>{event.city}</Table.Cell>
                  <Table.Cell>
                    {dateFormat.format(new Date(event.starts_at))} –{" "}
                    {dateFormat.format(new Date(event.ends_at))}
                  </Table.Cell>
                  <Table.Cell className="whitespace-normal">
                    {event.stands
                      .map((stand) => `${stand.stand_number}: ${stand.vendor?.name ?? stand.vendor_id}`)
                      .join(", ") || "—"}
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <div className="flex justify-end gap-2">
                      <Button size="small" variant="secondary" onClick={() => edit(event)}>
                        Edit
                      </Button>
                      <Button
                        size="small"
                        variant="danger"
                        isLoading={remove.isPending && remove.variables === event.id}
                        onClick={() => {
                          if (window.confirm(`Remove "${event.name}" and its stands?`))
                            remove.mutate(event.id)
                        }}
                      >
                        Remove
                      </Button>
                    </div>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
        {events.data && !events.data.events.length && <Text className="px-6 py-4">No event yet.</Text>}
      </Container>

      <EventForm
        key={editing.count}
        eventId={editing.event?.id}
        initial={editing.event ? eventFormFor(editing.event) : undefined}
        cooperatives={cooperatives.data?.vendors ?? []}
        onSaved={() => edit()}
      />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Events / Bazars", icon: CalendarSolid })

export default EventsPage
