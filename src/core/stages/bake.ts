/**
 * bake: builds a VM image with Packer or Azure Image Builder, unless a published version already
 * holds the image these inputs would build (the bake cache).
 *
 * Plan first, from observed state (reads only): local inputs, gallery and definition, target
 * regions, the resolved base image, the bake key, the cache, the version (Image Builder, or when
 * publish runs too). Every bad input fails here, before the first write. Then act — or, in plan
 * mode, describe the writes (never running Packer or an Image Builder template) and stop.
 */
import type { GalleryImageRef, GalleryVersionInfo, ImagePorts } from '../azure/image-ports.js';
import { computeBakeKey, type BakeKey } from '../bake/bake-key.js';
import { imageBuilderSource, parseSource, resolveBaseImage } from '../bake/base-image.js';
import { findCached, missReason, short } from '../bake/cache.js';
import { bakeWithImageBuilder, imageBuilderKeyInput, RUN_OUTPUT_NAME, templateName } from '../bake/image-builder.js';
import { EngineError } from '../errors.js';
import { countWrites, Plan } from '../plan/action.js';
import { definitionIdOf, definitionWrite, describeRegions, versionResource } from '../plan/gallery.js';
import { provenanceTags, TAGS } from '../publish/provenance.js';
import { describeRef, ensureDefinition, galleryRef, observeTarget, resolveRegions, type ObservedTarget } from '../publish/target.js';
import { chooseVersion, type ChosenVersion } from '../publish/version.js';
import type { RunOutputs } from '../run/outputs.js';
import type { SummaryItem } from '../run/result.js';
import type { TargetRegion } from '../settings/types.js';
import type { Stage, StageContext, StepResult } from './stage.js';

export const bakeStage: Stage = { name: 'bake', run: runBake };

interface GalleryPlan {
  readonly ref: GalleryImageRef;
  readonly target: ObservedTarget;
  readonly versions: readonly GalleryVersionInfo[];
}

