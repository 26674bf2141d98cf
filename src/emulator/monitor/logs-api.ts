import type { Router } from '../router.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest, Reply } from '../types.js';
import { parseTimespan } from './durations.js';
import { sourcesOf } from './inputs.js';
import { COMPONENT_TYPE, WORKSPACE_TYPE, workspaceByCustomerId } from './insights-resources.js';
import { KqlError, type KqlContext, type KqlTable } from './kql/types.js';
import { appRequestsTable, requestsTable, type RowContext } from './log-tables.js';
import { signalsOf } from './signals.js';

/**
 * The Log Analytics / Application Insights query API, as `@azure/monitor-query-logs`'
 * LogsQueryClient calls it with `endpoint` = `{emulator}/v1` (its default is
 * `https://api.loganalytics.io/v1`): `POST /v1/workspaces/{workspaceId}/query` (queryWorkspace;
 * the id is the workspace's `customerId`) and `POST /v1/{resourceId}/query` (queryResource), body
 * `{ query, timespan?, workspaces? }`, answer `{ tables: [{ name, columns: [{ name, type }], rows }] }`
 * (specification/operationalinsights/data-plane/Microsoft.OperationalInsights/stable/v1/
 * OperationalInsights.json; `GET …/query?query=…&timespan=…` too). No api-version; any bearer token.
 *
 * Tables: a workspace (by id or ARM id) holds `AppRequests`; an Application Insights component
 * (resource-centric) holds `requests`; any other resource queried resource-centric holds
 * `AppRequests` rows about itself (none: the emulator's telemetry goes to components and
 * workspaces). The `timespan` (ISO 8601 interval or duration ending now) is applied before the query.
 *
 * Errors in the API's shape ("Azure Monitor Log Analytics API errors", learn.microsoft.com/azure/
 * azure-monitor/logs/api/errors): 400 `BadArgumentError` "The request had some invalid properties"
 * with an `innererror` `SyntaxError` / `SemanticError` whose own `innererror` carries the
 * evaluator's message (as the service nests SYN…/SEM… details); 404 `PathNotFoundError`,
 * `WorkspaceNotFoundError` (the code the service uses for an unknown workspace), `ResourceNotFoundError`.
 */
export type Evaluate = (query: string, ctx: KqlContext) => Promise<KqlTable>;

const defaultEvaluate: Evaluate = async (query, ctx) => (await import('./kql/index.js')).evaluateKqlAsync(query, ctx);

export function registerLogsApi(router: Router, evaluate: Evaluate = defaultEvaluate): void {
  const base = { apiVersions: 'none' as const, write: false };
  const workspace = (req: ArmRequest) => runQuery(req, evaluate, workspaceScope(req));
  const resource = (req: ArmRequest) => runQuery(req, evaluate, resourceScope(req));
  router.addAll([
    {
      ...base,
      method: 'POST',
      path: '/v1/workspaces/{workspaceId}/query',
      operation: 'Query_Execute',
      handler: workspace,
    },
    { ...base, method: 'GET', path: '/v1/workspaces/{workspaceId}/query', operation: 'Query_Get', handler: workspace },
    { ...base, method: 'POST', path: '/v1/{*resourceId}/query', operation: 'Query_ResourceExecute', handler: resource },
    { ...base, method: 'GET', path: '/v1/{*resourceId}/query', operation: 'Query_ResourceGet', handler: resource },
  ]);
}

interface QueryScope {
  /** The resource whose tables the query reads, or the error answer. */
  target: StoredResource | Reply;
  tables: 'requests' | 'AppRequests';
}

class QueryApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Json,
  ) {
    super(String(body['message']));
  }
}

const apiError = (status: number, code: string, message: string, innererror?: Json): Reply => ({
  status,
  body: { error: { message, code, ...(innererror ? { innererror } : {}) } },
});

function workspaceScope(req: ArmRequest): QueryScope {
  const id = req.params['workspaceId'] ?? '';
  const ws = workspaceByCustomerId(req.emu, id);
  return {
    target: ws ?? apiError(404, 'WorkspaceNotFoundError', `The workspace could not be found: '${id}'.`),
    tables: 'AppRequests',
  };
}

