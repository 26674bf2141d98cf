/**
 * Reads a fleet file's document (already parsed from YAML by the adapter) into a Fleet. Each
 * target's inputs are the shared `inputs` with the target's own on top, parsed by the same
 * settings parser as the action's inputs, so every target gets the same validation. Every problem
 * is reported at once, naming its path in the file (`waves[1].targets[2].scale-set`), before
 * anything runs; values are shown only where the settings parser shows them (never the file).
 */
import { EngineError } from '../errors.js';
import { descriptorOf } from '../deploy/registry.js';
import { lockTarget } from '../lock/lock.js';
import { parseSettings, type ParseOptions } from '../settings/parse.js';
import { SettingsError } from '../settings/errors.js';
import { findInput } from '../settings/table.js';
import { didYouMean, parseDuration, parseInteger, Problems } from '../settings/values.js';
import type { Settings } from '../settings/types.js';
import { ON_FAILURE, TARGET_STAGES, type Fleet, type FleetTarget, type FleetWave, type OnFailure } from './types.js';

/** Inputs the fleet decides for every target: a fleet file may not set them. */
const FLEET_OWNED = ['stages', 'dry-run', 'config', 'record-file', 'fleet-file', 'fleet-target'];
const FLEET_KEYS = ['name', 'replication-timeout', 'on-failure', 'inputs', 'waves'];
const WAVE_KEYS = ['name', 'max-parallel', 'bake-time', 'failure-budget', 'on-failure', 'analysis', 'targets'];
const TARGET_KEYS = ['name', 'region'];
const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/;
const NAME_EXPECTED = 'expected letters, digits, - and _ (at most 63), starting with a letter or digit';
const DEFAULT_REPLICATION_TIMEOUT_MS = 60 * 60_000;

/** A fleet file that cannot run: every problem, each naming its path in the file. */
export class FleetFileError extends EngineError {
  constructor(readonly problems: readonly { readonly path: string; readonly message: string }[]) {
    super('input', formatFleetProblems(problems));
    this.name = 'FleetFileError';
  }
}

function formatFleetProblems(problems: readonly { path: string; message: string }[]): string {
  const lines = problems.map((p) => `fleet file '${p.path}': ${p.message}`);
  if (lines.length === 1) return lines[0]!;
  return `${lines.length} problems in the fleet file:\n${lines.map((l) => `  - ${l}`).join('\n')}`;
}

type Doc = Record<string, unknown>;
const isMap = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);
const kindOf = (v: unknown) => (Array.isArray(v) ? 'a list' : v === null ? 'empty' : `a ${typeof v}`);

class Collector {
  readonly items: { path: string; message: string }[] = [];
  add(path: string, message: string): void {
    // A bad shared input is found once per target: report it once.
    if (!this.items.some((i) => i.path === path && i.message === message)) this.items.push({ path, message });
  }
  /** Keys of a map that are neither in `known` nor allowed by `also`: named when they look like names. */
  unknownKeys(path: string, map: Doc, known: readonly string[], also: (k: string) => boolean = () => false): void {
    for (const key of Object.keys(map)) {
      if (known.includes(key) || also(key) || FLEET_OWNED.includes(key)) continue; // fleet-owned: inputValues
      const shown = NAME.test(key) ? `'${key}'` : 'a key (not shown)';
      this.add(
        path,
        `has ${shown}, which is not a fleet setting or an input${NAME.test(key) ? didYouMean(key, known) : ''}`,
      );
    }
  }
}

/** What an input holds for a YAML value: the config file's rules (lists one per line, maps as JSON). */
function asInputText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value) && value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)))
    return value
      .filter((v) => v !== null)
      .map(String)
      .join('\n');
  return JSON.stringify(value);
}

const isInput = (key: string) => findInput(key) !== undefined && !FLEET_OWNED.includes(key);

function inputValues(c: Collector, path: string, map: Doc, extraKeys: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const [key, value] of Object.entries(map)) {
    if (extraKeys.includes(key)) continue;
    if (FLEET_OWNED.includes(key)) {
      c.add(`${path}${key}`, `is decided by the fleet (each target runs '${TARGET_STAGES.join(',')}'); remove it`);
      continue;
    }
    if (!isInput(key)) continue; // reported by unknownKeys
    const text = asInputText(value);
    if (text !== undefined) values.set(key, text);
  }
  return values;
}

