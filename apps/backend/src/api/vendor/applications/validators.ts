// the application is shared with the portal, which checks its form against the same schema
export {
  VendorCreateApplication,
  vendorProfileShape,
  type VendorCreateApplicationType,
} from "@bazaar/contracts/schemas"
