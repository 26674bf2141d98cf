/**
 * One abort signal per worker, fanned out from the run's signal through ONE listener on it. The SDK
 * adds an abort listener to the signal of every request in flight (and a sleep adds one too), so
 * workers sharing the run's signal would pile up one listener each: Node warns past 10
 * (MaxListenersExceededWarning) at any parallelism above that. A worker has one call in flight at
 * a time, so its own signal never holds more than a couple.
 */
export function workerSignals(parent: AbortSignal, n: number): { readonly list: AbortSignal[]; dispose(): void } {
  const controllers = Array.from({ length: n }, () => new AbortController());
  const abort = () => {
    for (const c of controllers) c.abort(parent.reason);
  };
  if (parent.aborted) abort();
  else parent.addEventListener('abort', abort, { once: true });
  return { list: controllers.map((c) => c.signal), dispose: () => parent.removeEventListener('abort', abort) };
}
