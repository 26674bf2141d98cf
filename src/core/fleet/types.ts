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
  readonly targets: readonly FleetTarget[];
}

export interface Fleet {
  readonly name: string;
  /** How long a wave may wait for the image version to reach its regions. */
  readonly replicationTimeoutMs: number;
  readonly waves: readonly FleetWave[];
}

/** The stages one target's release runs. */
export const TARGET_STAGES: readonly StageName[] = ['deploy', 'verify'];

export type TargetOutcome = 'succeeded' | 'failed' | 'cancelled' | 'not-run' | 'planned';

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
  readonly status: 'succeeded' | 'halted' | 'refused' | 'planned';
  readonly version?: string;
  readonly targets: readonly TargetReport[];
  /** Why the fleet halted or was refused; what later runs see on Azure. */
  readonly halt?: string;
}
