/**
 * Clean-up is plan-then-apply: a list of actions, each with the reason observed state gives for it,
 * computed by pure functions (retention.ts, leftovers.ts), then applied (apply.ts) — or, in plan
 * mode, only described. Each action carries its PlannedWrite (src/core/plan/action.ts).
 */
import type { GalleryVersionRef, ImageTemplateRef, VersionRetirement } from '../azure/image-ports.js';
import type { ScaleSetRef } from '../azure/scale-set-port.js';
import type { PlannedWrite } from '../plan/action.js';

export type CleanupAction =
  | { readonly kind: 'delete-version'; readonly version: GalleryVersionRef; readonly write: PlannedWrite }
  | {
      readonly kind: 'retire-version';
      readonly version: GalleryVersionRef;
      readonly change: VersionRetirement;
      readonly write: PlannedWrite;
    }
  | { readonly kind: 'delete-managed-image'; readonly id: string; readonly write: PlannedWrite }
  | { readonly kind: 'delete-image-template'; readonly template: ImageTemplateRef; readonly write: PlannedWrite }
  | {
      readonly kind: 'scale-in-colour';
      readonly scaleSet: ScaleSetRef;
      readonly etag?: string;
      readonly write: PlannedWrite;
    };

/** What was kept and why, for the summary and the kept-in-use output. */
export interface Kept {
  readonly version: string;
  readonly reason: string;
  /** True when something uses it (live/previous on the target, a scale set's model): kept-in-use. */
  readonly inUse: boolean;
}

/** `delete gallery version gal/web 1.3.0: not in use, 96 days old` */
export const describeAction = (a: CleanupAction): string => `${a.write.operation} ${a.write.resource}: ${a.write.why}`;
