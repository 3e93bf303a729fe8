import { LEGAL_FORMS } from "@bazaar/contracts"
import { model } from "@medusajs/framework/utils"
import { VendorCertification } from "./vendor-certification"
import { VendorCommissionRate } from "./vendor-commission-rate"
import { VendorDecision } from "./vendor-decision"
import { VendorInvite } from "./vendor-invite"
import { VendorMember } from "./vendor-member"

// one list with the application schema the portal checks its form with
export const VENDOR_LEGAL_FORMS = LEGAL_FORMS
export const VENDOR_STATUSES = ["pending", "approved", "suspended", "rejected"] as const

/**
 * A cooperative, micro-entrepreneur, association or small business selling on the bazaar.
 * Texts shown to shoppers are written in French and translated (Translation Module) to ar/en.
 */
export const Vendor = model
  .define("vendor", {
    id: model.id({ prefix: "vend" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    legal_form: model.enum([...VENDOR_LEGAL_FORMS]).default("cooperative"),
    // ODCO: Office du Développement de la Coopération; ICE: Identifiant Commun de l'Entreprise
    odco_number: model.text().nullable(),
    ice: model.text().nullable(),
    region: model.text().searchable().index("IDX_vendor_region"),
    province: model.text().nullable(),
    city: model.text().searchable(),
    founded_year: model.number().nullable(),
    members_count: model.number().nullable(),
    women_share: model.number().nullable(),
    tagline: model.text().translatable().nullable(),
    story: model.text().translatable().nullable(),
    logo_url: model.text().nullable(),
    photos: model.json().nullable(),
    // the cooperative chose to show its own impact figures on its page (docs/impact.md)
    show_impact: model.boolean().default(false),
    email: model.text().nullable(),
    phone: model.text().nullable(),
    // Payout details: the centre pays cooperatives itself (no Stripe Connect in Morocco)
    rib: model.text().nullable(),
    bank_name: model.text().nullable(),
    account_holder: model.text().nullable(),
    // the rate before any history: orders use the rate in force when placed (commission_rates)
    commission_rate: model.bigNumber().default(10),
    status: model
      .enum([...VENDOR_STATUSES])
      .default("pending")
      .index("IDX_vendor_status"),
    status_reason: model.text().nullable(),
    status_decided_by: model.text().nullable(),
    status_decided_at: model.dateTime().nullable(),
    certifications: model.hasMany(() => VendorCertification, { mappedBy: "vendor" }),
    members: model.hasMany(() => VendorMember, { mappedBy: "vendor" }),
    decisions: model.hasMany(() => VendorDecision, { mappedBy: "vendor" }),
    invites: model.hasMany(() => VendorInvite, { mappedBy: "vendor" }),
    commission_rates: model.hasMany(() => VendorCommissionRate, { mappedBy: "vendor" }),
  })
  .cascades({ delete: ["certifications", "members", "decisions", "invites", "commission_rates"] })
