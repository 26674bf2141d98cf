/**
 * One target of a fleet as an ordinary run: what a matrix job of a fleet fanned out on CI jobs runs
 * (`fleet-file` + `fleet-target`). The target's inputs come from the fleet file — the shared
 * inputs with the target's own on top, parsed by the same code as `fleet run` — and the run is
 * deploy + verify, as `fleet run` releases a target. It refuses while the fleet's halt marker is
 * on the image version, so a wave started after a halted one deploys nothing.
 *
 * Inputs given to the step besides these: sign-in (the CI knows its identity), `image-id` (the
 * version the pipeline just published), `dry-run` and `record-file` are taken, on top of the
 * file's; any other input given with a value other than its default is refused (it would
 * silently disagree with the fleet file: `scale-set` next to `fleet-target` names two targets).
 */
import type { GalleryPort } from '../azure/image-ports.js';
import type { Clock, Sleep } from '../ports.js';
import type { RunResult } from '../run/result.js';
import { SettingsError, type InputNamer } from '../settings/errors.js';
import { parseSettings, type ParseOptions } from '../settings/parse.js';
import type { ReadInput } from '../settings/reader.js';
import { findInput, INPUTS } from '../settings/table.js';
import type { Settings } from '../settings/types.js';
import { didYouMean, type Problem } from '../settings/values.js';
import { haltTag, readHalt, versionRef, waitForReplication, withRetries } from './gallery.js';
import { takesImage } from './target-record.js';
import { parseFleet } from './parse.js';
import { TARGET_STAGES, type Fleet, type FleetMembership } from './types.js';

/** Inputs a one-target run takes from the step, on top of the fleet file's. */
export const STEP_INPUTS: readonly string[] = [
  'azure-subscription',
  'auth',
  'client-id',
  'tenant-id',
  'client-secret',
  'access-token',
  'cloud',
  'arm-endpoint',
  'ca-file',
  'image-id',
  'dry-run',
  'record-file',
];
const FLEET_INPUTS = ['fleet-file', 'fleet-target'];
/**
 * Taken from the step only where the file's target has none: Azure DevOps fills it from the
 * service connection, while a fleet may span subscriptions.
 */
const FILE_FIRST = ['subscription-id'];

const given = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';
/** Runners pass an input's default when it is not given: only another value is the user's choice. */
const chosen = (name: string, v: string | undefined): v is string => given(v) && v.trim() !== findInput(name)?.default;

/** Whether the step's inputs ask for one target of a fleet. */
export const wantsFleetTarget = (read: ReadInput): boolean => FLEET_INPUTS.some((n) => given(read(n)));

export interface OneTargetOptions extends ParseOptions {
  readonly namer: InputNamer;
  /** Reads and parses the fleet file (YAML); throws FleetFileError naming the path, never the content. */
  readonly loadFleet: (path: string) => unknown;
}

/** The settings of the one target `fleet-target` names, from the fleet `fleet-file` names. */
export function oneTargetSettings(read: ReadInput, options: OneTargetOptions): Settings {
  const file = read('fleet-file')?.trim();
  const name = read('fleet-target')?.trim();
  const problems = conflicts(read);
  if (!file) problems.push({ input: 'fleet-file', message: "is required with 'fleet-target': the fleet file's path" });
  if (!name) problems.push({ input: 'fleet-target', message: "is required with 'fleet-file': the target to release" });
  if (problems.length > 0) throw new SettingsError(problems, options.namer);
  const fleet = parseFleet(options.loadFleet(file!), options);
  const waves = fleet.waves.map((wave) => ({ wave, target: wave.targets.find((t) => t.name === name) }));
  const found = waves.find((w) => w.target);
  if (!found?.target) {
    const names = fleet.waves.flatMap((w) => w.targets.map((t) => t.name));
    throw new SettingsError(
      [
        {
          input: 'fleet-target',
          message: `'${name}' is not a target of fleet '${fleet.name}'${didYouMean(name!, names)}`,
        },
      ],
      options.namer,
    );
  }
  const target = found.target;
  const fromStep = (n: string) =>
    (STEP_INPUTS.includes(n) || (FILE_FIRST.includes(n) && !target.inputs.has(n))) && chosen(n, read(n))
      ? read(n)
      : undefined;
  const settings = parseSettings(
    (n) => (n === 'stages' ? TARGET_STAGES.join(',') : (fromStep(n) ?? target.inputs.get(n))),
    {
      ...options,
      namer: (n) =>
        fromStep(n) !== undefined ? options.namer(n) : `${options.namer('fleet-file')} ${target.path}.${n}`,
    },
  );
  // The halt marker's home: the version the step releases, or the fleet's (its first image target's).
  const imageId = fromStep('image-id') ?? fleetImageId(fleet);
  if (!imageId || !versionRef(imageId))
    throw new SettingsError(
      [
        {
          input: 'image-id',
          message: 'is required for a fleet target: a gallery image version (its halt marker is read there)',
        },
      ],
      options.namer,
    );
  const fleetOf: FleetMembership = {
    fleet: fleet.name,
    target: target.name,
    wave: found.wave.index + 1,
    path: target.path,
    imageId,
    ...(takesImage(target)
      ? { awaitReplication: { region: target.region, timeoutMs: fleet.replicationTimeoutMs } }
      : {}),
  };
  return { ...settings, fleet: fleetOf };
}

