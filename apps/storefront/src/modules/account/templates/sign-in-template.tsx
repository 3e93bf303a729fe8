import type { Locale } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"
import { SignInForm, SignUpForm } from "@/modules/account/components/auth-forms"

type Props = { locale: Locale; next?: string }

/** Signed out: sign in, or create an account (both return to the checkout when it sent the shopper here). */
export default function SignInTemplate({ locale, next }: Props) {
  const m = getMessages(locale)
  const labels = m.account
  return (
    <div className="account-auth">
      <section className="portal-section">
        <h1>{labels.signInTitle}</h1>
        <SignInForm locale={locale} next={next} labels={labels} errors={m.shopErrors} />
      </section>
      <section className="portal-section">
        <h2>{labels.signUpTitle}</h2>
        <p className="muted">{labels.signUpIntro}</p>
        <SignUpForm locale={locale} next={next} labels={labels} errors={m.shopErrors} />
      </section>
    </div>
  )
}
