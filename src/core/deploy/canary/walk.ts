/**
 * A canary's steps, walked on the rollout executor, whatever carries the traffic: the strategy
 * gives one write per weight (`setWeight`), the checks of an `analysis` step, the completion at
 * 100% (its usual switch) and the abort (all traffic back on the stable release). Pauses are
 * executor holds on the injected clock (plan mode: listed, not waited). The first failed check
 * aborts: traffic returns to 0% before the error is thrown, so production ends on the stable
 * release and the error says so.
 */
import { EngineError } from '../../errors.js';
import { formatDuration } from '../../duration.js';
import type { RolloutExecutor } from '../../rollout/executor.js';
import type { CanaryStep } from '../../settings/types.js';

export interface CanaryTarget {
  /** Where the new release's share goes, in words ("slot staging of web app shop"). */
  readonly where: string;
  /** One write: `percent` of production traffic on the new release (0: none). */
  setWeight(percent: number): Promise<void>;
  /** The checks of an 'analysis' step after `step`: why the canary must stop, or undefined. */
  analyse(label: string): Promise<string | undefined>;
  /** 100%: the release completes through the strategy's own switch (and the routing is removed). */
  complete(): Promise<void>;
}

/** How far the walk got: published as the 'canary-weight' and 'canary-step' outputs. */
export interface CanaryProgress {
  weight: number;
  step: string;
  /** The share a weight write in flight sets (cancelled mid-write, it may have landed). */
  writing?: number;
}

/** Thrown when a check failed: traffic was already returned to 0%. */
export class CanaryAborted extends EngineError {
  constructor(
    message: string,
    readonly progress: CanaryProgress,
  ) {
    super('verify', message);
    this.name = 'CanaryAborted';
  }
}

export const describeStep = (s: CanaryStep): string =>
  s.kind === 'weight' ? `${s.percent}%` : s.kind === 'pause' ? `pause ${formatDuration(s.ms)}` : 'analysis';

const stepName = (steps: readonly CanaryStep[], i: number) => `${i + 1}/${steps.length}: ${describeStep(steps[i]!)}`;

/** Walks the steps; `progress` is updated as it goes (the caller publishes it even on failure). */
export async function walkCanary(
  ex: RolloutExecutor,
  steps: readonly CanaryStep[],
  target: CanaryTarget,
  progress: CanaryProgress,
): Promise<void> {
  for (const [i, step] of steps.entries()) {
    progress.step = stepName(steps, i);
    if (step.kind === 'pause') {
      ex.note({ kind: 'fact', label: `canary ${progress.step}`, value: `${progress.weight}% on ${target.where}` });
      await ex.hold(`canary step ${progress.step}`, step.ms);
    } else if (step.kind === 'analysis') {
      const why = await target.analyse(`canary step ${progress.step} at ${progress.weight}%`);
      if (why !== undefined) await abort(target, progress, `canary step ${progress.step} failed: ${why}`);
    } else if (step.percent === 100) {
      await target.complete();
      progress.weight = 100;
    } else {
      progress.writing = step.percent;
      await target.setWeight(step.percent);
      progress.weight = step.percent;
      progress.writing = undefined;
    }
  }
}

/** What a run stopped part-way leaves on the new release, in words (undefined: nothing). */
export function shareLeft(progress: CanaryProgress, where: string): string | undefined {
  const most = Math.max(progress.weight, progress.writing ?? 0);
  if (most === 0 || progress.weight === 100) return undefined;
  const share =
    progress.writing !== undefined && progress.writing !== progress.weight
      ? `${progress.weight}% (or ${progress.writing}%, the write in flight)`
      : `${progress.weight}%`;
  return `${share} of production traffic still goes to ${where}; re-run the deploy to continue, or the 'rollback' stage to return it`;
}

/** Returns all traffic to the stable release, then throws what stopped the canary. */
async function abort(target: CanaryTarget, progress: CanaryProgress, why: string): Promise<never> {
  const at = progress.weight;
  try {
    await target.setWeight(0);
  } catch (err) {
    throw new EngineError(
      'terminal',
      `${why}; returning traffic to the stable release also failed (${(err as Error).message}): ${at}% of production traffic may still go to ${target.where}`,
    );
  }
  progress.weight = 0;
  throw new CanaryAborted(
    `${why}; aborted: all traffic is back on the stable release (was ${at}% on ${target.where})`,
    progress,
  );
}
