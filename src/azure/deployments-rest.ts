/**
 * Microsoft.Resources/deployments over REST, on the pipeline of the connection's
 * ResourceManagementClient (its credential, TLS trust, and the SDK's retries of 429/5xx honouring
 * Retry-After). @azure/arm-resources 7 no longer carries the Deployments operations (they moved to
 * @azure/arm-resourcesdeployments, which needs Node 22 and is not a dependency), so the few calls
 * the DeploymentPort makes are sent here, to Azure's REST spec:
 * specification/resources/resource-manager/Microsoft.Resources/deployments/stable/2026-06-01/deployments.json
 * Long-running POSTs and DELETEs (202 + Location) are followed here, at Azure's Retry-After.
 */
import type { ResourceManagementClient } from '@azure/arm-resources';
import type { PipelineResponse } from '@azure/core-rest-pipeline';

/** The Deployments api-version @azure/arm-resourcesdeployments 2 sends (its routes and shapes as in 2025-04-01). */
export const DEPLOYMENTS_API_VERSION = '2026-06-01';

export interface RestAnswer {
  readonly status: number;
  readonly body: Record<string, unknown> | undefined;
  readonly response: PipelineResponse;
}

export interface RestDeps {
  readonly client: () => Promise<ResourceManagementClient>;
  /** Resource Manager endpoint without a trailing slash. */
  readonly endpoint: string;
  /** Between polls of an operation when Azure sends no Retry-After. */
  readonly pollMs: number;
}

/** One request; `url` is a path under the endpoint (api-version added) or an absolute link from Azure. */
export async function send(
  deps: RestDeps,
  method: 'GET' | 'PUT' | 'POST' | 'DELETE',
  url: string,
  signal: AbortSignal,
  body?: unknown,
): Promise<RestAnswer> {
  const { createHttpHeaders, createPipelineRequest } = await import('@azure/core-rest-pipeline');
  const client = await deps.client();
  const absolute = /^https?:\/\//i.test(url) ? url : `${deps.endpoint}${url}?api-version=${DEPLOYMENTS_API_VERSION}`;
  const request = createPipelineRequest({
    url: absolute,
    method,
    abortSignal: signal,
    headers: createHttpHeaders({ accept: 'application/json', 'content-type': 'application/json' }),
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const response = await client.sendRequest(request);
  const parsed = parseBody(response.bodyAsText ?? undefined);
  return { status: response.status, body: parsed, response };
}

/** Throws Azure's error as a RestError (status, code, headers), as the generated SDKs do. */
export async function fail(answer: RestAnswer, what: string): Promise<never> {
  const { RestError } = await import('@azure/core-rest-pipeline');
  const error = errorOf(answer.body);
  throw new RestError(error?.message ?? `${what}: HTTP ${answer.status}`, {
    statusCode: answer.status,
    ...(error?.code ? { code: error.code } : {}),
    response: answer.response,
    request: answer.response.request,
  });
}

/**
 * Follows a 202 + Location to its end: the final answer (200 with a body, 204, or an error
 * status). Polls at Retry-After (milliseconds headers first, as core-rest-pipeline reads them),
 * else at `pollMs`; the signal bounds it.
 */
export async function follow(deps: RestDeps, first: RestAnswer, signal: AbortSignal): Promise<RestAnswer> {
  let answer = first;
  for (;;) {
    const location = answer.response.headers.get('location') ?? answer.response.headers.get('azure-asyncoperation');
    if (answer.status !== 202 || !location) return answer;
    await pause(retryAfterMs(answer.response) ?? deps.pollMs, signal);
    answer = await send(deps, 'GET', location, signal);
  }
}

/** Every item of a paged list (`value` and `nextLink`). */
export async function pages(deps: RestDeps, path: string, signal: AbortSignal, what: string): Promise<unknown[]> {
  const items: unknown[] = [];
  let next: string | undefined = path;
  while (next) {
    const answer = await send(deps, 'GET', next, signal);
    if (answer.status !== 200) await fail(answer, what);
    const value = answer.body?.['value'];
    if (Array.isArray(value)) items.push(...(value as unknown[]));
    const link = answer.body?.['nextLink'];
    next = typeof link === 'string' && link.length > 0 ? link : undefined;
  }
  return items;
}

/** `{ error: { code, message, … } }` (CloudError), or the error object itself. */
export function errorOf(body: Record<string, unknown> | undefined): { code?: string; message?: string } | undefined {
  const error = body?.['error'];
  if (error && typeof error === 'object') return error as { code?: string; message?: string };
  return undefined;
}

function parseBody(text: string | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function retryAfterMs(response: PipelineResponse): number | undefined {
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const ms = Number(response.headers.get(name));
    if (response.headers.get(name) && Number.isFinite(ms) && ms >= 0) return ms;
  }
  const seconds = Number(response.headers.get('retry-after'));
  return response.headers.get('retry-after') && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(done, Math.max(1, ms));
    function done() {
      signal.removeEventListener('abort', stop);
      resolve();
    }
    function stop() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener('abort', stop, { once: true });
  });
}
