import { z } from "@medusajs/framework/zod"
import { isPipelinePhotoUrl } from "../../lib/images/photo-names"

/**
 * A certificate as a member or staff declare it: what it is (ONSSA, organic, IGP, fair trade…), its
 * number, when it expires, and a photo of it taken with the portal's photo upload.
 */
export const CertificationBody = z
  .object({
    label: z.string().trim().min(2, "Say which certificate it is (ONSSA, Bio, IGP…)").max(120),
    number: z.string().trim().min(1).max(80).optional(),
    expires_at: z
      .string()
      .refine(
        (text) => !Number.isNaN(Date.parse(text)),
        "Give the expiry date printed on the certificate, as YYYY-MM-DD"
      )
      .transform((text) => new Date(text))
      .refine((date) => date.getTime() > Date.now(), "This certificate has already expired"),
    document_url: z
      .string()
      .refine(isPipelinePhotoUrl, "Send a photo of the certificate uploaded to /vendor/uploads")
      .optional(),
  })
  .strict()
export type CertificationBodyType = z.infer<typeof CertificationBody>

/** Staff may add a certificate they have checked on paper: `verified` records them as its checker. */
export const AdminCertificationBody = CertificationBody.extend({ verified: z.boolean().optional() }).strict()
export type AdminCertificationBodyType = z.infer<typeof AdminCertificationBody>
