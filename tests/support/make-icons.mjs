// Draws the Kindling ember icon and writes public/icon/{16,32,48,128}.png.
// Run: node tests/support/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT_DIR = fileURLToPath(new URL('../../public/icon/', import.meta.url));
const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 8; // samples per pixel along each axis

// ---- PNG encoding -------------------------------------------------------

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

/**
 * Encodes 8-bit RGBA pixels (row-major, width*height*4 bytes) as a PNG file.
 * @param {number} width
 * @param {number} height
 * @param {Uint8Array} rgba
 */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods stay 0
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- Drawing ------------------------------------------------------------

/**
 * Signed distance to a rounded cone: a circle of radius r1 at the origin joined
 * smoothly to a circle of radius r2 at (0, h). Negative inside. (After Inigo Quilez.)
 */
function unevenCapsule(x, y, r1, r2, h) {
  x = Math.abs(x);
  const b = (r1 - r2) / h;
  const a = Math.sqrt(1 - b * b);
  const k = -b * x + a * y;
  if (k < 0) return Math.hypot(x, y) - r1;
  if (k > a * h) return Math.hypot(x, y - h) - r2;
  return a * x + b * y - r1;
}

// Each layer is a flame-shaped teardrop; later layers paint over earlier ones.
// Coordinates: x right, y up, icon spans roughly -1..1.
const LAYERS = [
  { cx: -0.04, cy: -0.3, r1: 0.64, r2: 0.05, h: 1.2, lean: 0.34, bottom: [247, 120, 28], top: [226, 66, 30] },
  {
    cx: -0.02,
    cy: -0.42,
    r1: 0.42,
    r2: 0.04,
    h: 0.82,
    lean: 0.24,
    bottom: [255, 178, 46],
    top: [252, 140, 36],
  },
  {
    cx: 0,
    cy: -0.52,
    r1: 0.22,
    r2: 0.03,
    h: 0.44,
    lean: 0.12,
    bottom: [255, 236, 160],
    top: [255, 214, 102],
  },
];

function mix(a, b, t) {
  return a.map((v, i) => v + (b[i] - v) * t);
}

/** Colour [r, g, b] at a point, or null if outside the flame. */
function colourAt(x, y) {
  let colour = null;
  for (const L of LAYERS) {
    const ly = y - L.cy;
    // Bend the upper part sideways so the tip flickers to the right.
    const t = Math.max(0, ly / L.h);
    const lx = x - L.cx - L.lean * t * t;
    if (unevenCapsule(lx, ly, L.r1, L.r2, L.h) <= 0) {
      colour = mix(L.bottom, L.top, Math.min(1, Math.max(0, (ly + L.r1) / (L.h + L.r1))));
    }
  }
  return colour;
}

function drawIcon(size) {
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  const scale = 2 / size; // pixel -> icon units
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) * scale - 1;
          const y = 1 - (py + (sy + 0.5) / n) * scale;
          // Slight zoom-out leaves a margin so the tip is never clipped.
          const c = colourAt(x / 0.95, y / 0.95);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
        rgba[i + 3] = Math.round((covered / (n * n)) * 255);
      }
    }
  }
  return rgba;
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = path.join(OUT_DIR, `${size}.png`);
  writeFileSync(file, encodePng(size, size, drawIcon(size)));
  console.log(`wrote ${file}`);
}
