import { Button, Container, Heading, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useDecideProductEdit, useProductEdits } from "../../hooks/moderation"
import { formatDate } from "../../lib/format"
import type { AdminProductEdit, LocalizedText } from "../../types"

const localized = (text: LocalizedText | undefined) =>
  (["fr", "ar", "en"] as const).flatMap((locale) => (text?.[locale] ? [`${locale}: ${text[locale]}`] : []))

/** One changed field: what shoppers see now, and what the cooperative proposes. */
function Change({ label, now, proposed }: { label: string; now: string[]; proposed: string[] }) {
  return (
    <div className="grid grid-cols-[8rem_1fr_1fr] gap-2" data-testid="edit-change" data-field={label}>
      <Text size="small" weight="plus">
        {label}
      </Text>
      <Text size="small" className="whitespace-pre-line text-ui-fg-subtle line-through">
        {now.join("\n") || "—"}
      </Text>
      <Text size="small" className="whitespace-pre-line" dir="auto">
        {proposed.join("\n") || "—"}
      </Text>
    </div>
  )
}

function EditDiff({ edit }: { edit: AdminProductEdit }) {
  const { changes, product } = edit
  const nowText = (field: "title" | "description") => [
    `fr: ${product?.[field] ?? ""}`,
    ...(["ar", "en"] as const).flatMap((locale) => {
      const value = product?.translations?.[locale]?.[field]
      return value ? [`${locale}: ${value}`] : []
    }),
  ]
  const variantLine = (variant: { title: string; price_mad: number | null; price_eur: number | null }) =>
    `${variant.title}: ${variant.price_mad ?? "—"} MAD / ${variant.price_eur ?? "—"} EUR`
  return (
    <div className="flex flex-col gap-2">
      {changes.title && <Change label="Title" now={nowText("title")} proposed={localized(changes.title)} />}
      {changes.description && (
        <Change label="Description" now={nowText("description")} proposed={localized(changes.description)} />
      )}
      {changes.variants && (
        <Change
          label="Variants"
          now={(product?.variants ?? []).map(variantLine)}
          proposed={changes.variants.map(variantLine)}
        />
      )}
      {changes.category_id && <Change label="Category" now={[]} proposed={[changes.category_id]} />}
      {changes.handmade && (
        <Change label="Handmade" now={[]} proposed={[JSON.stringify(changes.handmade, null, 1)]} />
      )}
      {changes.images && (
        <div className="grid grid-cols-[8rem_1fr_1fr] gap-2" data-testid="edit-change" data-field="Photos">
          <Text size="small" weight="plus">
            Photos
          </Text>
          <div className="flex flex-wrap gap-1">
            {(product?.images ?? []).map((image) => (
              <img
                key={image.id}
                src={image.url}
                alt=""
                className="h-16 w-16 rounded object-cover opacity-60"
              />
            ))}
          </div>
          <div className="flex flex-wrap gap-1">
            {changes.images.map((url) => (
              <img key={url} src={url} alt="" className="h-16 w-16 rounded object-cover" />
            ))}
          </div>
        </div>
      )}
    </div>
  )
}

/**
 * Changes cooperatives made to published products: the product stays on sale as it is until staff
 * approve; sent back, the cooperative reads the reason in the portal.
 */
export function PendingEdits() {
  const { data, error: loadError } = useProductEdits({ limit: 50 })
  const decide = useDecideProductEdit()
  const [rejecting, setRejecting] = useState<string | null>(null)
  const [reason, setReason] = useState("")
  const busy = decide.isPending ? decide.variables.id : null
  const error = decide.error ?? loadError
  const act = (id: string, action: "approve" | "reject") =>
    decide.mutate(
      { id, action, body: action === "reject" ? { reason: reason.trim() } : {} },
      { onSuccess: () => setRejecting(null) }
    )

  return (
    <Container className="flex flex-col gap-4" data-testid="pending-edits">
      <Heading level="h2">Changes to published products ({data?.count ?? 0})</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Stock and small price changes go live without review; these wait. Struck through: on sale now.
      </Text>
      {error && (
        <Text className="text-ui-fg-error" role="alert">
          {error.message}
        </Text>
      )}
      {data?.edits.length === 0 && <Text>No change waits for review.</Text>}
      {(data?.edits ?? []).map((edit) => (
        <div
          key={edit.id}
          data-testid="edit-row"
          data-product-id={edit.product?.id}
          className="rounded border p-4"
        >
          <Heading level="h3">{edit.product?.title ?? "—"}</Heading>
          <Text size="small" className="mb-2 text-ui-fg-subtle">
            {edit.product?.vendor?.name ?? "—"} · changed {formatDate(edit.created_at)}
          </Text>
          <EditDiff edit={edit} />
          <div className="mt-3 flex gap-2">
            <Button
              data-testid="edit-approve"
              isLoading={busy === edit.id}
              onClick={() => act(edit.id, "approve")}
            >
              Approve
            </Button>
            <Button
              variant="danger"
              data-testid="edit-reject"
              onClick={() => {
                setRejecting(edit.id)
                setReason("")
              }}
            >
              Send back
            </Button>
          </div>
          {rejecting === edit.id && (
            <div className="mt-2 flex flex-col gap-2">
              <Textarea
                data-testid="edit-reason"
                placeholder="Reason, shown to the cooperative (required)"
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
              <Button
                variant="danger"
                data-testid="edit-reject-confirm"
                disabled={reason.trim().length < 3}
                isLoading={busy === edit.id}
                onClick={() => act(edit.id, "reject")}
              >
                Confirm
              </Button>
            </div>
          )}
        </div>
      ))}
    </Container>
  )
}
