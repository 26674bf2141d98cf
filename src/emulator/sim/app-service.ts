import type { RampRule } from './app-ramp.js';
import type { HealthRules } from './health-script.js';
import { SimOperation, type OperationError, type Timeline } from './timeline.js';

/**
 * Runtime of App Service sites and slots: which app each slot is serving, restarts, and the
 * slot swap as Azure documents it ("What happens during a swap", source → target):
 *  1. the target slot's slot-specific (sticky) app settings are applied to the source slot,
 *     which restarts; 2. the swap waits for the source to restart and warm up — if it fails to
 *     start, the source's settings are reverted and the swap stops; 3. routing is switched:
 *     the two slots exchange their apps (content + non-sticky settings) in one step;
 *  4. the source slot, now holding the former target app, gets its own sticky settings back
 *     and restarts.
 * Swap with preview stops after step 2 (applySlotConfig); slotsswap completes it and
 * resetSlotConfig reverts it.
 *
 * Restarts are overlapped (App Service starts the new worker before retiring the old one), so
 * a slot keeps answering with its previous app until the new one is up. The app a slot serves
 * is one object reference; swapping exchanges two references synchronously, so requests during
 * a swap never fail.
 */
export const PRODUCTION = 'production';

export interface RunningApp {
  /** `DOCKER|repo/image:tag`, `package:<url>` (WEBSITE_RUN_FROM_PACKAGE) or '' (nothing deployed). */
  content: string;
  /** App settings the worker started with. */
  settings: Record<string, string>;
  failed: boolean;
  startedAtMs: number;
}

export interface SlotSim {
  readonly site: SiteSim;
  readonly name: string;
  linuxFxVersion: string;
  appSettings: Record<string, string>;
  /** What answers requests right now (undefined before the first start). */
  app: RunningApp | undefined;
  restarts: number;
}

export interface AppTimings {
  restartMs: number;
}

export const DEFAULT_APP_TIMINGS: AppTimings = { restartMs: 30_000 };

/**
 * The paths the simulated app serves unless its world declares others (`control.setAppPaths`):
 * the root, the common health pages and the version page. Every other path answers 404, as a
 * real app would, so a wrong warm-up / health path fails instead of passing on any URL. The slot's
 * `WEBSITE_SWAP_WARMUP_PING_PATH` (the swap's warm-up request path, learn.microsoft.com/azure/
 * app-service/deploy-staging-slots#customize-warm-up) is served too: a slot configured with it
 * declares that its app answers there.
 */
export const DEFAULT_APP_PATHS: readonly string[] = ['/', '/health', '/healthz', '/version'];

