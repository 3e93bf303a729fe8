import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { mkdtempSync, readdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import sharp from "sharp"
import { Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { backfillPhotos } from "../../src/lib/images/backfill-photos"
import seed from "../../src/scripts/seed"
import {
  approvedCooperative,
  bearer,
  firstCategoryId,
  loginStaff,
  never,
  productBody,
  uploadPhoto,
} from "./helpers/portal"

// this file's uploads in a folder of its own, so "nothing stored" can be counted
const uploadDir = mkdtempSync(join(tmpdir(), "bazaar-photos-test-"))
process.env.MEDUSA_UPLOAD_DIR = uploadDir

const storedFiles = () =>
  readdirSync(uploadDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())

/** A phone's 3000 × 4000 JPEG held sideways (EXIF orientation 6), with its GPS position. */
async function phoneJpeg() {
  const width = 3000
  const height = 4000
  // real texture, not a flat colour, so the JPEG has a phone photo's weight (> 1 MB)
  const noise = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: "#808080",
      noise: { type: "gaussian", mean: 128, sigma: 14 },
    },
  })
    .jpeg({ quality: 75 })
    .toBuffer()
  return sharp(noise)
    .withExif({
      IFD0: { Make: "PhoneMaker", Model: "Phone 12" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "30/1 29/1 0/1",
        GPSLongitudeRef: "W",
        GPSLongitude: "7/1 55/1 0/1",
      },
    })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 75 })
    .toBuffer()
}

