import { defineMiddlewares } from "@medusajs/framework/http"
import { storeProductsMiddlewares } from "./store/products/middlewares"
import { storeVendorsMiddlewares } from "./store/vendors/middlewares"

export default defineMiddlewares({
  routes: [...storeVendorsMiddlewares, ...storeProductsMiddlewares],
})
