export type ProductToModerate = {
  id: string
  title: string
  status: string
  metadata: Record<string, unknown> | null
  sales_channels: { id: string }[]
  vendor: { id: string; name: string; status: string; members: { email: string; role: string }[] } | null
}

/** Notifications to the owners of the product's cooperative about a moderation decision. */
export function productNotifications(product: ProductToModerate, template: string, reason: string | null) {
  return (product.vendor?.members ?? [])
    .filter((member) => member?.role === "owner")
    .map((member) => ({
      to: member.email,
      channel: "email",
      template,
      data: { product_id: product.id, product_title: product.title, reason },
      trigger_type: template,
      resource_id: product.id,
      resource_type: "product",
    }))
}
