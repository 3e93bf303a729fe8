import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { formatDate } from "../../lib/format"
import type { AdminVendor } from "../../types"

const PROFILE_FIELDS = [
  ["handle", "Handle"],
  ["legal_form", "Legal form"],
  ["odco_number", "ODCO number"],
  ["ice", "ICE"],
  ["region", "Region"],
  ["province", "Province"],
  ["city", "City"],
  ["founded_year", "Founded"],
  ["members_count", "Members"],
  ["women_share", "Women (%)"],
  ["email", "Email"],
  ["phone", "Phone"],
  ["rib", "RIB"],
  ["commission_rate", "Commission when it joined (%)"],
  ["status_reason", "Last reason"],
  ["created_at", "Applied"],
] as const satisfies readonly (readonly [keyof AdminVendor, string])[]

type Props = { vendor: AdminVendor }

/** Everything the cooperative wrote when it applied, with its story in each language. */
export function VendorApplication({ vendor }: Props) {
  return (
    <Container className="grid grid-cols-1 gap-2 md:grid-cols-2">
      <Heading level="h2" className="md:col-span-2">
        Application
      </Heading>
      {PROFILE_FIELDS.map(([key, label]) => (
        <div key={key} className="flex gap-2">
          <Text weight="plus" className="w-40 shrink-0">
            {label}
          </Text>
          <Text>{key === "created_at" ? formatDate(vendor.created_at) : String(vendor[key] ?? "—")}</Text>
        </div>
      ))}
      {(["fr", "ar", "en"] as const).map((locale) => {
        const texts =
          locale === "fr"
            ? { tagline: vendor.tagline, story: vendor.story }
            : (vendor.translations?.[locale] ?? {})
        return (
          <div key={locale} className="md:col-span-2" dir={locale === "ar" ? "rtl" : "ltr"}>
            <Badge size="2xsmall">{locale}</Badge>
            {/* React escapes text: whatever a cooperative wrote is shown, never run */}
            <Text weight="plus">{texts.tagline ?? "—"}</Text>
            <Text className="whitespace-pre-line">{texts.story ?? "—"}</Text>
          </div>
        )
      })}
    </Container>
  )
}
