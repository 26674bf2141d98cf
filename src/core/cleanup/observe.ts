/**
 * Clean-up's reads (all of them before any write): the definition's versions, what uses them (the
 * target's release record, this run's outputs, every scale set of the subscription from one paged
 * list), the bake leftovers found by tag, and the idle blue-green colour.
 */
import type { GalleryImageRef, GalleryVersionInfo, ImageTemplateInfo, ManagedImageInfo } from '../azure/image-ports.js';
import type { AzurePorts } from '../azure/ports.js';
import type { ScaleSetImageUse } from '../azure/scale-set-port.js';
import { observePair, SCALE_DOWN_AFTER_TAG } from '../deploy/blue-green/colours.js';
import { recordFromTags } from '../deploy/record.js';
import type { ReleaseRecord } from '../deploy/strategy.js';
import { EngineError } from '../errors.js';
import { TAGS } from '../publish/provenance.js';
import { compareVersions } from '../publish/version.js';
import type { StageContext } from '../stages/stage.js';
import type { IdleColourInput } from './leftovers.js';

export interface Observed {
  readonly definition: GalleryImageRef;
  readonly versions: readonly GalleryVersionInfo[];
  readonly inUse: ReadonlyMap<string, string>;
  readonly scaleSets: readonly ScaleSetImageUse[];
  readonly managedImages: readonly ManagedImageInfo[];
  readonly templates: readonly ImageTemplateInfo[];
  readonly idle?: IdleColourInput;
}

const lower = (s: string | undefined) => (s ?? '').toLowerCase();

export function definitionOf(ctx: StageContext): GalleryImageRef {
  const p = ctx.settings.publish;
  if (!p.galleryName || !p.imageDefinition || !p.galleryResourceGroup) {
    throw new EngineError('input', "input 'gallery-name': 'gallery-name', 'image-definition' and 'gallery-resource-group' (or 'resource-group') are required for clean-up; expected the image definition whose versions are retained");
  }
  return { resourceGroup: p.galleryResourceGroup, gallery: p.galleryName, definition: p.imageDefinition };
}

export async function observeCleanup(ctx: StageContext, ports: AzurePorts): Promise<Observed> {
  const signal = ctx.signal;
  const definition = definitionOf(ctx);
  const found = await ports.gallery.findDefinition(definition, { signal });
  if (!found) {
    throw new EngineError('input', `input 'image-definition': '${definition.definition}' was not found in gallery '${definition.gallery}' (resource group '${definition.resourceGroup}'); expected an existing image definition`);
  }
  const [versions, scaleSets, record] = await Promise.all([
    ports.gallery.listVersions(definition, { signal }),
    ports.scaleSets.listAllInSubscription({ signal }),
    targetRecord(ctx, ports),
  ]);
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
  const byId = new Map(versions.map((v) => [lower(v.id), v]));
  const definitionId = lower(found.id);
  const latest = versions.filter((v) => v.excludeFromLatest !== true && lower(v.provisioningState) === 'succeeded').sort((a, b) => compareVersions(b.name, a.name))[0];
  for (const ss of scaleSets) {
    const v = byId.get(lower(ss.imageId));
    if (v) mark(v.name, `used by scale set ${ss.name}`);
    else if (latest && lower(ss.imageId) === definitionId) mark(latest.name, `'latest' of the definition, used by scale set ${ss.name}`);
  }

  const groups = [...new Set([definition.resourceGroup, ctx.settings.resourceGroup].filter((g): g is string => !!g).map((g) => g))];
  const templateGroup = ctx.settings.resourceGroup ?? definition.resourceGroup;
  const [imageLists, templates, idle] = await Promise.all([
    Promise.all(groups.map((g) => ports.managedImages.listByTag(g, TAGS.bakeKey, { signal }))),
    ports.imageBuilder.listByTag(templateGroup, TAGS.bakeKey, { signal }),
    idleColour(ctx, ports),
  ]);
  const managedImages = [...new Map(imageLists.flat().map((i) => [lower(i.id), i])).values()];
  return { definition, versions, inUse, scaleSets, managedImages, templates, ...(idle ? { idle } : {}) };
}

/** The release record on the deploy target, when one is configured (rolling: scale set; blue-green: load balancer). */
async function targetRecord(ctx: StageContext, ports: AzurePorts): Promise<{ record: ReleaseRecord; where: string } | undefined> {
  const d = ctx.settings.deploy;
  const resourceGroup = d.resourceGroup ?? ctx.settings.resourceGroup;
  if (!resourceGroup) return undefined;
  if (d.strategy === 'blue-green' && d.loadBalancer) {
    const lb = await ports.loadBalancers.getLoadBalancer(resourceGroup, d.loadBalancer, { signal: ctx.signal });
    if (!lb) ctx.warn(`clean-up: load balancer '${d.loadBalancer}' (input 'load-balancer') was not found in resource group '${resourceGroup}': no release record to protect`);
    return lb ? { record: recordFromTags(lb.tags), where: `load balancer ${lb.name}` } : undefined;
  }
  if (d.strategy === 'rolling' && d.scaleSet) {
    const ss = await ports.scaleSets.get({ resourceGroup, name: d.scaleSet }, { signal: ctx.signal });
    if (!ss) ctx.warn(`clean-up: scale set '${d.scaleSet}' (input 'scale-set') was not found in resource group '${resourceGroup}': no release record to protect; only scale sets that exist count as users`);
    return ss ? { record: recordFromTags(ss.tags), where: `scale set ${ss.name}` } : undefined;
  }
  return undefined;
}

async function idleColour(ctx: StageContext, ports: AzurePorts): Promise<IdleColourInput | undefined> {
  const d = ctx.settings.deploy;
  if (d.strategy !== 'blue-green' || !d.scaleSet || !d.loadBalancer) return undefined;
  const pair = await observePair(ctx, ports, { signal: ctx.signal });
  const info = pair.idle.info;
  if (!info) return undefined;
  const scaleDownAfter = Object.entries(info.tags).find(([k]) => lower(k) === SCALE_DOWN_AFTER_TAG)?.[1];
  return { colour: pair.idle.colour, ref: pair.idle.ref, info, ...(scaleDownAfter ? { scaleDownAfter } : {}) };
}
