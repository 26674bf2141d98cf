import {
  ArmError,
  internalError,
  invalidResourceType,
  serviceUnavailable,
  tooManyRequests,
  unsupportedApiVersion,
  type ArmErrorBody,
} from '../errors.js';
import { FaultEngine, forbiddenError } from '../faults.js';
import type { Router } from '../router.js';
import type { ArmRequest, EmulatorContext, HttpMethod } from '../types.js';
import type { Json } from '../state.js';

/**
 * Requests a deployment makes to resource providers, as ARM makes them on the caller's behalf:
 * through the emulator's own router and provider handlers, so a resource PUT by a template is
 * validated, stored and provisioned exactly as a direct PUT. They do not pass the HTTP pipeline,
 * so they are not in the request log (a client never sees ARM's calls to providers).
 *
 * Fault rules apply to them by method / path / operation, counted separately from the client's
 * requests: `lro-failed` / `lro-never-ends` act on the provider's operation; `server-error`,
 * `unavailable`, `throttle` and `conflict` become the provider's error answer (ARM's own retries
 * of provider throttling are not modelled); `latency` and `reset` (client transport) do not apply.
 */
export interface ProviderAnswer {
  status: number;
  body?: Json;
  headers: Record<string, string>;
  error?: ArmErrorBody;
}

const engines = new WeakMap<EmulatorContext, FaultEngine>();

/** Throws ArmError when no provider serves `method` on `id` at `apiVersion` (preflight). */
export function requireRoute(router: Router, method: HttpMethod, id: string, apiVersion: string, type: string): void {
  const { route } = router.match(method, id);
  if (!route) {
    const e = invalidResourceType(id);
    throw new ArmError(
      400,
      e.code,
      `The resource type '${type}' is not served by the Azure emulator (no ${method} route for '${id}').`,
    );
  }
  const allowed = route.def.apiVersions;
  if (allowed !== '*' && !allowed.includes(apiVersion)) throw unsupportedApiVersion(type, apiVersion, [...allowed]);
}

export async function callProvider(
  router: Router,
  emu: EmulatorContext,
  method: HttpMethod,
  id: string,
  apiVersion: string,
  body?: Json,
): Promise<ProviderAnswer> {
  try {
    const { route } = router.match(method, id);
    if (!route) throw invalidResourceType(id);
    const allowed = route.def.apiVersions;
    if (allowed !== '*' && !allowed.includes(apiVersion)) {
      throw unsupportedApiVersion(route.def.resourceType ?? id, apiVersion, [...allowed]);
    }
    const url = new URL(`${id}?api-version=${encodeURIComponent(apiVersion)}`, emu.baseUrl);
    const req: ArmRequest = {
      method,
      path: id,
      url,
      query: url.searchParams,
      apiVersion,
      params: route.params,
      headers: {},
      body,
      operation: route.def.operation,
      emu,
    };
    applyFaults(emu, req);
    const reply = await route.def.handler(req);
    return { status: reply.status, body: reply.body as Json | undefined, headers: reply.headers ?? {} };
  } catch (e) {
    const err = e instanceof ArmError ? e : internalError(e instanceof Error ? e.message : String(e));
    return { status: err.status, headers: {}, error: err.toBody().error };
  }
}

function applyFaults(emu: EmulatorContext, req: ArmRequest): void {
  let engine = engines.get(emu);
  if (!engine) engines.set(emu, (engine = new FaultEngine(emu.faults)));
  for (const rule of engine.fire(req.method, req.path, req.operation)) {
    const retryAfter = emu.clock.retryAfter(rule.retryAfterSeconds ?? 10);
    if (rule.kind === 'lro-failed' || rule.kind === 'lro-never-ends')
      req.lroFault = { kind: rule.kind, error: rule.error };
    if (rule.kind === 'server-error') throw internalError();
    if (rule.kind === 'forbidden') throw forbiddenError(req.method, req.path);
    if (rule.kind === 'unavailable') throw serviceUnavailable(retryAfter);
    if (rule.kind === 'throttle') throw tooManyRequests(retryAfter);
    if (rule.kind === 'conflict') {
      throw new ArmError(
        409,
        'AnotherOperationInProgress',
        'Another operation on this or dependent resource is in progress.',
      );
    }
  }
}

/** Id of the emulator operation a provider's 201/202 answer points at, if any. */
export function operationIdOf(answer: ProviderAnswer): string | undefined {
  const url = answer.headers['Azure-AsyncOperation'] ?? answer.headers['Location'];
  if (!url) return undefined;
  return new URL(url).pathname.split('/').pop();
}
