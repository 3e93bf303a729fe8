import { NextResponse, type NextRequest } from "next/server"
import { backendFetch } from "@/lib/backend"
import { LOCALES } from "@/lib/constants"
import { asHttpError } from "@/lib/util/http-error"

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

  try {
    // every keystroke is a new question: nothing to reuse (the client never caches without tags)
    return NextResponse.json(await backendFetch<unknown>("/store/search", { method: "POST", body, locale }))
  } catch (error) {
    const { status, message } = asHttpError(error)
    if (status === undefined) {
      return problem(
        502,
        error instanceof SyntaxError
          ? "Search answered with something unreadable."
          : "Search is unavailable for a moment."
      )
    }
    return problem(status >= 500 ? 502 : status, message ?? "Search failed.")
  }
}
