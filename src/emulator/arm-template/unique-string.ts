/**
 * `uniqueString(...)`: ARM's 13-character deterministic hash
 * (learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-string#uniquestring).
 * The arguments are joined with '-', hashed with the 64-bit MurmurHash variant of Azure's
 * deployment engine (two 32-bit lanes over 8-byte blocks) and the top 65 bits written as 13
 * base-32 characters (a–z, 2–7). The algorithm is not published by Microsoft; this follows the
 * public reproductions and is checked against values produced by Microsoft's own
 * `Azure.Deployments.Expression` library (`uniqueString('test')` = `rbgf3xv4ufgzg`, see
 * __tests__/emulator-deployments/template-language.test.ts).
 */
const C1 = 0xab0e9789;
const C2 = 0x239b961b;
const C3 = 0x85ebca6b;
const C4 = 0xc2b2ae35;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

const rotl = (x: number, r: number): number => ((x << r) | (x >>> (32 - r))) >>> 0;
const mul = (a: number, b: number): number => Math.imul(a, b) >>> 0;
const add = (a: number, b: number): number => (a + b) >>> 0;

function mixK1(k: number): number {
  return mul(rotl(mul(k, C2), 15), C1);
}

function mixK2(k: number): number {
  return mul(rotl(mul(k, C1), 17), C2);
}

function fmix(x: number): number {
  x = mul(x ^ (x >>> 16), C3);
  x = mul(x ^ (x >>> 13), C4);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Little-endian word of up to 4 bytes starting at `at` (missing bytes are zero). */
function word(bytes: Uint8Array, at: number, count: number): number {
  let w = 0;
  for (let i = 0; i < count; i++) w |= bytes[at + i]! << (8 * i);
  return w >>> 0;
}

export function murmurHash64(bytes: Uint8Array): bigint {
  const length = bytes.length;
  let h1 = 0;
  let h2 = 0;
  let i = 0;
  for (; i + 8 <= length; i += 8) {
    h1 = add(mul(add(rotl((h1 ^ mixK1(word(bytes, i, 4))) >>> 0, 19), h2), 5), 0x561ccd1b);
    h2 = add(mul(add(rotl((h2 ^ mixK2(word(bytes, i + 4, 4))) >>> 0, 13), h1), 5), 0x0bcaa747);
  }
  const rest = length - i;
  if (rest > 0) {
    h1 = (h1 ^ mixK1(word(bytes, i, Math.min(rest, 4)))) >>> 0;
    if (rest > 4) h2 = (h2 ^ mixK2(word(bytes, i + 4, rest - 4))) >>> 0;
  }
  h2 = (h2 ^ length) >>> 0;
  h1 = add((h1 ^ length) >>> 0, h2);
  h2 = add(h2, h1);
  h1 = fmix(h1);
  h2 = fmix(h2);
  h1 = add(h1, h2);
  h2 = add(h2, h1);
  return (BigInt(h2) << 32n) | BigInt(h1);
}

export function uniqueString(values: readonly string[]): string {
  let hash = murmurHash64(new TextEncoder().encode(values.join('-')));
  let out = '';
  for (let n = 0; n < 13; n++) {
    out += ALPHABET[Number((hash >> 59n) & 31n)];
    hash = (hash << 5n) & 0xffffffffffffffffn;
  }
  return out;
}
