/**
 * Rolling mode: Azure runs the upgrade with the scale set's rollingUpgradePolicy once the model
 * changes, at its own pace; the engine follows `rollingUpgrades/latest` (one wait, never past the
 * deadline) and reports progress per batch. A run is told apart from an earlier one by its start
 * time. A cancelled run asks Azure to stop before its next batch (best effort).
 */
import type { RollingUpgradeInfo } from '../../azure/scale-set-port.js';
import { CancelledError } from '../../errors.js';
import type { Look, StepCall } from '../../rollout/types.js';
import { stop, type RollingTarget } from './context.js';

/** Looks before concluding that Azure started no upgrade after the model change. */
const LOOKS_FOR_START = 4;

export interface Followed {
  readonly ok: boolean;
  /** How it ended, in words ('faulted: …', "still not completed when 'deploy-timeout' ran out: …"). */
  readonly detail: string;
}

/** Follows Azure's upgrade started by the model write (`before`: the latest run before it). */
export async function followRollingUpgrade(
  t: RollingTarget,
  before: RollingUpgradeInfo | undefined,
  version: string,
  count: number,
): Promise<Followed> {
  const progress = { looksForStart: 0, lastDone: -1, batch: 0 };
  const look = async (call: StepCall): Promise<Look> => {
    const latest = await t.port.latestRollingUpgrade(t.ref, call);
    const isNew = latest !== undefined && (!before || latest.startTime !== before.startTime);
    if (!isNew) {
      if (++progress.looksForStart >= LOOKS_FOR_START)
        return { state: 'failed', detail: 'not started by Azure after the model change' };
      return { state: 'pending', detail: 'waiting for Azure to start it' };
    }
    const line = report(t, latest, version, progress);
    if (latest.code === 'RollingForward') return { state: 'pending', detail: line };
    if (latest.code === 'Completed') return { state: 'done', detail: `completed: ${line}` };
    const why =
      latest.code === 'Faulted'
        ? `faulted: ${latest.error ?? 'no error given'}`
        : `ended ${latest.code}${latest.lastAction === 'Cancel' ? ' (cancelled outside this run)' : ''}`;
    return {
      state: 'failed',
      detail: `${why} (${latest.successful} upgraded, ${latest.failed} failed, ${latest.pending} pending)`,
    };
  };
  const would = `Azure's rolling upgrade of ${t.resource} completes: ${count} instance(s) to ${version}`;
  try {
    const result = await t.ex.wait('rolling upgrade', would, look, {
      intervalMs: t.port.pollIntervalMs,
      until: 'completed',
    });
    return { ok: result.ok, detail: result.detail };
  } catch (err) {
    if (t.ctx.signal.aborted || err instanceof CancelledError) await stopAfterCancel(t);
    throw err;
  }
}

/** One summary line per batch Azure finished (progress moved since the last look). */
function report(
  t: RollingTarget,
  latest: RollingUpgradeInfo,
  version: string,
  progress: { lastDone: number; batch: number },
): string {
  const done = latest.successful + latest.failed;
  const line = `${done} of ${done + latest.inProgress + latest.pending} instance(s) upgraded to ${version}${latest.failed > 0 ? ` (${latest.failed} failed)` : ''}, ${latest.inProgress} in progress, ${latest.pending} pending`;
  if (done > 0 && done > progress.lastDone) {
    progress.batch += 1;
    t.ctx.deps.host.info(`Rolling upgrade of ${t.ref.name}, batch ${progress.batch}: ${line}.`);
    t.ex.note({ kind: 'action', label: `batch ${progress.batch}`, value: line });
  }
  progress.lastDone = Math.max(progress.lastDone, done);
  return line;
}

/** A rolling upgrade still running (ours, cancelled or timed out) stops before the model moves back. */
export async function cancelRunningUpgrade(t: RollingTarget, latest: RollingUpgradeInfo): Promise<void> {
  const write = {
    resource: `rolling upgrade of ${t.resource}`,
    operation: 'cancel' as const,
    why: `an upgrade is in progress (started ${latest.startTime ?? 'earlier'}); it must stop before the model moves back`,
  };
  if (!t.ex.planning)
    t.ctx.deps.host.info(`Scale set ${t.ref.name}: cancelling the rolling upgrade in progress before rolling back.`);
  await t.ex.write({ write, touchesProduction: true }, async (call) => {
    const now = await t.port.latestRollingUpgrade(t.ref, call);
    if (now?.code === 'RollingForward' && now.lastAction !== 'Cancel') await t.port.cancelRollingUpgrade(t.ref, call);
  });
  const stopped = await t.ex.wait(
    'rolling upgrade stopped',
    `the rolling upgrade of ${t.resource} has stopped`,
    async (call) => {
      const now = await t.port.latestRollingUpgrade(t.ref, call);
      return now?.code === 'RollingForward'
        ? { state: 'pending', detail: 'still rolling forward' }
        : { state: 'done', detail: `ended ${now?.code ?? 'unknown'}` };
    },
    { intervalMs: t.port.pollIntervalMs, until: 'stopped' },
  );
  if (!stopped.ok) stop(`the rolling upgrade of ${t.resource} did not stop: ${stopped.detail}`);
}

/**
 * The step was cancelled while Azure rolled: ask Azure to stop before its next batch, so
 * cancelling the step stops the rollout. The record still names the target: a re-run completes it
 * (or `rollback` undoes it). Best effort, on a short-lived signal of its own (the run's is aborted).
 */
async function stopAfterCancel(t: RollingTarget): Promise<void> {
  try {
    await t.port.cancelRollingUpgrade(t.ref, { signal: new AbortController().signal, timeoutMs: 30_000 });
  } catch {
    // nothing running any more, or Azure unreachable: the record already says what was intended
  }
}
