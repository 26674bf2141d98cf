/**
 * The bake's plan steps, each a read or a decision made before the first write: the builder's
 * local checks, the base image input, the gallery, the resolved base image, the bake key, the
 * cache and the version. Every bad input fails here. The bake stage (stages/bake.ts) runs them in
 * order; the order of the reads is the order of the Azure calls.
 */
import type { GalleryImageRef, GalleryVersionInfo, ImagePorts } from '../azure/image-ports.js';
import { EngineError } from '../errors.js';
import { TAGS } from '../publish/provenance.js';
import { describeRef, galleryRef, observeTarget, type ObservedTarget } from '../publish/target.js';
import { chooseVersion, type ChosenVersion } from '../publish/version.js';
import type { SummaryItem } from '../run/result.js';
import type { BakeSettings } from '../settings/types.js';
import type { StageContext } from '../stages/stage.js';
import { computeBakeKey, type BakeKey } from './bake-key.js';
import { parseSource, resolveBaseImage, type ParsedSource } from './base-image.js';
import { findCached, missReason, short } from './cache.js';
import { imageBuilderKeyInput } from './image-builder.js';

/** The gallery and definition the bake reads (and Image Builder distributes to). */
export interface GalleryPlan {
  readonly ref: GalleryImageRef;
  readonly target: ObservedTarget;
  readonly versions: readonly GalleryVersionInfo[];
}

/** The base image input of the builder: its name, its text, and the text parsed (when set). */
export interface BaseInput {
  readonly input: string;
  readonly text?: string;
  readonly source?: ParsedSource;
}

/** What consulting the cache decided. */
export interface CacheVerdict {
  /** A version that already holds this image: reuse it instead of baking. */
  readonly hit?: GalleryVersionInfo;
  /** Why the bake runs, for the plan. */
  readonly note: string;
  /** The cache's summary line (none when it was not consulted). */
  readonly item?: SummaryItem;
}

/** Local checks: 'packer' needs a Packer runner, 'image-builder' a user-assigned identity. */
export function checkBuilder(ctx: StageContext, aib: boolean): void {
  if (!aib && !ctx.deps.packer) throw new EngineError('input', "builder 'packer': this step has no Packer runner");
  if (aib && !ctx.settings.bake.imageBuilder?.identity) {
    throw new EngineError(
      'input',
      "input 'image-builder-identity' is required with builder 'image-builder': Image Builder runs as a user-assigned identity",
    );
  }
}

/** The builder's base image input, parsed. */
export function baseInputOf(bake: BakeSettings, aib: boolean): BaseInput {
  const input = aib ? 'image-builder-source' : 'base-image-version';
  const text = aib ? bake.imageBuilder!.source : bake.baseImageVersion;
  return { input, text, source: text ? parseSource(text, input) : undefined };
}

/** Azure is read for Image Builder, a named gallery, or a base image that names 'latest'. */
export function needsAzure(aib: boolean, named: boolean, base: BaseInput): boolean {
  return aib || named || (base.source?.kind !== 'managed-image' && /:latest$|\/latest$/i.test(base.text ?? ''));
}

/** Reads the gallery, the definition and its versions. */
export async function observeGallery(ctx: StageContext, ports: ImagePorts, aib: boolean): Promise<GalleryPlan> {
  const opts = { signal: ctx.signal };
  const ref = galleryRef(
    ctx.settings,
    aib ? "builder 'image-builder' (it distributes to the gallery)" : "stage 'bake'",
  );
  const target = await observeTarget(ports.gallery, ref, ctx.settings.publish, opts);
  const versions = target.definition ? await ports.gallery.listVersions(ref, opts) : [];
  return { ref, target, versions };
}

