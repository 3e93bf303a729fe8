import { Module } from "@medusajs/framework/utils"
import BazaarEventModuleService from "./service"

export const BAZAAR_EVENT_MODULE = "bazaar_event"

export default Module(BAZAAR_EVENT_MODULE, {
  service: BazaarEventModuleService,
})
