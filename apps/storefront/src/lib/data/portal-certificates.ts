import "server-only"
import { backendFetch } from "@/lib/backend"
import type { PortalSession } from "@/lib/data/portal"
import type { PortalCertificate } from "@/lib/types/custom-routes"

/** The cooperative's certificates with their status (waiting, verified, expired), soonest to expire first. */
export async function listCertificates(session: PortalSession): Promise<PortalCertificate[]> {
  const { certifications } = await backendFetch<{ certifications: PortalCertificate[] }>(
    "/vendor/certifications",
    { token: session.token }
  )
  return certifications
}
