import { Button, Container, Heading, Input, Label, Select, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useCreateProductFor } from "../../hooks/act-for-cooperative"
import { useCategoryNames } from "../../hooks/commission-rates"
import { sdk } from "../../lib/sdk"
import { ActForCooperativeParcels } from "./act-for-cooperative-parcels"

type Props = { vendorId: string; vendorName: string }

const EMPTY = {
  title_fr: "",
  title_ar: "",
  description: "",
  category: "",
  variant: "",
  price_mad: "",
  price_eur: "",
  stock: "",
}

/** The role an administrator grants to staff who act for cooperatives (see docs/security.md). */
const COOPERATIVE_SUPPORT_ROLE = "cooperative_support"

/**
 * Staff do what a member does, for this cooperative only: here, add a product with its photo, as
 * when a member brings her products to the centre. It goes through the portal's routes, is recorded
 * in the cooperative's history as the centre's, and waits in Moderation like any new product.
 */
export function ActForCooperative({ vendorId, vendorName }: Props) {
  const me = useQuery({ queryKey: ["bazaar_me"], queryFn: () => sdk.admin.user.me() })
  const categories = useCategoryNames()
  const create = useCreateProductFor(vendorId)
  const [draft, setDraft] = useState(EMPTY)
  const [photo, setPhoto] = useState<File | null>(null)
  const roles = (me.data?.user.metadata?.bazaar_roles as string[] | undefined) ?? []
  const number = (value: string) => Number(value.replace(",", "."))

  if (!me.data) {
    return null
  }
  if (!roles.includes(COOPERATIVE_SUPPORT_ROLE)) {
    return (
      <Container>
        <Heading level="h2">Act for {vendorName}</Heading>
        <Text className="text-ui-fg-subtle">
          Your account may not act for cooperatives. An administrator can give you the cooperative support
          role.
        </Text>
      </Container>
    )
  }

  const submit = () => {
    if (!photo) {
      return
    }
    create.mutate(
      {
        title: { fr: draft.title_fr, ...(draft.title_ar && { ar: draft.title_ar }) },
        description: draft.description ? { fr: draft.description } : {},
        category_id: draft.category,
        handmade: { materials: [], made_to_order: false, one_of_a_kind: false },
        variants: [
          {
            title: draft.variant || "Standard",
            price_mad: number(draft.price_mad),
            price_eur: number(draft.price_eur),
            stock: number(draft.stock),
          },
        ],
        photo,
      },
      { onSuccess: () => setDraft(EMPTY) }
    )
  }

  const field = (key: keyof typeof EMPTY, label: string, props: Record<string, unknown> = {}) => (
    <div className="flex flex-col gap-1">
      <Label htmlFor={`act-${key}`}>{label}</Label>
      <Input
        id={`act-${key}`}
        data-testid={`act-${key}`}
        value={draft[key]}
        onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
        {...props}
      />
    </div>
  )

  return (
    <>
      <Container className="flex flex-col gap-3" data-testid="act-for-cooperative">
        <Heading level="h2">Add a product for {vendorName}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          As the cooperative would in its portal: the product is theirs, marked as added by the centre, and
          waits in Moderation.
        </Text>
        <div className="grid grid-cols-1 gap-2 md:grid-cols-2">
          {field("title_fr", "Name (French)")}
          {field("title_ar", "Name (Arabic, optional)", { dir: "rtl" })}
          {field("description", "Description (French, optional)")}
          <div className="flex flex-col gap-1">
            <Label htmlFor="act-category">Category</Label>
            <Select value={draft.category} onValueChange={(category) => setDraft({ ...draft, category })}>
              <Select.Trigger id="act-category" data-testid="act-category">
                <Select.Value placeholder="Choose" />
              </Select.Trigger>
              <Select.Content>
                {(categories.data?.product_categories ?? []).map((category) => (
                  <Select.Item key={category.id} value={category.id}>
                    {category.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          {field("variant", "Size or version (optional)")}
          {field("stock", "In stock", { inputMode: "numeric" })}
          {field("price_mad", "Price (MAD)", { inputMode: "decimal" })}
          {field("price_eur", "Price (EUR)", { inputMode: "decimal" })}
          <div className="flex flex-col gap-1">
            <Label htmlFor="act-photo">Photo</Label>
            <input
              id="act-photo"
              data-testid="act-photo"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              onChange={(event) => setPhoto(event.target.files?.[0] ?? null)}
            />
          </div>
        </div>
        <div>
          <Button
            size="small"
            data-testid="act-submit"
            isLoading={create.isPending}
            disabled={!photo || !draft.title_fr || !draft.category}
            onClick={submit}
          >
            Add and send for review
          </Button>
        </div>
        {create.isSuccess && (
          <Text role="status" className="text-ui-fg-interactive" data-testid="act-message">
            Added for {vendorName} and sent for review: {create.data.product.title}
          </Text>
        )}
        {create.isError && (
          <Text role="alert" className="text-ui-fg-error" data-testid="act-message">
            {create.error.message}
          </Text>
        )}
      </Container>
      <ActForCooperativeParcels vendorId={vendorId} vendorName={vendorName} />
    </>
  )
}
