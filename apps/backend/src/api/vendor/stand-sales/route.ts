import { MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { BAZAAR_EVENT_MODULE } from "../../../modules/bazaar-event"
import type BazaarEventModuleService from "../../../modules/bazaar-event/service"
import { createStandSaleWorkflow } from "../../../workflows/stand-sale/workflows/create-stand-sale"
import { readIdempotencyKey } from "../products/idempotency"
import type { VendorRequest } from "../vendor-request"
import { VendorCreateStandSaleType, VendorGetStandSalesParamsType } from "./validators"

const SALE_RELATIONS = ["lines"]

/**
 * The caller's cooperative's stand sales, newest first, and the stands it holds at events running
 * now (where the portal lets a member record a sale).
 */
export async function GET(req: VendorRequest<unknown, VendorGetStandSalesParamsType>, res: MedusaResponse) {
  const { vendor } = req.vendor_context
  const { limit, offset } = req.validatedQuery
  const events = req.scope.resolve<BazaarEventModuleService>(BAZAAR_EVENT_MODULE)
  const now = new Date()
  const [[sales, count], stands] = await Promise.all([
    events.listAndCountStandSales(
      { vendor_id: vendor.id },
      { relations: SALE_RELATIONS, order: { created_at: "DESC" }, take: limit, skip: offset }
    ),
    events.listEventStands(
      { vendor_id: vendor.id, event: { starts_at: { $lte: now }, ends_at: { $gte: now } } },
      { relations: ["event"] }
    ),
  ])
  res.json({
    stand_sales: sales,
    count,
    limit,
    offset,
    stands: stands.map((stand) => ({
      event_id: stand.event.id,
      event_name: stand.event.name,
      stand_number: stand.stand_number,
      ends_at: stand.event.ends_at,
    })),
  })
}

/**
 * A member records a sale at her stand. With an `Idempotency-Key` this cooperative already used
 * (a sale queued offline and sent again), the sale recorded the first time is returned (200).
 */
export async function POST(req: VendorRequest<VendorCreateStandSaleType>, res: MedusaResponse) {
  const { vendor, member } = req.vendor_context
  const key = readIdempotencyKey(req.headers["idempotency-key"])
  const events = req.scope.resolve<BazaarEventModuleService>(BAZAAR_EVENT_MODULE)
  const create = async () => {
    const { result } = await createStandSaleWorkflow(req.scope).run({
      input: {
        ...req.validatedBody,
        vendor_id: vendor.id,
        idempotency_key: key ?? null,
        locale: member.locale,
      },
    })
    return result.id
  }
  const once = async () => {
    const [existing] = await events.listStandSales(
      { vendor_id: vendor.id, idempotency_key: key! },
      { take: 1 }
    )
    return existing ? { id: existing.id, created: false } : { id: await create(), created: true }
  }
  // one lock per cooperative and key, across the servers of a cluster, as for products
  const { id, created } = key
    ? await req.scope
        .resolve(Modules.LOCKING)
        .execute(`vendor-stand-sale:${vendor.id}:${key}`, once, { timeout: 30 })
    : { id: await create(), created: true }
  const sale = await events.retrieveStandSale(id, { relations: SALE_RELATIONS })
  res.status(created ? 201 : 200).json({ stand_sale: sale })
}
