import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import sharp from "sharp"
import { makePhotoVariants, PHOTO_WIDTHS, type PhotoVariant } from "../../lib/images/photo-pipeline"
import { paintPlaceholderPng } from "./placeholder-image"

/** Photos the demo has per category; each product's two views are picked among them. */
export const DEMO_PHOTOS_PER_CATEGORY = 2

// Bump when the painting changes, so cached variants of the old painting are not reused.
const PAINTING_VERSION = 1

export type DemoPhotoShape = "landscape" | "square" | "portrait"
const SIZES: Record<DemoPhotoShape, [number, number]> = {
  landscape: [2400, 1800],
  square: [2000, 2000],
  portrait: [1800, 2400],
}

/**
 * A photo-sized JPEG (≥ 2 000 px, 0.3–0.6 MB) like a phone would send: the category's painted
 * lattice enlarged, turned a few degrees as if shot by hand, with sensor grain and uneven light.
 * Offline and deterministic: the demo needs no network and no ImageMagick.
 */
export async function paintDemoPhoto(color: string, seed: string, shape: DemoPhotoShape): Promise<Buffer> {
  const [width, height] = SIZES[shape]
  const h = createHash("sha1").update(seed).digest()
  const angle = (h[0] % 17) - 8
  const cx = 25 + (h[1] % 50)
  const cy = 20 + (h[2] % 50)
  const painted = paintPlaceholderPng({ color, seed, size: 200 })
  // grain drawn at half size then enlarged: as convincing, a quarter of the work
  const grain = await sharp({
    create: {
      width: width / 2,
      height: height / 2,
      channels: 3,
      background: "#808080",
      noise: { type: "gaussian", mean: 128, sigma: 22 },
    },
  })
    .resize(width, height)
    .png({ compressionLevel: 0 })
    .toBuffer()
  const light = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs>` +
      `<radialGradient id="l" cx="${cx}%" cy="${cy}%" r="90%"><stop offset="0" stop-color="#fff" stop-opacity="0.45"/>` +
      `<stop offset="1" stop-color="#000" stop-opacity="0.7"/></radialGradient></defs>` +
      `<rect width="100%" height="100%" fill="url(#l)"/></svg>`
  )
  const tilted = await sharp(painted)
    .resize(width, height, { kernel: "lanczos3", fit: "cover" })
    .rotate(angle, { background: color })
    .toBuffer()
  return sharp(tilted)
    .resize(width, height, { fit: "cover" })
    .composite([
      { input: grain, blend: "overlay" },
      { input: light, blend: "multiply" },
    ])
    .jpeg({ quality: 84 })
    .toBuffer()
}

/**
 * The pipeline's variants of a demo photo. Painting and converting take a second or two per photo, and
 * every fresh database (each `npm start` on a new machine, each HTTP test file) seeds again: the
 * variants are kept in a cache folder keyed by what they were made from, so only the first seed on a
 * machine pays. BAZAAR_DEMO_PHOTO_CACHE moves the folder; deleting it is always safe.
 */
export async function demoPhotoVariants(
  color: string,
  seed: string,
  shape: DemoPhotoShape
): Promise<PhotoVariant[]> {
  const key = createHash("sha1")
    .update(JSON.stringify([PAINTING_VERSION, PHOTO_WIDTHS, color, seed, shape]))
    .digest("hex")
    .slice(0, 20)
  const root = process.env.BAZAAR_DEMO_PHOTO_CACHE || join(tmpdir(), "bazaar-demo-photos")
  const dir = join(root, key)
  const manifest = join(dir, "variants.json")
  if (existsSync(manifest)) {
    try {
      const sizes: { width: number; height: number }[] = JSON.parse(readFileSync(manifest, "utf8"))
      return sizes.map((size) => ({ ...size, content: readFileSync(join(dir, `${size.width}.webp`)) }))
    } catch {
      // a damaged cache entry is made again below
    }
  }
  const variants = await makePhotoVariants(await paintDemoPhoto(color, seed, shape))
  try {
    // written aside then renamed: two seeds running at once never read half an entry
    const partial = `${dir}.${process.pid}.partial`
    mkdirSync(partial, { recursive: true })
    for (const variant of variants) {
      writeFileSync(join(partial, `${variant.width}.webp`), variant.content)
    }
    writeFileSync(
      join(partial, "variants.json"),
      JSON.stringify(variants.map(({ width, height }) => ({ width, height })))
    )
    rmSync(dir, { recursive: true, force: true })
    renameSync(partial, dir)
  } catch {
    // no cache (read-only disk): the seed still works, only slower next time
  }
  return variants
}
