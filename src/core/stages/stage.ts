/**
 * A stage is a typed step: it reads its settings slice and the outputs of earlier stages, does its
 * work through the injected ports, and returns a `StepResult`. Failures are thrown as EngineErrors
 * (or returned as status 'failed' when the stage still has outputs to report, as verify does).
 */
import type { AnalysisResult } from '../analysis/types.js';
import type { AzurePorts, AzurePortsLoader } from '../azure/ports.js';
import type { PackerPort } from '../bake/packer-port.js';
import type { HeldLock } from '../lock/release.js';
import type { Clock, CommandRunner, Deadline, Host, HttpClient, NewId, RunInfo, Sleep } from '../ports.js';
import type { JournalEntry } from '../rollout/types.js';
import type { RunOutputs } from '../run/outputs.js';
import type { SummaryItem } from '../run/result.js';
import type { Settings, StageName } from '../settings/types.js';

/** Everything the engine needs from outside, injected by the adapter (or a test). */
export interface EngineDeps {
  readonly host: Host;
  readonly clock: Clock;
  readonly sleep: Sleep;
  /** Bounds an Azure call in flight by its step's deadline (absent: the ports' own timeouts only). */
  readonly deadline?: Deadline;
  readonly http: HttpClient;
  /** Runs verify-command (absent when the adapter offers no process spawning). */
  readonly commands?: CommandRunner;
  /** Provenance of this run (commit, run URL, run number…), from the adapter. */
  readonly run?: RunInfo;
  /** The Azure ports, built on first use (absent when the adapter has no Azure connection). */
  readonly azure?: AzurePortsLoader;
  /** Runs Packer for the bake stage (absent when the adapter provides no Packer). */
  readonly packer?: PackerPort;
  /** Writes the JSON deployment record (`record-file`); absent where the host has no files. */
  readonly writeFile?: (path: string, content: string) => Promise<void>;
  /**
   * Told whenever the run takes or releases the deploy lock (undefined once released), so an
   * adapter can hand what is held to a later step (the GitHub post step releases it).
   */
  readonly onLockChange?: (held: HeldLock | undefined) => void;
  /** Fresh random ids (the deploy lock's owner); adapters pass src/runtime/ids.ts. */
  readonly newId?: NewId;
  /** Replaces built-in stages, for tests and for stages provided by other packages. */
  readonly stages?: Partial<Record<StageName, Stage>>;
}

export interface StageContext {
  readonly settings: Settings;
  /** Outputs of the stages that ran before this one in the same run. */
  readonly outputs: Readonly<RunOutputs>;
  readonly deps: EngineDeps;
  readonly signal: AbortSignal;
  /** The Azure ports; fails clearly when the run has no Azure connection. */
  azure(): Promise<AzurePorts>;
  /** A warning that also lands in the run result and the summary. */
  warn(message: string): void;
  /**
   * Takes the deploy lock on the target (src/core/lock/lock.ts), waiting up to 'lock-timeout' for
   * another run's; deploy and rollback call it after their reads, before their first write. A no-op
   * in plan mode, without a target, or when already held. Released by the runner at the end.
   */
  takeDeployLock?(): Promise<void>;
  /**
   * Analysis gates judged inside a stage's rollout (between Manual rolling batches): they join the
   * run's `analysis-results` output and record ahead of verify's, whatever the stage's outcome.
   */
  analysed?(results: readonly AnalysisResult[]): void;
}

export interface StepResult {
  readonly status: 'succeeded' | 'skipped' | 'failed';
  readonly outputs?: Partial<RunOutputs>;
  readonly items?: readonly SummaryItem[];
  readonly message?: string;
  /** What the rollout executor did, step by step (deploy, rollback): kept in the deployment record. */
  readonly journal?: readonly JournalEntry[];
}

export interface Stage {
  readonly name: StageName;
  run(ctx: StageContext): Promise<StepResult>;
}
