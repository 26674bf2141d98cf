import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ArmError,
  authenticationFailed,
  badRequest,
  internalError,
  invalidResourceType,
  missingApiVersion,
  serviceUnavailable,
  tooManyRequests,
  unsupportedApiVersion,
} from './errors.js';
import { checkReadPreconditions } from './etag.js';
import { forbiddenError, type FaultEngine, type FaultRule } from './faults.js';
import { isWrite, type RequestLogEntry } from './request-log.js';
import type { RouteMatch, Router } from './router.js';
import type { ArmRequest, EmulatorContext, HttpMethod, Reply } from './types.js';

export interface PipelineDeps {
  emu: EmulatorContext;
  router: Router;
  faults: FaultEngine;
  log: RequestLogEntry[];
  /** Called after each request that changed state. */
  afterWrite: () => void;
  /** Opt-in: receives every answered request/response pair (`EmulatorOptions.record`). */
  record?: (exchange: RecordedExchange) => void;
}

/** One request/response pair as it went over the wire (bodies parsed when JSON). */
export interface RecordedExchange {
  seq: number;
  /** Spec operationId of the matched route, if any. */
  operation?: string;
  request: { method: string; url: string; headers: Record<string, string>; body?: unknown };
  response: { statusCode: number; headers: Record<string, string>; body?: unknown };
}

/** Handles one HTTP request end to end: auth, timers, routing, api-version, faults, handler, log. */
export async function handleRequest(deps: PipelineDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const { emu } = deps;
  // Scope-based SDK calls (`/{scope}/providers/...` with scope '/subscriptions/...') send '//subscriptions':
  // collapse repeated slashes as ARM does, and so URL() doesn't read a protocol-relative host.
  const url = new URL((req.url ?? '/').replace(/^\/{2,}/, '/'), emu.baseUrl);
  const method = (req.method ?? 'GET').toUpperCase() as HttpMethod;
  const path = url.pathname;
  const apiVersion = url.searchParams.get('api-version') ?? undefined;
  const rawBody = await readBody(req);
  const entry: RequestLogEntry = {
    seq: deps.log.length + 1,
    method,
    path,
    apiVersion,
    status: 0,
    durationMs: 0,
    write: isWrite(method, undefined),
  };
  deps.log.push(entry);
  const revisionBefore = emu.state.revision;

  let reply: Reply;
  try {
    if (!/^Bearer\s+\S+/i.test(String(req.headers.authorization ?? ''))) throw authenticationFailed();
    emu.scheduler.runDue();
    const { route, methodMismatch } = deps.router.match(method, path);
    if (route) {
      entry.operation = route.def.operation;
      entry.write = isWrite(method, route.def.write);
    }
    const fired = deps.faults.fire(method, path, route?.def.operation);
    if (fired.length > 0) entry.faults = fired.map((f) => f.kind);
    if (await applyTransportFaults(fired, emu, res, method, path)) {
      return finishLog(entry, started, 0, 'ConnectionReset');
    }
    if (!route)
      throw methodMismatch
        ? new ArmError(405, 'MethodNotAllowed', `The requested method '${method}' is not allowed for '${path}'.`)
        : invalidResourceType(path);
    checkApiVersion(route, apiVersion);
    reply = await route.def.handler(buildRequest(req, url, method, path, apiVersion ?? '', route, rawBody, emu, fired));
    // Writes judge If-Match in their handlers (before changing anything); reads here, on the answer.
    if (method === 'GET' || method === 'HEAD') reply = checkReadPreconditions(req.headers, reply);
  } catch (e) {
    reply = errorReply(e);
  }
  const sentHeaders = send(res, method, reply, emu);
  if (deps.record) recordExchange(deps.record, entry, req, url, rawBody, reply, sentHeaders, method);
  const body = reply.body as { error?: { code?: string } } | undefined;
  finishLog(entry, started, reply.status, reply.status >= 400 ? body?.error?.code : undefined);
  if (emu.state.revision !== revisionBefore) deps.afterWrite();
}

function finishLog(entry: RequestLogEntry, started: number, status: number, errorCode?: string): void {
  entry.status = status;
  entry.durationMs = Math.round((performance.now() - started) * 100) / 100;
  if (errorCode) entry.errorCode = errorCode;
}

/**
 * ARM's 409 for a write while another operation holds the resource (code AnotherOperationInProgress,
 * learn.microsoft.com/azure/azure-resource-manager/troubleshooting/common-deployment-errors).
 */
function anotherOperationInProgress(retryAfter: string): ArmError {
  const message =
    'Another operation on this or dependent resource is in progress. Retry the request after the operation completes.';
  return new ArmError(409, 'AnotherOperationInProgress', message, [], { 'Retry-After': retryAfter });
}

