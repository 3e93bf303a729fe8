import { Container, Heading, Text } from "@medusajs/ui"
import { formatDate } from "../../lib/format"
import type { AdminVendorCertification } from "../../types"

type Props = { certifications: AdminVendorCertification[] }

/** The labels and certificates the cooperative declared, with who checked them. */
export function VendorCertifications({ certifications }: Props) {
  return (
    <Container>
      <Heading level="h2">Certifications</Heading>
      {certifications.length === 0 && <Text>None declared.</Text>}
      {certifications.map((certification) => (
        <Text key={certification.id}>
          {certification.label} — expires {formatDate(certification.expires_at)} — verified by{" "}
          {certification.verified_by ?? "nobody yet"}
        </Text>
      ))}
    </Container>
  )
}
