"use client"

import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from "react"
import { useRouter } from "next/navigation"
import { saveProduct } from "@/lib/actions/portal-products"
import { createPhotoPreparation, draftValues, isNetworkFailure, setPhotos } from "@/lib/portal/draft"
import { discardDraft, DRAFT_QUEUED_EVENT, saveDraft } from "@/lib/portal/draft-store"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import {
  fieldMessage,
  formValues,
  valueOf,
  valuesOf,
  type FormState,
  type FormValues,
} from "@/lib/forms/form"
import type { PortalMessages } from "@/lib/portal/messages"
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import PhotoPicker from "./photo-picker"
import SubmitButton from "@/modules/common/components/forms/submit-button"
import VariantRows from "./variant-rows"

/** A new product kept on the phone while it is written (see product-draft-form.tsx). */
export type DraftBinding = {
  /** The draft's UUID, sent as the idempotency key of the product's creation. */
  key: string
  photos?: File[]
  /** Saved without a connection: how it is sent when the connection is back. */
  queued?: "save" | "submit"
  restored?: boolean
  onDiscard: () => void
}

type Props = {
  locale: Locale
  m: Pick<PortalMessages, "productForm" | "errors" | "common"> & Partial<Pick<PortalMessages, "offline">>
  categories: { value: string; label: string }[]
  initialValues: FormValues
  /** False once the product waits for review or is online: then it can only be saved. */
  canSubmit: boolean
  /** Only for a new product, once the page's script runs. */
  draft?: DraftBinding
}

// typing is saved to the phone this long after the last key, not on every key
const DRAFT_SAVE_DELAY_MS = 400

const LOCALES = ["fr", "ar", "en"] as const

/**
 * Create or edit a product in five short steps. Title and description are asked in the member's
 * language first, then in the two others (any one is enough).
 */
