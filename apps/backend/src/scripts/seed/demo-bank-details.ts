// Demo cooperatives need somewhere to be paid: bank details shaped like real Moroccan ones (a RIB is
// bank 3 + city 3 + account 16 + key 2 digits) but made up, from the cooperative's place in the list.
const BANKS = [
  { code: "145", name: "Banque Populaire" },
  { code: "225", name: "Al Barid Bank" },
  { code: "007", name: "Attijariwafa bank" },
  { code: "230", name: "CIH Bank" },
]

export function demoBankDetails(index: number, vendor: { name: string }) {
  const bank = BANKS[index % BANKS.length]
  const city = String(450 + index * 7).padStart(3, "0")
  const account = String(21_000_000_000 + index * 1_234_567).padStart(16, "0")
  const key = String(
    97 - ((Number(bank.code) * 89 + Number(city) * 15 + (Number(account) % 97) * 3) % 97)
  ).padStart(2, "0")
  return { rib: `${bank.code}${city}${account}${key}`, bank_name: bank.name, account_holder: vendor.name }
}
