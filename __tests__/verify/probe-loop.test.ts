/**
 * The probe loop against scripted HttpClients: deadline arithmetic, timeout clipping, logging,
 * result formatting. No sockets; time is manual.
 */
import { describe, expect, it } from 'vitest';
import type { HttpAnswer, HttpClient } from '../../src/core/ports.js';
import { formatDuration } from '../../src/core/duration.js';
import { formatProbeResult, runProbe } from '../../src/core/verify/http-probe.js';
import type { ProbeResult } from '../../src/core/verify/probe-types.js';
import { manualTime, probeSpec, recordingLogger, type ManualTime } from './helpers.js';

const URL = 'https://app.example.test/health';

/** Answers from a script (the last entry repeats); records the timeout of each call. */
function scriptedClient(script: Array<HttpAnswer | Error>, time?: ManualTime, takesMs = 0) {
  const timeouts: number[] = [];
  const client: HttpClient = {
    async get(_url, { timeoutMs }) {
      timeouts.push(timeoutMs);
      time?.advance(takesMs);
      const next = script[Math.min(timeouts.length - 1, script.length - 1)];
      if (next instanceof Error) throw next;
      return next ?? { status: 500, body: '' };
    },
  };
  return { client, timeouts };
}

function timeoutError(): Error {
  const err = new Error('whatever the client says');
  err.name = 'TimeoutError';
  return err;
}

describe('deadline', () => {
  it('clips each request timeout to the time left', async () => {
    const time = manualTime();
    const { client, timeouts } = scriptedClient([{ status: 503, body: '' }]);
    const log = recordingLogger();
    const spec = probeSpec({ url: URL, timeoutMs: 2500, requestTimeoutMs: 5000, intervalMs: 1000 });
    const result = await runProbe(spec, { http: client, clock: time.clock, sleep: time.sleep, log });
    expect(timeouts).toEqual([2500, 1500, 500]);
    expect(result.attempts).toBe(3);
  });

  it('accounts for time spent in requests and never sleeps past the deadline', async () => {
    const time = manualTime();
    const start = time.now();
    const { client, timeouts } = scriptedClient([{ status: 503, body: '' }], time, 700);
    const spec = probeSpec({ url: URL, timeoutMs: 2000, requestTimeoutMs: 5000, intervalMs: 500 });
    const result = await runProbe(spec, { http: client, clock: time.clock, sleep: time.sleep, log: recordingLogger() });
    // t=0 attempt → 700, sleep → 1200, attempt (800 left) → 1900; 1900 + 500 ≥ 2000: stop.
    expect(timeouts).toEqual([2000, 800]);
    expect(result).toMatchObject({ passed: false, attempts: 2, durationMs: 1900 });
    expect(time.wakeTimes.every((t) => t <= start + 2000)).toBe(true);
  });

  it('fails without another attempt when a sleep overshoots the deadline', async () => {
    const time = manualTime();
    const { client } = scriptedClient([{ status: 503, body: '' }]);
    const oversleep: typeof time.sleep = async (ms, signal) => time.sleep(ms * 10, signal);
    const spec = probeSpec({ url: URL, timeoutMs: 5000, intervalMs: 1000 });
    const result = await runProbe(spec, { http: client, clock: time.clock, sleep: oversleep, log: recordingLogger() });
    expect(result).toMatchObject({ passed: false, attempts: 1, durationMs: 10_000 });
  });

  it('passes on the last attempt that fits in the budget', async () => {
    const time = manualTime();
    const { client } = scriptedClient([
      { status: 503, body: '' },
      { status: 503, body: '' },
      { status: 200, body: 'ok' },
    ]);
    const spec = probeSpec({ url: URL, timeoutMs: 2001, intervalMs: 1000 });
    const result = await runProbe(spec, { http: client, clock: time.clock, sleep: time.sleep, log: recordingLogger() });
    expect(result).toMatchObject({ passed: true, attempts: 3, durationMs: 2000 });
  });
});

describe('classification of client errors', () => {
  it('reports a TimeoutError with the timeout the probe used', async () => {
    const time = manualTime();
    const { client } = scriptedClient([timeoutError()]);
    const spec = probeSpec({ url: URL, requestTimeoutMs: 750, failureLimit: 1 });
    const result = await runProbe(spec, { http: client, clock: time.clock, sleep: time.sleep, log: recordingLogger() });
    expect(result.lastError).toBe('request timed out after 750 ms');
  });

  it('reports other errors by message', async () => {
    const time = manualTime();
    const { client } = scriptedClient([new Error('getaddrinfo ENOTFOUND app.example.test')]);
    const spec = probeSpec({ url: URL, failureLimit: 1 });
    const result = await runProbe(spec, { http: client, clock: time.clock, sleep: time.sleep, log: recordingLogger() });
    expect(result.lastError).toBe('request failed: getaddrinfo ENOTFOUND app.example.test');
  });

  it('is cancelled promptly even by a client that ignores the signal', async () => {
    const time = manualTime();
    const controller = new AbortController();
    const hanging: HttpClient = {
      get: () => {
        queueMicrotask(() => controller.abort(new Error('cancelled')));
        return new Promise<HttpAnswer>(() => undefined);
      },
    };
    const deps = {
      http: hanging,
      clock: time.clock,
      sleep: time.sleep,
      log: recordingLogger(),
      signal: controller.signal,
    };
    await expect(runProbe(probeSpec({ url: URL }), deps)).rejects.toThrow('cancelled');
  });
});

