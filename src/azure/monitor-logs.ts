/**
 * KQL through @azure/monitor-query-logs: `queryWorkspace` sends POST {endpoint}/workspaces/{id}/query,
 * `queryResource` POST {endpoint}/{resourceId}/query (an Application Insights component, a workspace
 * by resource id, any resource-centric query), body {query, timespan}
 * (https://learn.microsoft.com/azure/azure-monitor/logs/api/request-format). The client is built on
 * first use (the SDK loads then), for the connection's cloud: its endpoint and token scope.
 */
import type { LogsQueryClient, LogsQueryResult } from '@azure/monitor-query-logs';
import type { LogsAnswer, LogsRequest } from '../core/azure/monitor-port.js';
import type { AzureConnection } from './connection.js';
import { withoutLeadingSlash } from './monitor-metrics.js';
import { logsEndpointFor } from './monitor-endpoints.js';
import { armClientOptions } from './transport.js';

export function lazyLogsClient(conn: AzureConnection): () => Promise<LogsQueryClient> {
  let client: Promise<LogsQueryClient> | undefined;
  return () =>
    (client ??= (async () => {
      const { LogsQueryClient } = await import('@azure/monitor-query-logs');
      const { endpoint, scope } = logsEndpointFor(conn.endpoint);
      const options = armClientOptions({ endpoint, caFile: conn.caFile, scopes: [scope] });
      return new LogsQueryClient(conn.credential, {
        endpoint: options.endpoint,
        credentials: { scopes: options.credentials.scopes },
        ...(options.tlsOptions ? { tlsOptions: options.tlsOptions } : {}),
        ...(options.retryOptions ? { retryOptions: options.retryOptions } : {}),
      });
    })());
}

export async function runQuery(
  client: LogsQueryClient,
  request: LogsRequest,
  signal: AbortSignal,
): Promise<LogsAnswer> {
  const timespan = { startTime: new Date(request.from), endTime: new Date(request.to) };
  const options = { abortSignal: signal };
  try {
    const result =
      request.source.kind === 'workspace'
        ? await client.queryWorkspace(request.source.id, request.query, timespan, options)
        : await client.queryResource(withoutLeadingSlash(request.source.id), request.query, timespan, options);
    return toAnswer(result);
  } catch (err) {
    throw withInnerErrors(err);
  }
}

/**
 * The query API nests what is wrong with a query ("BadArgumentError: The request had some invalid
 * properties" → SemanticError → "SEM0100: The operator '==' is not defined for …"; see
 * https://learn.microsoft.com/azure/azure-monitor/logs/api/errors): the innermost messages join the
 * error's own, so the gate says what to fix.
 */
function withInnerErrors(err: unknown): unknown {
  const e = err as { message?: string; details?: { error?: InnerError } };
  const inner: string[] = [];
  for (let x = e?.details?.error?.innererror; x && inner.length < 5; x = x.innererror)
    if (x.message) inner.push(x.code ? `${x.code}: ${x.message}` : x.message);
  if (inner.length > 0 && e && typeof e === 'object') e.message = `${e.message ?? ''} (${inner.join('; ')})`;
  return err;
}

interface InnerError {
  readonly code?: string;
  readonly message?: string;
  readonly innererror?: InnerError;
}

function toAnswer(result: LogsQueryResult): LogsAnswer {
  const partial = result.status === 'PartialFailure';
  const tables = (partial ? result.partialTables : result.tables) ?? [];
  return {
    tables: tables.map((t) => ({
      name: t.name,
      columns: t.columnDescriptors.map((c) => c.name ?? ''),
      rows: t.rows,
    })),
    ...(partial ? { partialError: `${result.partialError.code}: ${result.partialError.message}` } : {}),
  };
}
