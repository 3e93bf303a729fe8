export * from "./cache-tags"
export * from "./error-codes"
export * from "./payment-providers"
