/** Value parsers of the publish inputs that need more than a pattern: target-region lists and end-of-life dates. */
import type { Problems } from './values.js';

/**
 * The items of `target-regions`, split on commas and newlines. Blank lines are fine (YAML blocks end
 * in one); an empty item between commas ('eastus,,westus', 'eastus,') is a lost region and refused.
 */
export function splitRegions(p: Problems, input: string, raw: string): string[] {
  const items: string[] = [];
  for (const line of raw.split(/\r?\n/).map((l) => l.trim())) {
    if (line === '') continue;
    const parts = line.split(',').map((s) => s.trim());
    if (parts.includes('')) {
      const expected = "expected 'region[:replicas[:storage type]]' items separated by commas or newlines";
      p.bad(input, line, `has an empty region between commas; ${expected}`);
    }
    items.push(...parts.filter((s) => s !== ''));
  }
  return items;
}

/** An ISO 8601 date (or date-time) that exists and, when `now` is known, lies in the future. */
export function parseEndOfLife(p: Problems, input: string, raw: string, now: number | undefined): string | undefined {
  const v = raw.trim();
  // Date.parse rolls '2027-02-30' over to March; the day must exist in its month.
  const day = v.slice(0, 10);
  const realDay =
    !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
  const at = new Date(v.length === 10 ? `${v}T00:00:00Z` : v).getTime();
  const ok = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(v) && realDay && !Number.isNaN(at);
  if (!ok) return p.bad(input, raw, "is not an ISO 8601 date; expected e.g. '2027-06-30'");
  if (now !== undefined && at <= now) {
    const today = new Date(now).toISOString().slice(0, 10);
    const why = 'the version would be end-of-life as soon as it is published';
    return p.bad(input, raw, `is not in the future (today is ${today}); expected a later date: ${why}`);
  }
  return v;
}
