#!/usr/bin/env node
// Search benchmark: builds catalogues of 10 000 and 50 000 (or 100 000) products in a database of its own, then,
// side by side on the same data, measures the Search Module's `POST /store/search` (our PostgreSQL
// provider) and Medusa's `GET /store/products?q=`: latency at 1 and 8 concurrent clients, full
// reindex time, the delay before an updated product is found, and hit@3 on queries.json; and the CPU
// time one request costs the server (Node + PostgreSQL sessions, read in /proc), which tells a slow
// query from one waiting for a core. Prints a table per size; never fails on time.
//
//   npm run bench:search                     10 000 and 50 000 (the 50 000 grows the 10 000 catalogue)
//   npm run bench:search -- --sizes=10000    one size
//   npm run bench:search -- --sizes=10000,50000,100000   all three (each size grows the previous one)
//   options: --requests=N (per client level, default 80), --keep (reuse a catalogue left by a
//   previous run instead of starting from an empty database), --database=NAME (default
//   bazaar_bench_search), --prepare-only (build or grow the catalogue, measure nothing)
//   DATABASE_URL=postgres://…  use that server (database bazaar_bench_search), else an embedded one
//
// The catalogue is the demo marketplace (apps/backend/src/scripts/seed.ts, through Medusa's
// workflows) grown by grow-catalogue.mjs, which copies in SQL the rows those workflows wrote.

import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { setTimeout as sleep } from "node:timers/promises"
import pg from "pg"
import {
  ensureDatabase,
  findFreePort,
  runCommand,
  startEmbeddedPostgres,
  startService,
  useExternalPostgres,
  waitForHttp,
} from "@bazaar/runner"
import { growCatalogue } from "./grow-catalogue.mjs"

const here = dirname(fileURLToPath(import.meta.url))
const rootDir = resolve(here, "../../..")
const backendDir = join(rootDir, "apps", "backend")
const dataDir = join(rootDir, ".data", "bench-search")
const logDir = join(dataDir, "logs")

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, "").split("=")
    return [key, value ?? "true"]
  })
)
const sizes = (args.sizes ?? "10000,50000")
  .split(",")
  .map(Number)
  .sort((a, b) => a - b)
const requestsPerLevel = Number(args.requests ?? 80)
const keep = args.keep === "true"
const queries = JSON.parse(readFileSync(join(here, "queries.json"), "utf8"))
const STAFF = JSON.parse(readFileSync(join(backendDir, "src/scripts/seed/demo-logins.json"), "utf8")).staff
// --database=NAME keeps catalogues of several sizes side by side (e.g. one grown to 100 000 while
// another is measured at 10 000)
const DATABASE_NAME = args.database ?? "bazaar_bench_search"

const step = (message) => console.log(`· ${message}`)
const load = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")

async function openDatabase() {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    url.pathname = `/${DATABASE_NAME}`
    return useExternalPostgres(url.toString())
  }
  const port = await findFreePort()
  step(`Starting an embedded PostgreSQL on port ${port} (data in ${join(dataDir, "postgres")})`)
  return startEmbeddedPostgres({ dataDir: join(dataDir, "postgres"), port, databaseName: DATABASE_NAME })
}

async function sql(databaseUrl, text, params = []) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(text, params)).rows
  } finally {
    await client.end()
  }
}

/** Drops and recreates the bench database (UTF8, UTF-8 locale: Arabic trigrams need it). */
async function recreateDatabase(databaseUrl) {
  const admin = new URL(databaseUrl)
  admin.pathname = "/postgres"
  await sql(admin.toString(), `DROP DATABASE IF EXISTS ${DATABASE_NAME} WITH (FORCE)`)
  await sql(
    admin.toString(),
    `CREATE DATABASE ${DATABASE_NAME} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0`
  )
}

function backendEnv(databaseUrl, extra = {}) {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    // `medusa start` runs as production, which wants its secrets set
    JWT_SECRET: "bazaar-bench-search",
    COOKIE_SECRET: "bazaar-bench-search",
    MEDUSA_DISABLE_ADMIN: "true",
    MEDUSA_UPLOAD_DIR: join(dataDir, "uploads"),
    LOG_LEVEL: "error",
    ...extra,
  }
}

