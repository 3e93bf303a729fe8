import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import BazaarStripeProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [BazaarStripeProviderService],
})
