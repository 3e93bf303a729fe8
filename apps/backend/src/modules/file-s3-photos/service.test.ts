import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startS3StandIn } from "../../../integration-tests/support/s3-stand-in"
import { PHOTO_CACHE_CONTROL, PhotoS3FileService } from "./service"

const logger = { error: () => undefined, info: () => undefined, warn: () => undefined } as never

describe("the S3 file provider", () => {
  let s3: Awaited<ReturnType<typeof startS3StandIn>>
  let provider: PhotoS3FileService

  beforeAll(async () => {
    s3 = await startS3StandIn()
    provider = new PhotoS3FileService({ logger }, {
      bucket: "bazaar",
      file_url: "https://photos.bazar.example",
      access_key_id: "key",
      secret_access_key: "secret",
      region: "eu-west-3",
      endpoint: s3.endpoint,
      additional_client_config: { forcePathStyle: true },
    } as never)
  })

  afterAll(() => s3?.close())

  it("keeps a photo variant's name, so the shop finds its other widths, with immutable caching", async () => {
    const webp = Buffer.from("RIFF....WEBPVP8 fake photo")
    const stored = await provider.upload({
      filename: "photos/tapis-beni-ouarain-0123456789abcdef-640.webp",
      mimeType: "image/webp",
      content: webp.toString("base64"),
      access: "public",
    })
    expect(stored).toEqual({
      key: "photos/tapis-beni-ouarain-0123456789abcdef-640.webp",
      url: "https://photos.bazar.example/photos/tapis-beni-ouarain-0123456789abcdef-640.webp",
    })
    const object = s3.objects.get("/bazaar/photos/tapis-beni-ouarain-0123456789abcdef-640.webp")
    expect(object?.body.equals(webp)).toBe(true)
    expect(object?.headers).toMatchObject({
      "content-type": "image/webp",
      "cache-control": PHOTO_CACHE_CONTROL,
      "x-amz-acl": "public-read",
    })
  })

  it("stores any other file as Medusa's provider does, under a unique name", async () => {
    const stored = await provider.upload({
      filename: "export-ventes.csv",
      mimeType: "text/csv",
      content: Buffer.from("a,b\n1,2\n").toString("base64"),
      access: "private",
    })
    expect(stored.key).toMatch(/^export-ventes-[0-9A-Z]{26}\.csv$/)
    expect(s3.objects.has(`/bazaar/${stored.key}`)).toBe(true)
    await provider.delete({ fileKey: stored.key } as never)
    expect(s3.objects.has(`/bazaar/${stored.key}`)).toBe(false)
  })
})
