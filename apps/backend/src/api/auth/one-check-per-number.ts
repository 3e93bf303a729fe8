import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { normalizePhone } from "@bazaar/contracts/schemas"

/**
 * Runs the checks of one phone number's sign-in codes one at a time. The phone-otp provider reads
 * the code's state and writes it back spent (or with one more wrong try); two requests with the
 * same right code at the same instant would otherwise both read it unspent and both sign in, and
 * parallel wrong guesses would each count as the first. The Locking Module's lock holds across the
 * servers of a cluster; it is released when the answer has been sent.
 */
export async function oneCheckPerNumber(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const phone = (req.body as { phone?: unknown } | undefined)?.phone
  const number = typeof phone === "string" ? normalizePhone(phone) : null
  if (!number) {
    return next()
  }
  const locking = req.scope.resolve(Modules.LOCKING)
  await locking.execute(
    `phone-sign-in:${number}`,
    () =>
      new Promise<void>((resolve) => {
        res.once("finish", resolve)
        res.once("close", resolve)
        next()
      }),
    { timeout: 15 }
  )
}
