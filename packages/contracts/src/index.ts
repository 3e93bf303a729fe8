export * from "./cache-tags"
export * from "./checkout"
export * from "./payment-providers"
