import { ArmError, badRequest } from '../errors.js';
import type { Router } from '../router.js';
import type { ArmRequest, Reply } from '../types.js';
import { parseTimespan } from './durations.js';
import { alertBody, type FiredAlert } from './fired-alerts.js';
import { signalsOf } from './signals.js';

/**
 * Fired alerts: `GET {scope}/providers/Microsoft.AlertsManagement/alerts` (Alerts_GetAll),
 * `…/alerts/{alertId}` (Alerts_GetById) and `…/alerts/{alertId}/changestate` (Alerts_ChangeState),
 * as specified in specification/alertsmanagement/resource-manager/Microsoft.AlertsManagement/
 * AlertsManagement/stable/2019-03-01/AlertsManagement.json — the newest stable api-version
 * (2018-05-05 answers the same shape). Scope: the subscription, a resource group or a resource.
 *
 * Filters as the spec lists them: targetResource, targetResourceType, targetResourceGroup,
 * monitorService, monitorCondition, severity, alertState, alertRule (the rule's id), smartGroupId;
 * timeRange (1h, 1d, 7d, 30d; default 1d) or customTimeRange (`start/end`, not both). The spec does
 * not say which time the range applies to: here an alert is in range when it was active (Fired)
 * at some moment of it. Paging: `pageCount` (1..250, default 25) per page, `nextLink`.
 */
export const ALERTS_API_VERSIONS = ['2018-05-05', '2019-03-01'];
const TIME_RANGES: Record<string, number> = {
  '1h': 3600_000,
  '1d': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
};
const ENUMS: Record<string, readonly string[]> = {
  monitorService: [
    'Application Insights',
    'ActivityLog Administrative',
    'ActivityLog Security',
    'ActivityLog Recommendation',
    'ActivityLog Policy',
    'ActivityLog Autoscale',
    'Log Analytics',
    'Nagios',
    'Platform',
    'SCOM',
    'ServiceHealth',
    'SmartDetector',
    'VM Insights',
    'Zabbix',
    'Resource Health',
  ],
  monitorCondition: ['Fired', 'Resolved'],
  severity: ['Sev0', 'Sev1', 'Sev2', 'Sev3', 'Sev4'],
  alertState: ['New', 'Acknowledged', 'Closed'],
};

export function registerAlertsApi(router: Router): void {
  const base = { apiVersions: ALERTS_API_VERSIONS, resourceType: 'Microsoft.AlertsManagement/alerts' };
  router.addAll([
    {
      ...base,
      method: 'GET',
      path: '/{*scope}/providers/Microsoft.AlertsManagement/alerts',
      operation: 'Alerts_GetAll',
      handler: listAlerts,
    },
    {
      ...base,
      method: 'GET',
      path: '/{*scope}/providers/Microsoft.AlertsManagement/alerts/{alertId}',
      operation: 'Alerts_GetById',
      handler: (req) => ({ status: 200, body: alertBody(requireAlert(req), true) }),
    },
    {
      ...base,
      method: 'POST',
      path: '/{*scope}/providers/Microsoft.AlertsManagement/alerts/{alertId}/changestate',
      operation: 'Alerts_ChangeState',
      handler: changeState,
    },
  ]);
}

function listAlerts(req: ArmRequest): Reply {
  const scope = scopeOf(req);
  const q = req.query;
  for (const [name, values] of Object.entries(ENUMS)) {
    const v = q.get(name);
    if (v !== null && !values.includes(v))
      throw badRequest('BadRequest', `Invalid value '${v}' for '${name}'. Allowed values: ${values.join(', ')}.`);
  }
  const range = rangeOf(req);
  const eq = (a: string, b: string | null) => b === null || a.toLowerCase() === b.toLowerCase();
  const alerts = signalsOf(req.emu).alerts.all.filter((a) => {
    const body = alertBody(a, false);
    const e = (body['properties'] as { essentials: Record<string, string> }).essentials;
    return (
      inScope(a, scope) &&
      eq(e.targetResource!, q.get('targetResource')) &&
      (q.get('targetResourceType') === null || typeMatches(a, q.get('targetResourceType')!)) &&
      eq(e.targetResourceGroup!, q.get('targetResourceGroup')) &&
      eq(e.monitorService!, q.get('monitorService')) &&
      eq(a.monitorCondition, q.get('monitorCondition')) &&
      eq(a.severity, q.get('severity')) &&
      eq(a.alertState, q.get('alertState')) &&
      eq(a.ruleId, q.get('alertRule')) &&
      q.get('smartGroupId') === null &&
      activeDuring(a, range)
    );
  });
  const sorted = sortAlerts(alerts, q.get('sortBy') ?? 'lastModifiedDateTime', q.get('sortOrder'));
  return page(
    req,
    sorted.map((a) => alertBody(a, q.get('includeContext') === 'true')),
  );
}

