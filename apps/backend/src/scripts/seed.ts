import { createHash } from "node:crypto"
import { STAND_PICKUP_OPTION_CODE } from "@bazaar/contracts"
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createTranslationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateApiKeysWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { VENDOR_MODULE } from "../modules/vendor"
import { storefrontPaymentProviders } from "./seed/payment-providers"
import type VendorModuleService from "../modules/vendor/service"
import { categories } from "./seed-data/categories"
import { products } from "./seed-data/products"
import { vendors } from "./seed-data/vendors"
import type { LocalizedText, SeedProduct, SeedVendor } from "./seed-data/types"
import {
  DEMO_ACCOUNTS,
  DEMO_EVENTS_SEEDED_AT_KEY,
  DEMO_PORTAL_SEEDED_AT_KEY,
  EUROPE_COUNTRIES,
  SEEDED_AT_KEY,
  SET_UP_AT_KEY,
  STOREFRONT_KEY_TITLE,
  TRANSLATED_LOCALES,
} from "./seed/constants"
import { paintPlaceholderPng } from "./seed/placeholder-image"
import { DEMO_PHOTOS_PER_CATEGORY, demoPhotoVariants, type DemoPhotoShape } from "./seed/demo-photos"
import { storePhotos, storePreparedPhotos } from "../lib/images/store-photos"
import type { PhotoVariant } from "../lib/images/photo-pipeline"
import { createDemoAccounts } from "./seed/demo-accounts"
import { demoBankDetails } from "./seed/demo-bank-details"
import { seedDemoPortal } from "./seed/demo-portal"
import { seedDemoEvents } from "./seed/demo-events"
import { seedDemoStandSales } from "./seed/demo-stand-sales"
import { demoLoginsRefusal, findWorkingDemoLogins } from "./seed/demo-login-check"
import { isDemoMode } from "../lib/demo-mode"

type Container = ExecArgs["container"]

/**
 * Prepares the marketplace's data on every start, in one of two modes (src/lib/demo-mode.ts):
 * - demo (`npm start` on a fresh clone): the demo marketplace, loaded once;
 * - deployment (`BAZAAR_DEMO=false`, or NODE_ENV=production with DATABASE_URL): only what the shop
 *   needs to open (store, regions, the storefront's key, categories), set up once, and a refusal to
 *   go on while any published demo password still signs in.
 * Each part runs once: the store's metadata records it, so nothing staff deleted comes back.
 * `--without-stand-sales` leaves the demo bazaar's stand sales out, for tests of the ledger's sums
 * that start from an empty ledger.
 */
export default async function seed({ container, args }: ExecArgs) {
  if (isDemoMode()) {
    await seedDemo(container, { standSales: !(args ?? []).includes(WITHOUT_STAND_SALES) })
  } else {
    await setUpForDeployment(container)
  }
}

export const WITHOUT_STAND_SALES = "--without-stand-sales"

async function seedDemo(container: Container, options: { standSales: boolean }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const vendorService: VendorModuleService = container.resolve(VENDOR_MODULE)
  const storeService = container.resolve(Modules.STORE)

  const store = await theStore(container)
  if (store.metadata?.[SEEDED_AT_KEY]) {
    logger.info(`Demo data already loaded on ${store.metadata[SEEDED_AT_KEY]}: nothing to seed.`)
    // databases seeded before the cooperative portal existed get its demo data once, and only once
    if (!store.metadata?.[DEMO_PORTAL_SEEDED_AT_KEY]) {
      await seedDemoPortal(container)
      await storeService.updateStores(store.id, {
        metadata: { ...store.metadata, [DEMO_PORTAL_SEEDED_AT_KEY]: new Date().toISOString() },
      })
    }
    // likewise the bazaar events, for databases seeded before events existed
    if (!store.metadata?.[DEMO_EVENTS_SEEDED_AT_KEY]) {
      await seedDemoEvents(container)
      const latest = await theStore(container)
      await storeService.updateStores(store.id, {
        metadata: { ...latest.metadata, [DEMO_EVENTS_SEEDED_AT_KEY]: new Date().toISOString() },
      })
    }
    // and the past bazaar's stand sales (one query when they are there)
    if (options.standSales) {
      await seedDemoStandSales(container)
    }
    return
  }
  if (store.metadata?.[SET_UP_AT_KEY]) {
    // e.g. a deployment's backup restored on a laptop to check it: its data stays as it is
    logger.warn(
      `This database was set up for a deployment on ${store.metadata[SET_UP_AT_KEY]}: no demo data is loaded into it.`
    )
    return
  }
  const [, vendorCount] = await vendorService.listAndCountVendors({}, { take: 1 })
  if (vendorCount > 0) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `This database already has ${vendorCount} vendors but no complete demo data (a previous seed stopped halfway, ` +
        `or the data is real). Seed an empty database instead, e.g. delete .data/ and start again.`
    )
  }

  logger.info("Seeding the demo marketplace…")
  const salesChannelId = await seedStore(container)
  const regions = await seedRegions(container)
  const categoryIds = await seedCategories(container)
  const vendorIds = await seedVendors(container)
  const { locationIds, shippingProfileIds } = await seedStockLocations(
    container,
    salesChannelId,
    regions,
    vendorIds
  )
  await seedProducts(container, { salesChannelId, categoryIds, vendorIds, locationIds, shippingProfileIds })
  await createDemoAccounts(container)
  await seedDemoPortal(container)
  await seedDemoEvents(container)
  if (options.standSales) {
    await seedDemoStandSales(container)
  }
  const seededAt = new Date().toISOString()
  await storeService.updateStores(store.id, {
    metadata: {
      ...store.metadata,
      [SEEDED_AT_KEY]: seededAt,
      [DEMO_PORTAL_SEEDED_AT_KEY]: seededAt,
      [DEMO_EVENTS_SEEDED_AT_KEY]: seededAt,
    },
  })
  logger.info(
    `Seeded ${vendors.length} vendors, ${categories.length} categories and ${products.length} products. ` +
      `Staff login: ${DEMO_ACCOUNTS.staff.email}`
  )
}

