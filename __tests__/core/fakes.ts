/**
 * Hand-written fakes of the engine's ports (src/core/ports.ts) and small builders for tests of the
 * core: a recording Host, a manual Clock, a Sleep that advances that clock, a scripted HttpClient,
 * scripted stages and an input reader over a plain map.
 */
import type { Clock, Host, HttpAnswer, HttpClient, Sleep } from '../../src/core/ports.js';
import type { RunResult } from '../../src/core/run/result.js';
import type { ReadInput } from '../../src/core/settings/reader.js';
import type { StageName } from '../../src/core/settings/types.js';
import type { EngineDeps, Stage, StageContext, StepResult } from '../../src/core/stages/stage.js';

// ---------------------------------------------------------------------------------------------
// Host

export type LogLevel = 'info' | 'debug' | 'warning' | 'error';

/** One thing the host was told, in order: a log line or a group boundary. */
export type HostEvent =
  | { readonly type: 'log'; readonly level: LogLevel; readonly message: string }
  | { readonly type: 'group-start'; readonly name: string }
  | { readonly type: 'group-end'; readonly name: string };

/**
 * A Host that records everything: logs (with the group they were written in), outputs in the order
 * set, registered secrets, group names and the summaries handed to writeSummary. `abort()` fires
 * the host's signal, as a cancelled pipeline would.
 */
export class RecordingHost implements Host {
  readonly events: HostEvent[] = [];
  /** Every setOutput call, in order (a name set twice appears twice). */
  readonly outputCalls: Array<{ readonly name: string; readonly value: string }> = [];
  readonly secrets: string[] = [];
  readonly groups: string[] = [];
  readonly summaries: RunResult[] = [];
  private readonly controller = new AbortController();
  /** Called at the start of each group, before its body runs (e.g. to abort before a stage). */
  onGroup?: (name: string) => void;

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason: unknown = new DOMException('The operation was aborted.', 'AbortError')): void {
    this.controller.abort(reason);
  }

  info(message: string): void {
    this.events.push({ type: 'log', level: 'info', message });
  }
  debug(message: string): void {
    this.events.push({ type: 'log', level: 'debug', message });
  }
  warning(message: string): void {
    this.events.push({ type: 'log', level: 'warning', message });
  }
  error(message: string): void {
    this.events.push({ type: 'log', level: 'error', message });
  }

  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.groups.push(name);
    this.events.push({ type: 'group-start', name });
    this.onGroup?.(name);
    try {
      return await fn();
    } finally {
      this.events.push({ type: 'group-end', name });
    }
  }

  setSecret(value: string): void {
    this.secrets.push(value);
  }

  setOutput(name: string, value: string): void {
    this.outputCalls.push({ name, value });
  }

  async writeSummary(result: RunResult): Promise<void> {
    this.summaries.push(result);
  }

  /** The last value set for each output. */
  get outputs(): Record<string, string> {
    return Object.fromEntries(this.outputCalls.map((o) => [o.name, o.value]));
  }

  /** Log messages, optionally of one level. */
  logs(level?: LogLevel): string[] {
    return this.events.flatMap((e) => (e.type === 'log' && (!level || e.level === level) ? [e.message] : []));
  }

  /** Everything that left the engine through this host, as one string (for leak checks). */
  everything(): string {
    return [
      ...this.events.map((e) => (e.type === 'log' ? e.message : e.name)),
      ...this.outputCalls.map((o) => `${o.name}=${o.value}`),
      ...this.summaries.map((s) => JSON.stringify(s)),
    ].join('\n');
  }
}

// ---------------------------------------------------------------------------------------------
// Time

/** A clock that moves only when told to. */
export class ManualClock implements Clock {
  constructor(private time = 1_700_000_000_000) {}
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    if (ms < 0) throw new Error(`ManualClock cannot go back ${ms} ms`);
    this.time += ms;
  }
}

export interface ManualSleep extends Sleep {
  /** Durations slept, in order. */
  readonly sleeps: number[];
}

/**
 * A Sleep that advances `clock` by the requested time at once, then yields a macrotask so other
 * work can progress. Rejects with the signal's reason when it is (or becomes) aborted, like the
 * real one.
 */
