// Stand sales recorded without a connection, kept in the phone's IndexedDB (idb-keyval, as product
// drafts) until the backend has them. Its own database: idb-keyval opens one store per database.
import { createStore, del, set, values, type UseStore } from "idb-keyval"
import type { StandSaleDraft } from "./stand-sale"

let store: UseStore | undefined

// opened on first use: the module is also evaluated while rendering on the server
function sales(): UseStore {
  store ??= createStore("bazaar-portal-stand", "stand-sales")
  return store
}

export function canQueueSales(): boolean {
  return typeof indexedDB !== "undefined"
}

export async function queueSale(draft: StandSaleDraft): Promise<void> {
  await set(draft.key, draft, sales())
}

export async function dropSale(key: string): Promise<void> {
  await del(key, sales())
}

/** Sales waiting to be sent, oldest first: the order she recorded them in. */
export async function queuedSales(): Promise<StandSaleDraft[]> {
  return ((await values<StandSaleDraft>(sales())) ?? []).sort((a, b) => a.at - b.at)
}