/** Latency, reset, 429/500/503, 409 conflict, 403 forbidden. Returns true when the connection was dropped. */
async function applyTransportFaults(
  fired: FaultRule[],
  emu: EmulatorContext,
  res: ServerResponse,
  method: string,
  path: string,
): Promise<boolean> {
  for (const f of fired) {
    if (f.kind === 'latency') await sleep(f.latencyMs ?? 0);
  }
  for (const f of fired) {
    const retryAfter = emu.clock.retryAfter(f.retryAfterSeconds ?? 10);
    if (f.kind === 'reset') {
      res.socket?.destroy();
      return true;
    }
    if (f.kind === 'throttle') throw tooManyRequests(retryAfter);
    if (f.kind === 'unavailable') throw serviceUnavailable(retryAfter);
    if (f.kind === 'server-error') throw internalError();
    if (f.kind === 'conflict') throw anotherOperationInProgress(retryAfter);
    if (f.kind === 'forbidden') throw forbiddenError(method, path);
  }
  return false;
}

function checkApiVersion(route: RouteMatch, apiVersion: string | undefined): void {
  const allowed = route.def.apiVersions;
  if (allowed === 'none') return;
  if (!apiVersion) throw missingApiVersion();
  if (allowed !== '*' && !allowed.includes(apiVersion)) {
    throw unsupportedApiVersion(route.def.resourceType ?? route.def.operation.split('_')[0] ?? 'unknown', apiVersion, [
      ...allowed,
    ]);
  }
}

function buildRequest(
  req: IncomingMessage,
  url: URL,
  method: HttpMethod,
  path: string,
  apiVersion: string,
  route: RouteMatch,
  rawBody: string,
  emu: EmulatorContext,
  fired: FaultRule[],
): ArmRequest {
  const armReq: ArmRequest = {
    method,
    path,
    url,
    query: url.searchParams,
    apiVersion,
    params: route.params,
    headers: req.headers,
    body: parseBody(rawBody),
    operation: route.def.operation,
    emu,
  };
  const lroFault = fired.find((f) => f.kind === 'lro-failed' || f.kind === 'lro-never-ends');
  if (lroFault) armReq.lroFault = { kind: lroFault.kind as 'lro-failed' | 'lro-never-ends', error: lroFault.error };
  return armReq;
}

function parseBody(raw: string): ArmRequest['body'] {
  if (raw.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw badRequest('InvalidRequestContent', 'The request content must be a JSON object.');
    }
    return parsed as ArmRequest['body'];
  } catch (e) {
    if (e instanceof ArmError) throw e;
    throw badRequest(
      'InvalidRequestContent',
      `The request content was invalid and could not be deserialized: '${(e as Error).message}'.`,
    );
  }
}

function errorReply(e: unknown): Reply {
  const err =
    e instanceof ArmError ? e : internalError(e instanceof Error ? `Emulator handler error: ${e.message}` : String(e));
  if (!(e instanceof ArmError)) console.error('[azure-emulator] handler error', e);
  return { status: err.status, body: err.toBody(), headers: err.headers };
}

function recordExchange(
  record: (exchange: RecordedExchange) => void,
  entry: RequestLogEntry,
  req: IncomingMessage,
  url: URL,
  rawBody: string,
  reply: Reply,
  sentHeaders: Record<string, string>,
  method: HttpMethod,
): void {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  const tryJson = (raw: string): unknown => {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  };
  const hasBody = reply.body !== undefined && method !== 'HEAD' && reply.status !== 204;
  record({
    seq: entry.seq,
    operation: entry.operation,
    request: { method, url: url.toString(), headers, body: rawBody.trim() === '' ? undefined : tryJson(rawBody) },
    // The body as serialized on the wire (a JSON round trip drops `undefined` members, as the socket did).
    response: {
      statusCode: reply.status,
      headers: sentHeaders,
      body: hasBody ? JSON.parse(JSON.stringify(reply.body)) : undefined,
    },
  });
}

function send(res: ServerResponse, method: HttpMethod, reply: Reply, emu: EmulatorContext): Record<string, string> {
  const requestId = emu.random.uuid();
  const headers: Record<string, string> = {
    'x-ms-request-id': requestId,
    'x-ms-correlation-request-id': requestId,
    ...reply.headers,
  };
  if (reply.status === 401)
    headers['WWW-Authenticate'] ??=
      'Bearer authorization_uri="https://login.microsoftonline.com/common", error="invalid_token", error_description="The authentication failed because of missing \'Authorization\' header."';
  const hasBody = reply.body !== undefined && method !== 'HEAD' && reply.status !== 204;
  const payload = hasBody ? JSON.stringify(reply.body) : '';
  if (hasBody) headers['Content-Type'] = 'application/json; charset=utf-8';
  headers['Content-Length'] = String(Buffer.byteLength(payload));
  res.writeHead(reply.status, headers);
  res.end(payload);
  return headers;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
