/**
 * MonitorPort on @azure/arm-monitor (metrics, metric alert rules, and the fired-alerts list through
 * its pipeline) and @azure/monitor-query-logs (KQL), each SDK loaded on first use. Every call is
 * bounded by what is left of its step and its failures classified; a refusal (401/403) names the
 * role the identity needs.
 */
import type { MonitorCall, MonitorPort } from '../core/azure/monitor-port.js';
import { EngineError } from '../core/errors.js';
import { clientsFor } from './clients.js';
import type { AzureConnection } from './connection.js';
import { orUndefined, statusOf } from './errors.js';
import { DEFAULT_POLL_MS } from './image-sdk.js';
import { listFiredAlerts } from './monitor-alerts.js';
import { lazyLogsClient, runQuery } from './monitor-logs.js';
import { listMetrics } from './monitor-metrics.js';
import { call } from './scale-sets.js';

const READER = 'Monitoring Reader';
const LOGS_READER = 'Log Analytics Reader (or Monitoring Reader on an Application Insights resource)';

export function monitorPort(conn: AzureConnection): MonitorPort {
  const monitor = clientsFor(conn).monitor;
  const logs = lazyLogsClient(conn);
  return {
    subscriptionId: conn.subscriptionId,
    pollIntervalMs: conn.pollIntervalMs ?? DEFAULT_POLL_MS,

    metrics: (request, o) =>
      read(`reading metric(s) ${request.names.join(', ')} of ${request.resourceId}`, o, READER, async (signal) =>
        listMetrics(await monitor(), request, signal),
      ),

    firedAlerts: (request, o) =>
      read('listing the alerts fired', o, READER, async (signal) =>
        listFiredAlerts(await monitor(), conn.endpoint, conn.subscriptionId, request, signal),
      ),

    metricAlertRule: (resourceGroup, name, o) =>
      read(`reading alert rule ${name}`, o, READER, async (signal) => {
        const client = await monitor();
        const rule = await orUndefined(() => client.metricAlerts.get(resourceGroup, name, { abortSignal: signal }));
        return rule ? { id: rule.id ?? '', name: rule.name ?? name, enabled: rule.enabled !== false } : undefined;
      }),

    query: (request, o) =>
      read(`running a query on ${request.source.id}`, o, LOGS_READER, async (signal) =>
        runQuery(await logs(), request, signal),
      ),
  };
}

/** A bounded, classified read; a refusal says which role is missing. */
async function read<T>(
  what: string,
  o: MonitorCall,
  role: string,
  fn: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  try {
    return await call(what, o, fn);
  } catch (err) {
    const status = err instanceof EngineError ? statusOf(err.cause) : undefined;
    if (err instanceof EngineError && (status === 401 || status === 403))
      throw new EngineError('terminal', `${err.message} (analysis gates need the ${role} role)`, { cause: err.cause });
    throw err;
  }
}
