import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdminActivityResponse, AdminCooperativePart, AdminProductForCooperative } from "../types"

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

export const partsForQueryKeys = queryKeys("bazaar_parts_for_cooperative")

/** The cooperative's parcels still to ship or to deliver, as its portal lists them. */
export function usePartsToHandle(vendorId: string) {
  return useQuery<{ pending: AdminCooperativePart[]; shipped: AdminCooperativePart[] }, FetchError>({
    queryKey: partsForQueryKeys.detail(vendorId),
    queryFn: async () => {
      const list = (status: string) =>
        sdk.client.fetch<{ orders: AdminCooperativePart[] }>("/vendor/orders", {
          headers: actFor(vendorId),
          query: { status, limit: 20 },
        })
      const [pending, shipped] = await Promise.all([list("pending"), list("shipped")])
      return { pending: pending.orders, shipped: shipped.orders }
    },
  })
}

/** Ships or delivers one of the cooperative's parcels for it, through its portal's routes. */
export function usePartStep(vendorId: string) {
  const queryClient = useQueryClient()
  return useMutation<
    unknown,
    FetchError,
    { id: string; step: "ship" | "deliver"; carrier?: string; tracking_number?: string }
  >({
    mutationFn: ({ id, step, ...body }) =>
      sdk.client.fetch(`/vendor/orders/${id}/${step}`, { method: "POST", headers: actFor(vendorId), body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: partsForQueryKeys.detail(vendorId) }),
        queryClient.invalidateQueries({ queryKey: activityQueryKeys.detail(vendorId) }),
      ]),
  })
}

/** Invites a person to join the cooperative, as its owner would. */
export function useInviteFor(vendorId: string) {
  const queryClient = useQueryClient()
  return useMutation<unknown, FetchError, { email: string }>({
    mutationFn: (body) =>
      sdk.client.fetch("/vendor/invites", { method: "POST", headers: actFor(vendorId), body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: activityQueryKeys.detail(vendorId) }),
  })
}