function medusaExec(label, script, env) {
  return runCommand(label, "npx", ["medusa", "exec", script], {
    cwd: backendDir,
    env,
    logFile: join(logDir, `${label.toLowerCase().replace(/\W+/g, "-")}.log`),
    hint: `Read ${logDir} for the cause.`,
  })
}

async function productCount(databaseUrl) {
  const [row] = await sql(databaseUrl, "SELECT count(*)::int AS n FROM product WHERE deleted_at IS NULL")
  return row.n
}

async function prepareCatalogue(databaseUrl, size) {
  const env = backendEnv(databaseUrl)
  const [{ seeded }] = await sql(
    databaseUrl,
    "SELECT to_regclass('public.store') IS NOT NULL AND EXISTS (SELECT 1 FROM store WHERE metadata ? 'demo_data_loaded_at') AS seeded"
  ).catch(() => [{ seeded: false }])
  if (!seeded) {
    step("Applying migrations and loading the demo marketplace")
    await runCommand("Migrations", "npx", ["medusa", "db:migrate"], {
      cwd: backendDir,
      env,
      logFile: join(logDir, "migrate.log"),
      hint: "",
    })
    await medusaExec("Demo data", "./src/scripts/seed.ts", env)
  }
  const before = await productCount(databaseUrl)
  if (before < size) {
    step(`Copying demo products ${before} → ${size} (load ${load()})`)
    const started = performance.now()
    await growCatalogue(databaseUrl, size)
    step(`  ${size - before} products in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  }
}

async function timedReindex(databaseUrl) {
  const resultFile = join(dataDir, "reindex.json")
  rmSync(resultFile, { force: true })
  await medusaExec(
    "Reindex",
    "../../tests/bench/search/reindex.ts",
    backendEnv(databaseUrl, { BENCH_RESULT_FILE: resultFile })
  )
  const { ms, read, write } = JSON.parse(readFileSync(resultFile, "utf8"))
  // a reindex writes a new version of the index; the newest is the one just built
  const [row] = await sql(
    databaseUrl,
    `SELECT document_count::int AS n FROM search_postgres_index ORDER BY created_at DESC LIMIT 1`
  )
  return { ms, read, write, documents: row?.n ?? 0 }
}

async function startBackend(databaseUrl) {
  const port = await findFreePort()
  const backend = startService("backend", "npx", ["medusa", "start", "--port", String(port)], {
    cwd: backendDir,
    env: backendEnv(databaseUrl, { PORT: String(port), MEDUSA_BACKEND_URL: `http://localhost:${port}` }),
    logFile: join(logDir, "backend.log"),
  })
  const url = `http://localhost:${port}`
  if (!(await waitForHttp(`${url}/health`, { timeoutMs: 300_000, isAlive: backend.isAlive }))) {
    await backend.stop()
    throw new Error(`The backend did not start; read ${backend.logFile}`)
  }
  return { url, port, stop: () => backend.stop() }
}

function client(baseUrl, key, token) {
  return async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        "content-type": "application/json",
        ...(key ? { "x-publishable-api-key": key } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    const data = await response.json().catch(() => ({}))
    if (!response.ok) {
      throw new Error(`${method} ${path}: ${response.status} ${data.message ?? ""}`)
    }
    return data
  }
}

/** What the storefront's results page sends (apps/storefront/src/lib/search/search-state.ts). */
function searchBody(q, take = 12) {
  return {
    entity: "product",
    filters: { q },
    pagination: { skip: 0, take },
    search_options: {
      disjunctive_facets: true,
      facets: [
        ...["category_handles", "vendor_handle", "vendor_region", "materials"].map((field) => ({
          field,
          limit: 12,
        })),
        {
          field: "price_mad",
          type: "range",
          ranges: [
            { key: "0-100", to: 100 },
            { key: "100-300", from: 100, to: 300 },
            { key: "300-1000", from: 300, to: 1000 },
            { key: "1000-", from: 1000 },
          ],
        },
      ],
    },
  }
}

