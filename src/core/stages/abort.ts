/**
 * abort: returns all production traffic of a paused canary (or one a failed run left part-way) to
 * the stable release, weight 0, and records 'aborted' with the canary's version as failed; the
 * 'result' output is 'aborted'. Nothing paused and no share left: nothing written. Plan first,
 * then the deploy lock, then the writes, as 'promote' (promote.ts) and deploy do.
 */
import { runCanaryAction } from './promote.js';
import type { Stage } from './stage.js';

export const abortStage: Stage = {
  name: 'abort',
  run: (ctx) => runCanaryAction(ctx, 'abort'),
};
