/**
 * publish: stores the baked image as an immutable gallery image version, replicated to the target
 * regions and tagged with its provenance. Creates the version from a managed image, or adopts the
 * version a bake already distributed (Image Builder, Packer's gallery output).
 *
 * Plan from observed state (reads only; every bad input fails here), then act: at most one write
 * for the definition (when asked), one for the version, then polls until every region replicated.
 * In plan mode the same reads run and the writes are described instead; an image a planned bake
 * would build, or a version it would distribute, stands in for the real one (and says so).
 */
import type {
  GalleryImageRef,
  GalleryVersionInfo,
  GalleryVersionRef,
  ImagePorts,
  VersionSpec,
} from '../azure/image-ports.js';
import type { AzurePorts } from '../azure/ports.js';
import { short } from '../bake/cache.js';
import { EngineError } from '../errors.js';
import { countWrites, Plan } from '../plan/action.js';
import { attemptWithin } from '../publish/attempt.js';
import {
  deleteFailed,
  discardFailed,
  isFailed,
  refuseIfInUse,
  usableNames,
  type FailedVersionWork,
} from '../publish/failed-version.js';
import { definitionIdOf, definitionWrite, describeRegions, versionResource } from '../plan/gallery.js';
import { missingTags, provenanceTags } from '../publish/provenance.js';
import { waitForReplication } from '../publish/replication.js';
import {
  describeRef,
  ensureDefinition,
  galleryRef,
  observeTarget,
  resolveRegions,
  type ObservedTarget,
} from '../publish/target.js';
import { chooseVersion, type ChosenVersion } from '../publish/version.js';
import type { RunOutputs } from '../run/outputs.js';
import type { SummaryItem } from '../run/result.js';
import type { TargetRegion } from '../settings/types.js';
import type { Stage, StageContext, StepResult } from './stage.js';

export const publishStage: Stage = { name: 'publish', run: runPublish };

