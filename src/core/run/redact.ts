/**
 * Belt and braces for secrets: hosts mask registered secrets in their own logs, but outputs,
 * summaries and terminal text pass through here too, so a secret never leaves the engine.
 */
import type { Host } from '../ports.js';

export const MASK = '***';

export function redactor(secrets: readonly string[]): (text: string) => string {
  // Longest first, so a secret that contains another is masked whole.
  const sorted = [...new Set(secrets)].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return (text) => text;
  return (text) => sorted.reduce((out, secret) => out.split(secret).join(MASK), text);
}

/** Deep copy of a JSON-like value with every string redacted. */
export function redactDeep<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)])) as T;
  }
  return value;
}

/** A Host that also redacts: `redact` masks every secret known so far, including those registered mid-run. */
export interface RedactingHost extends Host {
  redact(text: string): string;
}

/**
 * The host with every secret registered first and every message, output and summary redacted.
 * Stages register secrets they meet at run time (a SAS URL read back from Azure) with
 * `setSecret`; from then on they are masked here too, not only by the CI host.
 */
export function redactingHost(host: Host, secrets: readonly string[]): RedactingHost {
  const known = new Set<string>();
  let redact = redactor([]);
  const add = (value: string) => {
    host.setSecret(value);
    known.add(value);
    redact = redactor([...known]);
  };
  for (const s of secrets) add(s);
  return {
    signal: host.signal,
    setSecret: add,
    redact: (text) => redact(text),
    info: (m) => host.info(redact(m)),
    debug: (m) => host.debug(redact(m)),
    warning: (m) => host.warning(redact(m)),
    error: (m) => host.error(redact(m)),
    group: (name, fn) => host.group(redact(name), fn),
    setOutput: (name, v) => host.setOutput(name, redact(v)),
    writeSummary: (result) => host.writeSummary(redactDeep(result, redact)),
  };
}
