/** The bake and publish slices of the settings. */
import { parse as parseYaml } from 'yaml';
import type { InputReader } from './reader.js';
import { text } from './reader.js';
import { regionsOf } from './regions.js';
import type { BakeSettings, PublishSettings, StorageAccountType, TargetRegion, VersionScheme } from './types.js';
import {
  didYouMean,
  isGalleryVersion,
  parseBool,
  parseDuration,
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
  const builder = r.get('builder', (p, i, v) => parseEnum(p, i, v, ['packer', 'image-builder', 'none'] as const)) ?? 'packer';
  const why = (kind: string) => `when stage 'bake' runs with builder '${kind}'`;
  // A misspelt builder falls back to 'packer': requiring packer's inputs would only add noise.
  const needed = bakeRuns && !r.invalid('builder');
  const packer =
    needed && builder === 'packer'
      ? {
          template: r.require('packer-template', why('packer'), text) ?? '',
          variables: r.get('packer-variables', parseVariables) ?? {},
          secretVariables: r.get('packer-secret-variables', (_p, _i, v) => parseList(v)) ?? [],
          varFiles: r.get('packer-var-files', (_p, _i, v) => parseLines(v)) ?? [],
          only: r.get('packer-only', (_p, _i, v) => parseList(v)) ?? [],
        }
      : undefined;
  if (packer) for (const name of packer.secretVariables) if (packer.variables[name]) r.secrets.add(packer.variables[name]!);
  const imageBuilder =
    needed && builder === 'image-builder'
      ? {
          source: r.require('image-builder-source', why('image-builder'), parseImageSource) ?? '',
          customizers: r.get('image-builder-customizers', parseCustomizers) ?? [],
          vmSize: r.raw('image-builder-vm-size') ?? 'Standard_D2s_v3',
          identity: r.get('image-builder-identity', (p, i, v) => parseResourceId(p, i, v, 'Microsoft.ManagedIdentity/userAssignedIdentities')),
          keepTemplate: r.get('keep-image-template', parseBool) ?? false,
        }
      : undefined;
  return {
    builder,
    packer,
    imageBuilder,
    baseImageVersion: r.get('base-image-version', text),
    timeoutMs: r.get('bake-timeout', parseDuration) ?? 7_200_000,
    force: r.get('force-bake', parseBool) ?? false,
  };
}

/** A YAML/JSON map, or key=value lines. */
function parseVariables(p: Problems, input: string, raw: string): Record<string, string> | undefined {
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
    p.add(input, 'is not a map of variables; expected YAML/JSON like {region: westeurope} or name=value lines (the value is not shown: it may hold secrets)');
    return undefined;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
}

/** 'publisher:offer:sku:version', or a managed image / gallery image version id. */
function parseImageSource(p: Problems, input: string, raw: string): string | undefined {
  const v = raw.trim();
  if (v.startsWith('/')) return parseResourceId(p, input, v);
  if (/^[^:\s]+:[^:\s]+:[^:\s]+:[^:\s]+$/.test(v)) return v;
  return p.bad(input, raw, "is not an image source; expected 'publisher:offer:sku:version', a managed image id or a gallery image version id");
}

const CUSTOMIZER_TYPES = ['Shell', 'PowerShell', 'File', 'WindowsRestart', 'WindowsUpdate'];

