import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import VendorModule from "../modules/vendor"

// Each vendor ships from its own place: products it creates are stocked there.
export default defineLink(VendorModule.linkable.vendor, {
  linkable: StockLocationModule.linkable.stockLocation,
  isList: true,
})