export function parseFleet(doc: unknown, options: ParseOptions = {}): Fleet {
  const c = new Collector();
  if (!isMap(doc))
    throw new FleetFileError([
      { path: '(top)', message: `is ${kindOf(doc)}; expected a mapping with 'name', 'inputs' and 'waves'` },
    ]);
  c.unknownKeys('(top)', doc, FLEET_KEYS);
  const name = typeof doc['name'] === 'string' && NAME.test(doc['name']) ? doc['name'] : undefined;
  if (!name) c.add('name', `${doc['name'] === undefined ? 'is required' : 'is not a fleet name'}; ${NAME_EXPECTED}`);
  const timeout = scalar(doc['replication-timeout']);
  const p = new Problems();
  const replicationTimeoutMs =
    timeout === undefined ? DEFAULT_REPLICATION_TIMEOUT_MS : parseDuration(p, 'replication-timeout', timeout);
  const sharedDoc = doc['inputs'] ?? {};
  if (!isMap(sharedDoc)) c.add('inputs', `is ${kindOf(sharedDoc)}; expected a mapping of input names to values`);
  const shared = isMap(sharedDoc) ? sharedDoc : {};
  c.unknownKeys('inputs', shared, [], isInput);
  const sharedInputs = inputValues(c, 'inputs.', shared, []);
  const onFailure = parseOnFailure(c, 'on-failure', doc['on-failure'], 'halt');
  const rawWaves = doc['waves'];
  if (!Array.isArray(rawWaves) || rawWaves.length === 0)
    c.add('waves', 'is required: a list of waves, each with targets');
  const waves = (Array.isArray(rawWaves) ? rawWaves : []).map((w, i) =>
    parseWave(c, w, i, sharedInputs, options, onFailure),
  );
  for (const problem of p.items) c.add(problem.input, problem.message);
  refuseDuplicates(c, waves);
  refuseSecondImage(c, waves);
  if (c.items.length > 0) throw new FleetFileError(c.items);
  return { name: name!, replicationTimeoutMs: replicationTimeoutMs!, waves };
}

/** 'on-failure' (the fleet's, or a wave's over it): 'halt' or 'rollback-wave'. */
function parseOnFailure(c: Collector, path: string, raw: unknown, fallback: OnFailure): OnFailure {
  if (raw === undefined || raw === null) return fallback;
  const found = ON_FAILURE.find((v) => v === raw);
  if (found) return found;
  const shown = typeof raw === 'string' && NAME.test(raw) ? `'${raw}'` : kindOf(raw);
  c.add(path, `${shown} is not a failure action; expected ${ON_FAILURE.map((v) => `'${v}'`).join(' or ')}`);
  return fallback;
}

const scalar = (v: unknown): string | undefined =>
  v === undefined || v === null ? undefined : typeof v === 'object' ? JSON.stringify(v) : String(v);

function parseWave(
  c: Collector,
  raw: unknown,
  index: number,
  shared: ReadonlyMap<string, string>,
  options: ParseOptions,
  onFailure: OnFailure,
): FleetWave {
  const path = `waves[${index}]`;
  const w = isMap(raw) ? raw : {};
  if (!isMap(raw)) c.add(path, `is ${kindOf(raw)}; expected a mapping with 'targets'`);
  c.unknownKeys(path, w, WAVE_KEYS);
  const p = new Problems();
  const number = (key: string, fallback: number, min: number, max: number) => {
    const v = scalar(w[key]);
    return v === undefined ? fallback : (parseInteger(p, `${path}.${key}`, v, min, max) ?? fallback);
  };
  const bake = scalar(w['bake-time']);
  const wave = {
    name: typeof w['name'] === 'string' && w['name'].trim() ? w['name'].trim() : `wave ${index + 1}`,
    index,
    maxParallel: number('max-parallel', 1, 1, 100),
    failureBudget: number('failure-budget', 0, 0, 1000),
    bakeTimeMs: bake === undefined ? 0 : (parseDuration(p, `${path}.bake-time`, bake) ?? 0),
    onFailure: parseOnFailure(c, `${path}.on-failure`, w['on-failure'], onFailure),
    ...(w['analysis'] !== undefined ? { analysis: asInputText(w['analysis']) } : {}),
  };
  for (const problem of p.items) c.add(problem.input, problem.message);
  const rawTargets = w['targets'];
  if (!Array.isArray(rawTargets) || rawTargets.length === 0)
    c.add(`${path}.targets`, 'is required: a list of targets, each with a name, a region and its inputs');
  const analysis = wave.analysis === undefined ? undefined : { text: wave.analysis, path: `${path}.analysis` };
  const targets = (Array.isArray(rawTargets) ? rawTargets : []).flatMap((t, j) => {
    const target = parseTarget(c, t, `${path}.targets[${j}]`, shared, options, analysis);
    return target ? [target] : [];
  });
  const names = new Set<string>();
  for (const t of targets) {
    if (names.has(t.name))
      c.add(`${t.path}.name`, `'${t.name}' names another target of this wave; expected unique names`);
    names.add(t.name);
  }
  return { ...wave, targets };
}

