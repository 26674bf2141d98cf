import { request } from 'node:https';
import { RestError } from '@azure/core-rest-pipeline';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { POLL, startHarness, type Harness } from './helpers.js';
import { LOCATION } from './fixtures.js';

/** Raw HTTPS call trusting the emulator CA (for what the SDKs never send: no token, no api-version). */
function raw(
  h: Harness,
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, h.emu.endpoint);
    const req = request(url, { method, ca: h.emu.caPem, headers }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data ? JSON.parse(data) : undefined }));
    });
    req.on('error', reject);
    req.end();
  });
}

const AUTH = { Authorization: 'Bearer anything' };

describe('emulator framework', () => {
  let h: Harness;
  let rgPath: string;
  beforeAll(async () => {
    h = await startHarness();
    rgPath = `/subscriptions/${h.emu.subscriptionId}/resourcegroups/rg-fw`;
    await h.resources.resourceGroups.createOrUpdate('rg-fw', { location: LOCATION });
  });
  afterAll(async () => {
    await h.emu.close();
  });
  beforeEach(() => {
    h.emu.control.clearFaults();
    h.emu.control.clearRequests();
  });

  it('answers 401 AuthenticationFailed without a bearer token', async () => {
    const res = await raw(h, 'GET', `${rgPath}?api-version=2025-04-01`);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('AuthenticationFailed');
  });

  it('requires a supported api-version', async () => {
    const missing = await raw(h, 'GET', rgPath, AUTH);
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('MissingApiVersionParameter');
    const unsupported = await raw(h, 'GET', `${rgPath}?api-version=1999-01-01`, AUTH);
    expect(unsupported.status).toBe(400);
    expect(unsupported.body.error.code).toBe('NoRegisteredProviderFound');
  });

  it('answers unknown resource types with InvalidResourceType', async () => {
    const res = await raw(h, 'GET', `${rgPath}/providers/Microsoft.Nope/things/x?api-version=2025-04-01`, AUTH);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('InvalidResourceType');
  });

  it('lets the SDK retry policy ride out injected 429 and 503', async () => {
    h.emu.control.addFault({ kind: 'throttle', operation: 'ResourceGroups_Get', times: 2, retryAfterSeconds: 1 });
    h.emu.control.addFault({ kind: 'unavailable', operation: 'ResourceGroups_Get', skip: 2, times: 1 });
    const rg = await h.resources.resourceGroups.get('rg-fw');
    expect(rg.name).toBe('rg-fw');
    expect(h.emu.requests.map((r) => r.status)).toEqual([429, 429, 503, 200]);
    expect(h.emu.requests[0]!.errorCode).toBe('TooManyRequests');
  });

  it('retries after a connection reset', async () => {
    h.emu.control.addFault({ kind: 'reset', method: 'GET', path: '/subscriptions/*/resourcegroups/rg-fw', times: 1 });
    const rg = await h.resources.resourceGroups.get('rg-fw');
    expect(rg.name).toBe('rg-fw');
    expect(h.emu.requests.map((r) => r.status)).toEqual([0, 200]);
  });

  it('surfaces an injected LRO failure as an SDK error', async () => {
    h.emu.control.addFault({
      kind: 'lro-failed',
      operation: 'Galleries_CreateOrUpdate',
      error: { code: 'InternalOperationError', message: 'boom' },
    });
    const err = await h.compute.galleries
      .createOrUpdate('rg-fw', 'failing', { location: LOCATION }, POLL)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(String((err as Error).message)).toContain('boom');
    expect((await h.compute.galleries.get('rg-fw', 'failing')).provisioningState).toBe('Failed');
  });

  it('keeps a never-ending LRO in progress', async () => {
    h.emu.control.addFault({ kind: 'lro-never-ends', operation: 'Galleries_CreateOrUpdate' });
    const poller = h.compute.galleries.createOrUpdate('rg-fw', 'stuck', { location: LOCATION }, POLL);
    await poller.submitted();
    for (let i = 0; i < 3; i++) {
      h.emu.control.advanceTime(24 * 3600);
      await poller.poll();
    }
    expect(poller.isDone).toBe(false);
    expect((await h.compute.galleries.get('rg-fw', 'stuck')).provisioningState).toBe('Creating');
  });

  it('enforces If-None-Match / If-Match with 412 PreconditionFailed', async () => {
    await h.compute.galleries.createOrUpdate('rg-fw', 'etagged', { location: LOCATION }, POLL);
    const createOnly = h.compute.galleries.createOrUpdate(
      'rg-fw',
      'etagged',
      { location: LOCATION },
      { ...POLL, requestOptions: { headers: { 'If-None-Match': '*' } } },
    );
    const err = await createOnly.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RestError);
    expect((err as RestError).statusCode).toBe(412);
    expect((err as RestError).code).toBe('PreconditionFailed');
    const rgPut = await raw(
      h,
      'DELETE',
      `${rgPath}/providers/Microsoft.Compute/galleries/etagged?api-version=2025-03-03`,
      { ...AUTH, 'If-Match': '"not-the-etag"' },
    );
    expect(rgPut.status).toBe(412);
  });

  it('records method, path, api-version, status, write flag and operation', async () => {
    await h.compute.galleries.createOrUpdate('rg-fw', 'logged', { location: LOCATION }, POLL);
    const put = h.emu.requests.find((r) => r.method === 'PUT')!;
    expect(put).toMatchObject({
      path: `/subscriptions/${h.emu.subscriptionId}/resourceGroups/rg-fw/providers/Microsoft.Compute/galleries/logged`,
      apiVersion: '2025-03-03',
      status: 201,
      write: true,
      operation: 'Galleries_CreateOrUpdate',
    });
    expect(put.durationMs).toBeGreaterThanOrEqual(0);
    const polls = h.emu.requests.filter((r) => r.operation === 'OperationStatuses_Get');
    expect(polls.length).toBeGreaterThan(0);
    expect(polls.every((p) => !p.write)).toBe(true);
  });

  it('uses deterministic ids for a given seed', async () => {
    const a = await startHarness({ seed: 5 });
    const b = await startHarness({ seed: 5 });
    try {
      for (const x of [a, b]) await x.resources.resourceGroups.createOrUpdate('r', { location: LOCATION });
      const ids = await Promise.all(
        [a, b].map(async (x) => {
          await x.compute.galleries.createOrUpdate('r', 'g', { location: LOCATION }, POLL);
          return x.emu.requests.map((r) => r.path).filter((p) => p.includes('operationStatuses'));
        }),
      );
      expect(ids[0]![0]).toBe(ids[1]![0]);
    } finally {
      await a.emu.close();
      await b.emu.close();
    }
  });
});
