import { newEtag } from '../etag.js';
import { badRequest, resourceNotFound } from '../errors.js';
import type { Router } from '../router.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest, Provider, Reply } from '../types.js';
import { RESOURCES_API_VERSIONS } from './resources.js';

/**
 * `Microsoft.Resources/tags/default` extension resource at any scope: replaces / merges / deletes
 * the tags of the resource (or resource group) at `{scope}`. Answered synchronously (200), which
 * the SDK's LRO pollers accept as a completed operation.
 */
const PATH = '/{*scope}/providers/Microsoft.Resources/tags/default';

export const tagsProvider: Provider = {
  name: 'Microsoft.Resources/tags',
  register(router: Router) {
    const common = { path: PATH, apiVersions: RESOURCES_API_VERSIONS, resourceType: 'Microsoft.Resources/tags' };
    router.addAll([
      { ...common, method: 'PUT', operation: 'Tags_CreateOrUpdateAtScope', handler: (r) => setTags(r, () => tagsFrom(r)) },
      { ...common, method: 'PATCH', operation: 'Tags_UpdateAtScope', handler: patchTags },
      { ...common, method: 'GET', operation: 'Tags_GetAtScope', handler: (r) => tagsReply(r, target(r)) },
      { ...common, method: 'DELETE', operation: 'Tags_DeleteAtScope', handler: (r) => setTags(r, () => ({}), 200) },
    ]);
  },
};

function scopeId(req: ArmRequest): string {
  return `/${decodeURIComponent(req.params['scope'] ?? '').replace(/^\/+/, '')}`;
}

/** The tagged resource; a bare subscription scope gets a pseudo resource holding its tags. */
function target(req: ArmRequest): StoredResource {
  const id = scopeId(req);
  const found = req.emu.state.get(id);
  if (found) return found;
  if (/^\/subscriptions\/[^/]+$/i.test(id)) {
    return req.emu.state.put({ id, type: 'Microsoft.Resources/subscriptions', body: { id, tags: {} }, createdAtMs: req.emu.clock.now(), meta: {} });
  }
  throw resourceNotFound('resource', id);
}

function tagsFrom(req: ArmRequest): Json {
  const tags = (req.body?.['properties'] as Json | undefined)?.['tags'];
  if (tags === undefined || tags === null || typeof tags !== 'object') throw badRequest('InvalidRequestContent', "The request content is missing 'properties.tags'.");
  const entries = Object.entries(tags as Json);
  if (entries.length > 50) throw badRequest('InvalidTag', 'The entity can have a maximum of 50 tags.');
  return Object.fromEntries(entries.map(([k, v]) => [k, String(v)]));
}

function setTags(req: ArmRequest, compute: () => Json, status = 200): Reply {
  const res = target(req);
  res.body['tags'] = compute();
  if (res.etag) {
    res.etag = newEtag(req);
    res.body['etag'] = res.etag;
  }
  req.emu.state.touch();
  return status === 200 && req.method === 'DELETE' ? { status: 200 } : tagsReply(req, res);
}

function patchTags(req: ArmRequest): Reply {
  const operation = String(req.body?.['operation'] ?? '').toLowerCase();
  const current = (target(req).body['tags'] as Json | undefined) ?? {};
  const given = tagsFrom(req);
  return setTags(req, () => {
    if (operation === 'replace') return given;
    if (operation === 'merge') return { ...current, ...given };
    if (operation === 'delete') {
      // Delete by name, or by name+value when a value is given.
      return Object.fromEntries(Object.entries(current).filter(([k, v]) => !(k in given) || (given[k] !== '' && given[k] !== v)));
    }
    throw badRequest('InvalidRequestContent', `Invalid tag patch operation '${req.body?.['operation']}'. Expected Replace, Merge or Delete.`);
  });
}

function tagsReply(req: ArmRequest, res: StoredResource): Reply {
  return {
    status: 200,
    body: {
      id: `${scopeId(req)}/providers/Microsoft.Resources/tags/default`,
      name: 'default',
      type: 'Microsoft.Resources/tags',
      properties: { tags: (res.body['tags'] as Json | undefined) ?? {} },
    },
  };
}
