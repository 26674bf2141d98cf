/** TagsPort on @azure/arm-resources: Microsoft.Resources/tags at the resource's scope, loaded lazily. */
import type { ResourceManagementClient } from '@azure/arm-resources';
import type { TagsPort } from '../core/azure/scale-set-port.js';
import type { AzureConnection } from './connection.js';
import { call } from './scale-sets.js';
import { armClientOptions } from './transport.js';

export function tagsPort(conn: AzureConnection): TagsPort {
  let client: Promise<ResourceManagementClient> | undefined;
  const resources = () =>
    (client ??= import('@azure/arm-resources').then(
      ({ ResourceManagementClient }) => new ResourceManagementClient(conn.credential, conn.subscriptionId, armClientOptions({ endpoint: conn.endpoint, caFile: conn.caFile })),
    ));
  const poll = conn.pollIntervalMs !== undefined ? { updateIntervalInMs: conn.pollIntervalMs } : {};
  return {
    merge: (resourceId, tags, o) =>
      call(`tagging ${resourceId}`, o, async (signal) => {
        const c = await resources();
        await c.tagsOperations.beginUpdateAtScopeAndWait(resourceId, { operation: 'Merge', properties: { tags: { ...tags } } }, { abortSignal: signal, ...poll });
      }),
    remove: (resourceId, names, o) =>
      call(`removing tags from ${resourceId}`, o, async (signal) => {
        if (names.length === 0) return;
        const c = await resources();
        // Operation Delete removes the named tags (with an empty value: whatever their value).
        await c.tagsOperations.beginUpdateAtScopeAndWait(resourceId, { operation: 'Delete', properties: { tags: Object.fromEntries(names.map((n) => [n, ''])) } }, { abortSignal: signal, ...poll });
      }),
  };
}
