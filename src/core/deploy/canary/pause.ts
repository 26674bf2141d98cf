/**
 * A canary stopped at an open pause, as the release record on the target holds it (state
 * 'paused', the canary's version as `target`, the step index and the share: record.ts), and the
 * checks a later 'promote' makes before it continues: something is paused, it is the version
 * asked for, and today's 'canary-steps' still has that pause at that index after the same share.
 */
import { EngineError } from '../../errors.js';
import type { ReleaseRecord } from '../../model.js';
import type { CanaryStep } from '../../settings/types.js';
import { describeStep, stepName } from './walk.js';

export interface PausedCanary {
  /** The canary's release (the record's target). */
  readonly version: string;
  /** The open pause it stopped at (0-based index into 'canary-steps'). */
  readonly index: number;
  /** The share (%) of production traffic on the canary while paused. */
  readonly weight: number;
}

/** What to run next while a canary is paused (the summary and the errors say it). */
export const WHAT_NEXT =
  "run the 'promote' stage (immutable-deploy promote) to continue, or 'abort' (immutable-deploy abort) to return all traffic to the stable release";

/** The paused canary the record holds, or undefined when none is paused (or the record is unreadable). */
export function pausedCanary(record: ReleaseRecord): PausedCanary | undefined {
  if (record.state !== 'paused' || !record.target) return undefined;
  const step = Number(record.canaryStep);
  const weight = Number(record.canaryWeight ?? '0');
  if (!Number.isInteger(step) || step < 1 || !Number.isInteger(weight) || weight < 0 || weight > 100) return undefined;
  return { version: record.target, index: step - 1, weight };
}

/** The share the weight steps before `index` set (0 before the first). */
export function weightBefore(steps: readonly CanaryStep[], index: number): number {
  let weight = 0;
  for (const step of steps.slice(0, index)) if (step.kind === 'weight') weight = step.percent;
  return weight;
}

/** "canary of 2.0.0 paused at step 2/4: pause with 10% of production traffic on slot staging of web app shop" */
export function describePaused(p: PausedCanary, steps: readonly CanaryStep[] | undefined, where: string): string {
  const at = steps && p.index < steps.length ? stepName(steps, p.index) : `${p.index + 1}`;
  return `canary of ${p.version} paused at step ${at} with ${p.weight}% of production traffic on ${where}`;
}

/**
 * Where 'promote' continues: the paused canary, checked against the version asked for (when the
 * inputs name one) and today's steps. Every refusal is an 'input' error made before any write.
 */
export function resumePoint(
  record: ReleaseRecord,
  steps: readonly CanaryStep[] | undefined,
  requested: string | undefined,
  where: string,
): PausedCanary {
  const paused = pausedCanary(record);
  if (!paused) {
    const live = record.current ? `; ${record.current} is live` : '';
    const says = `its release record says state '${record.state ?? 'none'}'${live}`;
    throw new EngineError(
      'input',
      `nothing to promote: no canary is paused on ${where} (${says}); expected a deploy with 'canary-steps' that stopped at 'pause'`,
    );
  }
  const now = describePaused(paused, steps, where);
  if (requested !== undefined && requested !== paused.version)
    throw new EngineError(
      'input',
      `the ${now}, not ${requested}: promote it with the inputs of the deploy that paused it, or run 'abort' and then deploy ${requested}`,
    );
  if (!steps)
    throw new EngineError(
      'input',
      `input 'canary-steps' is required to promote the ${now}; expected the steps of the deploy that paused it`,
    );
  const step = steps[paused.index];
  const fits = step?.kind === 'stop' && weightBefore(steps, paused.index) === paused.weight;
  if (!fits) {
    const n = paused.index + 1;
    const there = step
      ? `step ${n} is '${describeStep(step)}' after ${weightBefore(steps, paused.index)}%`
      : `there is no step ${n}`;
    const expected = `the steps of the deploy that paused it (step ${n} 'pause' after ${paused.weight}%), or run 'abort'`;
    throw new EngineError(
      'input',
      `input 'canary-steps': the ${now}, but in these steps ${there}; expected ${expected}`,
    );
  }
  return paused;
}
