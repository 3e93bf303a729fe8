import { defineMiddlewares } from "@medusajs/framework/http"
import { adminLedgerMiddlewares } from "./admin/ledger/middlewares"
import { adminPayoutsMiddlewares } from "./admin/payouts/middlewares"
import { adminVendorsMiddlewares } from "./admin/vendors/middlewares"
import { lockConflictErrorHandler } from "./errors/lock-conflict-error-handler"
import { hooksMiddlewares } from "./hooks/middlewares"
import { storeCartsMiddlewares } from "./store/carts/middlewares"
import { storeCustomersMiddlewares } from "./store/customers/middlewares"
import { storeOrdersMiddlewares } from "./store/orders/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { storeVendorsMiddlewares } from "./store/vendors/middlewares"
import { vendorMiddlewares } from "./vendor/middlewares"
import { vendorOrdersMiddlewares } from "./vendor/orders/middlewares"

export default defineMiddlewares({
  routes: [
    // catalogue and search
    ...storeVendorsMiddlewares,
    ...storeProductsMiddlewares,
    ...storeSearchMiddlewares,
    // cooperatives and their portal
    ...vendorMiddlewares,
    ...adminVendorsMiddlewares,
    // checkout, orders per cooperative, money owed
    ...storeCartsMiddlewares,
    ...storeCustomersMiddlewares,
    ...storeOrdersMiddlewares,
    ...vendorOrdersMiddlewares,
    ...adminPayoutsMiddlewares,
    ...adminLedgerMiddlewares,
    ...hooksMiddlewares,
  ],
  errorHandler: lockConflictErrorHandler,
})
