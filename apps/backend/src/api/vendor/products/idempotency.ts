import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/**
 * `Idempotency-Key` of `POST /vendor/products`: the portal makes one UUID per draft, so a product
 * queued offline and sent again (a retry, a second tab) is created once.
 */
export const IdempotencyKeyHeader = z
  .string()
  .trim()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)
  .optional()

/** The header's key, or undefined without one; a malformed key is a 400 that says what is expected. */
export function readIdempotencyKey(header: string | string[] | undefined): string | undefined {
  const parsed = IdempotencyKeyHeader.safeParse(Array.isArray(header) ? header.join(",") : header)
  if (!parsed.success) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Header 'Idempotency-Key': 8 to 64 letters, digits, '-' or '_' (a UUID is fine)"
    )
  }
  return parsed.data || undefined
}

/**
 * The product's `external_id` for a key: scoped to the cooperative, so another cooperative sending
 * the same key never reaches this cooperative's product (it gets a product of its own).
 */
export function vendorProductExternalId(vendorId: string, key: string): string {
  return `vendor-portal:${vendorId}:${key}`
}

/**
 * Runs `create` once per cooperative and key: under the Locking Module's lock (held across the
 * servers of a cluster), the product already made with this key is returned instead of a second one.
 */
export async function createOnce(
  scope: MedusaContainer,
  vendorId: string,
  key: string,
  create: (externalId: string) => Promise<string>
): Promise<{ id: string; created: boolean }> {
  const externalId = vendorProductExternalId(vendorId, key)
  const locking = scope.resolve(Modules.LOCKING)
  return await locking.execute(
    `vendor-product-create:${externalId}`,
    async () => {
      const query = scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["id"],
        filters: { external_id: externalId },
      })
      if (data[0]) {
        return { id: data[0].id as string, created: false }
      }
      return { id: await create(externalId), created: true }
    },
    // creating a product with its stock and translations takes a few seconds on a busy server
    { timeout: 60 }
  )
}
