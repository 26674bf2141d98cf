/**
 * What every step of a rolling deploy or rollback works with: the rollout executor (real or
 * planning), the ports, the scale set. Deploy and rollback each open their own, so a rollback
 * gets a deadline of its own ('deploy-timeout' again) and the same retries as any write.
 */
import type { AzurePorts } from '../../azure/ports.js';
import type { ScaleSetPort, ScaleSetRef } from '../../azure/scale-set-port.js';
import { EngineError } from '../../errors.js';
import type { RolloutExecutor } from '../../rollout/executor.js';
import { executorFor } from '../../rollout/for-stage.js';
import type { StageContext } from '../../stages/stage.js';
import { scaleSetRef } from './target.js';

export interface RollingTarget {
  readonly ctx: StageContext;
  readonly ex: RolloutExecutor;
  readonly ports: AzurePorts;
  readonly port: ScaleSetPort;
  readonly ref: ScaleSetRef;
  /** The scale set in words, as the planned writes name it ('scale set web'). */
  readonly resource: string;
}

/** A rollout on the scale set of the inputs, on an executor of its own (`planning`: plan mode). */
export async function openRolling(ctx: StageContext, planning?: boolean): Promise<RollingTarget> {
  const ports = await ctx.azure();
  const port = ports.scaleSets;
  const ref = scaleSetRef(ctx.settings);
  const ex = executorFor(ctx, { retryBaseMs: port.pollIntervalMs, ...(planning ? { planning } : {}) });
  return { ctx, ex, ports, port, ref, resource: `scale set ${ref.name}` };
}

/** A rollout that cannot go on: the deploy turns it into a RolloutError (and rolls back). */
export function stop(message: string): never {
  throw new EngineError('terminal', message);
}

/** The run's clock as an ISO timestamp (the record's deployed-at). */
export { iso } from '../record.js';

/** Instance ids for a plan line: the first eight, then the count. */
export const idList = (list: readonly string[]) =>
  list.length <= 8 ? list.join(', ') : `${list.slice(0, 8).join(', ')}, … (${list.length})`;