/**
 * A deployment: the store, its two regions, the storefront's publishable key and the categories,
 * once; no cooperative, product or login (the first staff user is made with `npm run create-staff`).
 * Then refuses to go on while a demo password works (a database that once ran the demo).
 */
async function setUpForDeployment(container: Container) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const storeService = container.resolve(Modules.STORE)
  const store = await theStore(container)
  if (store.metadata?.[SEEDED_AT_KEY] || store.metadata?.[SET_UP_AT_KEY]) {
    logger.info("The marketplace is already set up: nothing to create.")
  } else {
    logger.info("Setting up the marketplace for a deployment (no demo data)…")
    await seedStore(container)
    await seedRegions(container)
    await seedCategories(container)
    await storeService.updateStores(store.id, {
      metadata: { ...store.metadata, [SET_UP_AT_KEY]: new Date().toISOString() },
    })
  }
  const working = await findWorkingDemoLogins(container)
  if (working.length > 0) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, demoLoginsRefusal(working))
  }
}

async function theStore(container: Container) {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  if (!store) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No store found: run the database migrations first")
  }
  return store
}

/**
 * Medusa creates a default sales channel and publishable key when it first starts: make them the
 * bazaar's own rather than adding a second pair, so there is one key for the storefront.
 */
async function seedStore(container: Container): Promise<string> {
  const storeService = container.resolve(Modules.STORE)
  const apiKeyService = container.resolve(Modules.API_KEY)
  const [store] = await storeService.listStores({}, { take: 1 })

  const salesChannelData = { name: "Bazar Solidaire", description: "La boutique en ligne du bazar solidaire" }
  let salesChannelId = store.default_sales_channel_id
  if (salesChannelId) {
    await updateSalesChannelsWorkflow(container).run({
      input: { selector: { id: salesChannelId }, update: salesChannelData },
    })
  } else {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [salesChannelData] },
    })
    salesChannelId = result[0].id
  }

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Bazar Solidaire",
        supported_currencies: [
          { currency_code: "mad", is_default: true },
          { currency_code: "eur", is_default: false },
        ],
        supported_locales: [
          { locale_code: "fr" },
          ...TRANSLATED_LOCALES.map((locale_code) => ({ locale_code })),
        ],
        default_sales_channel_id: salesChannelId,
      },
    },
  })

  const [existingKey] = await apiKeyService.listApiKeys({ type: "publishable" }, { take: 1 })
  if (existingKey) {
    await updateApiKeysWorkflow(container).run({
      input: { selector: { id: existingKey.id }, update: { title: STOREFRONT_KEY_TITLE } },
    })
  }
  const apiKeyId =
    existingKey?.id ??
    (
      await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "" }] },
      })
    ).result[0].id
  const { data: linked } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "api_key",
    fields: ["sales_channels.id"],
    filters: { id: apiKeyId },
  })
  if (!linked[0]?.sales_channels?.some((channel) => channel?.id === salesChannelId)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKeyId, add: [salesChannelId] } })
  }
  return salesChannelId
}

type SeededRegions = { morocco: string; europe: string }

