// stands are in Morocco: sales are priced and owed in dirhams
export const STAND_SALE_CURRENCY = "mad"

/** A ledger reference per stand sale: the impact figures tell stand sales from online ones by it. */
export const standSaleReference = (saleId: string) => `stand_sale:${saleId}`
