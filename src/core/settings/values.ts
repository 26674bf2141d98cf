/**
 * Parsers for single input values. None throws: each records a problem that names the input, the
 * bad value and what was expected, so `parseSettings` can report every problem at once.
 */
import { distance } from 'fastest-levenshtein';

export interface Problem {
  readonly input: string;
  /** Everything after "input 'name': ". */
  readonly message: string;
}

export class Problems {
  readonly items: Problem[] = [];
  add(input: string, message: string): void {
    this.items.push({ input, message });
  }
  /** Records "'value' is not <what>; <expected>" and returns undefined, for one-line returns. */
  bad(input: string, value: string, expected: string): undefined {
    this.add(input, `${quote(value)} ${expected}`);
    return undefined;
  }
}

/** The value in quotes, newlines shown as '\\n' (one problem stays one line), cut at 80 characters. */
export const quote = (value: string): string => {
  const flat = value.replace(/\r?\n/g, '\\n');
  return `'${flat.length > 80 ? `${flat.slice(0, 77)}...` : flat}'`;
};

/** "did you mean 'x'?" when a known value is close enough to be a typo. */
export function didYouMean(value: string, known: readonly string[]): string {
  if (known.length === 0) return '';
  // Compare case-insensitively ('premium-lrs' is one edit from 'Premium_LRS'), suggest the known spelling.
  const lower = known.map((k) => k.toLowerCase());
  const best = nearest(value.toLowerCase(), lower);
  const limit = Math.max(2, Math.floor(lower[best.index]!.length / 3));
  return best.distance <= limit ? `; did you mean '${known[best.index]}'?` : '';
}

/**
 * The first of `known` at the least edit distance from `value` (fastest-levenshtein's `closest`),
 * measuring only the candidates that can win: the length difference is a lower bound of the
 * distance, so candidates are measured by increasing length difference until it exceeds the best
 * distance found. Measuring all ~60 regions made the distance function hot enough to be optimised
 * on a background thread, ~2 MiB more for a GitHub step failing bad input
 * (docs/decisions/0003-github-bundle-startup.md).
 */
function nearest(value: string, known: readonly string[]): { index: number; distance: number } {
  let index = 0;
  let best = Infinity;
  const gaps = known.map((k) => Math.abs(k.length - value.length));
  const widest = Math.max(...gaps);
  for (let gap = 0; gap <= Math.min(best, widest); gap++) {
    for (let i = 0; i < known.length; i++) {
      if (gaps[i] !== gap) continue;
      const d = distance(value, known[i]!);
      if (d < best || (d === best && i < index)) [best, index] = [d, i];
    }
  }
  return { index, distance: best };
}

export function parseBool(p: Problems, input: string, raw: string): boolean | undefined {
  const v = raw.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  return p.bad(input, raw, "is not a boolean; expected 'true' or 'false'");
}

export function parseInteger(p: Problems, input: string, raw: string, min: number, max: number): number | undefined {
  const v = raw.trim();
  if (!/^-?\d+$/.test(v)) return p.bad(input, raw, `is not a whole number; expected an integer from ${min} to ${max}`);
  const n = Number(v);
  if (n < min || n > max) return p.bad(input, raw, `is out of range; expected an integer from ${min} to ${max}`);
  return n;
}

export function parseEnum<T extends string>(
  p: Problems,
  input: string,
  raw: string,
  allowed: readonly T[],
): T | undefined {
  const v = raw.trim();
  const hit = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
  if (hit) return hit;
  const list = allowed.map((a) => `'${a}'`).join(', ');
  return p.bad(input, raw, `is not one of ${list}${didYouMean(v, allowed)}`);
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Durations: '90s', '5m', '1h30m', '250ms', or a bare number of seconds. */
export function parseDuration(p: Problems, input: string, raw: string): number | undefined {
  const v = raw.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const parts = [...v.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
  if (parts.length === 0 || parts.map((m) => m[0]).join('') !== v) {
    return p.bad(input, raw, "is not a duration; expected e.g. '30s', '5m', '1h30m' or a number of seconds");
  }
  return Math.round(parts.reduce((sum, m) => sum + Number(m[1]) * UNIT_MS[m[2] as string]!, 0));
}

/** Splits on commas and newlines, trims, drops empties. */
export function parseList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Splits on newlines only (for values that may contain commas). */
export function parseLines(raw: string): string[] {
  return raw
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !s.startsWith('#'));
}

export function parseHttpsUrl(p: Problems, input: string, raw: string): string | undefined {
  try {
    const url = new URL(raw.trim());
    if (url.protocol === 'https:') return url.toString().replace(/\/$/, '');
  } catch {
    // fall through to the problem below
  }
  return p.bad(input, raw, "is not an https URL; expected e.g. 'https://management.example.com'");
}

export function parseHttpUrl(p: Problems, input: string, raw: string): string | undefined {
  try {
    const url = new URL(raw.trim());
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.toString();
  } catch {
    // fall through to the problem below
  }
  return p.bad(input, raw, "is not an http(s) URL; expected e.g. 'https://app.example.com/health'");
}

const INT32_MAX = 2_147_483_647;

/** A gallery image version name: Major.Minor.Patch, each a 32-bit integer. */
export function isGalleryVersion(v: string): boolean {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
  return !!m && m.slice(1).every((part) => Number(part) <= INT32_MAX);
}

/** Azure resource names: the characters ARM allows in most names, length 1-80. */
export function parseResourceName(
  p: Problems,
  input: string,
  raw: string,
  pattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/,
): string | undefined {
  const v = raw.trim();
  if (pattern.test(v)) return v;
  return p.bad(
    input,
    raw,
    'is not a valid Azure resource name; expected letters, digits, periods, underscores or hyphens, starting with a letter or digit',
  );
}

/** An ARM resource id, optionally of one resource type (e.g. 'Microsoft.Compute/galleries/images/versions'). */
export function parseResourceId(p: Problems, input: string, raw: string, type?: string): string | undefined {
  const v = raw.trim();
  const m = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/([^/]+)\/(.+)$/i.exec(v);
  if (!m)
    return p.bad(
      input,
      raw,
      "is not an Azure resource id; expected '/subscriptions/<id>/resourceGroups/<group>/providers/<namespace>/<type>/<name>'",
    );
  if (type) {
    const segments = m[2]!.split('/');
    const actual = [m[1], ...segments.filter((_, i) => i % 2 === 0)].join('/');
    // An odd number of segments means the last type has no name ('.../images' names no image).
    if (segments.length % 2 !== 0 || segments.includes('') || actual.toLowerCase() !== type.toLowerCase()) {
      const [namespace, ...types] = type.split('/');
      const shape = `/subscriptions/<id>/resourceGroups/<group>/providers/${namespace}/${types.map((t) => `${t}/<name>`).join('/')}`;
      return p.bad(input, raw, `is not a ${type} resource id; expected '${shape}'`);
    }
  }
  return v;
}
