/**
 * What clean-up reads to know which image versions are in use anywhere in the subscription: one
 * paged read per kind of user, never one GET per resource. Implemented with @azure/arm-resources,
 * @azure/arm-compute and @azure/arm-imagebuilder in src/azure/usage-scan.ts; faked in tests.
 * Errors arrive as classified EngineErrors; a failed read throws (clean-up then deletes nothing).
 */
import type { DeployCallOptions, ScaleSetRef } from './scale-set-port.js';

/** A resource found by tag (Resources_List with `$filter=tagName eq '…'`). */
export interface TaggedResource {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly tags: Readonly<Record<string, string>>;
}

/** The image one machine runs: `storageProfile.imageReference` of the VM or scale-set instance itself. */
export interface MachineImage {
  /** The VM, or the scale set and instance id, for messages. */
  readonly machine: string;
  /** `imageReference.id`: a gallery version, a gallery definition (latest) or a managed image. */
  readonly imageId?: string;
  /** `imageReference.exactVersion` when Azure reports which version a 'latest' reference resolved to. */
  readonly exactVersion?: string;
}

/** An Image Builder template and the gallery image version it builds from, when it does. */
export interface TemplateSource {
  readonly name: string;
  /** `source.imageVersionId` of a SharedImageVersion source. */
  readonly imageVersionId?: string;
}

export interface UsagePort {
  /** Every resource of the subscription carrying tag `name` with its tags (one paged read). */
  listByTagName(name: string, options: DeployCallOptions): Promise<TaggedResource[]>;
  /** Every virtual machine of the subscription with the image it runs (VirtualMachines_ListAll, one paged read). */
  listVirtualMachines(options: DeployCallOptions): Promise<MachineImage[]>;
  /** Every instance of one scale set with the image it actually runs (VMSS VMs list, one paged read). */
  listInstanceImages(ref: ScaleSetRef, options: DeployCallOptions): Promise<MachineImage[]>;
  /** Every Image Builder template of the subscription with its source (one paged read). */
  listImageTemplates(options: DeployCallOptions): Promise<TemplateSource[]>;
}
