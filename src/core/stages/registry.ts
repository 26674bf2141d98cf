/** The built-in stage for each name. */
import type { StageName } from '../settings/types.js';
import { notImplementedStage } from './not-implemented.js';
import type { Stage } from './stage.js';
import { verifyStage } from './verify.js';

export function builtinStage(name: StageName): Stage {
  return name === 'verify' ? verifyStage : notImplementedStage(name);
}
