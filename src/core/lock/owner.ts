/**
 * Who holds the deploy lock: one owner per process. The CI run id alone is not enough (GitHub
 * matrix jobs share it, and two jobs can start in the same millisecond), so the owner adds the
 * job, the attempt and a random part from the injected NewId port. Readable in the tag:
 * `github-9876543-deploy-a2-3f2c9e1a7b4d`. Old leases (`github-9876543-lx3k2`) parse the same way:
 * the owner is just the text before the first ';'.
 */
import type { NewId, RunInfo } from '../ports.js';

/** Keeps a part readable and safe in the lease tag (';' separates the lease's fields). */
const part = (text: string, max = 40): string =>
  text
    .replace(/[^A-Za-z0-9._#-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max);

/**
 * This process's owner. `unique` is the random part (NewId); without a NewId port (tests on fakes)
 * the caller passes the run's start stamp instead, which is unique per millisecond only.
 */
export function ownerOf(run: RunInfo | undefined, unique: string): string {
  const parts = [
    part(run?.system ?? 'run', 24) || 'run',
    part(run?.runId ?? 'local') || 'local',
    ...(run?.job ? [part(run.job)] : []),
    ...(run?.attempt !== undefined ? [`a${run.attempt}`] : []),
    part(unique, 32),
  ];
  return parts.filter(Boolean).join('-');
}

/** The random part of an owner: from the NewId port, or the start stamp in base 36 without one. */
export const uniquePart = (newId: NewId | undefined, startedAt: number): string => newId?.() ?? startedAt.toString(36);
