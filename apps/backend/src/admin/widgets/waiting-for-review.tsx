import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { adminFetch } from "../lib/api"

type Counts = { products: number; applications: number }

/**
 * Where staff start their day (orders, products): what cooperatives are waiting for, with links to
 * the Moderation and Cooperatives pages. Hidden when nothing waits.
 */
const WaitingForReviewWidget = () => {
  const [counts, setCounts] = useState<Counts | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    Promise.all([
      adminFetch<{ count: number }>("/admin/moderation/products?limit=1"),
      adminFetch<{ count: number }>("/admin/vendors?status=pending&limit=1"),
    ])
      .then(([products, applications]) =>
        setCounts({ products: products.count, applications: applications.count })
      )
      .catch((e: Error) => setError(e.message))
  }, [])

  if (error) {
    return (
      <Container>
        <Text className="text-ui-fg-error">Cooperatives waiting: {error}</Text>
      </Container>
    )
  }
  if (!counts || (counts.products === 0 && counts.applications === 0)) {
    return null
  }
  return (
    <Container className="flex flex-col gap-2" data-testid="waiting-for-review">
      <Heading level="h2">Waiting for the centre</Heading>
      {counts.applications > 0 && (
        <Link to="/cooperatives" className="text-ui-fg-interactive">
          {counts.applications} cooperative application{counts.applications > 1 ? "s" : ""} to review
        </Link>
      )}
      {counts.products > 0 && (
        <Link to="/moderation" className="text-ui-fg-interactive">
          {counts.products} product{counts.products > 1 ? "s" : ""} submitted for publication
        </Link>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: ["order.list.before", "product.list.before"],
})

export default WaitingForReviewWidget
