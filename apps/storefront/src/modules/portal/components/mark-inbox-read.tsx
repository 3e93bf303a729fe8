"use client"

import { useEffect } from "react"
import { markInboxRead } from "@/lib/actions/portal-inbox"

/** Opening the inbox reads it: the unread count restarts after its newest message. */
export default function MarkInboxRead({ newest }: { newest: string }) {
  useEffect(() => {
    void markInboxRead(newest)
  }, [newest])
  return null
}
