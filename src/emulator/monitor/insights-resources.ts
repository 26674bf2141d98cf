import { ArmError, badRequest, resourceNotFound } from '../errors.js';
import { checkPreconditions } from '../etag.js';
import { pagedReply } from '../paging.js';
import {
  normalizeLocation,
  registerTrackedResource,
  requireResourceGroup,
  requireSubscription,
  rgId,
} from '../resource-kit.js';
import type { Router } from '../router.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest, EmulatorContext, Reply } from '../types.js';
import { tagsForWrite } from '../providers/tag-rules.js';

/**
 * Where telemetry is kept, as plain Resource Manager resources so worlds and users can create them:
 * - `Microsoft.Insights/components` (Application Insights), Components_* of
 *   specification/applicationinsights/resource-manager/Microsoft.Insights/stable/2020-02-02/components_API.json:
 *   PUT/PATCH(tags) answer 200 at once; read-only `AppId`, `InstrumentationKey`, `ConnectionString`;
 * - `Microsoft.OperationalInsights/workspaces` (Log Analytics), Workspaces_* of
 *   specification/operationalinsights/resource-manager/…/OperationalInsights/stable/2025-02-01/Workspaces.json:
 *   a long-running PUT; read-only `customerId`, the id the logs query API takes.
 * Which resources' requests each receives is kept in `meta.sources` (worlds, control API); none
 * means all (inputs.ts `sourcesOf`).
 */
export const COMPONENT_TYPE = 'Microsoft.Insights/components';
export const WORKSPACE_TYPE = 'Microsoft.OperationalInsights/workspaces';
export const COMPONENT_API_VERSIONS = ['2015-05-01', '2020-02-02'];
export const WORKSPACE_API_VERSIONS = [
  '2020-08-01',
  '2021-06-01',
  '2022-10-01',
  '2023-09-01',
  '2025-02-01',
  '2025-07-01',
];
const GROUP = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}';
const COMPONENT = `${GROUP}/providers/Microsoft.Insights/components/{resourceName}`;

export function registerInsightsResources(router: Router): void {
  const base = { apiVersions: COMPONENT_API_VERSIONS, resourceType: COMPONENT_TYPE };
  router.addAll([
    { ...base, method: 'PUT', path: COMPONENT, operation: 'Components_CreateOrUpdate', handler: putComponent },
    { ...base, method: 'PATCH', path: COMPONENT, operation: 'Components_UpdateTags', handler: patchComponentTags },
    {
      ...base,
      method: 'GET',
      path: COMPONENT,
      operation: 'Components_Get',
      handler: (r) => reply(requireComponent(r)),
    },
    { ...base, method: 'DELETE', path: COMPONENT, operation: 'Components_Delete', handler: deleteComponent },
    {
      ...base,
      method: 'GET',
      path: `${GROUP}/providers/Microsoft.Insights/components`,
      operation: 'Components_ListByResourceGroup',
      handler: (r) => listComponents(r, rgId(r.emu.subscriptionId, r.params['resourceGroupName'] ?? '')),
    },
    {
      ...base,
      method: 'GET',
      path: '/subscriptions/{subscriptionId}/providers/Microsoft.Insights/components',
      operation: 'Components_List',
      handler: (r) => listComponents(r, `/subscriptions/${r.emu.subscriptionId}`),
    },
  ]);
  registerTrackedResource(router, {
    type: WORKSPACE_TYPE,
    path: `${GROUP}/providers/Microsoft.OperationalInsights/workspaces/{workspaceName}`,
    nameParam: 'workspaceName',
    apiVersions: WORKSPACE_API_VERSIONS,
    operations: {
      createOrUpdate: 'Workspaces_CreateOrUpdate',
      update: 'Workspaces_Update',
      get: 'Workspaces_Get',
      delete: 'Workspaces_Delete',
      listByParent: {
        path: `${GROUP}/providers/Microsoft.OperationalInsights/workspaces`,
        operation: 'Workspaces_ListByResourceGroup',
      },
      listBySubscription: {
        path: '/subscriptions/{subscriptionId}/providers/Microsoft.OperationalInsights/workspaces',
        operation: 'Workspaces_List',
      },
    },
    etag: true,
    build: (req, input, existing) => ({ properties: workspaceProperties(req.emu, input, existing) }),
  });
}

