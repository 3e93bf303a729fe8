"use client"

import { useErrorText } from "@/modules/common/components/error-text"

type Props = { error: unknown; retry: () => void }

/** Shown when the backend cannot be reached or fails; the shopper can retry on a flaky network. */
export default function ShopError({ retry }: Props) {
  const t = useErrorText()
  if (!t) {
    // Without the layout's strings there is nothing localized to show: let the parent boundary handle it.
    throw new Error("Error strings are missing from the [locale] layout")
  }
  return (
    <main id="main" className="page">
      <section className="message-page" role="alert">
        <h1>{t.title}</h1>
        <p>{t.text}</p>
        <p>
          <button type="button" className="button" onClick={() => retry()}>
            {t.retry}
          </button>
        </p>
      </section>
    </main>
  )
}
