/**
 * DeploymentPort on Microsoft.Resources/deployments at resource-group scope (REST through the
 * Resources client's pipeline: deployments-rest.ts), loaded lazily. Every call is bounded by the
 * step's deadline and classified like the other ports (scale-sets.ts `call`).
 * Shapes: DeploymentExtended, DeploymentValidateResult, WhatIfOperationResult (WhatIfChange,
 * WhatIfPropertyChange), DeploymentOperation in the deployments spec (see deployments-rest.ts).
 */
import type {
  DeploymentError,
  DeploymentInfo,
  DeploymentInput,
  DeploymentPort,
  DeploymentRef,
  OperationFailure,
  PropertyChange,
  ResourceChange,
} from '../core/azure/deployment-port.js';
import { clientsFor } from './clients.js';
import type { AzureConnection } from './connection.js';
import { errorOf, fail, follow, pages, send, type RestDeps } from './deployments-rest.js';
import { DEFAULT_POLL_MS } from './image-sdk.js';
import { call } from './scale-sets.js';

type Json = Record<string, unknown>;

export function deploymentPort(conn: AzureConnection): DeploymentPort {
  const deps: RestDeps = {
    client: clientsFor(conn).resources,
    endpoint: conn.endpoint.replace(/\/+$/, ''),
    pollMs: conn.pollIntervalMs ?? DEFAULT_POLL_MS,
  };
  const rgPath = (rg: string) => `/subscriptions/${conn.subscriptionId}/resourcegroups/${encodeURIComponent(rg)}`;
  const group = (rg: string) => `${rgPath(rg)}/providers/Microsoft.Resources/deployments`;
  const path = (ref: DeploymentRef, action = '') =>
    `${group(ref.resourceGroup)}/${encodeURIComponent(ref.name)}${action}`;
  const body = (input: DeploymentInput, extra: Json = {}) => ({
    properties: { mode: 'Incremental', template: input.template, parameters: input.parameters, ...extra },
    ...(input.tags ? { tags: { ...input.tags } } : {}),
  });

  return {
    pollIntervalMs: deps.pollMs,
    resourceGroupId: (rg) => `/subscriptions/${conn.subscriptionId}/resourceGroups/${rg}`,

    validate: (ref, input, o) =>
      call(`validating template deployment ${ref.name}`, o, async (signal) => {
        const answer = await follow(
          deps,
          await send(deps, 'POST', path(ref, '/validate'), signal, body(input)),
          signal,
        );
        // An invalid template is Azure's answer, not a failure of the call: 400 with the error.
        if (answer.status === 400) return { ok: false, error: toError(errorOf(answer.body)) };
        if (answer.status >= 300) await fail(answer, 'validate');
        const error = errorOf(answer.body);
        return error ? { ok: false, error: toError(error) } : { ok: true };
      }),

    whatIf: (ref, input, o) =>
      call(`what-if of template deployment ${ref.name}`, o, async (signal) => {
        // DeploymentWhatIf has no tags (deployments.json 2026-06-01): they are the deployment's, not its what-if's.
        const { tags: _tags, ...request } = body(input, { whatIfSettings: { resultFormat: 'FullResourcePayloads' } });
        const answer = await follow(deps, await send(deps, 'POST', path(ref, '/whatIf'), signal, request), signal);
        if (answer.status === 400) return { ok: false, error: toError(errorOf(answer.body)) };
        if (answer.status >= 300) await fail(answer, 'what-if');
        const error = errorOf(answer.body);
        if (error) return { ok: false, error: toError(error) };
        const props = (answer.body?.['properties'] ?? {}) as Json;
        const changes = Array.isArray(props['changes']) ? (props['changes'] as Json[]) : [];
        return { ok: true, changes: changes.map(toResourceChange) };
      }),

    start: (ref, input, o) =>
      call(`starting template deployment ${ref.name} in resource group ${ref.resourceGroup}`, o, async (signal) => {
        const answer = await send(deps, 'PUT', path(ref), signal, body(input));
        if (answer.status !== 200 && answer.status !== 201) await fail(answer, 'start');
      }),

    get: (ref, o) =>
      call(`reading template deployment ${ref.name}`, o, async (signal) => {
        const answer = await send(deps, 'GET', path(ref), signal);
        if (answer.status === 404) return undefined;
        if (answer.status !== 200) await fail(answer, 'get');
        return toInfo(answer.body ?? {});
      }),

    failedOperations: (ref, o) =>
      call(`listing the operations of template deployment ${ref.name}`, o, async (signal) => {
        // DeploymentOperations_List lives outside the provider namespace:
        // /subscriptions/{id}/resourcegroups/{rg}/deployments/{name}/operations.
        const at = `${rgPath(ref.resourceGroup)}/deployments/${encodeURIComponent(ref.name)}/operations`;
        const all = (await pages(deps, at, signal, 'operations')) as Json[];
        return all.filter((op) => /^failed$/i.test(String(prop(op, 'provisioningState') ?? ''))).map(toFailure);
      }),

    list: (resourceGroup, o) =>
      call(`listing the template deployments of resource group ${resourceGroup}`, o, async (signal) => {
        const all = (await pages(deps, group(resourceGroup), signal, 'list')) as Json[];
        return all.map(toInfo);
      }),

    delete: (ref, o) =>
      call(`deleting template deployment ${ref.name} from the history`, o, async (signal) => {
        const answer = await follow(deps, await send(deps, 'DELETE', path(ref), signal), signal);
        if (answer.status === 404 || answer.status === 204 || answer.status === 200) return;
        await fail(answer, 'delete');
      }),

    cancel: (ref, o) =>
      call(`cancelling template deployment ${ref.name}`, o, async (signal) => {
        const answer = await send(deps, 'POST', path(ref, '/cancel'), signal);
        // 409: it is not running any more (ended, or never started): nothing to cancel.
        if (answer.status >= 300 && answer.status !== 404 && answer.status !== 409) await fail(answer, 'cancel');
      }),
  };
}

