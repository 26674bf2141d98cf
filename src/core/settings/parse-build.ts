/** The bake and publish slices of the settings. */
import { parseCustomizers } from './customizers.js';
import { formatDuration } from '../duration.js';
import { boundedDuration, IMAGE_BUILDER_MAX_MS } from './durations.js';
import { parseEndOfLife, splitRegions } from './publish-values.js';
import type { InputReader } from './reader.js';
import { text } from './reader.js';
import { regionsOf } from './regions.js';
import type { ParseYaml } from './yaml.js';
import type { BakeSettings, PublishSettings, StorageAccountType, TargetRegion, VersionScheme } from './types.js';
import {
  didYouMean,
  isGalleryVersion,
  parseBool,
  parseEnum,
  parseInteger,
  parseLines,
  parseList,
  parseResourceId,
  parseResourceName,
  type Problems,
} from './values.js';

const STORAGE_TYPES: readonly StorageAccountType[] = ['Standard_LRS', 'Standard_ZRS', 'Premium_LRS'];

export function parseBake(r: InputReader, bakeRuns: boolean): BakeSettings {
  const builder =
    r.get('builder', (p, i, v) => parseEnum(p, i, v, ['packer', 'image-builder', 'none'] as const)) ?? 'packer';
  const why = (kind: string) => `when stage 'bake' runs with builder '${kind}'`;
  // A misspelt builder falls back to 'packer': requiring packer's inputs would only add noise.
  const needed = bakeRuns && !r.invalid('builder');
  const packer =
    needed && builder === 'packer'
      ? {
          template: r.require('packer-template', why('packer'), text) ?? '',
          variables: r.getYaml('packer-variables', parseVariables) ?? {},
          secretVariables: r.get('packer-secret-variables', (_p, _i, v) => parseList(v)) ?? [],
          varFiles: r.get('packer-var-files', (_p, _i, v) => parseLines(v)) ?? [],
          only: r.get('packer-only', (_p, _i, v) => parseList(v)) ?? [],
        }
      : undefined;
  if (packer)
    for (const name of packer.secretVariables) if (packer.variables[name]) r.secrets.add(packer.variables[name]!);
  const imageBuilder =
    needed && builder === 'image-builder'
      ? {
          source: r.require('image-builder-source', why('image-builder'), parseImageSource) ?? '',
          customizers: r.getYaml('image-builder-customizers', parseCustomizers) ?? [],
          vmSize: r.get('image-builder-vm-size', parseVmSize) ?? 'Standard_D2s_v3',
          identity: r.get('image-builder-identity', (p, i, v) =>
            parseResourceId(p, i, v, 'Microsoft.ManagedIdentity/userAssignedIdentities'),
          ),
          keepTemplate: r.get('keep-image-template', parseBool) ?? false,
        }
      : undefined;
  const timeoutMs = r.get('bake-timeout', boundedDuration('bake-timeout')) ?? 7_200_000;
  if (imageBuilder && timeoutMs > IMAGE_BUILDER_MAX_MS) {
    const limit = formatDuration(IMAGE_BUILDER_MAX_MS);
    r.problems.bad(
      'bake-timeout',
      r.raw('bake-timeout') ?? '',
      `is longer than Image Builder builds may run; expected at most ${limit} with builder 'image-builder'`,
    );
  }
  return {
    builder,
    packer,
    imageBuilder,
    baseImageVersion: r.get('base-image-version', text),
    timeoutMs,
    force: r.get('force-bake', parseBool) ?? false,
  };
}

/** Azure VM size names: 'Standard_D2s_v5', 'Standard_B2s', 'Standard_NC24ads_A100_v4', 'Standard_M8-2ms', 'Basic_A0'. */
const VM_SIZE = /^(Standard_[A-Z]{1,4}\d+(-\d+)?[A-Z]*(_[A-Z]{1,5}\d+[A-Z]*)?(_v\d+)?(_Promo)?|Basic_A\d)$/i;

export function parseVmSize(p: Problems, input: string, raw: string): string | undefined {
  const v = raw.trim();
  if (VM_SIZE.test(v)) return v;
  const hint = VM_SIZE.test(`Standard_${v}`) ? `; did you mean 'Standard_${v}'?` : '';
  return p.bad(
    input,
    raw,
    `is not an Azure VM size; expected a size name such as 'Standard_D2s_v5' or 'Standard_B2s'${hint}`,
  );
}

