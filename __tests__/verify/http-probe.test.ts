/**
 * Probes against a real local server through the real fetch client; time is manual, so budgets
 * of seconds cost nothing and no assertion depends on wall-clock speed.
 */
import { describe, expect, it } from 'vitest';
import { runProbe, runProbes } from '../../src/core/verify/http-probe.js';
import type { ProbeDeps } from '../../src/core/verify/http-probe.js';
import { parseStatusMatcher } from '../../src/core/verify/status-matcher.js';
import { createHttpClient } from '../../src/runtime/http-client.js';
import {
  manualTime,
  probeSpec,
  recordingLogger,
  refusedUrl,
  reply,
  type Handler,
  type ManualTime,
  useTestServer,
} from './helpers.js';

const serve = useTestServer();

/** Answers the n-th request with the n-th status of `statuses` (the last one repeats). */
function sequence(statuses: number[], body = 'ok'): Handler {
  let n = 0;
  return (_req, res) => reply(res, statuses[Math.min(n++, statuses.length - 1)] ?? 500, body);
}

function deps(time: ManualTime = manualTime(), signal?: AbortSignal) {
  const log = recordingLogger();
  const d: ProbeDeps = { http: createHttpClient(), clock: time.clock, sleep: time.sleep, log, signal };
  return { ...d, log, time };
}

