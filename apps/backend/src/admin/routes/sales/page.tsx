import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { ReportChart } from "../../components/sales/report-chart"
import { useImpact, useRecomputeImpact } from "../../hooks/impact"
import { useSalesReport, type SalesReportQuery } from "../../hooks/sales-report"
import { downloadCsv, toCsv } from "../../lib/sales-report-csv"

const percent = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 1 })

// the report's groupings, each drawn as one chart: months read left to right, names down the page
const GROUPINGS = [
  { key: "by_month", title: "By month", layout: "columns" },
  { key: "by_cooperative", title: "By cooperative", layout: "rows" },
  { key: "by_region", title: "By region", layout: "rows" },
  { key: "by_category", title: "By category", layout: "rows" },
] as const

/**
 * Sales for the centre: by month, cooperative, region and category, online and at the bazaars' stands,
 * the best products, delivery time and refusals, each exportable as CSV; and the public impact figures.
 */
const SalesPage = () => {
  const [query, setQuery] = useState<SalesReportQuery>({ currency_code: "mad" })
  const { data, error, isLoading } = useSalesReport(query)
  const report = data?.report
  const currency = data?.currency_code ?? query.currency_code
  const money = new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() })
  const range = report ? `${report.by_month[0]?.key}_${report.by_month[report.by_month.length - 1]?.key}` : ""

  return (
    <div className="flex flex-col gap-4">
      <Container className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <Heading level="h1">Sales</Heading>
        <div className="flex flex-wrap items-end gap-3">
          <MonthField
            id="sales-from"
            label="From"
            value={query.from}
            onChange={(from) => setQuery({ ...query, from })}
          />
          <MonthField
            id="sales-to"
            label="To"
            value={query.to}
            onChange={(to) => setQuery({ ...query, to })}
          />
          <div className="flex flex-col gap-1">
            <Label htmlFor="sales-currency">Currency</Label>
            <Select
              value={query.currency_code}
              onValueChange={(value) => setQuery({ ...query, currency_code: value as "mad" | "eur" })}
            >
              <Select.Trigger id="sales-currency">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="mad">Dirhams (MAD)</Select.Item>
                <Select.Item value="eur">Euros (EUR)</Select.Item>
              </Select.Content>
            </Select>
          </div>
        </div>
      </Container>

      {error && (
        <Container className="px-6 py-4">
          <Text className="text-ui-fg-error" role="alert">
            {error.message}
          </Text>
        </Container>
      )}
      {isLoading && <Text className="px-6">Loading…</Text>}

      {report && (
        <>
          <Container className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-3" data-testid="sales-totals">
            <Figure label="Sold online (delivered)" value={money.format(report.totals.online)} />
            <Figure label="Sold at the stands" value={money.format(report.totals.at_events)} />
            <Figure
              label="Orders delivered · stand sales"
              value={`${report.totals.online_orders} · ${report.totals.stand_sales}`}
            />
            <Figure
              label="Average days to delivery"
              value={report.delivery.average_days === null ? "—" : String(report.delivery.average_days)}
            />
            <Figure
              label={`Refused at the door (${report.refusals.refused} of ${report.refusals.delivered + report.refusals.refused})`}
              value={report.refusals.rate === null ? "—" : percent.format(report.refusals.rate)}
            />
          </Container>

          {GROUPINGS.map(({ key, title, layout }) => (
            <ReportChart
              key={key}
              title={title}
              rows={report[key]}
              currency={currency}
              layout={layout}
              filename={`sales-${key.replace("_", "-")}_${range}.csv`}
              testId={`sales-${key.replace("_", "-")}`}
            />
          ))}

          <Container className="flex flex-col gap-3 p-6" data-testid="sales-top-products">
            <div className="flex items-center justify-between gap-4">
              <Heading level="h2">Best products</Heading>
              <Button
                variant="secondary"
                size="small"
                disabled={!report.top_products.length}
                onClick={() =>
                  downloadCsv(
                    `best-products_${range}.csv`,
                    toCsv(
                      ["product", "units", `amount (${currency})`],
                      report.top_products.map((row) => [row.label, row.units, row.amount])
                    )
                  )
                }
              >
                Export CSV
              </Button>
            </div>
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Product</Table.HeaderCell>
                  <Table.HeaderCell>Units</Table.HeaderCell>
                  <Table.HeaderCell>Amount</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {report.top_products.map((row) => (
                  <Table.Row key={row.key}>
                    <Table.Cell>{row.label}</Table.Cell>
                    <Table.Cell>{row.units}</Table.Cell>
                    <Table.Cell>{money.format(row.amount)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </Container>
        </>
      )}

      <ImpactPanel />
    </div>
  )
}

/** A month of the window; emptied, the report falls back to its default. */
const MonthField = ({
  id,
  label,
  value,
  onChange,
}: {
  id: string
  label: string
  value?: string
  onChange: (month: string | undefined) => void
}) => (
  <div className="flex flex-col gap-1">
    <Label htmlFor={id}>{label}</Label>
    <Input
      id={id}
      type="month"
      value={value ?? ""}
      onChange={(event) => onChange(event.target.value || undefined)}
    />
  </div>
)

const Figure = ({ label, value }: { label: string; value: string }) => (
  <div className="flex flex-col gap-1">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="xlarge" weight="plus">
      {value}
    </Text>
  </div>
)

/** The figures the shop's impact page shows, summed every morning, and a button to sum them now. */
const ImpactPanel = () => {
  const { data } = useImpact()
  const recompute = useRecomputeImpact()
  const impact = data?.impact
  return (
    <Container className="flex flex-col gap-3 p-6" data-testid="impact-panel">
      <div className="flex items-center justify-between gap-4">
        <Heading level="h2">Impact page</Heading>
        <Button
          variant="secondary"
          size="small"
          isLoading={recompute.isPending}
          onClick={() => recompute.mutate()}
          data-testid="impact-recompute"
        >
          Recompute now
        </Button>
      </div>
      {recompute.error && (
        <Text className="text-ui-fg-error" role="alert">
          {recompute.error.message}
        </Text>
      )}
      {impact && (
        <Text
          className="text-ui-fg-subtle"
          data-testid="impact-summary"
          data-stand-sales={impact.orders.at_events}
        >
          Computed {new Date(impact.computed_at).toLocaleString()}: {impact.cooperatives} cooperatives,{" "}
          {impact.women_members} women members, {impact.orders.online} orders delivered,{" "}
          {impact.orders.at_events} stand sales, {impact.countries_reached.length} countries. The shop shows
          these figures until the next morning.
        </Text>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Sales", icon: ChartBar })

export default SalesPage
