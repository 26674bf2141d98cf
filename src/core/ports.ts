import type { RunResult } from './run/result.js';

/**
 * The ports through which the engine meets the world. The core imports no CI library and no
 * `@azure/*` package; adapters build these and hand them to `runEngine`.
 */

/** Milliseconds since the epoch; injected so tests run on a manual clock. */
export interface Clock {
  now(): number;
}

/**
 * A signal that aborts `ms` from now on the engine's clock: what bounds a call in flight by its
 * step's deadline (real time in the adapters; scaled or manual time in tests).
 */
export type Deadline = (ms: number) => AbortSignal;

/** Waits `ms`, rejecting with the signal's reason when it aborts first. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * A fresh random id on every call (letters and digits only, e.g. 12 hex characters): what makes
 * the deploy lock's owner unique per process. Injected so the core never draws randomness itself.
 */
export type NewId = () => string;

/** Where the engine's words go: each adapter renders them its own way. */
export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Runs `fn` inside a collapsible log group (GitHub `::group::`, Azure DevOps `##[group]`). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** The CI host: outputs, secrets, summary and cancellation, as the adapter provides them. */
export interface Host extends Logger {
  /** Registers a value that must never appear in logs, outputs or summaries. */
  setSecret(value: string): void;
  setOutput(name: string, value: string): void;
  /**
   * Receives the run's result (secrets already redacted) to render as the adapter does: GitHub job
   * summary, Azure DevOps markdown attachment, terminal text.
   */
  writeSummary(result: RunResult): Promise<void>;
  /** Aborts when the runner asks the step to stop (SIGINT/SIGTERM, cancelled job). */
  readonly signal: AbortSignal;
}

/** One HTTP answer, as a probe sees it. */
export interface HttpAnswer {
  status: number;
  body: string;
}

/** A single GET with a per-request timeout; rejects on network errors and timeouts. */
export interface HttpClient {
  get(
    url: string,
    options: { timeoutMs: number; signal?: AbortSignal; headers?: Record<string, string> },
  ): Promise<HttpAnswer>;
}

/**
 * Where and why this run happens, as the CI system tells it: provenance tags on published images,
 * version schemes (run number, git tag), the deploy lock's owner. Every field is optional: a
 * laptop run knows little.
 */
export interface RunInfo {
  /** 'github' | 'azure-devops' | 'cli' */
  readonly system: string;
  readonly commit?: string;
  readonly repository?: string;
  /** Link to this run's page, for lock holders and provenance. */
  readonly runUrl?: string;
  readonly runId?: string;
  /** The job inside the run (GitHub `GITHUB_JOB`, Azure Pipelines `System.JobName`); matrix jobs share it. */
  readonly job?: string;
  /** Which attempt of the run this is (GitHub `GITHUB_RUN_ATTEMPT`, Azure Pipelines `System.JobAttempt`). */
  readonly attempt?: number;
  readonly runNumber?: number;
  /** e.g. refs/heads/main, refs/tags/v1.4.2 */
  readonly ref?: string;
  readonly pipeline?: string;
  readonly actor?: string;
}

/** How a command ended. */
export interface CommandResult {
  /** The exit code, or null when the process did not exit normally (signal, timeout, failed to start). */
  readonly exitCode: number | null;
  readonly timedOut: boolean;
  /** Why it could not start (e.g. 'spawn ./smoke.sh ENOENT'), when it could not. */
  readonly startError?: string;
  /** The last lines of stdout and stderr together, for the failure message. */
  readonly outputTail: string;
  readonly durationMs: number;
  /** Everything the command wrote to stdout, when the call asked for it (`stdoutLimit`). */
  readonly stdout?: string;
  /** True when stdout went past `stdoutLimit` bytes and was cut there. */
  readonly stdoutTruncated?: boolean;
}

/** Runs a command from an argv array, never through a shell; stops it at `timeoutMs` or when `signal` aborts. */
export interface CommandRunner {
  run(
    argv: readonly string[],
    options: {
      readonly timeoutMs: number;
      readonly signal: AbortSignal;
      /** Keep stdout whole (up to this many bytes) in `stdout`, e.g. a compiler's output; stderr stays in the tail. */
      readonly stdoutLimit?: number;
    },
  ): Promise<CommandResult>;
}