/** The fleet's image version, as `fleet run` reads it: the 'image-id' of its first image target. */
function fleetImageId(fleet: Fleet): string | undefined {
  const targets = fleet.waves.flatMap((w) => w.targets);
  return targets.find((t) => takesImage(t) && versionRef(t.settings.publish.imageId))?.settings.publish.imageId;
}

/** Inputs given to the step that the fleet file decides: each one a problem. */
function conflicts(read: ReadInput): Problem[] {
  const problems: Problem[] = [];
  for (const def of INPUTS) {
    if ([...STEP_INPUTS, ...FLEET_INPUTS, ...FILE_FIRST].includes(def.name)) continue;
    const value = read(def.name);
    if (!chosen(def.name, value)) continue;
    if (def.name === 'stages' && value.replace(/\s/g, '') === TARGET_STAGES.join(',')) continue;
    problems.push({
      input: def.name,
      message: `is decided by the fleet file for 'fleet-target'; remove it (a fleet target takes only sign-in inputs, image-id, dry-run and record-file besides the file)`,
    });
  }
  return problems;
}

export interface TargetRunDeps {
  readonly gallery: () => Promise<GalleryPort>;
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly signal: AbortSignal;
  readonly log: (line: string) => void;
}

/**
 * A fleet target's run refused before anything is deployed, or undefined when it may go ahead:
 * its fleet is halted for this version (the marker read with retries on transient failures), or
 * the version is not replicated to the target's region within the fleet's 'replication-timeout'
 * (the run waits for it first, as `fleet run` holds a wave).
 */
export async function refusedTargetRun(settings: Settings, deps: TargetRunDeps): Promise<RunResult | undefined> {
  const membership = settings.fleet;
  const ref = versionRef(membership?.imageId);
  if (!membership || !ref) return undefined;
  const startedAt = deps.clock.now();
  const gallery = await deps.gallery();
  const callTimeoutMs = 120_000;
  const marker = await withRetries(
    () => readHalt(gallery, ref, membership.fleet, { timeoutMs: callTimeoutMs, signal: deps.signal }),
    deps,
  );
  const refused = (message: string): RunResult => ({
    status: 'failed',
    outputs: {},
    stages: [],
    warnings: [],
    error: { kind: 'input', message },
    startedAt,
    durationMs: deps.clock.now() - startedAt,
    dryRun: settings.dryRun,
  });
  if (marker !== undefined)
    return refused(
      `fleet '${membership.fleet}' was halted for ${ref.version}: ${marker}; target ${membership.target} was not deployed (remove the tag '${haltTag(membership.fleet)}' from the image version to continue)`,
    );
  const wait = membership.awaitReplication;
  // A plan reads what is there now: it does not wait for replication.
  if (!wait || settings.dryRun) return undefined;
  const replicated = await waitForReplication({ ...deps, gallery, callTimeoutMs }, ref, [wait.region], wait.timeoutMs);
  return replicated.ok ? undefined : refused(`${replicated.reason}; target ${membership.target} was not deployed`);
}
