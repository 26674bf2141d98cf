/** The built-in stage for each name. */
import type { StageName } from '../settings/types.js';
import { bakeStage } from './bake.js';
import { cleanupStage } from './cleanup.js';
import { deployStage } from './deploy.js';
import { notImplementedStage } from './not-implemented.js';
import { publishStage } from './publish.js';
import { rollbackStage } from './rollback.js';
import type { Stage } from './stage.js';
import { verifyStage } from './verify.js';

export function builtinStage(name: StageName): Stage {
  if (name === 'bake') return bakeStage;
  if (name === 'publish') return publishStage;
  if (name === 'deploy') return deployStage;
  if (name === 'rollback') return rollbackStage;
  if (name === 'cleanup') return cleanupStage;
  return name === 'verify' ? verifyStage : notImplementedStage(name);
}
