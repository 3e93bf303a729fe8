import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdminActivityResponse, AdminProductForCooperative } from "../types"

/** The header that names the cooperative staff act for on the portal's routes. */
const actFor = (vendorId: string) => ({ "x-bazaar-cooperative": vendorId })

export const activityQueryKeys = queryKeys("bazaar_vendor_activity")

/** The cooperative's history: each change and who made it, newest first. */
export function useVendorActivity(vendorId: string) {
  return useQuery<AdminActivityResponse, FetchError>({
    queryKey: activityQueryKeys.detail(vendorId),
    queryFn: () => sdk.client.fetch(`/admin/vendors/${vendorId}/activity`, { query: { limit: 30 } }),
  })
}

/**
 * Staff add a product for the cooperative, through the portal's own routes (so the same checks
 * apply): the photo is uploaded into its photos, the product created as its draft and sent for
 * review. The cooperative's portal shows it "added by the centre".
 */
export function useCreateProductFor(vendorId: string) {
  const queryClient = useQueryClient()
  return useMutation<{ product: { id: string; title: string } }, FetchError, AdminProductForCooperative>({
    mutationFn: async ({ photo, ...product }) => {
      const form = new FormData()
      form.append("files", photo, photo.name)
      const { files } = await sdk.client.fetch<{ files: { url: string }[] }>("/vendor/uploads", {
        method: "POST",
        headers: { ...actFor(vendorId), "content-type": null } as never,
        body: form,
      })
      const created = await sdk.client.fetch<{ product: { id: string; title: string } }>("/vendor/products", {
        method: "POST",
        headers: actFor(vendorId),
        body: { ...product, images: files.map((file) => file.url) },
      })
      await sdk.client.fetch(`/vendor/products/${created.product.id}/submit`, {
        method: "POST",
        headers: actFor(vendorId),
      })
      return created
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: activityQueryKeys.detail(vendorId) }),
  })
}
