type FavouriteRow = { product_id: string; created_at: Date | string }

type ProductRow = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  status: string
  sales_channels?: ({ id: string } | null)[] | null
  vendor?: { id: string; handle: string; name: string } | null
} | null

export type StoreFavourite = {
  product_id: string
  created_at: Date | string
  product: {
    id: string
    handle: string
    title: string
    thumbnail: string | null
    vendor: { id: string; handle: string; name: string } | null
  }
}

/**
 * A shopper's favourites as the store shows them, newest first: only products still published in one
 * of the publishable key's sales channels (a favourite of a withdrawn product is kept, not shown).
 */
export function visibleFavourites(
  favourites: FavouriteRow[],
  products: ProductRow[],
  salesChannelIds: string[],
  publishedStatus: string
): StoreFavourite[] {
  const channels = new Set(salesChannelIds)
  const byId = new Map(
    products
      .filter((row): row is NonNullable<ProductRow> => !!row && row.status === publishedStatus)
      .filter((row) => (row.sales_channels ?? []).some((channel) => !!channel && channels.has(channel.id)))
      .map((row) => [row.id, row])
  )
  return [...favourites]
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
    .flatMap((favourite) => {
      const product = byId.get(favourite.product_id)
      if (!product) {
        return []
      }
      const { id, handle, title, thumbnail, vendor } = product
      return [
        {
          product_id: favourite.product_id,
          created_at: favourite.created_at,
          product: { id, handle, title, thumbnail, vendor: vendor ?? null },
        },
      ]
    })
}
