import { spawn, type ChildProcess } from "node:child_process"
import { createWriteStream, mkdirSync, readFileSync } from "node:fs"
import { dirname } from "node:path"
import { StartupError } from "./errors.js"

export type ServiceProcess = {
  name: string
  logFile: string
  child: ChildProcess
  isAlive: () => boolean
  /** Sends SIGTERM to the whole group at once, without waiting. */
  terminate: () => void
  stop: () => Promise<void>
}

type SpawnOptions = { cwd: string; env: NodeJS.ProcessEnv; logFile: string }

/**
 * Starts a long-running service in its own process group, so that stopping it also stops the
 * children it forks (`medusa start` and `next start` both do), logging to a file.
 */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions
): ServiceProcess {
  mkdirSync(dirname(options.logFile), { recursive: true })
  const log = createWriteStream(options.logFile, { flags: "a" })
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
  let exited = false
  const exitedPromise = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  child.once("exit", () => {
    exited = true
  })

  return {
    name,
    logFile: options.logFile,
    child,
    isAlive: () => !exited,
    terminate() {
      if (!exited && child.pid !== undefined) {
        signalGroup(child.pid, "SIGTERM")
      }
    },
    async stop() {
      if (exited || child.pid === undefined) {
        return
      }
      signalGroup(child.pid, "SIGTERM")
      const stopped = await Promise.race([exitedPromise.then(() => true), delay(10_000).then(() => false)])
      if (!stopped) {
        signalGroup(child.pid, "SIGKILL")
        await exitedPromise
      }
      // children of the group may outlive the leader for a moment
      signalGroup(child.pid, "SIGKILL")
    },
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal)
  } catch {
    // the group is already gone
  }
}

function delay(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Runs a command to completion; on failure, throws with the tail of its output. */
export function runCommand(
  description: string,
  command: string,
  args: string[],
  options: SpawnOptions & { hint: string }
): Promise<void> {
  mkdirSync(dirname(options.logFile), { recursive: true })
  const log = createWriteStream(options.logFile, { flags: "a" })
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
    })
    child.stdout.pipe(log, { end: false })
    child.stderr.pipe(log, { end: false })
    child.once("error", (error) =>
      reject(new StartupError(`${description} could not start: ${error.message}`, options.hint))
    )
    child.once("exit", (code) => {
      log.end(() => {
        if (code === 0) {
          resolve()
        } else {
          reject(
            new StartupError(
              `${description} failed (exit code ${code}). Last lines of ${options.logFile}:\n${tail(options.logFile, 15)}`,
              options.hint
            )
          )
        }
      })
    })
  })
}

export function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, "utf8")
      .trimEnd()
      .split("\n")
      .slice(-lines)
      .map((line) => `    ${line}`)
      .join("\n")
  } catch {
    return "    (no log)"
  }
}
