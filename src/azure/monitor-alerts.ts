/**
 * Fired alerts: GET {scope}/providers/Microsoft.AlertsManagement/alerts?api-version=2019-03-01
 * (Alerts_GetAll, the newest stable version:
 * specification/alertsmanagement/resource-manager/Microsoft.AlertsManagement/AlertsManagement/stable/2019-03-01/AlertsManagement.json),
 * at the scope of a resource group (or the subscription), filtered by customTimeRange and, where
 * one value fits, targetResource / severity / alertRule. No maintained SDK on npm covers it, so the request goes through the
 * pipeline of the connection's MonitorClient (same credential, ARM scope, TLS trust and retries).
 * nextLink pages are followed only on the Resource Manager endpoint itself (the token never leaves it).
 */
import type { MonitorClient } from '@azure/arm-monitor';
import type { HttpClient } from '@azure/core-rest-pipeline';
import type { AlertsRequest, FiredAlert } from '../core/azure/monitor-port.js';
import { EngineError } from '../core/errors.js';

export const ALERTS_API_VERSION = '2019-03-01';
/** Alerts per page: the most Alerts_GetAll allows without includeContext. */
const PAGE_COUNT = 250;
/** More pages than any window of one release should hold; a bound on a runaway nextLink chain. */
const MAX_PAGES = 40;

interface AlertBody {
  id?: string;
  name?: string;
  properties?: {
    essentials?: {
      severity?: string;
      targetResource?: string;
      alertRule?: string;
      monitorCondition?: string;
      startDateTime?: string;
    };
  };
}

let http: HttpClient | undefined;

export async function listFiredAlerts(
  client: MonitorClient,
  endpoint: string,
  subscriptionId: string,
  request: AlertsRequest,
  signal: AbortSignal,
): Promise<FiredAlert[]> {
  const base = endpoint.replace(/\/+$/, '');
  const query = new URLSearchParams({
    'api-version': ALERTS_API_VERSION,
    customTimeRange: `${new Date(request.from).toISOString()}/${new Date(request.to).toISOString()}`,
    pageCount: String(PAGE_COUNT),
  });
  if (request.targetResource) query.set('targetResource', request.targetResource);
  if (request.severity) query.set('severity', request.severity);
  if (request.alertRule) query.set('alertRule', request.alertRule);
  const group = request.resourceGroup ? `/resourceGroups/${encodeURIComponent(request.resourceGroup)}` : '';
  const scope = `${base}/subscriptions/${encodeURIComponent(subscriptionId)}${group}`;
  let url: string | undefined = `${scope}/providers/Microsoft.AlertsManagement/alerts?${query}`;
  const alerts: FiredAlert[] = [];
  for (let page = 1; url; page++) {
    // Fail closed: an alert list read in part could hide the alert that fails the gate.
    if (page > MAX_PAGES)
      throw new EngineError(
        'terminal',
        `the alerts list has more than ${MAX_PAGES * PAGE_COUNT} alerts; narrow the gate`,
      );
    const body = await getJson(client, url, signal);
    for (const a of (body.value as AlertBody[] | undefined) ?? []) alerts.push(toAlert(a));
    url = nextPage(typeof body.nextLink === 'string' ? body.nextLink : undefined, base);
  }
  return alerts;
}

async function getJson(client: MonitorClient, url: string, signal: AbortSignal): Promise<Record<string, unknown>> {
  // Loaded with the monitor SDK, on first use (the bundles must not load it at start).
  const { createDefaultHttpClient, createPipelineRequest, RestError } = await import('@azure/core-rest-pipeline');
  const request = createPipelineRequest({ url, method: 'GET', abortSignal: signal });
  request.headers.set('accept', 'application/json');
  const response = await client.pipeline.sendRequest((http ??= createDefaultHttpClient()), request);
  const body = parse(response.bodyAsText);
  if (response.status >= 200 && response.status < 300) return body;
  const error = (body.error ?? {}) as { code?: string; message?: string };
  throw new RestError(error.message ?? `HTTP ${response.status}`, {
    code: error.code,
    statusCode: response.status,
    request,
    response,
  });
}

function parse(text: string | undefined | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function toAlert(a: AlertBody): FiredAlert {
  const e = a.properties?.essentials ?? {};
  const started = e.startDateTime ? Date.parse(e.startDateTime) : NaN;
  return {
    id: a.id ?? '',
    name: a.name ?? '',
    severity: e.severity ?? '',
    targetResource: e.targetResource ?? '',
    ...(e.alertRule ? { alertRule: e.alertRule } : {}),
    monitorCondition: e.monitorCondition ?? '',
    ...(Number.isFinite(started) ? { startedAt: started } : {}),
  };
}

/** The next page, only on the endpoint the first page came from (the request carries a token). */
function nextPage(next: string | undefined, base: string): string | undefined {
  if (!next) return undefined;
  let origin: string | undefined;
  try {
    origin = new URL(next).origin;
  } catch {
    origin = undefined;
  }
  if (origin !== new URL(base).origin)
    throw new EngineError('terminal', `the alerts list continues on another host (${origin ?? 'not a URL'}); refused`);
  return next;
}
