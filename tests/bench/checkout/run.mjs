#!/usr/bin/env node
// Checkout benchmark: cart → order with cash on delivery, at 1, 4 and 16 concurrent shoppers,
// against a running backend. Prints checkouts/second, latency percentiles and the machine's CPU time
// per checkout; never fails on time.
//
//   BACKEND_URL=http://localhost:9000 MEDUSA_PUBLISHABLE_KEY=pk_… npm run bench:checkout
//   npm run bench:checkout -- --cluster     starts the production shape (PostgreSQL, Redis, two
//                                           servers, a worker) and runs the same shoppers against one
//                                           server and against both, side by side (levels 1,4,16,64)
//   options: BENCH_CHECKOUTS (per level, default 32, at least the level), BENCH_LEVELS (default "1,4,16"),
//            BENCH_KEEP_LOGS=1 (cluster: keep the servers' logs, whose folder is printed at the end)
// The key is printed by `psql … -c "select token from api_key where type='publishable'"`.
// Each checkout buys one unit of a well-stocked product from two cooperatives, so it consumes stock.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const clusterMode = process.argv.includes("--cluster")
let backend = process.env.BACKEND_URL ?? "http://localhost:9000"
let key = process.env.MEDUSA_PUBLISHABLE_KEY
const perLevel = Number(process.env.BENCH_CHECKOUTS ?? 32)
const levels = (process.env.BENCH_LEVELS ?? (clusterMode ? "1,4,16,64" : "1,4,16")).split(",").map(Number)

if (!key && !clusterMode) {
  console.error("Set MEDUSA_PUBLISHABLE_KEY (the storefront's publishable key) and BACKEND_URL.")
  process.exit(2)
}

/** Milliseconds spent in each kind of request, to see which step of a checkout costs what. */
const stepTimes = new Map()

