// The built-in provider's own migration (extensions and its index catalogue): a provider's
// migrations are read from its own folder, so ours must carry it to stay a drop-in replacement.
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
