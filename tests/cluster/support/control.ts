import { inject } from "vitest"

/** Acts on the cluster's processes (see control-server.ts): signal, wait for exit, start, restart Redis. */
export async function control(path: string): Promise<void> {
  const response = await fetch(`${inject("controlUrl")}${path}`, {
    method: "POST",
    signal: AbortSignal.timeout(240_000),
  })
  if (!response.ok) {
    throw new Error(`control ${path}: ${response.status} ${await response.text()}`)
  }
}

export const kill = (name: string, signal: NodeJS.Signals = "SIGKILL") =>
  control(`/processes/${name}/signal/${signal}`)
export const exited = (name: string) => control(`/processes/${name}/exited`)
export const start = (name: string) => control(`/processes/${name}/start`)
