/**
 * Confirms version deletes that were sent and not followed (apply.ts takes Azure's 202 and moves
 * on): the definition's versions are listed, page by page, until every deleted one is gone,
 * bounded by clean-up's deadline. One listing answers for every delete at once, where following
 * each operation would cost a poll per delete per interval.
 *
 * What a listing says of a version whose delete Azure accepted:
 * - absent: deleted (confirmed);
 * - provisioningState 'Deleting': the operation is still running; listed again after a pause;
 * - any other state ('Failed', or back to 'Succeeded'): the operation ended without deleting it
 *   (Azure restores the version when a delete fails): a clean-up failure.
 * Still there at the deadline, or never listed because every listing failed: a failure too.
 */
import type { GalleryImageRef, GalleryPort } from '../azure/image-ports.js';
import type { AzurePorts } from '../azure/ports.js';
import { CancelledError, EngineError } from '../errors.js';
import type { Clock, Sleep } from '../ports.js';
import type { ActionResult } from './apply.js';

/** Pauses between listings double from Azure's Retry-After (of the DELETEs) up to this. */
const MAX_PAUSE_MS = 60_000;

export interface ConfirmOptions {
  readonly signal: AbortSignal;
  readonly clock: Clock;
  readonly sleep: Sleep;
  /** Clock time by which the deletes must be confirmed. */
  readonly deadline: number;
  /** Told of each listing (for the summary and the benchmark). */
  readonly onListing?: () => void;
  /** The first pause: Azure's Retry-After on the DELETEs (15 s when unknown). */
  readonly firstPauseMs?: number;
}

/** Version name → why its delete is not confirmed; absent from the map: confirmed deleted. */
export type DeleteVerdicts = ReadonlyMap<string, string>;

export async function confirmDeletes(
  gallery: GalleryPort,
  definition: GalleryImageRef,
  names: Iterable<string>,
  o: ConfirmOptions,
): Promise<DeleteVerdicts> {
  const pending = new Set(names);
  const failed = new Map<string, string>();
  let lastError: string | undefined;
  for (let pause = Math.max(1, o.firstPauseMs ?? 15_000); pending.size > 0; pause = Math.min(MAX_PAUSE_MS, pause * 2)) {
    if (o.clock.now() >= o.deadline) break;
    let retryAfterMs = 0;
    try {
      lastError = undefined;
      await listOnce(gallery, definition, pending, failed, o);
    } catch (err) {
      if (o.signal.aborted) throw new CancelledError('the run was cancelled while clean-up confirmed its deletes');
      lastError = err instanceof Error ? err.message : String(err);
      // A throttled listing waits at least as long as Azure asked.
      retryAfterMs = err instanceof EngineError ? (err.retryAfterMs ?? 0) : 0;
    }
    if (pending.size === 0) break;
    const wait = Math.min(Math.max(pause, retryAfterMs), o.deadline - o.clock.now());
    if (wait <= 0) break;
    await o.sleep(wait, o.signal);
  }
  const why = lastError
    ? `not confirmed deleted by clean-up's time limit ('cleanup-timeout'; the last listing failed: ${lastError})`
    : "still deleting at clean-up's time limit ('cleanup-timeout')";
  for (const name of pending) failed.set(name, why);
  return failed;
}

/**
 * One listing of every page: a pending name listed 'Deleting' stays pending, in another state it
 * failed, not listed at all it is gone. Only a listing that reached its last page says "gone".
 */
async function listOnce(
  gallery: GalleryPort,
  definition: GalleryImageRef,
  pending: Set<string>,
  failed: Map<string, string>,
  o: ConfirmOptions,
): Promise<void> {
  o.onListing?.();
  const stillThere = new Map<string, string>();
  const timeoutMs = Math.max(1, o.deadline - o.clock.now());
  for await (const page of gallery.listVersionsPaged(definition, { signal: o.signal, timeoutMs })) {
    for (const v of page) if (pending.has(v.name)) stillThere.set(v.name, v.provisioningState ?? 'unknown');
  }
  for (const name of [...pending]) {
    const state = stillThere.get(name);
    if (state?.toLowerCase() === 'deleting') continue;
    pending.delete(name);
    if (state !== undefined)
      failed.set(
        name,
        `the delete was accepted but the version is still there, provisioning state ${state}: Azure's operation ended without deleting it`,
      );
  }
}

/** The applied results with every accepted delete settled: confirmed (done) or failed with why. */
export async function confirmAccepted(
  ports: AzurePorts,
  definition: GalleryImageRef,
  sent: readonly ActionResult[],
  o: ConfirmOptions,
): Promise<ActionResult[]> {
  const accepted = sent.flatMap((r) =>
    r.accepted && r.action.kind === 'delete-version' ? [r.action.version.version] : [],
  );
  if (accepted.length === 0) return [...sent];
  const hint = sent.reduce<number | undefined>(
    (m, r) => (r.accepted && r.pollAfterMs !== undefined ? Math.max(m ?? 0, r.pollAfterMs) : m),
    undefined,
  );
  const firstPauseMs = hint !== undefined ? Math.min(MAX_PAUSE_MS, hint) : undefined;
  const verdicts = await confirmDeletes(ports.gallery, definition, accepted, {
    ...o,
    ...(firstPauseMs !== undefined ? { firstPauseMs } : {}),
  });
  return sent.map((r) => {
    if (!r.accepted || r.action.kind !== 'delete-version') return r;
    const why = verdicts.get(r.action.version.version);
    return why ? { action: r.action, error: why } : { action: r.action };
  });
}
