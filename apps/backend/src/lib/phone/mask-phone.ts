/** A number shown without giving it away: its country code and last two digits ("+212 ••• ••• •78"). */
export function maskPhone(phone: string): string {
  const country = phone.startsWith("+212") ? "+212" : phone.slice(0, 3)
  const hidden = phone.slice(country.length, -2).replace(/\d/g, "•")
  return `${country} ${hidden}${phone.slice(-2)}`
}
