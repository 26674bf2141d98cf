/**
 * A rollout that stopped part-way (a batch failed its gate, Azure's rolling upgrade faulted, the
 * unhealthy budget ran out): carries what was done and the plan that undoes it, so the deploy stage
 * can roll back (auto-rollback) and say what failed, what was rolled back and what is live.
 */
import { EngineError, type ErrorKind } from '../errors.js';
import type { RunOutputs } from '../run/outputs.js';
import type { SummaryItem } from '../run/result.js';
import type { JournalEntry } from '../rollout/types.js';
import type { RollbackPlan } from './strategy.js';

export class RolloutError extends EngineError {
  constructor(
    message: string,
    readonly details: {
      readonly plan?: RollbackPlan;
      readonly items: readonly SummaryItem[];
      readonly outputs: Partial<RunOutputs>;
      /** The rollout failed before production traffic moved (blue-green switch, slot swap). */
      readonly liveUntouched?: boolean;
      /** What the rollout executor did before it stopped. */
      readonly journal?: readonly JournalEntry[];
    },
    kind: ErrorKind = 'terminal',
  ) {
    super(kind, message);
    this.name = 'RolloutError';
  }
}
