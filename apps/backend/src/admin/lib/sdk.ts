import Medusa from "@medusajs/js-sdk"

// the Admin's `backendUrl` from medusa-config ("/" when the backend serves the Admin), as the dashboard uses
declare const __BACKEND_URL__: string | undefined

/** The one client of the Admin extensions: the staff session cookie goes with every request. */
export const sdk = new Medusa({
  baseUrl: __BACKEND_URL__ || "/",
  auth: { type: "session" },
})