export function manualSleep(clock: ManualClock): ManualSleep {
  const sleeps: number[] = [];
  const sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    signal?.throwIfAborted();
    sleeps.push(ms);
    clock.advance(ms);
    await new Promise<void>((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
  };
  return Object.assign(sleep, { sleeps });
}

// ---------------------------------------------------------------------------------------------
// HTTP

/** A scripted reply: an answer, an error to reject with, or a function of the request. */
export type ScriptedReply = HttpAnswer | Error | ((request: HttpRequest) => HttpAnswer | Error);

export interface HttpRequest {
  readonly url: string;
  readonly timeoutMs: number;
  readonly headers?: Record<string, string>;
}

/**
 * An HttpClient answering from per-URL scripts. Each request takes the next reply of its URL's
 * script; the last reply repeats. `latencyMs` advances the clock on each request. A URL without a
 * script rejects, so a test notices an unexpected request.
 */
export class ScriptedHttp implements HttpClient {
  readonly requests: HttpRequest[] = [];
  private readonly scripts = new Map<string, ScriptedReply[]>();

  constructor(private readonly options: { clock?: ManualClock; latencyMs?: number } = {}) {}

  /** Scripts the replies of `url`, replacing any earlier script. */
  on(url: string, ...replies: ScriptedReply[]): this {
    if (replies.length === 0) throw new Error('ScriptedHttp.on needs at least one reply');
    this.scripts.set(url, [...replies]);
    return this;
  }

  async get(
    url: string,
    options: { timeoutMs: number; signal?: AbortSignal; headers?: Record<string, string> },
  ): Promise<HttpAnswer> {
    options.signal?.throwIfAborted();
    const request: HttpRequest = { url, timeoutMs: options.timeoutMs, headers: options.headers };
    this.requests.push(request);
    const script = this.scripts.get(url);
    if (!script) throw new Error(`ScriptedHttp: no script for ${url}`);
    const next = script.length > 1 ? script.shift()! : script[0]!;
    if (this.options.latencyMs) this.options.clock?.advance(this.options.latencyMs);
    const reply = typeof next === 'function' ? next(request) : next;
    if (reply instanceof Error) throw reply;
    return reply;
  }

  /** URLs requested, in order. */
  urls(): string[] {
    return this.requests.map((r) => r.url);
  }
}

/** An error named like the one clients raise on a per-request timeout. */
export function timeoutError(): Error {
  const err = new Error('The operation timed out.');
  err.name = 'TimeoutError';
  return err;
}

// ---------------------------------------------------------------------------------------------
// Stages and deps

/** What a scripted stage saw when it ran. */
export interface StageCall {
  readonly name: StageName;
  /** A copy of the outputs of earlier stages as the stage saw them. */
  readonly outputs: Record<string, unknown>;
  readonly at: number;
}

/** What a scripted stage does when it runs. */
export type StageBehaviour = (ctx: StageContext) => StepResult | Promise<StepResult>;

/** A stage whose behaviour is a function of its context; records each call in `calls`. */
export function scriptedStage(
  name: StageName,
  calls: StageCall[],
  behaviour: StageBehaviour = () => ({ status: 'succeeded' }),
): Stage {
  return {
    name,
    async run(ctx) {
      calls.push({ name, outputs: { ...ctx.outputs }, at: ctx.deps.clock.now() });
      return behaviour(ctx);
    },
  };
}

export interface FakeWorld {
  readonly host: RecordingHost;
  readonly clock: ManualClock;
  readonly sleep: ManualSleep;
  readonly http: ScriptedHttp;
  /** Calls of scripted stages, in order. */
  readonly calls: StageCall[];
  deps(stages?: EngineDeps['stages']): EngineDeps;
}

/** A host, a manual clock with its sleep, and a scripted HTTP client that advances the clock. */
export function fakeWorld(options: { latencyMs?: number } = {}): FakeWorld {
  const host = new RecordingHost();
  const clock = new ManualClock();
  const sleep = manualSleep(clock);
  const http = new ScriptedHttp({ clock, latencyMs: options.latencyMs ?? 0 });
  const calls: StageCall[] = [];
  return {
    host,
    clock,
    sleep,
    http,
    calls,
    deps: (stages) => ({ host, clock, sleep, http, ...(stages ? { stages } : {}) }),
  };
}

// ---------------------------------------------------------------------------------------------
// Inputs

/**
 * A ReadInput over a plain map of kebab-case names. Records every name read in `read.names` (so a
 * test can check an input was or was not consulted).
 */
export function inputs(values: Record<string, string | undefined>): ReadInput & { readonly names: Set<string> } {
  const names = new Set<string>();
  const read = (name: string) => {
    names.add(name);
    return values[name];
  };
  return Object.assign(read, { names });
}

/** Typical ids used across the tests. */
export const IDS = {
  sub: '11111111-2222-3333-4444-555555555555',
  managedImage:
    '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-build/providers/Microsoft.Compute/images/web-img',
  imageVersion:
    '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-img/providers/Microsoft.Compute/galleries/gal/images/web/versions/1.4.2',
  identity:
    '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aib',
} as const;