describe('runProbe against a local server', () => {
  it('passes a healthy endpoint after the required consecutive successes', async () => {
    const srv = await serve((_req, res) => reply(res, 200, '{"status":"healthy"}'));
    const d = deps();
    const result = await runProbe(
      probeSpec({ url: srv.url('/health'), successes: 3, bodyMatch: { kind: 'substring', text: 'healthy' } }),
      d,
    );
    expect(result).toEqual({
      name: 'api',
      url: srv.url('/health'),
      passed: true,
      attempts: 3,
      consecutiveSuccesses: 3,
      lastStatus: 200,
      lastError: undefined,
      reason: 'Passed: 3 consecutive successes after 3 attempts in 2s.',
      durationMs: 2000,
    });
    expect(srv.requests).toEqual(['/health', '/health', '/health']);
    expect(d.time.sleeps).toEqual([1000, 1000]); // no sleep after the deciding attempt
  });

  it('restarts the count on each failure of a flapping endpoint until it stabilises', async () => {
    const srv = await serve(sequence([200, 503, 200, 200, 503, 200, 200, 200]));
    const d = deps();
    const result = await runProbe(probeSpec({ url: srv.url(), successes: 3 }), d);
    expect(result.passed).toBe(true);
    expect(result.attempts).toBe(8);
    expect(result.consecutiveSuccesses).toBe(3);
    // Info only on changes of state: start, ok, failing, ok, failing, ok, passed.
    expect(d.log.at('info')).toHaveLength(7);
    expect(d.log.at('info').filter((m) => m.includes('failing: status 503'))).toHaveLength(2);
    expect(d.log.at('debug')).toHaveLength(8);
  });

  it('fails a flapping endpoint that never holds long enough', async () => {
    const srv = await serve(sequence([200, 200, 503, 200, 200, 503, 200, 200, 503, 200, 200, 503]));
    const d = deps();
    const result = await runProbe(probeSpec({ url: srv.url(), successes: 3, timeoutMs: 10_000 }), d);
    expect(result.passed).toBe(false);
    expect(result.attempts).toBe(10);
    expect(result.consecutiveSuccesses).toBe(1);
    expect(result.lastError).toBeUndefined(); // the last attempt itself succeeded
    expect(result.reason).toBe(
      'Failed: 1 of 3 consecutive successes within the 10s timeout (10 attempts); last failure: status 503, expected 200-299, with "ok".',
    );
  });

  it('counts an answer slower than the request timeout as a failure, then passes when it speeds up', async () => {
    let n = 0;
    const srv = await serve((_req, res) => {
      if (n++ === 0) srv.later(10_000, () => reply(res, 200, 'late'));
      else reply(res, 200, 'ok');
    });
    const d = deps();
    // Generous timeout so the fast answer cannot miss it on a loaded machine.
    const result = await runProbe(probeSpec({ url: srv.url(), requestTimeoutMs: 1000 }), d);
    expect(result).toMatchObject({ passed: true, attempts: 2, consecutiveSuccesses: 1 });
    expect(d.log.at('info')).toContain('Probe "api": failing: request timed out after 1000 ms.');
  });

  it('fails on repeated request timeouts', async () => {
    const srv = await serve((_req, res) => srv.later(10_000, () => reply(res, 200)));
    const result = await runProbe(probeSpec({ url: srv.url(), requestTimeoutMs: 100, failureLimit: 2 }), deps());
    expect(result).toMatchObject({
      passed: false,
      attempts: 2,
      lastError: 'request timed out after 100 ms',
      lastStatus: undefined,
    });
  });

  it('fails on a body that does not match, quoting a truncated excerpt', async () => {
    const body = `starting up ${'.'.repeat(500)}`;
    const srv = await serve((_req, res) => reply(res, 200, body));
    const spec = probeSpec({
      url: srv.url(),
      failureLimit: 2,
      bodyMatch: { kind: 'regex', source: 'ok|healthy', flags: 'i' },
    });
    const result = await runProbe(spec, deps());
    expect(result.passed).toBe(false);
    expect(result.lastStatus).toBe(200);
    expect(result.lastError).toBe(`status 200 but body does not match /ok|healthy/i: "starting up ${'.'.repeat(68)}…"`);
    expect(result.reason).toContain(
      'Failed: gave up after 2 consecutive failures (2 attempts in 1s); last: status 200 but body',
    );
  });

  it('fails on a wrong status', async () => {
    const srv = await serve((_req, res) => reply(res, 500, 'boom'));
    const result = await runProbe(probeSpec({ url: srv.url(), expectStatus: [200], failureLimit: 1 }), deps());
    expect(result).toMatchObject({
      passed: false,
      attempts: 1,
      lastStatus: 500,
      lastError: 'status 500, expected 200, with "boom"',
    });
  });

  it('matches status ranges, seeing redirects rather than following them', async () => {
    const srv = await serve((req, res) => {
      if (req.url === '/moved') {
        res.writeHead(302, { location: '/elsewhere' });
        res.end();
      } else if (req.url === '/empty') reply(res, 204);
      else reply(res, 404, 'nope');
    });
    const matcher = (text: string) => {
      const parsed = parseStatusMatcher(text);
      if (!parsed.ok) throw new Error(parsed.errors.join());
      return parsed.value;
    };
    const run = (path: string, expect: string) =>
      runProbe(probeSpec({ url: srv.url(path), expectStatus: matcher(expect), failureLimit: 1 }), deps());

    expect(await run('/moved', '200,300-399')).toMatchObject({ passed: true, lastStatus: 302 });
    expect(await run('/moved', '200')).toMatchObject({ passed: false, lastStatus: 302 });
    expect(await run('/empty', '2xx')).toMatchObject({ passed: true, lastStatus: 204 });
    expect(await run('/missing', '2xx,3xx')).toMatchObject({ passed: false, lastStatus: 404 });
    expect(srv.requests).not.toContain('/elsewhere');
  });

  it('fails on connection refused, naming the error', async () => {
    const result = await runProbe(probeSpec({ url: await refusedUrl(), failureLimit: 2 }), deps());
    expect(result.passed).toBe(false);
    expect(result.attempts).toBe(2);
    expect(result.lastStatus).toBeUndefined();
    expect(result.lastError).toMatch(/^request failed: connect ECONNREFUSED 127\.0\.0\.1:\d+$/);
  });

  it('stops when the next attempt would start at or after the deadline', async () => {
    const srv = await serve((_req, res) => reply(res, 503, 'warming up'));
    const d = deps();
    const start = d.time.now();
    const result = await runProbe(probeSpec({ url: srv.url(), timeoutMs: 10_000, intervalMs: 1000 }), d);
    expect(result).toMatchObject({ passed: false, attempts: 10, durationMs: 9000 });
    expect(srv.requests).toHaveLength(10);
    expect(Math.max(...d.time.wakeTimes)).toBeLessThanOrEqual(start + 10_000);
    expect(d.log.at('warning')).toEqual([`Probe "api": ${result.reason}`]);
  });

  it('does not sleep into an interval that would cross the deadline', async () => {
    const srv = await serve((_req, res) => reply(res, 503));
    const d = deps();
    const result = await runProbe(probeSpec({ url: srv.url(), timeoutMs: 2500, intervalMs: 1000 }), d);
    expect(result).toMatchObject({ passed: false, attempts: 3, durationMs: 2000 });
    expect(d.time.sleeps).toEqual([1000, 1000]);
  });

  it('gives up after failureLimit consecutive failures', async () => {
    const srv = await serve((_req, res) => reply(res, 500));
    const result = await runProbe(probeSpec({ url: srv.url(), failureLimit: 3 }), deps());
    expect(result).toMatchObject({ passed: false, attempts: 3 });
    expect(result.reason).toMatch(
      /^Failed: gave up after 3 consecutive failures \(3 attempts in 2s\); last: status 500/,
    );
  });

  it('restarts the failure count after a success', async () => {
    const srv = await serve(sequence([500, 500, 200, 500, 500, 500]));
    const result = await runProbe(probeSpec({ url: srv.url(), successes: 2, failureLimit: 3 }), deps());
    expect(result).toMatchObject({ passed: false, attempts: 6, consecutiveSuccesses: 0, lastStatus: 500 });
  });
});

