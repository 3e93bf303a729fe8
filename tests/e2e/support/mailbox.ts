// What the marketplace sent a shopper. Notifications go to the backend's log and the Notification
// Module's table here (no email provider runs in CI), so the journeys read them from the database.
import pg from "pg"

/** The newest message of one template sent to an address, waiting for it to be sent. */
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
