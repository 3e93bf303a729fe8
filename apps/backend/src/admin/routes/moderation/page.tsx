import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BadgeCheck } from "@medusajs/icons"
import { Button, Container, Heading, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { PendingEdits } from "../../components/moderation/pending-edits"
import { useModerateProduct, useModerationProducts } from "../../hooks/moderation"
import { formatDate } from "../../lib/format"

/** Products cooperatives submitted for review: preview, then publish or send back with a reason. */
const ModerationPage = () => {
  const { data, error: loadError } = useModerationProducts({ limit: 50 })
  const moderate = useModerateProduct()
  const [rejecting, setRejecting] = useState<string | null>(null)
  const [reason, setReason] = useState("")
  const busy = moderate.isPending ? moderate.variables.id : null
  const error = moderate.error ?? loadError

  const act = (id: string, action: "publish" | "reject") =>
    moderate.mutate(
      { id, action, body: action === "reject" ? { reason: reason.trim() } : {} },
      {
        onSuccess: () => {
          setRejecting(null)
          setReason("")
        },
      }
    )

  return (
    <div className="flex flex-col gap-4">
      <Container className="flex flex-col gap-4">
        <Heading level="h1">Moderation ({data?.count ?? 0})</Heading>
        {error && (
          <Text className="text-ui-fg-error" role="alert">
            {error.message}
          </Text>
        )}
        {data?.products.length === 0 && <Text>Nothing waits for review.</Text>}
        {(data?.products ?? []).map((product) => (
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
                {(["ar", "en"] as const).map((locale) => {
                  const title = product.translations?.[locale]?.title
                  return title ? (
                    <Text key={locale} size="small" dir={locale === "ar" ? "rtl" : "ltr"}>
                      {locale}: {title}
                    </Text>
                  ) : null
                })}
                <ul>
                  {product.variants.map((variant) => (
                    <li key={variant.id}>
                      <Text size="small">
                        {variant.title}: {variant.price_mad ?? "—"} MAD / {variant.price_eur ?? "—"} EUR ·
                        stock {variant.stock}
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
      <PendingEdits />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Moderation", icon: BadgeCheck })

export default ModerationPage
