import type { Metadata } from "next"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { localePath, paths } from "@/lib/util/paths"
import ConfirmEmailForm from "@/modules/account/components/confirm-email-form"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = getMessages(resolveLocale((await params).locale))
  // the URL carries a token: never indexed, never sent on as a referrer
  return { title: m.account.confirmEmailTitle, robots: { index: false }, referrer: "no-referrer" }
}

/** Where the link sent to a shopper's new email lands: one button moves her account there. */
export default async function ConfirmEmailPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale)
  const m = getMessages(locale)
  const { token } = await searchParams
  const linkToken = typeof token === "string" ? token : ""
  return (
    <div className="account-auth">
      <section className="portal-section">
        <h1>{m.account.confirmEmailTitle}</h1>
        {linkToken ? (
          <>
            <p className="muted">{m.account.confirmEmailIntro}</p>
            <ConfirmEmailForm
              locale={locale}
              token={linkToken}
              accountHref={localePath(locale, paths.account())}
              labels={{
                button: m.account.confirmEmailButton,
                confirming: m.account.confirmingEmail,
                done: m.account.emailConfirmed,
                toAccount: m.account.backToAccount,
              }}
              errors={m.shopErrors}
            />
          </>
        ) : (
          <p className="alert alert--error" role="alert">
            {m.shopErrors.emailLinkInvalid}
          </p>
        )}
      </section>
    </div>
  )
}
