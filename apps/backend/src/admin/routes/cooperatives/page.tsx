import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Container, Heading, Input, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { adminFetch, formatDate, STATUS_COLORS } from "../../lib/api"

type VendorRow = {
  id: string
  name: string
  handle: string
  region: string
  city: string
  status: string
  created_at: string
}

const PAGE_SIZE = 20
const ALL = "all"

/** Staff list of cooperatives: filter by status (pending first for review), search by name, region or city. */
const CooperativesPage = () => {
  const [status, setStatus] = useState<string>("pending")
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const [data, setData] = useState<{ vendors: VendorRow[]; count: number } | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) })
    if (status !== ALL) {
      params.set("status", status)
    }
    if (q.trim()) {
      params.set("q", q.trim())
    }
    setError(null)
    adminFetch<{ vendors: VendorRow[]; count: number }>(`/admin/vendors?${params}`)
      .then(setData)
      .catch((e: Error) => setError(e.message))
  }, [status, q, offset])

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
              setStatus(value)
            }}
          >
            <Select.Trigger data-testid="vendor-status-filter">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {[ALL, "pending", "approved", "suspended", "rejected"].map((value) => (
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
          {error}
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
