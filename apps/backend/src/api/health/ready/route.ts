import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkReadiness } from "../../../lib/health/readiness"

/**
 * Readiness, for load balancers and orchestrators: 200 when this server can take requests, 503 with
 * what is down otherwise (database, Redis, migrations running, shutting down). `/health` (Medusa's)
 * stays the liveness check: it answers as long as the process runs.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { ready, checks } = await checkReadiness(req.scope)
  res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable", checks })
}
