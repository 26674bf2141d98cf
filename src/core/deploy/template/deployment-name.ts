/**
 * Deployment names: unique per run, so a run never follows or overwrites another run's deployment,
 * and recognisable, so clean-up prunes only its own. `immutable-deploy-<run>-<id>` (a rollback adds
 * '-rb'): at most 64 characters of letters, digits, '-', '_', '.', '(' and ')' (the deployments
 * spec's pattern `^[-\w\._\(\)]+$`, maxLength 64). The id comes from the injected NewId (the clock
 * when an adapter gives none); one name per run and purpose, so the plan names what the run deploys.
 */
import type { TemplateSettings } from '../../settings/types.js';
import type { StageContext } from '../../stages/stage.js';

export const DEPLOYMENT_PREFIX = 'immutable-deploy-';
const MAX_NAME = 64;

const names = new WeakMap<TemplateSettings, Map<string, string>>();

/** This run's deployment name for a deploy or (rollback) its revert. */
export function deploymentName(ctx: StageContext, rollback = false): string {
  const key = ctx.settings.deploy.template!;
  let byPurpose = names.get(key);
  if (!byPurpose) names.set(key, (byPurpose = new Map()));
  const purpose = rollback ? 'rb' : 'deploy';
  let name = byPurpose.get(purpose);
  if (!name) byPurpose.set(purpose, (name = newName(ctx, rollback)));
  return name;
}

function newName(ctx: StageContext, rollback: boolean): string {
  const run = ctx.deps.run;
  const runPart = safe(run?.runId ?? (run?.runNumber !== undefined ? String(run.runNumber) : 'local')).slice(0, 24);
  const id = safe(ctx.deps.newId?.() ?? ctx.deps.clock.now().toString(36)).slice(0, 8);
  const name = `${DEPLOYMENT_PREFIX}${runPart}-${id}${rollback ? '-rb' : ''}`;
  return name.slice(0, MAX_NAME);
}

/** Only the characters Azure allows in a deployment name (others become '-'); never ending in '.'. */
const safe = (s: string): string => s.replace(/[^-\w.()]/g, '-').replace(/\.+$/, '');

/** Whether a deployment in the group's history is one this engine made. */
export const isOurs = (name: string): boolean => name.startsWith(DEPLOYMENT_PREFIX);
