"use client"

import Link from "next/link"
import { useEffect, useState } from "react"
import { saveProduct } from "@/lib/actions/portal-products"
import { format } from "@/lib/i18n/format"
import {
  draftFormData,
  draftTitle,
  draftValues,
  isNetworkFailure,
  outboxRetryDelay,
  type ProductDraft,
} from "@/lib/portal/draft"
import {
  canKeepDrafts,
  discardDraft,
  DRAFT_QUEUED_EVENT,
  DRAFT_SENT_EVENT,
  queuedDrafts,
  saveDraft,
  type DraftSentDetail,
} from "@/lib/portal/draft-store"
import type { PortalMessages } from "@/lib/portal/messages"

type Props = {
  m: PortalMessages["offline"]
  /** Where a draft handed back is finished: the new-product page. */
  newProductHref: string
}

type Outcome = { kind: "sending" } | { kind: "sent"; title: string } | { kind: "handedBack" }

// one sending at a time per page: the `online` event and a visit can arrive together
let flushing: Promise<void> | null = null

/** Sends one queued draft; answers how it went, or null when the connection is still missing. */
async function send(draft: ProductDraft): Promise<Outcome | null> {
  try {
    const answer = await saveProduct({}, draftFormData(draft, draft.queued?.intent ?? "save"))
    if (answer.redirectTo && !answer.error) {
      await discardDraft(draft.key)
      return { kind: "sent", title: draftTitle(draft) }
    }
    if (answer.error === "sessionExpired" || !answer.fieldErrors) {
      // signed out, or the server could not save it now: keep it for the next try
      return null
    }
    // something to fix: back to a draft she finishes in the form (its uploaded photos come back as urls)
    await saveDraft({
      ...draft,
      values: draftValues({ ...draft.values, ...answer.values }),
      photos: answer.values?.images ? [] : draft.photos,
      queued: undefined,
      savedAt: Date.now(),
    })
    return { kind: "handedBack" }
  } catch (error) {
    if (isNetworkFailure(error, navigator.onLine)) {
      return null
    }
    throw error
  }
}

/**
 * Sends the products saved on this phone without a connection, on every portal page: when the
 * connection comes back (`online`), at each visit, when the page is seen again, and later again
 * (`outboxRetryDelay`) after a failure the browser did not see as a lost connection. Each carries its draft's idempotency key, so
 * one sent twice (two tabs, a retry after a lost answer) is created once.
 */
export default function ProductOutbox({ m, newProductHref }: Props) {
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  useEffect(() => {
    if (!canKeepDrafts()) {
      return
    }
    // A request can fail while the browser still believes it is online (a dead mobile connection,
    // a captive portal): no `online` event follows, so what is left queued is tried again later,
    // waiting longer each time, and whenever the page comes back to the screen.
    let retry: ReturnType<typeof setTimeout> | undefined
    let failures = 0
    const retryLater = () => {
      clearTimeout(retry)
      retry = setTimeout(flush, outboxRetryDelay(failures++))
    }
    const flush = () => {
      if (!navigator.onLine || flushing) {
        return
      }
      clearTimeout(retry)
      flushing = (async () => {
        for (const draft of await queuedDrafts()) {
          setOutcome({ kind: "sending" })
          const result = await send(draft)
          setOutcome(result)
          if (!result) {
            retryLater()
            return
          }
          failures = 0
          window.dispatchEvent(
            new CustomEvent<DraftSentDetail>(DRAFT_SENT_EVENT, {
              detail: { key: draft.key, sent: result.kind === "sent" },
            })
          )
        }
      })()
        .catch(() => setOutcome(null))
        .finally(() => {
          flushing = null
        })
    }
    const whenSeen = () => {
      if (document.visibilityState === "visible") {
        flush()
      }
    }
    flush()
    window.addEventListener("online", flush)
    window.addEventListener(DRAFT_QUEUED_EVENT, retryLater)
    document.addEventListener("visibilitychange", whenSeen)
    return () => {
      clearTimeout(retry)
      window.removeEventListener("online", flush)
      window.removeEventListener(DRAFT_QUEUED_EVENT, retryLater)
      document.removeEventListener("visibilitychange", whenSeen)
    }
  }, [])

  if (!outcome) {
    return null
  }
  if (outcome.kind === "handedBack") {
    return (
      <div className="alert alert--info portal-outbox" role="status" data-testid="outbox-handed-back">
        <p>{m.handedBack}</p>
        <p>
          <Link href={newProductHref}>{m.openDraft}</Link>
        </p>
      </div>
    )
  }
  return (
    <p
      className={`alert ${outcome.kind === "sent" ? "alert--ok" : "alert--info"} portal-outbox`}
      role="status"
      data-testid={`outbox-${outcome.kind}`}
    >
      {outcome.kind === "sending"
        ? m.sending
        : outcome.title
          ? format(m.sent, { title: outcome.title })
          : m.sentUntitled}
    </p>
  )
}
