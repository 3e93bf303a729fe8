export type Answer = { status: number; data: any; servedBy: string | null }

/** One JSON request; never throws on an HTTP status, only when nothing answers. */
export async function call(
  baseUrl: string,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {}
): Promise<Answer> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { "content-type": "application/json", ...options.headers },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
  })
  const text = await response.text()
  let data: any = text
  try {
    data = JSON.parse(text)
  } catch {
    // not JSON (e.g. a proxy's or a crashed server's answer): kept as text
  }
  return { status: response.status, data, servedBy: response.headers.get("x-served-by") }
}

/** Polls `probe` until it returns a value, or fails with `what` after `timeoutMs`. */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 30_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const value = await probe()
      if (value) {
        return value
      }
    } catch (error) {
      last = error
    }
    if (Date.now() > deadline) {
      throw new Error(`${what}: not within ${timeoutMs} ms${last ? ` (${(last as Error).message})` : ""}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