const VARIANT_URL = /^http.*\/photos\/([a-z0-9-]+-[0-9a-f]{16})-(\d+)\.webp$/

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let staff: string
    let categoryId: string
    let a: Awaited<ReturnType<typeof approvedCooperative>>
    let b: Awaited<ReturnType<typeof approvedCooperative>>
    let photoOfA: string

    const fetchPhoto = (url: string) =>
      api.get(new URL(url).pathname, { responseType: "arraybuffer", ...never })

    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] } as never)
      staff = await loginStaff(api)
      categoryId = await firstCategoryId(getContainer())
      a = await approvedCooperative(api, staff, "Coopérative Photo A")
      b = await approvedCooperative(api, staff, "Coopérative Photo B")
      // the seed makes 272 photos' variants: minutes on a loaded 2-core machine
    }, 900_000)

    it("a phone JPEG becomes upright WebP variants without metadata, served immutable; the original is not kept", async () => {
      const jpeg = await phoneJpeg()
      expect(jpeg.length).toBeGreaterThan(1024 * 1024)
      const before = new Set(storedFiles().map((file) => file.name))
      const response = await uploadPhoto(api, a.token, "Tapis Béni Ouarain.jpg", jpeg, "image/jpeg")
      expect(response.status).toBe(200)
      photoOfA = response.data.files[0].url
      const [, base, largest] = VARIANT_URL.exec(photoOfA) ?? []
      expect(base).toMatch(/^tapis-beni-ouarain-/)
      expect(largest).toBe("1600")

      // four variants, nothing else: the 1.5 MB JPEG is nowhere on disk
      const added = storedFiles().filter((file) => !before.has(file.name))
      expect(added.map((file) => file.name).sort()).toEqual(
        [1600, 320, 640, 960].map((width) => `${base}-${width}.webp`).sort()
      )
      for (const width of [320, 640, 960, 1600]) {
        const served = await fetchPhoto(photoOfA.replace(/-1600\.webp$/, `-${width}.webp`))
        expect(served.status).toBe(200)
        expect(served.headers["content-type"]).toBe("image/webp")
        expect(served.headers["cache-control"]).toBe("public, max-age=31536000, immutable")
        const bytes = Buffer.from(served.data)
        const meta = await sharp(bytes).metadata()
        // 3000 × 4000 turned by its orientation: 4000 × 3000, so 4:3 landscape
        expect([meta.format, meta.width, meta.height]).toEqual(["webp", width, (width * 3) / 4])
        expect(meta.exif).toBeUndefined()
        expect(bytes.includes(Buffer.from("PhoneMaker"))).toBe(false)
      }
      // the largest variant is a fraction of the original
      expect((await fetchPhoto(photoOfA)).data.byteLength).toBeLessThan(jpeg.length / 2)
    })

    it("the product's images and thumbnail point to the variant", async () => {
      const created = await api.post("/vendor/products", productBody(categoryId, [photoOfA]), bearer(a.token))
      expect(created.status, JSON.stringify(created.data)).toBe(201)
      expect(created.data.product.images.map((image: any) => image.url)).toEqual([photoOfA])
      expect(created.data.product.thumbnail).toBe(photoOfA)

      // another cooperative cannot put that photo on its product
      const borrowed = await api.post(
        "/vendor/products",
        productBody(categoryId, [photoOfA]),
        bearer(b.token)
      )
      expect(borrowed.status).toBe(404)
    })

    it("bad photos are a 400 naming the photo, and nothing is stored", async () => {
      const good = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#1f5f8b" } })
        .jpeg()
        .toBuffer()
      const whole = await phoneJpeg()
      const truncated = whole.subarray(0, Math.floor(whole.length / 2))
      const huge = await sharp({ create: { width: 20_000, height: 20, channels: 3, background: "#fff" } })
        .png()
        .toBuffer()
      const frame = (color: string) =>
        sharp({ create: { width: 16, height: 16, channels: 3, background: color } })
          .raw()
          .toBuffer()
      const animated = await sharp(Buffer.concat([await frame("#f00"), await frame("#00f")]), {
        raw: { width: 16, height: 32, channels: 3, pageHeight: 16 },
      })
        .webp({ loop: 0, delay: [100, 100] })
        .toBuffer()
      const gif = await sharp(Buffer.concat([await frame("#f00"), await frame("#00f")]), {
        raw: { width: 16, height: 32, channels: 3, pageHeight: 16 },
      })
        .gif({ loop: 0, delay: [100, 100] })
        .toBuffer()
      const before = storedFiles().length
      for (const [name, bytes, type, message] of [
        ["coupée.jpg", truncated, "image/jpeg", /damaged or incomplete/],
        ["panorama.png", huge, "image/png", /20000 × 20 px/],
        ["danse.webp", animated, "image/webp", /animated/],
        ["danse.gif", gif, "image/gif", /not a JPEG, PNG or WebP/],
        ["danse-déguisée.png", gif, "image/png", /not a JPEG, PNG or WebP/],
      ] as const) {
        // each time with a good photo first: one bad photo stores none of the batch
        const form = new FormData()
        form.append("files", new Blob([good], { type: "image/jpeg" }), "bonne.jpg")
        form.append("files", new Blob([bytes], { type }), name)
        const response = await api.post("/vendor/uploads", form, bearer(a.token))
        expect(response.status, name).toBe(400)
        expect(response.data).toMatchObject({ code: "validation_failed", fields: [{ path: "files" }] })
        expect(response.data.message).toContain(`"${name}"`)
        expect(response.data.message).toMatch(message)
      }
      expect(storedFiles().length).toBe(before)
    })

    it("staff's photos in the Admin take the same road; the Admin upload still needs a login", async () => {
      const jpeg = await sharp({ create: { width: 1200, height: 1200, channels: 3, background: "#8e3b2e" } })
        .jpeg()
        .toBuffer()
      const form = new FormData()
      form.append("files", new Blob([jpeg], { type: "image/jpeg" }), "poterie.jpg")
      const response = await api.post("/admin/uploads", form, bearer(staff))
      expect(response.status).toBe(200)
      expect(response.data.files[0].url).toMatch(/\/photos\/poterie-[0-9a-f]{16}-1200\.webp$/)
      expect((await fetchPhoto(response.data.files[0].url.replace(/-1200\.webp$/, "-640.webp"))).status).toBe(
        200
      )

      const before = storedFiles().length
      const anonymous = new FormData()
      anonymous.append("files", new Blob([jpeg], { type: "image/jpeg" }), "poterie.jpg")
      expect((await api.post("/admin/uploads", anonymous, never)).status).toBe(401)
      const bad = new FormData()
      bad.append("files", new Blob([jpeg.subarray(0, 300)], { type: "image/jpeg" }), "cassée.jpg")
      const refused = await api.post("/admin/uploads", bad, bearer(staff))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain('"cassée.jpg"')
      expect(storedFiles().length).toBe(before)
    })

    it("the seed's demo photos are variants of photo-sized pictures", async () => {
      const { data } = await getContainer()
        .resolve("query")
        .graph({ entity: "product", fields: ["thumbnail", "images.url"], pagination: { take: 3 } })
      for (const product of data) {
        expect(product.thumbnail).toMatch(VARIANT_URL)
        const [, , largest] = VARIANT_URL.exec(product.thumbnail)!
        expect(largest).toBe("1600")
      }
    })

    it("images:backfill gives older photos their variants, once, and leaves unreadable ones as they were", async () => {
      // each test starts from the database as beforeAll left it: this one makes its own product
      const created = await api.post("/vendor/products", productBody(categoryId, []), bearer(a.token))
      expect(created.status, JSON.stringify(created.data)).toBe(201)
      const productOfA: string = created.data.product.id
      const container = getContainer()
      // photos stored as they were before the pipeline: an original PNG, and a file that is no photo
      const [old, broken] = await container.resolve(Modules.FILE).createFiles([
        {
          filename: "ancienne.png",
          mimeType: "image/png",
          content: (
            await sharp({ create: { width: 1000, height: 800, channels: 3, background: "#6a2c70" } })
              .png()
              .toBuffer()
          ).toString("base64"),
          access: "public",
        },
        {
          filename: "cassee.png",
          mimeType: "image/png",
          content: Buffer.from("nope").toString("base64"),
          access: "public",
        },
      ])
      expect(old.url).toMatch(/\/static\/\d+-ancienne\.png$/)
      await updateProductsWorkflow(container).run({
        input: {
          selector: { id: productOfA },
          update: { thumbnail: old.url, images: [{ url: old.url }, { url: broken.url }] },
        },
      })
      await container.resolve("vendor").updateVendors({ id: b.vendor.id, logo_url: old.url })
      const {
        data: [legacy],
      } = await container.resolve("query").graph({
        entity: "product",
        fields: ["thumbnail", "images.url"],
        filters: { id: productOfA },
      })
      expect([legacy.thumbnail, ...legacy.images.map((image: any) => image.url).sort()]).toEqual([
        old.url,
        ...[old.url, broken.url].sort(),
      ])

      const first = await backfillPhotos(container)
      expect(first).toMatchObject({ converted: 1, products: 1, vendors: 1, failed: [broken.url] })
      const {
        data: [product],
      } = await container.resolve("query").graph({
        entity: "product",
        fields: ["thumbnail", "images.url"],
        filters: { id: productOfA },
      })
      expect(product.thumbnail).toMatch(/\/photos\/ancienne-[0-9a-f]{16}-1000\.webp$/)
      expect(product.images.map((image: any) => image.url).sort()).toEqual(
        [product.thumbnail, broken.url].sort()
      )
      const [vendor] = await container.resolve("vendor").listVendors({ id: b.vendor.id })
      expect(vendor.logo_url).toBe(product.thumbnail)
      expect((await fetchPhoto(product.thumbnail.replace(/-1000\.webp$/, "-640.webp"))).status).toBe(200)

      const again = await backfillPhotos(container)
      expect(again).toMatchObject({ converted: 0, products: 0, vendors: 0 })
    })

    it("/photos serves only the pipeline's names", async () => {
      for (const path of [
        "/photos/..%2F..%2Fpackage.json",
        "/photos/nope-0123456789abcdef-320.webp",
        "/photos/x.jpg",
      ]) {
        expect((await api.get(path, never)).status).toBe(404)
      }
    })
  },
})
