/**
 * The logs query API through the real `@azure/monitor-query-logs` LogsQueryClient (endpoint
 * `{emulator}/v1`, the emulator's CA): `requests` of an Application Insights component
 * (queryResource) and `AppRequests` of a Log Analytics workspace (queryWorkspace), each row from
 * the telemetry of the loopback traffic, with the release's version; the timespan applied before
 * the query; errors in the API's shape.
 */
import { RestError } from '@azure/core-rest-pipeline';
import { LogsQueryResultStatus, type LogsQueryResult } from '@azure/monitor-query-logs';
import { WebSiteManagementClient } from '@azure/arm-appservice';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { armClientOptions } from '../../src/azure/transport.js';
import { callControl } from '../../src/emulator/control-api.js';
import { alignToMinute, credential, startSignals, WORLD, type Harness } from './helpers.js';

let h: Harness;
let good: { start: number; end: number };
let bad: { start: number; end: number };

const rows = (r: LogsQueryResult) => {
  if (r.status !== LogsQueryResultStatus.Success) throw new Error(`partial result: ${JSON.stringify(r)}`);
  return r.tables[0]!.rows;
};

beforeAll(async () => {
  h = await startSignals({
    ...WORLD,
    monitoring: {
      components: [{ name: 'appi-sig', sources: ['shop'] }],
      workspaces: [{ name: 'log-sig' }],
    },
  });
  const conn = { endpoint: h.emu.endpoint, caPem: h.emu.caPem };
  const web = new WebSiteManagementClient(
    credential,
    h.emu.subscriptionId,
    armClientOptions({ endpoint: h.emu.endpoint, caFile: h.emu.caFile }),
  );
  // A release of shop 2.0.0 that answers errors to half of the requests once it takes traffic.
  await callControl(conn, 'POST', '/health', { version: '2.0.0', state: 'errors', rate: 0.5, when: 'live' });
  await callControl(conn, 'POST', '/load', { target: 'shop', requestsPerSecond: 4 });
  await callControl(conn, 'POST', '/load', { target: 'web', requestsPerSecond: 2 });
  good = { start: alignToMinute(h.emu), end: 0 };
  h.emu.control.advanceTime(120);
  good.end = h.emu.control.now().getTime();
  await web.webApps.updateConfigurationSlot('rg-sig', 'shop', 'staging', {
    linuxFxVersion: 'DOCKER|contoso.azurecr.io/shop:2.0.0',
  });
  h.emu.control.advanceTime(60); // the staging slot restarts on 2.0.0 (30 s)
  const swap = await web.webApps.beginSwapSlot(
    'rg-sig',
    'shop',
    'staging',
    { targetSlot: 'production', preserveVnet: true },
    { updateIntervalInMs: 5 },
  );
  h.emu.control.advanceTime(120); // warm-up and the source slot's restart
  await swap.pollUntilDone();
  bad = { start: alignToMinute(h.emu), end: 0 };
  h.emu.control.advanceTime(120);
  bad.end = h.emu.control.now().getTime();
}, 60_000);
afterAll(async () => {
  await h?.emu.close();
});

const during = (w: { start: number; end: number }) => ({ startTime: new Date(w.start), endTime: new Date(w.end) });

