// New products being written, kept in the phone's IndexedDB through idb-keyval: a tab closed, a
// reload or a dropped connection loses nothing, photos (File objects) included.
import { createStore, del, get, set, values, type UseStore } from "idb-keyval"
import { newestDraft, type ProductDraft } from "./draft"

let store: UseStore | undefined

// opened on first use: the module is also evaluated while rendering on the server
function drafts(): UseStore {
  store ??= createStore("bazaar-portal", "product-drafts")
  return store
}

/** Whether this browser can keep drafts (IndexedDB may be off, e.g. in some private windows). */
export function canKeepDrafts(): boolean {
  return typeof indexedDB !== "undefined"
}

export async function allDrafts(): Promise<ProductDraft[]> {
  return (await values<ProductDraft>(drafts())) ?? []
}

/** The draft the new-product form opens with: the one written last, queued or not. */
export async function latestDraft(): Promise<ProductDraft | undefined> {
  return newestDraft(await allDrafts())
}

export async function getDraft(key: string): Promise<ProductDraft | undefined> {
  return await get<ProductDraft>(key, drafts())
}

export async function saveDraft(draft: ProductDraft): Promise<void> {
  await set(draft.key, draft, drafts())
}

export async function discardDraft(key: string): Promise<void> {
  await del(key, drafts())
}

/** Drafts saved without a connection, oldest first: the order she saved them in. */
export async function queuedDrafts(): Promise<ProductDraft[]> {
  return (await allDrafts())
    .filter((draft) => draft.queued)
    .sort((a, b) => (a.queued?.at ?? 0) - (b.queued?.at ?? 0))
}

/** Told to every open page of the portal when a queued draft has been sent (or handed back). */
export const DRAFT_SENT_EVENT = "portal:draft-sent"
/** Announced when the form queues a product it could not send, so the outbox tries again later. */
export const DRAFT_QUEUED_EVENT = "portal:draft-queued"
export type DraftSentDetail = { key: string; sent: boolean }