export default function ProductForm({ locale, m, categories, initialValues, canSubmit, draft }: Props) {
  const [serverState, action] = useActionState<FormState, FormData>(saveProduct, {
    values: initialValues,
  })
  // with the page's script running, the form is sent by onSubmit below and its answer kept here
  const [clientState, setClientState] = useState<FormState | null>(null)
  const state = clientState ?? serverState
  const router = useRouter()
  const [sending, startSending] = useTransition()
  const [pressed, setPressed] = useState<string | undefined>()
  const [preparation] = useState(() => createPhotoPreparation(draft?.photos ?? []))
  const [draftState, setDraftState] = useState<"restored" | "saved" | "queued" | null>(
    draft?.queued ? "queued" : draft?.restored ? "restored" : null
  )
  const queued = useRef(draft?.queued)
  // once the product is saved, a late autosave must not bring its draft back
  const finished = useRef(false)
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const formRef = useRef<HTMLFormElement>(null)
  const o = m.offline

  useEffect(() => () => clearTimeout(saveTimer.current), [])

  const keepDraft = async (intent?: "save" | "submit") => {
    const form = formRef.current
    if (!draft || !form || finished.current) {
      return
    }
    if (intent) {
      queued.current = intent
    }
    const photos = await preparation.ready()
    if (finished.current) {
      return
    }
    await saveDraft({
      key: draft.key,
      locale,
      values: draftValues(formValues(new FormData(form))),
      photos,
      savedAt: Date.now(),
      queued: queued.current ? { intent: queued.current, at: Date.now() } : undefined,
    })
    setDraftState(queued.current ? "queued" : "saved")
    if (queued.current) {
      window.dispatchEvent(new Event(DRAFT_QUEUED_EVENT))
    }
  }
  const scheduleDraft = () => {
    if (!draft) {
      return
    }
    clearTimeout(saveTimer.current)
    saveTimer.current = setTimeout(() => void keepDraft().catch(() => undefined), DRAFT_SAVE_DELAY_MS)
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
    const formData = new FormData(form, submitter)
    const intent = formData.get("intent") === "submit" ? "submit" : "save"
    setPressed(submitter?.value)
    clearTimeout(saveTimer.current)
    startSending(async () => {
      // never the original photo: wait until the chosen ones are shrunk
      setPhotos(formData, await preparation.ready())
      if (draft && !navigator.onLine) {
        await keepDraft(intent)
        return
      }
      formData.set("answer", "state")
      try {
        const next = await saveProduct(state, formData)
        if (next.redirectTo) {
          if (draft && !next.error) {
            finished.current = true
            clearTimeout(saveTimer.current)
            await discardDraft(draft.key)
          }
          router.push(next.redirectTo)
          return
        }
        // photos sent with this answer are uploaded now (kept as `images`): never send them twice
        void preparation.start(Promise.resolve([]))
        setClientState(next)
        if (draft) {
          scheduleDraft()
        }
      } catch (error) {
        if (draft && isNetworkFailure(error, navigator.onLine)) {
          await keepDraft(intent)
          return
        }
        throw error
      }
    })
  }

  const t = m.productForm
  const v = (name: string) => valueOf(state.values, name)
  const e = (name: string) => fieldMessage(state, name, m.errors)
  const textLocales = [locale, ...LOCALES.filter((other) => other !== locale)]
  // "at least one language" errors are reported on French; show them on the first field instead
  const titleMissing = state.fieldErrors?.title_fr === "titleRequired"
  const descriptionMissing = state.fieldErrors?.description_fr === "descriptionRequired"

  const languageFields = (textLocale: Locale, first: boolean) => {
    const language = t.languages[textLocale]
    const dir = textLocale === "ar" ? "rtl" : "ltr"
    const titleError = titleMissing ? (first ? m.errors.titleRequired : undefined) : e(`title_${textLocale}`)
    const descriptionError = descriptionMissing
      ? first
        ? m.errors.descriptionRequired
        : undefined
      : e(`description_${textLocale}`)
    return (
      <div key={textLocale} className="portal-language">
        <h3 className="portal-language__title">{language}</h3>
        <TextField
          name={`title_${textLocale}`}
          label={format(t.titleLabelIn, { language })}
          defaultValue={v(`title_${textLocale}`)}
          error={titleError}
          lang={textLocale}
          dir={dir}
          maxLength={200}
          testId={`product-title-${textLocale}`}
        />
        <TextAreaField
          name={`description_${textLocale}`}
          label={format(t.descriptionLabelIn, { language })}
          hint={first ? t.descriptionHint : undefined}
          rows={first ? 5 : 3}
          defaultValue={v(`description_${textLocale}`)}
          error={descriptionError}
          lang={textLocale}
          dir={dir}
          testId={`product-description-${textLocale}`}
        />
      </div>
    )
  }

  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={onSubmit}
      onChange={scheduleDraft}
      className="portal-form"
      data-testid="product-form"
      data-draft={draft ? "on" : undefined}
      noValidate
    >
      {/* Enter in a text field presses the first submit button: make that "save", not a row button */}
      <button
        type="submit"
        name="intent"
        value="save"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={v("product_id")} />
      {draft ? <input type="hidden" name="idempotency_key" value={draft.key} /> : null}
      <FormAlert state={state} errors={m.errors} common={m.common} />
      {draft && o && draftState ? (
        <div
          className={`alert ${draftState === "queued" ? "alert--info" : "alert--ok"} portal-draft`}
          role="status"
          data-testid={`draft-${draftState}`}
        >
          <p>
            {draftState === "queued" ? o.queued : draftState === "restored" ? o.draftRestored : o.draftSaved}
          </p>
          <button
            type="button"
            className="button button--ghost button--small"
            data-testid="draft-discard"
            onClick={() => {
              if (window.confirm(o.discardConfirm)) {
                clearTimeout(saveTimer.current)
                draft.onDiscard()
              }
            }}
          >
            {o.discard}
          </button>
        </div>
      ) : null}

      <fieldset className="portal-section">
        <legend>{t.steps.text}</legend>
        <p className="portal-section__intro">{t.textIntro}</p>
        {textLocales.map((textLocale, index) => languageFields(textLocale, index === 0))}
      </fieldset>

      <fieldset className="portal-section">
        <legend>{t.steps.category}</legend>
        <SelectField
          name="category_id"
          label={t.category}
          placeholder={t.chooseCategory}
          options={categories}
          defaultValue={v("category_id")}
          error={e("category_id")}
          required
          testId="product-category"
        />
      </fieldset>

      <fieldset className="portal-section">
        <legend>{t.steps.photos}</legend>
        <PhotoPicker
          key={state.version}
          images={valuesOf(state.values, "images")}
          error={e("photos")}
          m={t}
          preparation={preparation}
          preparingLabel={o?.preparingPhotos}
          initialFiles={state.version ? undefined : draft?.photos}
          onPhotos={scheduleDraft}
        />
      </fieldset>

      <fieldset className="portal-section">
        <legend>{t.steps.handmade}</legend>
        <TextField
          name="materials"
          label={t.materials}
          hint={t.materialsHint}
          optional={m.common.optional}
          defaultValue={v("materials")}
          error={e("materials")}
          testId="product-materials"
        />
        <TextField
          name="technique"
          label={t.technique}
          hint={t.techniqueHint}
          optional={m.common.optional}
          defaultValue={v("technique")}
          error={e("technique")}
        />
        <CheckboxField
          name="one_of_a_kind"
          label={t.oneOfAKind}
          defaultChecked={v("one_of_a_kind") === "on"}
          testId="product-one-of-a-kind"
        />
        <CheckboxField
          name="made_to_order"
          label={t.madeToOrder}
          defaultChecked={v("made_to_order") === "on"}
          testId="product-made-to-order"
        />
        <TextField
          name="lead_time_days"
          label={t.leadTime}
          defaultValue={v("lead_time_days")}
          error={e("lead_time_days")}
          inputMode="numeric"
          dir="ltr"
          testId="product-lead-time"
        />
      </fieldset>

      <fieldset className="portal-section">
        <legend>{t.steps.variants}</legend>
        <p className="portal-section__intro">{t.variantsIntro}</p>
        <TextField
          name="option_title"
          label={t.optionTitle}
          hint={t.optionTitleHint}
          optional={m.common.optional}
          defaultValue={v("option_title")}
          error={e("option_title")}
        />
        <VariantRows key={state.version} state={state} m={t} errors={m.errors} />
      </fieldset>

      <div className="portal-actions">
        <SubmitButton
          name="intent"
          value="save"
          variant={canSubmit ? "ghost" : "primary"}
          pendingLabel={m.common.sending}
          sending={sending ? pressed === "save" : undefined}
          testId="product-save"
        >
          {t.save}
        </SubmitButton>
        {canSubmit ? (
          <>
            <SubmitButton
              name="intent"
              value="submit"
              pendingLabel={m.common.sending}
              sending={sending ? pressed === "submit" : undefined}
              testId="product-submit-review"
            >
              {t.submitReview}
            </SubmitButton>
            <p className="field__hint">{t.submitHint}</p>
          </>
        ) : null}
      </div>
    </form>
  )
}
