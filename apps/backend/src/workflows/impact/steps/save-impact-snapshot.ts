import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"
import type { ImpactSummary } from "../impact-figures"

export const saveImpactSnapshotStepId = "save-impact-snapshot"

type Saved = {
  id: string
  previous: (Pick<ImpactSummary, "figures" | "cooperatives"> & { computed_at: Date }) | null
}

/**
 * Writes the day's snapshot, replacing one computed earlier that day. Undone by putting the earlier
 * figures back, or by deleting a snapshot it created.
 */
export const saveImpactSnapshotStep = createStep(
  saveImpactSnapshotStepId,
  async ({ day, summary }: { day: string; summary: ImpactSummary }, { container }) => {
    const service: ImpactModuleService = container.resolve(IMPACT_MODULE)
    const values = {
      computed_at: new Date(summary.figures.computed_at),
      figures: summary.figures,
      cooperatives: summary.cooperatives,
    }
    const [existing] = await service.listImpactSnapshots({ day }, { take: 1 })
    if (existing) {
      await service.updateImpactSnapshots({ id: existing.id, ...values })
      const previous = {
        computed_at: new Date(existing.computed_at),
        figures: existing.figures,
        cooperatives: existing.cooperatives,
      }
      return new StepResponse(existing.id, { id: existing.id, previous } as Saved)
    }
    const created = await service.createImpactSnapshots({ day, ...values })
    return new StepResponse(created.id, { id: created.id, previous: null } as Saved)
  },
  async (saved, { container }) => {
    if (!saved) {
      return
    }
    const service: ImpactModuleService = container.resolve(IMPACT_MODULE)
    if (saved.previous) {
      await service.updateImpactSnapshots({ id: saved.id, ...saved.previous })
    } else {
      await service.deleteImpactSnapshots(saved.id)
    }
  }
)