const sameId = (a: string | undefined, b: string | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** What there is to publish: a version the bake distributed, a managed image, or (plan mode) a planned image. */
interface PublishSource {
  /** The gallery image version id the bake reported (adopted, not created). */
  readonly adopt?: string;
  /** The managed image a bake of this run produced. */
  readonly bakedImage?: string;
  /** The managed image to publish: the baked one, or input 'managed-image-id'. */
  readonly managedImageId?: string;
  /** Plan mode: the image a planned bake would build. */
  readonly plannedImage?: string;
}

/** The observed target and what every ending of the stage shares. */
interface PublishTarget {
  readonly ports: AzurePorts;
  readonly ref: GalleryImageRef;
  readonly target: ObservedTarget;
  readonly source: PublishSource;
  readonly common: Omit<FinishOptions, 'firstDelayMs' | 'note'>;
}

async function runPublish(ctx: StageContext): Promise<StepResult> {
  const before = ctx.outputs;
  if (before.baked === false && before.imageId) {
    return {
      status: 'skipped',
      message: `the bake cache reused version ${before.imageVersion} (bake key ${short(before.bakeKey ?? '')}); nothing to publish`,
      items: [{ kind: 'fact', label: 'version', value: `${before.imageVersion} (cached)` }],
    };
  }
  const ref = galleryRef(ctx.settings, "stage 'publish'");
  const p = await observePublish(ctx, ref, sourceOf(ctx));
  if (p.source.adopt) return adoptVersion(ctx, p, p.source.adopt);
  return publishManagedImage(ctx, p);
}

/** What to publish; fails when there is nothing. */
function sourceOf(ctx: StageContext): PublishSource {
  const { settings, outputs: before } = ctx;
  const adopt = before.galleryImageVersionId;
  const bakedImage = before.managedImageId;
  const managedImageId = bakedImage ?? settings.publish.managedImageId;
  const plannedImage = settings.dryRun && !adopt && !managedImageId ? before.plannedImage : undefined;
  if (!adopt && !managedImageId && !plannedImage) {
    throw new EngineError(
      'input',
      "stage 'publish' has nothing to publish: run 'bake' in the same run, or set 'managed-image-id' (with builder 'none')",
    );
  }
  return { adopt, bakedImage, managedImageId, plannedImage };
}

/** Reads the gallery and definition; the regions, the provenance tags, the intermediate image to delete. */
async function observePublish(ctx: StageContext, ref: GalleryImageRef, source: PublishSource): Promise<PublishTarget> {
  const { settings, deps, signal, outputs: before } = ctx;
  const publish = settings.publish;
  const ports = await ctx.azure();
  const target = await observeTarget(ports.gallery, ref, publish, { signal });
  const regions = resolveRegions(publish, target.gallery.location);
  const tags = provenanceTags(deps.run, { bakeKey: before.bakeKey, baseImage: before.bakeBaseImage });
  // The intermediate image a bake of this run produced is deleted after publishing, unless kept.
  const made = source.bakedImage ?? source.plannedImage;
  const deleteImage = made && !publish.keepManagedImage ? made : undefined;
  return { ports, ref, target, source, common: { tags, items: [], deleteImage, regions } };
}

/** The version the bake distributed: checked, then finished (or, when the planned bake would distribute it, nothing to write). */
async function adoptVersion(ctx: StageContext, p: PublishTarget, adopt: string): Promise<StepResult> {
  const { settings, outputs: before } = ctx;
  const { items, regions } = p.common;
  const vref = versionRefOf(adopt, p.ref);
  if (settings.dryRun && before.plannedImageId === adopt) {
    // The bake of this plan would distribute the version, tagged; publishing it writes nothing more.
    items.push({ kind: 'fact', label: 'version', value: `${vref.version} (the bake would distribute it: planned)` });
    ctx.deps.host.info(
      `plan: version ${vref.version} would be distributed by the bake with its provenance tags; publish writes nothing`,
    );
    const outputs: Partial<RunOutputs> = {
      imageVersion: vref.version,
      imageId: adopt,
      plannedImageId: adopt,
      replicatedRegions: regions.map((r) => r.name),
      baked: before.baked,
      bakeKey: before.bakeKey,
    };
    return {
      status: 'succeeded',
      outputs,
      items,
      message: `plan: version ${vref.version} comes from the bake; publish would write nothing`,
    };
  }
  const found = await p.ports.gallery.getVersion(vref, { signal: ctx.signal });
  if (!found)
    throw new EngineError('terminal', `the bake reported gallery image version ${adopt}, but it does not exist`);
  items.push({ kind: 'fact', label: 'version', value: `${vref.version} (distributed by the bake)` });
  return finish(ctx, p.ports, vref, found, { ...p.common, firstDelayMs: 0, note: 'adopted' });
}

/** A managed image (or a planned one): the version to create, then the plan or the write. */
async function publishManagedImage(ctx: StageContext, p: PublishTarget): Promise<StepResult> {
  const { managedImageId, plannedImage, bakedImage } = p.source;
  const image = plannedImage ? undefined : await p.ports.managedImages.get(managedImageId!, { signal: ctx.signal });
  if (!image && !plannedImage)
    throw new EngineError(
      'input',
      `the managed image ${managedImageId} does not exist${bakedImage ? ' (the bake reported it)' : " (input 'managed-image-id')"}`,
    );
  const { chosen, existing } = await chooseVersionFor(ctx, p);
  const vref: GalleryVersionRef = { ...p.ref, version: chosen.version };
  if (existing && isFailed(existing)) return replaceFailedVersion(ctx, p, chosen, existing);
  if (existing) {
    if (!sameId(existing.sourceId, managedImageId)) throw conflict(chosen.version, p.ref, existing);
    ctx.deps.host.info(
      `version ${chosen.version} already holds ${managedImageId}: nothing to create (${chosen.reason})`,
    );
    p.common.items.push({
      kind: 'fact',
      label: 'version',
      value: `${chosen.version} (already published from this image; re-run)`,
    });
    return finish(ctx, p.ports, vref, existing, { ...p.common, firstDelayMs: 0, note: 'already published' });
  }
  ctx.deps.host.info(`version ${chosen.version}: ${chosen.reason}`);
  p.common.items.push({ kind: 'fact', label: 'version', value: `${chosen.version} (${chosen.reason})` });
  if (ctx.settings.dryRun) return planPublish(ctx, p, chosen);
  return createVersion(ctx, p, chosen);
}

/**
 * Lists the versions and chooses the next (Failed versions do not count: 'auto' never builds on
 * one); the version of that name, when one exists.
 */
async function chooseVersionFor(
  ctx: StageContext,
  p: PublishTarget,
): Promise<{ chosen: ChosenVersion; existing?: GalleryVersionInfo }> {
  const { settings, deps } = ctx;
  const versions = p.target.definition ? await p.ports.gallery.listVersions(p.ref, { signal: ctx.signal }) : [];
  const scheme = settings.publish.version;
  const chosen = chooseVersion({ scheme, existing: usableNames(versions), run: deps.run, nowMs: deps.clock.now() });
  return { chosen, existing: versions.find((v) => v.name === chosen.version) };
}

/** The version of the chosen name ended Failed: replaced (deleted, then created again) unless a scale set uses it. */
async function replaceFailedVersion(
  ctx: StageContext,
  p: PublishTarget,
  chosen: ChosenVersion,
  failed: GalleryVersionInfo,
): Promise<StepResult> {
  const vref: GalleryVersionRef = { ...p.ref, version: chosen.version };
  const work = failedWork(ctx, p);
  await refuseIfInUse(work, vref, failed);
  const held =
    failed.sourceId && !sameId(failed.sourceId, p.source.managedImageId) ? `, it held ${failed.sourceId}` : '';
  const plan = ctx.settings.dryRun ? 'plan: would replace it' : 'replacing it';
  ctx.deps.host.info(
    `version ${chosen.version} exists in provisioning state Failed (${chosen.reason}${held}): ${plan} (delete, then create again)`,
  );
  p.common.items.push({
    kind: 'fact',
    label: 'version',
    value: `${chosen.version} (${chosen.reason}; replaces the Failed version)`,
  });
  if (ctx.settings.dryRun) return planPublish(ctx, p, chosen, true);
  await deleteFailed(work, vref);
  p.common.items.push({
    kind: 'action',
    label: 'Failed version',
    value: `deleted ${chosen.version}, then created it again`,
  });
  return createVersion(ctx, p, chosen, true);
}

function failedWork(ctx: StageContext, p: PublishTarget): FailedVersionWork {
  const { deps, signal, settings } = ctx;
  return {
    ports: p.ports,
    clock: deps.clock,
    sleep: deps.sleep,
    signal,
    log: deps.host,
    timeoutMs: settings.publish.replicationTimeoutMs,
  };
}

/** Plan mode: the definition and version writes, then the rest of `finish` as planned writes. */
function planPublish(ctx: StageContext, p: PublishTarget, chosen: ChosenVersion, replacing = false): StepResult {
  const { ref, target, source, common } = p;
  const plan = new Plan();
  const defWrite = definitionWrite(ref, target.definition, ctx.settings.publish);
  if (defWrite) plan.add(defWrite);
  if (replacing)
    plan.add({
      resource: versionResource(ref, chosen.version),
      operation: 'delete',
      before: 'provisioning state Failed',
      why: 'a Failed version holds the name; it is created again',
    });
  const from = source.plannedImage
    ? `${source.plannedImage} (planned)`
    : `managed image ${source.managedImageId!.split('/').pop()}`;
  plan.add({
    resource: versionResource(ref, chosen.version),
    operation: 'create',
    after: `from ${from}, replicated to ${describeRegions(common.regions)}`,
    why: chosen.reason,
  });
  const id = `${definitionIdOf(target.gallery, target.definition, ref)}/versions/${chosen.version}`;
  const vref: GalleryVersionRef = { ...ref, version: chosen.version };
  return finishPlan(
    ctx,
    plan,
    vref,
    id,
    common.regions.map((r) => r.name),
    { ...common, firstDelayMs: 0, note: 'would publish' },
    {},
    true,
  );
}

/** Creates the version (unless a concurrent run just did, from the same image), then finishes. */
async function createVersion(
  ctx: StageContext,
  p: PublishTarget,
  chosen: ChosenVersion,
  replacing = false,
): Promise<StepResult> {
  const { ports, ref, target, source, common } = p;
  const log = ctx.deps.host;
  const opts = { signal: ctx.signal };
  const vref: GalleryVersionRef = { ...ref, version: chosen.version };
  await ensureDefinition(ports.gallery, ref, target, ctx.settings.publish, log, opts);
  // Re-observe before acting: a concurrent run may have taken the version meanwhile.
  const raced = await ports.gallery.getVersion(vref, opts);
  if (raced && !sameId(raced.sourceId, source.managedImageId)) throw conflict(chosen.version, ref, raced);
  if (raced) return finish(ctx, ports, vref, raced, { ...common, firstDelayMs: 0, note: 'published' });
  const where = common.regions.map((r) => `${r.name}×${r.replicas} ${r.storageAccountType}`).join(', ');
  log.info(`publishing ${source.managedImageId} as ${describeRef(ref)} version ${chosen.version} to ${where}`);
  const spec = versionSpec(ctx, p);
  // A PUT of the same body: tried again while Azure answers transiently (a burst of 429/5xx or
  // resets outlasts the SDK's own retries), within 'replication-timeout'.
  const accepted = await attemptWithin({
    ...failedWork(ctx, p),
    what: replacing ? `creating version ${chosen.version} again` : `creating version ${chosen.version}`,
    bound: 'replication-timeout',
    call: (o) => ports.gallery.publishVersion(vref, spec, o),
  });
  const note = replacing ? 'replaced the Failed version with' : 'published';
  return finishCreated(ctx, p, vref, accepted.version, { ...common, firstDelayMs: accepted.pollAfterMs, note });
}

/** `finish` for a version this run created: when it ends Failed, it is deleted and the error says so. */
async function finishCreated(
  ctx: StageContext,
  p: PublishTarget,
  vref: GalleryVersionRef,
  created: GalleryVersionInfo,
  f: FinishOptions,
): Promise<StepResult> {
  try {
    return await finish(ctx, p.ports, vref, created, f);
  } catch (err) {
    if (!(err instanceof EngineError) || err.kind !== 'terminal') throw err;
    const now = await p.ports.gallery.getVersion(vref, { signal: ctx.signal }).catch(() => undefined);
    if (!now || !isFailed(now)) throw err;
    const outcome = await discardFailed(failedWork(ctx, p), vref);
    throw new EngineError('terminal', `${err.message}; ${outcome}`, { cause: err });
  }
}

/** The new version: from the managed image, replicated as asked, tagged with its provenance. */
function versionSpec(ctx: StageContext, p: PublishTarget): VersionSpec {
  const publish = ctx.settings.publish;
  return {
    location: p.target.gallery.location,
    sourceId: p.source.managedImageId!,
    targetRegions: p.common.regions,
    replicaCount: publish.replicaCount,
    storageAccountType: publish.storageAccountType,
    excludeFromLatest: publish.excludeFromLatest,
    endOfLifeDate: publish.endOfLifeDate,
    replicationMode: publish.replicationMode,
    tags: p.common.tags,
  };
}

function conflict(
  version: string,
  ref: { gallery: string; definition: string; resourceGroup: string },
  existing: GalleryVersionInfo,
): EngineError {
  return new EngineError(
    'input',
    `image-version ${version} already exists in ${describeRef(ref)} and holds another image (${existing.sourceId ?? 'unknown source'}); gallery versions are immutable: choose another version, or 'auto'`,
  );
}

/** The version id as a ref; it must live in the configured gallery and definition. */
function versionRefOf(
  id: string,
  ref: { resourceGroup: string; gallery: string; definition: string },
): GalleryVersionRef {
  const m =
    /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)\/images\/([^/]+)\/versions\/([^/]+)$/i.exec(
      id,
    );
  if (!m) throw new EngineError('terminal', `'${id}' is not a gallery image version id`);
  const [, resourceGroup, gallery, definition, version] = m as unknown as [string, string, string, string, string];
  if (
    resourceGroup.toLowerCase() !== ref.resourceGroup.toLowerCase() ||
    gallery.toLowerCase() !== ref.gallery.toLowerCase() ||
    definition.toLowerCase() !== ref.definition.toLowerCase()
  ) {
    throw new EngineError(
      'input',
      `the bake produced ${id}, outside the configured ${describeRef(ref)}; make the template's gallery destination and the publish inputs agree`,
    );
  }
  return { resourceGroup, gallery, definition, version };
}

