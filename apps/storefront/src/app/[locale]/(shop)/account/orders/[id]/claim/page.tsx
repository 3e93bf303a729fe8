import type { Metadata } from "next"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { localePath, paths } from "@/lib/util/paths"
import AcceptOrderForm from "@/modules/account/components/accept-order-form"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<{ token?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = getMessages(resolveLocale((await params).locale))
  // the token is a secret: keep the page out of indexes and out of referrers
  return { title: m.account.claimTitle, robots: { index: false }, referrer: "no-referrer" }
}

/**
 * Where the emailed link lands: an order placed without an account joins the account made later with
 * the same email. Opening the page changes nothing; the button does (mail scanners open links too).
 */
export default async function ClaimOrderPage({ params, searchParams }: Props) {
  const { locale: rawLocale, id } = await params
  const locale = resolveLocale(rawLocale)
  const a = getMessages(locale).account
  const token = (await searchParams).token
  return (
    <section className="account-claim" data-testid="claim-order">
      <h1>{a.claimTitle}</h1>
      <p>{a.claimIntro}</p>
      <AcceptOrderForm
        locale={locale}
        orderId={id}
        token={Array.isArray(token) ? (token[0] ?? "") : (token ?? "")}
        accountHref={localePath(locale, paths.account())}
        labels={{
          button: a.claimButton,
          accepting: a.claimAccepting,
          done: a.claimDone,
          toAccount: a.claimToAccount,
        }}
        errors={getMessages(locale).shopErrors}
      />
    </section>
  )
}
