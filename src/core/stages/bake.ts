/**
 * bake: builds a VM image with Packer or Azure Image Builder, unless a published version already
 * holds the image these inputs would build (the bake cache).
 *
 * Plan first, from observed state (reads only): local inputs, gallery and definition, target
 * regions, the resolved base image, the bake key, the cache, the version (Image Builder, or when
 * publish runs too). Every bad input fails here, before the first write. Then act — or, in plan
 * mode, describe the writes (never running Packer or an Image Builder template) and stop.
 */
import type { GalleryVersionInfo, ImagePorts, ImageTemplateSpec } from '../azure/image-ports.js';
import type { BakeKey } from '../bake/bake-key.js';
import { imageBuilderSource } from '../bake/base-image.js';
import { short } from '../bake/cache.js';
import { bakeWithImageBuilder, RUN_OUTPUT_NAME, templateName } from '../bake/image-builder.js';
import {
  baseInputOf,
  bakeKeyFor,
  checkBuilder,
  chooseVersionFor,
  consultCache,
  needsAzure,
  observeGallery,
  resolveBase,
  type GalleryPlan,
} from '../bake/plan-steps.js';
import { countWrites, Plan } from '../plan/action.js';
import { definitionIdOf, definitionWrite, describeRegions, versionResource } from '../plan/gallery.js';
import { provenanceTags, TAGS } from '../publish/provenance.js';
import { ensureDefinition, resolveRegions } from '../publish/target.js';
import type { ChosenVersion } from '../publish/version.js';
import type { RunOutputs } from '../run/outputs.js';
import type { SummaryItem } from '../run/result.js';
import type { TargetRegion } from '../settings/types.js';
import type { Stage, StageContext, StepResult } from './stage.js';

export const bakeStage: Stage = { name: 'bake', run: runBake };

/** What the plan steps decided: everything the bake (or its plan) acts on. */
interface BakeDecision {
  readonly aib: boolean;
  readonly ports?: ImagePorts;
  readonly gallery?: GalleryPlan;
  /** Set when the bake distributes a version (Image Builder) or a publish in this run uses one. */
  readonly regions?: readonly TargetRegion[];
  readonly chosen?: ChosenVersion;
  readonly key: BakeKey;
  readonly resolved: string;
  readonly items: SummaryItem[];
  /** Why the bake runs (the cache's verdict), for the plan. */
  readonly cacheNote: string;
}

async function runBake(ctx: StageContext): Promise<StepResult> {
  if (ctx.settings.bake.builder === 'none') {
    return {
      status: 'skipped',
      message: "builder 'none': nothing to bake; publish takes 'managed-image-id'",
      items: [{ kind: 'fact', label: 'builder', value: 'none' }],
    };
  }
  const decided = await decideBake(ctx);
  if (!('key' in decided)) return decided;
  if (ctx.settings.dryRun) return planBake(ctx, decided);
  if (decided.aib) return bakeImageBuilder(ctx, decided);
  return bakeWithPacker(ctx, decided);
}

/** The plan steps in order (reads only); a cache hit ends the stage here. */
async function decideBake(ctx: StageContext): Promise<BakeDecision | StepResult> {
  const { settings } = ctx;
  const aib = settings.bake.builder === 'image-builder';
  const items: SummaryItem[] = [{ kind: 'fact', label: 'builder', value: settings.bake.builder }];
  checkBuilder(ctx, aib);
  const base = baseInputOf(settings.bake, aib);
  const named = !!(settings.publish.galleryName && settings.publish.imageDefinition);
  const ports = needsAzure(aib, named, base) ? await ctx.azure() : undefined;
  const gallery = aib || named ? await observeGallery(ctx, ports!, aib) : undefined;
  const distributes = !!gallery && (aib || settings.stages.includes('publish'));
  const regions = distributes ? resolveRegions(settings.publish, gallery!.target.gallery.location) : undefined;
  const resolved = await resolveBase(ctx, base, ports, gallery);
  const { key, items: keyItems } = await bakeKeyFor(ctx, aib, resolved);
  items.push(...keyItems);
  const cache = consultCache(ctx, gallery, key, resolved);
  if (cache.item) items.push(cache.item);
  if (cache.hit) return reuseCached(cache.hit, key, items);
  const version = distributes ? chooseVersionFor(ctx, gallery!) : undefined;
  if (version) items.push(version.item);
  return { aib, ports, gallery, regions, chosen: version?.chosen, key, resolved, items, cacheNote: cache.note };
}

