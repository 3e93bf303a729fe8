import { readFileSync } from "node:fs"
import { join } from "node:path"
import { inject } from "vitest"

const PROCESSES = ["server-1", "server-2", "worker"] as const

/** How many lines of each backend process's log contain `text`. */
export function linesInLogs(text: string): Record<(typeof PROCESSES)[number], number> {
  const counts = {} as Record<(typeof PROCESSES)[number], number>
  for (const name of PROCESSES) {
    let log = ""
    try {
      log = readFileSync(join(inject("logDir"), `backend-${name}.log`), "utf8")
    } catch {
      // not started (yet)
    }
    counts[name] = log.split("\n").filter((line) => line.includes(text)).length
  }
  return counts
}
