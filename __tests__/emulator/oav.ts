/**
 * `oav validate-traffic` plumbing shared by the oav test files: recorded exchanges → oav payloads,
 * and one TrafficValidator run over a directory of them against one vendored spec file
 * (specs/azure-rest-api-specs keeps the repo-relative layout so relative $refs resolve; specs/NOTE.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { RecordedExchange } from '../../src/emulator/index.js';

const SPECS = join(import.meta.dirname, 'specs', 'azure-rest-api-specs', 'specification');

/** A vendored spec file under specs/azure-rest-api-specs/specification. */
const spec = (...path: string[]): string => join(SPECS, ...path);
const COMPUTE = ['compute', 'resource-manager', 'Microsoft.Compute'];
const NETWORK = ['network', 'resource-manager', 'Microsoft.Network', 'stable', '2025-05-01'];
/** Operation ids of any of these operation groups (`Group_Operation`). */
const anyOf = (...groups: string[]): RegExp => new RegExp(`^(${groups.join('|')})_`);

/**
 * Vendored spec files by the provider they describe (at the api-versions the installed SDKs send),
 * and the recorded operations each one covers. Operations of no spec here: the emulator's LRO status
 * polls, and test set-up calls (network security group / virtual network writes).
 */
export const SPEC_FILES = {
  gallery: {
    file: spec(...COMPUTE, 'GalleryRP', 'stable', '2025-03-03', 'GalleryRP.json'),
    operations: /^(Galleries|GalleryImages|GalleryImageVersions)_/,
  },
  imageBuilder: {
    file: spec(
      'imagebuilder',
      'resource-manager',
      'Microsoft.VirtualMachineImages',
      'ImageBuilder',
      'stable',
      '2025-10-01',
      'imagebuilder.json',
    ),
    operations: /^VirtualMachineImageTemplates_/,
  },
  compute: {
    file: spec(...COMPUTE, 'Compute', 'stable', '2026-03-01', 'ComputeRP.json'),
    operations: anyOf(
      'VirtualMachineScaleSets',
      'VirtualMachineScaleSetVMs',
      'VirtualMachineScaleSetRollingUpgrades',
      'VirtualMachines',
      'VirtualMachineImages',
      'Images',
    ),
  },
  loadBalancers: { file: spec(...NETWORK, 'loadBalancer.json'), operations: /^LoadBalancers_/ },
  securityGroups: { file: spec(...NETWORK, 'networkSecurityGroup.json'), operations: /^NetworkSecurityGroups_Get$/ },
  subnets: { file: spec(...NETWORK, 'virtualNetwork.json'), operations: /^Subnets_Get$/ },
  web: {
    file: spec('web', 'resource-manager', 'Microsoft.Web', 'stable', '2025-05-01', 'WebApps.json'),
    operations: /^WebApps_/,
  },
  resources: {
    file: spec(
      'resources',
      'resource-manager',
      'Microsoft.Resources',
      'resources',
      'stable',
      '2025-04-01',
      'resources.json',
    ),
    operations: /^(ResourceGroups|Resources|Tags)_/,
  },
} as const;
export type SpecName = keyof typeof SPEC_FILES;

const INSIGHTS = ['monitor', 'resource-manager', 'Microsoft.Insights', 'Insights', 'stable'];

/** Spec files of the Azure Monitor calls the analysis gates make (oav-record-monitor.ts records them). */
export const MONITOR_SPEC_FILES = {
  metrics: { file: spec(...INSIGHTS, '2024-02-01', 'metrics.json'), operations: /^(Metrics|MetricDefinitions)_/ },
  metricAlerts: { file: spec(...INSIGHTS, '2026-01-01', 'metricAlert.json'), operations: /^MetricAlerts_/ },
  alerts: {
    file: spec(
      'alertsmanagement',
      'resource-manager',
      'Microsoft.AlertsManagement',
      'AlertsManagement',
      'stable',
      '2019-03-01',
      'AlertsManagement.json',
    ),
    operations: /^Alerts_/,
  },
} as const;
export type MonitorSpecName = keyof typeof MONITOR_SPEC_FILES;

