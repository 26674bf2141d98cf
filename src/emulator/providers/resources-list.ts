import { badRequest } from '../errors.js';
import { pagedReply } from '../paging.js';
import { requireSubscription } from '../resource-kit.js';
import type { Router } from '../router.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest, Provider, Reply } from '../types.js';
import { RESOURCES_API_VERSIONS } from './resources.js';

/**
 * `Resources_List` (GET /subscriptions/{subscriptionId}/resources, Microsoft.Resources api-version
 * 2025-04-01, resources.json): the tracked resources of the subscription as GenericResourceExpanded
 * (id, name, type, location, tags, sku, kind; no properties). `$filter`, as the spec documents:
 * - `tagName eq 'n'` (tag names match case-insensitively) and `tagName eq 'n' and tagValue eq 'v'`
 *   — "when resources are filtered by tag name and value, the original tags for each resource will
 *   not be returned in the results";
 * - `startswith(tagName, 'prefix')` (tag names only);
 * - `resourceType eq 'Microsoft.X/y'`.
 * Anything else is answered 400, so a caller never silently gets an unfiltered list.
 */
const PATH = '/subscriptions/{subscriptionId}/resources';

export const resourcesListProvider: Provider = {
  name: 'Microsoft.Resources/resources',
  register(router: Router) {
    router.add({
      method: 'GET',
      path: PATH,
      operation: 'Resources_List',
      apiVersions: RESOURCES_API_VERSIONS,
      resourceType: 'Microsoft.Resources/resources',
      handler: list,
    });
  },
};

type Filter = { match: (r: StoredResource) => boolean; dropTags: boolean };

const quoted = "'((?:[^']|'')*)'";
const TAG_NAME = new RegExp(`^tagName eq ${quoted}$`, 'i');
const TAG_NAME_VALUE = new RegExp(`^tagName eq ${quoted} and tagValue eq ${quoted}$`, 'i');
const TAG_PREFIX = new RegExp(`^startswith\\(tagName,\\s*${quoted}\\)$`, 'i');
const RESOURCE_TYPE = new RegExp(`^resourceType eq ${quoted}$`, 'i');
const unquote = (s: string | undefined) => (s ?? '').replace(/''/g, "'");

const tagsOf = (r: StoredResource): Record<string, string> =>
  (r.body['tags'] as Record<string, string> | undefined) ?? {};
const tagEntry = (r: StoredResource, name: string) =>
  Object.entries(tagsOf(r)).find(([k]) => k.toLowerCase() === name.toLowerCase());

function parseFilter(raw: string | null): Filter {
  const f = (raw ?? '').trim();
  if (!f) return { match: () => true, dropTags: false };
  let m = TAG_NAME_VALUE.exec(f);
  if (m) {
    const [name, value] = [unquote(m[1]), unquote(m[2])];
    return { match: (r) => tagEntry(r, name)?.[1] === value, dropTags: true };
  }
  if ((m = TAG_NAME.exec(f))) {
    const name = unquote(m[1]);
    return { match: (r) => tagEntry(r, name) !== undefined, dropTags: false };
  }
  if ((m = TAG_PREFIX.exec(f))) {
    const prefix = unquote(m[1]).toLowerCase();
    return { match: (r) => Object.keys(tagsOf(r)).some((k) => k.toLowerCase().startsWith(prefix)), dropTags: false };
  }
  if ((m = RESOURCE_TYPE.exec(f))) {
    const type = unquote(m[1]).toLowerCase();
    return { match: (r) => r.type.toLowerCase() === type, dropTags: false };
  }
  throw badRequest('InvalidFilterInQueryString', `Invalid $filter '${f}' specified in the query string.`);
}

/** Tracked resources only (those with a location), never resource groups or the subscription itself. */
function isListed(r: StoredResource, prefix: string): boolean {
  return (
    r.id.toLowerCase().startsWith(prefix) &&
    r.type.toLowerCase() !== 'microsoft.resources/resourcegroups' &&
    typeof r.body['location'] === 'string'
  );
}

function view(r: StoredResource, dropTags: boolean): Json {
  const b = r.body;
  return {
    id: r.id,
    name: b['name'] ?? r.id.split('/').pop(),
    type: r.type,
    location: b['location'],
    ...(b['kind'] ? { kind: b['kind'] } : {}),
    ...(b['sku'] ? { sku: b['sku'] } : {}),
    ...(dropTags ? {} : { tags: tagsOf(r) }),
  };
}

function list(req: ArmRequest): Reply {
  requireSubscription(req);
  const filter = parseFilter(req.query.get('$filter'));
  const prefix = `/subscriptions/${req.emu.subscriptionId}/resourcegroups/`.toLowerCase();
  const items = req.emu.state
    .all()
    .filter((r) => isListed(r, prefix) && filter.match(r))
    .map((r) => view(r, filter.dropTags));
  return pagedReply(req, items);
}
