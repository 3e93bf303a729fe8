// Medusa names a payment provider `pp_<provider identifier>_<id in medusa-config>`.

/** Cash on delivery: the backend's `cod` provider, registered with id "cod". */
export const COD_PROVIDER_ID = "pp_cod_cod"

/** Cards: Medusa's Stripe provider, registered with id "stripe" when Stripe keys are set. */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
