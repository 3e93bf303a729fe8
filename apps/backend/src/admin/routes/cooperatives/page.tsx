import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Container, Heading, Input, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useVendors } from "../../hooks/vendors"
import { formatDate, STATUS_COLORS } from "../../lib/format"
import type { VendorStatus } from "../../types"

const PAGE_SIZE = 20
const ALL = "all"
const FILTERS: (VendorStatus | typeof ALL)[] = [ALL, "pending", "approved", "suspended", "rejected"]

/** Staff list of cooperatives: filter by status (pending first for review), search by name, region or city. */
const CooperativesPage = () => {
  const [status, setStatus] = useState<VendorStatus | typeof ALL>("pending")
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const { data, error } = useVendors({
    limit: PAGE_SIZE,
    offset,
    ...(status !== ALL ? { status } : {}),
    ...(q.trim() ? { q: q.trim() } : {}),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <Heading level="h1">Cooperatives</Heading>
        <div className="flex gap-2">
          <Input
            type="search"
            placeholder="Search name, region, city"
            value={q}
            onChange={(event) => {
              setOffset(0)
              setQ(event.target.value)
            }}
          />
          <Select
            value={status}
            onValueChange={(value) => {
              setOffset(0)
              setStatus(FILTERS.find((filter) => filter === value) ?? ALL)
            }}
          >
            <Select.Trigger data-testid="vendor-status-filter">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {FILTERS.map((value) => (
                <Select.Item key={value} value={value}>
                  {value === ALL ? "All statuses" : value}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {error && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          {error.message}
        </Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Region</Table.HeaderCell>
            <Table.HeaderCell>City</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Applied</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.vendors ?? []).map((vendor) => (
            <Table.Row key={vendor.id} data-testid="vendor-row" data-vendor-id={vendor.id}>
              <Table.Cell>
                <Link to={`/cooperatives/${vendor.id}`} className="text-ui-fg-interactive">
                  {vendor.name}
                </Link>
              </Table.Cell>
              <Table.Cell>{vendor.region}</Table.Cell>
              <Table.Cell>{vendor.city}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={STATUS_COLORS[vendor.status] ?? "grey"}>{vendor.status}</StatusBadge>
              </Table.Cell>
              <Table.Cell>{formatDate(vendor.created_at)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {data && (
        <Table.Pagination
          count={data.count}
          pageSize={PAGE_SIZE}
          pageIndex={Math.floor(offset / PAGE_SIZE)}
          pageCount={Math.max(1, Math.ceil(data.count / PAGE_SIZE))}
          canPreviousPage={offset > 0}
          canNextPage={offset + PAGE_SIZE < data.count}
          previousPage={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          nextPage={() => setOffset(offset + PAGE_SIZE)}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Cooperatives", icon: Buildings })

export default CooperativesPage
