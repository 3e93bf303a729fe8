/*
 * The members' portal service worker, registered with the scope /<locale>/portal/ (see
 * src/modules/portal/components/service-worker.tsx). It keeps the app shell for offline use:
 * - Next's build files (/_next/static, named by content) are served from the cache once fetched;
 * - portal pages go to the network first and fall back to the last copy seen, so a member who
 *   loses the network still sees her dashboard and forms instead of the browser's error page.
 * Anything that is not a GET (sign-in, saving a product) always goes to the network.
 */
const SHELL = "portal-shell-v1"
const STATIC = "portal-static-v1"

self.addEventListener("install", (event) => {
  const start = new URL("./", self.registration.scope).pathname.replace(/\/$/, "")
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.add(start))
      .catch(() => undefined)
      .then(() => self.skipWaiting())
  )
})

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith("portal-") && ![SHELL, STATIC].includes(name))
            .map((name) => caches.delete(name))
        )
      )
      .then(() => self.clients.claim())
  )
})

self.addEventListener("fetch", (event) => {
  const { request } = event
  if (request.method !== "GET") {
    return
  }
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) {
    return
  }
  if (url.pathname.startsWith("/_next/static/") || url.pathname.startsWith("/portal-icons/")) {
    event.respondWith(
      caches.open(STATIC).then((cache) =>
        cache.match(request).then(
          (cached) =>
            cached ||
            fetch(request).then((response) => {
              if (response.ok) {
                cache.put(request, response.clone())
              }
              return response
            })
        )
      )
    )
    return
  }
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request)
        .then((response) => {
          // only pages that rendered for this member: not redirects to sign-in, not errors
          if (response.ok && !response.redirected) {
            const copy = response.clone()
            caches.open(SHELL).then((cache) => cache.put(request, copy))
          }
          return response
        })
        .catch(() =>
          caches
            .match(request, { ignoreSearch: true })
            .then(
              (cached) =>
                cached || caches.match(new URL("./", self.registration.scope).pathname.replace(/\/$/, ""))
            )
            .then((cached) => cached || Response.error())
        )
    )
  }
})
