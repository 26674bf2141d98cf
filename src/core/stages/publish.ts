/**
 * publish: stores the baked image as an immutable gallery image version, replicated to the target
 * regions and tagged with its provenance. Creates the version from a managed image, or adopts the
 * version a bake already distributed (Image Builder, Packer's gallery output).
 *
 * Plan from observed state (reads only; every bad input fails here), then act: at most one write
 * for the definition (when asked), one for the version, then polls until every region replicated.
 */
import type { GalleryVersionInfo, GalleryVersionRef, ImagePorts } from '../azure/image-ports.js';
import { short } from '../bake/cache.js';
import { EngineError, NotImplementedError } from '../errors.js';
import { missingTags, provenanceTags } from '../publish/provenance.js';
import { waitForReplication } from '../publish/replication.js';
import { describeRef, ensureDefinition, galleryRef, observeTarget, resolveRegions } from '../publish/target.js';
import { chooseVersion } from '../publish/version.js';
import type { RunOutputs } from '../run/outputs.js';
import type { SummaryItem } from '../run/result.js';
import type { Stage, StageContext, StepResult } from './stage.js';

export const publishStage: Stage = { name: 'publish', run: runPublish };

const sameId = (a: string | undefined, b: string | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

async function runPublish(ctx: StageContext): Promise<StepResult> {
  const { settings, deps, signal, outputs: before } = ctx;
  if (settings.dryRun) throw new NotImplementedError("dry-run (plan mode) of stage 'publish'", 'a later issue (plan mode)');
  if (before.baked === false && before.imageId) {
    return {
      status: 'skipped',
      message: `the bake cache reused version ${before.imageVersion} (bake key ${short(before.bakeKey ?? '')}); nothing to publish`,
      items: [{ kind: 'fact', label: 'version', value: `${before.imageVersion} (cached)` }],
    };
  }
  const publish = settings.publish;
  const log = deps.host;
  const opts = { signal };
  const items: SummaryItem[] = [];

  // --- Plan: what to publish ----------------------------------------------------------------
  const ref = galleryRef(settings, "stage 'publish'");
  const adopt = before.galleryImageVersionId;
  const bakedImage = before.managedImageId;
  const managedImageId = bakedImage ?? publish.managedImageId;
  if (!adopt && !managedImageId) {
    throw new EngineError('input', "stage 'publish' has nothing to publish: run 'bake' in the same run, or set 'managed-image-id' (with builder 'none')");
  }
  const ports = await ctx.azure();
  const target = await observeTarget(ports.gallery, ref, publish, opts);
  const regions = resolveRegions(publish, target.gallery.location);
  const tags = provenanceTags(deps.run, { bakeKey: before.bakeKey, baseImage: before.bakeBaseImage });
  // The intermediate image a bake of this run produced is deleted after publishing, unless kept.
  const deleteImage = bakedImage && !publish.keepManagedImage ? bakedImage : undefined;

  if (adopt) {
    const vref = versionRefOf(adopt, ref);
    const found = await ports.gallery.getVersion(vref, opts);
    if (!found) throw new EngineError('terminal', `the bake reported gallery image version ${adopt}, but it does not exist`);
    items.push({ kind: 'fact', label: 'version', value: `${vref.version} (distributed by the bake)` });
    return finish(ctx, ports, vref, found, { tags, items, deleteImage, firstDelayMs: 0, note: 'adopted' });
  }

  const image = await ports.managedImages.get(managedImageId!, opts);
  if (!image) throw new EngineError('input', `the managed image ${managedImageId} does not exist${bakedImage ? ' (the bake reported it)' : " (input 'managed-image-id')"}`);
  const versions = target.definition ? await ports.gallery.listVersions(ref, opts) : [];
  const chosen = chooseVersion({ scheme: publish.version, existing: versions.map((v) => v.name), run: deps.run, nowMs: deps.clock.now() });
  const vref: GalleryVersionRef = { ...ref, version: chosen.version };
  const existing = versions.find((v) => v.name === chosen.version);
  if (existing) {
    if (!sameId(existing.sourceId, managedImageId)) throw conflict(chosen.version, ref, existing);
    log.info(`version ${chosen.version} already holds ${managedImageId}: nothing to create (${chosen.reason})`);
    items.push({ kind: 'fact', label: 'version', value: `${chosen.version} (already published from this image; re-run)` });
    return finish(ctx, ports, vref, existing, { tags, items, deleteImage, firstDelayMs: 0, note: 'already published' });
  }
  log.info(`version ${chosen.version}: ${chosen.reason}`);
  items.push({ kind: 'fact', label: 'version', value: `${chosen.version} (${chosen.reason})` });

  // --- Act ----------------------------------------------------------------------------------
  await ensureDefinition(ports.gallery, ref, target, publish, log, opts);
  // Re-observe before acting: a concurrent run may have taken the version meanwhile.
  const raced = await ports.gallery.getVersion(vref, opts);
  if (raced && !sameId(raced.sourceId, managedImageId)) throw conflict(chosen.version, ref, raced);
  let created = raced;
  let firstDelayMs = 0;
  if (!raced) {
    const where = regions.map((r) => `${r.name}×${r.replicas} ${r.storageAccountType}`).join(', ');
    log.info(`publishing ${managedImageId} as ${describeRef(ref)} version ${chosen.version} to ${where}`);
    const accepted = await ports.gallery.publishVersion(
      vref,
      {
        location: target.gallery.location,
        sourceId: managedImageId!,
        targetRegions: regions,
        replicaCount: publish.replicaCount,
        storageAccountType: publish.storageAccountType,
        excludeFromLatest: publish.excludeFromLatest,
        endOfLifeDate: publish.endOfLifeDate,
        replicationMode: publish.replicationMode,
        tags,
      },
      opts,
    );
    created = accepted.version;
    firstDelayMs = accepted.pollAfterMs;
  }
  return finish(ctx, ports, vref, created!, { tags, items, deleteImage, firstDelayMs, note: 'published' });
}

function conflict(version: string, ref: { gallery: string; definition: string; resourceGroup: string }, existing: GalleryVersionInfo): EngineError {
  return new EngineError(
    'input',
    `image-version ${version} already exists in ${describeRef(ref)} and holds another image (${existing.sourceId ?? 'unknown source'}); gallery versions are immutable: choose another version, or 'auto'`,
  );
}

/** The version id as a ref; it must live in the configured gallery and definition. */
function versionRefOf(id: string, ref: { resourceGroup: string; gallery: string; definition: string }): GalleryVersionRef {
  const m = /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)\/images\/([^/]+)\/versions\/([^/]+)$/i.exec(id);
  if (!m) throw new EngineError('terminal', `'${id}' is not a gallery image version id`);
  const [, resourceGroup, gallery, definition, version] = m as unknown as [string, string, string, string, string];
  if (resourceGroup.toLowerCase() !== ref.resourceGroup.toLowerCase() || gallery.toLowerCase() !== ref.gallery.toLowerCase() || definition.toLowerCase() !== ref.definition.toLowerCase()) {
    throw new EngineError('input', `the bake produced ${id}, outside the configured ${describeRef(ref)}; make the template's gallery destination and the publish inputs agree`);
  }
  return { resourceGroup, gallery, definition, version };
}

