"use client"

import { useCallback, useEffect, useMemo, useState } from "react"
import { recordStandSale } from "@/lib/actions/portal-stand"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { isNetworkFailure, outboxRetryDelay } from "@/lib/portal/draft"
import type { PortalMessages } from "@/lib/portal/messages"
import {
  draftTotal,
  keepsQueued,
  newSaleKey,
  type StandSaleDraft,
  type StandSaleOutcome,
  type StandSalePayment,
} from "@/lib/portal/stand-sale"
import { canQueueSales, dropSale, queuedSales, queueSale } from "@/lib/portal/stand-sale-queue"
import { formatMoney } from "@/lib/util/money"

export type StandVariantChoice = {
  variant_id: string
  /** the title in the member's language (and the variant) */
  label: string
  /** the product's titles in every language written, so a search finds it in any of them */
  search_text: string
  sku: string | null
  unit_price: number
  stock: number | null
}

type Props = {
  locale: Locale
  m: PortalMessages["stand"]
  eventId: string
  variants: StandVariantChoice[]
}

type Notice =
  | { kind: "recorded"; total: number }
  | { kind: "queued" }
  | { kind: "sentLater"; count: number }
  | { kind: "refused"; error: Exclude<StandSaleOutcome, { ok: true }>["error"] }

// one sending of the queue at a time per page: the `online` event and a visit can arrive together
let flushing: Promise<void> | null = null

/** Sends one sale; a lost connection answers as "not sent yet", like a 5xx. */
async function send(draft: StandSaleDraft): Promise<StandSaleOutcome> {
  try {
    return await recordStandSale(draft)
  } catch (error) {
    if (isNetworkFailure(error, navigator.onLine)) {
      return { ok: false, error: "unavailable" }
    }
    throw error
  }
}

/**
 * A sale at the stand in a few taps: find the product, set the quantity, cash or card, optionally the
 * buyer's phone for a receipt. Each sale is kept on the phone with its idempotency key until the
 * backend has it, and sent again when the connection comes back: it is recorded once.
 */
