import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { latestImpact } from "../../../lib/impact/latest-impact"

/** The marketplace's impact figures as computed this morning (docs/impact.md). */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const { figures } = await latestImpact(req.scope)
  res.json({ impact: figures })
}
