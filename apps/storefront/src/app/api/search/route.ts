import { NextResponse, type NextRequest } from "next/server"
import { env } from "@/lib/config"
import { LOCALES } from "@/lib/constants"

/** Far above any query the search box builds, far below what could tie up the backend. */
const MAX_BODY_BYTES = 16_384

const problem = (status: number, message: string) => NextResponse.json({ message }, { status })

/**
 * The browser's door to `POST /store/search` for InstantSearch (the header's suggestions). It only
 * adds the publishable key, which the seed creates after `next build` and so cannot be baked into
 * the client bundle, and keeps the backend's origin private. The backend validates the query and
 * scopes it to published products of approved cooperatives, whoever calls it.
 */
export async function POST(request: NextRequest) {
  const text = await request.text()
  if (text.length > MAX_BODY_BYTES) {
    return problem(413, `A search request may hold at most ${MAX_BODY_BYTES} bytes.`)
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return problem(400, "A search request must be JSON.")
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return problem(400, "A search request must be a JSON object.")
  }
  const requested = request.headers.get("x-medusa-locale")
  const locale = LOCALES.find((entry) => entry === requested) ?? "fr"

  const response = await fetch(`${env.backendUrl}/store/search`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": env.publishableKey(),
      "x-medusa-locale": locale,
    },
    body: JSON.stringify(body),
    // every keystroke is a new question: nothing to reuse
    cache: "no-store",
  }).catch(() => null)
  if (!response) {
    return problem(502, "Search is unavailable for a moment.")
  }
  const payload: unknown = await response
    .json()
    .catch(() => ({ message: "Search answered with something unreadable." }))
  return NextResponse.json(payload, {
    status: response.ok ? 200 : response.status >= 500 ? 502 : response.status,
  })
}
