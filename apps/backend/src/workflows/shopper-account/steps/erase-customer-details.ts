import type { CustomerAddressDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const eraseCustomerDetailsStepId = "erase-customer-details"

const PERSONAL_FIELDS = ["email", "first_name", "last_name", "phone", "company_name", "metadata"] as const

type Erased = {
  id: string
  details: Record<(typeof PERSONAL_FIELDS)[number], unknown>
  addresses: CustomerAddressDTO[]
}

/**
 * Medusa deletes a customer by marking the row: its email, name, phone and address book would stay
 * in the database. They are emptied first, the address book removed. Undone by writing them back.
 */
export const eraseCustomerDetailsStep = createStep(
  eraseCustomerDetailsStepId,
  async ({ customer_id }: { customer_id: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const customer = await customers.retrieveCustomer(customer_id, { relations: ["addresses"] })
    const erased: Erased = {
      id: customer.id,
      details: Object.fromEntries(
        PERSONAL_FIELDS.map((field) => [field, customer[field] ?? null])
      ) as Erased["details"],
      addresses: customer.addresses ?? [],
    }
    await customers.updateCustomers(customer.id, {
      email: null,
      first_name: null,
      last_name: null,
      phone: null,
      company_name: null,
      metadata: null,
    } as never)
    if (erased.addresses.length) {
      await customers.deleteCustomerAddresses(erased.addresses.map((address) => address.id))
    }
    return new StepResponse(customer.id, erased)
  },
  async (erased, { container }) => {
    if (!erased) {
      return
    }
    const customers = container.resolve(Modules.CUSTOMER)
    await customers.updateCustomers(erased.id, erased.details as never)
    if (erased.addresses.length) {
      await customers.createCustomerAddresses(
        erased.addresses.map(({ id: _id, created_at: _created, updated_at: _updated, ...address }) => ({
          ...address,
          customer_id: erased.id,
        })) as never
      )
    }
  }
)
