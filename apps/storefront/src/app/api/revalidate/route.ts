import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { parseRevalidateRequest } from "@/lib/util/revalidate-request"

/**
 * Called by the backend when staff decide (publish a product, suspend or reinstate a cooperative):
 * the cached catalogue expires at once instead of after its revalidation period.
 */
export async function POST(request: NextRequest) {
  const body = await request.json().catch(() => null)
  const parsed = parseRevalidateRequest(
    request.headers.get("x-revalidate-secret"),
    process.env.STOREFRONT_REVALIDATE_SECRET,
    body
  )
  if (!parsed.ok) {
    return NextResponse.json({ message: parsed.message }, { status: parsed.status })
  }
  for (const tag of parsed.tags) {
    revalidateTag(tag, { expire: 0 })
  }
  return NextResponse.json({ revalidated: parsed.tags })
}
