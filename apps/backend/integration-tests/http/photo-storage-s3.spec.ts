import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { startS3StandIn } from "../support/s3-stand-in"
import { registerVendorLogin, uniqueEmail, uploadPhoto } from "./helpers/portal"

// The backend as production runs it with S3_BUCKET set, against a stand-in bucket (no S3 is
// reachable from here): the stand-in must listen before the backend reads its configuration.
const s3 = await startS3StandIn()
Object.assign(process.env, {
  S3_BUCKET: "bazaar-photos",
  S3_REGION: "eu-west-3",
  S3_ENDPOINT: s3.endpoint,
  S3_FILE_URL: "https://photos.bazar.example",
  S3_ACCESS_KEY_ID: "stand-in",
  S3_SECRET_ACCESS_KEY: "stand-in",
  S3_FORCE_PATH_STYLE: "true",
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api }) => {
    afterAll(() => s3.close())

    it("stores a photo's variants in the bucket under names the shop's srcset can derive", async () => {
      const login = await registerVendorLogin(api, uniqueEmail("logo"))
      const uploaded = await uploadPhoto(api, login, "Logo coopérative.png")
      expect(uploaded.status, JSON.stringify(uploaded.data)).toBe(200)
      const url: string = uploaded.data.files[0].url
      // Medusa's own S3 provider would append a ULID here, and the shop would find no other width
      const variantUrl = /^https:\/\/photos\.bazar\.example\/photos\/([a-z0-9-]+-[0-9a-f]{16})-(\d+)\.webp$/
      expect(url).toMatch(variantUrl)
      const [, base, largest] = variantUrl.exec(url)!
      expect(base).toMatch(/^logo-cooperative-/)
      const stored = [...s3.objects.keys()].filter((key) => key.includes(base)).sort()
      expect(stored.length).toBeGreaterThan(0)
      expect(stored).toContain(`/bazaar-photos/photos/${base}-${largest}.webp`)
      for (const key of stored) {
        expect(key).toMatch(new RegExp(`^/bazaar-photos/photos/${base}-\\d+\\.webp$`))
        expect(s3.objects.get(key)?.headers["cache-control"]).toBe("public, max-age=31536000, immutable")
      }
    })
  },
})
