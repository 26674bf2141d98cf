/** The release record's writes on the scale set (tags), through the executor: planned or made. */
import type { ScaleSetInfo } from '../../azure/scale-set-port.js';
import { catchUpWrite, intentWrite, liveWrite } from '../../plan/record.js';
import type { SummaryItem } from '../../run/result.js';
import { recordIntent, recordLive } from '../record.js';
import type { ReleaseRecord } from '../strategy.js';
import { iso, type RollingTarget } from './context.js';
import { recordIdOf, recordResource } from './record-home.js';

/** Before the first write to the scale set: the version in flight. */
export async function writeIntent(
  t: RollingTarget,
  info: ScaleSetInfo,
  version: string,
  state: 'deploying' | 'rolling-back' = 'deploying',
): Promise<void> {
  const runUrl = t.ctx.deps.run?.runUrl;
  const write = intentWrite(recordResource(t), version, state);
  await t.ex.write({ write }, (call) =>
    recordIntent(t.ports.tags, recordIdOf(t.ctx, info), { target: version, runUrl, state }, call),
  );
}

export interface Live {
  readonly current: string;
  readonly previous?: string;
  readonly state?: 'live' | 'rolled-back';
  /** After a rollback: the version rolled back. */
  readonly failed?: string;
}

/** After the last write: what is live (clears the version in flight). */
export async function writeLive(
  t: RollingTarget,
  info: ScaleSetInfo,
  record: ReleaseRecord,
  live: Live,
  item?: SummaryItem,
): Promise<void> {
  const extra = live.failed ? `failed-version ${live.failed}` : undefined;
  const write = liveWrite(recordResource(t), record, {
    current: live.current,
    previous: live.previous,
    state: live.state,
    extra,
  });
  const stamped = { ...live, deployedAt: iso(t.ctx), runUrl: t.ctx.deps.run?.runUrl };
  await t.ex.write({ write }, (call) => recordLive(t.ports.tags, recordIdOf(t.ctx, info), stamped, call), item);
}

/** A record that lags what the scale set already runs (an earlier run stopped before writing it). */
export async function writeCatchUp(
  t: RollingTarget,
  info: ScaleSetInfo,
  record: ReleaseRecord,
  current: string,
  previous?: string,
): Promise<void> {
  const write = catchUpWrite(recordResource(t), record, current, previous);
  const live = { current, previous, deployedAt: iso(t.ctx), runUrl: t.ctx.deps.run?.runUrl };
  await t.ex.write({ write }, (call) => recordLive(t.ports.tags, recordIdOf(t.ctx, info), live, call));
}
