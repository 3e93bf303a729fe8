import pg from "pg"
import { inject } from "vitest"
import { signIn, STAFF } from "./accounts"
import { call } from "./http"
import { expectOk } from "./shop"

/** One query on the marketplace's database (to read what the API does not show, or set a test's stock). */
export async function sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: inject("databaseUrl") })
  await client.connect()
  try {
    return (await client.query(text, params)).rows as T[]
  } finally {
    await client.end()
  }
}

/**
 * Leaves `available` units of a variant to sell at its cooperative's location (stocked = what is
 * already reserved + `available`), through the Admin API as staff would: the quantities are big
 * numbers with a raw copy, which a bare SQL update leaves stale. Returns the level it set.
 */
export async function setAvailable(variantId: string, available: number) {
  const [level] = await sql<{ inventory_item_id: string; location_id: string; reserved: number }>(
    `select inventory_item_id, location_id, reserved_quantity::int as reserved from inventory_level
     where inventory_item_id in (select inventory_item_id from product_variant_inventory_item where variant_id = $1)`,
    [variantId]
  )
  const stocked = level.reserved + available
  await expectOk(
    call(
      inject("backendUrl"),
      "POST",
      `/admin/inventory-items/${level.inventory_item_id}/location-levels/${level.location_id}`,
      { headers: await signIn("user", STAFF), body: { stocked_quantity: stocked } }
    )
  )
  return { stocked, reserved: level.reserved }
}

export async function stockOf(variantId: string) {
  const [level] = await sql<{ stocked: number; reserved: number }>(
    `select stocked_quantity::int as stocked, reserved_quantity::int as reserved from inventory_level
     where inventory_item_id in (select inventory_item_id from product_variant_inventory_item where variant_id = $1)`,
    [variantId]
  )
  return level
}

export async function ordersOfCart(cartId: string): Promise<string[]> {
  const rows = await sql<{ order_id: string }>(
    "select order_id from order_cart where cart_id = $1 and deleted_at is null",
    [cartId]
  )
  return rows.map((row) => row.order_id)
}