async function runBake(ctx: StageContext): Promise<StepResult> {
  const { settings, deps, signal } = ctx;
  const bake = settings.bake;
  if (bake.builder === 'none') {
    return { status: 'skipped', message: "builder 'none': nothing to bake; publish takes 'managed-image-id'", items: [{ kind: 'fact', label: 'builder', value: 'none' }] };
  }
  const log = deps.host;
  const items: SummaryItem[] = [{ kind: 'fact', label: 'builder', value: bake.builder }];
  const opts = { signal };
  const aib = bake.builder === 'image-builder';

  // --- Plan: local checks -------------------------------------------------------------------
  if (!aib && !deps.packer) throw new EngineError('input', "builder 'packer': this step has no Packer runner");
  if (aib && !bake.imageBuilder?.identity) {
    throw new EngineError('input', "input 'image-builder-identity' is required with builder 'image-builder': Image Builder runs as a user-assigned identity");
  }
  const baseInput = aib ? 'image-builder-source' : 'base-image-version';
  const baseText = aib ? bake.imageBuilder!.source : bake.baseImageVersion;
  const source = baseText ? parseSource(baseText, baseInput) : undefined;
  const named = !!(settings.publish.galleryName && settings.publish.imageDefinition);
  const publishes = settings.stages.includes('publish');
  const needsAzure = aib || named || (source?.kind !== 'managed-image' && /:latest$|\/latest$/i.test(baseText ?? ''));
  const ports = needsAzure ? (await ctx.azure()) : undefined;

  // --- Plan: observe the gallery ------------------------------------------------------------
  let gallery: GalleryPlan | undefined;
  if (aib || named) {
    const ref = galleryRef(settings, aib ? "builder 'image-builder' (it distributes to the gallery)" : "stage 'bake'");
    const target = await observeTarget(ports!.gallery, ref, settings.publish, opts);
    const versions = target.definition ? await ports!.gallery.listVersions(ref, opts) : [];
    gallery = { ref, target, versions };
  }
  const regions = gallery && (aib || publishes) ? resolveRegions(settings.publish, gallery.target.gallery.location) : undefined;

  // --- Plan: the bake key -------------------------------------------------------------------
  let resolved: string;
  if (source) {
    resolved = await resolveBaseImage(source, ports!, gallery?.target.gallery.location, baseInput, opts);
    if (resolved !== source.text) log.info(`base image ${source.text} resolves to ${resolved}`);
  } else {
    resolved = 'template-defined';
    ctx.warn("input 'base-image-version' is not set: the bake key covers the template, var files and variables but not the base image, so a newer base image will not trigger a bake");
  }
  const key = aib ? computeBakeKey(imageBuilderKeyInput(bake.imageBuilder!, resolved)) : computeBakeKey(await deps.packer!.describeInputs({ ...bake.packer!, resolvedBaseImage: resolved }));
  items.push({ kind: 'fact', label: 'base image', value: resolved }, { kind: 'fact', label: 'bake key', value: key.key });
  log.info(`bake key ${key.key} (template ${short(key.parts.template)}, var files ${short(key.parts.varFiles)}, variables ${short(key.parts.variables)}, base image ${short(key.parts.baseImage)})`);

  // --- Plan: the cache ----------------------------------------------------------------------
  let cacheNote = "the bake cache is not consulted (no 'gallery-name'/'image-definition')";
  if (gallery) {
    const cached = findCached(gallery.versions, key.key);
    if (cached && !bake.force) {
      log.info(`cache hit: version ${cached.name} of ${describeRef(gallery.ref)} already holds an image with bake key ${short(key.key)}; not baking`);
      items.push({ kind: 'check', label: 'bake cache', value: `hit: version ${cached.name} has this bake key`, ok: true });
      const outputs: Partial<RunOutputs> = {
        imageVersion: cached.name,
        imageId: cached.id,
        baked: false,
        bakeKey: key.key,
        replicatedRegions: cached.targetRegions.map((r) => r.name),
      };
      return { status: 'succeeded', outputs, items, message: `cache hit: reused version ${cached.name} (bake key ${short(key.key)})` };
    }
    const why = cached ? `force-bake is set (version ${cached.name} has this key)` : missReason(gallery.versions, key.key, resolved);
    log.info(`cache miss: ${why}`);
    cacheNote = cached ? why : `cache miss: ${why}`;
    items.push({ kind: 'check', label: 'bake cache', value: `miss: ${why}`, ok: true });
  } else {
    log.info("no 'gallery-name'/'image-definition': the bake cache is not consulted");
  }

  // --- Plan: the version (Image Builder distributes to it; a publish in this run will use it) ---
  let chosen: ChosenVersion | undefined;
  if (gallery && (aib || publishes)) {
    chosen = chooseVersion({ scheme: settings.publish.version, existing: gallery.versions.map((v) => v.name), run: deps.run, nowMs: deps.clock.now() });
    const taken = gallery.versions.find((v) => v.name === chosen!.version);
    if (taken) {
      throw new EngineError(
        'input',
        `image-version ${chosen.version} already exists in ${describeRef(gallery.ref)} and was not baked from these inputs (its bake key: ${taken.tags[TAGS.bakeKey] ?? 'none'}); choose another version, or 'auto'`,
      );
    }
    log.info(`version ${chosen.version}: ${chosen.reason}`);
    items.push({ kind: 'fact', label: 'version', value: `${chosen.version} (${chosen.reason})` });
  }

  if (settings.dryRun) return planBake(ctx, gallery, regions, chosen, key, resolved, items, cacheNote);

  // --- Act ----------------------------------------------------------------------------------
  if (aib) return bakeImageBuilder(ctx, ports!, gallery!, regions!, chosen!, key, resolved, items);
  const outcome = await deps.packer!.bake({ ...bake.packer!, timeoutMs: bake.timeoutMs, signal, logger: log });
  const outputs: Partial<RunOutputs> = { baked: true, bakeKey: key.key, bakeBaseImage: resolved };
  if (outcome.managedImageId) {
    outputs.managedImageId = outcome.managedImageId;
    items.push({ kind: 'action', label: 'managed image', value: outcome.managedImageId });
  }
  if (outcome.galleryImageVersionId) {
    outputs.galleryImageVersionId = outcome.galleryImageVersionId;
    outputs.imageId = outcome.galleryImageVersionId;
    outputs.imageVersion = outcome.galleryImageVersionId.split('/').pop();
    items.push({ kind: 'action', label: 'gallery image version', value: outcome.galleryImageVersionId });
  }
  const what = outcome.galleryImageVersionId ?? outcome.managedImageId ?? 'an image';
  return { status: 'succeeded', outputs, items, message: `baked ${what} with Packer${outcome.packerVersion ? ` ${outcome.packerVersion}` : ''}` };
}