async function seedRegions(container: Container): Promise<SeededRegions> {
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Maroc",
          currency_code: "mad",
          countries: ["ma"],
          payment_providers: storefrontPaymentProviders(),
          // returns: asked within 14 days of delivery; the delivery is the shopper's cost
          metadata: { return_window_days: 14, return_refunds_shipping: false },
        },
        {
          name: "Europe",
          currency_code: "eur",
          countries: EUROPE_COUNTRIES,
          payment_providers: storefrontPaymentProviders(),
          // the EU's 14-day right of withdrawal: a parcel sent back whole gets its delivery refunded too
          metadata: { return_window_days: 14, return_refunds_shipping: true },
        },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: ["ma", ...EUROPE_COUNTRIES].map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })
  const morocco = result.find((region) => region.currency_code === "mad")!
  const europe = result.find((region) => region.currency_code === "eur")!
  return { morocco: morocco.id, europe: europe.id }
}

async function seedCategories(container: Container): Promise<Map<string, string>> {
  const { result } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: categories.map((category, rank) => ({
        name: category.name.fr,
        handle: category.handle,
        description: category.description.fr,
        is_active: true,
        is_internal: false,
        rank,
      })),
    },
  })
  const ids = new Map(result.map((category) => [category.handle, category.id]))
  await translate(
    container,
    "product_category",
    categories.map((category) => ({
      id: ids.get(category.handle)!,
      fields: { name: category.name, description: category.description },
    }))
  )
  return ids
}

async function seedVendors(container: Container): Promise<Map<string, string>> {
  const vendorService: VendorModuleService = container.resolve(VENDOR_MODULE)
  const logos = await uploadImages(
    container,
    vendors.map((vendor) => ({ name: `logo-${vendor.handle}`, color: vendor.color, seed: vendor.name }))
  )
  const created = await vendorService.createVendors(
    vendors.map((vendor, index) => ({
      ...vendorProfile(vendor),
      ...demoBankDetails(index, vendor),
      logo_url: logos[index],
      status: "approved" as const,
      status_decided_by: "seed",
      status_decided_at: new Date(),
    }))
  )
  await vendorService.createVendorCertifications(
    vendors.flatMap((vendor, index) =>
      vendor.certifications.map((certification) => ({
        vendor_id: created[index].id,
        label: certification.label,
        // relative to the day of the seed, so the demo's badges never all lapse with time
        expires_at: certification.expires_in_days
          ? new Date(Date.now() + certification.expires_in_days * 86_400_000)
          : null,
        verified_by: "Centre",
        verified_at: new Date(),
      }))
    )
  )
  const ids = new Map(created.map((vendor) => [vendor.handle, vendor.id]))
  await translate(
    container,
    "vendor",
    vendors.map((vendor) => ({
      id: ids.get(vendor.handle)!,
      fields: { tagline: vendor.tagline, story: vendor.story },
    }))
  )
  return ids
}

function vendorProfile(vendor: SeedVendor) {
  return {
    handle: vendor.handle,
    name: vendor.name,
    legal_form: vendor.legal_form,
    odco_number: vendor.odco_number ?? null,
    ice: vendor.ice ?? null,
    region: vendor.region,
    province: vendor.province,
    city: vendor.city,
    founded_year: vendor.founded_year,
    members_count: vendor.members_count,
    women_share: vendor.women_share,
    tagline: vendor.tagline.fr,
    story: vendor.story.fr,
    commission_rate: vendor.commission_rate,
    email: `contact@${vendor.handle}.ma`,
  }
}

/**
 * Each cooperative ships from its own place: one stock location, home delivery and pick-up, under its
 * own shipping profile (so one cart across cooperatives gets one shipping method per cooperative).
 */
