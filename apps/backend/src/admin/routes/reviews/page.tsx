import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Star } from "@medusajs/icons"
import { Button, Container, Heading, Table, Tabs, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useModerateReview, useReviews } from "../../hooks/reviews"
import { formatDate } from "../../lib/format"
import { isRejectReason, ratingStars, reviewAuthor } from "../../lib/reviews"
import type { AdminReview, ReviewStatus } from "../../types"

const PAGE_SIZE = 20
// the queue first: what waits for the centre before the shop shows it
const STATUSES: { value: ReviewStatus; label: string }[] = [
  { value: "pending", label: "À modérer" },
  { value: "published", label: "Publiés" },
  { value: "rejected", label: "Refusés" },
]
const isStatus = (value: string): value is ReviewStatus => STATUSES.some((status) => status.value === value)

/**
 * Buyers' reviews: staff read each one before the shop shows it, and publish it or refuse it with a
 * reason its author reads. Either decision can be taken again from the other lists.
 */
const ReviewsPage = () => {
  const [status, setStatus] = useState<ReviewStatus>("pending")
  const [offset, setOffset] = useState(0)
  const reviews = useReviews({ status, limit: PAGE_SIZE, offset })
  const moderate = useModerateReview()
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const error = moderate.error ?? reviews.error
  const rows = reviews.data?.reviews ?? []
  const count = reviews.data?.count ?? 0
  const busy = (review: AdminReview, action: "publish" | "reject") =>
    moderate.isPending && moderate.variables.id === review.id && moderate.variables.action === action

  const act = (review: AdminReview, action: "publish" | "reject") =>
    moderate.mutate(
      {
        id: review.id,
        action,
        body: action === "reject" ? { reason: (reasons[review.id] ?? "").trim() } : {},
      },
      { onSuccess: () => setReasons((current) => ({ ...current, [review.id]: "" })) }
    )

  return (
    <Container className="divide-y p-0" data-testid="reviews-page">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Reviews / Avis ({count})</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Les avis des acheteurs attendent le centre avant de paraître sur la fiche du produit. Un refus est
            motivé : l'auteur lit la raison.
          </Text>
        </div>
        <Tabs
          value={status}
          onValueChange={(value) => {
            if (isStatus(value)) {
              setStatus(value)
              setOffset(0)
            }
          }}
        >
          <Tabs.List>
            {STATUSES.map(({ value, label }) => (
              <Tabs.Trigger key={value} value={value} data-testid={`reviews-status-${value}`}>
                {label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      {error && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          {error.message}
        </Text>
      )}
      {!reviews.isLoading && rows.length === 0 ? (
        <Text className="px-6 py-4 text-ui-fg-subtle" data-testid="reviews-empty">
          {status === "pending" ? "Aucun avis n'attend de modération." : "Aucun avis dans cette liste."}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Produit</Table.HeaderCell>
              <Table.HeaderCell>Coopérative</Table.HeaderCell>
              <Table.HeaderCell>Note</Table.HeaderCell>
              <Table.HeaderCell>Avis</Table.HeaderCell>
              <Table.HeaderCell>Auteur</Table.HeaderCell>
              <Table.HeaderCell>Date</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((review) => (
              <Table.Row
                key={review.id}
                data-testid="review-row"
                data-review-id={review.id}
                className="align-top"
              >
                <Table.Cell>
                  {review.product ? (
                    <Link to={`/products/${review.product.id}`} className="text-ui-fg-interactive">
                      {review.product.title}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Table.Cell>
                <Table.Cell>
                  {review.vendor ? (
                    <Link to={`/cooperatives/${review.vendor.id}`} className="text-ui-fg-interactive">
                      {review.vendor.name}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Table.Cell>
                <Table.Cell>
                  <span role="img" aria-label={`${review.rating} sur 5`} className="whitespace-nowrap">
                    {ratingStars(review.rating)}
                  </span>
                </Table.Cell>
                <Table.Cell className="max-w-md whitespace-normal">
                  <Text size="small" className="whitespace-pre-line" dir="auto">
                    {review.body || "—"}
                  </Text>
                  {review.photo_urls.length > 0 && (
                    <div className="mt-1 flex gap-1">
                      {review.photo_urls.map((url) => (
                        <a key={url} href={url} target="_blank" rel="noopener">
                          <img src={url} alt="" className="h-12 w-12 rounded object-cover" />
                        </a>
                      ))}
                    </div>
                  )}
                  {review.reply && (
                    <Text size="xsmall" className="mt-1 text-ui-fg-subtle" dir="auto">
                      Réponse de la coopérative : {review.reply}
                    </Text>
                  )}
                  {review.rejection_reason && (
                    <Text size="xsmall" className="mt-1 text-ui-fg-subtle">
                      Refusé : {review.rejection_reason}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell dir="auto">{reviewAuthor(review) || "—"}</Table.Cell>
                <Table.Cell className="whitespace-nowrap">{formatDate(review.created_at)}</Table.Cell>
                <Table.Cell>
                  <div className="flex min-w-[12rem] flex-col gap-2">
                    {review.status !== "published" && (
                      <Button
                        size="small"
                        data-testid="review-publish"
                        isLoading={busy(review, "publish")}
                        onClick={() => act(review, "publish")}
                      >
                        Publier
                      </Button>
                    )}
                    {review.status !== "rejected" && (
                      <>
                        <Textarea
                          data-testid="review-reject-reason"
                          aria-label="Raison du refus"
                          placeholder="Raison du refus, lue par l'auteur (obligatoire)"
                          value={reasons[review.id] ?? ""}
                          onChange={(event) => setReasons({ ...reasons, [review.id]: event.target.value })}
                        />
                        <Button
                          size="small"
                          variant="danger"
                          data-testid="review-reject"
                          disabled={!isRejectReason(reasons[review.id] ?? "")}
                          isLoading={busy(review, "reject")}
                          onClick={() => act(review, "reject")}
                        >
                          {review.status === "published" ? "Retirer" : "Refuser"}
                        </Button>
                      </>
                    )}
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {count > PAGE_SIZE && (
        <Table.Pagination
          count={count}
          pageSize={PAGE_SIZE}
          pageIndex={Math.floor(offset / PAGE_SIZE)}
          pageCount={Math.ceil(count / PAGE_SIZE)}
          canPreviousPage={offset > 0}
          canNextPage={offset + PAGE_SIZE < count}
          previousPage={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          nextPage={() => setOffset(offset + PAGE_SIZE)}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Reviews / Avis", icon: Star })

export default ReviewsPage
