/**
 * Tags every published version carries: where it came from (commit, repository, run, pipeline,
 * who ran it) and the bake key that lets later runs reuse it. Azure tag values hold at most 256
 * characters; names avoid the characters Azure refuses (<>%&\?/).
 */
import type { RunInfo } from '../ports.js';

export const TAGS = {
  bakeKey: 'immutable-deploy.bake-key',
  baseImage: 'immutable-deploy.base-image',
  commit: 'immutable-deploy.commit',
  repository: 'immutable-deploy.repository',
  runUrl: 'immutable-deploy.run-url',
  pipeline: 'immutable-deploy.pipeline',
  actor: 'immutable-deploy.run-by',
  system: 'immutable-deploy.system',
} as const;

const MAX_VALUE = 256;

export function provenanceTags(
  run: RunInfo | undefined,
  bake: { bakeKey?: string; baseImage?: string },
): Record<string, string> {
  const tags: Record<string, string | undefined> = {
    [TAGS.bakeKey]: bake.bakeKey,
    [TAGS.baseImage]: bake.baseImage,
    [TAGS.commit]: run?.commit,
    [TAGS.repository]: run?.repository,
    [TAGS.runUrl]: run?.runUrl,
    [TAGS.pipeline]: run?.pipeline,
    [TAGS.actor]: run?.actor,
    [TAGS.system]: run?.system,
  };
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(tags))
    if (value) out[name] = value.length > MAX_VALUE ? value.slice(0, MAX_VALUE) : value;
  return out;
}

/** The tags of `wanted` that `current` lacks or holds with another value. */
export function missingTags(
  current: Readonly<Record<string, string>>,
  wanted: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(Object.entries(wanted).filter(([k, v]) => current[k] !== v));
}