function engines(store, regionId) {
  return {
    "POST /store/search": async (q) => {
      const { results } = await store("POST", "/store/search", searchBody(q))
      return results[0].hits.map((hit) => hit.document.handle)
    },
    "GET /store/products?q=": async (q) => {
      const params = new URLSearchParams({
        q,
        limit: "12",
        region_id: regionId,
        fields: "id,handle,title,thumbnail,*variants.calculated_price",
      })
      const { products } = await store("GET", `/store/products?${params}`)
      return products.map((product) => product.handle)
    },
  }
}

/** utime + stime of a process, in ms (Linux counts them in clock ticks of 10 ms), 0 once it is gone. */
function processCpuMs(pid) {
  try {
    // the fields after the command name, which may hold spaces, start at its closing parenthesis
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return 0
  }
}

/** The processes of the backend's process group (npx, medusa and its server), found by their port. */
function backendPids(port) {
  const pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name))
  const group = pids.find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8")
        .split("\0")
        .join(" ")
        .includes(`start --port ${port}`)
    } catch {
      return false
    }
  })
  if (!group) {
    return []
  }
  const pgrp = readFileSync(`/proc/${group}/stat`, "utf8").split(") ")[1].split(" ")[2]
  return pids.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[2] === pgrp
    } catch {
      return false
    }
  })
}

/**
 * CPU time the backend and its PostgreSQL sessions spend, so that a latency can be told apart
 * from waiting for a core on this shared 2-core machine: `snapshot()` now, `since(previous)` later.
 */
function cpuMeter(databaseUrl, port) {
  const postgresPids = async () =>
    (
      await sql(
        databaseUrl,
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
      )
    ).map((row) => String(row.pid))
  return {
    async snapshot() {
      const node = backendPids(port)
      const postgres = await postgresPids()
      return {
        node: Object.fromEntries(node.map((pid) => [pid, processCpuMs(pid)])),
        postgres: Object.fromEntries(postgres.map((pid) => [pid, processCpuMs(pid)])),
      }
    },
    async since(before) {
      const after = await this.snapshot()
      const delta = (kind) =>
        Object.entries(after[kind]).reduce((sum, [pid, ms]) => sum + ms - (before[kind][pid] ?? 0), 0)
      return { node: delta("node"), postgres: delta("postgres") }
    },
  }
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]

async function latency(run, concurrency, meter) {
  const texts = queries.map((entry) => entry.q)
  const cpuBefore = meter ? await meter.snapshot() : null
  const timings = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requestsPerLevel) {
        const q = texts[next++ % texts.length]
        const begin = performance.now()
        await run(q)
        timings.push(performance.now() - begin)
      }
    })
  )
  const elapsed = performance.now() - started
  const cpu = cpuBefore ? await meter.since(cpuBefore) : null
  const sorted = timings.sort((a, b) => a - b)
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    perSecond: timings.length / (elapsed / 1000),
    // server CPU per request (Node + PostgreSQL), ms
    cpu: cpu && { node: cpu.node / timings.length, postgres: cpu.postgres / timings.length },
  }
}

async function hitRate(run) {
  let hits = 0
  const misses = []
  for (const entry of queries) {
    const top = (await run(entry.q)).slice(0, 3)
    if (entry.expect.some((handle) => top.includes(handle))) {
      hits++
    } else {
      misses.push(entry.q)
    }
  }
  return { hits, misses }
}

/** Renames one product through the Admin API and polls the search until the new word is found. */
async function indexToVisible(admin, store) {
  const { products } = await admin("GET", "/admin/products?limit=1&order=-created_at&fields=id,handle,title")
  const product = products[0]
  const word = `zitouna${Date.now().toString(36)}`
  const started = performance.now()
  await admin("POST", `/admin/products/${product.id}`, { title: `${product.title} ${word}` })
  const saved = performance.now()
  const deadline = saved + 120_000
  while (performance.now() < deadline) {
    const { results } = await store("POST", "/store/search", {
      entity: "product",
      filters: { q: word },
      pagination: { take: 1 },
    })
    if (results[0].hits.some((hit) => hit.id === product.id)) {
      const visible = performance.now()
      await admin("POST", `/admin/products/${product.id}`, { title: product.title })
      return { afterSaveMs: visible - saved, fromRequestMs: visible - started }
    }
    await sleep(25)
  }
  return null
}

const ms = (value) => (value === undefined || value === null ? "—" : `${Math.round(value)} ms`)

