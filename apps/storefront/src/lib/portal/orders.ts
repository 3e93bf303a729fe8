// Pure helpers for the portal's orders (the cooperative's parts of shoppers' orders).
import { PICKUP_CODE_PATTERN } from "@bazaar/contracts"
import { COD_PROVIDER_ID } from "@/lib/constants"
import {
  VENDOR_ORDER_STATUSES,
  type VendorOrder,
  type VendorOrderAddress,
  type VendorOrderStatus,
} from "@/lib/types/custom-routes"

/** What a member reads for each status: "pending" means there is a parcel to prepare and send. */
export const ORDER_STATUS_LABEL_KEYS = {
  pending: "toShip",
  shipped: "shipped",
  delivered: "delivered",
  canceled: "canceled",
  refused: "refused",
} as const satisfies Record<VendorOrderStatus, string>

export type OrderStatusLabelKey = (typeof ORDER_STATUS_LABEL_KEYS)[VendorOrderStatus]

export function isOrderStatus(value: unknown): value is VendorOrderStatus {
  return typeof value === "string" && (VENDOR_ORDER_STATUSES as readonly string[]).includes(value)
}

/** Reads "?status=" leniently: anything unknown means all statuses. */
export function parseOrderStatus(value: string | string[] | undefined): VendorOrderStatus | undefined {
  const raw = Array.isArray(value) ? value[0] : value
  return isOrderStatus(raw) ? raw : undefined
}

export function isCashOnDelivery(order: Pick<VendorOrder, "payment_provider_id">): boolean {
  return order.payment_provider_id === COD_PROVIDER_ID
}

/** How many pieces the parcel holds (3 jars + 1 rug = 4). */
export function itemsCount(order: Pick<VendorOrder, "items">): number {
  return order.items.reduce((sum, item) => sum + item.quantity, 0)
}

/** A part the shopper collects at the cooperative's stand at a bazaar: which stand, which bazaar. */
export function standPickup(
  order: Pick<VendorOrder, "pickup_stand_number" | "pickup_event">
): { stand: string; event: NonNullable<VendorOrder["pickup_event"]> } | null {
  return order.pickup_event && order.pickup_stand_number
    ? { stand: order.pickup_stand_number, event: order.pickup_event }
    : null
}

/**
 * What the member can do next: ship a parcel to prepare, or say a parcel arrived. A pick-up at the
 * centre may be marked delivered without shipping first, as the backend allows. A part collected at
 * the stand is handed over only against the shopper's code: it is neither shipped nor marked delivered.
 */
export function orderActions(
  order: Pick<VendorOrder, "status" | "pickup_stand_number" | "pickup_event">
): OrderActions {
  const atStand = standPickup(order) !== null
  return {
    ship: order.status === "pending" && !atStand,
    deliver: (order.status === "pending" || order.status === "shipped") && !atStand,
    pickUp: order.status === "pending" && atStand,
    // a parcel on its way can come back refused; before it leaves, the cooperative may cancel its part
    refuse: order.status === "shipped",
    cancel: order.status === "pending",
  }
}

export type OrderActions = {
  ship: boolean
  deliver: boolean
  pickUp: boolean
  refuse: boolean
  cancel: boolean
}

/**
 * The shopper's pick-up code as the member typed it, or null when it is not six digits. Spaces are
 * dropped ("123 456", as her page shows it), and a phone set to Arabic types ١٢٣ with its keypad.
 */
export function parsePickupCode(value: string | undefined): string | null {
  const code = (value ?? "")
    .replace(/\s/g, "")
    // both ranges of Arabic digits start at a multiple of 16: the last four bits are the digit
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf))
  return PICKUP_CODE_PATTERN.test(code) ? code : null
}

/** How long to wait before trying codes again, in whole minutes ("15 minutes", "15 دقيقة"). */
export function retryWait(seconds: number, intlLocale: string): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60))
  return new Intl.NumberFormat(intlLocale, { style: "unit", unit: "minute", unitDisplay: "long" }).format(
    minutes
  )
}

/** What the order page confirms after an action (`?done=`); anything else shows nothing. */
export const ORDER_DONE_NOTICES = ["shipped", "delivered", "refused", "canceled"] as const
export type OrderDoneNotice = (typeof ORDER_DONE_NOTICES)[number]

export function parseOrderDone(value: string | undefined): OrderDoneNotice | undefined {
  return (ORDER_DONE_NOTICES as readonly string[]).includes(value ?? "")
    ? (value as OrderDoneNotice)
    : undefined
}

/** The order number shoppers and the centre use ("#1042"), or the id when the order has none. */
export function orderNumber(order: Pick<VendorOrder, "display_id" | "id">): string {
  return order.display_id ? `#${order.display_id}` : order.id
}

/** "Amina El Idrissi", without the gaps of a missing part. */
export function shopperName(address: VendorOrderAddress | null): string {
  return [address?.first_name, address?.last_name].filter(Boolean).join(" ")
}

/** A phone number as a tel: link (spaces and dots dropped, the leading + kept). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`
}

export type ShipForm = { carrier?: string; tracking_number?: string }

/** The "mark shipped" form: both fields may stay empty (a parcel taken by hand), each 100 characters at most. */
export function parseShipForm(
  formData: FormData
): { ok: true; data: ShipForm } | { ok: false; fieldErrors: Record<string, string> } {
  const data: ShipForm = {}
  const fieldErrors: Record<string, string> = {}
  for (const name of ["carrier", "tracking_number"] as const) {
    const value = formData.get(name)
    const text = typeof value === "string" ? value.trim() : ""
    if (text.length > 100) {
      fieldErrors[name] = "tooLong"
    } else if (text) {
      data[name] = text
    }
  }
  return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, data }
}

/** A day in the member's language ("29 nov. 2026", "٢٩ نونبر ٢٠٢٦"). */
export function formatDay(value: string, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: "medium" }).format(new Date(value))
}
