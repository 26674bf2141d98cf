/**
 * Which gallery image version to publish: shared by publish and by Image Builder bakes (which
 * must name the exact version they distribute to before the build starts).
 */
import { EngineError } from '../errors.js';
import type { RunInfo } from '../ports.js';
import type { VersionScheme } from '../settings/types.js';

const INT32_MAX = 2147483647;

/** Major.Minor.Patch with each part a 32-bit integer, as parts; undefined otherwise. */
export function parseVersion(v: string): [number, number, number] | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v.trim());
  if (!m) return undefined;
  const parts = m.slice(1).map(Number) as [number, number, number];
  return parts.every((p) => p <= INT32_MAX) ? parts : undefined;
}

export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a) ?? [-1, -1, -1];
  const y = parseVersion(b) ?? [-1, -1, -1];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** The highest valid version among `names`, or undefined. */
export function highestVersion(names: readonly string[]): string | undefined {
  return names
    .filter((n) => parseVersion(n))
    .sort(compareVersions)
    .at(-1);
}

export interface ChosenVersion {
  readonly version: string;
  /** Why this version, for the log and the summary. */
  readonly reason: string;
  /**
   * True when the version was named rather than computed (explicit, date, git tag): it may
   * already exist, which is an error unless it holds exactly this artifact.
   */
  readonly named: boolean;
}

export interface VersionContext {
  readonly scheme: VersionScheme;
  /** Names of the versions the image definition already has. */
  readonly existing: readonly string[];
  readonly run?: RunInfo;
  /** Now, from the Clock port (the date scheme). */
  readonly nowMs: number;
}

/** Resolves the image-version input into a concrete, valid Major.Minor.Patch. Throws 'input' errors. */
export function chooseVersion(ctx: VersionContext): ChosenVersion {
  const { scheme } = ctx;
  switch (scheme.kind) {
    case 'explicit':
      return {
        version: valid(scheme.version, 'the explicit image-version'),
        reason: `image-version ${scheme.version} was given explicitly`,
        named: true,
      };
    case 'auto': {
      const highest = highestVersion(ctx.existing);
      if (!highest)
        return {
          version: '1.0.0',
          reason: 'image-version auto: the image definition has no version yet, so 1.0.0',
          named: false,
        };
      const [major, minor, patch] = parseVersion(highest)!;
      if (patch >= INT32_MAX) {
        throw new EngineError(
          'input',
          `input 'image-version': auto cannot go above ${highest} (the patch number is at the 32-bit limit); give the next version explicitly, e.g. ${major}.${minor + 1}.0`,
        );
      }
      return {
        version: `${major}.${minor}.${patch + 1}`,
        reason: `image-version auto: next patch above the highest existing version ${highest}`,
        named: false,
      };
    }
    case 'date':
      return dateVersion(ctx);
    case 'git-tag':
      return gitTagVersion(ctx.run);
  }
}

/** YYYY.MMDD.<run number> (UTC), MMDD without leading zeros so each part stays a plain integer. */
function dateVersion(ctx: VersionContext): ChosenVersion {
  const iso = new Date(ctx.nowMs).toISOString();
  const year = Number(iso.slice(0, 4));
  const monthDay = Number(iso.slice(5, 7) + iso.slice(8, 10));
  const prefix = `${year}.${monthDay}`;
  const runNumber = ctx.run?.runNumber;
  if (runNumber !== undefined && Number.isInteger(runNumber) && runNumber >= 0) {
    return {
      version: valid(`${prefix}.${runNumber}`, "image-version 'date'"),
      reason: `image-version date: ${iso.slice(0, 10)} and run number ${runNumber}`,
      named: true,
    };
  }
  // No run number (a laptop run): the next free patch of today.
  const today = ctx.existing.filter((v) => v.startsWith(`${prefix}.`) && parseVersion(v));
  const next = today.length === 0 ? 0 : parseVersion(highestVersion(today)!)![2] + 1;
  return {
    version: valid(`${prefix}.${next}`, "image-version 'date'"),
    reason: `image-version date: ${iso.slice(0, 10)}; no run number, so the next free patch of the day`,
    named: false,
  };
}

function gitTagVersion(run: RunInfo | undefined): ChosenVersion {
  const ref = run?.ref;
  const tag = ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
  if (!tag) {
    throw new EngineError(
      'input',
      `input 'image-version': 'git-tag' needs a run triggered by a tag (refs/tags/v1.2.3); this run's ref is ${ref ? `'${ref}'` : 'unknown'}`,
    );
  }
  const version = tag.replace(/^(release[-/])?v?/i, '');
  if (!parseVersion(version)) {
    throw new EngineError(
      'input',
      `input 'image-version': the git tag '${tag}' is not a version; expected a tag like v1.4.2 (Major.Minor.Patch, each a 32-bit integer)`,
    );
  }
  return { version, reason: `image-version git-tag: from tag ${tag}`, named: true };
}

function valid(version: string, what: string): string {
  if (!parseVersion(version)) {
    throw new EngineError(
      'input',
      `${what} '${version}' is not a valid gallery image version; expected Major.Minor.Patch with each part a 32-bit integer`,
    );
  }
  return version;
}
