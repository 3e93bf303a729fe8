import { Button, Container, Heading } from "@medusajs/ui"
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { ReportRow } from "../../../lib/sales-report/sales-report"
import { downloadCsv, toCsv } from "../../lib/sales-report-csv"

type Props = {
  title: string
  rows: ReportRow[]
  currency: string
  /** months read left to right; names read better down the page */
  layout: "columns" | "rows"
  filename: string
  testId: string
}

// the shop's saffron and terracotta, for online and at the stands on every chart
const ONLINE = "#c2410c"
const AT_EVENTS = "#d97706"

/** One grouping of the report as stacked bars (online, at the stands), with its CSV. */
export const ReportChart = ({ title, rows, currency, layout, filename, testId }: Props) => {
  const money = new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() })
  const exportCsv = () =>
    downloadCsv(
      filename,
      toCsv(
        ["name", `online (${currency})`, `at stands (${currency})`, `total (${currency})`],
        rows.map((row) => [
          row.label,
          row.online,
          row.at_events,
          Math.round((row.online + row.at_events) * 100) / 100,
        ])
      )
    )
  const height = layout === "rows" ? Math.max(160, rows.length * 36 + 60) : 300
  return (
    <Container className="flex flex-col gap-3 p-6" data-testid={testId}>
      <div className="flex items-center justify-between gap-4">
        <Heading level="h2">{title}</Heading>
        <Button variant="secondary" size="small" onClick={exportCsv} disabled={!rows.length}>
          Export CSV
        </Button>
      </div>
      {rows.length ? (
        <div style={{ width: "100%", height }}>
          <ResponsiveContainer>
            <BarChart
              data={rows}
              layout={layout === "rows" ? "vertical" : "horizontal"}
              margin={{ left: 16 }}
            >
              <CartesianGrid strokeDasharray="3 3" />
              {layout === "rows" ? (
                <>
                  <XAxis type="number" />
                  <YAxis type="category" dataKey="label" width={180} />
                </>
              ) : (
                <>
                  <XAxis dataKey="label" />
                  <YAxis />
                </>
              )}
              <Tooltip formatter={(value) => money.format(Number(value))} />
              <Legend />
              <Bar dataKey="online" name="Online" stackId="sales" fill={ONLINE} />
              <Bar dataKey="at_events" name="At the stands" stackId="sales" fill={AT_EVENTS} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : (
        <p className="text-ui-fg-subtle">No sales in these months.</p>
      )}
    </Container>
  )
}
