import { z } from "@medusajs/framework/zod"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isPipelinePhotoUrl } from "../../lib/images/photo-names"
import { RETURN_REASONS, RETURN_REQUEST_STATUSES } from "../../modules/ledger/models/return-request"

/** What shoppers, members and staff read of a return request. */
export const returnRequestFields = [
  "id",
  "vendor_order_id",
  "order_id",
  "status",
  "items",
  "reason",
  "note",
  "photo_urls",
  "decision_reason",
  "decided_at",
  "dispute_note",
  "disputed_at",
  "refund_amount",
  "refunded_at",
  "currency_code",
  "created_at",
]

export const ListReturnRequestsParams = z
  .object({
    status: z.enum([...RETURN_REQUEST_STATUSES]).optional(),
    order_id: z.string().min(1).max(100).optional(),
    vendor_order_id: z.string().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type ListReturnRequestsParamsType = z.infer<typeof ListReturnRequestsParams>

export const CreateReturnRequest = z
  .object({
    vendor_order_id: z.string().min(1).max(100),
    items: z
      .array(
        z
          .object({ line_item_id: z.string().min(1).max(100), quantity: z.number().int().min(1).max(1000) })
          .strict()
      )
      .min(1, "Choose at least one item to return")
      .max(100),
    reason: z.enum([...RETURN_REASONS], {
      message: `The reason must be one of: ${RETURN_REASONS.join(", ")}`,
    }),
    note: z.string().trim().max(1000).nullish(),
    // uploaded first to /store/return-requests/photos: only the photo pipeline's own URLs
    photo_urls: z
      .array(
        z
          .string()
          .max(500)
          .refine(isPipelinePhotoUrl, { message: "Send photos uploaded to /store/return-requests/photos" })
      )
      .max(3, "Three photos at most")
      .optional(),
  })
  .strict()
export type CreateReturnRequestType = z.infer<typeof CreateReturnRequest>

export const DisputeReturnRequest = z
  .object({
    note: z.string().trim().min(3, "Tell the centre why you disagree (3 characters or more)").max(1000),
  })
  .strict()
export type DisputeReturnRequestType = z.infer<typeof DisputeReturnRequest>

// the shopper reads it: a refusal without a word leaves her guessing. Required, but checked by the
// workflow once the request is known to be the caller's, so another cooperative's id stays a 404
export const RefuseReturnRequest = z
  .object({
    reason: z.string().trim().min(3, "Give the shopper a reason (3 characters or more)").max(500).optional(),
  })
  .strict()
export type RefuseReturnRequestType = z.infer<typeof RefuseReturnRequest>

export const EmptyBody = z.object({}).strict()

/**
 * Return requests matching `scope` (a shopper's, a cooperative's, or all for staff), newest first.
 * A request outside the scope is never listed.
 */
export async function listReturnRequests(
  container: MedusaContainer,
  scope: { customer_id?: string; vendor_id?: string },
  params: Partial<ListReturnRequestsParamsType>,
  extraFields: string[] = []
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = definedOnly(scope)
  if (params.status) filters.status = params.status
  if (params.order_id) filters.order_id = params.order_id
  if (params.vendor_order_id) filters.vendor_order_id = params.vendor_order_id
  const { data, metadata } = await query.graph({
    entity: "return_request",
    fields: [...returnRequestFields, ...extraFields],
    filters,
    pagination: { skip: params.offset ?? 0, take: params.limit ?? 50, order: { created_at: "DESC" } },
  })
  return { return_requests: data, count: metadata?.count ?? data.length }
}

/** One return request within `scope`; outside it, a 404 like an unknown id, so ids reveal nothing. */
export async function retrieveReturnRequest(
  container: MedusaContainer,
  id: string,
  scope: { customer_id?: string; vendor_id?: string },
  extraFields: string[] = []
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "return_request",
    fields: [...returnRequestFields, ...extraFields],
    filters: { id, ...definedOnly(scope) },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Return request with id: ${id} was not found`)
  }
  return data[0]
}

const definedOnly = (scope: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(scope).filter(([, value]) => value !== undefined))
