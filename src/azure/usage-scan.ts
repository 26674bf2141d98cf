/**
 * UsagePort on the SDKs (clean-up's "what is in use" scan): each method is ONE paged list, every
 * page followed by the SDK's pager, with only the fields clean-up needs kept from each item.
 * @azure/arm-resources (Resources_List with a tag filter), @azure/arm-compute (VirtualMachines_ListAll,
 * VirtualMachineScaleSetVMs_List), @azure/arm-imagebuilder (VirtualMachineImageTemplates_List),
 * all loaded lazily; errors classified by `call`.
 */
import type { ImageReference } from '@azure/arm-compute';
import type { MachineImage, TaggedResource, TemplateSource, UsagePort } from '../core/azure/usage-port.js';
import { clientsFor } from './clients.js';
import type { AzureConnection } from './connection.js';
import { orUndefined } from './errors.js';
import { call } from './scale-sets.js';

const imageOf = (machine: string, ref: ImageReference | undefined): MachineImage => ({
  machine,
  ...(ref?.id ? { imageId: ref.id } : {}),
  ...(ref?.exactVersion ? { exactVersion: ref.exactVersion } : {}),
});

/** OData string literal: a quote is doubled. */
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

export function usagePort(conn: AzureConnection): UsagePort {
  const clients = clientsFor(conn);
  const sub = conn.subscriptionId;
  return {
    listByTagName: (name, o) =>
      call(`listing the resources of subscription ${sub} tagged ${name}`, o, async (signal) => {
        const c = await clients.resources();
        const out: TaggedResource[] = [];
        for await (const r of c.resources.list({ filter: `tagName eq ${literal(name)}`, abortSignal: signal })) {
          out.push({ id: r.id ?? '', name: r.name ?? '', type: r.type ?? '', tags: { ...(r.tags ?? {}) } });
        }
        return out;
      }),
    listVirtualMachines: (o) =>
      call(`listing the virtual machines of subscription ${sub}`, o, async (signal) => {
        const c = await clients.compute();
        const out: MachineImage[] = [];
        for await (const vm of c.virtualMachines.listAll({ abortSignal: signal }))
          out.push(imageOf(`virtual machine ${vm.name}`, vm.storageProfile?.imageReference));
        return out;
      }),
    listInstanceImages: (ref, o) =>
      call(`listing the instances of scale set ${ref.name}`, o, async (signal) => {
        const c = await clients.compute();
        const out: MachineImage[] = [];
        // A scale set deleted since it was listed has no instances (404): nothing runs there.
        const listed = await orUndefined(async () => {
          for await (const vm of c.virtualMachineScaleSetVMs.list(ref.resourceGroup, ref.name, {
            abortSignal: signal,
          })) {
            out.push(imageOf(`instance ${vm.instanceId} of scale set ${ref.name}`, vm.storageProfile?.imageReference));
          }
          return true;
        });
        return listed ? out : [];
      }),
    listImageTemplates: (o) =>
      call(`listing the Image Builder templates of subscription ${sub}`, o, async (signal) => {
        const c = await clients.imageBuilder();
        const out: TemplateSource[] = [];
        for await (const t of c.virtualMachineImageTemplates.list({ abortSignal: signal })) {
          const source = t.source as { type?: string; imageVersionId?: string; exactVersion?: string } | undefined;
          const id = source?.type === 'SharedImageVersion' ? (source.exactVersion ?? source.imageVersionId) : undefined;
          out.push({ name: t.name ?? '', ...(id ? { imageVersionId: id } : {}) });
          if (id && source?.exactVersion && source.imageVersionId)
            out.push({ name: t.name ?? '', imageVersionId: source.imageVersionId });
        }
        return out;
      }),
  };
}