interface FinishOptions {
  readonly tags: Readonly<Record<string, string>>;
  readonly items: SummaryItem[];
  readonly deleteImage?: string;
  readonly firstDelayMs: number;
  readonly note: string;
}

/** Waits for replication, completes the provenance tags, deletes the intermediate image; the outputs. */
async function finish(ctx: StageContext, ports: ImagePorts, vref: GalleryVersionRef, version: GalleryVersionInfo, f: FinishOptions): Promise<StepResult> {
  const { settings, deps, signal, outputs: before } = ctx;
  const log = deps.host;
  const status = await waitForReplication({
    gallery: ports.gallery,
    ref: vref,
    clock: deps.clock,
    sleep: deps.sleep,
    signal,
    log,
    timeoutMs: settings.publish.replicationTimeoutMs,
    firstDelayMs: f.firstDelayMs,
  });
  const replicated = status.regions.filter((r) => r.state === 'Completed').map((r) => r.region);
  f.items.push({ kind: 'check', label: 'replication', value: `Succeeded in ${replicated.join(', ')}`, ok: true });
  const lacking = missingTags(version.tags, f.tags);
  if (Object.keys(lacking).length > 0) {
    log.info(`tagging version ${vref.version} with ${Object.keys(lacking).join(', ')}`);
    await ports.gallery.tagVersion(vref, lacking, { signal });
  }
  if (f.deleteImage) {
    log.info(`deleting the intermediate managed image ${f.deleteImage} ('keep-managed-image' keeps it)`);
    await ports.managedImages.delete(f.deleteImage, { signal });
    f.items.push({ kind: 'action', label: 'managed image', value: `deleted ${f.deleteImage.split('/').pop()}` });
  }
  const outputs: Partial<RunOutputs> = {
    imageVersion: vref.version,
    imageId: version.id,
    replicatedRegions: replicated,
    ...(before.baked !== undefined ? { baked: before.baked } : {}),
    ...(before.bakeKey ? { bakeKey: before.bakeKey } : {}),
  };
  const message = `${f.note} version ${vref.version}, replicated to ${replicated.join(', ')}`;
  return { status: 'succeeded', outputs, items: f.items, message };
}
