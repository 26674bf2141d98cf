/** The built-in stage for each name: a total map, so a stage without an implementation can't compile. */
import type { StageName } from '../settings/types.js';
import { abortStage } from './abort.js';
import { bakeStage } from './bake.js';
import { cleanupStage } from './cleanup.js';
import { deployStage } from './deploy.js';
import { promoteStage } from './promote.js';
import { publishStage } from './publish.js';
import { rollbackStage } from './rollback.js';
import type { Stage } from './stage.js';
import { verifyStage } from './verify.js';

const STAGES: Record<StageName, Stage> = {
  bake: bakeStage,
  publish: publishStage,
  deploy: deployStage,
  promote: promoteStage,
  abort: abortStage,
  verify: verifyStage,
  cleanup: cleanupStage,
  rollback: rollbackStage,
};

export const builtinStage = (name: StageName): Stage => STAGES[name];
