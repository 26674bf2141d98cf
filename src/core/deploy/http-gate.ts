/**
 * The HTTP gates the blue-green and slot-swap strategies pass before and after switching traffic:
 * "the preview / slot answers its warm-up path", "production answers after the switch". Built on
 * the verify stage's probe loop (injected clock, sleep and HTTP; honours the run's signal) with the
 * probe-* thresholds (`verify.gate`), and bounded by the deploy's own deadline (deploy-timeout).
 */
import { CancelledError } from '../errors.js';
import type { StageContext } from '../stages/stage.js';
import { runProbe } from '../verify/http-probe.js';
import type { ProbeResult } from '../verify/probe-types.js';

/** A deadline on the injected clock: what is left of the rollout's budget. */
export interface Deadline {
  readonly at: number;
  left(): number;
}

/** Joins a base URL (scheme://host[:port][/prefix]) and a path. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * Waits until `url` passes the probe-* gate (expected status, body match, successes in a row).
 * `warmup`: a warm-up waits for the app to come up, so only the deadline stops it (no failure
 * limit, no probe-timeout); otherwise the gate's own timeout and failure limit apply too.
 * Returns the probe result (passed or not); throws only on cancellation.
 */
export async function httpGate(
  ctx: StageContext,
  name: string,
  url: string,
  deadline: Deadline,
  options: { warmup?: boolean } = {},
): Promise<ProbeResult> {
  if (ctx.signal.aborted) throw new CancelledError();
  const gate = ctx.settings.verify.gate;
  const timeoutMs = Math.max(1, options.warmup ? deadline.left() : Math.min(gate.timeoutMs, deadline.left()));
  try {
    return await runProbe(
      { ...gate, ...(options.warmup ? { failureLimit: undefined } : {}), name, url, timeoutMs },
      { http: ctx.deps.http, clock: ctx.deps.clock, sleep: ctx.deps.sleep, log: ctx.deps.host, signal: ctx.signal },
    );
  } catch (err) {
    if (ctx.signal.aborted) throw new CancelledError(`the run was cancelled while waiting for ${name}`);
    throw err;
  }
}
