import { spawn, spawnSync } from "node:child_process"
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { basename, dirname, join, resolve } from "node:path"
import pg from "pg"
import { StartupError } from "./errors.js"

export type BackupManifest = {
  format: "bazaar-backup/1"
  created_at: string
  /** `physical`: a base backup of the embedded cluster's files; `logical`: a pg_dump of a DATABASE_URL database. */
  kind: "physical" | "logical"
  database: string
  server_version: string
  uploads: boolean
}

export type BackupOptions = {
  databaseUrl: string
  /** The embedded cluster's data folder: given, the backup is physical (no pg_dump of its version ships with it). */
  embeddedDataDir?: string
  /** Uploaded files (product photos); absent or empty is fine. */
  uploadDir?: string
  /** A folder (the archive gets a dated name) or a file name ending in .tar.gz. */
  out: string
  now?: Date
}

// what PostgreSQL rebuilds itself and a base backup leaves out (folders kept empty), per its docs
const SKIPPED_FILES = new Set(["postmaster.pid", "postmaster.opts", "pg_internal.init"])
const EMPTIED_DIRS = new Set([
  "pg_wal",
  "pg_replslot",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_stat_tmp",
  "pg_subtrans",
])

function keepInBaseBackup(relative: string): boolean {
  const name = relative.split("/").at(-1)!
  if (SKIPPED_FILES.has(name) || name.startsWith("pgsql_tmp")) {
    return false
  }
  return relative.includes("/") || !EMPTIED_DIRS.has(name)
}

/**
 * Writes one dated archive: the database (consistent as of one moment) and the uploaded files.
 * Embedded PostgreSQL: a base backup through `pg_backup_start`/`pg_backup_stop` (the files, then the
 * WAL written meanwhile), restorable into a fresh embedded cluster. DATABASE_URL: `pg_dump` in
 * custom format, restorable into any PostgreSQL of that version or newer.
 */