function parseTarget(
  c: Collector,
  raw: unknown,
  path: string,
  shared: ReadonlyMap<string, string>,
  options: ParseOptions,
  analysis?: { readonly text: string; readonly path: string },
): FleetTarget | undefined {
  if (!isMap(raw)) {
    c.add(path, `is ${kindOf(raw)}; expected a mapping with 'name', 'region' and the target's inputs`);
    return undefined;
  }
  c.unknownKeys(path, raw, TARGET_KEYS, isInput);
  const name = typeof raw['name'] === 'string' && NAME.test(raw['name']) ? raw['name'] : undefined;
  if (!name)
    c.add(`${path}.name`, `${raw['name'] === undefined ? 'is required' : 'is not a target name'}; ${NAME_EXPECTED}`);
  const region =
    typeof raw['region'] === 'string' && /^[A-Za-z0-9 ]{2,40}$/.test(raw['region']) ? raw['region'] : undefined;
  if (!region)
    c.add(
      `${path}.region`,
      `${raw['region'] === undefined ? 'is required' : 'is not an Azure region name'}; expected e.g. 'westeurope'`,
    );
  const own = inputValues(c, `${path}.`, raw, TARGET_KEYS);
  const inputs = new Map([...shared, ...own]);
  const settings = settingsFor(c, inputs, own, path, { stages: TARGET_STAGES.join(',') }, options);
  // The wave's gates: a verify run on the target after the bake, with the wave's 'analysis'.
  const gate = analysis
    ? settingsFor(c, inputs, own, path, { stages: 'verify', analysis: analysis.text }, options, analysis.path)
    : undefined;
  if (!name || !region || !settings || (analysis && !gate)) return undefined;
  return { name, region: normalizeRegion(region), path, inputs, settings, ...(gate ? { gate } : {}) };
}

function settingsFor(
  c: Collector,
  inputs: ReadonlyMap<string, string>,
  own: ReadonlyMap<string, string>,
  path: string,
  fixed: Record<string, string>,
  options: ParseOptions,
  analysisPath?: string,
): Settings | undefined {
  try {
    return parseSettings((n) => fixed[n] ?? inputs.get(n), { ...options });
  } catch (err) {
    if (!(err instanceof SettingsError)) throw err;
    for (const problem of err.problems) {
      const base = problem.input.replace(/\[.*$/, '');
      const where =
        base === 'analysis' && analysisPath
          ? `${analysisPath}${problem.input.slice(base.length)}`
          : own.has(base)
            ? `${path}.${problem.input}`
            : shared(path, problem.input, inputs);
      c.add(where, problem.message);
    }
    return undefined;
  }
}

/** A problem with an input the target did not set: the shared input, or the target (a required one missing). */
const shared = (path: string, input: string, inputs: ReadonlyMap<string, string>) =>
  inputs.has(input.replace(/\[.*$/, '')) ? `inputs.${input}` : `${path}.${input}`;

export const normalizeRegion = (region: string): string => region.replace(/\s+/g, '').toLowerCase();

/**
 * A fleet releases one image version: its replication and the halt marker are that version's. An
 * image target naming another 'image-id' is refused (App Service targets deploy their own artifact).
 */
function refuseSecondImage(c: Collector, waves: readonly FleetWave[]): void {
  let first: FleetTarget | undefined;
  for (const target of waves.flatMap((w) => w.targets)) {
    if (descriptorOf(target.settings.deploy.strategy).artifact !== 'gallery-image') continue;
    const id = target.settings.publish.imageId;
    if (!first) first = target;
    else if ((id ?? '').toLowerCase() !== (first.settings.publish.imageId ?? '').toLowerCase())
      c.add(
        `${target.path}.image-id`,
        `names another image than ${first.path} does; expected one image version per fleet (a fleet per version)`,
      );
  }
}

/** Two targets deploying one resource would race each other's releases: refused wherever they are. */
function refuseDuplicates(c: Collector, waves: readonly FleetWave[]): void {
  const seen = new Map<string, string>();
  for (const target of waves.flatMap((w) => w.targets)) {
    const holder = lockTarget(target.settings);
    if (!holder) continue;
    const key = [target.settings.azure.subscriptionId ?? '', holder.kind, holder.resourceGroup, holder.name]
      .join('/')
      .toLowerCase();
    const first = seen.get(key);
    if (first)
      c.add(
        target.path,
        `deploys ${holder.kind} '${holder.resourceGroup}/${holder.name}', as ${first} does; expected each target once in a fleet`,
      );
    else seen.set(key, target.path);
  }
}
