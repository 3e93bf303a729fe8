"use client"

import { createContext, useContext, type ReactNode } from "react"

export type ErrorText = { title: string; text: string; retry: string }

const ErrorTextContext = createContext<ErrorText | null>(null)

/**
 * Hands the localized error strings from the server layout to the error boundary (a client
 * component), so the boundary does not ship every message catalogue to the browser.
 */
export function ErrorTextProvider({ value, children }: { value: ErrorText; children: ReactNode }) {
  return <ErrorTextContext.Provider value={value}>{children}</ErrorTextContext.Provider>
}

export function useErrorText(): ErrorText | null {
  return useContext(ErrorTextContext)
}
