/**
 * Stages whose Azure work lands in later issues. They exist as real stages so `stages:` accepts
 * them and settings validate them, and they fail loudly instead of pretending to succeed.
 */
import { NotImplementedError } from '../errors.js';
import type { StageName } from '../settings/types.js';
import type { Stage } from './stage.js';

const ISSUES: Partial<Record<StageName, string>> = {
  bake: 'issue #4 (bake and publish)',
  publish: 'issue #4 (bake and publish)',
  deploy: 'issue #5 (deploy, verify, roll back)',
  rollback: 'issue #5 (deploy, verify, roll back)',
};

export function notImplementedStage(name: StageName): Stage {
  return {
    name,
    run: async () => {
      throw new NotImplementedError(`stage '${name}'`, ISSUES[name] ?? 'a later issue');
    },
  };
}
