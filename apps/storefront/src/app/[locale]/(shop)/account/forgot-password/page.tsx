import type { Metadata } from "next"
import Link from "next/link"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { localePath, paths } from "@/lib/util/paths"
import ForgotPasswordForm from "@/modules/account/components/forgot-password-form"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = getMessages(resolveLocale((await params).locale))
  return { title: m.account.forgotTitle, robots: { index: false } }
}

export default async function ForgotPasswordPage({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  const m = getMessages(locale)
  const labels = m.account
  return (
    <div className="account-auth">
      <section className="portal-section">
        <h1>{labels.forgotTitle}</h1>
        <p className="muted">{labels.forgotIntro}</p>
        <ForgotPasswordForm locale={locale} labels={labels} errors={m.shopErrors} />
        <p className="portal-aside">
          <Link href={localePath(locale, paths.account())}>{labels.backToSignIn}</Link>
        </p>
      </section>
    </div>
  )
}
