import "server-only"
import { backendFetch } from "@/lib/backend"
import { CACHE_TAGS } from "@/lib/constants"
import { PRODUCT_REVIEWS_SHOWN } from "@/lib/shop/reviews"
import type { StoreOwnReview, StoreProductReviews } from "@/lib/types/custom-routes"
import { getCustomerToken } from "./cookies"

/**
 * A product's newest published reviews and its average, in one request cached for every language
 * (reviews are shown as written); null when they cannot be read, so the product page still shows.
 */
export async function getProductReviews(productId: string): Promise<StoreProductReviews | null> {
  return backendFetch<StoreProductReviews>(`/store/products/${encodeURIComponent(productId)}/reviews`, {
    query: { limit: PRODUCT_REVIEWS_SHOWN, offset: 0 },
    tags: [CACHE_TAGS.reviews],
  }).catch(() => null)
}

/** The signed-in shopper's own reviews, whatever staff decided (never cached: they change as she acts). */
export async function getMyReviews(): Promise<StoreOwnReview[]> {
  const token = await getCustomerToken()
  if (!token) {
    return []
  }
  const { reviews } = await backendFetch<{ reviews: StoreOwnReview[] }>("/store/customers/me/reviews", {
    token,
  })
  return reviews
}
