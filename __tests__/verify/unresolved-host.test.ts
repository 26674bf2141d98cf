/**
 * A probe URL whose host name does not exist fails at once, naming the host: DNS will not start
 * resolving it on the next attempt. A refused connection is still retried.
 */
import { describe, expect, it } from 'vitest';
import type { HttpClient } from '../../src/core/ports.js';
import { runProbe } from '../../src/core/verify/http-probe.js';
import { createHttpClient, HostNotFoundError } from '../../src/runtime/http-client.js';
import { manualTime, probeSpec, recordingLogger, refusedUrl } from './helpers.js';

/** `.invalid` never resolves (RFC 2606). */
const UNRESOLVED = 'http://probe-host.invalid/health';

describe('a probe URL whose host does not resolve', () => {
  it('the HTTP client names the host', async () => {
    const error = await createHttpClient()
      .get(UNRESOLVED, { timeoutMs: 10_000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostNotFoundError);
    expect((error as Error).message).toBe('host probe-host.invalid does not resolve (getaddrinfo ENOTFOUND)');
  });

  it('fails the probe after one attempt, not after the timeout', async () => {
    const time = manualTime();
    let calls = 0;
    const http: HttpClient = {
      async get() {
        calls += 1;
        throw new HostNotFoundError('probe-host.invalid');
      },
    };
    const spec = probeSpec({ url: UNRESOLVED, timeoutMs: 300_000, intervalMs: 5000 });
    const result = await runProbe(spec, { http, clock: time.clock, sleep: time.sleep, log: recordingLogger() });
    expect(calls).toBe(1);
    expect(result).toMatchObject({ passed: false, attempts: 1, durationMs: 0 });
    expect(result.reason).toBe(
      'Failed at once: request failed: host probe-host.invalid does not resolve (getaddrinfo ENOTFOUND); check the URL.',
    );
  });

  it('a refused connection is still retried until the timeout', async () => {
    const time = manualTime();
    const spec = probeSpec({ url: await refusedUrl(), timeoutMs: 3000, intervalMs: 1000, requestTimeoutMs: 1000 });
    const result = await runProbe(spec, {
      http: createHttpClient(),
      clock: time.clock,
      sleep: time.sleep,
      log: recordingLogger(),
    });
    expect(result.passed).toBe(false);
    expect(result.attempts).toBeGreaterThan(1);
  });
});
