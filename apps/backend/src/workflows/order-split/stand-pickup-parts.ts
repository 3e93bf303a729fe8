import { STAND_PICKUP_OPTION_CODE } from "@bazaar/contracts"

type Part = { vendor_id: string; shipping_method_ids: string[] }
type Method = { id: string; shipping_option_id?: string | null }
type Option = { id: string; type?: { code?: string | null } | null }

/** The cooperatives whose part of the order the shopper collects at their stand. */
export function standPickupVendorIds(parts: Part[], methods: Method[], options: Option[]): string[] {
  const standOptionIds = new Set(
    options.filter((option) => option.type?.code === STAND_PICKUP_OPTION_CODE).map((option) => option.id)
  )
  const standMethodIds = new Set(
    methods
      .filter((method) => method.shipping_option_id && standOptionIds.has(method.shipping_option_id))
      .map((method) => method.id)
  )
  return parts
    .filter((part) => part.shipping_method_ids.some((id) => standMethodIds.has(id)))
    .map((part) => part.vendor_id)
}