/** Template deployments (oav-record-template.ts records them). */
export const DEPLOYMENTS_SPEC = {
  file: spec(
    'resources',
    'resource-manager',
    'Microsoft.Resources',
    'deployments',
    'stable',
    '2026-06-01',
    'deployments.json',
  ),
  operations: /^(Deployments|DeploymentOperations)_/,
} as const;

/** The Log Analytics query API (data plane; checked with ajv: oav-monitor-traffic.test.ts). */
export const LOGS_QUERY_SPEC = spec(
  'operationalinsights',
  'data-plane',
  'Microsoft.OperationalInsights',
  'stable',
  '2022-10-27',
  'OperationalInsights.json',
);

interface OavIssue {
  code: string;
  message: string;
  issueSource?: string;
  jsonPathsInPayload?: string[];
}
interface OavResult {
  payloadFilePath?: string;
  errors?: OavIssue[];
  runtimeExceptions?: { code: string; message: string }[];
  operationInfo?: { operationId?: string };
}
export interface TrafficValidatorLike {
  initialize(): Promise<void>;
  validate(): Promise<OavResult[]>;
  operationUndefinedResult: number;
  operationCoverageResult: { coveredOperationsList?: { operationId: string }[] }[];
}
export interface Problem {
  file?: string;
  op?: string;
  code: string;
  source?: string;
  path?: string[];
  message: string;
}

const require = createRequire(import.meta.url);

/** The payload shape `oav validate-traffic` reads (oav LiveRequest / LiveResponse). */
export function toTraffic(x: RecordedExchange): unknown {
  // Hosts don't take part in operation matching; use ARM's so the payload reads like a real recording.
  const url = new URL(x.request.url);
  return {
    liveRequest: {
      url: `https://management.azure.com${url.pathname}${url.search}`,
      method: x.request.method,
      headers: x.request.headers,
      body: x.request.body ?? null,
    },
    liveResponse: {
      statusCode: String(x.response.statusCode),
      headers: x.response.headers,
      body: x.response.body ?? null,
    },
  };
}

/** Writes the exchanges as numbered payload files into a new directory `dir`. */
export function writeTraffic(dir: string, exchanges: RecordedExchange[]): void {
  mkdirSync(dir, { recursive: true });
  exchanges.forEach((x, i) =>
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}-${x.operation}.json`), JSON.stringify(toTraffic(x))),
  );
}

/** One oav run: every payload file of `trafficDir` against the spec file; its errors flattened. */
export async function validateTraffic(
  spec: string,
  trafficDir: string,
): Promise<{ validator: TrafficValidatorLike; problems: Problem[] }> {
  const { TrafficValidator } = require('oav') as {
    TrafficValidator: new (spec: string, traffic: string) => TrafficValidatorLike;
  };
  const validator = new TrafficValidator(spec, trafficDir);
  await validator.initialize();
  const results = await validator.validate();
  const file = (r: OavResult) => r.payloadFilePath?.split('/').pop();
  const problems = results.flatMap((r) => [
    ...(r.errors ?? []).map((e) => ({
      file: file(r),
      op: r.operationInfo?.operationId,
      code: e.code,
      source: e.issueSource,
      path: e.jsonPathsInPayload,
      message: e.message,
    })),
    ...(r.runtimeExceptions ?? []).map((e) => ({ file: file(r), code: e.code, message: e.message })),
  ]);
  return { validator, problems };
}

/** The operation ids of the spec that the validated traffic exercised. */
export const coveredOperations = (v: TrafficValidatorLike): string[] =>
  [
    ...new Set(v.operationCoverageResult.flatMap((c) => (c.coveredOperationsList ?? []).map((o) => o.operationId))),
  ].sort();
