/**
 * HTTP health probes for the verify stage: poll a URL until it answers as expected enough times
 * in a row, within a time budget measured on the injected clock.
 *
 * Cancellation: when `deps.signal` aborts, runProbe/runProbes reject with `signal.reason` (the
 * same contract as the Sleep port) instead of resolving a result. A cancelled probe has neither
 * passed nor failed, and the engine handles cancellation in one place.
 */
import { formatBodyMatch } from './body-match.js';
import { attemptOnce, outcomeKey, prepareProbe, type Outcome, type PreparedProbe } from './probe-attempt.js';
import { validateProbeSpec } from './probe-spec.js';
import type { Clock, HttpClient, Logger, Sleep } from '../ports.js';
import type { ProbeResult, ProbeSpec } from './probe-types.js';
import { formatDuration } from '../duration.js';

/** What a probe needs from outside: HTTP, time, a log and the run's cancellation. */
export interface ProbeDeps {
  http: HttpClient;
  clock: Clock;
  sleep: Sleep;
  log: Logger;
  /** Cancellation: the probe rejects with `signal.reason` (see runProbe). */
  signal?: AbortSignal;
}

/** Counters of one probe run. */
interface Progress {
  started: number;
  attempts: number;
  consecutiveSuccesses: number;
  consecutiveFailures: number;
  last?: Outcome;
  /** Most recent failure, kept for the reason even after later successes. */
  lastFailure?: Outcome & { ok: false };
}

/**
 * Runs one probe to a verdict. Throws (synchronously rejected promise) when the spec is invalid,
 * and rejects with `deps.signal.reason` when cancelled; otherwise resolves, passed or not.
 *
 * Loop: attempt → classify → count. Passes at `successes` consecutive successes; fails at
 * `failureLimit` consecutive failures, or when the next attempt would start at or after the
 * deadline (start + timeoutMs). It never sleeps past the deadline, and each request's timeout is
 * clipped to the time left, so a run ends by the deadline plus the client's own slack.
 */
export async function runProbe(spec: ProbeSpec, deps: ProbeDeps): Promise<ProbeResult> {
  const problems = validateProbeSpec(spec);
  if (problems.length > 0) throw new Error(problems.join(' '));
  deps.signal?.throwIfAborted();

  const probe = prepareProbe(spec);
  const started = deps.clock.now();
  const deadline = started + spec.timeoutMs;
  const progress: Progress = { started, attempts: 0, consecutiveSuccesses: 0, consecutiveFailures: 0 };
  deps.log.info(`Probe "${spec.name}": checking ${spec.url} ${describeGoal(probe)}.`);

  for (;;) {
    const timeLeft = deadline - deps.clock.now();
    if (timeLeft <= 0) return finish(spec, progress, deps, 'budget');

    const outcome = await attemptOnce(probe, deps.http, Math.min(spec.requestTimeoutMs, timeLeft), deps.signal);
    const previousKey = progress.last ? outcomeKey(progress.last) : undefined;
    record(progress, outcome);
    logAttempt(deps.log, probe, progress, outcome);

    const verdict = verdictAfterAttempt(spec, progress, deps.clock.now() + spec.intervalMs >= deadline);
    if (verdict !== undefined) return finish(spec, progress, deps, verdict);
    if (outcomeKey(outcome) !== previousKey) logStateChange(deps.log, spec.name, outcome);

    await deps.sleep(spec.intervalMs, deps.signal);
  }
}

/**
 * Runs probes in parallel; results come back in the order of `specs`. If one probe throws (the
 * caller aborted, or a spec is invalid) the others are cancelled, awaited, and the error rethrown.
 */
export async function runProbes(specs: readonly ProbeSpec[], deps: ProbeDeps): Promise<ProbeResult[]> {
  const stopOthers = new AbortController();
  const signal = deps.signal ? AbortSignal.any([deps.signal, stopOthers.signal]) : stopOthers.signal;
  const runs = specs.map((spec) =>
    runProbe(spec, { ...deps, signal }).catch((err: unknown) => {
      stopOthers.abort(err);
      throw err;
    }),
  );
  const settled = await Promise.allSettled(runs);
  const rejected = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (rejected) throw deps.signal?.aborted ? deps.signal.reason : rejected.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<ProbeResult>).value);
}

/** One line for summaries: `PASS api (https://…/health): Passed: 3 consecutive successes …` */
export function formatProbeResult(result: ProbeResult): string {
  const label = result.name === result.url ? result.url : `${result.name} (${result.url})`;
  return `${result.passed ? 'PASS' : 'FAIL'} ${label}: ${result.reason}`;
}

