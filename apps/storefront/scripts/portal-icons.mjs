// Draws the portal's install icons (public/portal-icons) from the shop's icon (src/app/icon.svg).
// Run after changing the icon: node scripts/portal-icons.mjs
import { readFile } from "node:fs/promises"
import sharp from "sharp"

const svg = await readFile(new URL("../src/app/icon.svg", import.meta.url))
for (const size of [192, 512]) {
  await sharp(svg, { density: (72 * size) / 32 })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: true })
    .toFile(new URL(`../public/portal-icons/icon-${size}.png`, import.meta.url).pathname)
}
