import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import VendorModule from "../modules/vendor"

// Each cooperative ships its products under its own shipping profile, so a cart across cooperatives
// holds one shipping method per cooperative (Medusa keeps one method per profile).
export default defineLink(VendorModule.linkable.vendor, FulfillmentModule.linkable.shippingProfile)
