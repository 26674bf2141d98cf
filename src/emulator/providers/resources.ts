import { badRequest, resourceGroupNotFound } from '../errors.js';
import { pagedReply } from '../paging.js';
import { beginDelete, mergePatch, normalizeLocation, requireSubscription, rgId } from '../resource-kit.js';
import type { Router } from '../router.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest, Provider, Reply, RouteDef } from '../types.js';
import { tagsForWrite } from './tag-rules.js';

/** Microsoft.Resources/resourceGroups (api 2025-04-01, as sent by @azure/arm-resources 7). */
export const RESOURCES_API_VERSIONS = ['2025-04-01', '2024-11-01', '2024-03-01', '2022-09-01', '2021-04-01'] as const;
const TYPE = 'Microsoft.Resources/resourceGroups';
const GROUP = '/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}';
/** Simulated seconds a resource group deletion takes (it deletes everything inside). */
const DELETE_SECONDS = 60;

export const resourcesProvider: Provider = {
  name: 'Microsoft.Resources',
  register(router: Router) {
    const common = { apiVersions: RESOURCES_API_VERSIONS, resourceType: TYPE } satisfies Partial<RouteDef>;
    router.addAll([
      { ...common, method: 'PUT', path: GROUP, operation: 'ResourceGroups_CreateOrUpdate', handler: createOrUpdate },
      { ...common, method: 'PATCH', path: GROUP, operation: 'ResourceGroups_Update', handler: update },
      { ...common, method: 'GET', path: GROUP, operation: 'ResourceGroups_Get', handler: get },
      { ...common, method: 'HEAD', path: GROUP, operation: 'ResourceGroups_CheckExistence', handler: checkExistence },
      { ...common, method: 'DELETE', path: GROUP, operation: 'ResourceGroups_Delete', handler: remove },
      {
        ...common,
        method: 'GET',
        path: '/subscriptions/{subscriptionId}/resourcegroups',
        operation: 'ResourceGroups_List',
        handler: list,
      },
    ]);
  },
};

// Azure: 1-90 chars of alphanumerics, underscores, parentheses, hyphens, periods (not at the end), Unicode letters.
const NAME_RE = /^[-\w._()\p{L}]{1,90}$/u;

function groupOf(req: ArmRequest): StoredResource | undefined {
  requireSubscription(req);
  return req.emu.state.get(rgId(req.emu.subscriptionId, req.params['resourceGroupName'] ?? ''));
}

function createOrUpdate(req: ArmRequest): Reply {
  const name = req.params['resourceGroupName'] ?? '';
  if (!NAME_RE.test(name) || name.endsWith('.')) {
    throw badRequest(
      'InvalidResourceGroupName',
      `Resource group name '${name}' is invalid. It can include alphanumeric, underscore, parentheses, hyphen, period (except at end), and Unicode characters that match the allowed characters.`,
    );
  }
  const existing = groupOf(req);
  const location = typeof req.body?.['location'] === 'string' ? normalizeLocation(req.body['location']) : undefined;
  if (!location) throw badRequest('LocationRequired', 'The location property is required for this definition.');
  if (existing && existing.body['location'] !== location) {
    throw badRequest(
      'InvalidResourceGroupLocation',
      `Invalid resource group location '${location}'. The Resource group already exists in location '${existing.body['location']}'.`,
    );
  }
  const body: Json = {
    id: existing?.id ?? rgId(req.emu.subscriptionId, name),
    name: existing?.body['name'] ?? name,
    type: TYPE,
    location,
    ...(req.body?.['managedBy'] ? { managedBy: req.body['managedBy'] } : {}),
    tags: tagsForWrite(req.body?.['tags'], existing?.body['tags']), // case-insensitive names, limits (tag-rules.ts)
    properties: { provisioningState: 'Succeeded' },
  };
  const stored = existing ?? { id: body['id'] as string, type: TYPE, body, createdAtMs: req.emu.clock.now(), meta: {} };
  stored.body = body;
  req.emu.state.put(stored);
  return { status: existing ? 200 : 201, body };
}

function update(req: ArmRequest): Reply {
  const existing = requireGroup(req);
  const patch = { ...(req.body ?? {}) };
  delete patch['location'];
  delete patch['properties'];
  existing.body = mergePatch(existing.body, patch) as Json;
  if (req.body?.['tags']) existing.body['tags'] = tagsForWrite(req.body['tags'], existing.body['tags']);
  req.emu.state.touch();
  return { status: 200, body: existing.body };
}

function requireGroup(req: ArmRequest): StoredResource {
  const group = groupOf(req);
  if (!group) throw resourceGroupNotFound(req.params['resourceGroupName'] ?? '');
  return group;
}

function get(req: ArmRequest): Reply {
  return { status: 200, body: requireGroup(req).body };
}

function checkExistence(req: ArmRequest): Reply {
  return { status: groupOf(req) ? 204 : 404 };
}

function remove(req: ArmRequest): Reply {
  const group = groupOf(req);
  if (!group) throw resourceGroupNotFound(req.params['resourceGroupName'] ?? '');
  // ARM answers resource group deletion with 202 + Location only.
  const reply = beginDelete(req, group, DELETE_SECONDS);
  delete reply.headers!['Azure-AsyncOperation'];
  return reply;
}

function list(req: ArmRequest): Reply {
  requireSubscription(req);
  const groups = req.emu.state.list(TYPE, `/subscriptions/${req.emu.subscriptionId}`).map((g) => g.body);
  return pagedReply(req, groups);
}
