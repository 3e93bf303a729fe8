import {
  configureStoreSearch,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { StoreSearchProducts } from "./validators"

/** Rejects a search the engine should never run (see validators.ts), with every reason in the message. */
function validateStoreSearchProducts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const parsed = StoreSearchProducts.safeParse(req.body ?? {})
  if (!parsed.success) {
    const reasons = [...new Set(parsed.error.issues.map((issue) => issue.message))]
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid search: ${reasons.join("; ")}`))
  }
  next()
}

export const storeSearchMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/search",
    middlewares: [
      validateStoreSearchProducts,
      configureStoreSearch({
        allowed_indexes: {
          // published + the key's sales channels are added by Medusa; approved cooperatives by us
          product: { filters: () => ({ vendor_status: "approved" }) },
        },
      }),
    ],
  },
]
