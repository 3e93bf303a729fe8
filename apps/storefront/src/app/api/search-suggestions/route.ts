import { NextResponse, type NextRequest } from "next/server"
import { LOCALES, type Locale } from "@/lib/constants"
import { hitTitle, suggestProducts } from "@/lib/data/search"

/** The header's instant suggestions: titles in the page language, for the query typed so far. */
export async function GET(request: NextRequest) {
  const q = (request.nextUrl.searchParams.get("q") ?? "").trim().slice(0, 200)
  const requested = request.nextUrl.searchParams.get("locale")
  const locale: Locale = LOCALES.find((entry) => entry === requested) ?? "fr"
  if (q.length < 2) {
    return NextResponse.json({ suggestions: [] })
  }
  try {
    const result = await suggestProducts(locale, q)
    const suggestions = [...new Set(result.hits.map((hit) => hitTitle(hit.document, locale)).filter(Boolean))]
    return NextResponse.json({ suggestions })
  } catch {
    // suggestions are a convenience: the search page itself still works and shows the error
    return NextResponse.json({ suggestions: [] }, { status: 502 })
  }
}
