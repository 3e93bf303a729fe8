import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BadgeCheck } from "@medusajs/icons"
import { Button, Container, Heading, Text, Textarea } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { adminFetch, formatDate } from "../../lib/api"

type Product = {
  id: string
  title: string
  description: string | null
  thumbnail: string | null
  updated_at: string
  images: { id: string; url: string }[]
  vendor: { id: string; name: string; handle: string; status: string } | null
  variants: { id: string; title: string; price_mad: number | null; price_eur: number | null; stock: number }[]
  translations: Record<string, Record<string, string>>
}

/** Products cooperatives submitted for review: preview, then publish or send back with a reason. */
const ModerationPage = () => {
  const [products, setProducts] = useState<Product[] | null>(null)
  const [count, setCount] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const [rejecting, setRejecting] = useState<string | null>(null)
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState<string | null>(null)

  const load = useCallback(() => {
    adminFetch<{ products: Product[]; count: number }>("/admin/moderation/products?limit=50")
      .then((data) => {
        setProducts(data.products)
        setCount(data.count)
      })
      .catch((e: Error) => setError(e.message))
  }, [])
  useEffect(load, [load])

  const act = async (id: string, action: "publish" | "reject") => {
    setBusy(id)
    setError(null)
    try {
      await adminFetch(`/admin/moderation/products/${id}/${action}`, {
        method: "POST",
        body: action === "reject" ? { reason: reason.trim() } : {},
      })
      setRejecting(null)
      setReason("")
      load()
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(null)
    }
  }

  return (
    <Container className="flex flex-col gap-4">
      <Heading level="h1">Moderation ({count})</Heading>
      {error && (
        <Text className="text-ui-fg-error" role="alert">
          {error}
        </Text>
      )}
      {products?.length === 0 && <Text>Nothing waits for review.</Text>}
      {(products ?? []).map((product) => (
        <div
          key={product.id}
          data-testid="moderation-row"
          data-product-id={product.id}
          className="flex flex-col gap-2 rounded border p-4"
        >
          <div className="flex flex-wrap gap-4">
            {product.thumbnail && (
              <img src={product.thumbnail} alt="" className="h-28 w-28 rounded object-cover" />
            )}
            <div className="flex min-w-0 flex-1 flex-col gap-1">
              <Heading level="h2">{product.title}</Heading>
              <Text size="small">
                {product.vendor ? (
                  <Link to={`/cooperatives/${product.vendor.id}`} className="text-ui-fg-interactive">
                    {product.vendor.name}
                  </Link>
                ) : (
                  "No cooperative"
                )}{" "}
                · submitted {formatDate(product.updated_at)}
              </Text>
              <Text className="whitespace-pre-line">{product.description ?? "—"}</Text>
              {(["ar", "en"] as const).map((locale) =>
                product.translations?.[locale]?.title ? (
                  <Text key={locale} size="small" dir={locale === "ar" ? "rtl" : "ltr"}>
                    {locale}: {product.translations[locale].title}
                  </Text>
                ) : null
              )}
              <ul>
                {product.variants.map((variant) => (
                  <li key={variant.id}>
                    <Text size="small">
                      {variant.title}: {variant.price_mad ?? "—"} MAD / {variant.price_eur ?? "—"} EUR · stock{" "}
                      {variant.stock}
                    </Text>
                  </li>
                ))}
              </ul>
              <div className="flex gap-2">
                {product.images.slice(1).map((image) => (
                  <img key={image.id} src={image.url} alt="" className="h-12 w-12 rounded object-cover" />
                ))}
              </div>
            </div>
          </div>
          <div className="flex gap-2">
            <Button
              data-testid="moderation-publish"
              isLoading={busy === product.id}
              onClick={() => act(product.id, "publish")}
            >
              Publish
            </Button>
            <Button
              variant="danger"
              data-testid="moderation-reject"
              onClick={() => {
                setRejecting(product.id)
                setReason("")
              }}
            >
              Reject
            </Button>
          </div>
          {rejecting === product.id && (
            <div className="flex flex-col gap-2">
              <Textarea
                data-testid="decision-reason"
                placeholder="Reason, shown to the cooperative (required)"
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
              <Button
                data-testid="decision-confirm"
                variant="danger"
                disabled={reason.trim().length < 3}
                isLoading={busy === product.id}
                onClick={() => act(product.id, "reject")}
              >
                Confirm rejection
              </Button>
            </div>
          )}
        </div>
      ))}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Moderation", icon: BadgeCheck })

export default ModerationPage