async function measure(databaseUrl, size) {
  step(`Full reindex of the ${size} catalogue (load ${load()})`)
  const reindex = await timedReindex(databaseUrl)
  step(
    `  ${reindex.documents} documents in ${(reindex.ms / 1000).toFixed(1)} s: reading the catalogue ` +
      `${(reindex.read.ms / 1000).toFixed(1)} s (${reindex.read.calls} pages), writing the index ` +
      `${(reindex.write.ms / 1000).toFixed(1)} s (${reindex.write.calls} writes)`
  )

  const backend = await startBackend(databaseUrl)
  try {
    const [{ token: key }] = await sql(
      databaseUrl,
      "SELECT token FROM api_key WHERE type = 'publishable' AND revoked_at IS NULL ORDER BY created_at LIMIT 1"
    )
    const store = client(backend.url, key)
    const { token } = await client(backend.url)("POST", "/auth/user/emailpass", {
      email: STAFF.email,
      password: STAFF.password,
    })
    const admin = client(backend.url, undefined, token)
    const { regions } = await store("GET", "/store/regions")
    const morocco = regions.find((region) => region.currency_code === "mad")
    const runs = engines(store, morocco.id)

    const rows = {}
    for (const [name, run] of Object.entries(runs)) {
      step(`${name}: warm-up, latency at 1 and 8 clients, relevance (load ${load()})`)
      for (const entry of queries.slice(0, 10)) {
        await run(entry.q)
      }
      const meter = cpuMeter(databaseUrl, backend.port)
      const one = await latency(run, 1, meter)
      const eight = await latency(run, 8, meter)
      const relevance = await hitRate(run)
      rows[name] = { one, eight, relevance, load: load() }
    }
    step(`Index-to-visible delay after one product update (load ${load()})`)
    const visible = await indexToVisible(admin, store)

    console.log(
      `\n${size} products (${reindex.documents} indexed), ${requestsPerLevel} requests per level, load ${load()}`
    )
    const table = {}
    for (const [name, row] of Object.entries(rows)) {
      table[name] = {
        "p50 1 client": ms(row.one.p50),
        "p95 1 client": ms(row.one.p95),
        "p50 8 clients": ms(row.eight.p50),
        "p95 8 clients": ms(row.eight.p95),
        "req/s 8 clients": Number(row.eight.perSecond.toFixed(1)),
        // the CPU one request costs the server (Node + PostgreSQL) at 1 and at 8 clients: with 2 cores,
        // 8 clients wait about 8 × this ÷ 2 when nothing else runs
        "CPU/req 1 client": row.one.cpu
          ? `${Math.round(row.one.cpu.node)}+${Math.round(row.one.cpu.postgres)} ms`
          : "—",
        "CPU/req 8 clients": row.eight.cpu
          ? `${Math.round(row.eight.cpu.node)}+${Math.round(row.eight.cpu.postgres)} ms`
          : "—",
        [`hit@3 (${queries.length})`]: `${row.relevance.hits} (${Math.round((100 * row.relevance.hits) / queries.length)} %)`,
        "full reindex": name.startsWith("POST") ? `${(reindex.ms / 1000).toFixed(1)} s` : "—",
        "update → found": name.startsWith("POST") ? ms(visible?.afterSaveMs) : "—",
        "load avg": row.load,
      }
    }
    console.table(table)
    const misses = rows["POST /store/search"].relevance.misses
    if (misses.length) {
      console.log(`POST /store/search missed: ${misses.map((q) => JSON.stringify(q)).join(", ")}`)
    }
  } finally {
    await backend.stop()
  }
}

mkdirSync(logDir, { recursive: true })
const postgres = await openDatabase()
try {
  if (!keep) {
    step(`Starting from an empty database ${DATABASE_NAME}`)
    await recreateDatabase(postgres.databaseUrl)
  } else {
    await ensureDatabase(postgres.databaseUrl)
  }
  for (const size of sizes) {
    await prepareCatalogue(postgres.databaseUrl, size)
    // --prepare-only builds (or grows) the catalogue and leaves it for a later run with --keep
    if (args["prepare-only"] !== "true") {
      await measure(postgres.databaseUrl, size)
    }
  }
} finally {
  await postgres.stop()
}
