import type { Metadata } from "next"
import Link from "next/link"
import { format } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { resetLinkParams } from "@/lib/shop/password-reset"
import { localePath, paths } from "@/lib/util/paths"
import ResetPasswordForm from "@/modules/account/components/reset-password-form"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string | string[]; email?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = getMessages(resolveLocale((await params).locale))
  // the URL carries a token: never indexed, never sent on as a referrer
  return { title: m.account.resetTitle, robots: { index: false }, referrer: "no-referrer" }
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale)
  const m = getMessages(locale)
  const labels = m.account
  const link = resetLinkParams(await searchParams)
  return (
    <div className="account-auth">
      <section className="portal-section">
        <h1>{labels.resetTitle}</h1>
        {link ? (
          <>
            <p className="muted">{format(labels.resetIntro, { email: link.email })}</p>
            <ResetPasswordForm
              locale={locale}
              token={link.token}
              email={link.email}
              labels={labels}
              errors={m.shopErrors}
            />
          </>
        ) : (
          <>
            <p className="alert alert--error" role="alert">
              {m.shopErrors.resetLinkInvalid}
            </p>
            <Link href={localePath(locale, paths.forgotPassword())} className="button button--wide">
              {labels.askAgain}
            </Link>
          </>
        )}
      </section>
    </div>
  )
}
