import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import CashOnDeliveryProviderService from "./service"

export { COD_PROVIDER_ID } from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [CashOnDeliveryProviderService],
})
