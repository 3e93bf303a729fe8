import { inject } from "vitest"
import { expectOk } from "./shop"
import { call } from "./http"

// the demo data's logins (apps/backend/src/scripts/seed/demo-logins.json)
export const STAFF = { email: "staff@bazar-solidaire.ma", password: "bazar-staff-2026" }
export const MEMBER_TIFAWIN = {
  email: "fatima@tifawin-argan.ma",
  password: "bazar-membre-2026",
  vendor: "tifawin-argan",
}

/** A bearer token for an actor (`user` for staff, `vendor` for cooperative members). */
export async function signIn(actor: "user" | "vendor", login: { email: string; password: string }) {
  const { data } = await expectOk(
    call(inject("backendUrl"), "POST", `/auth/${actor}/emailpass`, {
      body: { email: login.email, password: login.password },
    })
  )
  return { authorization: `Bearer ${data.token}` }
}