/** How a run ended; the reason sentence is written once the duration is known. */
type Verdict = 'passed' | 'failure-limit' | 'budget' | 'unresolved';

function record(progress: Progress, outcome: Outcome): void {
  progress.attempts += 1;
  progress.last = outcome;
  if (outcome.ok) {
    progress.consecutiveSuccesses += 1;
    progress.consecutiveFailures = 0;
  } else {
    progress.consecutiveSuccesses = 0;
    progress.consecutiveFailures += 1;
    progress.lastFailure = outcome;
  }
}

function verdictAfterAttempt(spec: ProbeSpec, progress: Progress, noTimeForNext: boolean): Verdict | undefined {
  if (progress.consecutiveSuccesses >= spec.successes) return 'passed';
  // A host name that does not exist will not start resolving on the next attempt: fail at once.
  if (progress.last && !progress.last.ok && progress.last.kind === 'unresolved') return 'unresolved';
  if (spec.failureLimit !== undefined && progress.consecutiveFailures >= spec.failureLimit) return 'failure-limit';
  return noTimeForNext ? 'budget' : undefined;
}

function reasonFor(verdict: Verdict, spec: ProbeSpec, progress: Progress, durationMs: number): string {
  const attempts = plural(progress.attempts, 'attempt');
  const took = formatDuration(durationMs);
  const lastFailure = progress.lastFailure?.detail;
  switch (verdict) {
    case 'passed':
      return `Passed: ${plural(progress.consecutiveSuccesses, 'consecutive success', 'consecutive successes')} after ${attempts} in ${took}.`;
    case 'unresolved':
      return `Failed at once: ${lastFailure}; check the URL.`;
    case 'failure-limit':
      return `Failed: gave up after ${plural(progress.consecutiveFailures, 'consecutive failure')} (${attempts} in ${took}); last: ${lastFailure}.`;
    case 'budget': {
      const last = lastFailure ? `; last failure: ${lastFailure}` : '';
      return (
        `Failed: ${progress.consecutiveSuccesses} of ${spec.successes} consecutive successes within the ` +
        `${formatDuration(spec.timeoutMs)} timeout (${attempts})${last}.`
      );
    }
  }
}

function finish(spec: ProbeSpec, progress: Progress, deps: ProbeDeps, verdict: Verdict): ProbeResult {
  const durationMs = deps.clock.now() - progress.started;
  const reason = reasonFor(verdict, spec, progress, durationMs);
  const passed = verdict === 'passed';
  const message = `Probe "${spec.name}": ${reason}`;
  if (passed) deps.log.info(message);
  else deps.log.warning(message);
  const last = progress.last;
  return {
    name: spec.name,
    url: spec.url,
    passed,
    attempts: progress.attempts,
    consecutiveSuccesses: progress.consecutiveSuccesses,
    lastStatus: last && 'status' in last ? last.status : undefined,
    lastError: last && !last.ok ? last.detail : undefined,
    reason,
    durationMs,
  };
}

function describeGoal(probe: PreparedProbe): string {
  const { spec } = probe;
  const body = spec.bodyMatch ? ` and body matching ${formatBodyMatch(spec.bodyMatch)}` : '';
  const limit =
    spec.failureLimit !== undefined ? `, giving up after ${plural(spec.failureLimit, 'consecutive failure')}` : '';
  return (
    `until ${plural(spec.successes, 'consecutive success', 'consecutive successes')} ` +
    `(status ${probe.expectedStatus}${body}) within ${formatDuration(spec.timeoutMs)}${limit}`
  );
}

function logAttempt(log: Logger, probe: PreparedProbe, progress: Progress, outcome: Outcome): void {
  const { spec } = probe;
  const what = outcome.ok
    ? `status ${outcome.status} ok (${progress.consecutiveSuccesses}/${spec.successes})`
    : `${outcome.detail} (${plural(progress.consecutiveFailures, 'consecutive failure')})`;
  log.debug(`Probe "${spec.name}": attempt ${progress.attempts}: ${what}.`);
}

function logStateChange(log: Logger, name: string, outcome: Outcome): void {
  log.info(
    outcome.ok
      ? `Probe "${name}": now succeeding (status ${outcome.status}).`
      : `Probe "${name}": failing: ${outcome.detail}.`,
  );
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
