import { Button, Container, Heading, Input, Label, Select, Text, Textarea } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useSaveEvent } from "../../hooks/events"
import {
  emptyEventForm,
  handleFromName,
  parseEventForm,
  type EventFormErrors,
  type EventFormValues,
} from "../../lib/event-form"
import type { AdminVendorListItem } from "../../types"
import { FormField } from "../payouts/form-field"

const LANGUAGES = [
  { locale: "fr", label: "French" },
  { locale: "ar", label: "Arabic" },
  { locale: "en", label: "English" },
] as const

type Props = {
  /** the event being edited; none to create one */
  eventId?: string
  initial?: EventFormValues
  cooperatives: AdminVendorListItem[]
  onSaved: () => void
}

type TextField = "name" | "description" | "opening_hours"

/** Creates or edits a bazaar event: texts in three languages, place, dates and the cooperatives' stands. */
export function EventForm({ eventId, initial, cooperatives, onSaved }: Props) {
  const [form, setForm] = useState<EventFormValues>(() => initial ?? emptyEventForm())
  const [errors, setErrors] = useState<EventFormErrors>({})
  const save = useSaveEvent()
  const set = <K extends keyof EventFormValues>(name: K, value: EventFormValues[K]) =>
    setForm((previous) => ({ ...previous, [name]: value }))
  const setText = (field: TextField, locale: "fr" | "ar" | "en", value: string) =>
    setForm((previous) => ({
      ...previous,
      [field]: { ...previous[field], [locale]: value },
      // a new event's handle follows its French name until staff write one
      ...(!eventId &&
      field === "name" &&
      locale === "fr" &&
      previous.handle === handleFromName(previous.name.fr)
        ? { handle: handleFromName(value) }
        : {}),
    }))
  const setStand = (index: number, patch: Partial<EventFormValues["stands"][number]>) =>
    set(
      "stands",
      form.stands.map((stand, at) => (at === index ? { ...stand, ...patch } : stand))
    )

  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.reset()
    const parsed = parseEventForm(form)
    if ("errors" in parsed) {
      setErrors(parsed.errors)
      return
    }
    setErrors({})
    save.mutate({ id: eventId, body: parsed.body }, { onSuccess: onSaved })
  }

  const textInputs = (field: TextField, label: string, multiline = false) => (
    <fieldset className="flex flex-col gap-2 md:col-span-2">
      <legend className="mb-1 text-ui-fg-base txt-compact-small-plus">{label}</legend>
      <div className="grid grid-cols-1 gap-2 md:grid-cols-3">
        {LANGUAGES.map(({ locale, label: language }) => {
          const id = `event-${field}-${locale}`
          const props = {
            id,
            dir: locale === "ar" ? "rtl" : "ltr",
            lang: locale,
            value: form[field][locale],
            "data-testid": id,
            "aria-invalid": field === "name" && !!errors.name,
          }
          return (
            <div key={locale} className="flex flex-col gap-1">
              <Label htmlFor={id} size="small">
                {language}
              </Label>
              {multiline ? (
                <Textarea {...props} rows={3} onChange={(e) => setText(field, locale, e.target.value)} />
              ) : (
                <Input {...props} onChange={(e) => setText(field, locale, e.target.value)} />
              )}
            </div>
          )
        })}
      </div>
      {field === "name" && errors.name && (
        <Text size="small" className="text-ui-fg-error" data-testid="event-name-error">
          {errors.name}
        </Text>
      )}
    </fieldset>
  )

  return (
    <Container className="flex flex-col gap-4" id="event-form">
      <Heading level="h2">{eventId ? "Edit the event" : "New event"}</Heading>
      <form
        onSubmit={submit}
        noValidate
        className="grid grid-cols-1 gap-4 md:grid-cols-2"
        data-testid="event-form"
      >
        {textInputs("name", "Name")}
        <FormField id="event-handle" label="Address on the shop (handle)" error={errors.handle}>
          <Input
            id="event-handle"
            value={form.handle}
            onChange={(e) => set("handle", e.target.value)}
            aria-invalid={!!errors.handle}
            data-testid="event-handle"
          />
        </FormField>
        <FormField id="event-city" label="City" error={errors.city}>
          <Input
            id="event-city"
            value={form.city}
            onChange={(e) => set("city", e.target.value)}
            aria-invalid={!!errors.city}
            data-testid="event-city"
          />
        </FormField>
        <FormField id="event-address" label="Address" error={errors.address}>
          <Input
            id="event-address"
            value={form.address}
            onChange={(e) => set("address", e.target.value)}
            aria-invalid={!!errors.address}
            data-testid="event-address"
          />
        </FormField>
        <FormField id="event-map" label="Map link (optional)">
          <Input
            id="event-map"
            type="url"
            placeholder="https://www.openstreetmap.org/…"
            value={form.map_url}
            onChange={(e) => set("map_url", e.target.value)}
            data-testid="event-map"
          />
        </FormField>
        <FormField id="event-starts" label="Opens on" error={errors.starts_at}>
          <Input
            id="event-starts"
            type="datetime-local"
            value={form.starts_at}
            onChange={(e) => set("starts_at", e.target.value)}
            aria-invalid={!!errors.starts_at}
            data-testid="event-starts"
          />
        </FormField>
        <FormField id="event-ends" label="Closes on" error={errors.ends_at}>
          <Input
            id="event-ends"
            type="datetime-local"
            value={form.ends_at}
            onChange={(e) => set("ends_at", e.target.value)}
            aria-invalid={!!errors.ends_at}
            data-testid="event-ends"
          />
        </FormField>
        {textInputs("opening_hours", "Opening hours (e.g. every day 10:00–20:00)")}
        {textInputs("description", "Description", true)}

        <fieldset className="flex flex-col gap-2 md:col-span-2" data-testid="event-stands">
          <legend className="mb-1 text-ui-fg-base txt-compact-small-plus">Cooperatives and stands</legend>
          {form.stands.map((stand, index) => (
            <div key={index} className="flex flex-wrap items-end gap-2">
              <div className="flex min-w-[14rem] flex-1 flex-col gap-1">
                <Label htmlFor={`event-stand-vendor-${index}`} size="small">
                  Cooperative
                </Label>
                <Select
                  value={stand.vendor_id}
                  onValueChange={(value) => setStand(index, { vendor_id: value })}
                >
                  <Select.Trigger
                    id={`event-stand-vendor-${index}`}
                    data-testid={`event-stand-vendor-${index}`}
                  >
                    <Select.Value placeholder="Choose an approved cooperative" />
                  </Select.Trigger>
                  <Select.Content>
                    {cooperatives.map((vendor) => (
                      <Select.Item
                        key={vendor.id}
                        value={vendor.id}
                        data-testid={`event-stand-option-${vendor.handle}`}
                      >
                        {vendor.name}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
              <div className="flex w-28 flex-col gap-1">
                <Label htmlFor={`event-stand-number-${index}`} size="small">
                  Stand number
                </Label>
                <Input
                  id={`event-stand-number-${index}`}
                  value={stand.stand_number}
                  onChange={(e) => setStand(index, { stand_number: e.target.value })}
                  data-testid={`event-stand-number-${index}`}
                />
              </div>
              <Button
                type="button"
                variant="transparent"
                onClick={() =>
                  set(
                    "stands",
                    form.stands.filter((_, at) => at !== index)
                  )
                }
              >
                Remove
              </Button>
            </div>
          ))}
          <div>
            <Button
              type="button"
              variant="secondary"
              onClick={() => set("stands", [...form.stands, { vendor_id: "", stand_number: "" }])}
              data-testid="event-add-stand"
            >
              Add a cooperative
            </Button>
          </div>
          {errors.stands && (
            <Text size="small" className="text-ui-fg-error" data-testid="event-stands-error">
              {errors.stands}
            </Text>
          )}
        </fieldset>

        {save.error && (
          <Text className="text-ui-fg-error md:col-span-2" role="alert" data-testid="event-save-error">
            {save.error.message}
          </Text>
        )}
        <div className="md:col-span-2">
          <Button type="submit" isLoading={save.isPending} data-testid="event-save">
            {eventId ? "Save the event" : "Create the event"}
          </Button>
        </div>
      </form>
    </Container>
  )
}
