export type ShippingOptionOwnerCandidate = {
  id: string
  /** the shipping profiles of this cooperative's products in the cart or order */
  shipping_profile_ids: string[]
  /** this cooperative's stock locations */
  location_ids: string[]
}

/** Which cooperative in the cart or order ships a shipping option; null when none or unclear. */
export function vendorOfShippingOption(
  option: { shipping_profile_id: string | null; location_id: string | null },
  candidates: ShippingOptionOwnerCandidate[]
): string | null {
  const { shipping_profile_id: profileId, location_id: locationId } = option
  // an option ships only items of its profile (Medusa), and set-up gives each cooperative its own profile
  const byProfile = profileId
    ? candidates.filter((candidate) => candidate.shipping_profile_ids.includes(profileId))
    : []
  if (byProfile.length === 1) {
    return byProfile[0].id
  }
  // a profile several share (the store's default one): each cooperative ships from its own stock location
  const byLocation = locationId
    ? byProfile.filter((candidate) => candidate.location_ids.includes(locationId))
    : []
  return byLocation.length === 1 ? byLocation[0].id : null
}
