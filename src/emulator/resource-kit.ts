import { busyWith, markBusy } from './conflicts.js';
import { checkPreconditions, newEtag } from './etag.js';
import { ArmError, conflict, parentResourceNotFound, resourceGroupNotFound, resourceNotFound } from './errors.js';
import { pagedReply } from './paging.js';
import { tagsForWrite } from './providers/tag-rules.js';
import type { Router } from './router.js';
import type { Json, StoredResource } from './state.js';
import type { ArmRequest, Reply } from './types.js';

/** Helpers shared by providers: ids, existence checks, body shaping, and a generic CRUD kit. */

export const rgId = (sub: string, rg: string): string => `/subscriptions/${sub}/resourceGroups/${rg}`;

/** 404 SubscriptionNotFound unless the path's subscription is the emulator's. */
export function requireSubscription(req: ArmRequest): void {
  const sub = req.params['subscriptionId'];
  if (sub !== undefined && sub.toLowerCase() !== req.emu.subscriptionId.toLowerCase()) {
    throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${sub}' could not be found.`);
  }
}

/** Returns the resource group (checks subscription too) or throws ResourceGroupNotFound. */
export function requireResourceGroup(req: ArmRequest): StoredResource {
  requireSubscription(req);
  const name = req.params['resourceGroupName'] ?? '';
  const group = req.emu.state.get(rgId(req.emu.subscriptionId, name));
  if (!group) throw resourceGroupNotFound(name);
  return group;
}

/** The resource id addressed by the request path (path without query, trailing slash removed). */
export function idFromPath(req: ArmRequest): string {
  return decodeURIComponent(req.path.replace(/\/+$/, ''));
}

/** Parent id of a nested resource id (drops the last type/name pair). */
export function parentIdOf(id: string): string {
  return id.split('/').slice(0, -2).join('/');
}

export function provisioningState(res: StoredResource): string | undefined {
  return (res.body['properties'] as Json | undefined)?.['provisioningState'] as string | undefined;
}

export function setProvisioningState(res: StoredResource, state: string): void {
  const props = (res.body['properties'] ??= {}) as Json;
  props['provisioningState'] = state;
}

