export * from "./cache-tags"
export * from "./payment-providers"