/** A YAML/JSON map, or key=value lines. */
function parseVariables(
  p: Problems,
  input: string,
  raw: string,
  parseYaml: ParseYaml,
): Record<string, string> | undefined {
  const trimmed = raw.trim();
  if (/^[A-Za-z_][\w-]*\s*=/.test(trimmed) && !trimmed.startsWith('{')) {
    const out: Record<string, string> = {};
    for (const line of parseLines(raw)) {
      const eq = line.indexOf('=');
      if (eq < 1) return p.bad(input, line, "is not a 'name=value' line");
      out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
    }
    return out;
  }
  let value: unknown;
  try {
    value = parseYaml(raw);
  } catch {
    value = undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    // Not echoed: the text may hold the values of secret variables.
    p.add(
      input,
      'is not a map of variables; expected YAML/JSON like {region: westeurope} or name=value lines (the value is not shown: it may hold secrets)',
    );
    return undefined;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
}

/** 'publisher:offer:sku:version', or a managed image / gallery image version id. */
function parseImageSource(p: Problems, input: string, raw: string): string | undefined {
  const v = raw.trim();
  if (v.startsWith('/')) return parseResourceId(p, input, v);
  if (/^[^:\s]+:[^:\s]+:[^:\s]+:[^:\s]+$/.test(v)) return v;
  return p.bad(
    input,
    raw,
    "is not an image source; expected 'publisher:offer:sku:version', a managed image id or a gallery image version id",
  );
}

export interface PublishContext {
  readonly stages: { readonly publish: boolean; readonly bake: boolean; readonly cleanup: boolean };
  readonly cloud: string;
  /** The time now, in ms since the epoch, when the adapter knows it: end-of-life dates must lie after it. */
  readonly now?: number;
}

export function parsePublish(r: InputReader, { stages, cloud, now }: PublishContext): PublishSettings {
  const needsGallery = stages.publish || stages.cleanup;
  const why = `when stage '${stages.publish ? 'publish' : 'cleanup'}' runs`;
  // Validated whenever given: a deploy-only step looks an explicit version up with them too.
  const parseGalleryName = (p: Problems, i: string, v: string) =>
    parseResourceName(p, i, v, /^[A-Za-z0-9][A-Za-z0-9._]{0,79}$/);
  const galleryName = needsGallery
    ? r.require('gallery-name', why, parseGalleryName)
    : r.get('gallery-name', parseGalleryName);
  const imageDefinition = needsGallery
    ? r.require('image-definition', why, parseResourceName)
    : r.get('image-definition', parseResourceName);
  const replicaCount = r.get('replica-count', (p, i, v) => parseInteger(p, i, v, 1, 100)) ?? 1;
  const storageAccountType =
    r.get('storage-account-type', (p, i, v) => parseEnum(p, i, v, STORAGE_TYPES)) ?? 'Standard_LRS';
  const createDefinition = r.get('create-image-definition', parseBool) ? parseDefinition(r) : undefined;
  return {
    galleryName,
    galleryResourceGroup: r.get('gallery-resource-group', parseResourceName),
    imageDefinition,
    version: r.get('image-version', parseVersionScheme) ?? { kind: 'auto' },
    imageId: r.get('image-id', (p, i, v) => parseResourceId(p, i, v, 'Microsoft.Compute/galleries/images/versions')),
    managedImageId: r.get('managed-image-id', (p, i, v) => parseResourceId(p, i, v, 'Microsoft.Compute/images')),
    targetRegions:
      r.get('target-regions', (p, i, v) =>
        parseTargetRegions(p, i, v, regionsOf(cloud), replicaCount, storageAccountType),
      ) ?? [],
    replicaCount,
    storageAccountType,
    excludeFromLatest: r.get('exclude-from-latest', parseBool) ?? false,
    endOfLifeDate: r.get('end-of-life-date', (p, i, v) => parseEndOfLife(p, i, v, now)),
    replicationMode: r.get('replication-mode', (p, i, v) => parseEnum(p, i, v, ['Full', 'Shallow'] as const)) ?? 'Full',
    replicationTimeoutMs: r.get('replication-timeout', boundedDuration('replication-timeout')) ?? 5_400_000,
    createDefinition,
    keepManagedImage: r.get('keep-managed-image', parseBool) ?? false,
  };
}

function parseDefinition(r: InputReader): PublishSettings['createDefinition'] {
  const why = "when 'create-image-definition' is true";
  return {
    osType: r.get('os-type', (p, i, v) => parseEnum(p, i, v, ['Linux', 'Windows'] as const)) ?? 'Linux',
    hyperVGeneration: r.get('hyper-v-generation', (p, i, v) => parseEnum(p, i, v, ['V1', 'V2'] as const)) ?? 'V2',
    publisher: r.require('image-publisher', why, text) ?? '',
    offer: r.require('image-offer', why, text) ?? '',
    sku: r.require('image-sku', why, text) ?? '',
  };
}

export function parseVersionScheme(p: Problems, input: string, raw: string): VersionScheme | undefined {
  const v = raw.trim();
  const keyword = v.toLowerCase();
  if (keyword === 'auto' || keyword === 'date' || keyword === 'git-tag') return { kind: keyword };
  if (isGalleryVersion(v)) return { kind: 'explicit', version: v };
  return p.bad(
    input,
    raw,
    "is not a gallery image version; expected 'auto', 'date', 'git-tag' or Major.Minor.Patch with each part a 32-bit integer (e.g. '1.4.2')",
  );
}

function parseTargetRegions(
  p: Problems,
  input: string,
  raw: string,
  known: readonly string[],
  defaultReplicas: number,
  defaultStorage: StorageAccountType,
): TargetRegion[] {
  const regions: TargetRegion[] = [];
  for (const item of splitRegions(p, input, raw)) {
    const [name = '', replicas, storage, ...extra] = item.split(':').map((s) => s.trim());
    if (extra.length > 0) {
      p.add(
        input,
        `'${item}' has too many parts; expected 'region[:replicas[:storage type]]', e.g. 'westeurope:2:Standard_ZRS'`,
      );
      continue;
    }
    const region = name.toLowerCase().replace(/\s+/g, '');
    if (!known.includes(region)) {
      p.add(
        input,
        `'${name}' is not an Azure region${didYouMean(region, known) || "; expected a region name such as 'westeurope'"}`,
      );
      continue;
    }
    if (regions.some((r) => r.name === region)) {
      p.add(input, `'${name}' is listed twice; expected each region once`);
      continue;
    }
    const count = replicas === undefined ? defaultReplicas : parseInteger(p, input, replicas, 1, 100);
    const type = storage === undefined ? defaultStorage : parseEnum(p, input, storage, STORAGE_TYPES);
    if (count !== undefined && type !== undefined)
      regions.push({ name: region, replicas: count, storageAccountType: type });
  }
  return regions;
}
