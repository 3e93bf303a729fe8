import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import MultilingualPostgresSearchService from "./service"

export default ModuleProvider(Modules.SEARCH, {
  services: [MultilingualPostgresSearchService],
})
