/** ImageBuilderPort on @azure/arm-imagebuilder (Microsoft.VirtualMachineImages/imageTemplates). */
import type { ImageTemplate, ImageTemplateCustomizerUnion, ImageTemplateSourceUnion } from '@azure/arm-imagebuilder';
import type {
  ImageBuilderPort,
  ImageBuilderSource,
  ImageTemplateInfo,
  ImageTemplateSpec,
} from '../core/azure/image-ports.js';
import { retryAfterProbe, type ImageSdk } from './image-sdk.js';
import { guard, orUndefined } from './errors.js';

export function imageBuilderPort(sdk: ImageSdk): ImageBuilderPort {
  const name = (ref: { name: string }) => `Image Builder template ${ref.name}`;
  let runRetryAfter: number | undefined;
  return {
    createTemplate: (ref, spec, { signal }) =>
      guard(`creating ${name(ref)}`, signal, async () => {
        const client = await sdk.imageBuilder();
        await client.virtualMachineImageTemplates.createOrUpdate(
          ref.resourceGroup,
          ref.name,
          toTemplate(spec),
          sdk.lro(signal),
        );
      }),

    run: (ref, { signal }) =>
      guard(`starting a build of ${name(ref)}`, signal, async () => {
        const client = await sdk.imageBuilder();
        const probe = retryAfterProbe();
        // One POST; the run is followed through `status` (its sub-states are the progress).
        await client.virtualMachineImageTemplates
          .run(ref.resourceGroup, ref.name, { ...sdk.lro(signal), onResponse: probe.onResponse })
          .submitted();
        runRetryAfter = probe.ms(sdk.pollMs);
        return { pollAfterMs: runRetryAfter };
      }),

    status: (ref, { signal }) =>
      guard(`reading ${name(ref)}`, signal, async () => {
        const client = await sdk.imageBuilder();
        const probe = retryAfterProbe();
        const t = await orUndefined(() =>
          client.virtualMachineImageTemplates.get(ref.resourceGroup, ref.name, {
            abortSignal: signal,
            onResponse: probe.onResponse,
          }),
        );
        const pollAfterMs = probe.ms(runRetryAfter ?? sdk.pollMs);
        if (!t) return { exists: false, pollAfterMs };
        const last = t.lastRunStatus;
        return {
          exists: true,
          provisioningState: t.provisioningState,
          ...(last?.runState ? { runState: last.runState } : {}),
          ...(last?.runSubState ? { runSubState: last.runSubState } : {}),
          ...(last?.message ? { message: last.message } : {}),
          pollAfterMs,
        };
      }),

    runOutput: (ref, runOutputName, { signal }) =>
      guard(`reading run output ${runOutputName} of ${name(ref)}`, signal, async () => {
        const client = await sdk.imageBuilder();
        const out = await orUndefined(() =>
          client.virtualMachineImageTemplates.getRunOutput(ref.resourceGroup, ref.name, runOutputName, {
            abortSignal: signal,
          }),
        );
        return out
          ? { name: out.name ?? runOutputName, artifactId: out.artifactId, artifactUri: out.artifactUri }
          : undefined;
      }),

    cancel: (ref, { signal }) =>
      guard(`cancelling the build of ${name(ref)}`, signal, async () => {
        const client = await sdk.imageBuilder();
        await client.virtualMachineImageTemplates.cancel(ref.resourceGroup, ref.name, sdk.lro(signal)).submitted();
      }),

    deleteTemplate: (ref, { signal }) =>
      guard(`deleting ${name(ref)}`, signal, async () => {
        const client = await sdk.imageBuilder();
        await orUndefined(() =>
          client.virtualMachineImageTemplates.delete(ref.resourceGroup, ref.name, sdk.lro(signal)),
        );
      }),

    listByTag: (resourceGroup, tagName, { signal }) =>
      guard(`listing the Image Builder templates of resource group ${resourceGroup}`, signal, async () => {
        const client = await sdk.imageBuilder();
        const out: ImageTemplateInfo[] = [];
        const wanted = tagName.toLowerCase();
        for await (const t of client.virtualMachineImageTemplates.listByResourceGroup(resourceGroup, {
          abortSignal: signal,
        })) {
          const tags = { ...(t.tags ?? {}) };
          if (!Object.keys(tags).some((k) => k.toLowerCase() === wanted)) continue;
          out.push({
            resourceGroup,
            name: t.name!,
            id: t.id!,
            tags,
            ...(t.provisioningState ? { provisioningState: t.provisioningState } : {}),
            ...(t.lastRunStatus?.runState ? { runState: t.lastRunStatus.runState } : {}),
          });
        }
        return out;
      }),
  };
}

const CUSTOMIZER_TYPES = ['Shell', 'PowerShell', 'File', 'WindowsRestart', 'WindowsUpdate'];

function toTemplate(spec: ImageTemplateSpec): ImageTemplate {
  return {
    location: spec.location,
    tags: { ...spec.tags },
    identity: { type: 'UserAssigned', userAssignedIdentities: { [spec.identityId]: {} } },
    source: toSource(spec.source),
    // The user's customizers pass through; only the type's casing is made canonical.
    customize: spec.customizers.map((c) => {
      const type =
        CUSTOMIZER_TYPES.find((t) => t.toLowerCase() === String(c['type']).toLowerCase()) ?? String(c['type']);
      return { ...c, type } as unknown as ImageTemplateCustomizerUnion;
    }),
    distribute: [
      {
        type: 'SharedImage',
        runOutputName: spec.runOutputName,
        galleryImageId: spec.galleryImageVersionId,
        targetRegions: spec.targetRegions.map((r) => ({
          name: r.name,
          replicaCount: r.replicas,
          storageAccountType: r.storageAccountType,
        })),
        excludeFromLatest: spec.excludeFromLatest,
        replicationMode: spec.replicationMode,
        artifactTags: { ...spec.artifactTags },
      },
    ],
    vmProfile: { vmSize: spec.vmSize },
    buildTimeoutInMinutes: spec.buildTimeoutInMinutes,
  };
}

function toSource(source: ImageBuilderSource): ImageTemplateSourceUnion {
  switch (source.type) {
    case 'PlatformImage':
      return {
        type: 'PlatformImage',
        publisher: source.publisher,
        offer: source.offer,
        sku: source.sku,
        version: source.version,
      };
    case 'ManagedImage':
      return { type: 'ManagedImage', imageId: source.imageId };
    case 'SharedImageVersion':
      return { type: 'SharedImageVersion', imageVersionId: source.imageVersionId };
  }
}
