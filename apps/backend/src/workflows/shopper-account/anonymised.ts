/**
 * What a deleted account leaves on the addresses of its orders: the town, region, postcode and
 * country the cooperatives' and the centre's figures count, never who lived there or how to call her.
 */
export const ANONYMISED_ADDRESS = {
  first_name: null,
  last_name: null,
  company: null,
  address_1: null,
  address_2: null,
  phone: null,
  metadata: null,
} as const

/** The fields of an order address a deletion clears, kept by the step to put them back if it is undone. */
export const ADDRESS_PERSONAL_FIELDS = Object.keys(ANONYMISED_ADDRESS) as (keyof typeof ANONYMISED_ADDRESS)[]
