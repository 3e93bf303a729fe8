import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useModerationProducts } from "../hooks/moderation"
import { useVendors } from "../hooks/vendors"

/**
 * Where staff start their day (orders, products): what cooperatives are waiting for, with links to
 * the Moderation and Cooperatives pages. Hidden when nothing waits.
 */
const WaitingForReviewWidget = () => {
  const products = useModerationProducts({ limit: 1 })
  const applications = useVendors({ status: "pending", limit: 1 })
  const error = products.error ?? applications.error

  if (error) {
    return (
      <Container>
        <Text className="text-ui-fg-error">Cooperatives waiting: {error.message}</Text>
      </Container>
    )
  }
  const productCount = products.data?.count ?? 0
  const applicationCount = applications.data?.count ?? 0
  if (!products.data || !applications.data || (productCount === 0 && applicationCount === 0)) {
    return null
  }
  return (
    <Container className="flex flex-col gap-2" data-testid="waiting-for-review">
      <Heading level="h2">Waiting for the centre</Heading>
      {applicationCount > 0 && (
        <Link to="/cooperatives" className="text-ui-fg-interactive">
          {applicationCount} cooperative application{applicationCount > 1 ? "s" : ""} to review
        </Link>
      )}
      {productCount > 0 && (
        <Link to="/moderation" className="text-ui-fg-interactive">
          {productCount} product{productCount > 1 ? "s" : ""} submitted for publication
        </Link>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: ["order.list.before", "product.list.before"],
})

export default WaitingForReviewWidget