describe('logging', () => {
  it('logs state changes at info, every attempt at debug, a failure at warning', async () => {
    const time = manualTime();
    const { client } = scriptedClient([
      { status: 503, body: 'starting' },
      { status: 503, body: 'starting' },
      { status: 200, body: 'ok' },
      { status: 500, body: 'oops' },
    ]);
    const log = recordingLogger();
    const spec = probeSpec({ url: URL, successes: 2, failureLimit: 3 });
    await runProbe(spec, { http: client, clock: time.clock, sleep: time.sleep, log });
    expect(log.at('info')).toEqual([
      `Probe "api": checking ${URL} until 2 consecutive successes (status 200-299) within 1m, giving up after 3 consecutive failures.`,
      'Probe "api": failing: status 503, expected 200-299, with "starting".',
      'Probe "api": now succeeding (status 200).',
      'Probe "api": failing: status 500, expected 200-299, with "oops".',
    ]);
    expect(log.at('debug')).toEqual([
      'Probe "api": attempt 1: status 503, expected 200-299, with "starting" (1 consecutive failure).',
      'Probe "api": attempt 2: status 503, expected 200-299, with "starting" (2 consecutive failures).',
      'Probe "api": attempt 3: status 200 ok (1/2).',
      'Probe "api": attempt 4: status 500, expected 200-299, with "oops" (1 consecutive failure).',
      'Probe "api": attempt 5: status 500, expected 200-299, with "oops" (2 consecutive failures).',
      'Probe "api": attempt 6: status 500, expected 200-299, with "oops" (3 consecutive failures).',
    ]);
    expect(log.at('warning')).toEqual([
      'Probe "api": Failed: gave up after 3 consecutive failures (6 attempts in 5s); last: status 500, expected 200-299, with "oops".',
    ]);
  });

  it('never logs request headers', async () => {
    const time = manualTime();
    const { client } = scriptedClient([{ status: 200, body: 'ok' }]);
    const log = recordingLogger();
    const spec = probeSpec({ url: URL, headers: { authorization: 'Bearer s3cret' } });
    await runProbe(spec, { http: client, clock: time.clock, sleep: time.sleep, log });
    expect(log.lines.some((l) => l.message.includes('s3cret'))).toBe(false);
  });
});

describe('invalid specs', () => {
  it('rejects with every problem before making a request', async () => {
    const time = manualTime();
    const { client, timeouts } = scriptedClient([{ status: 200, body: '' }]);
    const spec = probeSpec({ url: URL, successes: 0, timeoutMs: 0 });
    await expect(
      runProbe(spec, { http: client, clock: time.clock, sleep: time.sleep, log: recordingLogger() }),
    ).rejects.toThrow(
      'Probe "api": successes 0 is invalid; expected a whole number of at least 1. Probe "api": timeoutMs 0 is invalid',
    );
    expect(timeouts).toEqual([]);
  });
});

describe('formatting', () => {
  const base: ProbeResult = {
    name: 'api',
    url: URL,
    passed: true,
    attempts: 3,
    consecutiveSuccesses: 3,
    reason: 'Passed: 3 consecutive successes after 3 attempts in 2 s.',
    durationMs: 2000,
  };

  it('formats a result as one line', () => {
    expect(formatProbeResult(base)).toBe(`PASS api (${URL}): Passed: 3 consecutive successes after 3 attempts in 2 s.`);
    expect(formatProbeResult({ ...base, name: URL, passed: false, reason: 'Failed: x.' })).toBe(
      `FAIL ${URL}: Failed: x.`,
    );
  });

  it('formats durations as people write them: one formatter for logs, messages and summaries', () => {
    const cases: [number, string][] = [
      [0, '0ms'],
      [250, '250ms'],
      [999.6, '1s'],
      [1000, '1s'],
      [4500, '4.5s'],
      [12_345, '12.3s'],
      [59_990, '1m'],
      [60_000, '1m'],
      [90_000, '1m 30s'],
      [1_199_900, '20m'],
      [5_400_000, '1h 30m'],
      [16 * 3_600_000, '16h'],
      [7 * 86_400_000, '7d'],
      [86_400_000 + 61_000, '1d 1m 1s'],
    ];
    expect(cases.map(([ms]) => formatDuration(ms))).toEqual(cases.map(([, text]) => text));
  });
});