/** Creates or replaces component `id` from a wire body (also used by worlds and the control API). */
export function upsertComponent(emu: EmulatorContext, id: string, input: Json): StoredResource {
  const existing = emu.state.get(id);
  const props = (input['properties'] ?? {}) as Json;
  if (typeof input['kind'] !== 'string' || input['kind'] === '')
    throw badRequest('BadRequest', "The property 'kind' is required (e.g. 'web').");
  if (typeof props['Application_Type'] !== 'string')
    throw badRequest('BadRequest', "The property 'properties.Application_Type' is required (e.g. 'web').");
  const location = typeof input['location'] === 'string' ? normalizeLocation(input['location']) : undefined;
  if (!location) throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
  const name = existing ? String(existing.body['name']) : (id.split('/').at(-1) ?? '');
  const old = (existing?.body['properties'] ?? {}) as Json;
  const appId = (old['AppId'] as string | undefined) ?? emu.random.uuid();
  const key = (old['InstrumentationKey'] as string | undefined) ?? emu.random.uuid();
  const properties: Json = {
    ...props,
    ApplicationId: name,
    AppId: appId,
    Name: name,
    InstrumentationKey: key,
    ConnectionString:
      `InstrumentationKey=${key};IngestionEndpoint=https://${location}.in.applicationinsights.azure.com/;` +
      `ApplicationId=${appId}`,
    CreationDate: (old['CreationDate'] as string | undefined) ?? new Date(emu.clock.now()).toISOString(),
    TenantId: emu.subscriptionId,
    provisioningState: 'Succeeded',
    IngestionMode: props['WorkspaceResourceId'] ? 'LogAnalytics' : 'ApplicationInsights',
    RetentionInDays: props['RetentionInDays'] ?? 90,
    publicNetworkAccessForIngestion: props['publicNetworkAccessForIngestion'] ?? 'Enabled',
    publicNetworkAccessForQuery: props['publicNetworkAccessForQuery'] ?? 'Enabled',
  };
  const body: Json = {
    id: existing?.id ?? id,
    name,
    type: COMPONENT_TYPE,
    location,
    tags: tagsForWrite(input['tags'], existing?.body['tags']),
    kind: input['kind'],
    properties,
  };
  return emu.state.put({
    id: existing?.id ?? id,
    type: COMPONENT_TYPE,
    body,
    createdAtMs: existing?.createdAtMs ?? emu.clock.now(),
    meta: existing?.meta ?? {},
  });
}

/** The component's id in Azure's casing, whatever casing the path used. */
function componentId(req: ArmRequest): string {
  const group = rgId(req.emu.subscriptionId, req.params['resourceGroupName'] ?? '');
  return `${group}/providers/${COMPONENT_TYPE}/${req.params['resourceName'] ?? ''}`;
}

function putComponent(req: ArmRequest): Reply {
  requireResourceGroup(req);
  const id = componentId(req);
  checkPreconditions(req, req.emu.state.get(id));
  return reply(upsertComponent(req.emu, id, req.body ?? {}));
}

function patchComponentTags(req: ArmRequest): Reply {
  const res = requireComponent(req);
  res.body['tags'] = tagsForWrite((req.body ?? {})['tags'] ?? {}, res.body['tags']);
  req.emu.state.touch();
  return reply(res);
}

function deleteComponent(req: ArmRequest): Reply {
  requireResourceGroup(req);
  const res = req.emu.state.get(componentId(req));
  if (!res) return { status: 204 };
  req.emu.state.delete(res.id);
  return { status: 200 };
}

function listComponents(req: ArmRequest, scope: string): Reply {
  if (req.params['resourceGroupName'] !== undefined) requireResourceGroup(req);
  else requireSubscription(req);
  return pagedReply(
    req,
    req.emu.state.list(COMPONENT_TYPE, scope).map((r) => r.body),
  );
}

function requireComponent(req: ArmRequest): StoredResource {
  requireResourceGroup(req);
  const res = req.emu.state.get(componentId(req));
  if (!res) throw resourceNotFound(COMPONENT_TYPE, req.params['resourceName'] ?? '', req.params['resourceGroupName']);
  return res;
}

const reply = (res: StoredResource): Reply => ({ status: 200, body: res.body });

function workspaceProperties(emu: EmulatorContext, input: Json, existing: StoredResource | undefined): Json {
  const props = (input['properties'] ?? {}) as Json;
  const old = (existing?.body['properties'] ?? {}) as Json;
  const now = new Date(emu.clock.now()).toISOString();
  return {
    ...props,
    customerId: (old['customerId'] as string | undefined) ?? emu.random.uuid(),
    sku: props['sku'] ?? { name: 'PerGB2018' },
    retentionInDays: props['retentionInDays'] ?? 30,
    publicNetworkAccessForIngestion: props['publicNetworkAccessForIngestion'] ?? 'Enabled',
    publicNetworkAccessForQuery: props['publicNetworkAccessForQuery'] ?? 'Enabled',
    createdDate: (old['createdDate'] as string | undefined) ?? now,
    modifiedDate: now,
  };
}

/** The workspace whose `customerId` (the id the query API takes) is `workspaceId`. */
export function workspaceByCustomerId(emu: EmulatorContext, workspaceId: string): StoredResource | undefined {
  const wanted = workspaceId.toLowerCase();
  return emu.state
    .list(WORKSPACE_TYPE, `/subscriptions/${emu.subscriptionId}`)
    .find((w) => String((w.body['properties'] as Json | undefined)?.['customerId'] ?? '').toLowerCase() === wanted);
}

/** Sets which resources' telemetry a component or workspace receives (`undefined`/empty: all). */
export function setSources(emu: EmulatorContext, id: string, sources: readonly string[] | undefined): void {
  const res = emu.state.get(id);
  if (!res || (res.type !== COMPONENT_TYPE && res.type !== WORKSPACE_TYPE))
    throw new Error(`no Application Insights component or Log Analytics workspace '${id}'`);
  if (sources && sources.length > 0) res.meta['sources'] = [...sources];
  else delete res.meta['sources'];
  emu.state.touch();
}