const normalPath = (path: string): string => {
  const p = path.split(/[?#]/)[0] || '/';
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
};

interface PendingSwap {
  source: string;
  target: string;
  /** The source slot's own sticky settings, put back on reset or after the swap. */
  savedSticky: Record<string, string>;
  /** Warm-up of the source with the target's sticky settings. */
  warmup: SimOperation;
}

export class SiteSim {
  readonly slots = new Map<string, SlotSim>();
  /** Sticky app setting names (`config/slotConfigNames.appSettingNames`). */
  stickySettingNames: string[] = [];
  pending: PendingSwap | undefined;
  /** Called after the simulation itself changed slot configuration (swap, preview, revert). */
  onChange: (() => void) | undefined;
  /** Paths the app serves (undefined: DEFAULT_APP_PATHS); set by `control.setAppPaths`. */
  paths: readonly string[] | undefined;
  /** The production site's ramp-up rules (config/web `experiments.rampUpRules`): app-ramp.ts routes by them. */
  rampUpRules: readonly RampRule[] = [];

  constructor(
    readonly id: string,
    readonly name: string,
    private readonly ctx: { timeline: Timeline; health: HealthRules; timings: AppTimings },
  ) {}

  slot(name = PRODUCTION): SlotSim | undefined {
    return this.slots.get(name.toLowerCase());
  }

  /** Creates the slot and starts its app at once (a fresh site answers immediately). */
  ensureSlot(name = PRODUCTION): SlotSim {
    const key = name.toLowerCase();
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { site: this, name: key, linuxFxVersion: '', appSettings: {}, app: undefined, restarts: 0 };
      this.slots.set(key, slot);
      slot.app = this.buildApp(slot, this.now());
    }
    return slot;
  }

  now(): number {
    return this.ctx.timeline.clock.now();
  }

  /** Starts the slot's app from its configuration at once (first deployment of a new slot). */
  startNow(slotName: string): void {
    const slot = this.requireSlot(slotName);
    slot.app = this.buildApp(slot, this.now());
  }

  /** Restarts the slot's app with its current configuration (overlapped). */
  restart(slotName: string, options: { keepOldOnFailure?: boolean } = {}, atMs = this.now()): SimOperation {
    const slot = this.requireSlot(slotName);
    const op = new SimOperation(atMs);
    const readyAt = atMs + this.ctx.timings.restartMs;
    this.ctx.timeline.scheduler.at(readyAt, () => {
      const next = this.buildApp(slot, readyAt);
      slot.restarts++;
      if (next.failed) {
        if (!options.keepOldOnFailure) slot.app = next;
        return op.fail(readyAt, {
          code: 'ApplicationStartFailed',
          message: `The app in slot '${slot.name}' of site '${this.name}' failed to start with '${next.content}'.`,
        });
      }
      slot.app = next;
      op.succeed(readyAt);
    });
    return op;
  }

  /** Step 1–2 of a swap: the source takes the target's sticky settings and warms up. */
  applySlotConfig(source: string, target: string, atMs = this.now()): PendingSwap {
    const src = this.requireSlot(source);
    const tgt = this.requireSlot(target);
    if (this.pending && (this.pending.source !== src.name || this.pending.target !== tgt.name)) {
      throw new SwapConflictError(
        `A swap with preview between '${this.pending.source}' and '${this.pending.target}' is already in progress.`,
      );
    }
    if (this.pending) return this.pending;
    const savedSticky = this.sticky(src.appSettings);
    src.appSettings = { ...this.nonSticky(src.appSettings), ...this.sticky(tgt.appSettings) };
    this.onChange?.();
    const warmup = this.restart(src.name, { keepOldOnFailure: true }, atMs);
    const pending: PendingSwap = { source: src.name, target: tgt.name, savedSticky, warmup };
    this.pending = pending;
    warmup.onDone((w) => {
      if (w.status === 'Failed' && this.pending === pending) this.revert(w.endTimeMs ?? atMs);
    });
    return pending;
  }

  /** Cancels a swap with preview: the source gets its own sticky settings back and restarts. */
  resetSlotConfig(atMs = this.now()): void {
    if (this.pending) this.revert(atMs);
  }

  /**
   * The whole swap. Ends after routing switched and the source restarted with its own sticky
   * settings; fails (nothing swapped) when the source does not start.
   */
  swap(source: string, target: string, atMs = this.now()): SimOperation {
    const pending = this.applySlotConfig(source, target, atMs);
    const op = new SimOperation(atMs);
    pending.warmup.onDone((warm) => {
      const at = Math.max(atMs, warm.endTimeMs ?? atMs);
      if (warm.status !== 'Succeeded') return op.fail(at, swapFailed(pending, warm.error));
      const warmupError = this.warmupRejected(this.requireSlot(pending.source));
      if (warmupError) {
        this.revert(at);
        return op.fail(at, warmupError);
      }
      this.switchRouting(pending);
      this.pending = undefined;
      this.restart(pending.source, {}, at).onDone((r) => op.succeed(r.endTimeMs ?? at));
    });
    return op;
  }

  /** Exchanges content and non-sticky settings (and the serving apps) of the two slots at once. */
  private switchRouting(pending: PendingSwap): void {
    const src = this.requireSlot(pending.source);
    const tgt = this.requireSlot(pending.target);
    const srcApp = src.app;
    const [srcFx, tgtFx] = [src.linuxFxVersion, tgt.linuxFxVersion];
    const [srcLoose, tgtLoose] = [this.nonSticky(src.appSettings), this.nonSticky(tgt.appSettings)];
    const tgtSticky = this.sticky(tgt.appSettings);
    src.app = tgt.app;
    tgt.app = srcApp;
    tgt.linuxFxVersion = srcFx;
    tgt.appSettings = { ...srcLoose, ...tgtSticky };
    src.linuxFxVersion = tgtFx;
    src.appSettings = { ...tgtLoose, ...pending.savedSticky };
    this.onChange?.();
  }

  /**
   * WEBSITE_SWAP_WARMUP_PING_STATUSES restricts which warm-up answers count as warmed up
   * (by default any HTTP answer does, so an app answering 500 still swaps).
   */
  private warmupRejected(slot: SlotSim): OperationError | undefined {
    const allowed = slot.appSettings['WEBSITE_SWAP_WARMUP_PING_STATUSES'];
    if (!allowed) return undefined;
    const status = this.answer(slot, slot.appSettings['WEBSITE_SWAP_WARMUP_PING_PATH'] ?? '/').status;
    const ok = allowed
      .split(',')
      .map((s) => s.trim())
      .includes(String(status));
    return ok
      ? undefined
      : {
          code: 'SwapWarmupFailed',
          message: `Warm-up of slot '${slot.name}' answered HTTP ${status}, not one of ${allowed}.`,
        };
  }

  /** Whether the slot's app has a page at `path` (query ignored, trailing slash ignored). */
  serves(slot: SlotSim, path: string): boolean {
    const ping = slot.appSettings['WEBSITE_SWAP_WARMUP_PING_PATH'];
    const known = [...(this.paths ?? DEFAULT_APP_PATHS), ...(ping ? [ping] : [])].map(normalPath);
    return known.includes(normalPath(path));
  }

  private revert(atMs: number): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    const src = this.requireSlot(pending.source);
    src.appSettings = { ...this.nonSticky(src.appSettings), ...pending.savedSticky };
    this.onChange?.();
    this.restart(src.name, { keepOldOnFailure: true }, atMs);
  }

  /** What a request for `path` to the slot gets right now (a path the app does not serve: 404). */
  answer(slot: SlotSim, path = '/'): { status: number; body: Record<string, unknown> } {
    const app = slot.app;
    const where = { site: this.name, slot: slot.name };
    if (!app || app.failed)
      return { status: 503, body: { ...where, error: 'ApplicationError', message: 'Application Error' } };
    if (!this.serves(slot, path))
      return { status: 404, body: { ...where, error: 'NotFound', message: `No page at ${normalPath(path)}` } };
    const described = describeContent(app.content);
    if (this.ctx.health.isImageUnhealthy(app.content)) {
      return { status: 500, body: { ...where, ...described, error: 'Unhealthy' } };
    }
    if (this.ctx.health.answersWithError(app.content, path)) {
      return { status: 500, body: { ...where, ...described, error: 'InternalServerError' } };
    }
    return { status: 200, body: { ...where, ...described, startedAt: new Date(app.startedAtMs).toISOString() } };
  }

  requireSlot(name: string): SlotSim {
    const slot = this.slot(name);
    if (!slot) throw new SlotNotFoundError(this.name, name);
    return slot;
  }

  private buildApp(slot: SlotSim, atMs: number): RunningApp {
    const content = contentOf(slot.linuxFxVersion, slot.appSettings);
    return {
      content,
      settings: { ...slot.appSettings },
      failed: content !== '' && this.ctx.health.bootFails(content),
      startedAtMs: atMs,
    };
  }

  private sticky(settings: Record<string, string>): Record<string, string> {
    return Object.fromEntries(Object.entries(settings).filter(([k]) => this.isSticky(k)));
  }

  private nonSticky(settings: Record<string, string>): Record<string, string> {
    return Object.fromEntries(Object.entries(settings).filter(([k]) => !this.isSticky(k)));
  }

  private isSticky(name: string): boolean {
    return this.stickySettingNames.some((n) => n.toLowerCase() === name.toLowerCase());
  }
}

