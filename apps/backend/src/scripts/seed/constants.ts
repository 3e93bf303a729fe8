/** Locales other than French (the base language of every text) that the demo data translates to. */
export const TRANSLATED_LOCALES = ["ar", "en"] as const

export const EUROPE_COUNTRIES = ["fr", "be", "es", "it", "de", "nl", "gb", "ch", "pt", "lu"]

/** Store metadata key recording when the demo data finished loading. */
export const SEEDED_AT_KEY = "demo_data_loaded_at"

/** Store metadata key recording when the portal's demo members and application were loaded (once). */
export const DEMO_PORTAL_SEEDED_AT_KEY = "demo_portal_loaded_at"

/** Store metadata key recording when the demo bazaar events were loaded (once). */
export const DEMO_EVENTS_SEEDED_AT_KEY = "demo_events_loaded_at"

/** Store metadata key recording when a deployment's store, regions, key and categories were set up. */
export const SET_UP_AT_KEY = "marketplace_set_up_at"

export const STOREFRONT_KEY_TITLE = "Bazar Solidaire storefront"

/** Demo logins printed by `npm start` (which reads the same file); for local use only. */
export { default as DEMO_ACCOUNTS } from "./demo-logins.json"
