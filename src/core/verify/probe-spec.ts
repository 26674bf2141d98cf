/**
 * Validation of a whole ProbeSpec. The settings layer builds specs from parsed input; runProbe
 * re-checks them so a spec built in code cannot loop forever or divide nonsense.
 */
import { validateBodyMatch } from './body-match.js';
import type { ProbeSpec } from './probe-types.js';
import { validateStatusMatcher } from './status-matcher.js';

/** Every problem with `spec`, each message prefixed with the probe's name; empty when valid. */
export function validateProbeSpec(spec: ProbeSpec): string[] {
  const problems = [
    ...urlProblems(spec.url),
    ...validateStatusMatcher(spec.expectStatus),
    ...(spec.bodyMatch ? validateBodyMatch(spec.bodyMatch) : []),
    ...numberProblems(spec),
  ];
  return problems.map((problem) => `Probe "${spec.name}": ${problem}`);
}

function urlProblems(url: string): string[] {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return [`URL "${url}" is not a valid URL; expected an absolute http:// or https:// URL.`];
  }
  return protocol === 'http:' || protocol === 'https:'
    ? []
    : [`URL "${url}" uses ${protocol}; expected an absolute http:// or https:// URL.`];
}

function numberProblems(spec: ProbeSpec): string[] {
  const checks: Array<[string, number | undefined, (n: number) => boolean, string]> = [
    ['successes', spec.successes, (n) => Number.isInteger(n) && n >= 1, 'a whole number of at least 1'],
    ['failureLimit', spec.failureLimit, (n) => Number.isInteger(n) && n >= 1, 'a whole number of at least 1'],
    ['intervalMs', spec.intervalMs, (n) => Number.isFinite(n) && n >= 0, 'milliseconds, 0 or more'],
    ['requestTimeoutMs', spec.requestTimeoutMs, (n) => Number.isFinite(n) && n > 0, 'milliseconds, more than 0'],
    ['timeoutMs', spec.timeoutMs, (n) => Number.isFinite(n) && n > 0, 'milliseconds, more than 0'],
  ];
  return checks
    .filter(([, value, ok]) => value !== undefined && !ok(value))
    .map(([field, value, , expected]) => `${field} ${String(value)} is invalid; expected ${expected}.`);
}
