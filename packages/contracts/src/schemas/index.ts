// The zod schemas of our custom routes' bodies, apart from the root entry so that what only needs the
// codes, limits and types (client components among them) does not load zod.
export * from "./localized-text"
export * from "./vendor-applications"
export * from "./vendor-products"
export * from "./phone"
