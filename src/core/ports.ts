import type { RunResult } from './run/result.js';

/**
 * The ports through which the engine meets the world. The core imports no CI library and no
 * `@azure/*` package; adapters build these and hand them to `runEngine`.
 */

/** Milliseconds since the epoch; injected so tests run on a manual clock. */
export interface Clock {
  now(): number;
}

/** Waits `ms`, rejecting with the signal's reason when it aborts first. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

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
  get(url: string, options: { timeoutMs: number; signal?: AbortSignal; headers?: Record<string, string> }): Promise<HttpAnswer>;
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
}

/** Runs a command from an argv array, never through a shell; stops it at `timeoutMs` or when `signal` aborts. */
export interface CommandRunner {
  run(argv: readonly string[], options: { readonly timeoutMs: number; readonly signal: AbortSignal }): Promise<CommandResult>;
}
