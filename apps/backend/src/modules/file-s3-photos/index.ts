import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { PhotoS3FileService } from "./service"

export default ModuleProvider(Modules.FILE, { services: [PhotoS3FileService] })