describe('requests of an Application Insights component (queryResource)', () => {
  const failureRate =
    'requests | summarize total = count(), failed = countif(success == false) by application_Version, cloud_RoleName';

  it('a good release: every request succeeded, version 1.0.0, from the web app it monitors only', async () => {
    const r = await h.logs.queryResource(h.ids.component, failureRate, during(good));
    expect(rows(r)).toEqual([['1.0.0', 'shop', 480, 0]]);
  });

  it('the release answering errors once it took traffic: half its requests failed', async () => {
    const r = await h.logs.queryResource(h.ids.component, failureRate, during(bad));
    expect(rows(r)).toEqual([['2.0.0', 'shop', 480, 240]]);
  });

  it('the classic schema: typed columns, datetime and dynamic values as the SDK reads them', async () => {
    const r = await h.logs.queryResource(
      h.ids.component,
      'requests | where resultCode == "500" | take 1 ' +
        '| project timestamp, name, url, success, resultCode, duration, customDimensions, itemCount',
      during(bad),
    );
    if (r.status !== LogsQueryResultStatus.Success) throw new Error('partial');
    expect(r.tables[0]!.columnDescriptors.map((c) => `${c.name}:${c.type}`)).toEqual([
      'timestamp:datetime',
      'name:string',
      'url:string',
      'success:bool',
      'resultCode:string',
      'duration:real',
      'customDimensions:dynamic',
      'itemCount:int',
    ]);
    const [timestamp, name, url, success, , , dims] = r.tables[0]!.rows[0]!;
    expect(timestamp).toBeInstanceOf(Date);
    expect(name).toBe('GET /');
    expect(url).toBe('https://shop.azurewebsites.net/');
    expect(success).toBe(false);
    expect(dims).toEqual({ AzureResourceId: h.ids.site, Slot: 'production' });
  });
});

describe('AppRequests of a Log Analytics workspace (queryWorkspace)', () => {
  it('receives every target: the scale set behind the load balancer and the web app', async () => {
    const r = await h.logs.queryWorkspace(
      h.workspaceId,
      'AppRequests | summarize n = count(), failed = countif(Success == false) by AppRoleName, AppVersion | order by AppRoleName asc',
      during(bad),
    );
    expect(rows(r)).toEqual([
      ['shop', '2.0.0', 480, 240],
      ['web-blue', '1.0.0', 240, 0],
    ]);
  });

  it('applies the timespan before the query: ago() cannot reach past it', async () => {
    const lastMinute = { startTime: new Date(bad.end - 60_000), endTime: new Date(bad.end) };
    const r = await h.logs.queryWorkspace(
      h.workspaceId,
      'AppRequests | where TimeGenerated > ago(1d) | count',
      lastMinute,
    );
    expect(rows(r)).toEqual([[360]]);
  });

  it('per instance and per minute, with bin()', async () => {
    const r = await h.logs.queryWorkspace(
      h.workspaceId,
      'AppRequests | where AppRoleName == "web-blue" | summarize n = count() by AppRoleInstance, bin(TimeGenerated, 1m)',
      during(bad),
    );
    expect(rows(r)).toHaveLength(4);
    expect(rows(r).every((row) => row[2] === 60)).toBe(true);
  });
});

describe('errors in the API shape', () => {
  it('a query the evaluator refuses: 400 BadArgumentError with its message inside', async () => {
    const err = (await h.logs
      .queryWorkspace(h.workspaceId, 'AppRequests | frobnicate', { duration: 'PT1H' })
      .catch((e: unknown) => e)) as RestError;
    expect(err).toBeInstanceOf(RestError);
    expect(err.statusCode).toBe(400);
    expect(err.code).toBe('BadArgumentError');
    expect(err.message).toBe('The request had some invalid properties');
    const inner = (err.details as { error: { innererror: { code: string; innererror: { message: string } } } }).error
      .innererror;
    expect(['SyntaxError', 'SemanticError']).toContain(inner.code);
    expect(inner.innererror.message).toMatch(/line 1/);
  });

  it('a table the scope does not hold is a semantic error', async () => {
    const err = (await h.logs
      .queryResource(h.ids.component, 'AppRequests | count', { duration: 'PT1H' })
      .catch((e: unknown) => e)) as RestError;
    expect(err.statusCode).toBe(400);
    expect((err.details as { error: { innererror: { code: string } } }).error.innererror.code).toBe('SemanticError');
  });

  it('an unknown workspace: 404 WorkspaceNotFoundError', async () => {
    const err = (await h.logs
      .queryWorkspace('00000000-0000-0000-0000-000000000000', 'AppRequests | count', { duration: 'PT1H' })
      .catch((e: unknown) => e)) as RestError;
    expect(err.statusCode).toBe(404);
    expect(err.code).toBe('WorkspaceNotFoundError');
  });
});
