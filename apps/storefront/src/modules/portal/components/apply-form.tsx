"use client"

import Link from "next/link"
import { useActionState } from "react"
import { applyForVendor } from "@/lib/actions/portal-auth"
import type { Locale } from "@/lib/constants"
import { fieldMessage, valueOf, type FormState } from "@/lib/forms/form"
import type { PortalMessages } from "@/lib/portal/messages"
import { LEGAL_FORMS } from "@/lib/types/custom-routes"
import { FileField, SelectField, TextAreaField, TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: Locale
  m: Pick<PortalMessages, "apply" | "errors" | "common">
  regions: { value: string; label: string }[]
  signInHref: string
}

const STORY_LABELS = { fr: "storyFr", ar: "storyAr", en: "storyEn" } as const

/** The application in five short sections; works as a plain form post before JavaScript loads. */
export default function ApplyForm({ locale, m, regions, signInHref }: Props) {
  const [state, action] = useActionState<FormState, FormData>(applyForVendor, {})
  const t = m.apply
  const v = (name: string) => valueOf(state.values, name)
  const e = (name: string) => fieldMessage(state, name, m.errors)
  const optional = m.common.optional
  // the member's own language first; the other two stay folded unless already filled
  const storyLocales = [locale, ...(["fr", "ar", "en"] as const).filter((l) => l !== locale)]
  const storyMissing = state.fieldErrors?.story_fr === "storyRequired"

  return (
    <form action={action} className="portal-form" data-testid="apply-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormAlert state={state} errors={m.errors} common={m.common} />

      <fieldset className="portal-section">
        <legend>{t.sections.cooperative}</legend>
        <TextField
          name="name"
          label={t.name}
          defaultValue={v("name")}
          error={e("name")}
          autoComplete="organization"
          required
          testId="apply-name"
        />
        <SelectField
          name="legal_form"
          label={t.legalForm}
          placeholder={t.chooseLegalForm}
          defaultValue={v("legal_form")}
          error={e("legal_form")}
          required
          testId="apply-legal-form"
          options={LEGAL_FORMS.map((form) => ({ value: form, label: t.legalForms[form] }))}
        />
        <TextField
          name="odco_number"
          label={t.odco}
          hint={t.odcoHint}
          optional={optional}
          defaultValue={v("odco_number")}
          error={e("odco_number")}
          dir="ltr"
        />
        <TextField
          name="ice"
          label={t.ice}
          hint={t.iceHint}
          optional={optional}
          defaultValue={v("ice")}
          error={e("ice")}
          inputMode="numeric"
          dir="ltr"
        />
        <FileField
          name="logo"
          label={t.logo}
          hint={t.logoHint}
          optional={optional}
          error={e("logo")}
          accept="image/*"
          capture="environment"
          testId="apply-logo"
        />
      </fieldset>

      <fieldset className="portal-section">
        <legend>{t.sections.place}</legend>
        <SelectField
          name="region"
          label={t.region}
          placeholder={t.chooseRegion}
          defaultValue={v("region")}
          error={e("region")}
          options={regions}
          required
          testId="apply-region"
        />
        <TextField
          name="province"
          label={t.province}
          optional={optional}
          defaultValue={v("province")}
          error={e("province")}
        />
        <TextField
          name="city"
          label={t.city}
          defaultValue={v("city")}
          error={e("city")}
          autoComplete="address-level2"
          required
          testId="apply-city"
        />
        <TextField
          name="phone"
          type="tel"
          label={t.phone}
          hint={t.phoneHint}
          defaultValue={v("phone")}
          error={e("phone")}
          autoComplete="tel"
          inputMode="tel"
          dir="ltr"
          required
          testId="apply-phone"
        />
      </fieldset>

      <fieldset className="portal-section">
        <legend>{t.sections.people}</legend>
        <TextField
          name="founded_year"
          label={t.foundedYear}
          optional={optional}
          defaultValue={v("founded_year")}
          error={e("founded_year")}
          inputMode="numeric"
        />
        <TextField
          name="members_count"
          label={t.membersCount}
          optional={optional}
          defaultValue={v("members_count")}
          error={e("members_count")}
          inputMode="numeric"
        />
        <TextField
          name="women_share"
          label={t.womenShare}
          hint={t.womenShareHint}
          optional={optional}
          defaultValue={v("women_share")}
          error={e("women_share")}
          inputMode="numeric"
        />
      </fieldset>

      <fieldset className="portal-section">
        <legend>{t.sections.story}</legend>
        <p className="portal-section__intro">{t.storyIntro}</p>
        <TextField
          name="tagline"
          label={t.tagline}
          hint={t.taglineHint}
          optional={optional}
          defaultValue={v("tagline")}
          error={e("tagline")}
          maxLength={160}
        />
        {storyLocales.map((storyLocale, index) => {
          const name = `story_${storyLocale}`
          // "at least one story" belongs to the first field the member sees, whatever its language
          const error = storyMissing ? (index === 0 ? m.errors.storyRequired : undefined) : e(name)
          const field = (
            <TextAreaField
              key={storyLocale}
              name={name}
              label={t[STORY_LABELS[storyLocale]]}
              defaultValue={v(name)}
              error={error}
              lang={storyLocale}
              dir={storyLocale === "ar" ? "rtl" : "ltr"}
              testId={`apply-story-${storyLocale}`}
            />
          )
          if (index === 0) {
            return field
          }
          return (
            <details key={storyLocale} className="portal-more" open={Boolean(v(name) || error)}>
              <summary>{t[STORY_LABELS[storyLocale]]}</summary>
              {field}
            </details>
          )
        })}
      </fieldset>

      <fieldset className="portal-section">
        <legend>{t.sections.account}</legend>
        <p className="portal-section__intro">{t.accountIntro}</p>
        <TextField
          name="first_name"
          label={t.firstName}
          defaultValue={v("first_name")}
          error={e("first_name")}
          autoComplete="given-name"
          required
          testId="apply-first-name"
        />
        <TextField
          name="last_name"
          label={t.lastName}
          defaultValue={v("last_name")}
          error={e("last_name")}
          autoComplete="family-name"
          required
          testId="apply-last-name"
        />
        <TextField
          name="email"
          type="email"
          label={t.email}
          defaultValue={v("email")}
          error={e("email")}
          autoComplete="email"
          inputMode="email"
          dir="ltr"
          required
          testId="apply-email"
        />
        <TextField
          name="password"
          type="password"
          label={t.password}
          hint={t.passwordHint}
          error={e("password")}
          autoComplete="new-password"
          dir="ltr"
          required
          testId="apply-password"
        />
      </fieldset>

      <SubmitButton pendingLabel={m.common.sending} testId="apply-submit">
        {t.submit}
      </SubmitButton>
      <p className="portal-aside">
        {t.haveAccount} <Link href={signInHref}>{t.signInLink}</Link>
      </p>
    </form>
  )
}