/** WEBSITE_RUN_FROM_PACKAGE wins over the container image, as on App Service. */
export function contentOf(linuxFxVersion: string, settings: Record<string, string>): string {
  const pkg = settings['WEBSITE_RUN_FROM_PACKAGE'];
  if (pkg && pkg !== '0') return `package:${pkg}`;
  return linuxFxVersion;
}

/** `DOCKER|reg.io/app:1.2.3` → image `reg.io/app:1.2.3`, version `1.2.3`. */
export function describeContent(content: string): Record<string, string> {
  if (content.startsWith('package:')) {
    const url = content.slice('package:'.length);
    const file = url.split('?')[0]!.split('/').filter(Boolean).at(-1) ?? url;
    return { content, package: url, version: file.replace(/\.zip$/i, '') };
  }
  const image = content.includes('|') ? content.slice(content.indexOf('|') + 1) : content;
  const lastSlash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  const tag = colon > lastSlash ? image.slice(colon + 1) : 'latest';
  return { content, image, version: tag };
}

function swapFailed(pending: PendingSwap, cause: OperationError | undefined): OperationError {
  return {
    code: cause?.code ?? 'SwapFailed',
    message: `Swap of slot '${pending.source}' into '${pending.target}' was stopped and the source slot reverted: ${cause?.message ?? 'warm-up failed'}`,
  };
}

export class SlotNotFoundError extends Error {
  constructor(
    readonly siteName: string,
    readonly slotName: string,
  ) {
    super(`The slot '${slotName}' of site '${siteName}' was not found.`);
  }
}

export class SwapConflictError extends Error {}
