"use client"

import dynamic from "next/dynamic"
import { useRouter } from "next/navigation"
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react"
import type { Locale } from "@/lib/constants"

// InstantSearch is only downloaded once someone types: most visits never search
const SearchSuggestionsSource = dynamic(() => import("./search-suggestions-source"), { ssr: false })

type Props = {
  locale: Locale
  labels: {
    label: string
    placeholder: string
    submit: string
    suggestions: string
    suggestionsCount: string
  }
  initialQuery?: string
}

const DEBOUNCE_MS = 200

/**
 * The header's search field: a combobox whose suggestions follow the typing (debounced, fetched by
 * InstantSearch through Medusa's adapter), usable with the arrow keys, Enter and Escape, and
 * announced to screen readers. Without JavaScript it is a plain form posting to the search page.
 */
export default function SearchBox({ locale, labels, initialQuery = "" }: Props) {
  const router = useRouter()
  const id = useId()
  const listId = `${id}-suggestions`
  const [query, setQuery] = useState(initialQuery)
  const [suggestions, setSuggestions] = useState<string[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [settled, setSettled] = useState("")
  const typed = useRef(false)

  // ask only once the typing pauses
  useEffect(() => {
    const timer = setTimeout(() => setSettled(typed.current ? query.trim() : ""), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [query])

  const showSuggestions = useCallback((titles: string[]) => {
    setSuggestions(titles)
    setActive(-1)
    setOpen(titles.length > 0)
  }, [])
  const asking = settled.length >= 2

  const go = (q: string) => {
    setOpen(false)
    if (q.trim()) {
      router.push(`/${locale}/search?q=${encodeURIComponent(q.trim())}`)
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const shown = open && suggestions.length > 0
    if (event.key === "ArrowDown" && shown) {
      event.preventDefault()
      setActive((active + 1) % suggestions.length)
    } else if (event.key === "ArrowUp" && shown) {
      event.preventDefault()
      setActive(active <= 0 ? suggestions.length - 1 : active - 1)
    } else if (event.key === "Enter" && shown && active >= 0) {
      event.preventDefault()
      go(suggestions[active])
    } else if (event.key === "Escape") {
      setOpen(false)
      setActive(-1)
    }
  }

  const expanded = asking && open && suggestions.length > 0
  return (
    <form
      role="search"
      action={`/${locale}/search`}
      method="get"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault()
        go(query)
      }}
    >
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {labels.label}
      </label>
      <input
        id={`${id}-input`}
        name="q"
        type="search"
        className="search-box__input"
        data-testid="search-input"
        placeholder={labels.placeholder}
        autoComplete="off"
        maxLength={200}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        // uncontrolled: the browser owns the text and its caret (bidirectional text included)
        defaultValue={initialQuery}
        onChange={(event) => {
          typed.current = true
          setQuery(event.target.value)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => suggestions.length && setOpen(true)}
      />
      <button type="submit" className="button search-box__submit">
        {labels.submit}
      </button>
      <ul
        id={listId}
        role="listbox"
        aria-label={labels.suggestions}
        className="search-box__suggestions"
        hidden={!expanded}
      >
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="search-box__suggestion"
            data-testid="search-suggestion"
            // mousedown, not click: it fires before the input's blur closes the list
            onMouseDown={(event) => {
              event.preventDefault()
              go(suggestion)
            }}
          >
            {suggestion}
          </li>
        ))}
      </ul>
      {asking ? (
        <SearchSuggestionsSource locale={locale} query={settled} onSuggestions={showSuggestions} />
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {expanded ? labels.suggestionsCount.replace("{count}", String(suggestions.length)) : ""}
      </p>
    </form>
  )
}
