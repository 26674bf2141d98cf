import { badRequest } from '../errors.js';
import type { Json } from '../state.js';
import type { ArmRequest } from '../types.js';

/**
 * Gives a Network sub-resource (rule, pool, probe, subnet...) its id, type, etag and
 * provisioningState, as Azure fills them in on PUT.
 */
export function child(parentId: string, collection: string, item: Json, req: ArmRequest): Json {
  const name = item['name'];
  if (typeof name !== 'string' || name.length === 0) {
    throw badRequest('InvalidRequestFormat', `Cannot parse the request. An item of '${collection}' has no name.`);
  }
  const [namespace, ...rest] = (parentId.split('/providers/')[1] ?? '').split('/');
  const types = rest.filter((_, i) => i % 2 === 0);
  return {
    ...item,
    id: `${parentId}/${collection}/${name}`,
    etag: `W/"${req.emu.random.uuid()}"`,
    type: [namespace, ...types, collection].join('/'),
    properties: { ...((item['properties'] as Json | undefined) ?? {}), provisioningState: 'Succeeded' },
  };
}
