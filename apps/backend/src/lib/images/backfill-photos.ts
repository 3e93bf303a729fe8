import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { VENDOR_MODULE } from "../../modules/vendor"
import type VendorModuleService from "../../modules/vendor/service"
import { isPipelinePhotoUrl } from "./photo-names"
import { storePhotos } from "./store-photos"

export type BackfillReport = { converted: number; products: number; vendors: number; failed: string[] }

/**
 * The File Module key of a file from its public url: after `/static/` for the local provider, after
 * S3_FILE_URL for S3. Null for a url that is not ours (a photo hosted elsewhere stays as it is).
 */
export function fileKeyOf(url: string): string | null {
  const prefixes = [
    `${(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")}/static/`,
    ...(process.env.S3_FILE_URL ? [`${process.env.S3_FILE_URL.replace(/\/+$/, "")}/`] : []),
  ]
  const prefix = prefixes.find((candidate) => url.startsWith(candidate))
  return prefix ? decodeURIComponent(url.slice(prefix.length).split(/[?#]/)[0]) : null
}

/**
 * Gives photos uploaded before the pipeline their variants: product images and thumbnails and
 * cooperative logos that still point to an original are read back through the File Module, turned
 * into variants, and repointed. Idempotent: what already points to a variant is left alone, so it can
 * run again (and as a job) safely; a photo that cannot be read is reported and left as it was.
 * `limit` caps the originals converted in one run, so the job never holds a core for long.
 */
export async function backfillPhotos(
  container: MedusaContainer,
  { limit = Infinity }: { limit?: number } = {}
): Promise<BackfillReport> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const files = container.resolve(Modules.FILE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const report: BackfillReport = { converted: 0, products: 0, vendors: 0, failed: [] }
  // a url already tried in this run: its variant, or null when it could not be read
  const converted = new Map<string, string | null>()

  const convert = async (url: string): Promise<string | null> => {
    if (isPipelinePhotoUrl(url)) {
      return url
    }
    if (converted.has(url)) {
      return converted.get(url) ?? null
    }
    const key = fileKeyOf(url)
    if (!key || report.converted >= limit) {
      return null
    }
    try {
      const original = await files.getAsBuffer(key)
      const [stored] = await storePhotos(container, [{ name: originalName(key), content: original }])
      converted.set(url, stored.url)
      report.converted += 1
      return stored.url
    } catch (error) {
      converted.set(url, null)
      report.failed.push(url)
      logger.warn(`[Photos] Could not make variants of ${url}: ${(error as Error).message}`)
      return null
    }
  }

  const PAGE = 100
  for (let skip = 0; ; skip += PAGE) {
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "thumbnail", "images.id", "images.url"],
      pagination: { skip, take: PAGE, order: { id: "ASC" } },
    })
    if (!products.length) {
      break
    }
    for (const product of products) {
      const images = (product.images ?? []).filter(Boolean) as { id: string; url: string }[]
      const legacy = [product.thumbnail, ...images.map((image) => image.url)].filter(
        (url): url is string => !!url && !isPipelinePhotoUrl(url)
      )
      if (!legacy.length) {
        continue
      }
      const urls = await Promise.all(images.map(async (image) => (await convert(image.url)) ?? image.url))
      const thumbnail = product.thumbnail ? ((await convert(product.thumbnail)) ?? product.thumbnail) : null
      const changed = thumbnail !== product.thumbnail || urls.some((url, index) => url !== images[index].url)
      if (changed) {
        await updateProductsWorkflow(container).run({
          input: {
            selector: { id: product.id },
            update: { thumbnail, images: urls.map((url) => ({ url })) },
          },
        })
        report.products += 1
      }
    }
  }

  const vendorService: VendorModuleService = container.resolve(VENDOR_MODULE)
  const vendors = await vendorService.listVendors({}, { select: ["id", "logo_url"], withDeleted: false })
  for (const vendor of vendors) {
    if (!vendor.logo_url || isPipelinePhotoUrl(vendor.logo_url)) {
      continue
    }
    const logo = await convert(vendor.logo_url)
    if (logo && logo !== vendor.logo_url) {
      await vendorService.updateVendors({ id: vendor.id, logo_url: logo })
      report.vendors += 1
    }
  }
  return report
}

/** The name a photo was uploaded with: Medusa's local file provider put a timestamp in front of it. */
function originalName(key: string): string {
  return (key.split("/").pop() ?? "photo").replace(/^\d{10,}-/, "")
}