interface FinishOptions {
  readonly tags: Readonly<Record<string, string>>;
  readonly items: SummaryItem[];
  readonly deleteImage?: string;
  readonly firstDelayMs: number;
  readonly note: string;
  readonly regions: readonly TargetRegion[];
}

/** Waits for replication, completes the provenance tags, deletes the intermediate image; the outputs. */
async function finish(
  ctx: StageContext,
  ports: ImagePorts,
  vref: GalleryVersionRef,
  version: GalleryVersionInfo,
  f: FinishOptions,
): Promise<StepResult> {
  const { settings, deps, signal, outputs: before } = ctx;
  const log = deps.host;
  if (settings.dryRun) {
    // Replication is followed with reads only; what is left to write are the tags and the clean-up.
    const regions = version.targetRegions.map((r) => r.name);
    return finishPlan(ctx, new Plan(), vref, version.id, regions, f, missingTags(version.tags, f.tags), false);
  }
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

/** Plan mode: the rest of `finish` as planned writes (tags to complete, the intermediate image to delete); the would-be outputs. */
function finishPlan(
  ctx: StageContext,
  plan: Plan,
  vref: GalleryVersionRef,
  id: string,
  regions: readonly string[],
  f: FinishOptions,
  lacking: Readonly<Record<string, string>>,
  created: boolean,
): StepResult {
  const { outputs: before, deps } = ctx;
  const names = Object.keys(lacking);
  if (names.length > 0)
    plan.add({
      resource: versionResource(vref, vref.version),
      operation: 'tag',
      after: names.join(', '),
      why: 'its provenance tags are incomplete',
    });
  if (f.deleteImage) {
    const which = before.managedImageId
      ? `managed image ${f.deleteImage.split('/').pop()}`
      : `${f.deleteImage} (planned)`;
    plan.add({
      resource: which,
      operation: 'delete',
      why: "the bake's intermediate image, once published ('keep-managed-image' keeps it)",
    });
  }
  const outputs: Partial<RunOutputs> = {
    imageVersion: vref.version,
    imageId: id,
    replicatedRegions: regions,
    ...(created ? { plannedImageId: id } : {}),
    ...(before.baked !== undefined ? { baked: before.baked } : {}),
    ...(before.bakeKey ? { bakeKey: before.bakeKey } : {}),
  };
  const message = `plan: ${created ? `would publish version ${vref.version}` : `version ${vref.version} is ${f.note}`} (${countWrites(plan.size)}, none made)`;
  return { status: 'succeeded', outputs, items: [...f.items, ...plan.items(deps.host)], message };
}
