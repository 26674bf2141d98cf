/**
 * Worlds: what an emulator started with `--world` holds before the first request — a resource group,
 * a gallery with image versions, and deploy targets (a blue-green pair, a rolling scale set, an App
 * Service with a slot), each with what a release needs. The format is documented in README.md
 * ("Worlds") and schema/emulator-world.schema.json; this module validates by hand (no ajv in the
 * CLI bundle), with one error naming the file and the field, never echoing the file's content.
 */
import { readFileSync } from 'node:fs';
import { closest } from 'fastest-levenshtein';
import { parse } from 'yaml';
import { STRATEGY_NAMES, type StrategyName } from '../core/deploy/names.js';
import { shapeOf, type TargetShape } from './world-shape.js';
import { validateMonitoring, type WorldMonitoring } from './world-monitoring.js';

export interface WorldImage {
  name: string;
  osType: 'Linux' | 'Windows';
  /** Published versions, replicated to the world's location. */
  versions: string[];
}

interface TargetBase {
  name: string;
  /** The strategy the target is set up for; its shape says what it is made of. */
  strategy: StrategyName;
}

/** `{name}-blue` live on `version` behind load balancer `{name}-lb` (rules live and preview). */
export interface PairTarget extends TargetBase {
  shape: 'scale-set-pair';
  image: string;
  version: string;
  capacity: number;
  livePort: number;
  previewPort: number;
}

/** Scale set `{name}` on `version` behind load balancer `{name}-lb` (rule live). */
export interface ScaleSetTarget extends TargetBase {
  shape: 'scale-set';
  image: string;
  version: string;
  capacity: number;
  upgradeMode: 'Rolling' | 'Manual' | 'Automatic';
  livePort: number;
}

/** Web app `{name}` running `container` in production and in `slot`. */
export interface WebAppTarget extends TargetBase {
  shape: 'web-app';
  container: string;
  slot: string;
}

export type WorldTarget = PairTarget | ScaleSetTarget | WebAppTarget;

export interface World {
  name: string;
  location: string;
  resourceGroup: string;
  gallery: { name: string; images: WorldImage[] };
  targets: WorldTarget[];
  /** Components, workspaces, alert rules and load (world-monitoring.ts). */
  monitoring?: WorldMonitoring;
}

/** A world file's problem: names the file and the field, never the value found there. */
export class WorldError extends Error {}

