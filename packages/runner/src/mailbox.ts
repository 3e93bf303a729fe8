import { MailDev } from "maildev"
import { assertPortFree } from "./ports.js"

export type LocalMailboxOptions = {
  smtpPort: number
  webPort: number
  /** Where messages are kept between starts; in memory when not given. */
  mailDirectory?: string
}

export type LocalMailbox = {
  /** What the backend's SMTP_URL points at. */
  smtpUrl: string
  /** The page that shows every message sent (and `GET <webUrl>/api/email` for tests). */
  webUrl: string
  stop: () => Promise<void>
}

/**
 * A real SMTP server with a page to read what arrived (MailDev), so a fresh clone sees every message
 * the marketplace sends without an email provider. Only local addresses can reach it.
 */
export async function startLocalMailbox(options: LocalMailboxOptions): Promise<LocalMailbox> {
  await assertPortFree(options.smtpPort, "local mailbox SMTP; or set SMTP_URL", "MAILBOX_SMTP_PORT")
  await assertPortFree(options.webPort, "local mailbox page", "MAILBOX_PORT")
  const maildev = new MailDev({
    smtp: options.smtpPort,
    ip: "127.0.0.1",
    web: options.webPort,
    webIp: "127.0.0.1",
    mailDirectory: options.mailDirectory,
    maxEmails: 500,
    silent: true,
    mcp: false,
  })
  await maildev.start()
  return {
    smtpUrl: `smtp://127.0.0.1:${options.smtpPort}`,
    webUrl: `http://localhost:${options.webPort}`,
    stop: () => maildev.stop(),
  }
}