/** A cache hit: the version that holds this bake key is the output; nothing is baked. */
function reuseCached(cached: GalleryVersionInfo, key: BakeKey, items: SummaryItem[]): StepResult {
  const outputs: Partial<RunOutputs> = {
    imageVersion: cached.name,
    imageId: cached.id,
    baked: false,
    bakeKey: key.key,
    replicatedRegions: cached.targetRegions.map((r) => r.name),
  };
  return {
    status: 'succeeded',
    outputs,
    items,
    message: `cache hit: reused version ${cached.name} (bake key ${short(key.key)})`,
  };
}

async function bakeWithPacker(ctx: StageContext, d: BakeDecision): Promise<StepResult> {
  const { settings, deps, signal } = ctx;
  const { items } = d;
  const outcome = await deps.packer!.bake({
    ...settings.bake.packer!,
    timeoutMs: settings.bake.timeoutMs,
    signal,
    logger: deps.host,
  });
  const outputs: Partial<RunOutputs> = { baked: true, bakeKey: d.key.key, bakeBaseImage: d.resolved };
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
  return {
    status: 'succeeded',
    outputs,
    items,
    message: `baked ${what} with Packer${outcome.packerVersion ? ` ${outcome.packerVersion}` : ''}`,
  };
}

async function bakeImageBuilder(ctx: StageContext, d: BakeDecision): Promise<StepResult> {
  const { settings, deps, signal } = ctx;
  const ports = d.ports!;
  const gallery = d.gallery!;
  const chosen = d.chosen!;
  const aib = settings.bake.imageBuilder!;
  const definition = await ensureDefinition(ports.gallery, gallery.ref, gallery.target, settings.publish, deps.host, {
    signal,
  });
  const ref = {
    resourceGroup: settings.resourceGroup ?? gallery.ref.resourceGroup,
    name: templateName(gallery.ref.definition, chosen.version),
  };
  const imageId = await bakeWithImageBuilder({
    port: ports.imageBuilder,
    ref,
    spec: templateSpec(ctx, d, `${definition.id}/versions/${chosen.version}`),
    keepTemplate: aib.keepTemplate,
    timeoutMs: settings.bake.timeoutMs,
    clock: deps.clock,
    sleep: deps.sleep,
    signal,
    log: deps.host,
    warn: ctx.warn,
  });
  d.items.push({
    kind: 'action',
    label: 'Image Builder',
    value: `template ${ref.name} distributed ${chosen.version}${aib.keepTemplate ? ' (template kept)' : ' (template deleted)'}`,
  });
  const outputs: Partial<RunOutputs> = {
    baked: true,
    bakeKey: d.key.key,
    bakeBaseImage: d.resolved,
    imageVersion: chosen.version,
    imageId,
    galleryImageVersionId: imageId,
  };
  return {
    status: 'succeeded',
    outputs,
    items: d.items,
    message: `baked version ${chosen.version} with Image Builder`,
  };
}

