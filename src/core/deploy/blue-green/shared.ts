/** What the blue-green deploy, rollback and plan share: names, URLs, image checks. */
import type { AzurePorts } from '../../azure/ports.js';
import type { ScaleSetInfo } from '../../azure/scale-set-port.js';
import { EngineError } from '../../errors.js';
import type { StageContext } from '../../stages/stage.js';
import { endpointUrl } from '../endpoints.js';
import { isGalleryVersionId, versionOfId, type ResolvedImage } from '../gallery-image.js';
import type { RollbackPlan } from '../strategy.js';
import { type Colour, type PairState } from './colours.js';

export { iso } from '../record.js';
export const versionOf = (info: ScaleSetInfo | undefined) => (info?.imageId ? versionOfId(info.imageId) : undefined);
/** Consecutive looks at an instance that is up but unhealthy after which the wait gives up. */
export const UNHEALTHY_LOOKS = 3;

export function checkGalleryImage(info: ScaleSetInfo): void {
  if (!isGalleryVersionId(info.imageId)) {
    throw new EngineError(
      'input',
      `input 'scale-set': scale set '${info.name}' runs '${info.imageDescription}', not a gallery image version; blue-green replaces one Azure Compute Gallery image version with another (expected imageReference.id …/galleries/<gallery>/images/<definition>/versions/<version>)`,
    );
  }
}

/** Base URL of a rule's frontend: the public IP (or private address) and the rule's frontend port. */
export async function frontendBase(
  ports: AzurePorts,
  pair: PairState,
  frontendPort: number | undefined,
  frontendId: string | undefined,
  signal: AbortSignal,
): Promise<string | undefined> {
  if (frontendPort === undefined) return undefined;
  const fe =
    pair.lb.frontends.find((f) => f.id.toLowerCase() === (frontendId ?? '').toLowerCase()) ?? pair.lb.frontends[0];
  const address = fe?.publicIpAddressId
    ? await ports.loadBalancers.publicIpAddress(fe.publicIpAddressId, { signal })
    : fe?.privateIpAddress;
  return address ? `http://${address}:${frontendPort}` : undefined;
}

export async function urls(
  ctx: StageContext,
  ports: AzurePorts,
  pair: PairState,
): Promise<{ live?: string; preview?: string }> {
  const live = pair.liveRules[0];
  const preview = pair.previewRule;
  const liveBase = ctx.settings.verify.liveUrl
    ? undefined
    : await frontendBase(ports, pair, live?.frontendPort, live?.frontendId, ctx.signal);
  const previewBase =
    ctx.settings.verify.previewUrl || !preview
      ? undefined
      : await frontendBase(ports, pair, preview.frontendPort, preview.frontendId, ctx.signal);
  return {
    live: endpointUrl(ctx, 'live', liveBase),
    preview: preview || ctx.settings.verify.previewUrl ? endpointUrl(ctx, 'preview', previewBase) : undefined,
  };
}

/** The colour and image a rollback plan returns to; a plan that names neither is refused. */
export function rollbackTarget(plan: RollbackPlan): { toColour: Colour; image: ResolvedImage } {
  const toColour = plan.to.slot;
  if (toColour !== 'blue' && toColour !== 'green')
    throw new EngineError(
      'input',
      `the rollback plan '${plan.description}' names no colour to return to (got '${toColour ?? ''}')`,
    );
  const imageId = plan.to.imageId;
  if (!imageId) throw new EngineError('input', `the rollback plan '${plan.description}' names no image version`);
  return { toColour, image: { id: imageId, version: plan.to.imageVersion ?? versionOfId(imageId) } };
}

export const isFailed = (pair: PairState) => (pair.lb.provisioningState ?? '').toLowerCase() === 'failed';
