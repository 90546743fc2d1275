#!/usr/bin/env node
// `npm run icons`: draws every icon the installers need from the one drawing, resources/icon.svg —
// PNGs for Linux (resources/icons/NxN.png, and resources/icon.png), a Windows .ico and a macOS
// .icns. Both containers hold PNG images, which every supported Windows and macOS reads, so the
// script writes them itself instead of fetching a converter. Run it after changing the drawing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const resources = fileURLToPath(new URL('../resources/', import.meta.url));
const svg = readFileSync(join(resources, 'icon.svg'));

/** The drawing rendered square at `size` pixels, as PNG bytes. */
function png(size) {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng());
}

/** An ICO file: a directory of PNG images (Windows Vista and later read PNG entries). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

/** An ICNS file: 'icns', total length, then (OSType, length, PNG) per image. */
function icns(images) {
  const chunks = images.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + data.length, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const rendered = new Map(sizes.map((size) => [size, png(size)]));
const at = (size) => rendered.get(size);

// Linux: electron-builder takes a folder of NxN.png; the AppImage and .deb install each size.
mkdirSync(join(resources, 'icons'), { recursive: true });
for (const size of sizes) writeFileSync(join(resources, 'icons', `${size}x${size}.png`), at(size));
writeFileSync(join(resources, 'icon.png'), at(512));

// Windows: the sizes Explorer, the taskbar and the installer ask for.
writeFileSync(join(resources, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: at(size) }))));

// macOS: each OSType names a pixel size (the @2x types are the Retina variants of the smaller point size).
const icnsTypes = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];
writeFileSync(join(resources, 'icon.icns'), icns(icnsTypes.map(([type, size]) => ({ type, data: at(size) }))));

console.log(`icons: ${sizes.length} PNG sizes, icon.ico (7 images), icon.icns (${icnsTypes.length} images) in resources/`);
