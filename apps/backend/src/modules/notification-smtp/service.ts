import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"
import { renderMessage } from "../../lib/messages/render-message"
import { unsubscribeHeaders } from "../../lib/messages/unsubscribe-headers"

export type SmtpNotificationOptions = {
  /** smtp://user:pass@host:587 or smtps://… (any provider: own server, Brevo, Mailgun, SES, Postmark) */
  url: string
  /** e.g. "Bazar Solidaire <bonjour@bazar.example>" */
  from: string
}

/**
 * Sends email notifications through SMTP, rendered from our templates in the recipient's language.
 * A failed send throws: Medusa's notification module then records the notification as failed, and
 * the retry job sends it again later.
 */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "notification-smtp"

  private readonly transporter_: Transporter
  private readonly from_: string
  private readonly logger_: Logger

  static validateOptions(options: Record<string, unknown>) {
    if (typeof options.url !== "string" || !options.url) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The SMTP notification provider needs `url` (SMTP_URL)"
      )
    }
    if (typeof options.from !== "string" || !options.from) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The SMTP notification provider needs `from` (EMAIL_FROM)"
      )
    }
  }

  constructor({ logger }: { logger: Logger }, options: SmtpNotificationOptions) {
    super()
    this.logger_ = logger
    this.from_ = options.from
    this.transporter_ = nodemailer.createTransport({
      url: options.url,
      // short timeouts: a hanging server must not hold the action that sent the message;
      // the retry job tries again later
      connectionTimeout: 5_000,
      greetingTimeout: 5_000,
      socketTimeout: 10_000,
    })
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const message = renderMessage(notification.template, notification.data)
    const info = await this.transporter_.sendMail({
      from: notification.from || this.from_,
      to: notification.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: unsubscribeHeaders(notification.data),
    })
    this.logger_.debug(`Sent ${notification.template} to ${notification.to} (${info.messageId})`)
    return { id: info.messageId }
  }
}