function scopeOf(req: ArmRequest): string {
  const scope = `/${req.params['scope'] ?? ''}`.replace(/\/+$/, '');
  const sub = /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1];
  if (!sub || sub.toLowerCase() !== req.emu.subscriptionId.toLowerCase())
    throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${sub ?? ''}' could not be found.`);
  return scope.toLowerCase();
}

function inScope(a: FiredAlert, scope: string): boolean {
  const target = a.target.toLowerCase();
  return target === scope || target.startsWith(`${scope}/`);
}

/** `targetResourceType` as the full type (`Microsoft.Web/sites`) or its last segment (`sites`). */
function typeMatches(a: FiredAlert, wanted: string): boolean {
  const parts = a.target.toLowerCase().split('/');
  const p = parts.lastIndexOf('providers');
  const types = parts.slice(p + 2).filter((_, i) => i % 2 === 0);
  const full = [parts[p + 1], ...types].join('/');
  const w = wanted.toLowerCase();
  return w === full || w === types.at(-1);
}

function rangeOf(req: ArmRequest): { startMs: number; endMs: number } {
  const now = req.emu.clock.now();
  const custom = req.query.get('customTimeRange');
  const named = req.query.get('timeRange');
  if (custom !== null && named !== null)
    throw badRequest('BadRequest', 'Either timeRange or customTimeRange could be used but not both.');
  if (custom !== null) {
    const range = parseTimespan(custom, now);
    if (!range || !custom.includes('/'))
      throw badRequest(
        'BadRequest',
        `Invalid customTimeRange '${custom}': expected <start-time>/<end-time> in ISO 8601.`,
      );
    return range;
  }
  const span = TIME_RANGES[named ?? '1d'];
  if (span === undefined)
    throw badRequest(
      'BadRequest',
      `Invalid value '${named}' for 'timeRange'. Allowed values: ${Object.keys(TIME_RANGES).join(', ')}.`,
    );
  return { startMs: now - span, endMs: now };
}

function activeDuring(a: FiredAlert, range: { startMs: number; endMs: number }): boolean {
  return a.startMs <= range.endMs && (a.resolvedMs === undefined || a.resolvedMs >= range.startMs);
}

function sortAlerts(alerts: FiredAlert[], by: string, order: string | null): FiredAlert[] {
  const times: Record<string, (a: FiredAlert) => number> = {
    startDateTime: (a) => a.startMs,
    lastModifiedDateTime: (a) => a.lastModifiedMs,
  };
  const texts: Record<string, (a: FiredAlert) => string> = {
    name: (a) => a.ruleName,
    severity: (a) => a.severity,
    alertState: (a) => a.alertState,
    monitorCondition: (a) => a.monitorCondition,
    targetResource: (a) => a.target.toLowerCase(),
    targetResourceName: (a) => a.target.split('/').at(-1) ?? '',
    targetResourceGroup: (a) => a.target.toLowerCase(),
    targetResourceType: (a) => a.target.toLowerCase(),
  };
  const time = times[by];
  const text = texts[by];
  if (!time && !text) throw badRequest('BadRequest', `Invalid value '${by}' for 'sortBy'.`);
  const desc = order === null ? Boolean(time) : order === 'desc';
  const sorted = [...alerts].sort((x, y) => (time ? time(x) - time(y) : text!(x).localeCompare(text!(y))));
  return desc ? sorted.reverse() : sorted;
}

function page(req: ArmRequest, items: unknown[]): Reply {
  const pageCount = Number(req.query.get('pageCount') ?? 25);
  if (!Number.isInteger(pageCount) || pageCount < 1 || pageCount > 250)
    throw badRequest('BadRequest', 'pageCount must be between 1 and 250.');
  const start = Math.max(0, Number.parseInt(req.query.get('$skiptoken') ?? '0', 10) || 0);
  const end = Math.min(items.length, start + pageCount);
  const body: { value: unknown[]; nextLink?: string } = { value: items.slice(start, end) };
  if (end < items.length) {
    const next = new URL(req.url.toString());
    next.searchParams.set('$skiptoken', String(end));
    body.nextLink = next.toString();
  }
  return { status: 200, body };
}

function requireAlert(req: ArmRequest): FiredAlert {
  scopeOf(req);
  const alert = signalsOf(req.emu).alerts.find(req.params['alertId'] ?? '');
  if (!alert) throw new ArmError(404, 'ResourceNotFound', `The alert '${req.params['alertId'] ?? ''}' was not found.`);
  return alert;
}

function changeState(req: ArmRequest): Reply {
  const alert = requireAlert(req);
  const state = req.query.get('newState');
  if (!state || !ENUMS['alertState']!.includes(state))
    throw badRequest(
      'BadRequest',
      `Invalid value '${state ?? ''}' for 'newState'. Allowed values: New, Acknowledged, Closed.`,
    );
  alert.alertState = state as FiredAlert['alertState'];
  alert.lastModifiedMs = req.emu.clock.now();
  return { status: 200, body: alertBody(alert, true) };
}
