import { resourceNotFound } from '../errors.js';
import { checkPreconditions } from '../etag.js';
import { pagedReply } from '../paging.js';
import { mergePatch, requireResourceGroup, requireSubscription, rgId } from '../resource-kit.js';
import type { Router } from '../router.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest, EmulatorContext, Reply } from '../types.js';
import { readRule } from './alert-rules.js';
import { isoSeconds } from './durations.js';
import { signalsOf } from './signals.js';

/**
 * `Microsoft.Insights/metricAlerts`: MetricAlerts_CreateOrUpdate / _Update / _Get / _Delete /
 * _ListByResourceGroup / _ListBySubscription and MetricAlertsStatus_List / _ListByName
 * (specification/monitor/resource-manager/Microsoft.Insights/Insights/MetricAlertApi, 2026-01-01,
 * the api-version @azure/arm-monitor 8 sends). Writes are synchronous (200, no long-running
 * operation), as the spec's responses say. A stored rule is evaluated on the simulated clock
 * (alert-evaluator.ts); alerts it fires are served by Microsoft.AlertsManagement (alerts-api.ts).
 */
export const METRIC_ALERTS_API_VERSIONS = ['2018-03-01', '2024-03-01-preview', '2026-01-01'];
export const METRIC_ALERT_TYPE = 'Microsoft.Insights/metricAlerts';
const RULE =
  '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Insights/metricAlerts/{ruleName}';

export function registerMetricAlerts(router: Router): void {
  const base = { apiVersions: METRIC_ALERTS_API_VERSIONS, resourceType: METRIC_ALERT_TYPE };
  router.addAll([
    { ...base, method: 'PUT', path: RULE, operation: 'MetricAlerts_CreateOrUpdate', handler: putRule },
    { ...base, method: 'PATCH', path: RULE, operation: 'MetricAlerts_Update', handler: patchRule },
    { ...base, method: 'GET', path: RULE, operation: 'MetricAlerts_Get', handler: getRule },
    { ...base, method: 'DELETE', path: RULE, operation: 'MetricAlerts_Delete', handler: deleteRule },
    {
      ...base,
      method: 'GET',
      path: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Insights/metricAlerts',
      operation: 'MetricAlerts_ListByResourceGroup',
      handler: (req) => listRules(req, rgId(req.emu.subscriptionId, req.params['resourceGroupName'] ?? '')),
    },
    {
      ...base,
      method: 'GET',
      path: '/subscriptions/{subscriptionId}/providers/Microsoft.Insights/metricAlerts',
      operation: 'MetricAlerts_ListBySubscription',
      handler: (req) => listRules(req, `/subscriptions/${req.emu.subscriptionId}`),
    },
    { ...base, method: 'GET', path: `${RULE}/status`, operation: 'MetricAlertsStatus_List', handler: ruleStatus },
    {
      ...base,
      method: 'GET',
      path: `${RULE}/status/{statusName}`,
      operation: 'MetricAlertsStatus_ListByName',
      handler: ruleStatus,
    },
  ]);
}

/** Creates or replaces the rule `id` from a wire body (also used by worlds and the control API). */
export function upsertRule(emu: EmulatorContext, id: string, input: Json): StoredResource {
  const rule = readRule(emu, id, input);
  const existing = emu.state.get(id);
  const properties = { ...((input['properties'] ?? {}) as Json) };
  delete properties['lastUpdatedTime'];
  delete properties['isMigrated'];
  const body: Json = {
    id: existing?.id ?? id,
    name: existing ? existing.body['name'] : rule.name,
    type: METRIC_ALERT_TYPE,
    location: input['location'],
    tags: input['tags'] ?? {},
    properties: {
      ...properties,
      autoMitigate: rule.autoMitigate,
      actions: properties['actions'] ?? [],
      lastUpdatedTime: isoSeconds(emu.clock.now()),
      isMigrated: false,
    },
  };
  const res = emu.state.put({
    id: existing?.id ?? id,
    type: METRIC_ALERT_TYPE,
    body,
    createdAtMs: existing?.createdAtMs ?? emu.clock.now(),
    meta: existing?.meta ?? {},
  });
  signalsOf(emu).evaluator.arm(res.id);
  return res;
}

/** The rule's id in Azure's casing, whatever casing the path used (the SDK sends `resourcegroups`). */
function ruleId(req: ArmRequest): string {
  const group = rgId(req.emu.subscriptionId, req.params['resourceGroupName'] ?? '');
  return `${group}/providers/${METRIC_ALERT_TYPE}/${req.params['ruleName'] ?? ''}`;
}

function putRule(req: ArmRequest): Reply {
  requireResourceGroup(req);
  const id = ruleId(req);
  checkPreconditions(req, req.emu.state.get(id));
  return { status: 200, body: upsertRule(req.emu, id, req.body ?? {}).body };
}

function patchRule(req: ArmRequest): Reply {
  const existing = requireRule(req);
  checkPreconditions(req, existing);
  const patch = (req.body ?? {}) as Json;
  const merged = mergePatch(existing.body, { tags: patch['tags'], properties: patch['properties'] }) as Json;
  return { status: 200, body: upsertRule(req.emu, existing.id, merged).body };
}

function getRule(req: ArmRequest): Reply {
  return { status: 200, body: requireRule(req).body };
}

function deleteRule(req: ArmRequest): Reply {
  requireResourceGroup(req);
  const existing = req.emu.state.get(ruleId(req));
  if (!existing) return { status: 204 };
  signalsOf(req.emu).evaluator.disarm(existing.id);
  req.emu.state.delete(existing.id);
  return { status: 200 };
}

function listRules(req: ArmRequest, scope: string): Reply {
  if (req.params['resourceGroupName'] !== undefined) requireResourceGroup(req);
  else requireSubscription(req);
  return pagedReply(
    req,
    req.emu.state.list(METRIC_ALERT_TYPE, scope).map((r) => r.body),
  );
}

/** MetricAlertStatusCollection: one status per time series of the last evaluation. */
function ruleStatus(req: ArmRequest): Reply {
  const rule = requireRule(req);
  const scope = String(((rule.body['properties'] as Json)['scopes'] as string[] | undefined)?.[0] ?? '');
  const evaluated = signalsOf(req.emu).evaluator.status(rule.id);
  const statuses =
    evaluated.length > 0 ? evaluated : [{ dimensions: {}, status: 'Unknown', timeMs: req.emu.clock.now() }];
  const value = statuses
    .map((s) => {
      const dimensions = { resourceId: scope, ...s.dimensions };
      const key = Object.entries(dimensions)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
      return {
        name: Buffer.from(key).toString('base64'),
        id: rule.id,
        type: `${METRIC_ALERT_TYPE}/status`,
        properties: { dimensions, status: s.status, timestamp: new Date(s.timeMs).toISOString() },
      };
    })
    .filter((s) => req.params['statusName'] === undefined || s.name === req.params['statusName']);
  return { status: 200, body: { value } };
}

function requireRule(req: ArmRequest): StoredResource {
  requireResourceGroup(req);
  const res = req.emu.state.get(ruleId(req));
  if (!res || res.type !== METRIC_ALERT_TYPE)
    throw resourceNotFound(METRIC_ALERT_TYPE, req.params['ruleName'] ?? '', req.params['resourceGroupName']);
  return res;
}
