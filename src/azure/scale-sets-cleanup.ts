/**
 * The scale-set method clean-up adds to the ScaleSetPort: every scale set of the
 * subscription with the image its model references, from ONE paged list (`listAll`, every page
 * followed by the SDK's pager). @azure/arm-compute, loaded lazily; errors classified by `call`.
 */
import type { ScaleSetImageUse, ScaleSetPort } from '../core/azure/scale-set-port.js';
import { clientsFor } from './clients.js';
import type { AzureConnection } from './connection.js';
import { call } from './scale-sets.js';

export function cleanupScaleSetMethods(conn: AzureConnection): Pick<ScaleSetPort, 'listAllInSubscription'> {
  const compute = clientsFor(conn).compute;
  return {
    listAllInSubscription: (o) =>
      call(`listing the scale sets of subscription ${conn.subscriptionId}`, o, async (signal) => {
        const c = await compute();
        const out: ScaleSetImageUse[] = [];
        for await (const ss of c.virtualMachineScaleSets.listAll({ abortSignal: signal })) {
          out.push({
            id: ss.id ?? '',
            name: ss.name ?? '',
            imageId: ss.virtualMachineProfile?.storageProfile?.imageReference?.id,
            capacity: ss.sku?.capacity ?? 0,
          });
        }
        return out;
      }),
  };
}
