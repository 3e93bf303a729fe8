import { MedusaService } from "@medusajs/framework/utils"
import { BazaarEvent } from "./models/bazaar-event"
import { EventStand } from "./models/event-stand"

class BazaarEventModuleService extends MedusaService({ BazaarEvent, EventStand }) {}

export default BazaarEventModuleService
