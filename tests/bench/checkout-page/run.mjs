#!/usr/bin/env node
// Checkout page benchmark: the storefront's server time for `/fr/checkout` (request sent → whole
// HTML received), for a signed-in shopper whose cart holds items of two cooperatives, an address and
// an email. Measured at the delivery step (options not chosen yet) and at the payment step (one
// option chosen per cooperative). Prints median, p90, min and max per step and the load average;
// never fails on time.
//
//   npm run bench:checkout-page                  starts its own marketplace (builds first)
//   options: --loads=N (per step, default 20), --build=false (use the apps as last built)
//   STOREFRONT_URL=… BACKEND_URL=… MEDUSA_PUBLISHABLE_KEY=pk_…  use a running marketplace instead
//
// Cards are offered on the page when the storefront has STRIPE_PUBLISHABLE_KEY: the marketplace this
// script starts gets a placeholder one, so the payment step asks for the region's providers as it
// does in production (no card form is drawn: the backend has no Stripe provider here).

import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { findFreePort, startMarketplace } from "@bazaar/runner"

const here = dirname(fileURLToPath(import.meta.url))
const rootDir = resolve(here, "../../..")
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [name, value] = arg.replace(/^--/, "").split("=")
    return [name, value ?? "true"]
  })
)
const loads = Number(args.loads ?? 20)
const WARM_UP_LOADS = 2

const load = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")
const step = (message) => console.log(`· ${message}`)

let marketplace
let dataDir
let backendUrl = process.env.BACKEND_URL
let storefrontUrl = process.env.STOREFRONT_URL
let key = process.env.MEDUSA_PUBLISHABLE_KEY

async function start() {
  if (backendUrl && storefrontUrl && key) {
    step(`Using the running marketplace: ${storefrontUrl} → ${backendUrl}`)
    return
  }
  dataDir = mkdtempSync(join(tmpdir(), "bazaar-bench-checkout-page-"))
  // as root, the embedded cluster runs as the "postgres" user, who must be able to enter the folder
  chmodSync(dataDir, 0o755)
  process.env.STRIPE_PUBLISHABLE_KEY ??= "pk_test_bench"
  marketplace = await startMarketplace({
    rootDir,
    dataDir,
    backendPort: await findFreePort(),
    storefrontPort: await findFreePort(),
    postgresPort: await findFreePort(),
    databaseName: "bazaar_bench_checkout_page",
    build: args.build !== "false",
    step,
  })
  ;({ backendUrl, storefrontUrl, publishableKey: key } = marketplace)
}

async function stop() {
  await marketplace?.stop()
  if (dataDir) {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function call(method, path, { body, token } = {}) {
  const response = await fetch(`${backendUrl}${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": key,
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

/** A new customer's token: registered, given a profile, then signed in as the storefront does. */
async function signUp() {
  const email = `bench-${Date.now()}@example.ma`
  const password = "bench-checkout-page-1"
  const { token: registration } = await call("POST", "/auth/customer/emailpass/register", {
    body: { email, password },
  })
  await call("POST", "/store/customers", {
    token: registration,
    body: { email, first_name: "Bench", last_name: "Shopper" },
  })
  const { token } = await call("POST", "/auth/customer/emailpass", { body: { email, password } })
  return token
}

/** One variant from each of two cooperatives, the best stocked. */
async function pickVariants(regionId) {
  const { products } = await call(
    "GET",
    `/store/products?limit=200&region_id=${regionId}&fields=id,+vendor.id,*variants,+variants.inventory_quantity`
  )
  const best = new Map()
  for (const product of products) {
    for (const variant of product.variants ?? []) {
      const current = best.get(product.vendor?.id)
      if (product.vendor && (!current || (variant.inventory_quantity ?? 0) > current.stock)) {
        best.set(product.vendor.id, { id: variant.id, stock: variant.inventory_quantity ?? 0 })
      }
    }
  }
  const picked = [...best.values()].sort((a, b) => b.stock - a.stock).slice(0, 2)
  if (picked.length < 2) {
    throw new Error("The catalogue needs products of two cooperatives")
  }
  return picked.map((variant) => variant.id)
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/** Loads the page `count` times one after the other; checks it shows `marker` (the expected step). */
async function timePage(path, cookie, marker, count) {
  const times = []
  for (let i = 0; i < count; i++) {
    const started = performance.now()
    const response = await fetch(`${storefrontUrl}${path}`, { headers: { cookie }, redirect: "manual" })
    const html = await response.text()
    times.push(performance.now() - started)
    if (response.status !== 200 || !html.includes(marker)) {
      throw new Error(`${path} answered ${response.status} without ${marker}`)
    }
  }
  return times
}

async function measure(name, path, cookie, marker) {
  await timePage(path, cookie, marker, WARM_UP_LOADS)
  const loadBefore = load()
  const sorted = (await timePage(path, cookie, marker, loads)).sort((a, b) => a - b)
  return {
    step: name,
    loads,
    "median ms": Math.round(percentile(sorted, 50)),
    "p90 ms": Math.round(percentile(sorted, 90)),
    "min ms": Math.round(sorted[0]),
    "max ms": Math.round(sorted.at(-1)),
    "load avg (1, 5, 15 min)": `${loadBefore} → ${load()}`,
  }
}

try {
  await start()
  const { regions } = await call("GET", "/store/regions")
  const morocco = regions.find((region) => region.currency_code === "mad")
  const token = await signUp()
  const { cart } = await call("POST", "/store/carts", {
    token,
    body: {
      region_id: morocco.id,
      email: "bench@example.ma",
      items: (await pickVariants(morocco.id)).map((variant_id) => ({ variant_id, quantity: 1 })),
      shipping_address: {
        first_name: "Bench",
        last_name: "Shopper",
        address_1: "1 rue Oued Sebou",
        city: "Rabat",
        country_code: "ma",
        phone: "+212600000000",
      },
    },
  })
  const cookie = `bazaar_cart=${cart.id}; bazaar_customer_token=${token}`
  console.log(
    `Checkout page benchmark on ${storefrontUrl}: ${loads} loads per step, after ${WARM_UP_LOADS} not counted`
  )
  const rows = [await measure("delivery", "/fr/checkout", cookie, 'data-testid="shipping-option"')]

  const { vendors } = await call("GET", `/store/carts/${cart.id}/vendor-shipping-options`)
  const option_ids = vendors.map(
    (group) =>
      (
        group.shipping_options.find((option) => option.type?.code === "home-delivery") ??
        group.shipping_options[0]
      ).id
  )
  await call("POST", `/store/carts/${cart.id}/vendor-shipping-methods`, { token, body: { option_ids } })
  rows.push(await measure("payment", "/fr/checkout", cookie, 'data-testid="checkout-review"'))
  console.table(rows)
} finally {
  await stop()
}