export default function StandSaleForm({ locale, m, eventId, variants }: Props) {
  const [search, setSearch] = useState("")
  const [lines, setLines] = useState<{ choice: StandVariantChoice; quantity: number }[]>([])
  const [payment, setPayment] = useState<StandSalePayment>("cash")
  const [phone, setPhone] = useState("")
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [waiting, setWaiting] = useState(0)
  const money = (amount: number) => formatMoney(amount, "mad", locale)

  const found = useMemo(() => {
    const words = search.trim().toLocaleLowerCase(locale).split(/\s+/).filter(Boolean)
    return variants
      .filter((choice) =>
        words.every((word) =>
          `${choice.label} ${choice.search_text} ${choice.sku ?? ""}`.toLocaleLowerCase(locale).includes(word)
        )
      )
      .slice(0, 12)
  }, [search, variants, locale])

  const flush = useCallback(async () => {
    if (!canQueueSales()) {
      return
    }
    if (flushing) {
      return flushing
    }
    flushing = (async () => {
      let sent = 0
      for (const draft of await queuedSales()) {
        if (!navigator.onLine) {
          break
        }
        const outcome = await send(draft)
        if (keepsQueued(outcome)) {
          break
        }
        await dropSale(draft.key)
        if (outcome.ok) {
          sent += 1
        } else {
          setNotice({ kind: "refused", error: outcome.error })
        }
      }
      setWaiting((await queuedSales()).length)
      if (sent > 0) {
        setNotice({ kind: "sentLater", count: sent })
      }
    })().finally(() => {
      flushing = null
    })
    return flushing
  }, [])

  useEffect(() => {
    void flush()
    const online = () => void flush()
    window.addEventListener("online", online)
    return () => window.removeEventListener("online", online)
  }, [flush])

  // A sale can fail while the phone still believes it is online (a dead mobile connection): no
  // `online` event follows. While sales wait on the phone, they are tried again by themselves, later
  // each time (outboxRetryDelay), and whenever the page is seen again.
  useEffect(() => {
    if (waiting === 0) {
      return
    }
    let stopped = false
    let failures = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const again = () => {
      timer = setTimeout(() => {
        void flush().finally(() => {
          if (!stopped) again()
        })
      }, outboxRetryDelay(failures++))
    }
    const whenSeen = () => {
      if (document.visibilityState === "visible") {
        void flush()
      }
    }
    again()
    document.addEventListener("visibilitychange", whenSeen)
    return () => {
      stopped = true
      clearTimeout(timer)
      document.removeEventListener("visibilitychange", whenSeen)
    }
  }, [waiting, flush])

  const add = (choice: StandVariantChoice) => {
    setNotice(null)
    setLines((current) =>
      current.some((line) => line.choice.variant_id === choice.variant_id)
        ? current.map((line) =>
            line.choice.variant_id === choice.variant_id ? { ...line, quantity: line.quantity + 1 } : line
          )
        : [...current, { choice, quantity: 1 }]
    )
  }
  const change = (variantId: string, delta: number) =>
    setLines((current) =>
      current
        .map((line) =>
          line.choice.variant_id === variantId ? { ...line, quantity: line.quantity + delta } : line
        )
        .filter((line) => line.quantity > 0)
    )

  const draftItems = lines.map((line) => ({
    variant_id: line.choice.variant_id,
    quantity: line.quantity,
    label: line.choice.label,
    unit_price: line.choice.unit_price,
  }))
  const total = draftTotal({ items: draftItems })

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    if (!lines.length || busy) {
      return
    }
    setBusy(true)
    const draft: StandSaleDraft = {
      key: newSaleKey(),
      event_id: eventId,
      items: draftItems,
      payment,
      buyer_phone: phone,
      at: Date.now(),
    }
    try {
      const keep = canQueueSales()
      // on the phone first: a tab closed or a connection lost mid-way loses nothing
      if (keep) {
        await queueSale(draft)
      }
      const outcome: StandSaleOutcome = navigator.onLine
        ? await send(draft)
        : { ok: false, error: "unavailable" }
      if (keep && !keepsQueued(outcome)) {
        await dropSale(draft.key)
      }
      if (outcome.ok) {
        setNotice({ kind: "recorded", total: outcome.total })
      } else if (keepsQueued(outcome) && keep) {
        setNotice({ kind: "queued" })
      } else {
        setNotice({ kind: "refused", error: outcome.error })
      }
      if (outcome.ok || (keepsQueued(outcome) && keep)) {
        setLines([])
        setPhone("")
        setSearch("")
      }
      setWaiting(keep ? (await queuedSales()).length : 0)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="stand-sale" onSubmit={submit} data-testid="stand-sale-form">
      <label className="field">
        <span className="field__label">{m.search}</span>
        <input
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          placeholder={m.searchPlaceholder}
          data-testid="stand-search"
        />
      </label>
      <ul className="stand-sale__choices" aria-label={m.products}>
        {found.map((choice) => (
          <li key={choice.variant_id}>
            <button
              type="button"
              className="stand-sale__choice"
              onClick={() => add(choice)}
              data-testid="stand-choice"
              data-variant-id={choice.variant_id}
            >
              <span className="stand-sale__choice-label">{choice.label}</span>
              <span className="stand-sale__choice-meta">
                {money(choice.unit_price)}
                {choice.stock !== null ? ` · ${format(m.inStock, { count: choice.stock })}` : ""}
              </span>
            </button>
          </li>
        ))}
        {found.length === 0 ? <li className="field__hint">{m.noProduct}</li> : null}
      </ul>

      <section className="portal-card stand-sale__basket" aria-label={m.basket}>
        <h2>{m.basket}</h2>
        {lines.length === 0 ? <p className="field__hint">{m.basketEmpty}</p> : null}
        <ul>
          {lines.map((line) => (
            <li key={line.choice.variant_id} className="stand-sale__line" data-testid="stand-line">
              <span className="stand-sale__line-label">{line.choice.label}</span>
              <span className="stand-sale__stepper">
                <button
                  type="button"
                  onClick={() => change(line.choice.variant_id, -1)}
                  aria-label={format(m.less, { product: line.choice.label })}
                >
                  −
                </button>
                <output data-testid="stand-quantity">{line.quantity}</output>
                <button
                  type="button"
                  onClick={() => change(line.choice.variant_id, 1)}
                  aria-label={format(m.more, { product: line.choice.label })}
                >
                  +
                </button>
              </span>
            </li>
          ))}
        </ul>
        <fieldset className="stand-sale__payment">
          <legend>{m.payment}</legend>
          {(["cash", "card"] as const).map((value) => (
            <label key={value} className="stand-sale__option">
              <input
                type="radio"
                name="payment"
                value={value}
                checked={payment === value}
                onChange={() => setPayment(value)}
              />
              {m[value]}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field__label">{m.buyerPhone}</span>
          <input
            type="tel"
            inputMode="tel"
            autoComplete="off"
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
            data-testid="stand-phone"
          />
          <span className="field__hint">{m.buyerPhoneHint}</span>
        </label>
        <p className="stand-sale__total">
          {m.total} <strong data-testid="stand-total">{money(total)}</strong>
        </p>
        <button
          type="submit"
          className="button button--wide"
          disabled={!lines.length || busy}
          data-testid="stand-record"
        >
          {busy ? m.recording : m.record}
        </button>
      </section>

      <div aria-live="polite" data-testid="stand-notice">
        {notice?.kind === "recorded" ? (
          <p className="alert alert--ok">{format(m.recorded, { total: money(notice.total) })}</p>
        ) : null}
        {notice?.kind === "queued" ? <p className="alert alert--info">{m.queued}</p> : null}
        {notice?.kind === "sentLater" ? (
          <p className="alert alert--ok">{format(m.sentLater, { count: notice.count })}</p>
        ) : null}
        {notice?.kind === "refused" ? <p className="alert alert--error">{m.errors[notice.error]}</p> : null}
        {waiting > 0 ? (
          <p className="field__hint" data-testid="stand-waiting">
            {format(m.waiting, { count: waiting })}
          </p>
        ) : null}
      </div>
    </form>
  )
}
