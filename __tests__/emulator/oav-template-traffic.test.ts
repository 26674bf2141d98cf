import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedExchange } from '../../src/emulator/index.js';
import { recordTemplate, recordTemplateCells, type TemplateOutcome } from './oav-record-template.js';
import {
  DEPLOYMENTS_SPEC,
  coveredOperations,
  toTraffic,
  validateTraffic,
  writeTraffic,
  type Problem,
  type TrafficValidatorLike,
} from './oav.js';

/**
 * The engine's template-deployment traffic (oav-record-template.ts: a plan run and the real
 * rolling release through an ARM template) validated with `oav validate-traffic` against the
 * vendored Microsoft.Resources/deployments 2026-06-01 spec (specs/NOTE.md), plus one planted
 * wrong response that must come back as exactly the expected error codes.
 *
 * Validate and what-if are long-running POSTs (202 + Location, final-state-via location): their
 * result is the body of the last poll of the Location URL, which no operation of the spec
 * describes. Each result is checked as what the spec says it is — the operation's 200
 * (`final-state-schema`: DeploymentValidateResult, WhatIfOperationResult) — by pairing the POST
 * with the poll's final body.
 */
const PLANTED = 'planted.json';
type Body = Record<string, unknown>;

const EXPECTED = [
  'DeploymentOperations_List',
  'Deployments_CreateOrUpdate',
  'Deployments_Delete',
  'Deployments_Get',
  'Deployments_ListByResourceGroup',
  'Deployments_Validate',
  'Deployments_WhatIf',
];

describe("the engine's template deployment traffic validates with oav validate-traffic", () => {
  const recorded: RecordedExchange[] = [];
  let outcome: TemplateOutcome;
  let run: Promise<{ validator: TrafficValidatorLike; problems: Problem[] }>;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'oav-template-'));
    outcome = await recordTemplate((x) => recorded.push(x));
    await recordTemplateCells((x) => recorded.push(x));
    const traffic = [
      ...recorded.filter((x) => DEPLOYMENTS_SPEC.operations.test(x.operation ?? '')),
      ...finalResults(recorded),
    ];
    writeTraffic(dir, traffic);
    writeFileSync(join(dir, PLANTED), JSON.stringify(toTraffic(planted(traffic))));
    run = validateTraffic(DEPLOYMENTS_SPEC.file, dir);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('recorded a plan and its release, a failed deployment and a throttled clean-up', () => {
    expect(outcome).toEqual({ plan: 'succeeded', apply: 'succeeded', error: undefined });
    const ops = new Set(recorded.map((x) => `${x.operation} ${x.response.statusCode}`));
    for (const op of [
      'Deployments_Validate 202',
      'Deployments_WhatIf 202',
      'Deployments_CreateOrUpdate 201',
      'DeploymentOperations_List 200',
      'Deployments_Delete 429',
      'Deployments_Delete 202',
    ])
      expect(ops).toContain(op);
  });

  it('oav finds no error in the deployments traffic (the LRO results included)', async () => {
    const { validator, problems } = await run;
    const recordedProblems = problems.filter((p) => p.file !== PLANTED);
    expect(recordedProblems, JSON.stringify(recordedProblems, null, 2)).toEqual([]);
    expect(validator.operationUndefinedResult).toBe(0);
    expect(coveredOperations(validator)).toEqual(EXPECTED);
    // Every validate and what-if answered 202 had its result checked as the operation's 200.
    const accepted = recorded.filter(
      (x) => /^Deployments_(Validate|WhatIf)$/.test(x.operation ?? '') && x.response.statusCode === 202,
    );
    expect(accepted.length).toBeGreaterThanOrEqual(4);
    expect(finalResults(recorded)).toHaveLength(accepted.length);
  }, 60_000);

  it('the check has teeth: a planted wrong what-if result is reported', async () => {
    const { problems } = await run;
    const caught = problems.filter((p) => p.file === PLANTED);
    expect(caught.map((p) => p.code).sort(), JSON.stringify(caught, null, 2)).toEqual([
      'ENUM_MISMATCH',
      'INVALID_TYPE',
      'OBJECT_MISSING_REQUIRED_PROPERTY',
    ]);
  }, 60_000);
});

/** Each validate / what-if POST answered 202, paired with the final body its Location poll returned. */
function finalResults(recorded: RecordedExchange[]): RecordedExchange[] {
  return recorded.flatMap((x) => {
    if (!/^Deployments_(Validate|WhatIf)$/.test(x.operation ?? '') || x.response.statusCode !== 202) return [];
    const location = header(x, 'location');
    const polls = recorded.filter((p) => p.request.method === 'GET' && p.request.url === location);
    const last = polls.at(-1);
    if (!last || last.response.statusCode !== 200) throw new Error(`${x.operation}: no final result at ${location}`);
    return [{ ...x, response: { statusCode: 200, headers: last.response.headers, body: last.response.body } }];
  });
}

function header(x: RecordedExchange, name: string): string | undefined {
  const entry = Object.entries(x.response.headers).find(([k]) => k.toLowerCase() === name);
  return entry ? String(entry[1]) : undefined;
}

/** A what-if result broken three ways oav enforces. */
function planted(traffic: RecordedExchange[]): RecordedExchange {
  const ok = traffic.find((x) => x.operation === 'Deployments_WhatIf' && x.response.statusCode === 200);
  if (!ok) throw new Error('no what-if result to plant a wrong response in');
  const broken = structuredClone(ok);
  const change = ((broken.response.body as Body)['properties'] as { changes: Body[] }).changes[0]!;
  change['changeType'] = 'Rewrite'; // closed enum ChangeType
  change['resourceId'] = 42; // string
  const delta = (change['delta'] as Body[] | undefined)?.[0];
  if (delta)
    delete delta['propertyChangeType']; // required
  else change['delta'] = [{ path: 'properties' }];
  return broken;
}
