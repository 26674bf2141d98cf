/**
 * The release record: what is live on a target, kept on Azure itself as tags on the target, so any
 * later step on any runner knows it. Written through Microsoft.Resources/tags (a merge, no model
 * write). Azure's limits: tag names up to 512 characters, values up to 256, 50 tags per resource;
 * the names below are short and fixed, and values are clipped to 256 characters.
 */
import type { DeployCallOptions, TagsPort } from '../azure/scale-set-port.js';
import type { ReleaseRecord } from '../model.js';

export const RECORD_TAGS = {
  current: 'immutable-deploy.current-version',
  previous: 'immutable-deploy.previous-version',
  deployedAt: 'immutable-deploy.deployed-at',
  runUrl: 'immutable-deploy.run-url',
  activeSlot: 'immutable-deploy.active-slot',
  target: 'immutable-deploy.target-version',
  state: 'immutable-deploy.state',
  failed: 'immutable-deploy.failed-version',
  /** A paused canary: the step it stopped at (1-based index into 'canary-steps') and the share (%) it left. */
  canaryStep: 'immutable-deploy.canary-step',
  canaryWeight: 'immutable-deploy.canary-weight',
} as const;

/** What a paused canary leaves on the record: its progress goes once it is promoted or aborted. */
const CANARY_TAGS = [RECORD_TAGS.canaryStep, RECORD_TAGS.canaryWeight];

const MAX_VALUE = 256;

/** A time the record (or a scale-down tag) holds: the engine's clock now, plus `plusMs`, as ISO 8601. */
export const iso = (ctx: { readonly deps: { readonly clock: { now(): number } } }, plusMs = 0): string =>
  new Date(ctx.deps.clock.now() + plusMs).toISOString();

type Field = keyof typeof RECORD_TAGS;

/** The record a target's tags hold (tag names are matched case-insensitively, as Azure does). */
export function recordFromTags(tags: Readonly<Record<string, string>>): ReleaseRecord {
  const lower = new Map(Object.entries(tags).map(([k, v]) => [k.toLowerCase(), v]));
  const out: Record<string, string> = {};
  for (const [field, name] of Object.entries(RECORD_TAGS)) {
    const v = lower.get(name.toLowerCase());
    if (v !== undefined && v !== '') out[field] = v;
  }
  return out as ReleaseRecord;
}

/** The tags that hold `record` (only its defined fields), values clipped to Azure's 256 characters. */
export function tagsForRecord(record: Partial<Record<Field, string | undefined>>): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const [field, value] of Object.entries(record)) {
    const name = RECORD_TAGS[field as Field];
    if (name && value !== undefined) tags[name] = clip(value);
  }
  return tags;
}

/** A URL longer than a tag value can hold keeps its start (scheme, host, path) and loses the rest. */
export function clip(value: string): string {
  return value.length <= MAX_VALUE ? value : `${value.slice(0, MAX_VALUE - 1)}…`;
}

/** Records that a run set out to make `target` live (before the first write to the target). */
export async function recordIntent(
  tags: TagsPort,
  resourceId: string,
  intent: { target: string; runUrl?: string; state?: string },
  options: DeployCallOptions,
): Promise<void> {
  await tags.merge(
    resourceId,
    tagsForRecord({
      target: intent.target,
      state: intent.state ?? 'deploying',
      ...(intent.runUrl ? { runUrl: intent.runUrl } : {}),
    }),
    options,
  );
}

/**
 * Records that a canary of `target` stopped at an open pause: state 'paused', the step index (1-based)
 * and the share on the new release. `current` stays the stable release (written when a record
 * had none: the version production runs); 'promote' reads it back.
 */
export async function recordPaused(
  tags: TagsPort,
  resourceId: string,
  paused: { target: string; step: number; weight: number; current?: string; runUrl?: string },
  options: DeployCallOptions,
): Promise<void> {
  const { target, step, weight, current, runUrl } = paused;
  const record = { target, current, state: 'paused', canaryStep: String(step), canaryWeight: String(weight), runUrl };
  await tags.merge(resourceId, tagsForRecord(record), options);
}

/** Records that `current` is live (previous before it), and clears the in-flight target (and a canary's progress). */
export async function recordLive(
  tags: TagsPort,
  resourceId: string,
  live: LiveRecord,
  options: DeployCallOptions,
): Promise<void> {
  await tags.merge(resourceId, tagsForRecord(liveTags(live)), options);
  // A rollback without a last good version before the one it returned to clears 'previous': the
  // version rolled back must never be the default target of the next rollback.
  const stale = [
    RECORD_TAGS.target,
    ...CANARY_TAGS,
    ...(live.previous === undefined && live.state === 'rolled-back' ? [RECORD_TAGS.previous] : []),
  ];
  await tags.remove(resourceId, stale, options);
}

export interface LiveRecord {
  readonly current: string;
  readonly previous?: string;
  readonly deployedAt: string;
  readonly runUrl?: string;
  readonly state?: 'live' | 'rolled-back' | 'aborted';
  /** After a rollback: the version rolled back. */
  readonly failed?: string;
}

function liveTags(live: LiveRecord): Partial<Record<Field, string | undefined>> {
  const { current, previous, deployedAt, runUrl, failed } = live;
  return { current, previous, deployedAt, runUrl, state: live.state ?? 'live', failed };
}

/**
 * The record after a rollback to `to`: the last good version before it stays `previous` (when
 * known and not the version rolled back), the version rolled back is `failed`.
 */
export function afterRollback(
  plan: { record?: { previous?: string; failed?: string } },
  to: string,
  fallbackFailed?: string,
): { previous?: string; failed?: string } {
  const failed = plan.record?.failed ?? (fallbackFailed !== to ? fallbackFailed : undefined);
  const previous = plan.record?.previous;
  return { previous: previous && previous !== to && previous !== failed ? previous : undefined, failed };
}

/**
 * Where a rollback returns to when no 'to-version' is given, and what the record says afterwards.
 * A run that set out to deploy a version and did not finish (state 'deploying' with a target: a
 * failed deploy left as it was, 'auto-rollback' false, or a cancelled one; or a canary paused
 * part-way, state 'paused') is undone back to the
 * version that was live before it (`current`), which keeps its own `previous`. Otherwise the
 * rollback returns to `previous` — unless that is the version a rollback already marked failed.
 */
export function defaultRollback(record: ReleaseRecord): {
  version?: string;
  record: { previous?: string; failed?: string };
} {
  const unfinished = record.state === 'deploying' || record.state === 'paused';
  if (record.target && unfinished && record.current && record.current !== record.target) {
    return { version: record.current, record: { previous: record.previous, failed: record.target } };
  }
  const previous = record.previous && record.previous !== record.failed ? record.previous : undefined;
  return { version: previous, record: { failed: record.current } };
}

/** The record after a rollback to `to` (explicit or not): the default's when it returns there, else only what failed. */
export function rollbackRecord(
  record: ReleaseRecord,
  to: string,
  live: string | undefined,
): { previous?: string; failed?: string } {
  const byDefault = defaultRollback(record);
  if (byDefault.version === to) return byDefault.record;
  return { failed: live !== to ? live : undefined };
}
