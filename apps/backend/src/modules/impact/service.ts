import type { CooperativeImpact, ImpactFigures } from "@bazaar/contracts"
import type { InferTypeOf } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import { ImpactSnapshot } from "./models/impact-snapshot"

type Snapshot = Omit<InferTypeOf<typeof ImpactSnapshot>, "figures" | "cooperatives"> & {
  figures: ImpactFigures
  cooperatives: Record<string, CooperativeImpact>
}

/** The marketplace's impact figures, one snapshot a day. */
class ImpactModuleService extends MedusaService<{ ImpactSnapshot: { dto: Snapshot } }>({
  ImpactSnapshot,
}) {}

export default ImpactModuleService
