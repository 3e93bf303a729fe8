#!/usr/bin/env node
// Page-speed benchmark: Lighthouse 12 (mobile preset: a mid-range phone on slow 4G, simulated) in
// Debian's Chromium on the storefront's main pages — home, a category, a product, a cooperative,
// search results and the cart — in French and Arabic, `--runs` times each (default 3). Prints the
// median run of each page (by performance score): perf, accessibility, LCP, TBT, CLS, page weight and
// JavaScript transferred, with the load average. Never fails on figures.
//
//   flock /tmp/heavy.lock npm run bench:pages      starts its own marketplace (builds first)
//   options: --runs=N, --build=false (use the apps as last built), --pages=product,search (a subset),
//            --locales=fr (a subset), --save=DIR (keep each run's Lighthouse report, JSON, for its details:
//            the requests before LCP, what blocked rendering)
//   STOREFRONT_URL=http://localhost:8000 npm run bench:pages      measures a running storefront
//
// Lighthouse 13 needs Node 22: this uses 12.2.3. With Debian's Chromium its LCP-element audit fails
// inside the trace gatherer; LCP itself comes from the `largest-contentful-paint` audit, which works.

import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { findFreePort, startMarketplace } from "@bazaar/runner"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"

const here = dirname(fileURLToPath(import.meta.url))
const rootDir = resolve(here, "../../..")
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [name, value] = arg.replace(/^--/, "").split("=")
    return [name, value ?? "true"]
  })
)
const runs = Number(args.runs ?? 3)
const locales = (args.locales ?? "fr,ar").split(",")
const pageFilter = args.pages ? new Set(args.pages.split(",")) : null
const saveDir = args.save ? resolve(args.save) : null

const load = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")
const step = (message) => console.log(`· ${message}`)

let marketplace
let dataDir
let storefrontUrl = process.env.STOREFRONT_URL

async function start() {
  if (storefrontUrl) {
    step(`Using the running storefront: ${storefrontUrl}`)
    return
  }
  dataDir = mkdtempSync(join(tmpdir(), "bazaar-bench-pages-"))
  // as root, the embedded cluster runs as the "postgres" user, who must be able to enter the folder
  chmodSync(dataDir, 0o755)
  marketplace = await startMarketplace({
    rootDir,
    dataDir,
    backendPort: await findFreePort(),
    storefrontPort: await findFreePort(),
    postgresPort: await findFreePort(),
    databaseName: "bazaar_bench_pages",
    build: args.build !== "false",
    step,
  })
  storefrontUrl = marketplace.storefrontUrl
}

async function stop() {
  await marketplace?.stop()
  if (dataDir) {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** The first category, product and cooperative the sitemap lists (the demo catalogue's order). */
async function pickHandles() {
  const xml = await (await fetch(`${storefrontUrl}/sitemap.xml`)).text()
  const first = (kind) => {
    const match = xml.match(new RegExp(`/fr/${kind}/([^<?/]+)<`))
    if (!match) {
      throw new Error(`The sitemap lists no ${kind}`)
    }
    return match[1]
  }
  return { category: first("categories"), product: first("products"), cooperative: first("cooperatives") }
}

function pagesFor(locale, handles) {
  const query = locale === "ar" ? "زيت أركان" : "huile d'argan"
  return [
    ["home", `/${locale}`],
    ["category", `/${locale}/categories/${handles.category}`],
    ["product", `/${locale}/products/${handles.product}`],
    ["cooperative", `/${locale}/cooperatives/${handles.cooperative}`],
    ["search", `/${locale}/search?q=${encodeURIComponent(query)}`],
    ["cart", `/${locale}/cart`],
  ].filter(([name]) => !pageFilter || pageFilter.has(name))
}

/** One Lighthouse run: the figures of the table (the whole report kept under `--save`, named by `name`). */
async function audit(port, url, name) {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
  })
  if (saveDir) {
    mkdirSync(saveDir, { recursive: true })
    writeFileSync(join(saveDir, `${name}.json`), result.report)
  }
  const { audits, categories, runtimeError } = result.lhr
  if (runtimeError) {
    throw new Error(`${url}: ${runtimeError.code} ${runtimeError.message}`)
  }
  const scripts = audits["resource-summary"].details.items.find((item) => item.resourceType === "script")
  return {
    perf: Math.round(categories.performance.score * 100),
    a11y: Math.round(categories.accessibility.score * 100),
    lcp: audits["largest-contentful-paint"].numericValue,
    tbt: audits["total-blocking-time"].numericValue,
    cls: audits["cumulative-layout-shift"].numericValue,
    weight: audits["total-byte-weight"].numericValue,
    js: scripts?.transferSize ?? 0,
  }
}

/** The run in the middle by performance score (its own figures, not a mix of runs). */
function median(results) {
  const sorted = [...results].sort((a, b) => a.perf - b.perf || a.tbt - b.tbt)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

const kB = (bytes) => `${Math.round(bytes / 1024)} kB`

let chrome
try {
  await start()
  const handles = await pickHandles()
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  })
  const loadBefore = load()
  console.log(`Lighthouse ${runs} run(s) per page on ${storefrontUrl}, load average ${loadBefore}`)
  const rows = []
  for (const locale of locales) {
    for (const [name, path] of pagesFor(locale, handles)) {
      // a first visit compiles nothing in production, but warms the storefront's data cache
      await fetch(`${storefrontUrl}${path}`)
      const results = []
      for (let run = 0; run < runs; run++) {
        results.push(await audit(chrome.port, `${storefrontUrl}${path}`, `${name}-${locale}-${run + 1}`))
      }
      const m = median(results)
      const row = {
        page: `${name} (${locale})`,
        perf: m.perf,
        a11y: m.a11y,
        LCP: `${(m.lcp / 1000).toFixed(1)} s`,
        TBT: `${Math.round(m.tbt)} ms`,
        CLS: m.cls.toFixed(3),
        weight: kB(m.weight),
        JS: kB(m.js),
      }
      rows.push(row)
      // every figure as it comes, so a run cut short still tells what it measured
      step(
        Object.entries(row)
          .map(([column, value]) => `${column} ${value}`)
          .join(", ") + `; load ${load()}`
      )
    }
  }
  console.table(rows)
  console.log(`load average: ${loadBefore} → ${load()}; ${new Date().toISOString()}`)
  // the same table in Markdown, for the README
  const columns = Object.keys(rows[0])
  console.log(`\n| ${columns.join(" | ")} |\n|${columns.map(() => "---").join("|")}|`)
  for (const row of rows) {
    console.log(`| ${columns.map((column) => row[column]).join(" | ")} |`)
  }
} finally {
  await chrome?.kill()
  await stop()
}
