import { setTimeout as sleep } from "node:timers/promises"

/** Polls a URL until it answers with a status below 500, or gives up after `timeoutMs`. */
export async function waitForHttp(
  url: string,
  { timeoutMs, isAlive }: { timeoutMs: number; isAlive?: () => boolean }
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (isAlive && !isAlive()) {
      return false
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      if (response.status < 500) {
        return true
      }
    } catch {
      // not listening yet
    }
    await sleep(500)
  }
  return false
}
