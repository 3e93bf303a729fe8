import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { useInviteFor, usePartStep, usePartsToHandle } from "../../hooks/act-for-cooperative"
import type { AdminCooperativePart } from "../../types"

type Props = { vendorId: string; vendorName: string }

const itemsOf = (part: AdminCooperativePart) =>
  part.items.map((item) => `${item.quantity} × ${item.title}`).join(", ")

/**
 * For a cooperative whose member came to the centre: its parcels to ship (carrier and tracking) or to
 * mark delivered, and an invitation for a new member — each through its portal's routes, recorded in
 * its history as the centre's.
 */
export function ActForCooperativeParcels({ vendorId, vendorName }: Props) {
  const parts = usePartsToHandle(vendorId)
  const step = usePartStep(vendorId)
  const invite = useInviteFor(vendorId)
  const [shipping, setShipping] = useState<Record<string, { carrier: string; tracking_number: string }>>({})
  const [email, setEmail] = useState("")
  const error = parts.error ?? step.error ?? invite.error

  return (
    <Container className="flex flex-col gap-3" data-testid="act-for-parcels">
      <Heading level="h2">Parcels and members of {vendorName}</Heading>
      {parts.data && parts.data.pending.length + parts.data.shipped.length === 0 && (
        <Text>No parcel waits for it.</Text>
      )}
      {parts.data?.pending.map((part) => {
        const values = shipping[part.id] ?? { carrier: "", tracking_number: "" }
        const set = (key: "carrier" | "tracking_number", value: string) =>
          setShipping({ ...shipping, [part.id]: { ...values, [key]: value } })
        return (
          <div key={part.id} className="flex flex-wrap items-end gap-2" data-testid="act-part-pending">
            <Text className="w-full">
              #{part.display_id} — {itemsOf(part)}
            </Text>
            <div className="flex flex-col gap-1">
              <Label htmlFor={`carrier-${part.id}`}>Carrier</Label>
              <Input
                id={`carrier-${part.id}`}
                value={values.carrier}
                onChange={(e) => set("carrier", e.target.value)}
              />
            </div>
            <div className="flex flex-col gap-1">
              <Label htmlFor={`tracking-${part.id}`}>Tracking number</Label>
              <Input
                id={`tracking-${part.id}`}
                value={values.tracking_number}
                onChange={(e) => set("tracking_number", e.target.value)}
              />
            </div>
            <Button
              size="small"
              isLoading={step.isPending}
              onClick={() =>
                step.mutate({
                  id: part.id,
                  step: "ship",
                  ...(values.carrier && { carrier: values.carrier }),
                  ...(values.tracking_number && { tracking_number: values.tracking_number }),
                })
              }
            >
              Mark shipped
            </Button>
          </div>
        )
      })}
      {parts.data?.shipped.map((part) => (
        <div key={part.id} className="flex flex-wrap items-center gap-2" data-testid="act-part-shipped">
          <Text>
            #{part.display_id} — {itemsOf(part)} (shipped)
          </Text>
          <Button
            size="small"
            variant="secondary"
            isLoading={step.isPending}
            onClick={() => step.mutate({ id: part.id, step: "deliver" })}
          >
            {part.payment_provider_id === "pp_cod_cod" ? "Delivered, cash collected" : "Delivered"}
          </Button>
        </div>
      ))}
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor="act-invite">Invite a member (email)</Label>
          <Input id="act-invite" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <Button
          size="small"
          variant="secondary"
          disabled={!email}
          isLoading={invite.isPending}
          onClick={() => invite.mutate({ email }, { onSuccess: () => setEmail("") })}
        >
          Send the invitation
        </Button>
        {invite.isSuccess && <Text role="status">Invitation sent.</Text>}
      </div>
      {error && (
        <Text role="alert" className="text-ui-fg-error">
          {error.message}
        </Text>
      )}
    </Container>
  )
}
