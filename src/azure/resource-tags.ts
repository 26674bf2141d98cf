/** TagsPort on @azure/arm-resources: Microsoft.Resources/tags at the resource's scope, loaded lazily. */
import type { TagsPort } from '../core/azure/scale-set-port.js';
import { clientsFor } from './clients.js';
import type { AzureConnection } from './connection.js';
import { call } from './scale-sets.js';

export function tagsPort(conn: AzureConnection): TagsPort {
  const resources = clientsFor(conn).resources;
  const { poll } = clientsFor(conn);
  return {
    merge: (resourceId, tags, o) =>
      call(`tagging ${resourceId}`, o, async (signal) => {
        const c = await resources();
        await c.tagsOperations.beginUpdateAtScopeAndWait(
          resourceId,
          { operation: 'Merge', properties: { tags: { ...tags } } },
          { abortSignal: signal, ...poll },
        );
      }),
    remove: (resourceId, names, o) =>
      call(`removing tags from ${resourceId}`, o, async (signal) => {
        if (names.length === 0) return;
        const c = await resources();
        // Operation Delete removes the named tags (with an empty value: whatever their value).
        await c.tagsOperations.beginUpdateAtScopeAndWait(
          resourceId,
          { operation: 'Delete', properties: { tags: Object.fromEntries(names.map((n) => [n, ''])) } },
          { abortSignal: signal, ...poll },
        );
      }),
  };
}