/** Reads and validates a world file (YAML or JSON). */
export function loadWorldFile(file: string): World {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new WorldError(`world file ${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let value: unknown;
  try {
    value = parse(text, { prettyErrors: false });
  } catch (e) {
    // The YAML library's message quotes the offending source line: report only where and what kind.
    const err = e as { code?: string; pos?: [number, number] };
    const before = err.pos ? text.slice(0, err.pos[0]).split('\n') : undefined;
    const at = before ? ` at line ${before.length}, column ${before.at(-1)!.length + 1}` : '';
    throw new WorldError(`world file ${file}: not valid YAML${at} (${err.code ?? 'parse error'})`);
  }
  const fallbackName = file.replace(/^.*[\\/]/, '').replace(/\.(ya?ml|json)$/i, '');
  return validateWorld(value, file, fallbackName);
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const VERSION = /^\d+\.\d+\.\d+$/;
const TOP = ['name', 'location', 'resourceGroup', 'gallery', 'targets', 'monitoring'];
const TARGET_FIELDS: Record<TargetShape, string[]> = {
  'scale-set-pair': ['name', 'strategy', 'image', 'version', 'capacity', 'livePort', 'previewPort'],
  'scale-set': ['name', 'strategy', 'image', 'version', 'capacity', 'upgradeMode', 'livePort'],
  'web-app': ['name', 'strategy', 'container', 'slot'],
};

/** Checks a parsed world and fills in defaults; `source` names the file in errors. */
export function validateWorld(value: unknown, source: string, fallbackName = 'world'): World {
  const fail = (field: string, problem: string): never => {
    throw new WorldError(`world file ${source}: ${field}: ${problem}`);
  };
  const v = new Fields(fail);
  const top = v.object(value, '(top level)', TOP);
  const galleryObj = v.object(top['gallery'], 'gallery', ['name', 'images']);
  const images = v.list(galleryObj['images'], 'gallery.images', 1).map((raw, i) => {
    const at = `gallery.images[${i}]`;
    const o = v.object(raw, at, ['name', 'osType', 'versions']);
    const versions = v
      .list(o['versions'], `${at}.versions`, 1)
      .map((x, k) => v.match(x, `${at}.versions[${k}]`, VERSION, 'a version Major.Minor.Patch'));
    return {
      name: v.match(o['name'], `${at}.name`, NAME, 'a name of letters, digits, . _ -'),
      osType: v.oneOf(o['osType'] ?? 'Linux', `${at}.osType`, ['Linux', 'Windows'] as const),
      versions,
    };
  });
  const world: World = {
    name: v.match(top['name'] ?? fallbackName, 'name', /^.{1,80}$/, 'a short text'),
    location: v.match(
      top['location'] ?? 'westeurope',
      'location',
      /^[a-z0-9]{2,40}$/,
      'an Azure region name (e.g. westeurope)',
    ),
    resourceGroup: v.match(top['resourceGroup'], 'resourceGroup', /^[A-Za-z0-9._()-]{1,90}$/, 'a resource group name'),
    gallery: {
      name: v.match(
        galleryObj['name'],
        'gallery.name',
        /^[A-Za-z0-9._]{1,80}$/,
        'a gallery name (letters, digits, . _)',
      ),
      images,
    },
    targets: v.list(top['targets'], 'targets', 1).map((raw, i) => target(v, raw, `targets[${i}]`, images)),
  };
  const names = world.targets.map((t) => t.name.toLowerCase());
  names.forEach((n, i) => {
    if (names.indexOf(n) !== i) fail(`targets[${i}].name`, 'another target has the same name');
  });
  const monitoring = validateMonitoring(v, top['monitoring'], world.targets);
  return monitoring ? { ...world, monitoring } : world;
}

function target(v: Fields, raw: unknown, at: string, images: WorldImage[]): WorldTarget {
  const pre = v.object(raw, at, undefined);
  const strategy = v.oneOf(pre['strategy'], `${at}.strategy`, STRATEGY_NAMES);
  const shape = shapeOf(strategy);
  const o = v.object(raw, at, TARGET_FIELDS[shape]);
  const name = v.match(o['name'], `${at}.name`, /^[A-Za-z0-9][A-Za-z0-9-]{0,40}$/, 'a name of letters, digits and -');
  if (shape === 'web-app') {
    return {
      name,
      strategy,
      shape,
      container: v.match(
        o['container'],
        `${at}.container`,
        /^[^\s|]+:[^\s:/|]+$/,
        'a container image with a tag (repo/name:tag)',
      ),
      slot: v.match(o['slot'] ?? 'staging', `${at}.slot`, /^[A-Za-z0-9-]{1,40}$/, 'a slot name'),
    };
  }
  const imageName = v.match(o['image'], `${at}.image`, NAME, 'an image name from gallery.images');
  const image =
    images.find((x) => x.name.toLowerCase() === imageName.toLowerCase()) ??
    v.fail(`${at}.image`, 'is not one of gallery.images');
  const version = v.match(o['version'], `${at}.version`, VERSION, 'a version Major.Minor.Patch');
  if (!image.versions.includes(version))
    v.fail(`${at}.version`, `is not one of gallery.images '${image.name}' versions`);
  const common = {
    name,
    image: image.name,
    version,
    capacity: v.int(o['capacity'] ?? 2, `${at}.capacity`, 1, 100),
    livePort: v.int(o['livePort'] ?? 80, `${at}.livePort`, 1, 65535),
  };
  if (shape === 'scale-set') {
    return {
      ...common,
      strategy,
      shape,
      upgradeMode: v.oneOf(o['upgradeMode'] ?? 'Rolling', `${at}.upgradeMode`, [
        'Rolling',
        'Manual',
        'Automatic',
      ] as const),
    };
  }
  const previewPort = v.int(o['previewPort'] ?? 8081, `${at}.previewPort`, 1, 65535);
  if (previewPort === common.livePort) v.fail(`${at}.previewPort`, 'must differ from livePort');
  return { ...common, strategy, shape, previewPort };
}

/** Typed field readers that report the field's path, never its value. */
export class Fields {
  constructor(readonly fail: (field: string, problem: string) => never) {}

  object(value: unknown, at: string, allowed: string[] | undefined): Record<string, unknown> {
    if (value === undefined || value === null) this.fail(at, 'is required');
    if (typeof value !== 'object' || Array.isArray(value)) this.fail(at, 'must be a mapping');
    const o = value as Record<string, unknown>;
    for (const key of allowed ? Object.keys(o) : []) {
      if (allowed!.includes(key)) continue;
      const near = closest(key, allowed!);
      this.fail(
        `${at === '(top level)' ? '' : `${at}.`}${key}`,
        `unknown field${near ? `; did you mean '${near}'?` : ''}`,
      );
    }
    return o;
  }

  list(value: unknown, at: string, min: number): unknown[] {
    if (!Array.isArray(value)) this.fail(at, value === undefined ? 'is required' : 'must be a list');
    const list = value as unknown[];
    if (list.length < min) this.fail(at, `needs at least ${min} entr${min === 1 ? 'y' : 'ies'}`);
    return list;
  }

  match(value: unknown, at: string, pattern: RegExp, what: string): string {
    if (value === undefined || value === null) this.fail(at, 'is required');
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text !== 'string' || !pattern.test(text)) this.fail(at, `must be ${what}`);
    return text as string;
  }

  oneOf<T extends string>(value: unknown, at: string, choices: readonly T[]): T {
    if (value === undefined || value === null) this.fail(at, 'is required');
    if (!choices.includes(value as T)) this.fail(at, `must be one of ${choices.join(', ')}`);
    return value as T;
  }

  int(value: unknown, at: string, min: number, max: number): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(at, `must be a whole number from ${min} to ${max}`);
    }
    return value as number;
  }
}