function parseCustomizers(p: Problems, input: string, raw: string): Record<string, unknown>[] | undefined {
  let value: unknown;
  try {
    value = parseYaml(raw);
  } catch (err) {
    return p.bad(input, raw.split('\n')[0] ?? raw, `is not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  if (!Array.isArray(value)) return p.bad(input, raw, "is not a YAML list; expected e.g. '- type: Shell\\n  inline: [\"apt-get update\"]'");
  for (const [i, c] of value.entries()) {
    const type = (c as { type?: unknown })?.type;
    if (typeof type !== 'string' || !CUSTOMIZER_TYPES.some((t) => t.toLowerCase() === type.toLowerCase())) {
      const what = type === undefined ? 'has no type' : `has type ${JSON.stringify(type)}`;
      p.add(input, `item ${i + 1} ${what}; expected one of ${CUSTOMIZER_TYPES.join(', ')}`);
    }
  }
  return value as Record<string, unknown>[];
}

export function parsePublish(r: InputReader, stages: { publish: boolean; bake: boolean; cleanup: boolean }, cloud: string): PublishSettings {
  const needsGallery = stages.publish || stages.cleanup;
  const why = `when stage '${stages.publish ? 'publish' : 'cleanup'}' runs`;
  // Validated whenever given: a deploy-only step looks an explicit version up with them too.
  const parseGalleryName = (p: Problems, i: string, v: string) => parseResourceName(p, i, v, /^[A-Za-z0-9][A-Za-z0-9._]{0,79}$/);
  const galleryName = needsGallery ? r.require('gallery-name', why, parseGalleryName) : r.get('gallery-name', parseGalleryName);
  const imageDefinition = needsGallery ? r.require('image-definition', why, parseResourceName) : r.get('image-definition', parseResourceName);
  const replicaCount = r.get('replica-count', (p, i, v) => parseInteger(p, i, v, 1, 100)) ?? 1;
  const storageAccountType = r.get('storage-account-type', (p, i, v) => parseEnum(p, i, v, STORAGE_TYPES)) ?? 'Standard_LRS';
  const createDefinition = r.get('create-image-definition', parseBool) ? parseDefinition(r) : undefined;
  return {
    galleryName,
    galleryResourceGroup: r.get('gallery-resource-group', parseResourceName),
    imageDefinition,
    version: r.get('image-version', parseVersionScheme) ?? { kind: 'auto' },
    imageId: r.get('image-id', (p, i, v) => parseResourceId(p, i, v, 'Microsoft.Compute/galleries/images/versions')),
    managedImageId: r.get('managed-image-id', (p, i, v) => parseResourceId(p, i, v, 'Microsoft.Compute/images')),
    targetRegions: r.get('target-regions', (p, i, v) => parseTargetRegions(p, i, v, regionsOf(cloud), replicaCount, storageAccountType)) ?? [],
    replicaCount,
    storageAccountType,
    excludeFromLatest: r.get('exclude-from-latest', parseBool) ?? false,
    endOfLifeDate: r.get('end-of-life-date', parseDate),
    replicationMode: r.get('replication-mode', (p, i, v) => parseEnum(p, i, v, ['Full', 'Shallow'] as const)) ?? 'Full',
    replicationTimeoutMs: r.get('replication-timeout', parseDuration) ?? 5_400_000,
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
  return p.bad(input, raw, "is not a gallery image version; expected 'auto', 'date', 'git-tag' or Major.Minor.Patch with each part a 32-bit integer (e.g. '1.4.2')");
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
  for (const item of parseList(raw)) {
    const [name = '', replicas, storage, ...extra] = item.split(':').map((s) => s.trim());
    if (extra.length > 0) {
      p.add(input, `'${item}' has too many parts; expected 'region[:replicas[:storage type]]', e.g. 'westeurope:2:Standard_ZRS'`);
      continue;
    }
    const region = name.toLowerCase().replace(/\s+/g, '');
    if (!known.includes(region)) {
      p.add(input, `'${name}' is not an Azure region${didYouMean(region, known) || "; expected a region name such as 'westeurope'"}`);
      continue;
    }
    if (regions.some((r) => r.name === region)) {
      p.add(input, `'${name}' is listed twice; expected each region once`);
      continue;
    }
    const count = replicas === undefined ? defaultReplicas : parseInteger(p, input, replicas, 1, 100);
    const type = storage === undefined ? defaultStorage : parseEnum(p, input, storage, STORAGE_TYPES);
    if (count !== undefined && type !== undefined) regions.push({ name: region, replicas: count, storageAccountType: type });
  }
  return regions;
}

function parseDate(p: Problems, input: string, raw: string): string | undefined {
  const v = raw.trim();
  // Date.parse rolls '2027-02-30' over to March; the day must exist in its month.
  const day = v.slice(0, 10);
  const realDay = !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
  const ok = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(v) && realDay && !Number.isNaN(new Date(v).getTime());
  return ok ? v : p.bad(input, raw, "is not an ISO 8601 date; expected e.g. '2027-06-30'");
}
