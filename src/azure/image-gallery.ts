/** GalleryPort on @azure/arm-compute (galleries, image definitions, image versions). */
import type { GalleryImageVersion, GalleryImageVersionUpdate } from '@azure/arm-compute';
import type {
  CallOptions,
  DefinitionSpec,
  GalleryImageRef,
  GalleryInfo,
  GalleryPort,
  GalleryVersionInfo,
  GalleryVersionRef,
  ImageDefinitionInfo,
  RegionState,
  ReplicationStatus,
  VersionSpec,
} from '../core/azure/image-ports.js';
import { retryAfterProbe, type ImageSdk } from './image-sdk.js';
import { formatDuration } from '../core/duration.js';
import { EngineError } from '../core/errors.js';
import { classify, guard, guardWithin, orUndefined } from './errors.js';

export function galleryPort(sdk: ImageSdk): GalleryPort {
  /** Retry-After of the create of each version, reused for its replication polls when the GET names none. */
  const createRetryAfter = new Map<string, number>();
  const key = (r: GalleryVersionRef) => `${r.resourceGroup}/${r.gallery}/${r.definition}/${r.version}`.toLowerCase();
  const versionName = (r: GalleryVersionRef) => `version ${r.version} of ${r.gallery}/${r.definition}`;

  return {
    getGallery: (resourceGroup, gallery, { signal }: CallOptions) =>
      guard(`reading gallery ${gallery}`, signal, async () => {
        const g = await orUndefined(async () =>
          (await sdk.compute()).galleries.get(resourceGroup, gallery, { abortSignal: signal }),
        );
        return g ? ({ id: g.id!, location: normalize(g.location) } satisfies GalleryInfo) : undefined;
      }),

    findDefinition: (ref, { signal }) =>
      guard(`reading image definition ${ref.gallery}/${ref.definition}`, signal, async () => {
        const d = await orUndefined(async () =>
          (await sdk.compute()).galleryImages.get(ref.resourceGroup, ref.gallery, ref.definition, {
            abortSignal: signal,
          }),
        );
        return d ? toDefinition(d) : undefined;
      }),

    createDefinition: (ref: GalleryImageRef, spec: DefinitionSpec, { signal }) =>
      guard(`creating image definition ${ref.gallery}/${ref.definition}`, signal, async () => {
        const client = await sdk.compute();
        const d = await client.galleryImages.createOrUpdate(
          ref.resourceGroup,
          ref.gallery,
          ref.definition,
          {
            location: spec.location,
            osType: spec.osType,
            osState: 'Generalized',
            hyperVGeneration: spec.hyperVGeneration,
            identifier: { publisher: spec.publisher, offer: spec.offer, sku: spec.sku },
          },
          sdk.lro(signal),
        );
        return toDefinition(d);
      }),

    listVersions: (ref, { signal }) =>
      guard(`listing the versions of ${ref.gallery}/${ref.definition}`, signal, async () => {
        const client = await sdk.compute();
        const out: GalleryVersionInfo[] = [];
        for await (const v of client.galleryImageVersions.listByGalleryImage(
          ref.resourceGroup,
          ref.gallery,
          ref.definition,
          { abortSignal: signal },
        ))
          out.push(toVersion(v));
        return out;
      }),

    listVersionsPaged: (ref, { signal, timeoutMs }) => ({
      // One page per SDK response (byPage follows nextLink); one bound for the whole listing.
      async *[Symbol.asyncIterator]() {
        const what = `listing the versions of ${ref.gallery}/${ref.definition}`;
        const timer = timeoutMs !== undefined ? AbortSignal.timeout(Math.max(1, Math.ceil(timeoutMs))) : undefined;
        const client = await guard(what, signal, () => sdk.compute());
        const abortSignal = timer ? AbortSignal.any([signal, timer]) : signal;
        const pages = client.galleryImageVersions
          .listByGalleryImage(ref.resourceGroup, ref.gallery, ref.definition, { abortSignal })
          .byPage();
        for (;;) {
          let page: IteratorResult<GalleryImageVersion[]>;
          try {
            page = await pages.next();
          } catch (err) {
            if (timer?.aborted && !signal.aborted)
              throw new EngineError('transient', `${what} did not finish within ${formatDuration(timeoutMs!)}`, {
                cause: err,
              });
            throw classify(err, what, signal);
          }
          if (page.done) return;
          yield page.value.map(toVersion);
        }
      },
    }),

    getVersion: (ref, { signal }) =>
      guard(`reading ${versionName(ref)}`, signal, async () => {
        const v = await orUndefined(async () =>
          (await sdk.compute()).galleryImageVersions.get(ref.resourceGroup, ref.gallery, ref.definition, ref.version, {
            abortSignal: signal,
          }),
        );
        return v ? toVersion(v) : undefined;
      }),

    publishVersion: (ref, spec: VersionSpec, options) =>
      guardWithin(`creating ${versionName(ref)}`, options, async (signal) => {
        const client = await sdk.compute();
        const probe = retryAfterProbe();
        const body: GalleryImageVersion = {
          location: spec.location,
          tags: { ...spec.tags },
          storageProfile: { source: { id: spec.sourceId } },
          publishingProfile: {
            targetRegions: spec.targetRegions.map((r) => ({
              name: r.name,
              regionalReplicaCount: r.replicas,
              storageAccountType: r.storageAccountType,
            })),
            replicaCount: spec.replicaCount,
            storageAccountType: spec.storageAccountType,
            excludeFromLatest: spec.excludeFromLatest,
            replicationMode: spec.replicationMode,
            ...(spec.endOfLifeDate ? { endOfLifeDate: new Date(spec.endOfLifeDate) } : {}),
          },
        };
        const poller = client.galleryImageVersions.createOrUpdate(
          ref.resourceGroup,
          ref.gallery,
          ref.definition,
          ref.version,
          body,
          { ...sdk.lro(signal), onResponse: probe.onResponse },
        );
        // One write. The poller is not followed: replication is, region by region, with replicationStatus.
        await poller.submitted();
        const pollAfterMs = probe.ms(sdk.pollMs);
        createRetryAfter.set(key(ref), pollAfterMs);
        const id = `/subscriptions/${sdk.conn.subscriptionId}/resourceGroups/${ref.resourceGroup}/providers/Microsoft.Compute/galleries/${ref.gallery}/images/${ref.definition}/versions/${ref.version}`;
        const version: GalleryVersionInfo = {
          id,
          name: ref.version,
          location: spec.location,
          tags: { ...spec.tags },
          provisioningState: 'Creating',
          sourceId: spec.sourceId,
          targetRegions: spec.targetRegions.map((r) => ({
            name: r.name,
            replicas: r.replicas,
            storageAccountType: r.storageAccountType,
          })),
          excludeFromLatest: spec.excludeFromLatest,
        };
        return { version, pollAfterMs };
      }),

    replicationStatus: (ref, { signal }) =>
      guard(`reading the replication status of ${versionName(ref)}`, signal, async () => {
        const client = await sdk.compute();
        const probe = retryAfterProbe();
        const v = await client.galleryImageVersions.get(ref.resourceGroup, ref.gallery, ref.definition, ref.version, {
          expand: 'ReplicationStatus',
          abortSignal: signal,
          onResponse: probe.onResponse,
        });
        const status: ReplicationStatus = {
          provisioningState: v.provisioningState,
          aggregatedState: v.replicationStatus?.aggregatedState,
          regions: (v.replicationStatus?.summary ?? []).map((s) => ({
            region: normalize(s.region),
            state: regionState(s.state),
            ...(s.progress !== undefined ? { progress: s.progress } : {}),
            ...(s.details ? { details: s.details } : {}),
          })),
          pollAfterMs: probe.ms(createRetryAfter.get(key(ref)) ?? sdk.pollMs),
        };
        return status;
      }),

    tagVersion: (ref, tags, { signal }) =>
      guard(`tagging ${versionName(ref)}`, signal, async () => {
        const client = await sdk.compute();
        const current = await client.galleryImageVersions.get(
          ref.resourceGroup,
          ref.gallery,
          ref.definition,
          ref.version,
          { abortSignal: signal },
        );
        // ARM replaces the whole tags map on PATCH: send the union.
        await client.galleryImageVersions.update(
          ref.resourceGroup,
          ref.gallery,
          ref.definition,
          ref.version,
          { tags: { ...(current.tags ?? {}), ...tags } },
          sdk.lro(signal),
        );
      }),

    deleteVersion: (ref, options) =>
      guardWithin(`deleting ${versionName(ref)}`, options, async (signal) => {
        const client = await sdk.compute();
        // Followed to its end: a delete that ends Failed is reported, not assumed done.
        await orUndefined(() =>
          client.galleryImageVersions.delete(
            ref.resourceGroup,
            ref.gallery,
            ref.definition,
            ref.version,
            sdk.lro(signal),
          ),
        );
      }),

    startDeleteVersion: (ref, options) =>
      guardWithin(`deleting ${versionName(ref)}`, options, async (signal) => {
        const client = await sdk.compute();
        // GalleryImageVersions_Delete is long-running (azure-rest-api-specs, Compute GalleryRP
        // galleryImageVersion.json: 200/202/204, x-ms-long-running-operation; 202 carries
        // Azure-AsyncOperation and Location). submitted() resolves on that first answer: the
        // operation is accepted and not followed; a 404 means already gone.
        const probe = retryAfterProbe();
        await orUndefined(() =>
          client.galleryImageVersions
            .delete(ref.resourceGroup, ref.gallery, ref.definition, ref.version, {
              ...sdk.lro(signal),
              onResponse: probe.onResponse,
            })
            .submitted(),
        );
        return { pollAfterMs: probe.ms(sdk.pollMs) };
      }),

    retireVersion: (ref, change, { signal }) =>
      guard(`retiring ${versionName(ref)}`, signal, async () => {
        const client = await sdk.compute();
        const publishingProfile = {
          ...(change.endOfLifeDate !== undefined ? { endOfLifeDate: new Date(change.endOfLifeDate) } : {}),
          ...(change.excludeFromLatest !== undefined ? { excludeFromLatest: change.excludeFromLatest } : {}),
        };
        // PATCH of the publishing profile only; target regions and tags stay as they are.
        await client.galleryImageVersions.update(
          ref.resourceGroup,
          ref.gallery,
          ref.definition,
          ref.version,
          { publishingProfile } as GalleryImageVersionUpdate,
          sdk.lro(signal),
        );
      }),
  };
}

