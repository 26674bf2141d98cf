import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedExchange } from '../../src/emulator/index.js';
import { at, PLANTED, specRuns, type Body, type Plant } from './oav-plant.js';
import { recordMonitor, type MonitorOutcome } from './oav-record-monitor.js';
import { LOGS_QUERY_SPEC, MONITOR_SPEC_FILES, coveredOperations, type MonitorSpecName } from './oav.js';

/**
 * The engine's Azure Monitor traffic (oav-record-monitor.ts: a good slot-swap release with a
 * metric, an alerts and two query gates, and one its alert rule fails) validated with
 * `oav validate-traffic` against the vendored spec files of metrics, metric alert rules and
 * fired alerts (specs/NOTE.md). One oav run per spec file: the recorded traffic plus one planted
 * wrong response, which must come back as exactly the expected error codes.
 *
 * The logs query API is data plane (no provider namespace, no api-version): oav files such traffic
 * under no operation, so its request and answer bodies are checked here with ajv against the
 * vendored data-plane spec instead (specs/NOTE.md).
 */

/** The operation ids of each spec file that the recorded traffic must exercise. */
const expected: Record<MonitorSpecName, string[]> = {
  metrics: ['MetricDefinitions_List', 'Metrics_List'],
  metricAlerts: ['MetricAlerts_Get'],
  // The 2019-03-01 file names the list at any scope (here a resource group) Alerts_GetAllTenant.
  alerts: ['Alerts_GetAllTenant'],
};

/** One wrong response per spec file, each breaking the spec in ways oav enforces. */
const planted: Record<MonitorSpecName, Plant> = {
  metrics: {
    operation: 'Metrics_List',
    break: (b) => {
      delete b['timespan']; // Response requires it
      at(b, 'value', 0, 'timeseries', 0, 'data', 0)['total'] = 'none'; // double
    },
    codes: ['INVALID_TYPE', 'OBJECT_MISSING_REQUIRED_PROPERTY'],
  },
  metricAlerts: {
    operation: 'MetricAlerts_Get',
    break: (b) => {
      delete b['location']; // TrackedResource requires it
      at(b, 'properties')['severity'] = 'Sev1'; // int32
    },
    codes: ['INVALID_TYPE', 'OBJECT_MISSING_REQUIRED_PROPERTY'],
  },
  alerts: {
    operation: 'Alerts_GetAll',
    pick: (b) => (b['value'] as unknown[]).length > 0,
    break: (b) => {
      const essentials = at(b, 'value', 0, 'properties', 'essentials');
      essentials['startDateTime'] = 'yesterday'; // date-time
      at(essentials, 'actionStatus')['isSuppressed'] = 'no'; // boolean
    },
    codes: ['INVALID_FORMAT', 'INVALID_TYPE'],
  },
};

/** The two releases' traffic, recorded once for both describe blocks. */
const recorded: RecordedExchange[] = [];
let recording: Promise<MonitorOutcome> | undefined;
const record = () => (recording ??= recordMonitor((x) => recorded.push(x)));

describe("the engine's Azure Monitor traffic validates with oav validate-traffic", () => {
  let outcome: MonitorOutcome;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'oav-monitor-'));
    outcome = await record();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const validated = specRuns(MONITOR_SPEC_FILES, planted, recorded, () => dir);

  it('recorded a good release and one its alert rule fails, with a fired alert in the list', () => {
    expect(outcome.good).toEqual({ status: 'succeeded', error: undefined });
    expect(outcome.bad).toEqual({ status: 'failed', rolledBack: 'true' });
    const fired = recorded.filter(
      (x) => x.operation === 'Alerts_GetAll' && ((x.response.body as Body)['value'] as unknown[]).length > 0,
    );
    expect(fired.length).toBeGreaterThan(0);
  });

  for (const name of Object.keys(expected) as MonitorSpecName[]) {
    it(`oav finds no error in the ${name} traffic`, async () => {
      const { validator, problems } = await validated(name);
      const real = problems.filter((p) => p.file !== PLANTED);
      expect(real, JSON.stringify(real, null, 2)).toEqual([]);
      expect(validator.operationUndefinedResult).toBe(0);
      expect(coveredOperations(validator)).toEqual(expected[name]);
    }, 30_000);

    it(`the ${name} check has teeth: a planted wrong response is reported`, async () => {
      const { problems } = await validated(name);
      const caught = problems.filter((p) => p.file === PLANTED);
      expect(caught.map((p) => p.code).sort(), JSON.stringify(caught, null, 2)).toEqual(planted[name].codes);
    }, 30_000);
  }
});

describe('the logs query traffic matches the Log Analytics query spec (ajv)', () => {
  const queries: RecordedExchange[] = [];
  beforeAll(async () => {
    await record();
    queries.push(...recorded.filter((x) => /^Query_/.test(x.operation ?? '')));
  }, 120_000);

  it('every query request and answer of both kinds (workspace, resource-centric) validates', () => {
    expect(new Set(queries.map((x) => x.operation))).toEqual(new Set(['Query_Execute', 'Query_ResourceExecute']));
    for (const x of queries) {
      expect(x.response.statusCode).toBe(200);
      expect(logsErrors('queryBody', x.request.body), x.request.url).toEqual([]);
      expect(logsErrors('queryResults', x.response.body), x.request.url).toEqual([]);
    }
  });

  it('has teeth: a planted wrong answer is reported', () => {
    const broken = structuredClone(queries[0]!.response.body) as { tables: Body[] };
    broken.tables[0]!['rows'] = 'none'; // array of arrays
    delete broken.tables[0]!['columns']; // required
    broken.tables[0]!['rowCount'] = 1; // not in table
    expect(logsErrors('queryResults', broken).sort()).toEqual([
      '/tables/0 additionalProperties',
      '/tables/0 required',
      '/tables/0/rows type',
    ]);
  });
});

/**
 * ajv over the data-plane excerpt, as strict as oav is with ARM bodies: a property the definition
 * lacks is an error. A row cell is `{"type": "object"}` in the spec, which AutoRest reads as "any"
 * (the SDK's model: `rows: any[][]`) and the service answers scalars in, so it is read as any here.
 */
const logsAjv = (() => {
  const spec = JSON.parse(readFileSync(LOGS_QUERY_SPEC, 'utf8')) as { definitions: Record<string, Body> };
  const definitions = structuredClone(spec.definitions);
  for (const d of Object.values(definitions))
    if (d['properties'] && d['additionalProperties'] === undefined) d['additionalProperties'] = false;
  at(definitions['table']!, 'properties', 'rows', 'items')['items'] = {};
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ $id: 'logs', definitions });
  return ajv;
})();

/** `{instancePath} {keyword}` of each error of `body` against a definition of the logs excerpt. */
function logsErrors(definition: string, body: unknown): string[] {
  const validate = logsAjv.getSchema(`logs#/definitions/${definition}`)!;
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
}
