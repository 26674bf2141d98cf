/**
 * A bake with Azure Image Builder: create a template that distributes to the gallery image version
 * the engine chose, run it, follow the run to its end (bounded, progress in the log), read the run
 * output, then delete the template (unless kept).
 */
import type {
  ImageBuilderPort,
  ImageTemplateRef,
  ImageTemplateSpec,
  ImageTemplateStatus,
} from '../azure/image-ports.js';
import { canonicalJson, type BakeKeyInput } from './bake-key.js';
import { CancelledError, EngineError } from '../errors.js';
import type { Clock, Logger, Sleep } from '../ports.js';
import { formatDuration } from '../duration.js';
import { pollUntil } from '../publish/poll.js';
import type { BakeSettings } from '../settings/types.js';

export const RUN_OUTPUT_NAME = 'gallery';

/** What decides an Image Builder image: the customizers and the resolved source. */
export function imageBuilderKeyInput(
  settings: NonNullable<BakeSettings['imageBuilder']>,
  resolvedBaseImage: string,
): BakeKeyInput {
  return {
    builder: 'image-builder',
    templateFiles: [{ path: 'image-builder/customizers.json', content: canonicalJson(settings.customizers) }],
    resolvedBaseImage,
  };
}

/** A template name per definition and version: a re-run of the same bake finds its own template. */
export function templateName(definition: string, version: string): string {
  return `immutable-deploy-${definition}-${version.replace(/\./g, '-')}`.slice(0, 64);
}

export interface ImageBuilderBake {
  readonly port: ImageBuilderPort;
  readonly ref: ImageTemplateRef;
  readonly spec: ImageTemplateSpec;
  readonly keepTemplate: boolean;
  readonly timeoutMs: number;
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly signal: AbortSignal;
  readonly log: Logger;
  readonly warn: (message: string) => void;
}

const FINISHED = new Set(['succeeded', 'partiallysucceeded', 'failed', 'canceled']);

/** Runs the bake; returns the gallery image version id Image Builder distributed to. */
export async function bakeWithImageBuilder(b: ImageBuilderBake): Promise<string> {
  const { port, ref, signal, log } = b;
  const opts = { signal };
  const started = b.clock.now();
  log.info(
    `creating Image Builder template ${ref.name} in resource group ${ref.resourceGroup} (distributes to ${b.spec.galleryImageVersionId})`,
  );
  await port.createTemplate(ref, b.spec, opts);
  let running = false;
  try {
    log.info(`running Image Builder template ${ref.name}`);
    const { pollAfterMs } = await port.run(ref, opts);
    running = true;
    let lastPhase = '';
    const remaining = Math.max(1, b.timeoutMs - (b.clock.now() - started));
    const final = await pollUntil<ImageTemplateStatus>({
      clock: b.clock,
      sleep: b.sleep,
      signal,
      timeoutMs: remaining,
      firstDelayMs: pollAfterMs,
      observe: async () => {
        const s = await port.status(ref, opts);
        const phase = `${s.runState ?? 'unknown'}${s.runSubState && s.runState === 'Running' ? ` / ${s.runSubState}` : ''}`;
        if (phase !== lastPhase)
          log.info(`Image Builder ${ref.name}: ${phase} (after ${formatDuration(b.clock.now() - started)})`);
        lastPhase = phase;
        return { done: FINISHED.has((s.runState ?? '').toLowerCase()), value: s, pollAfterMs: s.pollAfterMs };
      },
      timedOut: (last) =>
        new EngineError(
          'transient',
          `the Image Builder build of ${ref.name} did not finish within ${formatDuration(b.timeoutMs)} (input 'bake-timeout'; last state ${last?.runState ?? 'unknown'}${last?.runSubState ? `/${last.runSubState}` : ''}); it was asked to cancel`,
        ),
    });
    running = false;
    const state = (final.runState ?? '').toLowerCase();
    if (state !== 'succeeded' && state !== 'partiallysucceeded') {
      throw new EngineError(
        'terminal',
        `the Image Builder build of ${ref.name} ended ${final.runState}${final.message ? `: ${final.message}` : ''}`,
      );
    }
    if (state === 'partiallysucceeded')
      b.warn(`the Image Builder build of ${ref.name} partially succeeded${final.message ? `: ${final.message}` : ''}`);
    const output = await port.runOutput(ref, RUN_OUTPUT_NAME, opts);
    if (!output?.artifactId)
      throw new EngineError(
        'terminal',
        `the Image Builder build of ${ref.name} succeeded but its run output '${RUN_OUTPUT_NAME}' names no artifact`,
      );
    log.info(`Image Builder distributed ${output.artifactId}`);
    return output.artifactId;
  } catch (err) {
    if (running) await cancelQuietly(b, err);
    throw err;
  } finally {
    if (!b.keepTemplate) await deleteQuietly(b);
  }
}

async function cancelQuietly(b: ImageBuilderBake, reason: unknown): Promise<void> {
  // A cancelled run still owes Azure a cancel: use a fresh signal so the request can go out.
  const signal = reason instanceof CancelledError || b.signal.aborted ? new AbortController().signal : b.signal;
  try {
    await b.port.cancel(b.ref, { signal });
  } catch (err) {
    b.warn(`could not cancel the Image Builder build of ${b.ref.name}: ${(err as Error).message}`);
  }
}

async function deleteQuietly(b: ImageBuilderBake): Promise<void> {
  try {
    b.log.info(`deleting Image Builder template ${b.ref.name}`);
    await b.port.deleteTemplate(b.ref, { signal: b.signal.aborted ? new AbortController().signal : b.signal });
  } catch (err) {
    b.warn(
      `could not delete the Image Builder template ${b.ref.name} (delete it yourself, or set 'keep-image-template'): ${(err as Error).message}`,
    );
  }
}
