/** A fleet: one release across many deploy targets, grouped into ordered waves. */
import type { Settings } from '../settings/types.js';
import type { StageName } from '../settings/types.js';

export interface FleetTarget {
  readonly name: string;
  /** Where the target runs: the wave waits until the image version is replicated there. */
  readonly region: string;
  /** `waves[i].targets[j]`: how messages name the target in the fleet file. */
  readonly path: string;
  /** The raw inputs of one deploy: the fleet's shared inputs with the target's own on top. */
  readonly inputs: ReadonlyMap<string, string>;
  /** The inputs parsed for a run (deploy + verify), by the same parser as the action's inputs. */
  readonly settings: Settings;
  /** The settings of the verify run that judges the wave's 'analysis' gates on this target after the bake. */
  readonly gate?: Settings;
}

export interface FleetWave {
  readonly name: string;
  readonly index: number;
  readonly maxParallel: number;
  readonly bakeTimeMs: number;
  /** Failed targets the wave tolerates; one more halts the fleet. */
  readonly failureBudget: number;
  /** Raw 'analysis' gates (the input's YAML list), judged on every target after the bake time. */
  readonly analysis?: string;
  /** What a failed wave does besides halting the fleet: nothing, or return its targets to their previous version. */
  readonly onFailure: OnFailure;
  readonly targets: readonly FleetTarget[];
}

/**
 * 'halt': the fleet stops, the wave's targets keep what their runs left; 'rollback-wave': it stops,
 * and the wave's targets on the version are rolled back.
 */
export const ON_FAILURE = ['halt', 'rollback-wave'] as const;
export type OnFailure = (typeof ON_FAILURE)[number];

export interface Fleet {
  readonly name: string;
  /** How long a wave may wait for the image version to reach its regions. */
  readonly replicationTimeoutMs: number;
  readonly waves: readonly FleetWave[];
}

/** A run that releases one target of a fleet (a matrix job of a fleet fanned out on CI jobs). */
export interface FleetMembership {
  readonly fleet: string;
  readonly target: string;
  /** 1-based. */
  readonly wave: number;
  /** `waves[i].targets[j]`. */
  readonly path: string;
  /** The gallery image version whose halt marker the run reads (and image targets deploy). */
  readonly imageId: string;
  /** Image targets: the run first waits for the version's replication to the target's region. */
  readonly awaitReplication?: { readonly region: string; readonly timeoutMs: number };
}

/** The stages one target's release runs. */
export const TARGET_STAGES: readonly StageName[] = ['deploy', 'verify'];

/**
 * 'skipped': nothing to do (a release: the target already runs the version; a rollback: it does
 * not run the version; a resume: its wave passed before the halt); 'rolled-back': returned to its
 * previous version (fleet rollback, or a failed wave with on-failure 'rollback-wave').
 */
export type TargetOutcome = 'succeeded' | 'failed' | 'cancelled' | 'not-run' | 'planned' | 'skipped' | 'rolled-back';

export interface TargetReport {
  readonly wave: number;
  readonly waveName: string;
  readonly target: string;
  readonly region: string;
  readonly result: TargetOutcome;
  /** The image version the target runs after its run (or would deploy, in a plan). */
  readonly version?: string;
  readonly message?: string;
  /** Plan mode: the writes a run would make, one line each. */
  readonly steps?: readonly string[];
}

export interface FleetResult {
  readonly fleet: string;
  /** 'rolled-back' / 'failed': a fleet rollback that returned every target on the version, or not. */
  /** 'baking': a wave gate (`fleet gate --no-wait`) found the wave's bake time not yet passed. */
  readonly status: 'succeeded' | 'halted' | 'refused' | 'planned' | 'rolled-back' | 'failed' | 'baking';
  readonly version?: string;
  readonly targets: readonly TargetReport[];
  /** A wave gate ('baking'): how long the wave must still bake before the next wave may start. */
  readonly waiting?: string;
  /** Why the fleet halted or was refused; what later runs see on Azure. */
  readonly halt?: string;
}
