import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { PhotoLocalFileService } from "./service"

export default ModuleProvider(Modules.FILE, { services: [PhotoLocalFileService] })
