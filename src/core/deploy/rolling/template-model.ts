/**
 * Rolling through a template: the template deployment (its image parameter = the gallery image
 * version) replaces the engine's model update; the instances are then replaced as usual. The
 * template owns the scale set, so the engine checks that the deployment did set the model's image
 * — a template that does not pass its image parameter to imageReference.id would otherwise roll
 * nothing and report success. A rollback deploys the template again with the previous image.
 */
import { deployTemplate } from '../template/deployment.js';
import { resolveTemplate } from '../template/resolve.js';
import { stop, type RollingTarget } from './context.js';
import type { RollOut } from './roll-out.js';
import { sameId, versionOfId } from './target.js';

/** The model update as a template deployment; `then` is what follows it, for the plan line. */
export async function deployModel(t: RollingTarget, o: RollOut, then: string): Promise<void> {
  await deployTemplate(
    { ctx: t.ctx, ex: t.ex, port: t.ports.deployments, resourceGroup: t.ref.resourceGroup },
    {
      image: o.image,
      from: o.from,
      rollback: o.rollback,
      then: `${t.resource}: ${then}`,
      // Rolling and Automatic upgrade modes act on the model as soon as the deployment writes it.
      touchesProduction: o.mode !== 'manual',
      item: o.item,
    },
  );
  if (t.ex.planning) return;
  const now = await t.ex.read(`reading ${t.resource}`, (call) => t.port.get(t.ref, call));
  if (now && sameId(now.imageId, o.image.id)) return;
  const { imageParameter, path } = await resolveTemplate(t.ctx);
  const model = now?.imageId ? versionOfId(now.imageId) : now ? now.imageDescription : 'nothing (it is gone)';
  stop(
    `the template deployment of ${path} succeeded, but the model of ${t.resource} points at ${model}, not ${o.image.version}; expected the template to set the scale set's imageReference.id from parameter '${imageParameter}'`,
  );
}