async function seedStockLocations(
  container: Container,
  salesChannelId: string,
  regions: SeededRegions,
  vendorIds: Map<string, string>
): Promise<{ locationIds: Map<string, string>; shippingProfileIds: Map<string, string> }> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  // kept for products created without a cooperative's profile (Medusa expects a default one)
  await defaultShippingProfile(container)
  const { result: profiles } = await createShippingProfilesWorkflow(container).run({
    input: { data: vendors.map((vendor) => ({ name: vendor.name, type: "vendor" })) },
  })
  const shippingProfileIds = new Map(vendors.map((vendor, index) => [vendor.handle, profiles[index].id]))

  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: vendors.map((vendor) => ({
        name: vendor.name,
        address: { city: vendor.city, province: vendor.province, country_code: "ma", address_1: "" },
      })),
    },
  })

  const ids = new Map<string, string>()
  for (const [index, vendor] of vendors.entries()) {
    const location = locations[index]
    const shippingProfile = { id: shippingProfileIds.get(vendor.handle)! }
    ids.set(vendor.handle, location.id)
    await link.create([
      {
        [VENDOR_MODULE]: { vendor_id: vendorIds.get(vendor.handle)! },
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      },
      {
        [VENDOR_MODULE]: { vendor_id: vendorIds.get(vendor.handle)! },
        [Modules.FULFILLMENT]: { shipping_profile_id: shippingProfile.id },
      },
    ])
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    const fulfillmentSet = await fulfillmentService.createFulfillmentSets({
      name: `${vendor.name} — livraison`,
      type: "shipping",
      service_zones: [
        { name: `${vendor.name} — Maroc`, geo_zones: [{ type: "country", country_code: "ma" }] },
        {
          name: `${vendor.name} — Europe`,
          geo_zones: EUROPE_COUNTRIES.map((country_code) => ({ type: "country" as const, country_code })),
        },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
    const [moroccoZone, europeZone] = fulfillmentSet.service_zones
    const inStore = [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ]
    await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: "Livraison à domicile",
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: moroccoZone.id,
          shipping_profile_id: shippingProfile.id,
          type: { label: "Livraison à domicile", description: "2 à 4 jours ouvrés", code: "home-delivery" },
          prices: [
            { region_id: regions.morocco, amount: 35 },
            { currency_code: "mad", amount: 35 },
          ],
          rules: inStore,
        },
        {
          name: "Retrait au centre",
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: moroccoZone.id,
          shipping_profile_id: shippingProfile.id,
          type: { label: "Retrait au centre", description: "Au bazar solidaire du centre", code: "pickup" },
          prices: [
            { region_id: regions.morocco, amount: 0 },
            { currency_code: "mad", amount: 0 },
          ],
          rules: inStore,
        },
        {
          // listed to shoppers only while the cooperative has a stand at a bazaar open for pick-up
          name: "Retrait au stand",
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: moroccoZone.id,
          shipping_profile_id: shippingProfile.id,
          type: {
            label: "Retrait au stand",
            description: "Au stand de la coopérative, pendant le bazar",
            code: STAND_PICKUP_OPTION_CODE,
          },
          prices: [
            { region_id: regions.morocco, amount: 0 },
            { currency_code: "mad", amount: 0 },
          ],
          rules: inStore,
        },
        {
          name: "Livraison internationale",
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: europeZone.id,
          shipping_profile_id: shippingProfile.id,
          type: {
            label: "Livraison internationale",
            description: "7 à 12 jours ouvrés",
            code: "international",
          },
          prices: [
            { region_id: regions.europe, amount: 14 },
            { currency_code: "eur", amount: 14 },
          ],
          rules: inStore,
        },
      ],
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [salesChannelId] },
    })
  }
  return { locationIds: ids, shippingProfileIds }
}

/** The default shipping profile (made by a migration script, which a bare test database lacks). */
async function defaultShippingProfile(container: Container): Promise<{ id: string }> {
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillmentService.listShippingProfiles({ type: "default" }, { take: 1 })
  if (existing) {
    return existing
  }
  const {
    result: [created],
  } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return created
}

type ProductContext = {
  salesChannelId: string
  categoryIds: Map<string, string>
  vendorIds: Map<string, string>
  locationIds: Map<string, string>
  shippingProfileIds: Map<string, string>
}

const PRODUCT_BATCH = 20