function resourceScope(req: ArmRequest): QueryScope {
  // queryResource sends `/v1/{+resourceId}/query` with the id's own leading slash: `/v1//subscriptions/…`.
  const id = `/${(req.params['resourceId'] ?? '').replace(/^\/+/, '')}`;
  if (!/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+\/providers\//i.test(id))
    return { target: apiError(404, 'PathNotFoundError', 'The requested path does not exist'), tables: 'AppRequests' };
  const res = req.emu.state.get(id);
  const tables = res?.type.toLowerCase() === COMPONENT_TYPE.toLowerCase() ? 'requests' : 'AppRequests';
  return { target: res ?? apiError(404, 'ResourceNotFoundError', `The resource '${id}' could not be found.`), tables };
}

async function runQuery(req: ArmRequest, evaluate: Evaluate, scope: QueryScope): Promise<Reply> {
  if (!('id' in scope.target)) return scope.target;
  const target = scope.target;
  const signals = signalsOf(req.emu);
  try {
    const { query, timespan } = queryOf(req);
    const now = req.emu.clock.now();
    const range = timespan === undefined ? { startMs: -Infinity, endMs: Infinity } : parseTimespan(timespan, now);
    if (!range)
      throw invalidBody('InvalidTimespan', `The timespan '${timespan}' is not an ISO 8601 interval or duration.`);
    const table = tableFor(signals, target, scope.tables, range);
    const result = await evaluate(query, { tables: new Map([[table.name, table]]), now });
    return { status: 200, body: { tables: [wire(result)] } };
  } catch (e) {
    if (e instanceof QueryApiError) return { status: e.status, body: e.body };
    if (e instanceof KqlError || (e as Error)?.name === 'KqlError')
      return queryRejected(e as KqlError, signals.random.uuid());
    throw e;
  }
}

function queryOf(req: ArmRequest): { query: string; timespan: string | undefined } {
  const body = (req.method === 'GET' ? Object.fromEntries(req.query) : (req.body ?? {})) as Json;
  if (typeof body['query'] !== 'string' || body['query'].trim() === '')
    throw invalidBody('MissingQuery', "The request body must have a 'query' string.");
  const timespan = body['timespan'];
  if (timespan !== undefined && typeof timespan !== 'string')
    throw invalidBody('InvalidTimespan', "'timespan' must be an ISO 8601 string.");
  return { query: body['query'], timespan };
}

/** Malformed request ("Azure Monitor Log Analytics API errors": QueryValidationError with details). */
function invalidBody(code: string, message: string): QueryApiError {
  const { body } = apiError(400, 'BadArgumentError', 'The request had some invalid properties', {
    code: 'QueryValidationError',
    message: 'Failed parsing the query',
    details: [{ code, message, target: null }],
  });
  return new QueryApiError(400, body as Json);
}

function queryRejected(e: KqlError, correlationId: string): Reply {
  const semantic = e.code === 'SemanticError';
  const reply = apiError(400, 'BadArgumentError', 'The request had some invalid properties', {
    code: semantic ? 'SemanticError' : 'SyntaxError',
    message: semantic ? 'A semantic error occurred.' : 'A recognition error occurred in the query.',
    innererror: { code: semantic ? 'SEM0100' : 'SYN0002', message: e.message },
  });
  (reply.body as { error: Json }).error['correlationId'] = correlationId;
  return reply;
}

function tableFor(
  signals: ReturnType<typeof signalsOf>,
  target: StoredResource,
  tables: QueryScope['tables'],
  range: { startMs: number; endMs: number },
): KqlTable {
  const type = target.type.toLowerCase();
  const holder = type === COMPONENT_TYPE.toLowerCase() || type === WORKSPACE_TYPE.toLowerCase();
  const include = holder ? sourcesOf(target) : (id: string) => id === target.id.toLowerCase();
  const records = signals.telemetry.matching(include, range.startMs, range.endMs);
  const props = (target.body['properties'] ?? {}) as Json;
  const ctx: RowContext = {
    resourceId: target.id,
    appId: String(props['AppId'] ?? props['customerId'] ?? ''),
    instrumentationKey: String(props['InstrumentationKey'] ?? ''),
    tenantId: String(props['customerId'] ?? props['TenantId'] ?? ''),
  };
  return tables === 'requests' ? requestsTable(records, ctx) : appRequestsTable(records, ctx);
}

/** The wire form of a result: timespan cells (ms inside the evaluator) as `d.hh:mm:ss.fffffff`, dynamic as JSON text. */
function wire(table: KqlTable): Json {
  return {
    name: table.name,
    columns: table.columns.map((c) => ({ name: c.name, type: c.type })),
    rows: table.rows.map((row) =>
      row.map((cell, i) => {
        const type = table.columns[i]?.type;
        if (cell === null || cell === undefined) return null;
        if (type === 'timespan' && typeof cell === 'number') return timespanText(cell);
        if (type === 'dynamic') return JSON.stringify(cell);
        return cell;
      }),
    ),
  };
}

export function timespanText(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const ticks = Math.round(Math.abs(ms) * 10_000);
  const days = Math.floor(ticks / 864_000_000_000);
  const rest = ticks % 864_000_000_000;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const h = Math.floor(rest / 36_000_000_000);
  const m = Math.floor((rest % 36_000_000_000) / 600_000_000);
  const s = Math.floor((rest % 600_000_000) / 10_000_000);
  const frac = rest % 10_000_000;
  return `${sign}${days ? `${days}.` : ''}${pad(h)}:${pad(m)}:${pad(s)}${frac ? `.${pad(frac, 7)}` : ''}`;
}
