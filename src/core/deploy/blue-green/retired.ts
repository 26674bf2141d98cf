/** Clean-up of blue-green: the idle colour, scaled in once the scale-down delay tagged on it has passed. */
import type { AzurePorts } from '../../azure/ports.js';
import type { IdleColourInput } from '../../cleanup/leftovers.js';
import type { StageContext } from '../../stages/stage.js';
import { recordFromTags } from '../record.js';
import { observePair, SCALE_DOWN_AFTER_TAG } from './colours.js';

export async function idleColour(ctx: StageContext, ports: AzurePorts): Promise<IdleColourInput | undefined> {
  const d = ctx.settings.deploy;
  if (!d.scaleSet || !d.loadBalancer) return undefined;
  const pair = await observePair(ctx, ports, { signal: ctx.signal });
  const info = pair.idle.info;
  // A canary paused on the idle colour: Front Door still sends it a share, whatever an older
  // scale-down time tagged on it says (promote or abort decides; abort leaves it to a later clean-up).
  if (!info || recordFromTags(pair.lb.tags).state === 'paused') return undefined;
  const scaleDownAfter = Object.entries(info.tags).find(([k]) => k.toLowerCase() === SCALE_DOWN_AFTER_TAG)?.[1];
  return { colour: pair.idle.colour, ref: pair.idle.ref, info, ...(scaleDownAfter ? { scaleDownAfter } : {}) };
}
