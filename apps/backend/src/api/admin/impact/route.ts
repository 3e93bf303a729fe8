import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { latestImpact } from "../../../lib/impact/latest-impact"
import { computeImpactFiguresWorkflow } from "../../../workflows/impact/workflows/compute-impact-figures"

/** The impact figures the shop shows now. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { figures } = await latestImpact(req.scope)
  res.json({ impact: figures })
}

/** Sums the figures again now, instead of waiting for the morning, and has the shop show them. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await computeImpactFiguresWorkflow(req.scope).run({ input: {} })
  res.json({ impact: result.figures })
}
