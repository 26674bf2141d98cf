// Draws the task icon (32x32, task/icon.png) and the extension icon (128x128,
// images/extension-icon.png): three stacked image "layers" on Azure blue. Run once; output committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size) {
  const px = (x, y) => {
    const u = x / size,
      v = y / size;
    const inRound = Math.hypot(Math.max(0, Math.abs(u - 0.5) - 0.38), Math.max(0, Math.abs(v - 0.5) - 0.38)) < 0.1;
    if (!inRound) return [0, 0, 0, 0];
    // three parallelogram layers, the top one brightest
    for (const [i, top] of [
      [0, 0.22],
      [1, 0.42],
      [2, 0.62],
    ].entries()) {
      const skew = (u - 0.2) * 0.25;
      if (u > 0.2 && u < 0.8 && v > top[1] + skew - 0.02 && v < top[1] + skew + 0.1) {
        const shade = 255 - i * 45;
        return [shade, shade, 255, 255];
      }
    }
    return [0, 120, 212, 255];
  };
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(px(x + 0.5, y + 0.5), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('task', { recursive: true });
mkdirSync('images', { recursive: true });
writeFileSync('task/icon.png', png(32));
writeFileSync('images/extension-icon.png', png(128));