/** The base image the bake builds from, resolved ('template-defined' when the input is not set). */
export async function resolveBase(
  ctx: StageContext,
  base: BaseInput,
  ports: ImagePorts | undefined,
  gallery: GalleryPlan | undefined,
): Promise<string> {
  if (!base.source) {
    ctx.warn(
      "input 'base-image-version' is not set: the bake key covers the template, var files and variables but not the base image, so a newer base image will not trigger a bake",
    );
    return 'template-defined';
  }
  const resolved = await resolveBaseImage(base.source, ports!, gallery?.target.gallery.location, base.input, {
    signal: ctx.signal,
  });
  if (resolved !== base.source.text) ctx.deps.host.info(`base image ${base.source.text} resolves to ${resolved}`);
  return resolved;
}

/** The bake key of these inputs (Packer describes its own); logged, and the summary lines for it. */
export async function bakeKeyFor(
  ctx: StageContext,
  aib: boolean,
  resolved: string,
): Promise<{ key: BakeKey; items: SummaryItem[] }> {
  const bake = ctx.settings.bake;
  const key = aib
    ? computeBakeKey(imageBuilderKeyInput(bake.imageBuilder!, resolved))
    : computeBakeKey(await ctx.deps.packer!.describeInputs({ ...bake.packer!, resolvedBaseImage: resolved }));
  const items: SummaryItem[] = [
    { kind: 'fact', label: 'base image', value: resolved },
    { kind: 'fact', label: 'bake key', value: key.key },
  ];
  ctx.deps.host.info(
    `bake key ${key.key} (template ${short(key.parts.template)}, var files ${short(key.parts.varFiles)}, variables ${short(key.parts.variables)}, base image ${short(key.parts.baseImage)})`,
  );
  return { key, items };
}

/** Looks for a version that already holds this bake key; logs the hit or why it missed. */
export function consultCache(
  ctx: StageContext,
  gallery: GalleryPlan | undefined,
  key: BakeKey,
  resolved: string,
): CacheVerdict {
  const log = ctx.deps.host;
  if (!gallery) {
    log.info("no 'gallery-name'/'image-definition': the bake cache is not consulted");
    return { note: "the bake cache is not consulted (no 'gallery-name'/'image-definition')" };
  }
  const cached = findCached(gallery.versions, key.key);
  if (cached && !ctx.settings.bake.force) {
    log.info(
      `cache hit: version ${cached.name} of ${describeRef(gallery.ref)} already holds an image with bake key ${short(key.key)}; not baking`,
    );
    return {
      hit: cached,
      note: '',
      item: { kind: 'check', label: 'bake cache', value: `hit: version ${cached.name} has this bake key`, ok: true },
    };
  }
  const why = cached
    ? `force-bake is set (version ${cached.name} has this key)`
    : missReason(gallery.versions, key.key, resolved);
  log.info(`cache miss: ${why}`);
  return {
    note: cached ? why : `cache miss: ${why}`,
    item: { kind: 'check', label: 'bake cache', value: `miss: ${why}`, ok: true },
  };
}

/** The version Image Builder distributes to (or a publish in this run uses); it must be free. */
export function chooseVersionFor(
  ctx: StageContext,
  gallery: GalleryPlan,
): { chosen: ChosenVersion; item: SummaryItem } {
  const { settings, deps } = ctx;
  const chosen = chooseVersion({
    scheme: settings.publish.version,
    existing: gallery.versions.map((v) => v.name),
    run: deps.run,
    nowMs: deps.clock.now(),
  });
  const taken = gallery.versions.find((v) => v.name === chosen.version);
  if (taken) {
    throw new EngineError(
      'input',
      `image-version ${chosen.version} already exists in ${describeRef(gallery.ref)} and was not baked from these inputs (its bake key: ${taken.tags[TAGS.bakeKey] ?? 'none'}); choose another version, or 'auto'`,
    );
  }
  deps.host.info(`version ${chosen.version}: ${chosen.reason}`);
  return { chosen, item: { kind: 'fact', label: 'version', value: `${chosen.version} (${chosen.reason})` } };
}
