import { ApiLoader } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import express from "express"
import { resolve } from "node:path"
import { paintPlaceholderPng } from "../../../src/scripts/seed/placeholder-image"
import { DEMO_ACCOUNTS, STOREFRONT_KEY_TITLE } from "../../../src/scripts/seed/constants"

type Api = {
  get: (url: string, config?: any) => Promise<any>
  post: (url: string, data?: any, config?: any) => Promise<any>
  delete: (url: string, config?: any) => Promise<any>
}

export const never = { validateStatus: () => true }
export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` }, ...never })

let counter = 0
/** A unique email per call, so tests do not depend on each other's accounts. */
export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now()}-${++counter}@example.ma`

export const PASSWORD = "portal-test-2026"

export function applicationBody(name: string, overrides: Record<string, any> = {}) {
  return {
    vendor: {
      name,
      legal_form: "cooperative",
      odco_number: "2019/123",
      ice: "001234567000089",
      region: "Souss-Massa",
      province: "Taroudant",
      city: "Taliouine",
      founded_year: 2015,
      members_count: 24,
      women_share: 100,
      tagline: "Safran de Taliouine",
      story: { fr: "Nous cultivons le safran.", ar: "نزرع الزعفران." },
      email: "contact@example.ma",
      phone: "+212 6 00 00 00 00",
      ...overrides,
    },
    member: { first_name: "Fatima", last_name: "Ait Ali", phone: "+212 6 11 11 11 11" },
  }
}

export async function registerVendorLogin(api: Api, email: string): Promise<string> {
  const response = await api.post("/auth/vendor/emailpass/register", { email, password: PASSWORD }, never)
  if (response.status !== 200) {
    throw new Error(`register ${email}: ${response.status} ${JSON.stringify(response.data)}`)
  }
  return response.data.token
}

export async function loginVendor(api: Api, email: string): Promise<string> {
  const response = await api.post("/auth/vendor/emailpass", { email, password: PASSWORD }, never)
  if (response.status !== 200) {
    throw new Error(`login ${email}: ${response.status} ${JSON.stringify(response.data)}`)
  }
  return response.data.token
}

export async function loginStaff(api: Api): Promise<string> {
  const { staff } = DEMO_ACCOUNTS
  const response = await api.post(
    "/auth/user/emailpass",
    { email: staff.email, password: staff.password },
    never
  )
  return response.data.token
}

export async function loginShopper(api: Api): Promise<string> {
  const { shopper } = DEMO_ACCOUNTS
  const response = await api.post(
    "/auth/customer/emailpass",
    { email: shopper.email, password: shopper.password },
    never
  )
  return response.data.token
}

/** Applies as a new cooperative and returns the vendor and a member token (actor = the owner member). */
export async function applyAsCooperative(api: Api, name: string) {
  const email = uniqueEmail("owner")
  const registration = await registerVendorLogin(api, email)
  const response = await api.post("/vendor/applications", applicationBody(name), bearer(registration))
  if (response.status !== 201) {
    throw new Error(`apply ${name}: ${response.status} ${JSON.stringify(response.data)}`)
  }
  return {
    vendor: response.data.vendor,
    member: response.data.member,
    email,
    token: await loginVendor(api, email),
  }
}

/** An approved cooperative with a member signed in. */
export async function approvedCooperative(api: Api, staffToken: string, name: string) {
  const cooperative = await applyAsCooperative(api, name)
  const approved = await api.post(`/admin/vendors/${cooperative.vendor.id}/approve`, {}, bearer(staffToken))
  if (approved.status !== 200) {
    throw new Error(`approve ${name}: ${approved.status} ${JSON.stringify(approved.data)}`)
  }
  return cooperative
}

export async function uploadPhoto(
  api: Api,
  token: string,
  name = "photo.png",
  content?: Buffer,
  type = "image/png"
) {
  const form = new FormData()
  const bytes = content ?? paintPlaceholderPng({ color: "#c0392b", seed: name })
  form.append("files", new Blob([bytes], { type }), name)
  return api.post("/vendor/uploads", form, bearer(token))
}

export function productBody(categoryId: string, images: string[], overrides: Record<string, any> = {}) {
  return {
    title: { fr: "Safran en pistils", ar: "زعفران", en: "Saffron threads" },
    description: { fr: "Récolté à la main.", en: "Hand-picked." },
    category_id: categoryId,
    images,
    handmade: { materials: ["safran"], technique: "cueillette", made_to_order: false, one_of_a_kind: false },
    option_title: "Poids",
    variants: [
      { title: "1 g", sku: `SAF-1G-${Date.now()}-${++counter}`, price_mad: 60, price_eur: 7, stock: 10 },
      { title: "5 g", price_mad: 280, price_eur: 29, stock: 4 },
    ],
    ...overrides,
  }
}

export async function storefrontKey(container: any): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["token"],
    filters: { title: STOREFRONT_KEY_TITLE },
  })
  return data[0].token
}

export async function firstCategoryId(container: any): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_category", fields: ["id"], pagination: { take: 1 } })
  return data[0].id
}

/**
 * The routes under `prefix` as the app serves them: src/api loaded by Medusa's own ApiLoader (what
 * the server runs at boot) into a fresh Express app, read back from its router. Route-level
 * middlewares are router entries too, hence one entry per method and path.
 */
export async function registeredRoutes(container: any, prefix: string) {
  const app = express()
  await new ApiLoader({ app, sourceDir: resolve(__dirname, "../../../src/api"), container }).load()
  const stack: any[] = (app as any)._router.stack
  const routes = new Map<string, { method: string; path: string }>()
  for (const layer of stack) {
    const path = layer.route?.path
    if (typeof path === "string" && path.startsWith(prefix)) {
      for (const method of Object.keys(layer.route.methods)) {
        routes.set(`${method} ${path}`, { method, path })
      }
    }
  }
  return [...routes.values()]
}