/** The Image Builder template: the source, the customizers, and the version it distributes to. */
function templateSpec(ctx: StageContext, d: BakeDecision, versionId: string): ImageTemplateSpec {
  const { settings, deps } = ctx;
  const aib = settings.bake.imageBuilder!;
  const publish = settings.publish;
  return {
    location: d.gallery!.target.gallery.location,
    identityId: aib.identity!,
    source: imageBuilderSource(d.resolved),
    customizers: aib.customizers,
    vmSize: aib.vmSize,
    buildTimeoutInMinutes: Math.min(960, Math.max(6, Math.ceil(settings.bake.timeoutMs / 60_000))),
    galleryImageVersionId: versionId,
    runOutputName: RUN_OUTPUT_NAME,
    targetRegions: d.regions!,
    excludeFromLatest: publish.excludeFromLatest,
    replicationMode: publish.replicationMode,
    artifactTags: provenanceTags(deps.run, { bakeKey: d.key.key, baseImage: d.resolved }),
    tags: { [TAGS.bakeKey]: d.key.key },
  };
}

/**
 * Plan mode: the writes the bake would make. Packer is never run (its own Azure writes — build VM,
 * managed image — follow its template); an Image Builder template is neither created nor run.
 */
function planBake(ctx: StageContext, d: BakeDecision): StepResult {
  return d.aib ? planImageBuilderBake(ctx, d) : planPackerBake(ctx, d);
}

function planImageBuilderBake(ctx: StageContext, d: BakeDecision): StepResult {
  const { settings, deps } = ctx;
  const aib = settings.bake.imageBuilder!;
  const g = d.gallery!;
  const chosen = d.chosen!;
  const plan = new Plan();
  const defWrite = definitionWrite(g.ref, g.target.definition, settings.publish);
  if (defWrite) plan.add(defWrite);
  const versionId = `${definitionIdOf(g.target.gallery, g.target.definition, g.ref)}/versions/${chosen.version}`;
  const template = `Image Builder template ${templateName(g.ref.definition, chosen.version)}`;
  plan.add({
    resource: template,
    operation: 'create',
    after: `source ${d.resolved}, ${aib.customizers.length} customizer(s), ${aib.vmSize}, distributes to version ${chosen.version} in ${describeRegions(d.regions!)}`,
    why: `${d.cacheNote} (bake key ${short(d.key.key)})`,
  });
  plan.add({
    resource: template,
    operation: 'run',
    after: versionResource(g.ref, chosen.version),
    why: `builds the image and distributes it (${chosen.reason})`,
  });
  if (!aib.keepTemplate)
    plan.add({
      resource: template,
      operation: 'delete',
      why: "a template is removed after its build ('keep-image-template' keeps it)",
    });
  const outputs: Partial<RunOutputs> = {
    baked: true,
    bakeKey: d.key.key,
    bakeBaseImage: d.resolved,
    imageVersion: chosen.version,
    imageId: versionId,
    galleryImageVersionId: versionId,
    plannedImageId: versionId,
  };
  return {
    status: 'succeeded',
    outputs,
    items: [...d.items, ...plan.items(deps.host)],
    message: `plan: would bake version ${chosen.version} with Image Builder (${countWrites(plan.size)}, none made)`,
  };
}

function planPackerBake(ctx: StageContext, d: BakeDecision): StepResult {
  const template = ctx.settings.bake.packer!.template;
  const plan = new Plan();
  plan.add({
    resource: `Packer template ${template}`,
    operation: 'run',
    after: `a new image from base ${d.resolved}${d.chosen ? ` (published as version ${d.chosen.version})` : ''}`,
    why: `${d.cacheNote} (bake key ${short(d.key.key)}); Packer's own Azure writes follow the template`,
  });
  const outputs: Partial<RunOutputs> = {
    baked: true,
    bakeKey: d.key.key,
    bakeBaseImage: d.resolved,
    plannedImage: `the image Packer builds from ${template}`,
  };
  return {
    status: 'succeeded',
    outputs,
    items: [...d.items, ...plan.items(ctx.deps.host)],
    message: `plan: would bake with Packer (${d.cacheNote}; ${countWrites(plan.size)}, none made)`,
  };
}