const prop = (o: Json, name: string): unknown => ((o['properties'] ?? {}) as Json)[name];
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

function toInfo(d: Json): DeploymentInfo {
  const error = prop(d, 'error');
  return {
    name: String(d['name'] ?? ''),
    id: String(d['id'] ?? ''),
    provisioningState: String(prop(d, 'provisioningState') ?? 'NotSpecified'),
    ...(text(prop(d, 'timestamp')) ? { timestamp: text(prop(d, 'timestamp')) } : {}),
    ...(error && typeof error === 'object' ? { error: toError(error as Json) } : {}),
    tags: { ...((d['tags'] as Record<string, string> | undefined) ?? {}) },
    parameters: valuesOf(prop(d, 'parameters')),
  };
}

/** `{ name: { value } }` as `{ name: value }` (Key Vault references and secure values have none). */
function valuesOf(raw: unknown): Record<string, unknown> {
  if (!raw || typeof raw !== 'object') return {};
  return Object.fromEntries(
    Object.entries(raw as Json).flatMap(([k, v]) =>
      v && typeof v === 'object' && 'value' in v ? [[k, (v as Json)['value']]] : [],
    ),
  );
}

function toError(
  e: { code?: unknown; message?: unknown; target?: unknown; details?: unknown } | undefined,
): DeploymentError {
  const details = Array.isArray(e?.details) ? (e.details as Json[]).map(toError) : [];
  return {
    code: String(e?.code ?? 'Unknown'),
    message: String(e?.message ?? 'no message given'),
    ...(text(e?.target) ? { target: text(e?.target) } : {}),
    ...(details.length > 0 ? { details } : {}),
  };
}

function toFailure(op: Json): OperationFailure {
  const target = (prop(op, 'targetResource') ?? {}) as Json;
  const type = text(target['resourceType']);
  const name = text(target['resourceName']);
  const id = text(target['id']);
  const status = prop(op, 'statusMessage');
  // statusMessage is { status, error } (StatusMessage), but Azure also puts a bare error or text there.
  const raw = status && typeof status === 'object' ? ((status as Json)['error'] ?? status) : undefined;
  const error =
    raw && typeof raw === 'object' && ('code' in raw || 'message' in raw)
      ? toError(raw as Json)
      : text(status)
        ? { code: 'Error', message: text(status)! }
        : undefined;
  return {
    resource: type && name ? `${type} ${name}` : (id ?? 'an unnamed resource'),
    ...(id ? { resourceId: id } : {}),
    ...(text(prop(op, 'statusCode')) ? { statusCode: text(prop(op, 'statusCode')) } : {}),
    ...(error ? { error } : {}),
  };
}

function toResourceChange(c: Json): ResourceChange {
  const delta = Array.isArray(c['delta']) ? (c['delta'] as Json[]).map(toPropertyChange) : [];
  return {
    resourceId: String(c['resourceId'] ?? ''),
    change: String(c['changeType'] ?? 'Unsupported'),
    delta,
    ...(text(c['unsupportedReason']) ? { unsupportedReason: text(c['unsupportedReason']) } : {}),
  };
}

function toPropertyChange(p: Json): PropertyChange {
  const children = Array.isArray(p['children']) ? (p['children'] as Json[]).map(toPropertyChange) : [];
  return {
    path: String(p['path'] ?? ''),
    change: String(p['propertyChangeType'] ?? 'Modify'),
    ...('before' in p ? { before: p['before'] } : {}),
    ...('after' in p ? { after: p['after'] } : {}),
    ...(children.length > 0 ? { children } : {}),
  };
}
