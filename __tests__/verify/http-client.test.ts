/**
 * The fetch-based HttpClient and the real Clock/Sleep, against a local server.
 */
import { describe, expect, it } from 'vitest';
import { createHttpClient, DEFAULT_MAX_BODY_BYTES, RequestTimeoutError } from '../../src/runtime/http-client.js';
import { realSleep, systemClock } from '../../src/runtime/time.js';
import { refusedUrl, reply, useTestServer } from './helpers.js';

const serve = useTestServer();

describe('createHttpClient', () => {
  it('returns status and body text, sending the given headers and a user agent', async () => {
    const srv = await serve((req, res) => reply(res, 200, `${req.headers['x-probe']}|${req.headers['user-agent']}`));
    const answer = await createHttpClient().get(srv.url('/health'), { timeoutMs: 5000, headers: { 'x-probe': 'yes' } });
    expect(answer).toEqual({ status: 200, body: 'yes|immutable-deploy-probe' });
  });

  it('lets the caller override the user agent', async () => {
    const srv = await serve((req, res) => reply(res, 200, req.headers['user-agent']));
    const answer = await createHttpClient().get(srv.url(), { timeoutMs: 5000, headers: { 'User-Agent': 'mine' } });
    expect(answer.body).toBe('mine');
  });

  it('reports a redirect without following it', async () => {
    const srv = await serve((req, res) => {
      if (req.url === '/login') return reply(res, 200, 'sign in');
      res.writeHead(302, { location: '/login' });
      res.end('moved');
    });
    const answer = await createHttpClient().get(srv.url('/health'), { timeoutMs: 5000 });
    expect(answer).toEqual({ status: 302, body: 'moved' });
    expect(srv.requests).toEqual(['/health']);
  });

  it('caps the body it reads', async () => {
    const srv = await serve((_req, res) => reply(res, 200, 'é'.repeat(DEFAULT_MAX_BODY_BYTES)));
    const answer = await createHttpClient().get(srv.url(), { timeoutMs: 5000 });
    expect(Buffer.byteLength(answer.body)).toBeLessThanOrEqual(DEFAULT_MAX_BODY_BYTES);
    expect(answer.body.length).toBe(DEFAULT_MAX_BODY_BYTES / 2);
    const small = await createHttpClient({ maxBodyBytes: 5 }).get(srv.url(), { timeoutMs: 5000 });
    expect(small.body.startsWith('éé')).toBe(true);
    expect(small.body.length).toBeLessThanOrEqual(3);
  });

  it('stops reading an endless body at the cap', async () => {
    const srv = await serve((_req, res) => {
      res.writeHead(200);
      const chunk = 'x'.repeat(16 * 1024);
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    const answer = await createHttpClient({ maxBodyBytes: 100_000 }).get(srv.url(), { timeoutMs: 30_000 });
    expect(answer.body).toHaveLength(100_000);
  }, 40_000);

  it('times out a request that gets no answer', async () => {
    const srv = await serve((_req, res) => srv.later(30_000, () => reply(res, 200)));
    const request = createHttpClient().get(srv.url(), { timeoutMs: 100 });
    await expect(request).rejects.toBeInstanceOf(RequestTimeoutError);
    await expect(request).rejects.toMatchObject({ name: 'TimeoutError', message: 'request timed out after 100 ms' });
  });

  it('times out a body that never finishes', async () => {
    const srv = await serve((_req, res) => {
      res.writeHead(200);
      res.write('partial');
      srv.later(30_000, () => res.end());
    });
    await expect(createHttpClient().get(srv.url(), { timeoutMs: 200 })).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it("rejects with the caller's abort reason", async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled by the runner');
    const srv = await serve((_req, res) => {
      srv.later(30_000, () => reply(res, 200));
      controller.abort(reason);
    });
    const request = createHttpClient().get(srv.url(), { timeoutMs: 30_000, signal: controller.signal });
    await expect(request).rejects.toBe(reason);
  }, 15_000);

  it('passes a non-Error abort reason through unchanged', async () => {
    const controller = new AbortController();
    const srv = await serve((_req, res) => {
      srv.later(30_000, () => reply(res, 200));
      controller.abort('SIGTERM');
    });
    await expect(createHttpClient().get(srv.url(), { timeoutMs: 30_000, signal: controller.signal })).rejects.toBe(
      'SIGTERM',
    );
  }, 15_000);

  it('names the network error instead of "fetch failed"', async () => {
    const url = await refusedUrl();
    await expect(createHttpClient().get(url, { timeoutMs: 5000 })).rejects.toThrow(
      /^connect ECONNREFUSED 127\.0\.0\.1:\d+$/,
    );
  });
});

describe('time', () => {
  it('reads the system clock', () => {
    const before = Date.now();
    expect(systemClock.now()).toBeGreaterThanOrEqual(before);
  });

  it('sleeps and resolves', async () => {
    await expect(realSleep(1)).resolves.toBeUndefined();
  });

  it('rejects with the reason when already aborted', async () => {
    const reason = new Error('gone');
    await expect(realSleep(60_000, AbortSignal.abort(reason))).rejects.toBe(reason);
  });

  it('rejects with the reason when aborted while sleeping', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const sleeping = realSleep(60_000, controller.signal);
    controller.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
  }, 15_000);
});
