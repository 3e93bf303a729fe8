import { deflateSync } from "zlib"

// The demo must run without network, so product pictures are painted locally:
// a zellige-like lattice in the category's colour, varied per product by a seed.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    }
    table[n] = c >>> 0
  }
  return table
})()

function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const byte of bytes) {
    c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  }
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typed))
  return Buffer.concat([length, typed, crc])
}

export function parseHexColor(hex: string): [number, number, number] {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim())
  if (!match) {
    throw new Error(`Not a #rrggbb colour: ${hex}`)
  }
  const value = parseInt(match[1], 16)
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff]
}

function hash(text: string): number {
  let h = 2166136261
  for (const char of text) {
    h ^= char.codePointAt(0)!
    h = Math.imul(h, 16777619)
  }
  return h >>> 0
}

function mix(a: number, b: number, t: number): number {
  return Math.round(a + (b - a) * t)
}

export type PlaceholderImageInput = {
  color: string
  seed: string
  size?: number
}

/** Paints a square PNG (RGB, 8-bit) for a product or a vendor logo. */
export function paintPlaceholderPng({ color, seed, size = 480 }: PlaceholderImageInput): Buffer {
  const [r, g, b] = parseHexColor(color)
  const h = hash(seed)
  const cell = 40 + (h % 5) * 12
  const light: [number, number, number] = [mix(r, 255, 0.55), mix(g, 255, 0.55), mix(b, 255, 0.55)]
  const dark: [number, number, number] = [mix(r, 0, 0.25), mix(g, 0, 0.25), mix(b, 0, 0.25)]
  const variant = (h >>> 8) % 3

  const rowLength = size * 3 + 1
  const raw = Buffer.alloc(rowLength * size)
  for (let y = 0; y < size; y++) {
    raw[y * rowLength] = 0 // filter: none
    for (let x = 0; x < size; x++) {
      const cx = (x % cell) - cell / 2
      const cy = (y % cell) - cell / 2
      const diamond = Math.abs(cx) + Math.abs(cy)
      let shade: [number, number, number] = [r, g, b]
      if (
        variant === 0
          ? diamond < cell * 0.3
          : variant === 1
            ? diamond > cell * 0.42
            : Math.abs(cx) < cell * 0.12 || Math.abs(cy) < cell * 0.12
      ) {
        shade = light
      } else if (Math.abs(diamond - cell * 0.36) < 1.5) {
        shade = dark
      }
      const offset = y * rowLength + 1 + x * 3
      raw[offset] = shade[0]
      raw[offset + 1] = shade[1]
      raw[offset + 2] = shade[2]
    }
  }

  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // colour type: truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ])
}
