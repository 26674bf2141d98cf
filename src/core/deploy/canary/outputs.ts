/** A canary's outputs, whatever carries its traffic. */
import type { RunOutputs } from '../../run/outputs.js';
import { CanaryAborted, type CanaryProgress } from './walk.js';

/**
 * 'canary-weight' (`weight`: the share the strategy measures, the walk's by default), 'canary-step'
 * and the canary's 'result': 'promoted', 'paused', or 'aborted' after a failed check.
 */
export function canaryOutputs(progress: CanaryProgress, err?: unknown, weight = progress.weight): Partial<RunOutputs> {
  const ended = progress.pausedAt !== undefined ? 'paused' : 'promoted';
  const result = err === undefined ? ended : err instanceof CanaryAborted ? 'aborted' : undefined;
  return {
    canaryWeight: weight,
    ...(progress.step ? { canaryStep: progress.step } : {}),
    ...(result ? { canaryResult: result } : {}),
  };
}
