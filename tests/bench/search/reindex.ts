import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { writeFileSync } from "node:fs"

type Timed = { ms: number; calls: number }
type Generator = (context: unknown) => AsyncIterable<unknown>

// The Search Module keeps its index definitions and providers in a context of its own; the bench
// reads them to say where a reindex spends its time (reading the catalogue vs writing the index).
type SearchInternals = {
  context_?: {
    indexes: Map<string, { provider: string; seed: Generator }>
    providers: { retrieve: (id: string) => Record<string, unknown> }
  }
}

/** Wraps `object[name]` (an async method) so its time adds up in `into`. */
function time(object: Record<string, unknown>, name: string, into: Timed) {
  const original = object[name] as (...args: unknown[]) => Promise<unknown>
  object[name] = async (...args: unknown[]) => {
    const started = performance.now()
    try {
      return await original.apply(object, args)
    } finally {
      into.ms += performance.now() - started
      into.calls++
    }
  }
  return () => (object[name] = original)
}

// Rebuilds the product index from scratch, as `npm run search:reindex` does, and writes how long the
// rebuild alone took (without Medusa's boot) to BENCH_RESULT_FILE for run.mjs, with the time spent
// reading documents (the index's `seed`: query.graph + transform) and writing them (the provider).
export default async function timedReindex({ container }: ExecArgs) {
  const search = container.resolve(Modules.SEARCH) as unknown as SearchInternals & {
    reindex: (input: { index: string }) => Promise<unknown>
  }
  const read: Timed = { ms: 0, calls: 0 }
  const write: Timed = { ms: 0, calls: 0 }
  const restore: (() => void)[] = []
  const definition = search.context_?.indexes.get("product")
  if (definition) {
    const seed = definition.seed
    definition.seed = async function* (context: unknown) {
      const iterator = seed(context)[Symbol.asyncIterator]()
      while (true) {
        const started = performance.now()
        const next = await iterator.next()
        read.ms += performance.now() - started
        read.calls++
        if (next.done) {
          return
        }
        yield next.value
      }
    }
    restore.push(() => (definition.seed = seed))
    const provider = search.context_!.providers.retrieve(definition.provider)
    restore.push(time(provider, "upsertDocuments", write))
  }
  const started = performance.now()
  try {
    await search.reindex({ index: "product" })
  } finally {
    restore.forEach((undo) => undo())
  }
  writeFileSync(
    process.env.BENCH_RESULT_FILE!,
    JSON.stringify({ ms: performance.now() - started, read, write })
  )
}
