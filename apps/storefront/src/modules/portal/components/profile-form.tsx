"use client"

import { useActionState } from "react"
import { saveProfile } from "@/lib/actions/portal-profile"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { fieldMessage, valueOf, type FormState } from "@/lib/forms/form"
import type { PortalMessages } from "@/lib/portal/messages"
import type { PortalVendor } from "@/lib/types/custom-routes"
import { CheckboxField, FileField, TextAreaField, TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: Locale
  vendor: PortalVendor
  m: Pick<PortalMessages, "profile" | "errors" | "common">
}

const LOCALES = ["fr", "ar", "en"] as const

/** The cooperative's public profile: its tagline and story in each language, and its contact. */
export default function ProfileForm({ locale, vendor, m }: Props) {
  const [state, action] = useActionState<FormState, FormData>(saveProfile, {})
  const t = m.profile
  // the member's own language first
  const order = [locale, ...LOCALES.filter((other) => other !== locale)]
  // saved texts: French on the vendor itself, Arabic and English among its translations
  const saved = (field: "tagline" | "story", language: (typeof LOCALES)[number]) =>
    (language === "fr" ? vendor[field] : vendor.translations?.[language]?.[field]) ?? ""
  const value = (name: string, fallback: string) =>
    state.values && !state.notice ? valueOf(state.values, name) : fallback
  return (
    <form action={action} className="portal-form" data-testid="profile-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormAlert state={state} errors={m.errors} common={m.common} notice={t.saved} />
      {order.map((language) => (
        <TextField
          key={`tagline_${language}`}
          name={`tagline_${language}`}
          label={format(t.tagline, { language: t.languages[language] })}
          defaultValue={value(`tagline_${language}`, saved("tagline", language))}
          error={fieldMessage(state, `tagline_${language}`, m.errors)}
          optional={m.common.optional}
          dir={language === "ar" ? "rtl" : "ltr"}
          lang={language}
          maxLength={160}
          testId={`profile-tagline-${language}`}
        />
      ))}
      {order.map((language) => (
        <TextAreaField
          key={`story_${language}`}
          name={`story_${language}`}
          label={format(t.story, { language: t.languages[language] })}
          defaultValue={value(`story_${language}`, saved("story", language))}
          error={fieldMessage(state, `story_${language}`, m.errors)}
          dir={language === "ar" ? "rtl" : "ltr"}
          lang={language}
          testId={`profile-story-${language}`}
        />
      ))}
      <TextField
        name="email"
        type="email"
        label={t.email}
        defaultValue={value("email", vendor.email ?? "")}
        error={fieldMessage(state, "email", m.errors)}
        optional={m.common.optional}
        inputMode="email"
        dir="ltr"
        testId="profile-email"
      />
      <TextField
        name="phone"
        type="tel"
        label={t.phone}
        defaultValue={value("phone", vendor.phone ?? "")}
        error={fieldMessage(state, "phone", m.errors)}
        inputMode="tel"
        dir="ltr"
        testId="profile-phone"
      />
      <FileField
        name="logo"
        label={t.logo}
        hint={t.logoHint}
        optional={m.common.optional}
        error={fieldMessage(state, "logo", m.errors)}
        accept="image/*"
        capture="environment"
        testId="profile-logo"
      />
      <CheckboxField
        name="show_impact"
        label={t.showImpact}
        defaultChecked={
          state.values && !state.notice ? valueOf(state.values, "show_impact") === "on" : !!vendor.show_impact
        }
        testId="profile-show-impact"
      />
      <SubmitButton pendingLabel={m.common.sending} testId="profile-submit">
        {t.submit}
      </SubmitButton>
    </form>
  )
}
