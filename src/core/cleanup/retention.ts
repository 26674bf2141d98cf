/**
 * Gallery retention, per image definition, as a pure function of what was observed: the versions,
 * what uses them, the policy and the clock. Kept: the newest `keep-versions`, anything younger than
 * `keep-days`, anything in use (live or previous on the target, in flight, referenced by a scale
 * set anywhere in the subscription), anything Azure is still changing. Everything else is
 * superseded and retired per `retire`: deleted, marked end-of-life, or excluded from latest —
 * unless it already is (the plan is idempotent: a second run plans nothing).
 */
import type { GalleryImageRef, GalleryVersionInfo } from '../azure/image-ports.js';
import { compareVersions } from '../publish/version.js';
import type { CleanupSettings } from '../settings/types.js';
import type { CleanupAction, Kept } from './actions.js';

const DAY_MS = 86_400_000;
/** Provisioning states in which a version must not be touched (another run is publishing or deleting it). */
const BUSY = new Set(['creating', 'updating', 'deleting', 'migrating']);

export interface RetentionInput {
  readonly definition: GalleryImageRef;
  readonly versions: readonly Pick<
    GalleryVersionInfo,
    'name' | 'provisioningState' | 'excludeFromLatest' | 'publishedDate' | 'endOfLifeDate'
  >[];
  /** Version name → why it is in use (lower-case names not needed: version names are numeric). */
  readonly inUse: ReadonlyMap<string, string>;
  readonly policy: Pick<CleanupSettings, 'keepVersions' | 'keepDays' | 'retire'>;
  readonly now: number;
}

export interface RetentionPlan {
  readonly actions: readonly CleanupAction[];
  readonly kept: readonly Kept[];
}

const ageDays = (publishedDate: string | undefined, now: number): number | undefined => {
  const t = publishedDate ? Date.parse(publishedDate) : NaN;
  return Number.isNaN(t) ? undefined : Math.max(0, Math.floor((now - t) / DAY_MS));
};

export function planRetention(input: RetentionInput): RetentionPlan {
  const { definition, policy, now } = input;
  const sorted = [...input.versions].sort((a, b) => compareVersions(b.name, a.name));
  const newest = new Set(sorted.slice(0, policy.keepVersions).map((v) => v.name));
  const actions: CleanupAction[] = [];
  const kept: Kept[] = [];
  const where = `${definition.gallery}/${definition.definition}`;

  for (const v of sorted) {
    const age = ageDays(v.publishedDate, now);
    const ageText = age === undefined ? 'age unknown' : `${age} day${age === 1 ? '' : 's'} old`;
    const use = input.inUse.get(v.name);
    if (newest.has(v.name)) {
      kept.push({
        version: v.name,
        reason: `one of the newest ${policy.keepVersions}${use ? `; ${use}` : ''}`,
        inUse: false,
      });
      continue;
    }
    if (use) {
      kept.push({ version: v.name, reason: use, inUse: true });
      continue;
    }
    if (policy.keepDays > 0 && (age === undefined || age < policy.keepDays)) {
      kept.push({
        version: v.name,
        reason:
          age === undefined
            ? `no published date to compare with keep-days ${policy.keepDays}`
            : `younger than keep-days ${policy.keepDays} (${ageText})`,
        inUse: false,
      });
      continue;
    }
    if (BUSY.has((v.provisioningState ?? '').toLowerCase())) {
      kept.push({
        version: v.name,
        reason: `provisioning state ${v.provisioningState}: Azure is still changing it`,
        inUse: false,
      });
      continue;
    }
    const why = `not in use, ${ageText}, not among the newest ${policy.keepVersions}${policy.keepDays > 0 ? ` nor younger than ${policy.keepDays} days` : ''}`;
    const version = { ...definition, version: v.name };
    const resource = `gallery image version ${where} ${v.name}`;
    if (policy.retire === 'delete') {
      actions.push({ kind: 'delete-version', version, write: { resource, operation: 'delete', why } });
    } else if (policy.retire === 'end-of-life') {
      const eol = v.endOfLifeDate ? Date.parse(v.endOfLifeDate) : NaN;
      if (!Number.isNaN(eol) && eol <= now) {
        kept.push({ version: v.name, reason: `already end-of-life since ${v.endOfLifeDate}`, inUse: false });
        continue;
      }
      const today = new Date(now).toISOString();
      actions.push({
        kind: 'retire-version',
        version,
        change: { endOfLifeDate: today },
        write: {
          resource,
          operation: 'update',
          before: `end of life ${v.endOfLifeDate ?? 'none'}`,
          after: `end of life ${today}`,
          why,
        },
      });
    } else {
      if (v.excludeFromLatest === true) {
        kept.push({ version: v.name, reason: 'already excluded from latest', inUse: false });
        continue;
      }
      actions.push({
        kind: 'retire-version',
        version,
        change: { excludeFromLatest: true },
        write: { resource, operation: 'update', before: 'in latest', after: 'excluded from latest', why },
      });
    }
  }
  return { actions, kept };
}