async function call(method, path, body) {
  const started = performance.now()
  const response = await fetch(`${backend}${path}`, {
    method,
    headers: { "content-type": "application/json", "x-publishable-api-key": key },
    body: body ? JSON.stringify(body) : undefined,
  })
  const data = await response.json().catch(() => ({}))
  const step = `${method} ${path.replace(/\/[a-z_]+_[0-9A-Z]{26}/g, "/:id").replace(/\?.*$/, "")}`
  stepTimes.set(step, [...(stepTimes.get(step) ?? []), performance.now() - started])
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${data.message ?? ""}`)
  }
  return data
}

/** Two variants of two different cooperatives with the most stock. */
async function pickVariants(regionId) {
  const { products } = await call(
    "GET",
    `/store/products?limit=200&region_id=${regionId}&fields=id,+vendor.id,*variants,+variants.inventory_quantity`
  )
  const best = new Map()
  for (const product of products) {
    for (const variant of product.variants) {
      const current = best.get(product.vendor?.id)
      if (product.vendor && (!current || (variant.inventory_quantity ?? 0) > current.stock)) {
        best.set(product.vendor.id, { id: variant.id, stock: variant.inventory_quantity ?? 0 })
      }
    }
  }
  return [...best.values()]
    .sort((a, b) => b.stock - a.stock)
    .slice(0, 2)
    .map((variant) => variant.id)
}

async function checkout(regionId, variantIds) {
  const started = performance.now()
  const { cart } = await call("POST", "/store/carts", {
    region_id: regionId,
    email: "bench@example.ma",
    items: variantIds.map((variant_id) => ({ variant_id, quantity: 1 })),
    shipping_address: {
      first_name: "Bench",
      last_name: "Shopper",
      address_1: "1 rue",
      city: "Rabat",
      country_code: "ma",
      phone: "+212600000000",
    },
  })
  const { vendors } = await call("GET", `/store/carts/${cart.id}/vendor-shipping-options`)
  const option_ids = vendors.map(
    (group) =>
      (group.shipping_options.find((o) => o.type?.code === "home-delivery") ?? group.shipping_options[0]).id
  )
  await call("POST", `/store/carts/${cart.id}/vendor-shipping-methods`, { option_ids })
  const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cart.id })
  await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_cod_cod",
  })
  const completed = await call("POST", `/store/carts/${cart.id}/complete`)
  if (completed.type !== "order") {
    throw new Error(`cart ${cart.id} not completed: ${completed.error?.message}`)
  }
  return performance.now() - started
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/** Busy CPU time of the whole machine (all processes: Medusa, PostgreSQL, Redis, this client), in ms. */
function busyCpuMs() {
  const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/)
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number)
  return ((user + nice + system + irq + softirq + steal) * 1000) / 100 // USER_HZ is 100 on Linux
}

/**
 * CPU time (ms) of this cluster's processes by role, from /proc: the Medusa servers and the worker
 * (by their environment), PostgreSQL (the postmaster of its data folder and its children), Redis, and
 * this process (the shoppers' client and the load balancer). Set in cluster mode; other work on the
 * machine is left out, so per-checkout figures hold whatever else runs.
 */
let cpuByRole

function clusterCpu({ databaseUrl, redisUrl, postgresDir }) {
  const postgresPort = new URL(databaseUrl).port
  const redisPort = new URL(redisUrl).port
  const postmaster = () => readFileSync(join(postgresDir, "postmaster.pid"), "utf8").split("\n")[0].trim()
  return () => {
    const totals = {
      "Medusa servers": 0,
      "Medusa worker": 0,
      PostgreSQL: 0,
      Redis: 0,
      "client + balancer": 0,
    }
    const master = postmaster()
    for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
        const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"))
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
        const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 // utime + stime, USER_HZ 100
        let role
        if (pid === String(process.pid)) {
          role = "client + balancer"
        } else if (pid === master || fields[1] === master) {
          role = "PostgreSQL"
        } else if (comm.startsWith("redis-server")) {
          const command = readFileSync(`/proc/${pid}/cmdline`, "utf8")
          role = command.includes(`:${redisPort}`) ? "Redis" : undefined
        } else if (comm.startsWith("node") || comm.startsWith("MainThread")) {
          const env = readFileSync(`/proc/${pid}/environ`, "utf8")
          if (env.includes(`:${postgresPort}/`)) {
            role = env.includes("MEDUSA_WORKER_MODE=worker")
              ? "Medusa worker"
              : env.includes("MEDUSA_WORKER_MODE=server")
                ? "Medusa servers"
                : undefined
          }
        }
        if (role) totals[role] += ms
      } catch {
        // a process that ended meanwhile
      }
    }
    return totals
  }
}

async function runLevel(concurrency, regionId, variantIds) {
  stepTimes.clear()
  const latencies = []
  const count = Math.max(perLevel, concurrency)
  let failures = 0
  const reasons = new Map()
  let next = 0
  const cpuBefore = busyCpuMs()
  const rolesBefore = cpuByRole?.()
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next++
        try {
          latencies.push(await checkout(regionId, variantIds))
        } catch (error) {
          failures++
          // grouped by request and answer, ids left out: which step fails, and why, at this level
          const reason = error.message.replace(/[a-z]+_[0-9A-Z]{26}/g, ":id")
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
        }
      }
    })
  )
  const seconds = (performance.now() - started) / 1000
  for (const [reason, times] of reasons) {
    console.error(`  ${concurrency} shoppers, ${times} failed: ${reason}`)
  }
  const cpuPerCheckout = (busyCpuMs() - cpuBefore) / Math.max(latencies.length, 1)
  const roles = {}
  if (rolesBefore) {
    const rolesAfter = cpuByRole()
    for (const role of Object.keys(rolesAfter)) {
      roles[`${role} ms`] = Math.round((rolesAfter[role] - rolesBefore[role]) / Math.max(latencies.length, 1))
    }
  }
  const sorted = latencies.sort((a, b) => a - b)
  if (concurrency === 1) {
    console.log(`One shopper against ${backend}, per request:`)
    console.table(
      [...stepTimes].map(([step, times]) => {
        const ordered = [...times].sort((a, b) => a - b)
        return {
          request: step,
          "p50 ms": Math.round(percentile(ordered, 50)),
          "p95 ms": Math.round(percentile(ordered, 95)),
        }
      })
    )
  }
  return {
    shoppers: concurrency,
    checkouts: latencies.length,
    failed: failures,
    "checkouts/s": Number((latencies.length / seconds).toFixed(2)),
    "p50 ms": Math.round(percentile(sorted, 50) ?? 0),
    "p95 ms": Math.round(percentile(sorted, 95) ?? 0),
    "max ms": Math.round(sorted.at(-1) ?? 0),
    "CPU ms/checkout": Math.round(cpuPerCheckout),
    roles,
  }
}

async function runLevels(target) {
  backend = target
  const { regions } = await call("GET", "/store/regions")
  const morocco = regions.find((region) => region.currency_code === "mad")
  const variantIds = await pickVariants(morocco.id)
  await checkout(morocco.id, variantIds) // warm-up, not counted
  const rows = []
  for (const level of levels) {
    rows.push(await runLevel(level, morocco.id, variantIds))
  }
  return rows
}

if (!clusterMode) {
  console.log(
    `Checkout benchmark against ${backend}: ${perLevel} COD checkouts per level, 2 cooperatives per cart`
  )
  console.table((await runLevels(backend)).map(({ roles: _byProcess, ...row }) => row))
} else {
  const { findFreePort, startCluster } = await import("@bazaar/runner")
  const pg = (await import("pg")).default
  const rootDir = resolve(fileURLToPath(import.meta.url), "..", "..", "..", "..")
  const dataDir = mkdtempSync(join(tmpdir(), "bazaar-bench-cluster-"))
  chmodSync(dataDir, 0o755) // as root, the embedded PostgreSQL runs as "postgres"
  const cluster = await startCluster({
    rootDir,
    dataDir,
    backendPort: await findFreePort(),
    serverPorts: [await findFreePort(), await findFreePort()],
    workerPort: await findFreePort(),
    storefrontPort: await findFreePort(),
    postgresPort: await findFreePort(),
    redisPort: await findFreePort(),
    databaseName: "bazaar_bench",
    build: true,
    step: (message) => console.log(`[cluster] ${message}`),
  })
  try {
    key = cluster.publishableKey
    cpuByRole = clusterCpu({
      databaseUrl: cluster.databaseUrl,
      redisUrl: cluster.redisUrl,
      postgresDir: join(dataDir, "postgres"),
    })
    // enough stock that every checkout of every level can succeed: a refusal is then a real failure
    const client = new pg.Client({ connectionString: cluster.databaseUrl })
    await client.connect()
    // both columns: Medusa reads a quantity from its exact ("raw") form, and filters on the number
    await client.query(
      `update inventory_level set stocked_quantity = reserved_quantity + 100000,
         raw_stocked_quantity = jsonb_build_object('value', (reserved_quantity + 100000)::text, 'precision', 20)`
    )
    await client.end()
    console.log(
      `Checkout benchmark on the production shape (Redis): ${perLevel} COD checkouts per level ` +
        `(at least the level), 2 cooperatives per cart, load before: ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`
    )
    const one = await runLevels(cluster.servers[0].url)
    const two = await runLevels(cluster.backendUrl)
    console.table(
      one.map((row, index) => ({
        shoppers: row.shoppers,
        "1 server /s": row["checkouts/s"],
        "2 servers /s": two[index]["checkouts/s"],
        "1 server failed": row.failed,
        "2 servers failed": two[index].failed,
        "1 server p50 ms": row["p50 ms"],
        "2 servers p50 ms": two[index]["p50 ms"],
        "1 server p95 ms": row["p95 ms"],
        "2 servers p95 ms": two[index]["p95 ms"],
        "CPU ms/checkout (2 servers)": two[index]["CPU ms/checkout"],
      }))
    )
    console.log("CPU time per checkout by process (ms; the machine's total above also counts other work):")
    console.table(
      [...one.map((row) => ["1 server", row]), ...two.map((row) => ["2 servers", row])].map(
        ([shape, row]) => ({ shape, shoppers: row.shoppers, ...row.roles })
      )
    )
  } finally {
    await cluster.stop()
    if (process.env.BENCH_KEEP_LOGS) {
      console.log(`Logs kept in ${join(dataDir, "logs")}`)
    } else {
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}
