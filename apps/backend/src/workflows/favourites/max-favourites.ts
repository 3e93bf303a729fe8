/** How many products one shopper may keep: far above real use, low enough to bound every list read. */
export const MAX_FAVOURITES = 500
