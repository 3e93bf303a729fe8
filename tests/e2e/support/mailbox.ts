// What the marketplace sent. Emails leave through SMTP to the local mailbox the journeys start (MailDev),
// which is read over its API, as a person reads it on its page; the Notification Module's table also
// records every notification, which some journeys read for the data behind a message.
import pg from "pg"

/** The newest notification of one template sent to an address, waiting for it to be sent. */
export async function lastMessageTo(
  databaseUrl: string,
  to: string,
  template: string
): Promise<Record<string, unknown>> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      const { rows } = await client.query(
        `select data from notification where "to" = $1 and template = $2 order by created_at desc limit 1`,
        [to, template]
      )
      if (rows[0]) {
        return rows[0].data as Record<string, unknown>
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`No "${template}" message was sent to ${to}`)
  } finally {
    await client.end()
  }
}

/** An email as the local mailbox received it. */
export type Email = {
  subject: string
  text: string
  html: string
  to: { address: string }[]
  headers: Record<string, string>
}

/**
 * The emails that reached `to` and mention `marker` (in the subject or the text), waiting up to 30 s
 * for at least one: messages are sent after the action that caused them.
 */
export async function emailsTo(mailboxUrl: string, to: string, marker: string): Promise<Email[]> {
  for (let attempt = 0; attempt < 150; attempt++) {
    const response = await fetch(`${mailboxUrl}/api/email`)
    const found = ((await response.json()) as Email[]).filter(
      (email) =>
        email.to.some((recipient) => recipient.address.toLowerCase() === to.toLowerCase()) &&
        (email.subject.includes(marker) || email.text.includes(marker))
    )
    if (found.length) {
      return found
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`No email mentioning "${marker}" reached ${to}`)
}

/** The first link of an email whose address contains `path`. */
export function linkIn(email: Email, path: string): string {
  const link = email.text.match(/https?:\/\/\S+/g)?.find((url) => url.includes(path))
  if (!link) {
    throw new Error(`The email "${email.subject}" has no link to ${path}`)
  }
  return link
}

/** An SMS as the local gateway (the stand-in of Twilio's API) received it. */
export type Sms = { to: string; from: string; body: string }

/** The SMS sent to a phone (E.164) that contain `marker`, waiting up to 30 s for at least one. */
export async function smsTo(smsUrl: string, phone: string, marker: string): Promise<Sms[]> {
  for (let attempt = 0; attempt < 150; attempt++) {
    const response = await fetch(`${smsUrl}/api/messages`)
    const found = ((await response.json()) as Sms[]).filter(
      (sms) => sms.to === phone && sms.body.includes(marker)
    )
    if (found.length) {
      return found
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`No SMS mentioning "${marker}" reached ${phone}`)
}
