// Draws the 14 placeholder photos of the demo event (public/events/otan-bucarest-2022/NN.jpg).
// Usage: node scripts/cli/make-demo-photos.mjs
// Plain .mjs because Node 20 has no --experimental-strip-types.
// Output is byte-identical from run to run: every random choice comes from a PRNG seeded by the
// photo number, the text is drawn from the pixel font below rather than system fonts (which
// differ between machines), and the encoder options are fixed.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import sharp from 'sharp';

const EVENT = 'otan-bucarest-2022';
const EVENTS_DIR = new URL('../../public/events/', import.meta.url);
const OUT_DIR = new URL(`${EVENT}/`, EVENTS_DIR);
const COUNT = 14;
// Real press photos mix orientations; the group photo is a wide shot.
const PORTRAIT = new Set([3, 8, 12]);
const sizeOf = (n) => (n === 14 ? [2400, 1200] : PORTRAIT.has(n) ? [1334, 2000] : [2000, n % 2 ? 1334 : 1333]);

// 5x7 glyphs (p has a descender row), one number per row, high bit on the left.
const FONT = {
  0: [14, 17, 19, 21, 25, 17, 14],
  1: [4, 12, 4, 4, 4, 4, 14],
  2: [14, 17, 1, 2, 4, 8, 31],
  3: [31, 2, 4, 2, 1, 17, 14],
  4: [2, 6, 10, 18, 31, 2, 2],
  5: [31, 16, 30, 1, 1, 17, 14],
  6: [6, 8, 16, 30, 17, 17, 14],
  7: [31, 1, 2, 4, 8, 8, 8],
  8: [14, 17, 17, 14, 17, 17, 14],
  9: [14, 17, 17, 15, 1, 2, 12],
  '/': [0, 1, 2, 4, 8, 16, 0],
  ' ': [0, 0, 0, 0, 0, 0, 0],
  p: [0, 0, 30, 17, 17, 30, 16, 16],
  l: [12, 4, 4, 4, 4, 4, 14],
  a: [0, 0, 14, 1, 15, 17, 15],
  c: [0, 0, 14, 16, 16, 17, 14],
  e: [0, 0, 14, 17, 31, 16, 14],
  h: [16, 16, 22, 25, 17, 17, 17],
  o: [0, 0, 14, 17, 17, 17, 14],
  d: [1, 1, 13, 19, 17, 17, 15],
  r: [0, 0, 22, 25, 16, 16, 16],
};

/** Centred pixel-font text as one SVG path; each glyph takes 6 cells (5 + spacing). */
function text(str, cx, top, cell) {
  const left = cx - ((str.length * 6 - 1) * cell) / 2;
  let d = '';
  for (const [i, ch] of [...str].entries())
    for (const [y, row] of FONT[ch].entries())
      for (let x = 0; x < 5; x++)
        if (row & (16 >> x)) d += `M${left + (i * 6 + x) * cell} ${top + y * cell}h${cell}v${cell}h-${cell}z`;
  return d;
}

// mulberry32: tiny, fast and the same on every platform.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function svg(n, w, h, rand) {
  // 5/14 of a turn per photo: 14 distinct hues, neighbours far apart; low saturation keeps them muted.
  const hue = Math.round(((n * 5) % COUNT) * (360 / COUNT));
  const hsl = (dh, s, l) => `hsl(${(hue + dh + 360) % 360},${s}%,${l}%)`;
  const shapes = [];
  // Soft blobs of many sizes stand in for people, lights and furniture out of focus.
  for (let i = 0; i < 90; i++) {
    const r = Math.round(20 + rand() ** 2 * Math.min(w, h) * 0.3);
    const fill = hsl(Math.round(rand() * 60 - 30), Math.round(15 + rand() * 25), Math.round(20 + rand() * 60));
    shapes.push(
      `<circle cx="${Math.round(rand() * w)}" cy="${Math.round(rand() * h)}" r="${r}" fill="${fill}" opacity="${(0.15 + rand() * 0.4).toFixed(2)}"/>`,
    );
  }
  const label = `${n} / ${COUNT}`;
  const cell = Math.floor(Math.min((w * 0.75) / (label.length * 6), h / 14));
  const big = text(label, w / 2, h / 2 - 7 * cell, cell);
  const small = text('placeholder', w / 2, h / 2 + 2 * cell, Math.floor(cell / 2));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="${hsl(0, 25, 45)}"/><stop offset="1" stop-color="${hsl(40, 30, 18)}"/></linearGradient>
<filter id="b"><feGaussianBlur stdDeviation="${Math.round(w / 200)}"/></filter></defs>
<rect width="${w}" height="${h}" fill="url(#g)"/><g filter="url(#b)">${shapes.join('')}</g>
<path d="${big}${small}" fill="#000" opacity="0.35" transform="translate(${cell / 4} ${cell / 4})"/>
<path d="${big}${small}" fill="#f4f1ea" opacity="0.9"/></svg>`;
}

/** Grey film grain, so the JPEG weighs what a real photo of this size would. */
function grain(w, h, rand) {
  const px = Buffer.alloc(w * h);
  for (let i = 0; i < px.length; i++) px[i] = 128 + Math.round((rand() - 0.5) * 40);
  return sharp(px, { raw: { width: w, height: h, channels: 1 } })
    .png()
    .toBuffer();
}

await mkdir(OUT_DIR, { recursive: true });
const written = new Map();
for (let n = 1; n <= COUNT; n++) {
  const [w, h] = sizeOf(n);
  const rand = prng(n);
  const file = new URL(`${String(n).padStart(2, '0')}.jpg`, OUT_DIR);
  const info = await sharp(Buffer.from(svg(n, w, h, rand)))
    .composite([{ input: await grain(w, h, rand), blend: 'soft-light' }])
    .jpeg({ quality: 80, chromaSubsampling: '4:2:0', mozjpeg: false, progressive: false })
    .toFile(file.pathname);
  written.set(n, info);
}

// The event files state each photo's size so the page can reserve its box before it loads.
const problems = [];
for (const name of (await readdir(EVENTS_DIR)).filter((f) => f.endsWith('.json'))) {
  const event = JSON.parse(await readFile(new URL(name, EVENTS_DIR), 'utf8'));
  for (const { src, width, height } of event.photos ?? []) {
    const m = src.match(new RegExp(`^${EVENT}/(\\d+)\\.jpg$`));
    if (!m) continue;
    const image = written.get(Number(m[1]));
    if (!image) problems.push(`${name}: ${src} is not one of the ${COUNT} photos`);
    else if (width !== image.width || height !== image.height)
      problems.push(`${name}: ${src} says ${width}x${height}, image is ${image.width}x${image.height}`);
  }
}
if (problems.length) {
  console.error(`Photo sizes in the event files do not match the images:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Wrote ${COUNT} photos to ${OUT_DIR.pathname}`);
