/**
 * A canary's steps, walked on the rollout executor, whatever carries the traffic: the strategy
 * gives one write per weight (`setWeight`), the checks of an `analysis` step, the completion at
 * 100% (its usual switch) and the abort (all traffic back on the stable release). Pauses are
 * executor holds on the injected clock (plan mode: listed, not waited). An open pause ('pause'
 * without a duration) ends the walk there: the target records the canary as paused (`pause`) and
 * a later run continues from the step after it (`from`, the 'promote' stage). The first failed
 * check aborts: traffic returns to 0% before the error is thrown, so production ends on the
 * stable release and the error says so.
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
  /**
   * An open pause at step `index` (0-based) with `weight`% on the new release: one write that
   * records the canary as paused where 'promote' reads it back (canary/pause.ts). Absent: this
   * target cannot stop part-way, and a step list with an open pause is refused before any write.
   */
  pause?(index: number, weight: number): Promise<void>;
}

/** How a walk ended: every step done (the release completed), or stopped at an open pause. */
export type CanaryEnd = 'completed' | 'paused';

export interface CanaryWalkOptions {
  /**
   * Resume after an open pause: the index of the first step to walk. `progress.weight` holds the
   * share the pause left (the steps before `from` are not walked again).
   */
  readonly from?: number;
}

/** How far the walk got: published as the 'canary-weight' and 'canary-step' outputs. */
export interface CanaryProgress {
  weight: number;
  step: string;
  /** The share a weight write in flight sets (cancelled mid-write, it may have landed). */
  writing?: number;
  /** The walk stopped at this open pause (0-based step index): the run ends 'paused'. */
  pausedAt?: number;
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

export const describeStep = (s: CanaryStep): string => {
  if (s.kind === 'weight') return `${s.percent}%`;
  if (s.kind === 'pause') return `pause ${formatDuration(s.ms)}`;
  return s.kind === 'stop' ? 'pause' : 'analysis';
};

/** 'n/total: step', as the 'canary-step' output and the summary name a step. */
export const stepName = (steps: readonly CanaryStep[], i: number) =>
  `${i + 1}/${steps.length}: ${describeStep(steps[i]!)}`;

/**
 * Walks the steps (from `options.from`, after an open pause); `progress` is updated as it goes
 * (the caller publishes it even on failure). Returns 'paused' when it stopped at an open pause.
 */
export async function walkCanary(
  ex: RolloutExecutor,
  steps: readonly CanaryStep[],
  target: CanaryTarget,
  progress: CanaryProgress,
  options: CanaryWalkOptions = {},
): Promise<CanaryEnd> {
  const from = options.from ?? 0;
  const open = steps.findIndex((s, i) => i >= from && s.kind === 'stop');
  if (open >= 0 && !target.pause)
    throw new EngineError(
      'input',
      `input 'canary-steps': step ${stepName(steps, open)}: ${target.where} cannot stop part-way yet; expected 'pause <duration>', e.g. 'pause 5m'`,
    );
  for (let i = from; i < steps.length; i++) {
    const step = steps[i]!;
    progress.step = stepName(steps, i);
    if (step.kind === 'stop') {
      await target.pause!(i, progress.weight);
      progress.pausedAt = i;
      ex.note({ kind: 'fact', label: `canary ${progress.step}`, value: pausedHere(steps, i, progress, target) });
      return 'paused';
    }
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
  return 'completed';
}

/** An open pause in words: what stays live, and the steps a 'promote' would walk. */
function pausedHere(steps: readonly CanaryStep[], i: number, progress: CanaryProgress, target: CanaryTarget): string {
  const rest = steps
    .slice(i + 1)
    .map(describeStep)
    .join(', ');
  return `stops here until promote: ${progress.weight}% on ${target.where}; 'promote' then walks ${rest}`;
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