async function bakeImageBuilder(
  ctx: StageContext,
  ports: ImagePorts,
  gallery: GalleryPlan,
  regions: readonly TargetRegion[],
  chosen: ChosenVersion,
  key: BakeKey,
  resolved: string,
  items: SummaryItem[],
): Promise<StepResult> {
  const { settings, deps, signal } = ctx;
  const aib = settings.bake.imageBuilder!;
  const publish = settings.publish;
  const definition = await ensureDefinition(ports.gallery, gallery.ref, gallery.target, publish, deps.host, { signal });
  const versionId = `${definition.id}/versions/${chosen.version}`;
  const tags = provenanceTags(deps.run, { bakeKey: key.key, baseImage: resolved });
  const ref = { resourceGroup: settings.resourceGroup ?? gallery.ref.resourceGroup, name: templateName(gallery.ref.definition, chosen.version) };
  const imageId = await bakeWithImageBuilder({
    port: ports.imageBuilder,
    ref,
    spec: {
      location: gallery.target.gallery.location,
      identityId: aib.identity!,
      source: imageBuilderSource(resolved),
      customizers: aib.customizers,
      vmSize: aib.vmSize,
      buildTimeoutInMinutes: Math.min(960, Math.max(6, Math.ceil(settings.bake.timeoutMs / 60_000))),
      galleryImageVersionId: versionId,
      runOutputName: RUN_OUTPUT_NAME,
      targetRegions: regions,
      excludeFromLatest: publish.excludeFromLatest,
      replicationMode: publish.replicationMode,
      artifactTags: tags,
      tags: { [TAGS.bakeKey]: key.key },
    },
    keepTemplate: aib.keepTemplate,
    timeoutMs: settings.bake.timeoutMs,
    clock: deps.clock,
    sleep: deps.sleep,
    signal,
    log: deps.host,
    warn: ctx.warn,
  });
  items.push({ kind: 'action', label: 'Image Builder', value: `template ${ref.name} distributed ${chosen.version}${aib.keepTemplate ? ' (template kept)' : ' (template deleted)'}` });
  const outputs: Partial<RunOutputs> = {
    baked: true,
    bakeKey: key.key,
    bakeBaseImage: resolved,
    imageVersion: chosen.version,
    imageId,
    galleryImageVersionId: imageId,
  };
  return { status: 'succeeded', outputs, items, message: `baked version ${chosen.version} with Image Builder` };
}

/**
 * Plan mode: the writes the bake would make. Packer is never run (its own Azure writes — build VM,
 * managed image — follow its template); an Image Builder template is neither created nor run.
 */
function planBake(
  ctx: StageContext,
  gallery: GalleryPlan | undefined,
  regions: readonly TargetRegion[] | undefined,
  chosen: ChosenVersion | undefined,
  key: BakeKey,
  resolved: string,
  items: SummaryItem[],
  cacheNote: string,
): StepResult {
  const { settings, deps } = ctx;
  const bake = settings.bake;
  const plan = new Plan();
  const keyNote = `bake key ${short(key.key)}`;
  if (bake.builder === 'image-builder') {
    const aib = bake.imageBuilder!;
    const g = gallery!;
    const defWrite = definitionWrite(g.ref, g.target.definition, settings.publish);
    if (defWrite) plan.add(defWrite);
    const versionId = `${definitionIdOf(g.target.gallery, g.target.definition, g.ref)}/versions/${chosen!.version}`;
    const name = templateName(g.ref.definition, chosen!.version);
    const template = `Image Builder template ${name}`;
    plan.add({
      resource: template,
      operation: 'create',
      after: `source ${resolved}, ${aib.customizers.length} customizer(s), ${aib.vmSize}, distributes to version ${chosen!.version} in ${describeRegions(regions!)}`,
      why: `${cacheNote} (${keyNote})`,
    });
    plan.add({ resource: template, operation: 'run', after: versionResource(g.ref, chosen!.version), why: `builds the image and distributes it (${chosen!.reason})` });
    if (!aib.keepTemplate) plan.add({ resource: template, operation: 'delete', why: "a template is removed after its build ('keep-image-template' keeps it)" });
    const outputs: Partial<RunOutputs> = {
      baked: true,
      bakeKey: key.key,
      bakeBaseImage: resolved,
      imageVersion: chosen!.version,
      imageId: versionId,
      galleryImageVersionId: versionId,
      plannedImageId: versionId,
    };
    return { status: 'succeeded', outputs, items: [...items, ...plan.items(deps.host)], message: `plan: would bake version ${chosen!.version} with Image Builder (${countWrites(plan.size)}, none made)` };
  }
  const template = bake.packer!.template;
  plan.add({
    resource: `Packer template ${template}`,
    operation: 'run',
    after: `a new image from base ${resolved}${chosen ? ` (published as version ${chosen.version})` : ''}`,
    why: `${cacheNote} (${keyNote}); Packer's own Azure writes follow the template`,
  });
  const outputs: Partial<RunOutputs> = { baked: true, bakeKey: key.key, bakeBaseImage: resolved, plannedImage: `the image Packer builds from ${template}` };
  return { status: 'succeeded', outputs, items: [...items, ...plan.items(deps.host)], message: `plan: would bake with Packer (${cacheNote}; ${countWrites(plan.size)}, none made)` };
}
