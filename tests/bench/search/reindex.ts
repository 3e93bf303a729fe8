import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { writeFileSync } from "node:fs"

// Rebuilds the product index from scratch, as `npm run search:reindex` does, and writes how long the
// rebuild alone took (without Medusa's boot) to BENCH_RESULT_FILE for run.mjs.
export default async function timedReindex({ container }: ExecArgs) {
  const started = performance.now()
  await container.resolve(Modules.SEARCH).reindex({ index: "product" })
  writeFileSync(process.env.BENCH_RESULT_FILE!, JSON.stringify({ ms: performance.now() - started }))
}
