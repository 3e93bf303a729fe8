"use server"

import { cookies } from "next/headers"
import { env } from "@/lib/config"
import { INBOX_SEEN_COOKIE, parseSeenAt } from "@/lib/portal/inbox"

/** Marks the inbox read up to its newest message: the unread count starts after it. */
export async function markInboxRead(newest: string): Promise<void> {
  const seenAt = parseSeenAt(newest)
  if (!seenAt) {
    return
  }
  ;(await cookies()).set(INBOX_SEEN_COOKIE, seenAt, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.storefrontUrl.startsWith("https:"),
    path: "/",
    maxAge: 365 * 24 * 3600,
  })
}