export async function backup(options: BackupOptions): Promise<{ file: string; manifest: BackupManifest }> {
  const now = options.now ?? new Date()
  const stamp = now.toISOString().replace(/[:.]/g, "-")
  const file = options.out.endsWith(".tar.gz")
    ? resolve(options.out)
    : join(resolve(options.out), `bazaar-backup-${stamp}.tar.gz`)
  mkdirSync(dirname(file), { recursive: true })
  const staging = mkdtempSync(join(dirname(file), ".backup-"))
  try {
    const client = new pg.Client({ connectionString: options.databaseUrl })
    await client.connect()
    let serverVersion: string
    try {
      serverVersion = (await client.query("show server_version")).rows[0].server_version as string
      if (options.embeddedDataDir) {
        await baseBackup(client, options.embeddedDataDir, join(staging, "postgres"))
      }
    } finally {
      await client.end()
    }
    if (!options.embeddedDataDir) {
      await run(
        "pg_dump",
        ["--format=custom", "--no-owner", "--file", join(staging, "database.dump"), options.databaseUrl],
        {
          missing:
            "Install PostgreSQL's client tools of the server's version or newer (`apt-get install postgresql-client`).",
        }
      )
    }
    const uploads = !!options.uploadDir && existsSync(options.uploadDir)
    if (uploads) {
      copyTree(options.uploadDir!, join(staging, "uploads"), () => true)
    }
    const manifest: BackupManifest = {
      format: "bazaar-backup/1",
      created_at: now.toISOString(),
      kind: options.embeddedDataDir ? "physical" : "logical",
      database: decodeURIComponent(new URL(options.databaseUrl).pathname.slice(1)),
      server_version: serverVersion,
      uploads,
    }
    writeFileSync(join(staging, "manifest.json"), JSON.stringify(manifest, null, 2))
    await run("tar", ["-czf", file, "-C", staging, "."], { missing: "Install tar." })
    return { file, manifest }
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

/** A non-exclusive low-level base backup (PostgreSQL 15+): consistent once its WAL is replayed. */
async function baseBackup(client: pg.Client, dataDir: string, target: string) {
  await client.query("select pg_backup_start($1, true)", [`bazaar ${new Date().toISOString()}`])
  let label: { labelfile: string; spcmapfile: string | null }
  try {
    copyTree(dataDir, target, keepInBaseBackup)
  } finally {
    label = (await client.query("select labelfile, spcmapfile from pg_backup_stop(false)")).rows[0]
  }
  writeFileSync(join(target, "backup_label"), label.labelfile)
  if (label.spcmapfile) {
    writeFileSync(join(target, "tablespace_map"), label.spcmapfile)
  }
  // the WAL from the backup's start to its end (and a little after): recovery replays it
  copyTree(
    join(dataDir, "pg_wal"),
    join(target, "pg_wal"),
    (relative) => !relative.startsWith("archive_status/")
  )
  for (const dir of EMPTIED_DIRS) {
    mkdirSync(join(target, dir), { recursive: true })
  }
  mkdirSync(join(target, "pg_wal", "archive_status"), { recursive: true })
}

export type RestoreOptions = {
  file: string
  /** Where a physical backup's cluster goes (the embedded data folder, e.g. .data/postgres). */
  embeddedDataDir?: string
  /** Where a logical backup is restored (its database is created if missing). */
  databaseUrl?: string
  uploadDir?: string
  /** Replace a database or data folder that already holds data (the old data folder is kept aside). */
  force?: boolean
}

/** Restores an archive written by `backup` into a fresh database (or data folder), then its uploads. */
export async function restore(options: RestoreOptions): Promise<BackupManifest> {
  const file = resolve(options.file)
  if (!existsSync(file)) {
    throw new StartupError(`No backup at ${file}.`, "Give the path of a bazaar-backup-….tar.gz file.")
  }
  // beside the target, so that the restored folder is moved into place, not copied
  const stagingParent = dirname(options.embeddedDataDir ?? file)
  mkdirSync(stagingParent, { recursive: true })
  const staging = mkdtempSync(join(stagingParent, ".restore-"))
  try {
    await run("tar", ["-xzf", file, "-C", staging], { missing: "Install tar." })
    const manifestFile = join(staging, "manifest.json")
    const manifest = existsSync(manifestFile)
      ? (JSON.parse(readFileSync(manifestFile, "utf8")) as BackupManifest)
      : undefined
    if (manifest?.format !== "bazaar-backup/1") {
      throw new StartupError(
        `${file} is not a Bazar Solidaire backup.`,
        "Give a file written by `npm run backup`."
      )
    }
    if (manifest.kind === "physical") {
      await restoreDataDir(join(staging, "postgres"), options)
    } else {
      await restoreDump(join(staging, "database.dump"), options)
    }
    if (manifest.uploads && options.uploadDir) {
      copyTree(join(staging, "uploads"), options.uploadDir, () => true)
    }
    return manifest
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

async function restoreDataDir(source: string, options: RestoreOptions) {
  if (!options.embeddedDataDir) {
    throw new StartupError(
      "This backup is of the embedded PostgreSQL: it restores into the embedded data folder only.",
      "Unset DATABASE_URL to restore it (then `npm start`), and pg_dump from there to move to another server."
    )
  }
  const target = resolve(options.embeddedDataDir)
  if (existsSync(target) && readdirSync(target).length > 0) {
    if (!options.force) {
      throw new StartupError(
        `${target} already holds a database.`,
        "Stop the marketplace and restore with --force (the current folder is kept beside it), or restore elsewhere."
      )
    }
    renameSync(target, `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`)
  }
  mkdirSync(dirname(target), { recursive: true })
  renameSync(source, target)
  chmodSync(target, 0o700)
  // as root, the embedded cluster runs as the "postgres" user, who must own its files
  if (process.getuid?.() === 0) {
    const owner = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" })
    if (owner.status === 0) {
      await run("chown", ["-R", "postgres:postgres", target], { missing: "Install coreutils." })
    }
  }
}

async function restoreDump(dump: string, options: RestoreOptions) {
  if (!options.databaseUrl) {
    throw new StartupError(
      "This backup is a pg_dump of a DATABASE_URL database.",
      "Set DATABASE_URL to the (fresh) database to restore it into."
    )
  }
  const url = new URL(options.databaseUrl)
  const name = decodeURIComponent(url.pathname.slice(1))
  const admin = new URL(options.databaseUrl)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const exists = (await client.query("select 1 from pg_database where datname = $1", [name])).rowCount
    if (exists && (await tableCount(options.databaseUrl)) > 0) {
      if (!options.force) {
        throw new StartupError(
          `The database ${name} is not empty.`,
          "Restore into a new database (DATABASE_URL), or pass --force to drop and replace this one."
        )
      }
      await client.query(`drop database ${client.escapeIdentifier(name)} with (force)`)
    }
    if (!exists || options.force) {
      await client
        .query(`create database ${client.escapeIdentifier(name)} encoding 'UTF8' template template0`)
        .catch((error: { code?: string }) => {
          // 42P04: it exists (kept because it was empty)
          if (error.code !== "42P04") {
            throw error
          }
        })
    }
  } finally {
    await client.end()
  }
  await run(
    "pg_restore",
    ["--no-owner", "--no-privileges", "--exit-on-error", "--dbname", options.databaseUrl, dump],
    {
      missing: "Install PostgreSQL's client tools (`apt-get install postgresql-client`).",
    }
  )
}

async function tableCount(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      "select count(*)::int as count from information_schema.tables where table_schema = 'public'"
    )
    return rows[0].count as number
  } finally {
    await client.end()
  }
}

/** Copies a folder, skipping what `keep` refuses and files that vanish meanwhile (a live database). */
function copyTree(from: string, to: string, keep: (relative: string) => boolean, prefix = "") {
  mkdirSync(to, { recursive: true })
  for (const entry of readdirSync(from)) {
    const relative = prefix ? `${prefix}/${entry}` : entry
    if (!keep(relative)) {
      continue
    }
    const source = join(from, entry)
    const target = join(to, entry)
    try {
      const stat = lstatSync(source)
      if (stat.isDirectory()) {
        copyTree(source, target, keep, relative)
      } else if (stat.isSymbolicLink()) {
        symlinkSync(readlinkSync(source), target)
      } else if (stat.isFile()) {
        copyFileSync(source, target)
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
        throw error
      }
    }
  }
}

function run(command: string, args: string[], { missing }: { missing: string }): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] })
    let errors = ""
    child.stderr.on("data", (chunk) => (errors += chunk))
    child.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new StartupError(`${command} is not installed.`, missing)
          : new StartupError(`${command} could not start: ${error.message}`, missing)
      )
    )
    child.once("exit", (code) =>
      code === 0
        ? resolvePromise()
        : reject(
            new StartupError(
              `${basename(command)} failed (exit code ${code}): ${errors.trim().slice(-800)}`,
              missing
            )
          )
    )
  })
}
