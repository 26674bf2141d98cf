/** The verify slice: HTTP probes from `probe-urls` and/or the `probes` YAML list, plus gates. */
import { parseBodyMatch } from '../verify/body-match.js';
import type { ProbeSpec } from '../verify/probe-types.js';
import { parseStatusMatcher } from '../verify/status-matcher.js';
import type { InputReader } from './reader.js';
import { text } from './reader.js';
import type { ProbeDefaults, VerifySettings } from './types.js';
import { parseArgv } from '../verify/argv.js';
import { boundedDuration } from './durations.js';
import type { ParseYaml } from './yaml.js';
import {
  didYouMean,
  isGalleryVersion,
  parseBool,
  parseEnum,
  parseHttpUrl,
  parseInteger,
  parseLines,
  type Problems,
} from './values.js';

export function parseVerify(r: InputReader): VerifySettings {
  const defaults = probeDefaults(r);
  const fromUrls = (r.get('probe-urls', (_p, _i, v) => parseLines(v)) ?? []).flatMap((raw) => {
    const url = parseHttpUrl(r.problems, 'probe-urls', raw);
    return url ? [{ ...defaults, name: url, url }] : [];
  });
  const fromList = r.getYaml('probes', (p, i, v, y) => parseProbeList(p, i, v, defaults, y)) ?? [];
  const argv = r.getYaml('verify-command', (p, i, v, y) => {
    const parsed = parseArgv(v, y);
    return parsed.ok ? parsed.argv : p.bad(i, v, parsed.error);
  });
  const commandTimeoutMs = r.get('verify-command-timeout', boundedDuration('verify-command-timeout')) ?? 300_000;
  return {
    probes: [...fromUrls, ...fromList],
    gate: defaults,
    liveUrl: r.get('live-url', parseHttpUrl),
    previewUrl: r.get('preview-url', parseHttpUrl),
    ...(argv ? { command: { argv, timeoutMs: commandTimeoutMs } } : {}),
    instanceHealth: r.get('instance-health', parseBool) ?? true,
    remoteAccess: r.get('remote-access', (p, i, v) => parseEnum(p, i, v, ['deny', 'warn', 'allow'] as const)) ?? 'warn',
    autoRollback: r.get('auto-rollback', parseBool) ?? true,
    toVersion: r.get('to-version', (p, i, v) =>
      isGalleryVersion(v.trim())
        ? v.trim()
        : p.bad(i, v, "is not a gallery image version; expected Major.Minor.Patch, e.g. '1.4.2'"),
    ),
  };
}

function probeDefaults(r: InputReader): ProbeDefaults {
  return {
    expectStatus: r.get('probe-expect-status', fromResult(parseStatusMatcher)) ?? [{ min: 200, max: 299 }],
    bodyMatch: r.get('probe-body-match', fromResult(parseBodyMatch)),
    successes: r.get('probe-successes', (p, i, v) => parseInteger(p, i, v, 1, 1000)) ?? 3,
    failureLimit: positiveOrUndefined(r.get('probe-failure-limit', (p, i, v) => parseInteger(p, i, v, 0, 1000))),
    intervalMs: r.get('probe-interval', PROBE_DURATIONS.interval) ?? 5000,
    requestTimeoutMs: r.get('probe-request-timeout', PROBE_DURATIONS.requestTimeout) ?? 10_000,
    timeoutMs: r.get('probe-timeout', PROBE_DURATIONS.timeout) ?? 300_000,
  };
}

const positiveOrUndefined = (n: number | undefined) => (n ? n : undefined);

/** A probe's own interval and timeouts have the bounds of the probe-* inputs they override. */
const PROBE_DURATIONS = {
  interval: boundedDuration('probe-interval'),
  requestTimeout: boundedDuration('probe-request-timeout'),
  timeout: boundedDuration('probe-timeout'),
};

