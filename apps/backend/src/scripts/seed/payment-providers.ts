import { COD_PROVIDER_ID } from "../../modules/cod"

/** Payment providers the storefront offers in both regions: cash on delivery, and cards when Stripe is configured. */
export function storefrontPaymentProviders(): string[] {
  return [COD_PROVIDER_ID, ...(process.env.STRIPE_API_KEY ? ["pp_stripe_stripe"] : [])]
}
