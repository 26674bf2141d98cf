/** Seeded pseudo-random source so ids, etags and operation ids are reproducible for a given seed. */
export interface RandomSource {
  /** A float in [0, 1). */
  next(): number;
  /** Lower-case hex string of `length` characters. */
  hex(length: number): string;
  /** RFC 4122 shaped (version 4) UUID built from the seeded stream. */
  uuid(): string;
}

/** mulberry32: tiny, fast, good enough for non-cryptographic determinism. */
export function createRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex = (length: number): string => {
    let out = '';
    while (out.length < length) out += Math.floor(next() * 16).toString(16);
    return out;
  };
  const uuid = (): string => {
    const h = hex(32);
    const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  return { next, hex, uuid };
}
