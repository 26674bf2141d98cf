/**
 * A rolling canary stopped at an open pause, as a deploy sees it: the run that paused says what
 * is live and what to run next; a later deploy of the same release while it is paused replaces
 * nothing (no write: the canary stays where it is), and a deploy of another release is refused
 * until the paused one is promoted or aborted.
 */
import type { InstanceInfo } from '../../azure/scale-set-port.js';
import { EngineError } from '../../errors.js';
import type { RunOutputs } from '../../run/outputs.js';
import { describePaused, WHAT_NEXT, type PausedCanary } from '../canary/pause.js';
import { stepName } from '../canary/walk.js';
import type { CanaryStep } from '../../settings/types.js';
import type { RollingTarget } from './context.js';
import { onImage, type ResolvedImage } from './target.js';

/** 'canary of 2.0.0 paused at step 2/4: pause with 10% …; 9 of 10 instance(s) serve 1.0.0; run promote …'. */
export function pausedMessage(
  t: RollingTarget,
  paused: PausedCanary,
  steps: readonly CanaryStep[] | undefined,
  onNew: { onNew: number; total: number },
  stable: string | undefined,
): string {
  const now = describePaused(paused, steps, `the new instances of ${t.resource}`);
  const rest = onNew.total - onNew.onNew;
  const serve = `${rest} instance(s) serve ${stable ?? 'the stable release'}`;
  return `${now} (${onNew.onNew} of ${onNew.total} instance(s)); ${serve}; ${WHAT_NEXT}`;
}

/** A deploy while paused: the same release stays paused (no write), another one is refused. */
export function stayPaused(
  t: RollingTarget,
  paused: PausedCanary,
  run: { target: ResolvedImage; instances: readonly InstanceInfo[]; stable?: string },
): { message: string; outputs: Partial<RunOutputs> } {
  const steps = t.ctx.settings.deploy.canary;
  const where = `the new instances of ${t.resource}`;
  if (paused.version !== run.target.version)
    throw new EngineError(
      'input',
      `the ${describePaused(paused, steps, where)}; ${WHAT_NEXT}, before deploying ${run.target.version}`,
    );
  const share = { onNew: run.instances.filter((i) => onImage(i, run.target.id)).length, total: run.instances.length };
  const message = `${pausedMessage(t, paused, steps, share, run.stable)} (this deploy changed nothing)`;
  t.ex.note({ kind: 'fact', label: 'canary', value: message });
  const step = steps && paused.index < steps.length ? stepName(steps, paused.index) : `${paused.index + 1}: pause`;
  const weight = share.total === 0 ? 0 : Math.round((100 * share.onNew) / share.total);
  return { message, outputs: { canaryWeight: weight, canaryStep: step, canaryResult: 'paused' } };
}