/** RFC 7396 JSON merge patch (PATCH semantics ARM uses for properties). */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Json =
    target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Json) } : {};
  for (const [k, v] of Object.entries(patch as Json)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** Normalises an Azure region name as ARM echoes it ("West Europe" → "westeurope"). */
export const normalizeLocation = (location: string): string => location.toLowerCase().replace(/\s+/g, '');

export interface TrackedResourceSpec {
  /** Full type, e.g. `Microsoft.Compute/galleries/images`. */
  type: string;
  /** Path template of one resource, ending in the name placeholder. */
  path: string;
  /** Name of the last placeholder in `path`. */
  nameParam: string;
  apiVersions: readonly string[];
  /** Spec operation ids. Omit an entry to not register that operation. */
  operations: {
    createOrUpdate?: string;
    update?: string;
    get?: string;
    delete?: string;
    /** List under the parent resource / resource group: path + operation id. */
    listByParent?: { path: string; operation: string };
    /** List across the subscription. */
    listBySubscription?: { path: string; operation: string };
  };
  /** Simulated seconds for provisioning, update, deletion (0 = completes at the next request). */
  durations?: { create?: number; update?: number; delete?: number };
  /** Whether the resource has ETags (header + `etag` body property). */
  etag?: boolean;
  /** Whether the resource has a required `location` (tracked) — default true. */
  tracked?: boolean;
  /** Validates the name; throw ArmError. */
  validateName?(name: string, req: ArmRequest): void;
  /**
   * Builds the stored body's `properties` and extra top-level fields from the (merged) request
   * body. `existing` is set on update. Throw ArmError for validation failures.
   */
  build(req: ArmRequest, input: Json, existing: StoredResource | undefined): { properties: Json; extra?: Json };
  /** Runs when provisioning (create/update) succeeds; may throw ArmError to fail the LRO. */
  onProvisioned?(req: ArmRequest, resource: StoredResource, created: boolean): void;
  /** Validation before delete (e.g. children exist); throw ArmError. */
  beforeDelete?(req: ArmRequest, resource: StoredResource): void;
  /** Simulated seconds for this create/update when it depends on the request (overrides `durations`). */
  provisionSeconds?(req: ArmRequest, resource: StoredResource, created: boolean): number;
  /** Scripted failure for the create/update LRO (e.g. from req.emu.scripts). */
  provisionFailure?(req: ArmRequest, resource: StoredResource): { code: string; message: string } | undefined;
  /** Shapes the wire body for GET/list (e.g. $expand); default: stored body. */
  view?(req: ArmRequest, resource: StoredResource): Json;
  /**
   * One write at a time (conflicts.ts): `operation` names this type's write in the provider's
   * messages; `error` is the provider's answer to a write while another operation holds the resource.
   */
  busy?: { operation: string; error(req: ArmRequest, resource: StoredResource, operationInProgress: string): ArmError };
}

/** Registers PUT/PATCH/GET/DELETE/list routes for an ARM tracked (or proxy) resource. */
export function registerTrackedResource(router: Router, spec: TrackedResourceSpec): void {
  const base = { apiVersions: spec.apiVersions, resourceType: spec.type };
  const ops = spec.operations;
  if (ops.createOrUpdate)
    router.add({
      ...base,
      method: 'PUT',
      path: spec.path,
      operation: ops.createOrUpdate,
      handler: (r) => putResource(spec, r),
    });
  if (ops.update)
    router.add({
      ...base,
      method: 'PATCH',
      path: spec.path,
      operation: ops.update,
      handler: (r) => patchResource(spec, r),
    });
  if (ops.get)
    router.add({ ...base, method: 'GET', path: spec.path, operation: ops.get, handler: (r) => getResource(spec, r) });
  if (ops.delete)
    router.add({
      ...base,
      method: 'DELETE',
      path: spec.path,
      operation: ops.delete,
      handler: (r) => deleteResource(spec, r),
    });
  for (const list of [ops.listByParent, ops.listBySubscription]) {
    if (list)
      router.add({
        ...base,
        method: 'GET',
        path: list.path,
        operation: list.operation,
        handler: (r) => listResources(spec, r),
      });
  }
}

/** Checks subscription, resource group (if in the path) and the parent resource of nested types. */
export function requireScope(req: ArmRequest, id: string, type: string): void {
  if (req.params['resourceGroupName'] !== undefined) requireResourceGroup(req);
  else requireSubscription(req);
  if (type.split('/').length > 2) {
    const parent = parentIdOf(id);
    if (!req.emu.state.has(parent)) throw parentResourceNotFound(parent);
  }
}

function notFound(spec: TrackedResourceSpec, req: ArmRequest): ArmError {
  return resourceNotFound(spec.type, req.params[spec.nameParam] ?? '', req.params['resourceGroupName']);
}

/** Wire body of a stored resource. */
export function wireBody(spec: Pick<TrackedResourceSpec, 'view'>, req: ArmRequest, res: StoredResource): Json {
  return spec.view ? spec.view(req, res) : res.body;
}

function withEtagHeader(res: StoredResource, headers: Record<string, string> = {}): Record<string, string> {
  return res.etag ? { ...headers, ETag: res.etag } : headers;
}

function getResource(spec: TrackedResourceSpec, req: ArmRequest): Reply {
  const id = idFromPath(req);
  requireScope(req, id, spec.type);
  const res = req.emu.state.get(id);
  if (!res) throw notFound(spec, req);
  return { status: 200, body: wireBody(spec, req, res), headers: withEtagHeader(res) };
}

function listResources(spec: TrackedResourceSpec, req: ArmRequest): Reply {
  if (req.params['resourceGroupName'] !== undefined) requireResourceGroup(req);
  else requireSubscription(req);
  const scopeId = listScope(idFromPath(req));
  if (!/\/providers\/[^/]+$/i.test(idFromPath(req).split('/').slice(0, -1).join('/')) && !req.emu.state.has(scopeId)) {
    throw parentResourceNotFound(scopeId);
  }
  const items = req.emu.state.list(spec.type, scopeId).map((r) => wireBody(spec, req, r));
  return pagedReply(req, items);
}

/**
 * Scope whose descendants a list call returns: `.../galleries/g/images` → the gallery id;
 * `/subscriptions/s[/resourceGroups/rg]/providers/NS/type` → the subscription or resource group.
 */
export function listScope(listPath: string): string {
  const parts = listPath.split('/').slice(0, -1);
  const n = parts.length;
  return n >= 2 && parts[n - 2]!.toLowerCase() === 'providers' ? parts.slice(0, -2).join('/') : parts.join('/');
}

function putResource(spec: TrackedResourceSpec, req: ArmRequest): Reply {
  const input = req.body ?? {};
  return upsert(spec, req, input, false);
}

function patchResource(spec: TrackedResourceSpec, req: ArmRequest): Reply {
  const id = idFromPath(req);
  requireScope(req, id, spec.type);
  const existing = req.emu.state.get(id);
  if (!existing) throw notFound(spec, req);
  const merged = mergePatch(
    { ...existing.body, properties: stripReadOnly(existing.body['properties']) },
    req.body ?? {},
  ) as Json;
  return upsert(spec, req, merged, true);
}

function stripReadOnly(props: unknown): Json {
  const copy = { ...((props as Json | undefined) ?? {}) };
  delete copy['provisioningState'];
  return copy;
}

function upsert(spec: TrackedResourceSpec, req: ArmRequest, input: Json, isPatch: boolean): Reply {
  const id = idFromPath(req);
  requireScope(req, id, spec.type);
  const name = req.params[spec.nameParam] ?? '';
  spec.validateName?.(name, req);
  const existing = req.emu.state.get(id);
  checkPreconditions(req, existing);
  if (existing && provisioningState(existing) === 'Deleting') {
    throw conflict(`The resource '${existing.id}' is being deleted and cannot be updated.`);
  }
  const holder = existing && spec.busy ? busyWith(req.emu, existing.id) : undefined;
  if (holder) throw spec.busy!.error(req, existing!, holder);
  const location = resolveLocation(spec, input, existing);
  // Tag names case-insensitive, Azure's limits enforced (providers/tag-rules.ts).
  const tags = tagsForWrite(input['tags'] ?? (isPatch ? existing?.body['tags'] : undefined), existing?.body['tags']);
  const { properties, extra } = spec.build(req, input, existing);
  const created = !existing;
  const inProgress = created ? 'Creating' : 'Updating';
  const body: Json = {
    ...(extra ?? {}),
    id: existing?.id ?? id,
    name: existing ? (existing.body['name'] as string) : name,
    type: spec.type,
    ...(location !== undefined ? { location } : {}),
    tags,
    properties: { ...properties, provisioningState: inProgress },
  };
  const res: StoredResource = existing ?? { id, type: spec.type, body, createdAtMs: req.emu.clock.now(), meta: {} };
  res.body = body;
  if (spec.etag) {
    res.etag = newEtag(req);
    body['etag'] = res.etag;
  }
  req.emu.state.put(res);
  const durationSeconds =
    spec.provisionSeconds?.(req, res, created) ??
    (created ? (spec.durations?.create ?? 0) : (spec.durations?.update ?? 0));
  const release =
    spec.busy && !req.lroFault && durationSeconds > 0
      ? markBusy(req.emu, res.id, spec.busy.operation)
      : () => undefined;
  const op = req.emu.lro.start(req, {
    resourceId: res.id,
    location,
    durationSeconds,
    failWith: spec.provisionFailure?.(req, res),
    onSuccess: () => {
      release();
      setProvisioningState(res, 'Succeeded');
      spec.onProvisioned?.(req, res, created);
      req.emu.state.touch();
    },
    onFailure: () => {
      release();
      setProvisioningState(res, 'Failed');
      req.emu.state.touch();
    },
  });
  const headers = withEtagHeader(res, req.emu.lro.headers(req, op, { location: false }));
  return { status: created ? 201 : 200, body: wireBody(spec, req, res), headers };
}

function resolveLocation(
  spec: TrackedResourceSpec,
  input: Json,
  existing: StoredResource | undefined,
): string | undefined {
  if (spec.tracked === false) return undefined;
  const requested = typeof input['location'] === 'string' ? normalizeLocation(input['location']) : undefined;
  const current = existing?.body['location'] as string | undefined;
  if (!requested && !current)
    throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
  if (requested && current && requested !== current) {
    throw new ArmError(
      400,
      'InvalidResourceLocation',
      `The resource '${existing!.body['name']}' already exists in location '${current}'. A resource with the same name cannot be created in location '${requested}'.`,
    );
  }
  return requested ?? current;
}

function deleteResource(spec: TrackedResourceSpec, req: ArmRequest): Reply {
  const id = idFromPath(req);
  requireScope(req, id, spec.type);
  const existing = req.emu.state.get(id);
  checkPreconditions(req, existing);
  if (!existing) return { status: 204 };
  spec.beforeDelete?.(req, existing);
  return beginDelete(req, existing, spec.durations?.delete ?? 0);
}

/** Marks `res` Deleting and removes it (with everything nested) when the LRO completes. 202 + headers. */
export function beginDelete(req: ArmRequest, res: StoredResource, durationSeconds: number): Reply {
  const previous = provisioningState(res);
  setProvisioningState(res, 'Deleting');
  req.emu.state.touch();
  const op = req.emu.lro.start(req, {
    resourceId: res.id,
    location: res.body['location'] as string | undefined,
    durationSeconds,
    onSuccess: () => {
      req.emu.state.delete(res.id);
    },
    onFailure: () => {
      setProvisioningState(res, previous ?? 'Failed');
      req.emu.state.touch();
    },
  });
  return { status: 202, headers: req.emu.lro.headers(req, op) };
}
