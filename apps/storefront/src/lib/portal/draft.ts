// A new product being written is kept on the phone (IndexedDB, see draft-store.ts) and, when it is
// saved without a connection, sent later. This file is the pure part: shapes, no browser storage.
import type { FormValues } from "@/lib/forms/form"

/** A new product kept on this phone: what was typed, the photos (already shrunk), and its key. */
export type ProductDraft = {
  /** A UUID made when the draft starts, sent as `Idempotency-Key`: sending twice creates once. */
  key: string
  locale: string
  values: FormValues
  photos: File[]
  savedAt: number
  /** Set when she saved without a connection: the portal sends it as soon as it can. */
  queued?: { intent: "save" | "submit"; at: number }
}

/** What the backend accepts as an idempotency key (the same rule as `POST /vendor/products`). */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/

/** Fields of the form that are not the product's content and are never kept in a draft. */
const NOT_KEPT = new Set(["intent", "locale", "idempotency_key", "answer", "product_id"])

/** The text values of the form worth keeping (files, buttons and plumbing left out). */
export function draftValues(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !NOT_KEPT.has(name)))
}

/** The draft to show in the new-product form: the one written last. */
export function newestDraft(drafts: ProductDraft[]): ProductDraft | undefined {
  return drafts.reduce<ProductDraft | undefined>(
    (newest, draft) => (!newest || draft.savedAt > newest.savedAt ? draft : newest),
    undefined
  )
}

/** The product's name in the draft, in the page's language first, for "… was sent". */
export function draftTitle(draft: Pick<ProductDraft, "values" | "locale">): string {
  const first = (name: string) => {
    const value = draft.values[name]
    return (Array.isArray(value) ? value[0] : value)?.trim() ?? ""
  }
  return [draft.locale, "fr", "ar", "en"].map((locale) => first(`title_${locale}`)).find(Boolean) ?? ""
}

/** Replaces the photos of a form with the given files (the shrunk copies). */
export function setPhotos(formData: FormData, photos: File[]): FormData {
  formData.delete("photos")
  for (const photo of photos) {
    formData.append("photos", photo, photo.name)
  }
  return formData
}

/** The form a queued draft is sent as: the same fields the new-product form posts. */
export function draftFormData(draft: ProductDraft, intent: "save" | "submit"): FormData {
  const formData = new FormData()
  for (const [name, value] of Object.entries(draft.values)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      formData.append(name, one)
    }
  }
  formData.set("locale", draft.locale)
  formData.set("intent", intent)
  formData.set("idempotency_key", draft.key)
  formData.set("answer", "state")
  return setPhotos(formData, draft.photos)
}

/**
 * How long the outbox waits before trying a queued product again after it could not send it while
 * the browser believed it was online (no `online` event will come): 15 s, doubling, at most 5 minutes.
 */
export function outboxRetryDelay(failures: number): number {
  return Math.min(15_000 * 2 ** Math.max(0, failures), 5 * 60_000)
}

/**
 * Whether a failed call to the server means "no connection" (keep it and retry) rather than an
 * answer: the browser says it is offline, or fetch itself failed (a TypeError, per the Fetch spec).
 */
export function isNetworkFailure(error: unknown, online: boolean): boolean {
  if (!online) {
    return true
  }
  return (
    error instanceof TypeError ||
    (error instanceof Error && /network|failed to fetch|load failed/i.test(error.message))
  )
}

/**
 * The photos being shrunk, so a save waits for them: the last choice wins, and `ready()` answers the
 * shrunk files of the choice in progress (never the originals, never an older choice).
 */
export function createPhotoPreparation(initial: File[] = []) {
  let current: Promise<File[]> = Promise.resolve(initial)
  let generation = 0
  let pending = 0
  const listeners = new Set<(busy: boolean) => void>()
  const notify = () => listeners.forEach((listener) => listener(pending > 0))
  return {
    /** Starts a new choice of photos; what `ready()` answers from now on. */
    start(shrinking: Promise<File[]>, originals: File[] = []): Promise<File[]> {
      const mine = ++generation
      pending++
      notify()
      // a failed shrink sends the originals rather than nothing
      const settled = shrinking.catch(() => originals)
      current = settled
      void settled.finally(() => {
        pending--
        notify()
      })
      return settled.then((files) => (mine === generation ? files : ready()))
    },
    ready,
    busy: () => pending > 0,
    onBusyChange(listener: (busy: boolean) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  async function ready(): Promise<File[]> {
    // a newer choice may start while waiting: follow it
    for (;;) {
      const seen = generation
      const files = await current
      if (seen === generation) {
        return files
      }
    }
  }
}

export type PhotoPreparation = ReturnType<typeof createPhotoPreparation>
