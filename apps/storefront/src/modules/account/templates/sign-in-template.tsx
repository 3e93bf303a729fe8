import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"
import { localePath, paths } from "@/lib/util/paths"
import { SignInForm, SignUpForm } from "@/modules/account/components/auth-forms"

type Props = {
  locale: Locale
  next?: string
  /** back from the reset page: the new password is set */
  reset?: boolean
  /** the shopper has just deleted her account */
  deleted?: boolean
  /** why this page asks to sign in (e.g. the favourites page) */
  intro?: string
}

/** Signed out: sign in, or create an account (both return to the checkout when it sent the shopper here). */
export default function SignInTemplate({ locale, next, reset, deleted, intro }: Props) {
  const m = getMessages(locale)
  const labels = m.account
  return (
    <div className="account-auth">
      <section className="portal-section">
        <h1>{labels.signInTitle}</h1>
        {intro ? <p className="muted">{intro}</p> : null}
        {reset ? (
          <p className="alert alert--ok" role="status" data-testid="password-reset-done">
            {labels.resetDone}
          </p>
        ) : null}
        {deleted ? (
          <p className="alert alert--ok" role="status" data-testid="account-deleted">
            {labels.deleted}
          </p>
        ) : null}
        <SignInForm locale={locale} next={next} labels={labels} errors={m.shopErrors} />
        <p className="portal-aside">
          <Link href={localePath(locale, paths.forgotPassword())} data-testid="forgot-password-link">
            {labels.forgotLink}
          </Link>
        </p>
      </section>
      <section className="portal-section">
        <h2>{labels.signUpTitle}</h2>
        <p className="muted">{labels.signUpIntro}</p>
        <SignUpForm locale={locale} next={next} labels={labels} errors={m.shopErrors} />
      </section>
    </div>
  )
}
