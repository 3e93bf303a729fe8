import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { normalizePhone } from "@bazaar/contracts/schemas"
import { renderSms } from "../../lib/messages/render-sms"

export type TwilioSmsNotificationOptions = {
  accountSid: string
  authToken: string
  /** A sender the gateway accepts: a number in E.164, an alphanumeric sender id, or a messaging service (MG…). */
  from: string
  /** Twilio's API by default; any gateway speaking the same Messages API (or the local recorder). */
  apiUrl?: string
}

const TWILIO_API_URL = "https://api.twilio.com"

/**
 * Sends SMS through an HTTP gateway speaking Twilio's Messages API, in the recipient's language from
 * the template's short version. A refused or failed request throws: Medusa's notification module then
 * records the notification as failed, and the retry job sends it again later.
 */
export class TwilioSmsNotificationService extends AbstractNotificationProviderService {
  static identifier = "notification-sms"

  private readonly options_: TwilioSmsNotificationOptions
  private readonly logger_: Logger

  static validateOptions(options: Record<string, unknown>) {
    for (const [key, variable] of [
      ["accountSid", "TWILIO_ACCOUNT_SID"],
      ["authToken", "TWILIO_AUTH_TOKEN"],
      ["from", "SMS_FROM"],
    ]) {
      if (typeof options[key] !== "string" || !options[key]) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The SMS notification provider needs \`${key}\` (${variable})`
        )
      }
    }
  }

  constructor({ logger }: { logger: Logger }, options: TwilioSmsNotificationOptions) {
    super()
    this.logger_ = logger
    this.options_ = options
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    // numbers are checked at the form; one that slipped in before that is skipped, not retried forever
    const to = normalizePhone(notification.to)
    if (!to) {
      this.logger_.warn(
        `Not sending ${notification.template} by SMS: "${notification.to}" is not a phone number`
      )
      return {}
    }
    const body = renderSms(notification.template, notification.data)
    const { accountSid, authToken } = this.options_
    const base = (this.options_.apiUrl || TWILIO_API_URL).replace(/\/+$/, "")
    const from = notification.from || this.options_.from
    const form = new URLSearchParams({ To: to, Body: body })
    form.set(from.startsWith("MG") ? "MessagingServiceSid" : "From", from)
    const response = await fetch(
      `${base}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`,
      {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/json",
        },
        body: form,
        // a hanging gateway must not hold the action that sent the message; the retry job tries again
        signal: AbortSignal.timeout(10_000),
      }
    )
    const answer = (await response.json().catch(() => ({}))) as {
      sid?: string
      code?: number
      message?: string
    }
    if (!response.ok) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `The SMS gateway refused ${notification.template} (HTTP ${response.status}${
          answer.code ? `, code ${answer.code}` : ""
        }): ${answer.message ?? response.statusText}`
      )
    }
    this.logger_.debug(`Sent ${notification.template} by SMS (${answer.sid})`)
    return { id: answer.sid }
  }
}
