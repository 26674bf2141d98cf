/**
 * Applies clean-up actions in parallel with bounded concurrency; each long-running operation is
 * followed to its end by the port; one failure does not stop the others. No timers: a fixed
 * number of workers take the next action from a shared queue.
 */
import type { AzurePorts } from '../azure/ports.js';
import { CancelledError } from '../errors.js';
import type { CleanupAction } from './actions.js';

export const CLEANUP_CONCURRENCY = 4;

export interface ActionResult {
  readonly action: CleanupAction;
  readonly error?: string;
}

export async function applyActions(ports: AzurePorts, actions: readonly CleanupAction[], signal: AbortSignal, concurrency = CLEANUP_CONCURRENCY): Promise<ActionResult[]> {
  const results: ActionResult[] = new Array(actions.length);
  let next = 0;
  const worker = async () => {
    while (next < actions.length) {
      const i = next++;
      const action = actions[i]!;
      if (signal.aborted) throw new CancelledError('the run was cancelled during clean-up');
      try {
        await applyOne(ports, action, signal);
        results[i] = { action };
      } catch (err) {
        if (signal.aborted) throw new CancelledError('the run was cancelled during clean-up');
        results[i] = { action, error: err instanceof Error ? err.message : String(err) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, actions.length)) }, worker));
  return results;
}

async function applyOne(ports: AzurePorts, a: CleanupAction, signal: AbortSignal): Promise<void> {
  switch (a.kind) {
    case 'delete-version':
      return ports.gallery.deleteVersion(a.version, { signal });
    case 'retire-version':
      return ports.gallery.retireVersion(a.version, a.change, { signal });
    case 'delete-managed-image':
      return ports.managedImages.delete(a.id, { signal });
    case 'delete-image-template':
      return ports.imageBuilder.deleteTemplate(a.template, { signal });
    case 'scale-in-colour':
      await ports.scaleSets.setCapacity(a.scaleSet, 0, a.etag, { signal });
      return;
  }
}
