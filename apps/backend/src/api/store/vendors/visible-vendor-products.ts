type VendorProductRow = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  status: string
  created_at: Date | string
  sales_channels?: ({ id: string } | null)[] | null
} | null

export type StoreVendorProduct = { id: string; handle: string; title: string; thumbnail: string | null }

/**
 * Keeps a vendor's products a shopper may see through a publishable key: published and in one of
 * the key's sales channels; newest first, shaped for the store API.
 */
export function visibleVendorProducts(
  rows: VendorProductRow[],
  salesChannelIds: string[],
  publishedStatus: string
): StoreVendorProduct[] {
  const channels = new Set(salesChannelIds)
  return rows
    .filter((row): row is NonNullable<VendorProductRow> => !!row && row.status === publishedStatus)
    .filter((row) => (row.sales_channels ?? []).some((channel) => !!channel && channels.has(channel.id)))
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
    .map(({ id, handle, title, thumbnail }) => ({ id, handle, title, thumbnail }))
}
