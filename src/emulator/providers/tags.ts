import { newEtag } from '../etag.js';
import { badRequest, resourceNotFound } from '../errors.js';
import type { Router } from '../router.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest, Provider, Reply } from '../types.js';
import { RESOURCES_API_VERSIONS } from './resources.js';
import { checkTagLimits, mergeTags, normalizeTags, tagKey, tagsForWrite } from './tag-rules.js';

/**
 * `Microsoft.Resources/tags/default` extension resource at any scope: replaces / merges / deletes
 * the tags of the resource (or resource group) at `{scope}`. Answered synchronously (200), which
 * the SDK's LRO pollers accept as a completed operation. Names are case-insensitive and limits
 * apply as `tag-rules.ts` describes (Azure's tag doc): Merge updates a tag named in another casing
 * under its stored casing; Delete matches names in any casing (values exactly).
 */
const PATH = '/{*scope}/providers/Microsoft.Resources/tags/default';

export const tagsProvider: Provider = {
  name: 'Microsoft.Resources/tags',
  register(router: Router) {
    const common = { path: PATH, apiVersions: RESOURCES_API_VERSIONS, resourceType: 'Microsoft.Resources/tags' };
    router.addAll([
      {
        ...common,
        method: 'PUT',
        operation: 'Tags_CreateOrUpdateAtScope',
        handler: (r) => setTags(r, () => tagsForWrite(tagsFrom(r), target(r).body['tags'])),
      },
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
    return req.emu.state.put({
      id,
      type: 'Microsoft.Resources/subscriptions',
      body: { id, tags: {} },
      createdAtMs: req.emu.clock.now(),
      meta: {},
    });
  }
  throw resourceNotFound('resource', id);
}

function tagsFrom(req: ArmRequest): Json {
  const tags = (req.body?.['properties'] as Json | undefined)?.['tags'];
  if (tags === undefined || tags === null || typeof tags !== 'object')
    throw badRequest('InvalidRequestContent', "The request content is missing 'properties.tags'.");
  return normalizeTags(tags);
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
    if (operation === 'replace') return tagsForWrite(given, current);
    if (operation === 'merge') return checkTagLimits(mergeTags(current, given));
    if (operation === 'delete') {
      // Delete by name (any casing), or by name+value when a value is given (values are case-sensitive).
      return Object.fromEntries(
        Object.entries(current).filter(([k, v]) => {
          const named = tagKey(given, k);
          return named === undefined || (given[named] !== '' && given[named] !== v);
        }),
      );
    }
    throw badRequest(
      'InvalidRequestContent',
      `Invalid tag patch operation '${req.body?.['operation']}'. Expected Replace, Merge or Delete.`,
    );
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
