/** Events of a return request's life; each carries `{ id }` (the request). */
export const RETURN_REQUEST_EVENTS = {
  created: "return_request.created",
  accepted: "return_request.accepted",
  refused: "return_request.refused",
  disputed: "return_request.disputed",
  refunded: "return_request.refunded",
} as const

/** The note on a refund made for a return request: its own workflow wrote the ledger for it. */
export const returnRefundNote = (requestId: string) => `return_request:${requestId}`

/** The ledger entry of a return request, once. */
export const returnLedgerReference = (requestId: string) => `return:${requestId}`