async function seedProducts(container: Container, context: ProductContext) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const photosStarted = Date.now()
  const pool = await demoPhotoPool()
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Demo photos ready in ${((Date.now() - photosStarted) / 1000).toFixed(1)} s`)

  for (let start = 0; start < products.length; start += PRODUCT_BATCH) {
    const batch = products.slice(start, start + PRODUCT_BATCH)
    // each product gets its own copy of its photos (a url on two cooperatives' products would read as
    // one borrowing the other's photo: validate-product-references.ts)
    const stored = await storePreparedPhotos(
      container,
      batch.flatMap((product) =>
        [0, 1].map((view) => {
          const photos = pool.get(product.category)!
          return {
            name: `${product.handle}-${view + 1}`,
            variants: photos[(hashText(product.handle) + view) % photos.length],
          }
        })
      )
    )
    const images = stored.map((photo) => photo.url)
    const { result: created } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((product, index) => ({
          ...productInput(product),
          thumbnail: images[index * 2],
          images: [{ url: images[index * 2] }, { url: images[index * 2 + 1] }],
          category_ids: [context.categoryIds.get(product.category)!],
          sales_channels: [{ id: context.salesChannelId }],
          shipping_profile_id: context.shippingProfileIds.get(product.vendor)!,
        })),
      },
    })

    await link.create(
      created.map((product, index) => ({
        [VENDOR_MODULE]: { vendor_id: context.vendorIds.get(batch[index].vendor)! },
        [Modules.PRODUCT]: { product_id: product.id },
      }))
    )
    await seedStock(
      container,
      batch,
      created.map((product) => product.id),
      context.locationIds
    )
    await translate(
      container,
      "product",
      batch.map((product, index) => ({
        id: created[index].id,
        fields: { title: product.title, description: product.description },
      }))
    )
  }
}

function productInput(product: SeedProduct) {
  const optionTitle = product.option_title ?? "Format"
  return {
    title: product.title.fr,
    handle: product.handle,
    description: product.description.fr,
    status: ProductStatus.PUBLISHED,
    weight: product.weight_g,
    material: product.materials.join(", ") || null,
    metadata: {
      materials: product.materials,
      technique: product.technique ?? null,
      one_of_a_kind: product.variants.length === 1 && product.variants[0].stock === 1,
      made_to_order: Boolean(product.made_to_order_days),
      lead_time_days: product.made_to_order_days ?? null,
    },
    options: [{ title: optionTitle, values: product.variants.map((variant) => variant.title) }],
    variants: product.variants.map((variant) => ({
      title: variant.title,
      sku: variant.sku,
      manage_inventory: true,
      options: { [optionTitle]: variant.title },
      prices: [
        { currency_code: "mad", amount: variant.price_mad },
        { currency_code: "eur", amount: variant.price_eur },
      ],
    })),
  }
}

async function seedStock(
  container: Container,
  batch: SeedProduct[],
  productIds: string[],
  locationIds: Map<string, string>
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: productIds },
  })
  const itemBySku = new Map(
    variants.map((variant) => [variant.sku, variant.inventory_items?.[0]?.inventory_item_id])
  )
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: batch.flatMap((product) =>
        product.variants.map((variant) => ({
          location_id: locationIds.get(product.vendor)!,
          inventory_item_id: itemBySku.get(variant.sku)!,
          stocked_quantity: variant.stock,
        }))
      ),
    },
  })
}

type TranslatableRow = { id: string; fields: Record<string, LocalizedText> }

/** Stores the ar and en texts of rows whose base (French) texts are on the entity itself. */
async function translate(container: Container, reference: string, rows: TranslatableRow[]) {
  await createTranslationsWorkflow(container).run({
    input: {
      translations: rows.flatMap((row) =>
        TRANSLATED_LOCALES.map((locale_code) => ({
          reference,
          reference_id: row.id,
          locale_code,
          translations: Object.fromEntries(
            Object.entries(row.fields).map(([field, text]) => [field, text[locale_code]])
          ),
        }))
      ),
    },
  })
}

type ImageRequest = { name: string; color: string; seed: string }

/** Logos: small painted pictures, through the photo pipeline like any upload. */
async function uploadImages(container: Container, requests: ImageRequest[]): Promise<string[]> {
  const stored = await storePhotos(
    container,
    requests.map((request) => ({
      name: request.name,
      content: paintPlaceholderPng({ color: request.color, seed: request.seed }),
    }))
  )
  return stored.map((photo) => photo.url)
}

const SHAPES: DemoPhotoShape[] = ["landscape", "square", "portrait"]

/**
 * The demo's product photos: DEMO_PHOTOS_PER_CATEGORY photo-sized JPEGs per category, through the
 * photo pipeline (cached on disk after the first seed on a machine: seed/demo-photos.ts), two at a time
 * to use both cores of a small server without starving the rest.
 */
async function demoPhotoPool(): Promise<Map<string, PhotoVariant[][]>> {
  const jobs = categories.flatMap((category, index) =>
    Array.from({ length: DEMO_PHOTOS_PER_CATEGORY }, (_, view) => ({
      category,
      view,
      shape: SHAPES[(index + view) % SHAPES.length],
    }))
  )
  const made: PhotoVariant[][] = []
  for (let start = 0; start < jobs.length; start += 2) {
    made.push(
      ...(await Promise.all(
        jobs
          .slice(start, start + 2)
          .map((job) =>
            demoPhotoVariants(job.category.color, `${job.category.handle}-${job.view}`, job.shape)
          )
      ))
    )
  }
  const pool = new Map<string, PhotoVariant[][]>()
  jobs.forEach((job, index) => {
    pool.set(job.category.handle, [...(pool.get(job.category.handle) ?? []), made[index]])
  })
  return pool
}

function hashText(text: string): number {
  return createHash("sha1").update(text).digest().readUInt32BE(0)
}