describe('cancellation', () => {
  it('rejects with the abort reason while a request is in flight', async () => {
    const controller = new AbortController();
    const reason = new Error('job cancelled');
    const srv = await serve((_req, res) => {
      srv.later(30_000, () => reply(res, 200));
      controller.abort(reason);
    });
    const run = runProbe(
      probeSpec({ url: srv.url(), requestTimeoutMs: 30_000 }),
      deps(manualTime(), controller.signal),
    );
    await expect(run).rejects.toBe(reason);
    expect(srv.requests).toHaveLength(1);
  }, 15_000);

  it('rejects rather than failing when the aborted attempt would have been the deciding one', async () => {
    const controller = new AbortController();
    const srv = await serve((_req, res) => {
      srv.later(30_000, () => reply(res, 200));
      controller.abort(new Error('job cancelled'));
    });
    const spec = probeSpec({ url: srv.url(), requestTimeoutMs: 30_000, failureLimit: 1 });
    await expect(runProbe(spec, deps(manualTime(), controller.signal))).rejects.toThrow('job cancelled');
  }, 15_000);

  it('rejects with the abort reason while sleeping between attempts', async () => {
    const controller = new AbortController();
    const srv = await serve((_req, res) => reply(res, 503));
    const time = manualTime();
    time.onSleep = (count) => {
      if (count === 2) controller.abort(new Error('stop'));
    };
    await expect(runProbe(probeSpec({ url: srv.url() }), deps(time, controller.signal))).rejects.toThrow('stop');
    expect(srv.requests).toHaveLength(2);
  });

  it('makes no request when already aborted', async () => {
    const srv = await serve((_req, res) => reply(res, 200));
    const signal = AbortSignal.abort(new Error('too late'));
    await expect(runProbe(probeSpec({ url: srv.url() }), deps(manualTime(), signal))).rejects.toThrow('too late');
    expect(srv.requests).toEqual([]);
  });
});

describe('runProbes', () => {
  it('runs probes in parallel and returns mixed results in spec order', async () => {
    // "/a" answers 200 only once "/b" has arrived: run one after the other, "/a" would get 503.
    let bArrived: () => void = () => undefined;
    const b = new Promise<void>((resolve) => (bArrived = resolve));
    const srv = await serve((req, res) => {
      if (req.url === '/a') {
        srv.later(5000, () => reply(res, 503, 'b never came'));
        void b.then(() => reply(res, 200, 'ok'));
      } else if (req.url === '/b') {
        bArrived();
        reply(res, 200, 'ok');
      } else reply(res, 500, 'broken');
    });
    const d = deps();
    const results = await runProbes(
      [
        probeSpec({ name: 'a', url: srv.url('/a'), failureLimit: 1, requestTimeoutMs: 10_000 }),
        probeSpec({ name: 'b', url: srv.url('/b'), failureLimit: 1 }),
        probeSpec({ name: 'c', url: srv.url('/c'), failureLimit: 2 }),
        probeSpec({ name: 'd', url: await refusedUrl(), failureLimit: 1 }),
      ],
      d,
    );
    expect(results.map((r) => [r.name, r.passed])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false],
      ['d', false],
    ]);
    expect(results[2]?.lastStatus).toBe(500);
    expect(results[3]?.lastError).toContain('ECONNREFUSED');
  }, 15_000);

  it('rejects with the abort reason and stops every probe', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled');
    let arrived = 0;
    const srv = await serve((_req, res) => {
      srv.later(30_000, () => reply(res, 200));
      if (++arrived === 2) controller.abort(reason);
    });
    const specs = [
      probeSpec({ name: 'x', url: srv.url('/x'), requestTimeoutMs: 30_000 }),
      probeSpec({ name: 'y', url: srv.url('/y'), requestTimeoutMs: 30_000 }),
    ];
    await expect(runProbes(specs, deps(manualTime(), controller.signal))).rejects.toBe(reason);
  }, 15_000);

  it('rejects an invalid spec and cancels the other probes', async () => {
    const srv = await serve((_req, res) => srv.later(30_000, () => reply(res, 200)));
    const specs = [
      probeSpec({ name: 'slow', url: srv.url(), requestTimeoutMs: 30_000 }),
      probeSpec({ name: 'bad', url: 'nope' }),
    ];
    await expect(runProbes(specs, deps())).rejects.toThrow('Probe "bad": URL "nope" is not a valid URL');
  }, 15_000);
});
