"use client"

import { useEffect, useRef, useState, type ComponentProps } from "react"
import type { FormValues } from "@/lib/forms/form"
import type { ProductDraft } from "@/lib/portal/draft"
import {
  canKeepDrafts,
  discardDraft,
  DRAFT_SENT_EVENT,
  latestDraft,
  type DraftSentDetail,
} from "@/lib/portal/draft-store"
import ProductForm from "./product-form"

type Props = Omit<ComponentProps<typeof ProductForm>, "draft">

type Shown = { key: string; values: FormValues; draft?: ProductDraft }

/**
 * The new-product form with its draft kept on the phone: it opens on the product she was writing
 * (after a closed tab, a reload, a lost connection), and starts afresh once that one is sent.
 */
export default function ProductDraftForm(props: Props) {
  const [shown, setShown] = useState<Shown | null>(null)
  const shownKey = useRef<string | null>(null)

  const { initialValues } = props

  useEffect(() => {
    if (!canKeepDrafts()) {
      return
    }
    let cancelled = false
    const show = (next: Shown) => {
      if (!cancelled) {
        shownKey.current = next.key
        setShown(next)
      }
    }
    const showLatest = () =>
      latestDraft()
        .then((draft) =>
          show(
            draft
              ? { key: draft.key, values: draft.values, draft }
              : { key: crypto.randomUUID(), values: initialValues }
          )
        )
        .catch(() => show({ key: crypto.randomUUID(), values: initialValues }))
    void showLatest()
    // the queue (product-outbox.tsx) sent the draft shown here: open the next one, or a blank form
    const onSent = (event: Event) => {
      if ((event as CustomEvent<DraftSentDetail>).detail.key === shownKey.current) {
        void showLatest()
      }
    }
    window.addEventListener(DRAFT_SENT_EVENT, onSent)
    return () => {
      cancelled = true
      window.removeEventListener(DRAFT_SENT_EVENT, onSent)
    }
  }, [initialValues])

  if (!shown) {
    // before IndexedDB answers (a few ms), or without it: the plain form
    return <ProductForm key="plain" {...props} />
  }
  return (
    <ProductForm
      key={shown.key}
      {...props}
      initialValues={shown.values}
      draft={{
        key: shown.key,
        photos: shown.draft?.photos,
        queued: shown.draft?.queued?.intent,
        restored: Boolean(shown.draft),
        onDiscard: () => {
          const key = crypto.randomUUID()
          shownKey.current = key
          void discardDraft(shown.key).finally(() => setShown({ key, values: initialValues }))
        },
      }}
    />
  )
}
