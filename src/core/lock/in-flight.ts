/**
 * A lease write in flight is not cut off by a cancellation: once its request is sent it may land,
 * and a release sent meanwhile could reach Azure before it and miss it (the lease would then block
 * every later run until it expires). So on cancel the write gets a short grace to finish, is then
 * aborted, and only then does the caller release; the caller sees a CancelledError either way.
 */
import { CancelledError } from '../errors.js';
import type { Sleep } from '../ports.js';

/** How long a cancelled run lets its lease write finish before aborting it (then it releases). */
export const CANCEL_GRACE_MS = 10_000;

export async function finishBeforeCancel<T>(
  call: (signal: AbortSignal) => Promise<T>,
  run: AbortSignal,
  sleep: Sleep,
  cancelled: () => CancelledError,
): Promise<T> {
  const own = new AbortController();
  const sent = call(own.signal);
  const settled = sent.then(
    () => 'done' as const,
    () => 'done' as const,
  );
  if (!run.aborted) {
    let stop = (): void => undefined;
    const aborted = new Promise<'aborted'>((resolve) => {
      stop = () => resolve('aborted');
      run.addEventListener('abort', stop, { once: true });
    });
    const first = await Promise.race([settled, aborted]);
    run.removeEventListener('abort', stop);
    if (first === 'done') return sent;
  }
  // Cancelled while the write is out: let it finish (bounded), then stop it.
  const graceOver = new AbortController();
  const grace = sleep(CANCEL_GRACE_MS, graceOver.signal).catch(() => undefined);
  await Promise.race([settled, grace]);
  graceOver.abort();
  own.abort();
  await settled;
  throw cancelled();
}