/** Adapts the verify module's `ParseResult` parsers to the problem-recording style. */
function fromResult<T>(parse: (text: string) => { ok: true; value: T } | { ok: false; errors: string[] }) {
  return (p: Problems, input: string, raw: string): T | undefined => {
    const result = parse(raw);
    if (result.ok) return result.value;
    for (const e of result.errors) p.add(input, e);
    return undefined;
  };
}

const PROBE_KEYS = [
  'url',
  'name',
  'expect-status',
  'body-match',
  'successes',
  'interval',
  'request-timeout',
  'timeout',
  'failure-limit',
  'headers',
];

function parseProbeList(
  p: Problems,
  input: string,
  raw: string,
  defaults: ProbeDefaults,
  parseYaml: ParseYaml,
): ProbeSpec[] | undefined {
  let value: unknown;
  try {
    value = parseYaml(raw);
  } catch (err) {
    // The text is not echoed: probes may carry secret header values.
    p.add(input, `is not valid YAML (${(err as Error).message.split('\n')[0]})`);
    return undefined;
  }
  if (!Array.isArray(value)) {
    p.add(input, `is a YAML ${describe(value)}, not a list; expected e.g. '- url: https://app/health'`);
    return undefined;
  }
  return value.flatMap((item, index) => {
    const probe = parseProbe(p, `${input}[${index}]`, item, defaults);
    return probe ? [probe] : [];
  });
}

/** 'map', 'string', 'number'… for messages that must not echo the value. */
const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value === 'object' ? 'map' : typeof value;

function parseProbe(p: Problems, at: string, item: unknown, defaults: ProbeDefaults): ProbeSpec | undefined {
  if (!item || typeof item !== 'object' || Array.isArray(item))
    return p.bad(at, JSON.stringify(item) ?? String(item), 'is not a probe; expected a map with at least a url');
  const fields = item as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!PROBE_KEYS.includes(key))
      p.add(
        at,
        `has unknown key '${key}'; expected ${PROBE_KEYS.join(', ')}${didYouMean(
          key.replace(/[A-Z]/g, (c) => `-${c}`),
          PROBE_KEYS,
        )}`,
      );
  }
  const str = (k: string) => (fields[k] === undefined || fields[k] === null ? undefined : String(fields[k]));
  if (str('url') === undefined) {
    p.add(at, 'has no url; expected an http(s) URL');
    return undefined;
  }
  const url = parseHttpUrl(p, `${at}.url`, str('url')!);
  if (!url) return undefined;
  const field = <T>(k: string, parse: (p: Problems, i: string, v: string) => T | undefined, fallback: T): T =>
    str(k) === undefined ? fallback : (parse(p, `${at}.${k}`, str(k)!) ?? fallback);
  return {
    ...defaults,
    name: str('name') ?? url,
    url,
    expectStatus: field('expect-status', fromResult(parseStatusMatcher), defaults.expectStatus),
    bodyMatch: field('body-match', fromResult(parseBodyMatch), defaults.bodyMatch),
    successes: field('successes', (pp, i, v) => parseInteger(pp, i, v, 1, 1000), defaults.successes),
    failureLimit: positiveOrUndefined(
      field('failure-limit', (pp, i, v) => parseInteger(pp, i, v, 0, 1000), defaults.failureLimit ?? 0),
    ),
    intervalMs: field('interval', PROBE_DURATIONS.interval, defaults.intervalMs),
    requestTimeoutMs: field('request-timeout', PROBE_DURATIONS.requestTimeout, defaults.requestTimeoutMs),
    timeoutMs: field('timeout', PROBE_DURATIONS.timeout, defaults.timeoutMs),
    headers: parseHeaders(p, `${at}.headers`, fields.headers),
  };
}

function parseHeaders(p: Problems, at: string, value: unknown): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  // Never echoed: header values are secrets.
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    p.add(
      at,
      `is a ${describe(value)}, not a map of header names to values (the value is not shown: headers are secret)`,
    );
    return undefined;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, text(p, at, String(v))]));
}
