import type { CooperativeImpact, ImpactFigures } from "@bazaar/contracts"
import type { MedusaContainer } from "@medusajs/framework/types"
import { IMPACT_MODULE } from "../../modules/impact"
import type ImpactModuleService from "../../modules/impact/service"
import { computeImpactFiguresWorkflow } from "../../workflows/impact/workflows/compute-impact-figures"

export type LatestImpact = {
  figures: ImpactFigures
  cooperatives: Record<string, CooperativeImpact>
}

/**
 * The latest day's figures. A marketplace that never computed them (its first start, before the
 * morning job) computes them now, once.
 */
export async function latestImpact(container: MedusaContainer): Promise<LatestImpact> {
  const service: ImpactModuleService = container.resolve(IMPACT_MODULE)
  const [snapshot] = await service.listImpactSnapshots({}, { order: { day: "DESC" }, take: 1 })
  if (snapshot) {
    return { figures: snapshot.figures, cooperatives: snapshot.cooperatives }
  }
  const { result } = await computeImpactFiguresWorkflow(container).run({ input: {} })
  return result
}
