import { defineMiddlewares } from "@medusajs/framework/http"
import { adminLedgerMiddlewares } from "./admin/ledger/middlewares"
import { adminPayoutsMiddlewares } from "./admin/payouts/middlewares"
import { adminVendorsMiddlewares } from "./admin/vendors/middlewares"
import { lockConflictErrorHandler } from "./errors/lock-conflict-error-handler"
import { hooksMiddlewares } from "./hooks/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { storeVendorsMiddlewares } from "./store/vendors/middlewares"
import { vendorMiddlewares } from "./vendor/middlewares"
import { vendorOrdersMiddlewares } from "./vendor/orders/middlewares"

export default defineMiddlewares({
  routes: [...storeVendorsMiddlewares, ...storeProductsMiddlewares, ...storeSearchMiddlewares, ...vendorMiddlewares, ...adminVendorsMiddlewares,
    // issue 5: checkout, orders per cooperative, money owed
    ...vendorOrdersMiddlewares, ...adminPayoutsMiddlewares, ...adminLedgerMiddlewares, ...hooksMiddlewares],
  errorHandler: lockConflictErrorHandler,
})
