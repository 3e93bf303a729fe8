// Counts the SQL queries and their time per HTTP request of a Medusa server, for profiling one request
// at a time (the checkout benchmark's single shopper). Load it into the server, not into tests:
//
//   NODE_OPTIONS="--require $PWD/tests/bench/checkout/count-queries.cjs" BAZAAR_SKIP_BUILD=true npm start
//
// and each finished request prints one line to the backend's log:
//   [queries] POST /store/carts/:id/complete 200 412 ms: 187 queries, 121 ms in PostgreSQL
// Requests that overlap share the counters, so read the lines of a single shopper only. While the file
// /tmp/count-queries.sql exists, every query is printed too (its first 160 characters and its time).
"use strict"

const { existsSync } = require("node:fs")
const http = require("node:http")

let pg
try {
  pg = require(require.resolve("pg", { paths: [process.cwd()] }))
} catch {
  // not a process that talks to PostgreSQL (the runner, the storefront): nothing to count
}

if (pg) {
  const counters = { queries: 0, ms: 0 }
  const original = pg.Client.prototype.query
  pg.Client.prototype.query = function countedQuery(...args) {
    counters.queries++
    const started = performance.now()
    const trace = existsSync("/tmp/count-queries.sql")
    const text = typeof args[0] === "string" ? args[0] : args[0]?.text
    const done = () => {
      counters.ms += performance.now() - started
      if (trace) {
        const flat = String(text).replace(/\s+/g, " ").slice(0, 160)
        console.log(`[sql] ${(performance.now() - started).toFixed(1)} ms ${flat}`)
      }
    }
    const last = args.length - 1
    if (typeof args[last] === "function") {
      const callback = args[last]
      args[last] = function (...results) {
        done()
        return callback.apply(this, results)
      }
      return original.apply(this, args)
    }
    const result = original.apply(this, args)
    if (result && typeof result.then === "function") {
      result.then(done, done)
    }
    return result
  }

  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function (event, req, res) {
    if (event === "request" && !req.url.startsWith("/health")) {
      counters.queries = 0
      counters.ms = 0
      const started = performance.now()
      res.on("finish", () => {
        const path = req.url.replace(/\/[a-z]+_[0-9A-Z]{26}/g, "/:id").replace(/\?.*$/, "")
        console.log(
          `[queries] ${req.method} ${path} ${res.statusCode} ${Math.round(performance.now() - started)} ms: ` +
            `${counters.queries} queries, ${Math.round(counters.ms)} ms in PostgreSQL`
        )
      })
    }
    return emit.apply(this, [event, req, res])
  }
}
