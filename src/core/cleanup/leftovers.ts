/**
 * What bakes and blue-green leave behind, as pure planning over observed state:
 * - intermediate managed images (tagged with the bake key) no scale set uses and no version in
 *   flight is being created from, unless 'keep-managed-image';
 * - Image Builder templates (tagged with the bake key) whose last run has ended, unless
 *   'keep-image-template' (a template still building belongs to a bake in progress);
 * - the idle blue-green colour once its `immutable-deploy.scale-down-after` time has passed:
 *   scaled in to zero instances (its model stays, so a rollback or the next deploy brings it back).
 */
import type { GalleryVersionInfo, ImageTemplateInfo, ManagedImageInfo } from '../azure/image-ports.js';
import type { ScaleSetInfo, ScaleSetRef } from '../azure/scale-set-port.js';
import type { CleanupAction } from './actions.js';

const ENDED = new Set(['succeeded', 'partiallysucceeded', 'failed', 'canceled']);
const BUSY = new Set(['creating', 'updating', 'deleting', 'migrating']);
const same = (a: string | undefined, b: string | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

export interface LeftoverInput {
  readonly managedImages: readonly ManagedImageInfo[];
  readonly templates: readonly ImageTemplateInfo[];
  /** Image ids referenced by scale set models anywhere in the subscription. */
  readonly scaleSetImageIds: readonly string[];
  /** Versions of the definition (a version being created still reads its source). */
  readonly versions: readonly Pick<GalleryVersionInfo, 'name' | 'sourceId' | 'provisioningState'>[];
  /** This run's managed image, when a later step still has to publish it. */
  readonly pendingManagedImageId?: string;
  readonly keepManagedImage: boolean;
  readonly keepTemplate: boolean;
}

export interface Skipped {
  readonly resource: string;
  readonly reason: string;
}

export function planLeftovers(input: LeftoverInput): { actions: CleanupAction[]; skipped: Skipped[] } {
  const actions: CleanupAction[] = [];
  const skipped: Skipped[] = [];
  for (const image of input.managedImages) {
    const resource = `managed image ${image.id.split('/').pop()}`;
    const usedBy = input.scaleSetImageIds.find((id) => same(id, image.id));
    const feeding = input.versions.find(
      (v) => same(v.sourceId, image.id) && BUSY.has((v.provisioningState ?? '').toLowerCase()),
    );
    if (input.keepManagedImage) skipped.push({ resource, reason: "'keep-managed-image' is true" });
    else if (usedBy) skipped.push({ resource, reason: 'a scale set model references it' });
    else if (feeding) skipped.push({ resource, reason: `gallery version ${feeding.name} is being created from it` });
    else if (same(input.pendingManagedImageId, image.id))
      skipped.push({ resource, reason: "this run's bake output, still to be published" });
    else if (BUSY.has((image.provisioningState ?? '').toLowerCase()))
      skipped.push({ resource, reason: `provisioning state ${image.provisioningState}` });
    else
      actions.push({
        kind: 'delete-managed-image',
        id: image.id,
        write: {
          resource,
          operation: 'delete',
          why: 'intermediate image a bake left behind (tag immutable-deploy.bake-key); no scale set or version in flight uses it',
        },
      });
  }
  for (const t of input.templates) {
    const resource = `Image Builder template ${t.name}`;
    const state = (t.runState ?? '').toLowerCase();
    const ended = ENDED.has(state) || (!t.runState && (t.provisioningState ?? '').toLowerCase() === 'failed');
    if (input.keepTemplate) skipped.push({ resource, reason: "'keep-image-template' is true" });
    else if (!ended)
      skipped.push({
        resource,
        reason: t.runState ? `its build is ${t.runState}` : 'it has not run yet (a bake in progress)',
      });
    else
      actions.push({
        kind: 'delete-image-template',
        template: { resourceGroup: t.resourceGroup, name: t.name },
        write: {
          resource,
          operation: 'delete',
          why: `template a bake left behind (tag immutable-deploy.bake-key), last run ${t.runState ?? t.provisioningState}`,
        },
      });
  }
  return { actions, skipped };
}

export interface IdleColourInput {
  readonly colour: string;
  readonly ref: ScaleSetRef;
  readonly info: ScaleSetInfo;
  /** The `immutable-deploy.scale-down-after` tag's value. */
  readonly scaleDownAfter?: string;
}

/** The idle colour is scaled in once its scale-down delay has passed. */
export function planIdleColour(
  idle: IdleColourInput | undefined,
  now: number,
): { action?: CleanupAction; note?: string } {
  if (!idle) return {};
  const resource = `scale set ${idle.ref.name} (${idle.colour}, idle)`;
  if (idle.info.capacity === 0) return { note: `${resource}: already scaled in` };
  const after = idle.scaleDownAfter ? Date.parse(idle.scaleDownAfter) : NaN;
  if (Number.isNaN(after))
    return { note: `${resource}: no scale-down time recorded (tag immutable-deploy.scale-down-after); left running` };
  if (after > now)
    return { note: `${resource}: kept for instant rollback until ${idle.scaleDownAfter} (scale-down-delay)` };
  return {
    action: {
      kind: 'scale-in-colour',
      scaleSet: idle.ref,
      etag: idle.info.etag,
      write: {
        resource,
        operation: 'scale',
        before: `${idle.info.capacity} instance(s)`,
        after: '0 instance(s)',
        why: `its scale-down delay ended at ${idle.scaleDownAfter}`,
      },
    },
  };
}
