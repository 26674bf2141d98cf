/**
 * Clean-up's reads (all of them before any write): the definition's versions, what uses them (the
 * target's release record, this run's outputs, the user's protect tag, 'latest', and the
 * subscription-wide scan of scan.ts), the bake leftovers found by tag, and the idle blue-green colour.
 */
import type { GalleryImageRef, GalleryVersionInfo, ImageTemplateInfo, ManagedImageInfo } from '../azure/image-ports.js';
import type { AzurePorts } from '../azure/ports.js';
import type { ScaleSetImageUse, ScaleSetRef } from '../azure/scale-set-port.js';
import { descriptorOf } from '../deploy/registry.js';
import { describeTarget, lockTarget } from '../lock/lock.js';
import { recordFromTags } from '../deploy/record.js';
import type { ReleaseRecord } from '../deploy/strategy.js';
import { EngineError } from '../errors.js';
import { TAGS } from '../publish/provenance.js';
import type { StageContext } from '../stages/stage.js';
import type { IdleColourInput } from './leftovers.js';
import { scanUsage, type ScanOptions } from './scan.js';
import { isProtected, PROTECT_TAG, VersionIndex } from './usage.js';

/**
 * What clean-up keeps of each listed version: what retention, 'latest' and the leftovers decide
 * on, and no more (not its regions, not its tags beyond the protect tag), so thousands of versions
 * cost little; the listing is read page by page and each page dropped once folded in.
 */
export type VersionFacts = Pick<
  GalleryVersionInfo,
  'name' | 'provisioningState' | 'excludeFromLatest' | 'publishedDate' | 'endOfLifeDate' | 'sourceId'
> & {
  /** Carries the user's protect tag. */
  readonly protected: boolean;
};

const BUSY = new Set(['creating', 'updating']);

export function factsOf(v: GalleryVersionInfo): VersionFacts {
  const f = { name: v.name, protected: isProtected(v.tags) } as {
    -readonly [K in keyof VersionFacts]: VersionFacts[K];
  };
  if (v.provisioningState !== undefined) f.provisioningState = v.provisioningState;
  if (v.excludeFromLatest !== undefined) f.excludeFromLatest = v.excludeFromLatest;
  if (v.publishedDate !== undefined) f.publishedDate = v.publishedDate;
  if (v.endOfLifeDate !== undefined) f.endOfLifeDate = v.endOfLifeDate;
  // The source matters only while a version is being made from it (leftovers.ts keeps that image).
  if (v.sourceId !== undefined && BUSY.has(lower(v.provisioningState))) f.sourceId = v.sourceId;
  return f;
}

/** Every version of the definition as facts, one page held at a time. */
export async function listFacts(
  ports: AzurePorts,
  definition: GalleryImageRef,
  signal: AbortSignal,
): Promise<VersionFacts[]> {
  const out: VersionFacts[] = [];
  for await (const page of ports.gallery.listVersionsPaged(definition, { signal }))
    for (const v of page) out.push(factsOf(v));
  return out;
}

export interface Observed {
  readonly definition: GalleryImageRef;
  readonly versions: readonly VersionFacts[];
  readonly inUse: ReadonlyMap<string, string>;
  readonly scaleSets: readonly ScaleSetImageUse[];
  readonly managedImages: readonly ManagedImageInfo[];
  readonly templates: readonly ImageTemplateInfo[];
  readonly idle?: IdleColourInput;
  /** How references resolve to versions of the definition (for the re-check before deletes). */
  readonly index: VersionIndex;
  /** Scale sets whose model or instances use the definition (their instances are re-read before deletes). */
  readonly watch: readonly ScaleSetRef[];
}

const lower = (s: string | undefined) => (s ?? '').toLowerCase();

export function definitionOf(ctx: StageContext): GalleryImageRef {
  const p = ctx.settings.publish;
  if (!p.galleryName || !p.imageDefinition || !p.galleryResourceGroup) {
    throw new EngineError(
      'input',
      "input 'gallery-name': 'gallery-name', 'image-definition' and 'gallery-resource-group' (or 'resource-group') are required for clean-up; expected the image definition whose versions are retained",
    );
  }
  return { resourceGroup: p.galleryResourceGroup, gallery: p.galleryName, definition: p.imageDefinition };
}

export async function observeCleanup(ctx: StageContext, ports: AzurePorts, scan: () => ScanOptions): Promise<Observed> {
  const signal = ctx.signal;
  const definition = definitionOf(ctx);
  const found = await ports.gallery.findDefinition(definition, { signal });
  if (!found) {
    throw new EngineError(
      'input',
      `input 'image-definition': '${definition.definition}' was not found in gallery '${definition.gallery}' (resource group '${definition.resourceGroup}'); expected an existing image definition`,
    );
  }
  const [versions, record] = await Promise.all([listFacts(ports, definition, signal), targetRecord(ctx, ports)]);
  const index = new VersionIndex(found.id, versions);
  const usage = await scanUsage(ports, index, scan());
  const inUse = new Map<string, string>();
  const mark = (version: string | undefined, why: string) => {
    if (version && !inUse.has(version)) inUse.set(version, why);
  };
  mark(ctx.outputs.imageVersion, 'this run published or deployed it');
  mark(ctx.outputs.previousImageVersion, 'previous on the target in this run (kept for rollback)');
  if (record) {
    mark(record.record.current, `live on ${record.where}`);
    mark(record.record.previous, `previous on ${record.where} (kept for rollback)`);
    mark(record.record.target, `being deployed to ${record.where}`);
  }
  for (const v of versions) if (v.protected) mark(v.name, `protected by tag ${PROTECT_TAG}`);
  for (const [v, why] of usage.inUse.map) mark(v, why);
  mark(index.latest, "'latest' of the definition (what a new machine created from the definition gets)");
  const scaleSets = usage.scaleSets;
  const groups = [
    ...new Set([definition.resourceGroup, ctx.settings.resourceGroup].filter((g): g is string => !!g).map((g) => g)),
  ];
  const templateGroup = ctx.settings.resourceGroup ?? definition.resourceGroup;
  const [imageLists, templates, idle] = await Promise.all([
    Promise.all(groups.map((g) => ports.managedImages.listByTag(g, TAGS.bakeKey, { signal }))),
    ports.imageBuilder.listByTag(templateGroup, TAGS.bakeKey, { signal }),
    idleColour(ctx, ports),
  ]);
  const managedImages = [...new Map(imageLists.flat().map((i) => [lower(i.id), i])).values()];
  return {
    definition,
    versions,
    inUse,
    scaleSets,
    managedImages,
    templates,
    index,
    watch: usage.watch,
    ...(idle ? { idle } : {}),
  };
}

/** The release record on the deploy target, when one is configured: read where the strategy keeps it. */
async function targetRecord(
  ctx: StageContext,
  ports: AzurePorts,
): Promise<{ record: ReleaseRecord; where: string } | undefined> {
  const holder = lockTarget(ctx.settings);
  if (!holder || !ports.leases) return undefined;
  const state = await ports.leases.read(holder, { signal: ctx.signal });
  const where = describeTarget(holder);
  if (!state)
    ctx.warn(
      `clean-up: ${where} was not found in resource group '${holder.resourceGroup}': no release record to protect`,
    );
  return state ? { record: recordFromTags(state.tags), where: where.replace(/'/g, '') } : undefined;
}

/** A retired part of the target the strategy keeps running for a while (blue-green's idle colour). */
async function idleColour(ctx: StageContext, ports: AzurePorts): Promise<IdleColourInput | undefined> {
  return descriptorOf(ctx.settings.deploy.strategy).retiredCapacity?.(ctx, ports);
}