const normalize = (region: string | undefined) => (region ?? '').toLowerCase().replace(/\s+/g, '');

function regionState(state: string | undefined): RegionState {
  switch ((state ?? '').toLowerCase()) {
    case 'completed':
      return 'Completed';
    case 'failed':
      return 'Failed';
    case 'replicating':
      return 'Replicating';
    default:
      return 'Unknown';
  }
}

function toDefinition(d: {
  id?: string;
  location?: string;
  osType?: string;
  hyperVGeneration?: string;
}): ImageDefinitionInfo {
  return { id: d.id!, location: normalize(d.location), osType: d.osType, hyperVGeneration: d.hyperVGeneration };
}

function toVersion(v: GalleryImageVersion): GalleryVersionInfo {
  return {
    id: v.id!,
    name: v.name!,
    location: normalize(v.location),
    tags: { ...(v.tags ?? {}) },
    provisioningState: v.provisioningState,
    sourceId: v.storageProfile?.source?.id,
    targetRegions: (v.publishingProfile?.targetRegions ?? []).map((r) => ({
      name: normalize(r.name),
      replicas: r.regionalReplicaCount,
      storageAccountType: r.storageAccountType,
    })),
    excludeFromLatest: v.publishingProfile?.excludeFromLatest,
    ...(v.publishingProfile?.publishedDate ? { publishedDate: isoOf(v.publishingProfile.publishedDate) } : {}),
    ...(v.publishingProfile?.endOfLifeDate ? { endOfLifeDate: isoOf(v.publishingProfile.endOfLifeDate) } : {}),
  };
}

const isoOf = (d: Date | string): string => (d instanceof Date ? d.toISOString() : String(d));
