export const id = 726;
export const ids = [726];
export const modules = {

/***/ 7726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEmulatorCommand: () => (/* binding */ runEmulatorCommand)
});

// UNUSED EXPORTS: DEFAULT_CONNECTION_FILE, durationSeconds, parseEmulatorArgs, resolveWorld

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/emulator/random.ts
/** mulberry32: tiny, fast, good enough for non-cryptographic determinism. */
function createRandom(seed) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const hex = (length) => {
        let out = '';
        while (out.length < length)
            out += Math.floor(next() * 16).toString(16);
        return out;
    };
    const uuid = () => {
        const h = hex(32);
        const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
        return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    };
    return { next, hex, uuid };
}

;// CONCATENATED MODULE: ./src/emulator/sim/timeline.ts
class SimOperation {
    startTimeMs;
    status = 'InProgress';
    error;
    endTimeMs;
    listeners = [];
    constructor(startTimeMs) {
        this.startTimeMs = startTimeMs;
    }
    get done() {
        return this.status !== 'InProgress';
    }
    succeed(atMs) {
        this.finish('Succeeded', atMs);
    }
    fail(atMs, error) {
        this.error = error;
        this.finish('Failed', atMs);
    }
    cancel(atMs) {
        this.finish('Canceled', atMs);
    }
    /** Runs `listener` when the operation ends (at once if it already has). */
    onDone(listener) {
        if (this.done)
            listener(this);
        else
            this.listeners.push(listener);
    }
    finish(status, atMs) {
        if (this.done)
            return;
        this.status = status;
        this.endTimeMs = atMs;
        for (const listener of this.listeners.splice(0))
            listener(this);
    }
    /** An operation that is already complete. */
    static completed(atMs) {
        const op = new SimOperation(atMs);
        op.succeed(atMs);
        return op;
    }
    /** Succeeds when every part has ended; fails with the first failure. */
    static all(startMs, parts) {
        const op = new SimOperation(startMs);
        let remaining = parts.length;
        if (remaining === 0)
            op.succeed(startMs);
        for (const part of parts) {
            part.onDone((p) => {
                if (p.status === 'Failed' && p.error)
                    op.fail(p.endTimeMs ?? startMs, p.error);
                if (--remaining === 0)
                    op.succeed(p.endTimeMs ?? startMs);
            });
        }
        return op;
    }
}

;// CONCATENATED MODULE: ./src/emulator/sim/app-service.ts

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
const PRODUCTION = 'production';
const DEFAULT_APP_TIMINGS = { restartMs: 30_000 };
/**
 * The paths the simulated app serves unless its world declares others (`control.setAppPaths`):
 * the root, the common health pages and the version page. Every other path answers 404, as a
 * real app would, so a wrong warm-up / health path fails instead of passing on any URL. The slot's
 * `WEBSITE_SWAP_WARMUP_PING_PATH` (the swap's warm-up request path, learn.microsoft.com/azure/
 * app-service/deploy-staging-slots#customize-warm-up) is served too: a slot configured with it
 * declares that its app answers there.
 */
const DEFAULT_APP_PATHS = ['/', '/health', '/healthz', '/version'];
const normalPath = (path) => {
    const p = path.split(/[?#]/)[0] || '/';
    return p.length > 1 ? p.replace(/\/+$/, '') : p;
};
class SiteSim {
    id;
    name;
    ctx;
    slots = new Map();
    /** Sticky app setting names (`config/slotConfigNames.appSettingNames`). */
    stickySettingNames = [];
    pending;
    /** Called after the simulation itself changed slot configuration (swap, preview, revert). */
    onChange;
    /** Paths the app serves (undefined: DEFAULT_APP_PATHS); set by `control.setAppPaths`. */
    paths;
    constructor(id, name, ctx) {
        this.id = id;
        this.name = name;
        this.ctx = ctx;
    }
    slot(name = PRODUCTION) {
        return this.slots.get(name.toLowerCase());
    }
    /** Creates the slot and starts its app at once (a fresh site answers immediately). */
    ensureSlot(name = PRODUCTION) {
        const key = name.toLowerCase();
        let slot = this.slots.get(key);
        if (!slot) {
            slot = { site: this, name: key, linuxFxVersion: '', appSettings: {}, app: undefined, restarts: 0 };
            this.slots.set(key, slot);
            slot.app = this.buildApp(slot, this.now());
        }
        return slot;
    }
    now() {
        return this.ctx.timeline.clock.now();
    }
    /** Starts the slot's app from its configuration at once (first deployment of a new slot). */
    startNow(slotName) {
        const slot = this.requireSlot(slotName);
        slot.app = this.buildApp(slot, this.now());
    }
    /** Restarts the slot's app with its current configuration (overlapped). */
    restart(slotName, options = {}, atMs = this.now()) {
        const slot = this.requireSlot(slotName);
        const op = new SimOperation(atMs);
        const readyAt = atMs + this.ctx.timings.restartMs;
        this.ctx.timeline.scheduler.at(readyAt, () => {
            const next = this.buildApp(slot, readyAt);
            slot.restarts++;
            if (next.failed) {
                if (!options.keepOldOnFailure)
                    slot.app = next;
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
    applySlotConfig(source, target, atMs = this.now()) {
        const src = this.requireSlot(source);
        const tgt = this.requireSlot(target);
        if (this.pending && (this.pending.source !== src.name || this.pending.target !== tgt.name)) {
            throw new SwapConflictError(`A swap with preview between '${this.pending.source}' and '${this.pending.target}' is already in progress.`);
        }
        if (this.pending)
            return this.pending;
        const savedSticky = this.sticky(src.appSettings);
        src.appSettings = { ...this.nonSticky(src.appSettings), ...this.sticky(tgt.appSettings) };
        this.onChange?.();
        const warmup = this.restart(src.name, { keepOldOnFailure: true }, atMs);
        const pending = { source: src.name, target: tgt.name, savedSticky, warmup };
        this.pending = pending;
        warmup.onDone((w) => {
            if (w.status === 'Failed' && this.pending === pending)
                this.revert(w.endTimeMs ?? atMs);
        });
        return pending;
    }
    /** Cancels a swap with preview: the source gets its own sticky settings back and restarts. */
    resetSlotConfig(atMs = this.now()) {
        if (this.pending)
            this.revert(atMs);
    }
    /**
     * The whole swap. Ends after routing switched and the source restarted with its own sticky
     * settings; fails (nothing swapped) when the source does not start.
     */
    swap(source, target, atMs = this.now()) {
        const pending = this.applySlotConfig(source, target, atMs);
        const op = new SimOperation(atMs);
        pending.warmup.onDone((warm) => {
            const at = Math.max(atMs, warm.endTimeMs ?? atMs);
            if (warm.status !== 'Succeeded')
                return op.fail(at, swapFailed(pending, warm.error));
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
    switchRouting(pending) {
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
    warmupRejected(slot) {
        const allowed = slot.appSettings['WEBSITE_SWAP_WARMUP_PING_STATUSES'];
        if (!allowed)
            return undefined;
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
    serves(slot, path) {
        const ping = slot.appSettings['WEBSITE_SWAP_WARMUP_PING_PATH'];
        const known = [...(this.paths ?? DEFAULT_APP_PATHS), ...(ping ? [ping] : [])].map(normalPath);
        return known.includes(normalPath(path));
    }
    revert(atMs) {
        const pending = this.pending;
        if (!pending)
            return;
        this.pending = undefined;
        const src = this.requireSlot(pending.source);
        src.appSettings = { ...this.nonSticky(src.appSettings), ...pending.savedSticky };
        this.onChange?.();
        this.restart(src.name, { keepOldOnFailure: true }, atMs);
    }
    /** What a request for `path` to the slot gets right now (a path the app does not serve: 404). */
    answer(slot, path = '/') {
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
        return { status: 200, body: { ...where, ...described, startedAt: new Date(app.startedAtMs).toISOString() } };
    }
    requireSlot(name) {
        const slot = this.slot(name);
        if (!slot)
            throw new SlotNotFoundError(this.name, name);
        return slot;
    }
    buildApp(slot, atMs) {
        const content = contentOf(slot.linuxFxVersion, slot.appSettings);
        return {
            content,
            settings: { ...slot.appSettings },
            failed: content !== '' && this.ctx.health.bootFails(content),
            startedAtMs: atMs,
        };
    }
    sticky(settings) {
        return Object.fromEntries(Object.entries(settings).filter(([k]) => this.isSticky(k)));
    }
    nonSticky(settings) {
        return Object.fromEntries(Object.entries(settings).filter(([k]) => !this.isSticky(k)));
    }
    isSticky(name) {
        return this.stickySettingNames.some((n) => n.toLowerCase() === name.toLowerCase());
    }
}
/** WEBSITE_RUN_FROM_PACKAGE wins over the container image, as on App Service. */
function contentOf(linuxFxVersion, settings) {
    const pkg = settings['WEBSITE_RUN_FROM_PACKAGE'];
    if (pkg && pkg !== '0')
        return `package:${pkg}`;
    return linuxFxVersion;
}
/** `DOCKER|reg.io/app:1.2.3` → image `reg.io/app:1.2.3`, version `1.2.3`. */
function describeContent(content) {
    if (content.startsWith('package:')) {
        const url = content.slice('package:'.length);
        const file = url.split('?')[0].split('/').filter(Boolean).at(-1) ?? url;
        return { content, package: url, version: file.replace(/\.zip$/i, '') };
    }
    const image = content.includes('|') ? content.slice(content.indexOf('|') + 1) : content;
    const lastSlash = image.lastIndexOf('/');
    const colon = image.lastIndexOf(':');
    const tag = colon > lastSlash ? image.slice(colon + 1) : 'latest';
    return { content, image, version: tag };
}
function swapFailed(pending, cause) {
    return {
        code: cause?.code ?? 'SwapFailed',
        message: `Swap of slot '${pending.source}' into '${pending.target}' was stopped and the source slot reverted: ${cause?.message ?? 'warm-up failed'}`,
    };
}
class SlotNotFoundError extends Error {
    siteName;
    slotName;
    constructor(siteName, slotName) {
        super(`The slot '${slotName}' of site '${siteName}' was not found.`);
        this.siteName = siteName;
        this.slotName = slotName;
    }
}
class SwapConflictError extends Error {
}

;// CONCATENATED MODULE: ./src/emulator/sim/health-script.ts
class HealthRules {
    rng;
    unhealthyImages = new Set();
    failingImages = new Set();
    unhealthyInstances = new Set();
    bootFailureOneIn = null;
    unhealthyResponse = 'http503';
    constructor(rng) {
        this.rng = rng;
    }
    unhealthyImage(match) {
        this.unhealthyImages.add(match.toLowerCase());
    }
    failingImage(match) {
        this.failingImages.add(match.toLowerCase());
    }
    bootFailures(options) {
        if (options && !(options.oneIn >= 1))
            throw new RangeError('oneIn must be >= 1');
        this.bootFailureOneIn = options?.oneIn ?? null;
    }
    unhealthyInstance(scaleSetId, instanceId, unhealthy = true) {
        const key = instanceKey(scaleSetId, instanceId);
        if (unhealthy)
            this.unhealthyInstances.add(key);
        else
            this.unhealthyInstances.delete(key);
    }
    setUnhealthyResponse(mode) {
        this.unhealthyResponse = mode;
    }
    clear() {
        this.unhealthyImages.clear();
        this.failingImages.clear();
        this.unhealthyInstances.clear();
        this.bootFailureOneIn = null;
        this.unhealthyResponse = 'http503';
    }
    /** Whether a workload running `image` is currently unhealthy (evaluated at every look). */
    isImageUnhealthy(image) {
        return matchesAny(this.unhealthyImages, image);
    }
    isInstanceUnhealthy(scaleSetId, instanceId) {
        return this.unhealthyInstances.has(instanceKey(scaleSetId, instanceId));
    }
    /** Decided once per boot: draws from the seeded generator only when a boot-failure rule is set. */
    bootFails(image) {
        if (matchesAny(this.failingImages, image))
            return true;
        if (this.bootFailureOneIn === null)
            return false;
        return this.rng.next() * this.bootFailureOneIn < 1;
    }
}
function matchesAny(patterns, image) {
    const lower = image.toLowerCase();
    for (const pattern of patterns)
        if (lower.includes(pattern))
            return true;
    return false;
}
function instanceKey(scaleSetId, instanceId) {
    return `${scaleSetId.toLowerCase()}|${instanceId}`;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/emulator/sim/vm-profile.ts
function obj(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
function arr(value) {
    return Array.isArray(value) ? value : [];
}
/** The image an instance boots: the reference id, or `publisher:offer:sku:version` for marketplace images. */
function imageOf(profile) {
    const ref = obj(obj(obj(profile)?.storageProfile)?.imageReference);
    if (!ref)
        return '';
    if (typeof ref.id === 'string')
        return ref.id;
    for (const key of ['sharedGalleryImageId', 'communityGalleryImageId']) {
        if (typeof ref[key] === 'string')
            return ref[key];
    }
    return [ref.publisher, ref.offer, ref.sku, ref.version].filter((p) => typeof p === 'string').join(':');
}
/**
 * What an instance reports as its version: the last path segment of a gallery image version
 * id (`.../versions/1.2.3` → `1.2.3`), the image name of a managed image, else the raw image.
 */
function versionOf(image) {
    const segments = image.split('/').filter(Boolean);
    const last = segments.at(-1);
    if (segments.length >= 2 && last)
        return last;
    const colon = image.split(':');
    return colon.length === 4 ? (colon[3] ?? image) : image;
}
function ipConfigurations(profile) {
    const nics = arr(obj(obj(profile)?.networkProfile)?.networkInterfaceConfigurations);
    return nics
        .flatMap((nic) => arr(obj(obj(nic)?.properties)?.ipConfigurations))
        .flatMap((ip) => {
        const props = obj(obj(ip)?.properties);
        return props ? [props] : [];
    });
}
/** Backend pool ids (lower-cased) the profile's NIC ip configurations join. */
function backendPoolIds(profile) {
    return ipConfigurations(profile).flatMap((ip) => arr(ip.loadBalancerBackendAddressPools).flatMap((ref) => {
        const id = obj(ref)?.id;
        return typeof id === 'string' ? [id.toLowerCase()] : [];
    }));
}
/**
 * Whether the scale set has a health source for its orchestrator (rolling upgrades, repairs):
 * the Application Health extension or a load balancer probe as `networkProfile.healthProbe`.
 */
function hasHealthSignal(profile) {
    if (obj(obj(obj(profile)?.networkProfile)?.healthProbe)?.id)
        return true;
    return hasHealthExtension(profile);
}
/**
 * Whether instances report their own health (`vmHealth` in the VM instance view): only the
 * Application Health extension does. "The Application Health Extension is deployed inside a
 * Virtual Machine Scale Set instance and reports on application health from inside the scale set
 * instance" ("Using Application Health extension with Virtual Machine Scale Sets"; its
 * troubleshooting section reads that state from the instance view's `vmHealth`). A load balancer
 * probe judges a backend from outside: its state is the load balancer's (the Health Probe Status
 * metric), not the VM's instance view ("Automatic instance repairs" lists the two sources apart).
 */
function hasHealthExtension(profile) {
    const extensions = arr(obj(obj(profile)?.extensionProfile)?.extensions);
    return extensions.some((ext) => {
        const type = obj(obj(ext)?.properties)?.type;
        return typeof type === 'string' && /^ApplicationHealth(Linux|Windows)$/i.test(type);
    });
}
/** Structural equality, independent of key order (clients re-send models in any order). */
function sameJson(a, b) {
    return canonical(a) === canonical(b);
}
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    const o = obj(value);
    if (o) {
        const keys = Object.keys(o)
            .filter((k) => o[k] !== undefined)
            .sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
function deepCopy(value) {
    return value === undefined ? value : JSON.parse(JSON.stringify(value));
}

;// CONCATENATED MODULE: ./src/emulator/sim/lb-probes.ts

/** `ProbePropertiesFormat.intervalInSeconds`: "The default value is 15, the minimum value is 5." */
const DEFAULT_PROBE_INTERVAL_SECONDS = 15;
/** `probeThreshold` absent: one successful probe admits an instance. */
const DEFAULT_PROBE_THRESHOLD = 1;
const lb_probes_instanceKey = (scaleSet, instance) => `${scaleSet.id.toLowerCase()}|${instance.instanceId}`;
class LoadBalancerProbes {
    deps;
    running = new Map();
    constructor(deps) {
        this.deps = deps;
    }
    /**
     * Probes `probes` from `atMs` on (each over `pools[probe.id]`), the first probe then; probes
     * of this load balancer that are no longer used stop. A probe whose settings did not change
     * keeps its counts.
     */
    configure(lbId, probes, pools, atMs = this.deps.now()) {
        const wanted = new Set(probes.map((p) => key(lbId, p.id)));
        for (const [k, probe] of this.running) {
            if (k.startsWith(`${lbId}|`) && !wanted.has(k)) {
                probe.cancel();
                this.running.delete(k);
            }
        }
        for (const model of probes) {
            const k = key(lbId, model.id);
            const existing = this.running.get(k);
            const poolIds = pools.get(model.id) ?? [];
            if (existing && sameModel(existing.model, model)) {
                existing.pools = poolIds;
                continue;
            }
            existing?.cancel();
            const probe = { model, pools: poolIds, streak: new Map(), cancel: () => undefined };
            this.running.set(k, probe);
            this.tick(probe, atMs);
        }
    }
    /** Whether the probe has admitted the instance (threshold reached). */
    admits(lbId, probeId, scaleSet, instance) {
        const probe = this.running.get(key(lbId, probeId.toLowerCase()));
        if (!probe)
            return false;
        return (probe.streak.get(lb_probes_instanceKey(scaleSet, instance)) ?? 0) >= probe.model.threshold;
    }
    /**
     * Whether every probe that checks the instance (over its pools) admits it; undefined when no probe
     * checks it.
     */
    admitsEverywhere(scaleSet, instance) {
        const k = lb_probes_instanceKey(scaleSet, instance);
        const pools = new Set(backendPoolIds(instance.profile));
        const covering = [...this.running.values()].filter((p) => p.pools.some((id) => pools.has(id.toLowerCase())));
        if (covering.length === 0)
            return undefined;
        return covering.every((p) => (p.streak.get(k) ?? 0) >= p.model.threshold);
    }
    stop(lbId) {
        this.configure(lbId, [], new Map());
    }
    stopAll() {
        for (const probe of this.running.values())
            probe.cancel();
        this.running.clear();
    }
    tick(probe, atMs) {
        const streak = new Map();
        for (const scaleSet of this.deps.scaleSets()) {
            for (const pool of probe.pools) {
                for (const instance of scaleSet.poolMembers(pool)) {
                    const k = lb_probes_instanceKey(scaleSet, instance);
                    const up = scaleSet.isServing(instance) && scaleSet.healthOf(instance) === 'healthy';
                    if (up)
                        streak.set(k, Math.min(probe.model.threshold, (probe.streak.get(k) ?? 0) + 1));
                }
            }
        }
        probe.streak = streak;
        const intervalMs = probe.model.intervalSeconds * 1000;
        // Ticks due by now beyond the last `threshold` would be overwritten by those: skip them.
        const due = Math.floor((this.deps.now() - atMs) / intervalMs);
        const next = atMs + intervalMs * Math.max(1, due - probe.model.threshold + 1);
        probe.cancel = this.deps.at(next, () => this.tick(probe, next));
    }
}
const key = (lbId, probeId) => `${lbId}|${probeId}`;
const sameModel = (a, b) => a.intervalSeconds === b.intervalSeconds && a.threshold === b.threshold;

;// CONCATENATED MODULE: ./src/emulator/sim/lb-traffic.ts



const DEFAULT_LB_TIMINGS = { propagationSeconds: 5, responseSeconds: 0 };
class LoadBalancerTraffic {
    deps;
    rules = new Map();
    listeners = new Map();
    pending = new Map();
    probes;
    timings = { ...DEFAULT_LB_TIMINGS };
    constructor(deps) {
        this.deps = deps;
        this.probes = new LoadBalancerProbes({
            at: deps.at,
            now: () => deps.clock.now(),
            scaleSets: deps.scaleSets,
        });
    }
    /**
     * A Succeeded LB PUT: its rules take effect after `timings.propagationSeconds` of simulated
     * time (changes apply in the order they were made).
     */
    configure(lbId, rules) {
        const id = lbId.toLowerCase();
        const delay = this.timings.propagationSeconds;
        if (delay <= 0)
            return void this.setRules(id, rules);
        const cancels = this.pending.get(id) ?? [];
        this.pending.set(id, cancels);
        const atMs = this.deps.clock.now() + delay * 1000;
        const cancel = this.deps.at(atMs, () => {
            cancels.splice(cancels.indexOf(cancel), 1);
            void this.setRules(id, rules, atMs);
        });
        cancels.push(cancel);
    }
    /**
     * Installs the load balancer's rules (atomically) as of simulated time `atMs` (default now: a
     * late scheduler task passes its due time, so probes count from then) and opens/closes listeners.
     */
    async setRules(lbId, rules, atMs = this.deps.clock.now()) {
        const id = lbId.toLowerCase();
        this.rules.set(id, rules);
        this.probes.configure(id, probesOf(rules), poolsByProbe(rules), atMs);
        const wanted = new Set(rules.map((r) => listenerKey(id, r.frontendPort)));
        await Promise.all([
            ...rules
                .filter((r) => !this.listeners.has(listenerKey(id, r.frontendPort)))
                .map((r) => this.open(id, r.frontendPort)),
            ...[...this.listeners.keys()]
                .filter((k) => k.startsWith(`${id}|`) && !wanted.has(k))
                .map((k) => this.closeListener(k)),
        ]);
    }
    /** Opens listeners for `frontendPorts` ahead of a rule change (rules themselves unchanged). */
    async prepare(lbId, frontendPorts) {
        const id = lbId.toLowerCase();
        await Promise.all([...new Set(frontendPorts)].filter((p) => !this.listeners.has(listenerKey(id, p))).map((p) => this.open(id, p)));
    }
    async remove(lbId) {
        const id = lbId.toLowerCase();
        for (const cancel of this.pending.get(id) ?? [])
            cancel();
        this.pending.delete(id);
        await this.setRules(id, []);
        this.rules.delete(id);
    }
    /** `http://127.0.0.1:PORT` serving the rule with that frontend port, if the LB has one. */
    endpointFor(lbId, frontendPort) {
        const listener = this.listeners.get(listenerKey(lbId.toLowerCase(), frontendPort));
        return listener ? `http://127.0.0.1:${listener.port}` : undefined;
    }
    /** Every open endpoint: `{ lbId (lower-case), frontendPort, url }`. */
    endpoints() {
        return [...this.listeners.entries()].map(([key, l]) => {
            const [lbId, port] = key.split('|');
            return { lbId: lbId, frontendPort: Number(port), url: `http://127.0.0.1:${l.port}` };
        });
    }
    /** Instances a rule would send the next request to, in rotation order. */
    rotation(lbId, frontendPort) {
        const rule = this.rules.get(lbId.toLowerCase())?.find((r) => r.frontendPort === frontendPort);
        if (!rule?.backendPoolId)
            return [];
        const members = [...this.deps.scaleSets()].flatMap((scaleSet) => scaleSet.poolMembers(rule.backendPoolId).map((instance) => ({ scaleSet, instance })));
        const id = lbId.toLowerCase();
        return members.filter(({ scaleSet, instance }) => scaleSet.isServing(instance) &&
            (!rule.probeId ||
                (scaleSet.healthOf(instance) === 'healthy' && this.probes.admits(id, rule.probeId, scaleSet, instance))));
    }
    /** Whether the load balancer probes that check the instance admit it (undefined: none checks it). */
    probeAdmitted(scaleSet, instance) {
        return this.probes.admitsEverywhere(scaleSet, instance);
    }
    async closeAll() {
        for (const cancels of this.pending.values())
            for (const cancel of cancels)
                cancel();
        this.pending.clear();
        this.probes.stopAll();
        await Promise.all([...this.listeners.keys()].map((k) => this.closeListener(k)));
        this.rules.clear();
    }
    async open(lbId, frontendPort) {
        const key = listenerKey(lbId, frontendPort);
        const server = (0,external_node_http_.createServer)((req, res) => this.answer(lbId, frontendPort, req, res));
        server.keepAliveTimeout = 1000;
        const listener = { server, port: 0, turn: 0 };
        this.listeners.set(key, listener);
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(0, '127.0.0.1', () => resolve());
        });
        server.unref();
        listener.port = server.address().port;
    }
    async closeListener(key) {
        const listener = this.listeners.get(key);
        if (!listener)
            return;
        this.listeners.delete(key);
        listener.server.closeAllConnections();
        await new Promise((resolve) => listener.server.close(() => resolve()));
    }
    answer(lbId, frontendPort, req, res) {
        req.resume();
        this.deps.beforeRequest();
        const listener = this.listeners.get(listenerKey(lbId, frontendPort));
        const rule = this.rules.get(lbId)?.find((r) => r.frontendPort === frontendPort);
        const candidates = this.rotation(lbId, frontendPort);
        if (!listener || !rule || candidates.length === 0) {
            return json(res, 503, {
                error: 'NoHealthyBackend',
                message: 'No healthy backend instance is available for this rule.',
            });
        }
        // The flow's backend is chosen now and kept until the answer (draining across rule changes).
        const backend = candidates[listener.turn++ % candidates.length];
        const path = req.url ?? '/';
        const delayMs = this.deps.clock.realMs(this.timings.responseSeconds);
        if (delayMs <= 0)
            return this.reply(backend, rule.backendPort, path, res);
        setTimeout(() => {
            this.deps.beforeRequest();
            // The backend stopped or went away while answering: its end of the flow is gone.
            if (!backend.scaleSet.instances.has(backend.instance.instanceId) || !backend.scaleSet.isServing(backend.instance))
                return void res.socket?.destroy();
            this.reply(backend, rule.backendPort, path, res);
        }, delayMs).unref();
    }
    reply({ scaleSet, instance }, backendPort, path, res) {
        if (scaleSet.healthOf(instance) !== 'healthy') {
            if (this.deps.health.unhealthyResponse === 'reset')
                return void res.socket?.destroy();
            return json(res, 503, { error: 'Unhealthy', instance: instance.name, version: versionOf(instance.image) });
        }
        json(res, 200, {
            version: versionOf(instance.image),
            instance: instance.name,
            instanceId: instance.instanceId,
            image: instance.image,
            scaleSet: scaleSet.name,
            backendPort,
            path,
        });
    }
}
/** The distinct probes the rules use (the first rule's settings win for a shared probe). */
function probesOf(rules) {
    const byId = new Map();
    for (const r of rules)
        if (r.probe && !byId.has(r.probe.id))
            byId.set(r.probe.id, r.probe);
    return [...byId.values()];
}
/** Backend pools each probe checks: those of the rules that use it. */
function poolsByProbe(rules) {
    const pools = new Map();
    for (const r of rules) {
        if (!r.probe || !r.backendPoolId)
            continue;
        pools.set(r.probe.id, [...(pools.get(r.probe.id) ?? []), r.backendPoolId]);
    }
    return pools;
}
function listenerKey(lbId, frontendPort) {
    return `${lbId}|${frontendPort}`;
}
function json(res, status, body) {
    const payload = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
    res.end(payload);
}

;// CONCATENATED MODULE: ./src/emulator/sim/scale-set.ts


const DEFAULT_TIMINGS = { bootMs: 60_000, reimageMs: 90_000, deleteMs: 20_000 };
class ScaleSetSim {
    id;
    name;
    ctx;
    instances = new Map();
    model;
    nextInstanceId = 0;
    computerNamePrefix;
    constructor(id, name, model, ctx, computerNamePrefix) {
        this.id = id;
        this.name = name;
        this.ctx = ctx;
        this.model = { ...model, profile: deepCopy(model.profile) };
        this.computerNamePrefix = computerNamePrefix ?? name.slice(0, 9);
    }
    now() {
        return this.ctx.timeline.clock.now();
    }
    /** Every instance (maxSurge extras included), ordered by numeric instance id. */
    members() {
        return [...this.instances.values()].sort((a, b) => Number(a.instanceId) - Number(b.instanceId));
    }
    isLatestModel(instance) {
        return sameJson(instance.profile, this.model.profile);
    }
    /**
     * Health as the Application Health extension / LB probe would report it. Unknown while
     * the instance is being (re)provisioned; evaluated live against the health script.
     */
    healthOf(instance) {
        if (instance.busy || instance.provisioningState === 'Deleting')
            return 'unknown';
        if (instance.bootFailed || instance.power !== 'running')
            return 'unhealthy';
        if (this.ctx.health.isImageUnhealthy(instance.image))
            return 'unhealthy';
        if (this.ctx.health.isInstanceUnhealthy(this.id, instance.instanceId))
            return 'unhealthy';
        return 'healthy';
    }
    /**
     * Whether the instance reports its own health (decides whether `vmHealth` appears): only with
     * the Application Health extension in its model (vm-profile.ts), never from an LB probe alone.
     */
    reportsHealth(instance) {
        return hasHealthExtension(instance.profile);
    }
    /** Running, provisioned and not being changed: a load balancer may send it traffic. */
    isServing(instance) {
        return (!instance.busy &&
            !instance.bootFailed &&
            instance.power === 'running' &&
            instance.provisioningState === 'Succeeded');
    }
    /** Instances whose applied NIC configuration joins the backend pool `poolId`. */
    poolMembers(poolId) {
        const wanted = poolId.toLowerCase();
        return this.members().filter((i) => i.provisioningState !== 'Deleting' && instancePools(i).has(wanted));
    }
    /**
     * Replaces the model. Scales to the new capacity (new instances get the new model; scale-in
     * removes the highest instance ids, Azure's default scale-in policy). Automatic mode then
     * updates every out-of-date instance at once. The operation ends when the touched instances do.
     * Rolling mode is driven by the caller (RollingUpgrade), which starts after this returns.
     */
    applyModel(next) {
        this.model = { ...next, profile: deepCopy(next.profile) };
        const parts = [this.scaleTo(next.capacity)];
        if (next.upgradeMode === 'Automatic') {
            const stale = this.members().filter((i) => !i.busy && !i.surge && !this.isLatestModel(i));
            parts.push(this.updateInstances(stale.map((i) => i.instanceId)));
        }
        return SimOperation.all(this.now(), parts);
    }
    scaleTo(capacity) {
        const current = this.members().filter((i) => !i.surge && i.provisioningState !== 'Deleting');
        const now = this.now();
        if (capacity > current.length) {
            const created = Array.from({ length: capacity - current.length }, () => this.createInstance(now).op);
            return SimOperation.all(now, created);
        }
        const victims = current.slice(capacity);
        return SimOperation.all(now, victims.map((i) => this.deleteInstance(i.instanceId, now)));
    }
    /** Creates one instance on the current model and boots it. */
    createInstance(atMs = this.now(), options = {}) {
        const instance = this.addInstance(options.surge ?? false);
        return { instance, op: this.boot(instance, atMs, this.ctx.timings.bootMs) };
    }
    addInstance(surge) {
        const instanceId = String(this.nextInstanceId++);
        const instance = {
            instanceId,
            name: `${this.name}_${instanceId}`,
            computerName: `${this.computerNamePrefix}${Number(instanceId).toString(36).padStart(6, '0')}`,
            profile: deepCopy(this.model.profile),
            image: imageOf(this.model.profile),
            provisioningState: 'Creating',
            power: 'starting',
            bootFailed: false,
            busy: true,
            surge,
        };
        this.instances.set(instanceId, instance);
        return instance;
    }
    /**
     * Recreates instances after a reload of persisted state: `capacity` instances, already running
     * on the current model (instance-level state is not persisted).
     */
    restoreInstances(capacity) {
        for (let n = 0; n < capacity; n++) {
            const instance = this.addInstance(false);
            instance.busy = false;
            instance.power = 'running';
            instance.provisioningState = 'Succeeded';
        }
    }
    /** Brings the listed instances to the latest model (reimaging their OS disk), all at once. */
    updateInstances(instanceIds, atMs = this.now()) {
        const instances = instanceIds.map((id) => this.require(id));
        return SimOperation.all(atMs, instances.map((i) => this.reprovision(i, atMs)));
    }
    /**
     * Reimage: the OS disk is rebuilt from the image in the scale set model. Approximation:
     * the whole latest model is applied, so latestModelApplied becomes true.
     */
    reimage(instanceIds) {
        return this.updateInstances(instanceIds ?? this.members().map((i) => i.instanceId));
    }
    deleteInstance(instanceId, atMs = this.now()) {
        const instance = this.require(instanceId);
        instance.provisioningState = 'Deleting';
        instance.busy = true;
        const op = new SimOperation(atMs);
        const doneAt = atMs + this.ctx.timings.deleteMs;
        this.ctx.timeline.scheduler.at(doneAt, () => {
            this.instances.delete(instanceId);
            op.succeed(doneAt);
        });
        return op;
    }
    deleteAll() {
        const now = this.now();
        return SimOperation.all(now, this.members().map((i) => this.deleteInstance(i.instanceId, now)));
    }
    require(instanceId) {
        const instance = this.instances.get(instanceId);
        if (!instance)
            throw new InstanceNotFoundError(this.name, instanceId);
        return instance;
    }
    reprovision(instance, atMs) {
        instance.provisioningState = 'Updating';
        instance.profile = deepCopy(this.model.profile);
        instance.image = imageOf(this.model.profile);
        return this.boot(instance, atMs, this.ctx.timings.reimageMs);
    }
    /** Takes the instance out of service for `durationMs`, then decides whether the boot worked. */
    boot(instance, atMs, durationMs) {
        instance.busy = true;
        instance.power = 'starting';
        instance.bootFailed = false;
        const op = new SimOperation(atMs);
        const doneAt = atMs + durationMs;
        this.ctx.timeline.scheduler.at(doneAt, () => {
            if (this.instances.get(instance.instanceId) !== instance || instance.provisioningState === 'Deleting') {
                return op.succeed(doneAt);
            }
            instance.bootFailed = this.ctx.health.bootFails(instance.image);
            instance.power = instance.bootFailed ? 'stopped' : 'running';
            instance.provisioningState = instance.bootFailed ? 'Failed' : 'Succeeded';
            instance.busy = false;
            if (!instance.bootFailed)
                return op.succeed(doneAt);
            op.fail(doneAt, {
                code: 'OSProvisioningTimedOut',
                message: `OS Provisioning for VM '${instance.name}' did not finish in the allotted time. The VM may still finish provisioning successfully.`,
            });
        });
        return op;
    }
}
/**
 * The backend pools of an instance's applied profile, read once per profile: LB probes ask for every
 * instance on every interval, and walking each profile's JSON then costs more real time than a probe
 * interval lasts at a high time scale. Safe to key by object: an instance's profile is its own deep
 * copy, replaced (never edited) when the instance is reimaged.
 */
const poolsByProfile = new WeakMap();
function instancePools(instance) {
    const profile = instance.profile;
    if (profile === null || typeof profile !== 'object')
        return new Set(backendPoolIds(profile));
    let pools = poolsByProfile.get(profile);
    if (!pools)
        poolsByProfile.set(profile, (pools = new Set(backendPoolIds(profile))));
    return pools;
}
class InstanceNotFoundError extends Error {
    scaleSetName;
    instanceId;
    constructor(scaleSetName, instanceId) {
        super(`The instance ${instanceId} of virtual machine scale set ${scaleSetName} was not found.`);
        this.scaleSetName = scaleSetName;
        this.instanceId = instanceId;
    }
}

;// CONCATENATED MODULE: ./src/emulator/sim/world.ts





const worlds = new WeakMap();
function deployWorld(emu) {
    let world = worlds.get(emu);
    if (!world) {
        // A separate seeded stream: boot-failure draws must not shift the emulator's ids and ETags.
        const health = new HealthRules(createRandom(Math.floor(emu.random.next() * 2 ** 32)));
        const scaleSets = new Map();
        world = {
            emu,
            health,
            timings: { ...DEFAULT_TIMINGS },
            appTimings: { ...DEFAULT_APP_TIMINGS },
            scaleSets,
            sites: new Map(),
            traffic: new LoadBalancerTraffic({
                health,
                scaleSets: () => [...scaleSets.values()].map((e) => e.sim),
                beforeRequest: () => emu.scheduler.runDue(),
                clock: emu.clock,
                at: (atMs, run) => emu.scheduler.at(atMs, run),
            }),
            appListeners: new Map(),
        };
        worlds.set(emu, world);
    }
    return world;
}
/** Closes every loopback listener (load balancer rules and App Service slots). */
async function closeDeployWorld(emu) {
    const world = worlds.get(emu);
    if (!world)
        return;
    await world.traffic.closeAll();
    await Promise.all([...world.appListeners.values()].map((l) => l.close()));
    world.appListeners.clear();
    worlds.delete(emu);
}

;// CONCATENATED MODULE: ./src/emulator/control-api.ts


const CONTROL_PREFIX = '/_emulator';
const FAULT_KINDS = [
    'throttle',
    'server-error',
    'unavailable',
    'reset',
    'latency',
    'lro-failed',
    'lro-never-ends',
    'conflict',
];
/** `status` as a shorthand for the kind that answers it. */
const STATUS_KINDS = {
    429: 'throttle',
    500: 'server-error',
    503: 'unavailable',
    409: 'conflict',
};
function isControlPath(url) {
    const path = (url ?? '').split('?')[0];
    return path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`);
}
class ApiError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
/** Returns the request handler for `/_emulator/…`; `target()` is read per request. */
function createControlApi(target) {
    const health = new control_api_HealthRules(() => target().control);
    const routes = {
        'GET ': () => ({ body: describe(target()) }),
        'GET world': () => ({ body: target().world ?? notFound('this emulator was started without --world') }),
        'GET faults': () => ({ body: { faults: target().control.context.faults } }),
        'POST faults': (b) => {
            const rule = parseFault(b);
            const id = target().control.addFault(rule);
            return { status: 201, body: { id, fault: { ...rule, id } } };
        },
        'DELETE faults': (_b, _q, id) => deleteFault(target().control, id),
        'GET health': () => ({ body: { rules: health.list() } }),
        'POST health': (b) => ({ status: 201, body: health.add(b) }),
        'DELETE health': () => ({ body: { cleared: health.clear() } }),
        'GET time': () => ({ body: timeOf(target().control) }),
        'POST time': (b) => ({ body: setTime(target().control, b) }),
        'GET requests': (_b, q) => ({ body: requestsSince(target().control, q) }),
        'POST reset': () => {
            const c = target().control;
            health.clear();
            c.clearFaults();
            c.clearRequests();
            c.context.scripts.clear();
            return { body: { reset: ['faults', 'health', 'scripts', 'requests'] } };
        },
    };
    return async (req, res) => {
        const url = new URL(req.url ?? '/', 'https://127.0.0.1');
        const [resource = '', id, ...rest] = url.pathname.slice(CONTROL_PREFIX.length).split('/').filter(Boolean);
        try {
            const route = rest.length === 0 ? routes[`${req.method} ${resource}`] : undefined;
            if (!route || (id !== undefined && !(req.method === 'DELETE' && resource === 'faults'))) {
                throw new ApiError(404, `no control operation ${req.method} ${url.pathname} (see GET ${CONTROL_PREFIX})`);
            }
            const answer = route(await readJson(req), url.searchParams, id);
            reply(res, answer.status ?? 200, answer.body);
        }
        catch (e) {
            const status = e instanceof ApiError ? e.status : 500;
            reply(res, status, {
                error: {
                    code: status === 404 ? 'NotFound' : status === 400 ? 'BadRequest' : 'InternalError',
                    message: e.message,
                },
            });
        }
    };
}
function describe(t) {
    return {
        endpoint: t.endpoint,
        caFile: t.caFile,
        subscriptionId: t.subscriptionId,
        ...timeOf(t.control),
        world: t.world?.name,
        operations: [
            'GET /_emulator',
            'GET /_emulator/world',
            'GET|POST|DELETE /_emulator/faults',
            'DELETE /_emulator/faults/{id}',
            'GET|POST|DELETE /_emulator/health',
            'GET|POST /_emulator/time',
            'GET /_emulator/requests?since=N',
            'POST /_emulator/reset',
        ],
    };
}
const notFound = (message) => {
    throw new ApiError(404, message);
};
const badRequest = (message) => {
    throw new ApiError(400, message);
};
function deleteFault(control, id) {
    const faults = control.context.faults;
    if (id === undefined) {
        const cleared = faults.length;
        control.clearFaults();
        return { body: { cleared } };
    }
    if (!faults.some((f) => f.id === id))
        notFound(`no fault '${id}' (see GET ${CONTROL_PREFIX}/faults)`);
    control.removeFault(id);
    return { body: { removed: id } };
}
const FAULT_FIELDS = [
    'kind',
    'status',
    'id',
    'method',
    'path',
    'operation',
    'skip',
    'times',
    'retryAfterSeconds',
    'latencyMs',
    'error',
];
/** A fault rule from JSON: `kind` or `status` (429, 500, 503, 409), and at least one matcher. */
function parseFault(b) {
    const unknown = Object.keys(b).find((k) => !FAULT_FIELDS.includes(k));
    if (unknown)
        badRequest(`unknown fault field '${unknown}' (fields: ${FAULT_FIELDS.join(', ')})`);
    const byStatus = b['status'] === undefined
        ? undefined
        : (STATUS_KINDS[Number(b['status'])] ??
            badRequest(`status must be one of ${Object.keys(STATUS_KINDS).join(', ')}`));
    const kind = (b['kind'] ?? byStatus);
    if (!kind || !FAULT_KINDS.includes(kind))
        badRequest(`kind must be one of ${FAULT_KINDS.join(', ')}`);
    if (byStatus && kind !== byStatus)
        badRequest(`status ${String(b['status'])} is kind '${byStatus}', not '${kind}'`);
    const rule = { kind: kind };
    for (const key of ['id', 'method', 'path', 'operation']) {
        const v = b[key];
        if (v === undefined)
            continue;
        if (typeof v !== 'string' || v === '')
            badRequest(`${key} must be a non-empty string`);
        rule[key] = v;
    }
    if (!rule.method && !rule.path && !rule.operation)
        badRequest('a fault needs operation, method or path (or it would hit every request)');
    for (const key of ['skip', 'times', 'retryAfterSeconds', 'latencyMs']) {
        const v = b[key];
        if (v === undefined)
            continue;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
            badRequest(`${key} must be a whole number >= 0`);
        rule[key] = v;
    }
    if (b['error'] !== undefined) {
        const e = b['error'];
        if (!e || typeof e.code !== 'string' || typeof e.message !== 'string')
            badRequest('error must be { code, message } strings');
        rule.error = { code: e.code, message: e.message };
    }
    return rule;
}
function timeOf(control) {
    return { now: control.now().toISOString(), timeScale: control.context.clock.timeScale };
}
function setTime(control, b) {
    const { scale, advanceSeconds } = b;
    if (scale === undefined && advanceSeconds === undefined)
        badRequest('give scale and/or advanceSeconds');
    if (scale !== undefined && !(typeof scale === 'number' && scale > 0 && scale <= 1_000_000))
        badRequest('scale must be a number above 0, at most 1000000');
    if (advanceSeconds !== undefined && !(typeof advanceSeconds === 'number' && advanceSeconds >= 0))
        badRequest('advanceSeconds must be a number >= 0');
    if (scale !== undefined)
        control.setTimeScale(scale);
    if (advanceSeconds !== undefined)
        control.advanceTime(advanceSeconds);
    return timeOf(control);
}
/**
 * Entries after the `since` cursor (a `seq`), and `next`, the cursor for the following call.
 * A cursor beyond the end means the log was reset since: the answer starts from its beginning.
 */
function requestsSince(control, q) {
    const log = control.requests();
    let since = Number(q.get('since') ?? 0);
    if (!Number.isInteger(since) || since < 0)
        badRequest('since must be a whole number >= 0');
    const last = log.at(-1)?.seq ?? 0;
    if (since > last)
        since = 0;
    const writesOnly = q.get('writes') === 'true';
    const requests = log.filter((e) => e.seq > since && (!writesOnly || e.write));
    return { requests, next: last };
}
/**
 * Health scripted by version. `when: 'live'` waits until the version takes production traffic:
 * instances running it serve behind a load balancer rule not named `preview`, or an App Service
 * production slot runs it. The check runs on the emulator's scheduler, i.e. before every request
 * (ARM or loopback) once due, so the first live request already sees the version unhealthy.
 */
class control_api_HealthRules {
    control;
    rules = [];
    next = 1;
    cancelWatch;
    constructor(control) {
        this.control = control;
    }
    list() {
        return this.rules.map((r) => ({ ...r }));
    }
    add(b) {
        const unknown = Object.keys(b).find((k) => !['version', 'state', 'when'].includes(k));
        if (unknown)
            badRequest(`unknown health field '${unknown}' (fields: version, state, when)`);
        const version = typeof b['version'] === 'string' && /^[\w.+-]{1,64}$/.test(b['version'])
            ? b['version']
            : badRequest('version must be a version such as 2.0.0');
        const state = oneOf(b['state'] ?? 'unhealthy', 'state', ['unhealthy', 'failing']);
        const when = oneOf(b['when'] ?? 'now', 'when', ['now', 'live']);
        if (state === 'failing' && when === 'live')
            badRequest("state 'failing' acts on boots: use when 'now'");
        const rule = { id: `health-${this.next++}`, version, state, when, active: false };
        this.rules.push(rule);
        if (when === 'now')
            this.activate(rule);
        else
            this.watch();
        return { ...rule };
    }
    clear() {
        const n = this.rules.length;
        this.rules = [];
        this.cancelWatch?.();
        this.cancelWatch = undefined;
        this.control().health.clear();
        return n;
    }
    activate(rule) {
        const health = this.control().health;
        // Scale set instances run a gallery version id (…/versions/2.0.0); apps a container tag (repo:2.0.0).
        for (const match of [`/versions/${rule.version}`, `:${rule.version}`]) {
            if (rule.state === 'unhealthy')
                health.unhealthyImage(match);
            else
                health.failingImage(match);
        }
        rule.active = true;
    }
    watch() {
        if (this.cancelWatch)
            return;
        const emu = this.control().context;
        const tick = () => {
            this.cancelWatch = undefined;
            const pending = this.rules.filter((r) => !r.active);
            for (const rule of pending)
                if (takesTraffic(this.control(), emu, rule.version))
                    this.activate(rule);
            if (pending.some((r) => !r.active)) {
                // At least ~2 ms of real time apart, so a fast clock never keeps the scheduler busy with this.
                this.cancelWatch = emu.scheduler.after(Math.max(1, emu.clock.timeScale * 0.002), tick);
            }
        };
        this.cancelWatch = emu.scheduler.after(0, tick);
    }
}
function oneOf(value, field, choices) {
    return choices.includes(value) ? value : badRequest(`${field} must be one of ${choices.join(', ')}`);
}
function takesTraffic(control, emu, version) {
    const scaleSets = control.listResources('Microsoft.Compute/virtualMachineScaleSets');
    for (const lb of control.listResources('Microsoft.Network/loadBalancers')) {
        for (const rule of lb.body.properties?.loadBalancingRules ?? []) {
            const pool = rule.properties?.backendAddressPool?.id?.toLowerCase();
            if (!pool || rule.name?.toLowerCase() === 'preview')
                continue;
            const behind = scaleSets.filter((s) => JSON.stringify(s.body).toLowerCase().includes(`"${pool}"`));
            if (behind.some((s) => control.scaleSetInstances(s.id).some((i) => i.version === version && i.serving)))
                return true;
        }
    }
    for (const site of deployWorld(emu).sites.values()) {
        const content = site.slot()?.app?.content ?? '';
        if (content.endsWith(`:${version}`))
            return true;
    }
    return false;
}
async function readJson(req) {
    const chunks = [];
    for await (const c of req)
        chunks.push(c);
    const text = Buffer.concat(chunks).toString('utf8').trim();
    if (text === '')
        return {};
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        badRequest('the body must be JSON');
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        badRequest('the body must be a JSON object');
    return value;
}
function reply(res, status, body) {
    const payload = JSON.stringify(body);
    res.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(payload),
    });
    res.end(payload);
}
/** Client side: one control call; resolves with the JSON answer, rejects with the API's message. */
function callControl(conn, method, path, body) {
    const url = new URL(`${CONTROL_PREFIX}${path}`, conn.endpoint);
    const payload = body === undefined ? '' : JSON.stringify(body);
    return new Promise((resolve, reject) => {
        const req = (0,external_node_https_.request)(url, {
            method,
            ca: conn.caPem,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
            signal: AbortSignal.timeout(10_000),
        }, (res) => {
            let text = '';
            res.setEncoding('utf8').on('data', (d) => (text += d));
            res.on('end', () => {
                let json;
                try {
                    json = JSON.parse(text);
                }
                catch {
                    return reject(new Error(`${method} ${url.pathname}: HTTP ${res.statusCode}, not the emulator's control API`));
                }
                const error = json.error;
                if ((res.statusCode ?? 500) >= 400)
                    reject(new Error(error?.message ?? `HTTP ${res.statusCode}`));
                else
                    resolve(json);
            });
        });
        req.on('error', (e) => reject(new Error(`cannot reach the emulator at ${conn.endpoint} (${e.code ?? e.message})`)));
        req.end(payload);
    });
}

// EXTERNAL MODULE: ./node_modules/selfsigned/index.js
var selfsigned = __webpack_require__(7686);
;// CONCATENATED MODULE: ./src/emulator/certs.ts




/**
 * Generates a throw-away CA and a server certificate for 127.0.0.1/localhost signed by it (EC P-256:
 * milliseconds to generate), and writes the CA to a temp file clients can trust explicitly.
 */
async function createCerts() {
    const ca = await (0,selfsigned/* generate */.c)([{ name: 'commonName', value: 'immutable-deploy Azure emulator CA' }], {
        keyType: 'ec',
        algorithm: 'sha256',
        extensions: [
            { name: 'basicConstraints', cA: true, critical: true },
            { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
        ],
    });
    const server = await (0,selfsigned/* generate */.c)([{ name: 'commonName', value: '127.0.0.1' }], {
        keyType: 'ec',
        algorithm: 'sha256',
        ca: { key: ca.private, cert: ca.cert },
        extensions: [
            { name: 'basicConstraints', cA: false },
            { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
            { name: 'extKeyUsage', serverAuth: true },
            {
                name: 'subjectAltName',
                altNames: [
                    { type: 2, value: 'localhost' },
                    { type: 7, ip: '127.0.0.1' },
                ],
            },
        ],
    });
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'azure-emulator-'));
    const caFile = (0,external_node_path_.join)(dir, 'ca.pem');
    (0,external_node_fs_.writeFileSync)(caFile, ca.cert);
    return { caPem: ca.cert, caFile, serverKey: server.private, serverCert: server.cert };
}

;// CONCATENATED MODULE: ./src/emulator/clock.ts
/**
 * Simulated clock. Simulated time runs `timeScale` times faster than real time and can also be
 * advanced by hand (control.advanceTime) so tests can move time without sleeping.
 */
class SimClock {
    baseSim;
    baseReal;
    scale;
    constructor(timeScale, startMs = Date.now()) {
        this.scale = positiveScale(timeScale);
        this.baseSim = startMs;
        this.baseReal = Date.now();
    }
    /** Simulated epoch milliseconds. */
    now() {
        return this.baseSim + (Date.now() - this.baseReal) * this.scale;
    }
    nowIso() {
        return new Date(this.now()).toISOString();
    }
    get timeScale() {
        return this.scale;
    }
    /** Changes the rate without jumping: simulated "now" is preserved. */
    setTimeScale(timeScale) {
        this.baseSim = this.now();
        this.baseReal = Date.now();
        this.scale = positiveScale(timeScale);
    }
    /** Jumps simulated time forward. */
    advance(simulatedMs) {
        this.baseSim += Math.max(0, simulatedMs);
    }
    /** Real milliseconds that `simulatedSeconds` take at the current scale. */
    realMs(simulatedSeconds) {
        return (simulatedSeconds * 1000) / this.scale;
    }
    /**
     * Retry-After header value (integer seconds, as ARM sends and the SDK parses) for a wait that
     * takes `simulatedSeconds` in Azure. Scaled, rounded, never negative; often "0" at high scales,
     * in which case SDK pollers fall back to their own `updateIntervalInMs`.
     */
    retryAfter(simulatedSeconds) {
        return String(Math.max(0, Math.round(this.realMs(simulatedSeconds) / 1000)));
    }
}
function positiveScale(value) {
    return Number.isFinite(value) && value > 0 ? value : 1;
}

;// CONCATENATED MODULE: ./src/emulator/errors.ts
/** Throw from a handler to answer with ARM's error envelope. */
class ArmError extends Error {
    status;
    code;
    details;
    headers;
    target;
    constructor(status, code, message, details = [], headers = {}, target) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
        this.headers = headers;
        this.target = target;
        this.name = 'ArmError';
    }
    toBody() {
        const error = { code: this.code, message: this.message };
        if (this.target)
            error.target = this.target;
        if (this.details.length > 0)
            error.details = this.details;
        return { error };
    }
}
const authenticationFailed = (message = "Authentication failed. The 'Authorization' header is missing.") => new ArmError(401, 'AuthenticationFailed', message);
const missingApiVersion = () => new ArmError(400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.');
const unsupportedApiVersion = (resourceType, apiVersion, supported) => new ArmError(400, 'NoRegisteredProviderFound', `No registered resource provider found for location 'global' and API version '${apiVersion}' for type '${resourceType}'. The supported api-versions are '${supported.join(', ')}'.`);
const invalidResourceType = (path) => new ArmError(404, 'InvalidResourceType', `The resource type could not be found for the request path '${path}'.`);
const resourceNotFound = (type, name, resourceGroup) => new ArmError(404, 'ResourceNotFound', resourceGroup
    ? `The Resource '${type}/${name}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`
    : `The Resource '${type}/${name}' was not found.`);
const resourceGroupNotFound = (name) => new ArmError(404, 'ResourceGroupNotFound', `Resource group '${name}' could not be found.`);
const parentResourceNotFound = (parentId) => new ArmError(404, 'ParentResourceNotFound', `Can not perform requested operation on nested resource. Parent resource '${parentId}' not found.`);
const invalidParameter = (message, target) => new ArmError(400, 'InvalidParameter', message, [], {}, target);
const errors_badRequest = (code, message, target) => new ArmError(400, code, message, [], {}, target);
const conflict = (message, code = 'Conflict') => new ArmError(409, code, message);
const operationNotAllowed = (message) => new ArmError(409, 'OperationNotAllowed', message);
const preconditionFailed = (message = 'The condition specified using HTTP conditional header(s) is not met.') => new ArmError(412, 'PreconditionFailed', message);
const tooManyRequests = (retryAfter) => new ArmError(429, 'TooManyRequests', 'The request is being throttled as the limit has been reached for operation type. Please retry after the indicated time.', [], { 'Retry-After': retryAfter });
const internalError = (message = 'An internal server error occurred. Please retry later.') => new ArmError(500, 'InternalServerError', message);
const serviceUnavailable = (retryAfter) => new ArmError(503, 'ServiceUnavailable', 'The service is temporarily unavailable. Please retry later.', [], {
    'Retry-After': retryAfter,
});

;// CONCATENATED MODULE: ./src/emulator/conflicts.ts

/**
 * A write to a resource whose previous write is still in progress, answered with the error its
 * resource provider gives (one operation at a time per resource):
 *
 * - Compute (scale sets): 409 `Conflict`, "The request failed due to conflict with a concurrent
 *   request…" — the answer Compute gives for a scale set / scale set VM write while another one
 *   runs (observed by microsoft/onefuzz, which matches this message on HTTP 409 for VMSS writes,
 *   and kubernetes-sigs/cloud-provider-azure#2386, which retries VMSS VM PUTs on it). Compute can
 *   also preempt the older operation instead (`OperationPreempted`); not modelled.
 * - Network (load balancers, NSGs, ...): 429 `RetryableError` with detail
 *   `RetryableErrorDueToAnotherOperation` ("Operation … is updating resource …. The call can be
 *   retried in N seconds.") and Retry-After — Network's answer while another operation updates
 *   the resource (Azure/azure-libraries-for-net#1001: Network "will send 429 when … [an]
 *   operation on a resource with references that are in an updating state"; the body as logged
 *   in cloudfoundry/bosh-azure-cpi-release#179). The SDK's throttling retry honours it.
 *
 * Busy marks live in memory only (like operation records): a reload starts with none. Writes
 * whose operation was hit by an injected `lro-failed` / `lro-never-ends` fault do not mark the
 * resource busy, so those faults keep meaning "the status poll says so" and nothing more.
 */
const busyByEmulator = new WeakMap();
function marks(emu) {
    let m = busyByEmulator.get(emu);
    if (!m)
        busyByEmulator.set(emu, (m = new Map()));
    return m;
}
/** Marks `id` busy with `operation` (Network's operation name in its message); returns the release. */
function markBusy(emu, id, operation, forSeconds) {
    const key = id.toLowerCase();
    const mark = { operation, until: forSeconds === undefined ? undefined : emu.clock.now() + forSeconds * 1000 };
    marks(emu).set(key, mark);
    const release = () => {
        if (marks(emu).get(key) === mark)
            marks(emu).delete(key);
    };
    if (forSeconds !== undefined)
        emu.scheduler.after(forSeconds, release);
    return release;
}
function busyWith(emu, id) {
    return marks(emu).get(id.toLowerCase())?.operation;
}
function computeConcurrentConflict() {
    return new ArmError(409, 'Conflict', 'The request failed due to conflict with a concurrent request. To resolve it, please refer to https://aka.ms/activitylog to get more details on the conflicting requests.');
}
function networkAnotherOperation(emu, id, operation, retrySeconds = 10) {
    const detail = {
        code: 'RetryableErrorDueToAnotherOperation',
        message: `Operation ${operation} (${emu.random.uuid()}) is updating resource ${id}. The call can be retried in ${retrySeconds} seconds.`,
    };
    return new ArmError(429, 'RetryableError', 'A retryable error occurred.', [detail], {
        'Retry-After': emu.clock.retryAfter(retrySeconds),
    });
}

;// CONCATENATED MODULE: ./src/emulator/sim/control.ts



function deployControl(emu) {
    const world = () => deployWorld(emu);
    return {
        get health() {
            return world().health;
        },
        endpointFor: (lbId, port) => world().traffic.endpointFor(lbId, port),
        urlFor: (siteId, slot = 'production') => world().appListeners.get(`${siteId.toLowerCase()}|${slot.toLowerCase()}`)?.url,
        urlForHostName(hostName) {
            const host = hostName
                .toLowerCase()
                .replace(/^https?:\/\//, '')
                .replace(/\/.*$/, '');
            return [...world().appListeners.values()].find((l) => l.hostName === host)?.url;
        },
        setInstanceTimings: (t) => void Object.assign(world().timings, t),
        setAppTimings: (t) => void Object.assign(world().appTimings, t),
        setLoadBalancerTimings: (t) => void Object.assign(world().traffic.timings, t),
        loadBalancerRotation(lbId, port) {
            emu.scheduler.runDue();
            return world()
                .traffic.rotation(lbId, port)
                .map(({ scaleSet, instance }) => ({
                scaleSet: scaleSet.name,
                instanceId: instance.instanceId,
                version: versionOf(instance.image),
            }));
        },
        scaleSetInstances(scaleSetId) {
            const entry = world().scaleSets.get(scaleSetId.toLowerCase());
            if (!entry)
                return [];
            emu.scheduler.runDue();
            const sim = entry.sim;
            return sim.members().map((i) => ({
                instanceId: i.instanceId,
                name: i.name,
                image: i.image,
                version: versionOf(i.image),
                provisioningState: i.provisioningState,
                power: i.power,
                health: sim.healthOf(i),
                latestModelApplied: sim.isLatestModel(i),
                serving: sim.isServing(i),
            }));
        },
        touchScaleSet(scaleSetId, options = {}) {
            const res = emu.state.get(scaleSetId);
            if (!res)
                throw new Error(`touchScaleSet: no scale set ${scaleSetId}`);
            res.etag = `"${emu.random.uuid()}"`;
            res.body['etag'] = res.etag;
            emu.state.touch();
            if (options.busySeconds)
                holdResource(emu, scaleSetId, options.busySeconds, 'AutoscaleOperation');
        },
        setAppPaths(siteId, paths) {
            const site = world().sites.get(siteId.toLowerCase());
            if (!site)
                throw new Error(`setAppPaths: no site ${siteId}`);
            site.paths = paths;
        },
        holdResource: (resourceId, simSeconds, operation = 'PlatformOperation') => holdResource(emu, resourceId, simSeconds, operation),
    };
}
/** Marks the resource busy and Updating for `simSeconds`, then Succeeded again. */
function holdResource(emu, resourceId, simSeconds, operation) {
    const res = emu.state.get(resourceId);
    if (!res)
        throw new Error(`holdResource: no resource ${resourceId}`);
    const props = (res.body['properties'] ??= {});
    props['provisioningState'] = 'Updating';
    emu.state.touch();
    markBusy(emu, resourceId, operation, simSeconds);
    emu.scheduler.after(simSeconds, () => {
        if (!busyWith(emu, resourceId) && props['provisioningState'] === 'Updating')
            props['provisioningState'] = 'Succeeded';
        emu.state.touch();
    });
}

;// CONCATENATED MODULE: ./src/emulator/control.ts

function createControl(emu, log) {
    let nextFault = 1;
    const deploy = deployControl(emu);
    return {
        get health() {
            return deploy.health;
        },
        endpointFor: deploy.endpointFor,
        urlFor: deploy.urlFor,
        urlForHostName: deploy.urlForHostName,
        setInstanceTimings: deploy.setInstanceTimings,
        setAppTimings: deploy.setAppTimings,
        setLoadBalancerTimings: deploy.setLoadBalancerTimings,
        loadBalancerRotation: deploy.loadBalancerRotation,
        scaleSetInstances: deploy.scaleSetInstances,
        touchScaleSet: deploy.touchScaleSet,
        holdResource: deploy.holdResource,
        setAppPaths: deploy.setAppPaths,
        addFault(rule) {
            const id = rule.id ?? `fault-${nextFault++}`;
            emu.faults.push({ ...rule, id });
            return id;
        },
        removeFault(id) {
            const i = emu.faults.findIndex((f) => f.id === id);
            if (i >= 0)
                emu.faults.splice(i, 1);
        },
        clearFaults() {
            emu.faults.length = 0;
        },
        setTimeScale: (scale) => emu.clock.setTimeScale(scale),
        advanceTime(seconds) {
            emu.clock.advance(seconds * 1000);
            emu.scheduler.runDue();
        },
        now: () => new Date(emu.clock.now()),
        seedResource: (r) => seed(emu, r),
        getResource: (id) => emu.state.get(id)?.body,
        listResources: (type) => emu.state.all().filter((r) => !type || r.type.toLowerCase() === type.toLowerCase()),
        deleteResource: (id) => void emu.state.delete(id),
        script(key, value) {
            if (value === undefined)
                emu.scripts.delete(key);
            else
                emu.scripts.set(key, value);
        },
        requests: () => log,
        clearRequests() {
            log.length = 0;
        },
        context: emu,
    };
}
/** `Microsoft.Compute/galleries/images` from `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/i`. */
function typeFromId(id) {
    const parts = id.split('/').filter(Boolean);
    const i = parts.map((p) => p.toLowerCase()).lastIndexOf('providers');
    if (i < 0)
        return parts.length === 4 ? 'Microsoft.Resources/resourceGroups' : 'Microsoft.Resources/subscriptions';
    const rest = parts.slice(i + 1);
    const types = rest.slice(1).filter((_, k) => k % 2 === 0);
    return [rest[0], ...types].join('/');
}
function seed(emu, r) {
    const type = r.type ?? typeFromId(r.id);
    const name = r.id.split('/').filter(Boolean).pop() ?? '';
    const body = { id: r.id, name, type, ...(r.body ?? {}) };
    if (r.etag)
        body['etag'] ??= r.etag;
    return emu.state.put({ id: r.id, type, body, etag: r.etag, createdAtMs: emu.clock.now(), meta: r.meta ?? {} });
}

;// CONCATENATED MODULE: ./src/emulator/faults.ts
class FaultEngine {
    rules;
    counters = new WeakMap();
    constructor(rules) {
        this.rules = rules;
    }
    /**
     * Returns every rule that fires for this call (counting the call against each matching rule).
     * Several can fire at once, e.g. latency plus lro-failed.
     */
    fire(method, path, operation) {
        const fired = [];
        for (const rule of this.rules) {
            if (!matches(rule, method, path, operation))
                continue;
            const st = this.counters.get(rule) ?? { seen: 0, applied: 0 };
            this.counters.set(rule, st);
            st.seen++;
            if (st.seen <= (rule.skip ?? 0))
                continue;
            if (rule.times !== undefined && st.applied >= rule.times)
                continue;
            st.applied++;
            fired.push(rule);
        }
        return fired;
    }
}
function matches(rule, method, path, operation) {
    if (rule.method && rule.method.toUpperCase() !== method.toUpperCase())
        return false;
    if (rule.operation && rule.operation.toLowerCase() !== (operation ?? '').toLowerCase())
        return false;
    if (rule.path !== undefined) {
        const re = typeof rule.path === 'string' ? globToRegExp(rule.path) : rule.path;
        if (!re.test(path))
            return false;
    }
    return true;
}
function globToRegExp(glob) {
    const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    // '**' spans segments, '*' stays within one: split on '**' so the two never meet.
    const pattern = escaped
        .split('**')
        .map((part) => part.replace(/\*/g, '[^/]*'))
        .join('.*');
    return new RegExp(`^${pattern}/?$`, 'i');
}

;// CONCATENATED MODULE: ./src/emulator/lro.ts

/**
 * Tracks asynchronous operations. Completion runs through the Scheduler on simulated time; the
 * generic status routes (see operation-routes.ts) read these records.
 */
class LroManager {
    clock;
    scheduler;
    random;
    baseUrl;
    ops = new Map();
    constructor(clock, scheduler, random, baseUrl) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.random = random;
        this.baseUrl = baseUrl;
    }
    start(req, options) {
        const op = {
            id: this.random.uuid(),
            namespace: namespaceOf(options.resourceId),
            location: (options.location ?? 'global').toLowerCase().replace(/\s+/g, ''),
            status: 'InProgress',
            startMs: this.clock.now(),
            result: options.result,
        };
        this.ops.set(op.id, op);
        if (req.lroFault?.kind === 'lro-never-ends')
            return op;
        const failure = req.lroFault?.kind === 'lro-failed'
            ? (req.lroFault.error ?? { code: 'InternalOperationError', message: 'The operation failed (injected fault).' })
            : options.failWith;
        op.dueMs = op.startMs + options.durationSeconds * 1000;
        this.scheduler.at(op.dueMs, () => this.finish(op, options, failure));
        return op;
    }
    get(id) {
        return this.ops.get(id);
    }
    /** Headers for a 201/202 answer, with api-version carried into the polling URLs. */
    headers(req, op, options = {}) {
        const base = `${this.baseUrl()}/subscriptions/${req.emu.subscriptionId}/providers/${op.namespace}/locations/${op.location}`;
        const q = `?api-version=${encodeURIComponent(req.apiVersion)}`;
        const headers = { 'Retry-After': this.clock.retryAfter(options.retryAfterSeconds ?? 10) };
        if (options.asyncOperation !== false)
            headers['Azure-AsyncOperation'] = `${base}/operationStatuses/${op.id}${q}`;
        if (options.location !== false)
            headers['Location'] = `${base}/operationResults/${op.id}${q}`;
        return headers;
    }
    /** Body of the operation-status resource (Azure-AsyncOperation URL). */
    statusBody(op) {
        const body = {
            id: `/subscriptions/providers/${op.namespace}/locations/${op.location}/operationStatuses/${op.id}`,
            name: op.id,
            status: op.status,
            startTime: new Date(op.startMs).toISOString(),
        };
        if (op.endMs !== undefined)
            body['endTime'] = new Date(op.endMs).toISOString();
        if (op.status === 'InProgress' && op.dueMs !== undefined) {
            const total = Math.max(1, op.dueMs - op.startMs);
            body['percentComplete'] = Math.min(99, Math.floor(((this.clock.now() - op.startMs) / total) * 100));
        }
        if (op.error)
            body['error'] = op.error;
        return body;
    }
    finish(op, options, failure) {
        op.endMs = this.clock.now();
        if (failure)
            return this.fail(op, options, failure);
        try {
            options.onSuccess?.();
            op.status = 'Succeeded';
        }
        catch (e) {
            if (!(e instanceof ArmError))
                throw e;
            this.fail(op, options, e.toBody().error);
        }
    }
    fail(op, options, error) {
        op.status = 'Failed';
        op.error = error;
        options.onFailure?.(error);
    }
}
/** `Microsoft.Compute` from `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g`. */
function namespaceOf(resourceId) {
    const parts = resourceId.split('/');
    const i = parts.map((p) => p.toLowerCase()).lastIndexOf('providers');
    return i >= 0 && parts[i + 1] ? parts[i + 1] : 'Microsoft.Resources';
}

;// CONCATENATED MODULE: ./src/emulator/operation-routes.ts

/**
 * Generic operation-status endpoints that LroManager.headers() points at:
 *  - Azure-AsyncOperation: .../operationStatuses/{id} → 200 { status: InProgress|Succeeded|Failed, error? }
 *  - Location:             .../operationResults/{id}  → 202 while running, then the result (200/204) or the error.
 */
function registerOperationRoutes(router) {
    const base = '/subscriptions/{subscriptionId}/providers/{namespace}/locations/{location}';
    router.add({
        method: 'GET',
        path: `${base}/operationStatuses/{operationId}`,
        operation: 'OperationStatuses_Get',
        apiVersions: '*',
        handler: getStatus,
    });
    router.add({
        method: 'GET',
        path: `${base}/operationResults/{operationId}`,
        operation: 'OperationResults_Get',
        apiVersions: '*',
        handler: getResult,
    });
}
function findOperation(req) {
    const op = req.emu.lro.get(req.params['operationId'] ?? '');
    if (!op)
        throw new ArmError(404, 'OperationNotFound', `The operation '${req.params['operationId']}' could not be found.`);
    return op;
}
function getStatus(req) {
    const op = findOperation(req);
    const headers = op.status === 'InProgress' ? { 'Retry-After': req.emu.clock.retryAfter(10) } : {};
    return { status: 200, body: req.emu.lro.statusBody(op), headers };
}
function getResult(req) {
    const op = findOperation(req);
    if (op.status === 'InProgress') {
        return { status: 202, headers: { Location: req.url.toString(), 'Retry-After': req.emu.clock.retryAfter(10) } };
    }
    if (op.status === 'Failed') {
        const err = op.error ?? { code: 'OperationFailed', message: 'The operation failed.' };
        throw new ArmError(400, err.code, err.message, err.details ?? []);
    }
    return op.result ? op.result() : { status: 204 };
}

;// CONCATENATED MODULE: ./src/emulator/persistence.ts

function loadState(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    const parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    if (parsed.version !== 1 || !Array.isArray(parsed.resources)) {
        throw new Error(`Unsupported emulator state file: ${path}`);
    }
    return parsed;
}
/** Atomic write (temp file + rename) so a crash never leaves half a file. */
function saveState(path, state) {
    const tmp = `${path}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(state));
    (0,external_node_fs_.renameSync)(tmp, path);
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/emulator/etag.ts

/** A new quoted ETag value from the seeded random stream. */
function newEtag(req) {
    return `"${req.emu.random.uuid()}"`;
}
const unquote = (v) => v.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
/**
 * Enforces If-Match / If-None-Match against the current resource (undefined = absent):
 *  - If-Match: *        → resource must exist
 *  - If-Match: "etag"   → resource must exist with that ETag
 *  - If-None-Match: *   → resource must not exist (create-only)
 * Anything else → 412 PreconditionFailed.
 */
function checkPreconditions(req, existing) {
    const ifMatch = header(req, 'if-match');
    const ifNoneMatch = header(req, 'if-none-match');
    if (ifMatch !== undefined) {
        const wanted = ifMatch.split(',').map(unquote);
        const ok = existing !== undefined &&
            (wanted.includes('*') || (existing.etag !== undefined && wanted.includes(unquote(existing.etag))));
        if (!ok)
            throw preconditionFailed();
    }
    if (ifNoneMatch !== undefined && existing !== undefined) {
        const wanted = ifNoneMatch.split(',').map(unquote);
        if (wanted.includes('*') || (existing.etag !== undefined && wanted.includes(unquote(existing.etag)))) {
            throw preconditionFailed();
        }
    }
}
/**
 * If-Match / If-None-Match on a read (GET, HEAD), judged against the answer the handler built:
 * RFC 9110 §13.1.1-13.1.2 and §13.2.2 — conditions apply to every method, evaluated when the
 * answer would be 2xx. ARM's front door does the same, so an `If-Match` left on an operation's
 * status poll or final GET (which carry no or a newer ETag) fails with 412, as in Azure:
 *  - If-Match: *       → passes (the resource exists: the handler answered 2xx)
 *  - If-Match: "etag"  → 412 PreconditionFailed unless the answer's ETag is listed (no ETag: 412)
 *  - If-None-Match     → 304 Not Modified, no body, when it lists the answer's ETag (or `*`)
 */
function checkReadPreconditions(headers, reply) {
    if (reply.status < 200 || reply.status >= 300)
        return reply;
    const etagHeader = Object.entries(reply.headers ?? {}).find(([k]) => k.toLowerCase() === 'etag')?.[1];
    const current = etagHeader === undefined ? undefined : unquote(etagHeader);
    const ifMatch = headerOf(headers, 'if-match');
    if (ifMatch !== undefined) {
        const wanted = ifMatch.split(',').map(unquote);
        if (!wanted.includes('*') && (current === undefined || !wanted.includes(current))) {
            const err = preconditionFailed();
            return { status: err.status, body: err.toBody() };
        }
    }
    const ifNoneMatch = headerOf(headers, 'if-none-match');
    if (ifNoneMatch !== undefined) {
        const wanted = ifNoneMatch.split(',').map(unquote);
        if (wanted.includes('*') || (current !== undefined && wanted.includes(current))) {
            return { status: 304, headers: etagHeader === undefined ? {} : { ETag: etagHeader } };
        }
    }
    return reply;
}
function header(req, name) {
    return headerOf(req.headers, name);
}
function headerOf(headers, name) {
    const v = headers[name];
    return Array.isArray(v) ? v.join(',') : v;
}

;// CONCATENATED MODULE: ./src/emulator/request-log.ts
const WRITE_METHODS = new Set(['PUT', 'PATCH', 'DELETE', 'POST']);
function isWrite(method, routeWrite) {
    return routeWrite ?? WRITE_METHODS.has(method.toUpperCase());
}

;// CONCATENATED MODULE: ./src/emulator/pipeline.ts




/** Handles one HTTP request end to end: auth, timers, routing, api-version, faults, handler, log. */
async function handleRequest(deps, req, res) {
    const started = performance.now();
    const { emu } = deps;
    // Scope-based SDK calls (`/{scope}/providers/...` with scope '/subscriptions/...') send '//subscriptions':
    // collapse repeated slashes as ARM does, and so URL() doesn't read a protocol-relative host.
    const url = new URL((req.url ?? '/').replace(/^\/{2,}/, '/'), emu.baseUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    const apiVersion = url.searchParams.get('api-version') ?? undefined;
    const rawBody = await readBody(req);
    const entry = {
        seq: deps.log.length + 1,
        method,
        path,
        apiVersion,
        status: 0,
        durationMs: 0,
        write: isWrite(method, undefined),
    };
    deps.log.push(entry);
    const revisionBefore = emu.state.revision;
    let reply;
    try {
        if (!/^Bearer\s+\S+/i.test(String(req.headers.authorization ?? '')))
            throw authenticationFailed();
        emu.scheduler.runDue();
        const { route, methodMismatch } = deps.router.match(method, path);
        if (route) {
            entry.operation = route.def.operation;
            entry.write = isWrite(method, route.def.write);
        }
        const fired = deps.faults.fire(method, path, route?.def.operation);
        if (fired.length > 0)
            entry.faults = fired.map((f) => f.kind);
        if (await applyTransportFaults(fired, emu, res)) {
            return finishLog(entry, started, 0, 'ConnectionReset');
        }
        if (!route)
            throw methodMismatch
                ? new ArmError(405, 'MethodNotAllowed', `The requested method '${method}' is not allowed for '${path}'.`)
                : invalidResourceType(path);
        checkApiVersion(route, apiVersion);
        reply = await route.def.handler(buildRequest(req, url, method, path, apiVersion, route, rawBody, emu, fired));
        // Writes judge If-Match in their handlers (before changing anything); reads here, on the answer.
        if (method === 'GET' || method === 'HEAD')
            reply = checkReadPreconditions(req.headers, reply);
    }
    catch (e) {
        reply = errorReply(e);
    }
    const sentHeaders = send(res, method, reply, emu);
    if (deps.record)
        recordExchange(deps.record, entry, req, url, rawBody, reply, sentHeaders, method);
    const body = reply.body;
    finishLog(entry, started, reply.status, reply.status >= 400 ? body?.error?.code : undefined);
    if (emu.state.revision !== revisionBefore)
        deps.afterWrite();
}
function finishLog(entry, started, status, errorCode) {
    entry.status = status;
    entry.durationMs = Math.round((performance.now() - started) * 100) / 100;
    if (errorCode)
        entry.errorCode = errorCode;
}
/**
 * ARM's 409 for a write while another operation holds the resource (code AnotherOperationInProgress,
 * learn.microsoft.com/azure/azure-resource-manager/troubleshooting/common-deployment-errors).
 */
function anotherOperationInProgress(retryAfter) {
    const message = 'Another operation on this or dependent resource is in progress. Retry the request after the operation completes.';
    return new ArmError(409, 'AnotherOperationInProgress', message, [], { 'Retry-After': retryAfter });
}
/** Latency, reset, 429/500/503, 409 conflict. Returns true when the connection was dropped. */
async function applyTransportFaults(fired, emu, res) {
    for (const f of fired) {
        if (f.kind === 'latency')
            await (0,promises_.setTimeout)(f.latencyMs ?? 0);
    }
    for (const f of fired) {
        const retryAfter = emu.clock.retryAfter(f.retryAfterSeconds ?? 10);
        if (f.kind === 'reset') {
            res.socket?.destroy();
            return true;
        }
        if (f.kind === 'throttle')
            throw tooManyRequests(retryAfter);
        if (f.kind === 'unavailable')
            throw serviceUnavailable(retryAfter);
        if (f.kind === 'server-error')
            throw internalError();
        if (f.kind === 'conflict')
            throw anotherOperationInProgress(retryAfter);
    }
    return false;
}
function checkApiVersion(route, apiVersion) {
    if (!apiVersion)
        throw missingApiVersion();
    const allowed = route.def.apiVersions;
    if (allowed !== '*' && !allowed.includes(apiVersion)) {
        throw unsupportedApiVersion(route.def.resourceType ?? route.def.operation.split('_')[0] ?? 'unknown', apiVersion, [
            ...allowed,
        ]);
    }
}
function buildRequest(req, url, method, path, apiVersion, route, rawBody, emu, fired) {
    const armReq = {
        method,
        path,
        url,
        query: url.searchParams,
        apiVersion,
        params: route.params,
        headers: req.headers,
        body: parseBody(rawBody),
        operation: route.def.operation,
        emu,
    };
    const lroFault = fired.find((f) => f.kind === 'lro-failed' || f.kind === 'lro-never-ends');
    if (lroFault)
        armReq.lroFault = { kind: lroFault.kind, error: lroFault.error };
    return armReq;
}
function parseBody(raw) {
    if (raw.trim() === '')
        return undefined;
    try {
        const parsed = JSON.parse(raw);
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
            throw errors_badRequest('InvalidRequestContent', 'The request content must be a JSON object.');
        }
        return parsed;
    }
    catch (e) {
        if (e instanceof ArmError)
            throw e;
        throw errors_badRequest('InvalidRequestContent', `The request content was invalid and could not be deserialized: '${e.message}'.`);
    }
}
function errorReply(e) {
    const err = e instanceof ArmError ? e : internalError(e instanceof Error ? `Emulator handler error: ${e.message}` : String(e));
    if (!(e instanceof ArmError))
        console.error('[azure-emulator] handler error', e);
    return { status: err.status, body: err.toBody(), headers: err.headers };
}
function recordExchange(record, entry, req, url, rawBody, reply, sentHeaders, method) {
    const headers = {};
    for (const [k, v] of Object.entries(req.headers))
        if (v !== undefined)
            headers[k] = Array.isArray(v) ? v.join(', ') : v;
    const tryJson = (raw) => {
        try {
            return JSON.parse(raw);
        }
        catch {
            return raw;
        }
    };
    const hasBody = reply.body !== undefined && method !== 'HEAD' && reply.status !== 204;
    record({
        seq: entry.seq,
        operation: entry.operation,
        request: { method, url: url.toString(), headers, body: rawBody.trim() === '' ? undefined : tryJson(rawBody) },
        // The body as serialized on the wire (a JSON round trip drops `undefined` members, as the socket did).
        response: {
            statusCode: reply.status,
            headers: sentHeaders,
            body: hasBody ? JSON.parse(JSON.stringify(reply.body)) : undefined,
        },
    });
}
function send(res, method, reply, emu) {
    const requestId = emu.random.uuid();
    const headers = {
        'x-ms-request-id': requestId,
        'x-ms-correlation-request-id': requestId,
        ...reply.headers,
    };
    if (reply.status === 401)
        headers['WWW-Authenticate'] ??=
            'Bearer authorization_uri="https://login.microsoftonline.com/common", error="invalid_token", error_description="The authentication failed because of missing \'Authorization\' header."';
    const hasBody = reply.body !== undefined && method !== 'HEAD' && reply.status !== 204;
    const payload = hasBody ? JSON.stringify(reply.body) : '';
    if (hasBody)
        headers['Content-Type'] = 'application/json; charset=utf-8';
    headers['Content-Length'] = String(Buffer.byteLength(payload));
    res.writeHead(reply.status, headers);
    res.end(payload);
    return headers;
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
    });
}

;// CONCATENATED MODULE: ./src/emulator/paging.ts
/**
 * Answers a list call with one page of `items` and an absolute `nextLink` (ARM style, carrying
 * api-version and a `$skiptoken`) when more remain. Page size is EmulatorOptions.pageSize.
 */
function pagedReply(req, items) {
    const size = Math.max(1, req.emu.pageSize);
    const start = Math.max(0, Number.parseInt(req.query.get('$skiptoken') ?? '0', 10) || 0);
    const top = Number.parseInt(req.query.get('$top') ?? '', 10);
    const limit = Number.isFinite(top) && top > 0 ? Math.min(top, items.length) : items.length;
    const end = Math.min(start + size, limit);
    const body = { value: items.slice(start, end) };
    if (end < limit) {
        const next = new URL(req.url.toString());
        next.searchParams.set('$skiptoken', String(end));
        body.nextLink = next.toString();
    }
    return { status: 200, body };
}

;// CONCATENATED MODULE: ./src/emulator/providers/tag-rules.ts

/**
 * Azure's rules for resource tags, for every body that carries `tags` and for the Tags API.
 *
 * "Use tags to organize your Azure resources and management hierarchy"
 * (learn.microsoft.com/azure/azure-resource-manager/management/tag-resources):
 * - "Tag names are case-insensitive for operations. A tag with a tag name, regardless of the casing,
 *   is updated or retrieved. However, the resource provider might keep the casing you provide for
 *   the tag name." Here: the casing first written is kept; a write naming the tag in another casing
 *   updates its value. Tag values are case-sensitive.
 * - "Each resource, resource group, and subscription can have a maximum of 50 tag name-value
 *   pairs"; "The tag name has a limit of 512 characters and the tag value has a limit of 256
 *   characters." (Storage accounts: 128-character names — not modelled.)
 *
 * Error codes: a too-long value answers 400 `InvalidTagValueLength` "Tag value too large. Following
 * tag value '…' exceeded the maximum length. Maximum allowed length for tag value - '256'
 * characters." (observed on Microsoft.Resources/tags/write: Azure-Samples/azure-search-openai-demo#1997).
 * A too-long name: `InvalidTagNameLength` with the matching message (the same family; the message
 * is the one Az.RecoveryServices mirrors client-side) — chosen, not observed. Too many tags: the
 * Tags spec (resources.json, Tags_CreateOrUpdateAtScope) says "The specified entity can have a
 * maximum of 50 tags."; no answer was found in the specs or issues, so the code is chosen
 * (`InvalidTag`, kept from before) with that sentence as its message.
 */
const MAX_TAGS = 50;
const MAX_TAG_NAME = 512;
const MAX_TAG_VALUE = 256;
/** Length as Azure counts characters (code points, not UTF-16 units). */
const chars = (s) => [...s].length;
/** The stored key of `name` among `tags` (case-insensitive), or undefined. */
function tagKey(tags, name) {
    const wanted = name.toLowerCase();
    return Object.keys(tags).find((k) => k.toLowerCase() === wanted);
}
/** A `tags` map from a request body: values as strings, names folded case-insensitively (first casing kept). */
function normalizeTags(raw) {
    if (raw === undefined || raw === null)
        return {};
    if (typeof raw !== 'object' || Array.isArray(raw))
        throw errors_badRequest('InvalidRequestContent', "The 'tags' property must be an object of tag names and values.");
    return mergeTags({}, raw);
}
/** `given` written over `current`: a name present in any casing keeps its stored casing and takes the new value. */
function mergeTags(current, given) {
    const out = {};
    for (const [k, v] of Object.entries(current))
        out[k] = String(v);
    for (const [k, v] of Object.entries(given))
        out[tagKey(out, k) ?? k] = v === null ? '' : String(v);
    return out;
}
/** Throws Azure's 400 when `tags` break a limit. Returns `tags`. */
function checkTagLimits(tags) {
    for (const [name, value] of Object.entries(tags)) {
        if (chars(name) > MAX_TAG_NAME) {
            throw new ArmError(400, 'InvalidTagNameLength', `Tag name too large. Following tag name '${name}' exceeded the maximum length. Maximum allowed length for tag name - '${MAX_TAG_NAME}' characters.`);
        }
        if (chars(value) > MAX_TAG_VALUE) {
            throw new ArmError(400, 'InvalidTagValueLength', `Tag value too large. Following tag value '${value}' exceeded the maximum length. Maximum allowed length for tag value - '${MAX_TAG_VALUE}' characters.`);
        }
    }
    const count = Object.keys(tags).length;
    if (count > MAX_TAGS)
        throw errors_badRequest('InvalidTag', `The specified entity can have a maximum of ${MAX_TAGS} tags; the request would leave ${count}.`);
    return tags;
}
/**
 * The tags a resource write stores: `raw` (the body's `tags`) folded and checked; `existing` are
 * the stored tags, whose casing a name written again in another casing keeps.
 */
function tagsForWrite(raw, existing) {
    const given = normalizeTags(raw);
    const prior = (existing && typeof existing === 'object' ? existing : {});
    const out = {};
    for (const [k, v] of Object.entries(given))
        out[tagKey(prior, k) ?? k] = v;
    return checkTagLimits(out);
}

;// CONCATENATED MODULE: ./src/emulator/resource-kit.ts





/** Helpers shared by providers: ids, existence checks, body shaping, and a generic CRUD kit. */
const rgId = (sub, rg) => `/subscriptions/${sub}/resourceGroups/${rg}`;
/** 404 SubscriptionNotFound unless the path's subscription is the emulator's. */
function requireSubscription(req) {
    const sub = req.params['subscriptionId'];
    if (sub !== undefined && sub.toLowerCase() !== req.emu.subscriptionId.toLowerCase()) {
        throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${sub}' could not be found.`);
    }
}
/** Returns the resource group (checks subscription too) or throws ResourceGroupNotFound. */
function requireResourceGroup(req) {
    requireSubscription(req);
    const name = req.params['resourceGroupName'] ?? '';
    const group = req.emu.state.get(rgId(req.emu.subscriptionId, name));
    if (!group)
        throw resourceGroupNotFound(name);
    return group;
}
/** The resource id addressed by the request path (path without query, trailing slash removed). */
function idFromPath(req) {
    return decodeURIComponent(req.path.replace(/\/+$/, ''));
}
/** Parent id of a nested resource id (drops the last type/name pair). */
function parentIdOf(id) {
    return id.split('/').slice(0, -2).join('/');
}
function provisioningState(res) {
    return res.body['properties']?.['provisioningState'];
}
function setProvisioningState(res, state) {
    const props = (res.body['properties'] ??= {});
    props['provisioningState'] = state;
}
/** RFC 7396 JSON merge patch (PATCH semantics ARM uses for properties). */
function mergePatch(target, patch) {
    if (patch === null || typeof patch !== 'object' || Array.isArray(patch))
        return patch;
    const out = target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
    for (const [k, v] of Object.entries(patch)) {
        if (v === null)
            delete out[k];
        else
            out[k] = mergePatch(out[k], v);
    }
    return out;
}
/** Normalises an Azure region name as ARM echoes it ("West Europe" → "westeurope"). */
const normalizeLocation = (location) => location.toLowerCase().replace(/\s+/g, '');
/** Registers PUT/PATCH/GET/DELETE/list routes for an ARM tracked (or proxy) resource. */
function registerTrackedResource(router, spec) {
    const base = { apiVersions: spec.apiVersions, resourceType: spec.type };
    const ops = spec.operations;
    if (ops.createOrUpdate)
        router.add({
            ...base,
            method: 'PUT',
            path: spec.path,
            operation: ops.createOrUpdate,
            handler: (r) => putResource(spec, r),
        });
    if (ops.update)
        router.add({
            ...base,
            method: 'PATCH',
            path: spec.path,
            operation: ops.update,
            handler: (r) => patchResource(spec, r),
        });
    if (ops.get)
        router.add({ ...base, method: 'GET', path: spec.path, operation: ops.get, handler: (r) => getResource(spec, r) });
    if (ops.delete)
        router.add({
            ...base,
            method: 'DELETE',
            path: spec.path,
            operation: ops.delete,
            handler: (r) => deleteResource(spec, r),
        });
    for (const list of [ops.listByParent, ops.listBySubscription]) {
        if (list)
            router.add({
                ...base,
                method: 'GET',
                path: list.path,
                operation: list.operation,
                handler: (r) => listResources(spec, r),
            });
    }
}
/** Checks subscription, resource group (if in the path) and the parent resource of nested types. */
function requireScope(req, id, type) {
    if (req.params['resourceGroupName'] !== undefined)
        requireResourceGroup(req);
    else
        requireSubscription(req);
    if (type.split('/').length > 2) {
        const parent = parentIdOf(id);
        if (!req.emu.state.has(parent))
            throw parentResourceNotFound(parent);
    }
}
function resource_kit_notFound(spec, req) {
    return resourceNotFound(spec.type, req.params[spec.nameParam] ?? '', req.params['resourceGroupName']);
}
/** Wire body of a stored resource. */
function wireBody(spec, req, res) {
    return spec.view ? spec.view(req, res) : res.body;
}
function withEtagHeader(res, headers = {}) {
    return res.etag ? { ...headers, ETag: res.etag } : headers;
}
function getResource(spec, req) {
    const id = idFromPath(req);
    requireScope(req, id, spec.type);
    const res = req.emu.state.get(id);
    if (!res)
        throw resource_kit_notFound(spec, req);
    return { status: 200, body: wireBody(spec, req, res), headers: withEtagHeader(res) };
}
function listResources(spec, req) {
    if (req.params['resourceGroupName'] !== undefined)
        requireResourceGroup(req);
    else
        requireSubscription(req);
    const scopeId = listScope(idFromPath(req));
    if (!/\/providers\/[^/]+$/i.test(idFromPath(req).split('/').slice(0, -1).join('/')) && !req.emu.state.has(scopeId)) {
        throw parentResourceNotFound(scopeId);
    }
    const items = req.emu.state.list(spec.type, scopeId).map((r) => wireBody(spec, req, r));
    return pagedReply(req, items);
}
/**
 * Scope whose descendants a list call returns: `.../galleries/g/images` → the gallery id;
 * `/subscriptions/s[/resourceGroups/rg]/providers/NS/type` → the subscription or resource group.
 */
function listScope(listPath) {
    const parts = listPath.split('/').slice(0, -1);
    const n = parts.length;
    return n >= 2 && parts[n - 2].toLowerCase() === 'providers' ? parts.slice(0, -2).join('/') : parts.join('/');
}
function putResource(spec, req) {
    const input = req.body ?? {};
    return upsert(spec, req, input, false);
}
function patchResource(spec, req) {
    const id = idFromPath(req);
    requireScope(req, id, spec.type);
    const existing = req.emu.state.get(id);
    if (!existing)
        throw resource_kit_notFound(spec, req);
    const merged = mergePatch({ ...existing.body, properties: stripReadOnly(existing.body['properties']) }, req.body ?? {});
    return upsert(spec, req, merged, true);
}
function stripReadOnly(props) {
    const copy = { ...(props ?? {}) };
    delete copy['provisioningState'];
    return copy;
}
function upsert(spec, req, input, isPatch) {
    const id = idFromPath(req);
    requireScope(req, id, spec.type);
    const name = req.params[spec.nameParam] ?? '';
    spec.validateName?.(name, req);
    const existing = req.emu.state.get(id);
    checkPreconditions(req, existing);
    if (existing && provisioningState(existing) === 'Deleting') {
        throw conflict(`The resource '${existing.id}' is being deleted and cannot be updated.`);
    }
    const holder = existing && spec.busy ? busyWith(req.emu, existing.id) : undefined;
    if (holder)
        throw spec.busy.error(req, existing, holder);
    const location = resolveLocation(spec, input, existing);
    // Tag names case-insensitive, Azure's limits enforced (providers/tag-rules.ts).
    const tags = tagsForWrite(input['tags'] ?? (isPatch ? existing?.body['tags'] : undefined), existing?.body['tags']);
    const { properties, extra } = spec.build(req, input, existing);
    const created = !existing;
    const inProgress = created ? 'Creating' : 'Updating';
    const body = {
        ...(extra ?? {}),
        id: existing?.id ?? id,
        name: existing ? existing.body['name'] : name,
        type: spec.type,
        ...(location !== undefined ? { location } : {}),
        tags,
        properties: { ...properties, provisioningState: inProgress },
    };
    const res = existing ?? { id, type: spec.type, body, createdAtMs: req.emu.clock.now(), meta: {} };
    res.body = body;
    if (spec.etag) {
        res.etag = newEtag(req);
        body['etag'] = res.etag;
    }
    req.emu.state.put(res);
    const durationSeconds = spec.provisionSeconds?.(req, res, created) ??
        (created ? (spec.durations?.create ?? 0) : (spec.durations?.update ?? 0));
    const release = spec.busy && !req.lroFault && durationSeconds > 0
        ? markBusy(req.emu, res.id, spec.busy.operation)
        : () => undefined;
    const op = req.emu.lro.start(req, {
        resourceId: res.id,
        location,
        durationSeconds,
        failWith: spec.provisionFailure?.(req, res),
        onSuccess: () => {
            release();
            setProvisioningState(res, 'Succeeded');
            spec.onProvisioned?.(req, res, created);
            req.emu.state.touch();
        },
        onFailure: () => {
            release();
            setProvisioningState(res, 'Failed');
            req.emu.state.touch();
        },
    });
    const headers = withEtagHeader(res, req.emu.lro.headers(req, op, { location: false }));
    return { status: created ? 201 : 200, body: wireBody(spec, req, res), headers };
}
function resolveLocation(spec, input, existing) {
    if (spec.tracked === false)
        return undefined;
    const requested = typeof input['location'] === 'string' ? normalizeLocation(input['location']) : undefined;
    const current = existing?.body['location'];
    if (!requested && !current)
        throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
    if (requested && current && requested !== current) {
        throw new ArmError(400, 'InvalidResourceLocation', `The resource '${existing.body['name']}' already exists in location '${current}'. A resource with the same name cannot be created in location '${requested}'.`);
    }
    return requested ?? current;
}
function deleteResource(spec, req) {
    const id = idFromPath(req);
    requireScope(req, id, spec.type);
    const existing = req.emu.state.get(id);
    checkPreconditions(req, existing);
    if (!existing)
        return { status: 204 };
    spec.beforeDelete?.(req, existing);
    return beginDelete(req, existing, spec.durations?.delete ?? 0);
}
/** Marks `res` Deleting and removes it (with everything nested) when the LRO completes. 202 + headers. */
function beginDelete(req, res, durationSeconds) {
    const previous = provisioningState(res);
    setProvisioningState(res, 'Deleting');
    req.emu.state.touch();
    const op = req.emu.lro.start(req, {
        resourceId: res.id,
        location: res.body['location'],
        durationSeconds,
        onSuccess: () => {
            req.emu.state.delete(res.id);
        },
        onFailure: () => {
            setProvisioningState(res, previous ?? 'Failed');
            req.emu.state.touch();
        },
    });
    return { status: 202, headers: req.emu.lro.headers(req, op) };
}

;// CONCATENATED MODULE: ./src/emulator/providers/compute-api.ts
/** api-versions the installed @azure/arm-compute 24.1.0 sends (grep api%2Dversion in its dist/esm). */
const COMPUTE_API_VERSIONS = [
    '2026-03-01',
    '2025-04-01',
    '2025-01-02',
    '2024-11-01',
    '2024-07-01',
    '2024-03-01',
];
const GALLERY_API_VERSIONS = ['2025-03-03', '2024-03-03', '2023-07-03', '2022-08-03', '2022-03-03'];
const RG_PROVIDERS = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers';
const GALLERY_PATH = `${RG_PROVIDERS}/Microsoft.Compute/galleries/{galleryName}`;
const GALLERY_IMAGE_PATH = `${GALLERY_PATH}/images/{galleryImageName}`;
const GALLERY_IMAGE_VERSION_PATH = `${GALLERY_IMAGE_PATH}/versions/{galleryImageVersionName}`;

;// CONCATENATED MODULE: ./src/emulator/providers/gallery-replication.ts
const REPLICATION_FAILURE_SCRIPT = 'compute.galleryImageVersion.replicationFailure';
/** Simulated seconds to replicate one region: primary first, the others staggered, more replicas take longer. */
function replicationSeconds(index, replicas) {
    return 240 + index * 60 + Math.max(0, replicas - 1) * 15;
}
function getReplication(res) {
    return res.meta['replication'] ?? [];
}
/** Starts replication for regions that are new in `targetRegions`; drops removed ones. */
function planReplication(emu, res, targetRegions) {
    const existing = new Map(getReplication(res).map((r) => [r.region, r]));
    const now = emu.clock.now();
    const script = emu.scripts.get(REPLICATION_FAILURE_SCRIPT);
    const versionName = String(res.body['name'] ?? '');
    const plan = targetRegions.map((t, index) => {
        const region = String(t['name']);
        const kept = existing.get(region);
        if (kept)
            return kept;
        const entry = {
            region,
            startMs: now,
            durationMs: replicationSeconds(index, Number(t['regionalReplicaCount'] ?? 1)) * 1000,
        };
        if (script &&
            script.region.toLowerCase() === region.toLowerCase() &&
            (!script.version || script.version === versionName)) {
            entry.failure =
                script.message ?? `Replication to region '${region}' failed: the operation was aborted (scripted).`;
        }
        return entry;
    });
    res.meta['replication'] = plan;
    return plan;
}
/** Simulated ms at which every region has finished (completed or failed). */
function replicationEndMs(plan) {
    return Math.max(0, ...plan.map((r) => r.startMs + r.durationMs));
}
function regionState(r, nowMs) {
    const elapsed = nowMs - r.startMs;
    if (elapsed >= r.durationMs) {
        return r.failure
            ? { region: r.region, state: 'Failed', details: r.failure, progress: Math.floor(50) }
            : { region: r.region, state: 'Completed', details: '', progress: 100 };
    }
    return {
        region: r.region,
        state: 'Replicating',
        details: '',
        progress: Math.max(0, Math.min(99, Math.floor((elapsed / r.durationMs) * 100))),
    };
}
/** The `replicationStatus` block returned with `$expand=ReplicationStatus`. */
function replicationStatus(res, nowMs) {
    const summary = getReplication(res).map((r) => regionState(r, nowMs));
    const states = summary.map((s) => s['state']);
    const aggregatedState = states.includes('Failed')
        ? 'Failed'
        : states.every((s) => s === 'Completed')
            ? 'Completed'
            : 'InProgress';
    return { aggregatedState, summary };
}
/** First scripted failure among the regions, if any. */
function replicationFailure(plan) {
    const failed = plan.find((r) => r.failure);
    return failed ? { code: 'ReplicationFailed', message: failed.failure } : undefined;
}

;// CONCATENATED MODULE: ./src/emulator/providers/gallery-image-versions.ts




const GALLERY_IMAGE_VERSION_TYPE = 'Microsoft.Compute/galleries/images/versions';
/** Azure docs: replica count per region is 1..100. */
const MIN_REPLICAS = 1;
const MAX_REPLICAS = 100;
const INT32_MAX = 2147483647;
/** Source types an image version can be created from (checked to exist in the store). */
const SOURCE_TYPES = [
    'microsoft.compute/images',
    'microsoft.compute/virtualmachines',
    'microsoft.compute/snapshots',
    'microsoft.compute/disks',
    'microsoft.compute/galleries/images/versions',
];
function registerGalleryImageVersions(router) {
    registerTrackedResource(router, {
        type: GALLERY_IMAGE_VERSION_TYPE,
        path: GALLERY_IMAGE_VERSION_PATH,
        nameParam: 'galleryImageVersionName',
        apiVersions: GALLERY_API_VERSIONS,
        operations: {
            createOrUpdate: 'GalleryImageVersions_CreateOrUpdate',
            update: 'GalleryImageVersions_Update',
            get: 'GalleryImageVersions_Get',
            delete: 'GalleryImageVersions_Delete',
            listByParent: { path: `${GALLERY_IMAGE_PATH}/versions`, operation: 'GalleryImageVersions_ListByGalleryImage' },
        },
        durations: { delete: 60 },
        validateName: validateVersionName,
        build: buildVersion,
        provisionSeconds(req, res) {
            const plan = planReplication(req.emu, res, targetRegionsOf(res));
            return Math.max(0, (replicationEndMs(plan) - req.emu.clock.now()) / 1000);
        },
        provisionFailure: (_req, res) => replicationFailure(planReplicationView(res)),
        view(req, res) {
            const expand = req.query.get('$expand');
            if (expand?.toLowerCase() !== 'replicationstatus')
                return res.body;
            const props = {
                ...res.body['properties'],
                replicationStatus: replicationStatus(res, req.emu.clock.now()),
            };
            return { ...res.body, properties: props };
        },
    });
}
const planReplicationView = (res) => res.meta['replication'] ?? [];
/** Major.Minor.Patch, each a 32-bit integer (Azure docs). */
function validateVersionName(name) {
    const parts = name.split('.');
    const ok = parts.length === 3 && parts.every((p) => /^\d+$/.test(p) && Number(p) <= INT32_MAX);
    if (!ok) {
        throw invalidParameter(`The gallery image version name '${name}' is invalid. The version name should follow Major(int32).Minor(int32).Patch(int32) format, where Major, Minor and Patch are 32-bit integers, e.g. 1.0.0, 2018.12.1.`, 'galleryImageVersionName');
    }
}
function buildVersion(req, input, existing) {
    const props = structuredClone(input['properties'] ?? {});
    const storage = props['storageProfile'] ?? {};
    const sourceId = sourceIdOf(storage);
    if (existing)
        refuseSourceChange(existing, sourceId);
    else
        requireSource(req, sourceId);
    const gallery = req.emu.state.get(parentIdOf(parentIdOf(idOf(req))));
    const galleryLocation = String(gallery?.body['location'] ?? '');
    const location = normalizeLocation(String(input['location'] ?? existing?.body['location'] ?? galleryLocation));
    props['publishingProfile'] = publishingProfile(req, props['publishingProfile'] ?? {}, location, existing);
    props['storageProfile'] = {
        ...storage,
        osDiskImage: { hostCaching: 'ReadWrite', sizeInGB: 30, ...(storage['osDiskImage'] ?? {}) },
    };
    props['safetyProfile'] = {
        allowDeletionOfReplicatedLocations: true,
        reportedForPolicyViolation: false,
        policyViolations: [],
        ...(props['safetyProfile'] ?? {}),
    };
    return { properties: props };
}
const idOf = (req) => decodeURIComponent(req.path.replace(/\/+$/, ''));
function sourceIdOf(storage) {
    const source = storage['source'];
    const id = source?.['id'] ??
        source?.['virtualMachineId'] ??
        storage['osDiskImage']?.['source']?.['id'];
    return typeof id === 'string' && id.length > 0 ? id : undefined;
}
function requireSource(req, sourceId) {
    if (!sourceId) {
        throw invalidParameter("Required parameter 'storageProfile.source.id' is missing (null).", 'properties.storageProfile.source.id');
    }
    const source = req.emu.state.get(sourceId);
    if (!source || !SOURCE_TYPES.includes(source.type.toLowerCase())) {
        throw new ArmError(404, 'NotFound', `The source resource '${sourceId}' was not found.`, [], {}, 'properties.storageProfile.source.id');
    }
}
/** A published version's source is immutable. Omitting it on update keeps the current one. */
function refuseSourceChange(existing, sourceId) {
    const current = sourceIdOf(existing.body['properties']['storageProfile'] ?? {});
    if (sourceId && current && sourceId.toLowerCase() !== current.toLowerCase()) {
        throw new ArmError(409, 'PropertyChangeNotAllowed', "Changing property 'galleryImageVersion.properties.storageProfile.source.id' is not allowed.", [], {}, 'properties.storageProfile.source.id');
    }
}
function publishingProfile(req, given, location, existing) {
    const replicaCount = checkReplicas(given['replicaCount'] ?? 1, 'properties.publishingProfile.replicaCount');
    const defaultStorage = given['storageAccountType'] ?? 'Standard_LRS';
    const requested = given['targetRegions'] ?? [{ name: location }];
    const targetRegions = requested.map((t, i) => ({
        ...t,
        name: String(t['name'] ?? ''),
        regionalReplicaCount: checkReplicas(t['regionalReplicaCount'] ?? replicaCount, `properties.publishingProfile.targetRegions[${i}].regionalReplicaCount`),
        storageAccountType: t['storageAccountType'] ?? defaultStorage,
    }));
    if (!targetRegions.some((t) => normalizeLocation(t.name) === location)) {
        throw invalidParameter(`The target regions must include the location of the gallery image version, '${location}'.`, 'properties.publishingProfile.targetRegions');
    }
    const previous = existing?.body['properties']?.['publishingProfile'];
    return {
        replicaCount,
        excludeFromLatest: false,
        replicationMode: 'Full',
        ...given,
        storageAccountType: defaultStorage,
        targetRegions,
        publishedDate: previous?.['publishedDate'] ?? req.emu.clock.nowIso(),
    };
}
function checkReplicas(value, target) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < MIN_REPLICAS || n > MAX_REPLICAS) {
        throw invalidParameter(`The value ${String(value)} of '${target}' is out of range. The replica count must be between ${MIN_REPLICAS} and ${MAX_REPLICAS}.`, target);
    }
    return n;
}
function targetRegionsOf(res) {
    return res.body['properties']['publishingProfile']['targetRegions'] ?? [];
}

;// CONCATENATED MODULE: ./src/emulator/providers/compute-galleries.ts




/** Microsoft.Compute galleries and image definitions (api 2025-03-03); versions live in gallery-image-versions.ts. */
const GALLERY_TYPE = 'Microsoft.Compute/galleries';
const GALLERY_IMAGE_TYPE = 'Microsoft.Compute/galleries/images';
const computeGalleriesProvider = {
    name: 'Microsoft.Compute/galleries',
    register(router, emu) {
        registerGalleries(router, emu);
        registerGalleryImages(router);
        registerGalleryImageVersions(router);
    },
};
/**
 * Azure docs: gallery names allow letters, digits, periods and underscores (no dashes), up to 80
 * characters, starting with a letter or digit and not ending with a period. (The spec's path
 * pattern is looser and allows '-', which Azure rejects.)
 */
const GALLERY_NAME = /^[A-Za-z0-9][A-Za-z0-9._]{0,79}$/;
/** Spec pattern for image definition names. */
const IMAGE_NAME = /^[a-zA-Z0-9]+([-._]?[a-zA-Z0-9]+)*$/;
function registerGalleries(router, emu) {
    registerTrackedResource(router, {
        type: GALLERY_TYPE,
        path: GALLERY_PATH,
        nameParam: 'galleryName',
        apiVersions: GALLERY_API_VERSIONS,
        operations: {
            createOrUpdate: 'Galleries_CreateOrUpdate',
            update: 'Galleries_Update',
            get: 'Galleries_Get',
            delete: 'Galleries_Delete',
            listByParent: { path: `${RG_PROVIDERS}/Microsoft.Compute/galleries`, operation: 'Galleries_ListByResourceGroup' },
            listBySubscription: {
                path: '/subscriptions/{subscriptionId}/providers/Microsoft.Compute/galleries',
                operation: 'Galleries_List',
            },
        },
        durations: { create: 15, update: 10, delete: 15 },
        validateName(name) {
            if (!GALLERY_NAME.test(name) || name.endsWith('.')) {
                throw invalidParameter(`The gallery name '${name}' is invalid. Allowed characters are English alphanumeric characters, with underscores and periods allowed in the middle, up to 80 characters total. All other special characters, including dashes, are disallowed.`, 'galleryName');
            }
        },
        build(req, input, existing) {
            const props = { ...(input['properties'] ?? {}) };
            const name = req.params['galleryName'] ?? '';
            // identifier.uniqueName is generated by Azure: "<subscription id>-<GALLERY NAME>".
            props['identifier'] = existing?.body['properties']?.['identifier'] ?? {
                uniqueName: `${emu.subscriptionId}-${name.toUpperCase()}`,
            };
            return { properties: props };
        },
        beforeDelete(req, res) {
            refuseIfChildren(req, res, GALLERY_IMAGE_TYPE, 'image definitions');
        },
    });
}
function registerGalleryImages(router) {
    registerTrackedResource(router, {
        type: GALLERY_IMAGE_TYPE,
        path: GALLERY_IMAGE_PATH,
        nameParam: 'galleryImageName',
        apiVersions: GALLERY_API_VERSIONS,
        operations: {
            createOrUpdate: 'GalleryImages_CreateOrUpdate',
            update: 'GalleryImages_Update',
            get: 'GalleryImages_Get',
            delete: 'GalleryImages_Delete',
            listByParent: { path: `${GALLERY_PATH}/images`, operation: 'GalleryImages_ListByGallery' },
        },
        durations: { create: 10, update: 10, delete: 10 },
        validateName(name) {
            if (!IMAGE_NAME.test(name) || name.length > 80) {
                throw invalidParameter(`The gallery image name '${name}' is invalid. It must match ^[a-zA-Z0-9]+([-._]?[a-zA-Z0-9]+)*$ and be at most 80 characters.`, 'galleryImageName');
            }
        },
        build: buildGalleryImage,
        beforeDelete(req, res) {
            refuseIfChildren(req, res, 'Microsoft.Compute/galleries/images/versions', 'image versions');
        },
    });
}
const OS_TYPES = ['Windows', 'Linux'];
const OS_STATES = ['Generalized', 'Specialized'];
const HYPERV = ['V1', 'V2'];
function buildGalleryImage(_req, input, existing) {
    const props = { ...(input['properties'] ?? {}) };
    requireEnum(props['osType'], OS_TYPES, 'properties.osType');
    requireEnum(props['osState'], OS_STATES, 'properties.osState');
    const id = props['identifier'];
    for (const f of ['publisher', 'offer', 'sku']) {
        if (typeof id?.[f] !== 'string' || id[f].length === 0) {
            throw invalidParameter(`Required parameter 'properties.identifier.${f}' is missing (null).`, `properties.identifier.${f}`);
        }
    }
    props['hyperVGeneration'] ??= 'V1';
    requireEnum(props['hyperVGeneration'], HYPERV, 'properties.hyperVGeneration');
    props['architecture'] ??= 'x64';
    if (existing)
        refuseImmutableChanges(existing, props);
    return { properties: props };
}
/** osType, osState, identifier and hyperVGeneration of a definition can't change after creation. */
function refuseImmutableChanges(existing, props) {
    const before = existing.body['properties'];
    for (const field of ['osType', 'osState', 'hyperVGeneration', 'identifier']) {
        if (JSON.stringify(before[field]) !== JSON.stringify(props[field])) {
            throw new ArmError(409, 'PropertyChangeNotAllowed', `Changing property 'galleryImage.properties.${field}' is not allowed.`, [], {}, `galleryImage.properties.${field}`);
        }
    }
}
function requireEnum(value, allowed, target) {
    if (value === undefined || value === null)
        throw invalidParameter(`Required parameter '${target}' is missing (null).`, target);
    if (!allowed.some((a) => a.toLowerCase() === String(value).toLowerCase())) {
        throw invalidParameter(`The value '${String(value)}' of parameter '${target}' is not allowed. Allowed values are: ${allowed.join(', ')}.`, target);
    }
}
function refuseIfChildren(req, res, childType, what) {
    if (req.emu.state.list(childType, res.id).length > 0) {
        throw operationNotAllowed(`The resource '${res.id}' cannot be deleted because it still contains ${what}. Delete them first.`);
    }
}

;// CONCATENATED MODULE: ./src/emulator/providers/compute-images.ts



/** Microsoft.Compute/images (managed images), compute api 2026-03-01. */
const MANAGED_IMAGE_TYPE = 'Microsoft.Compute/images';
const computeImagesProvider = {
    name: 'Microsoft.Compute/images',
    register(router) {
        registerTrackedResource(router, {
            type: MANAGED_IMAGE_TYPE,
            path: `${RG_PROVIDERS}/Microsoft.Compute/images/{imageName}`,
            nameParam: 'imageName',
            apiVersions: COMPUTE_API_VERSIONS,
            operations: {
                createOrUpdate: 'Images_CreateOrUpdate',
                update: 'Images_Update',
                get: 'Images_Get',
                delete: 'Images_Delete',
                listByParent: { path: `${RG_PROVIDERS}/Microsoft.Compute/images`, operation: 'Images_ListByResourceGroup' },
                listBySubscription: {
                    path: '/subscriptions/{subscriptionId}/providers/Microsoft.Compute/images',
                    operation: 'Images_List',
                },
            },
            durations: { create: 30, update: 10, delete: 20 },
            build: buildImage,
        });
    },
};
function buildImage(req, input) {
    const props = { ...(input['properties'] ?? {}) };
    const sourceVm = props['sourceVirtualMachine']?.['id'];
    const storage = props['storageProfile'] ?? {};
    const osDisk = storage['osDisk'];
    if (typeof sourceVm === 'string') {
        if (!req.emu.state.has(sourceVm))
            throw invalidParameter(`The source virtual machine '${sourceVm}' was not found.`, 'sourceVirtualMachine.id');
    }
    else if (!osDisk) {
        throw invalidParameter("Either 'sourceVirtualMachine' or 'storageProfile.osDisk' must be specified.", 'storageProfile.osDisk');
    }
    else {
        for (const field of ['osType', 'osState']) {
            if (!osDisk[field])
                throw invalidParameter(`Required parameter 'storageProfile.osDisk.${field}' is missing (null).`, `storageProfile.osDisk.${field}`);
        }
    }
    // What Azure fills in when capturing from a VM.
    props['storageProfile'] = {
        dataDisks: [],
        ...storage,
        osDisk: osDisk ?? {
            osType: 'Linux',
            osState: 'Generalized',
            caching: 'ReadWrite',
            storageAccountType: 'Standard_LRS',
            diskSizeGB: 30,
        },
    };
    props['hyperVGeneration'] ??= 'V1';
    return { properties: props };
}

;// CONCATENATED MODULE: ./src/emulator/providers/compute-marketplace.ts



/**
 * Marketplace VM image versions: `VirtualMachineImages_List` and `VirtualMachineImages_Get`.
 *
 * NOTE (source): azure-rest-api-specs, specification/compute/resource-manager/Microsoft.Compute/
 * ComputeRP (VirtualMachineImages_List): GET
 * /subscriptions/{subscriptionId}/providers/Microsoft.Compute/locations/{location}/publishers/
 * {publisherName}/artifacttypes/vmimage/offers/{offer}/skus/{skus}/versions with optional
 * $expand, $top, $orderby; the answer is a plain JSON array (not paged) of
 * VirtualMachineImageResource `{ name, location, id }`. An unknown publisher/offer/sku answers
 * 404 with code `NotFound` ("Artifact: VMImage was not found."), as Azure does.
 *
 * The catalogue is small and illustrative; tests add or replace entries with the script
 * `compute.marketplace.images`: `{ 'Publisher:Offer:Sku': ['1.0.0', ...] }` (merged over the default).
 */
const MARKETPLACE_SCRIPT = 'compute.marketplace.images';
const DEFAULT_CATALOGUE = {
    'Canonical:ubuntu-24_04-lts:server': ['24.04.202501140', '24.04.202502210', '24.04.202503180'],
    'Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2': ['22.04.202501080', '22.04.202503050'],
    'MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition': ['20348.3207.250210', '20348.3328.250306'],
};
const BASE = '/subscriptions/{subscriptionId}/providers/Microsoft.Compute/locations/{location}/publishers/{publisherName}/artifacttypes/vmimage/offers/{offer}/skus/{skus}/versions';
const computeMarketplaceProvider = {
    name: 'Microsoft.Compute/locations/publishers',
    register(router) {
        const common = { apiVersions: COMPUTE_API_VERSIONS, resourceType: 'Microsoft.Compute/locations/publishers' };
        router.addAll([
            { ...common, method: 'GET', path: BASE, operation: 'VirtualMachineImages_List', handler: list },
            { ...common, method: 'GET', path: `${BASE}/{version}`, operation: 'VirtualMachineImages_Get', handler: get },
        ]);
    },
};
function versionsOf(req) {
    requireSubscription(req);
    const { publisherName, offer, skus } = req.params;
    const catalogue = {
        ...DEFAULT_CATALOGUE,
        ...(req.emu.scripts.get(MARKETPLACE_SCRIPT) ?? {}),
    };
    const key = Object.keys(catalogue).find((k) => k.toLowerCase() === `${publisherName}:${offer}:${skus}`.toLowerCase());
    if (!key)
        throw new ArmError(404, 'NotFound', 'Artifact: VMImage was not found.');
    return [...catalogue[key]];
}
function resource(req, version) {
    const { location, publisherName, offer, skus } = req.params;
    return {
        name: version,
        location: location.toLowerCase(),
        id: `/Subscriptions/${req.emu.subscriptionId}/Providers/Microsoft.Compute/Locations/${location}/Publishers/${publisherName}/ArtifactTypes/VMImage/Offers/${offer}/Skus/${skus}/Versions/${version}`,
    };
}
function list(req) {
    let versions = versionsOf(req);
    // Azure orders by name; `$orderby=name desc` reverses it. `$top` cuts the list.
    versions.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (/name\s+desc/i.test(req.query.get('$orderby') ?? ''))
        versions.reverse();
    const top = Number(req.query.get('$top'));
    if (Number.isInteger(top) && top > 0)
        versions = versions.slice(0, top);
    return { status: 200, body: versions.map((v) => resource(req, v)) };
}
function get(req) {
    const version = req.params['version'];
    if (!versionsOf(req).includes(version))
        throw new ArmError(404, 'NotFound', 'Artifact: VMImage was not found.');
    const win = /windows/i.test(req.params['publisherName'] ?? '');
    return {
        status: 200,
        body: {
            ...resource(req, version),
            properties: {
                osDiskImage: { operatingSystem: win ? 'Windows' : 'Linux' },
                hyperVGeneration: /gen2|azure-edition|24_04/i.test(req.params['skus'] ?? '') ? 'V2' : 'V1',
                architecture: 'x64',
                dataDiskImages: [],
            },
        },
    };
}

;// CONCATENATED MODULE: ./src/emulator/providers/imagebuilder-distribute.ts



const imagebuilder_distribute_GALLERY_IMAGE_TYPE = 'Microsoft.Compute/galleries/images';
/**
 * End of a successful build: creates each distributor's artifact (gallery image version, managed
 * image or VHD URI) and a runOutput named by `runOutputName` whose `artifactId` points at it.
 */
function distribute(req, template) {
    const distributors = template.body['properties']['distribute'] ?? [];
    const artifacts = [];
    for (const d of distributors) {
        const result = distributeOne(req, template, d);
        if ('message' in result)
            return { ok: false, message: result.message };
        artifacts.push({ runOutputName: String(d['runOutputName']), ...result });
    }
    for (const a of artifacts)
        putRunOutput(req, template, a);
    return { ok: true };
}
function distributeOne(req, template, d) {
    switch (d['type']) {
        case 'SharedImage':
            return distributeToGallery(req, template, d);
        case 'ManagedImage':
            return { artifactId: putManagedImage(req, template, d) };
        default:
            return {
                artifactUri: `https://aibstorage${req.emu.random.hex(6)}.blob.core.windows.net/vhds/${template.body['name']}_${req.emu.random.hex(8)}.vhd`,
            };
    }
}
function distributeToGallery(req, template, d) {
    const raw = String(d['galleryImageId']);
    const explicit = /\/versions\/([^/]+)$/i.exec(raw);
    const imageId = explicit ? raw.slice(0, explicit.index) : raw;
    const image = req.emu.state.get(imageId);
    if (!image || image.type.toLowerCase() !== imagebuilder_distribute_GALLERY_IMAGE_TYPE.toLowerCase()) {
        return { message: `Distribution failed: gallery image definition '${imageId}' was not found.` };
    }
    const version = explicit ? explicit[1] : nextVersion(req, image, template, d['versioning']);
    try {
        validateVersionName(version);
    }
    catch {
        return { message: `Distribution failed: '${version}' is not a valid gallery image version name.` };
    }
    const versionId = `${image.id}/versions/${version}`;
    if (req.emu.state.has(versionId))
        return { message: `Distribution failed: gallery image version '${versionId}' already exists.` };
    putGalleryVersion(req, template, image, versionId, version, d);
    return { artifactId: versionId };
}
/** `versioning`: Latest (default; optional major) → latest existing (of that major) with patch + 1; Source → the platform source's version. */
function nextVersion(req, image, template, versioning) {
    if (versioning?.['scheme'] === 'Source') {
        const source = template.body['properties']['source'];
        return String(source['exactVersion'] ?? source['version'] ?? '');
    }
    const major = typeof versioning?.['major'] === 'number' && versioning['major'] >= 0 ? versioning['major'] : undefined;
    const existing = req.emu.state
        .list(GALLERY_IMAGE_VERSION_TYPE, image.id)
        .map((v) => String(v.body['name']).split('.').map(Number))
        .filter((p) => p.length === 3 && (major === undefined || p[0] === major))
        .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    const latest = existing.at(-1);
    return latest ? `${latest[0]}.${latest[1]}.${latest[2] + 1}` : `${major ?? 1}.0.0`;
}
function putGalleryVersion(req, template, image, id, name, d) {
    const location = String(image.body['location']);
    const regions = d['targetRegions']?.map((t) => ({
        name: String(t['name']),
        regionalReplicaCount: Number(t['replicaCount'] ?? 1),
        storageAccountType: t['storageAccountType'] ?? d['storageAccountType'] ?? 'Standard_LRS',
    })) ??
        (d['replicationRegions'] ?? [location]).map((r) => ({
            name: r,
            regionalReplicaCount: 1,
            storageAccountType: d['storageAccountType'] ?? 'Standard_LRS',
        }));
    if (!regions.some((r) => normalizeLocation(r.name) === location))
        regions.unshift({ name: location, regionalReplicaCount: 1, storageAccountType: 'Standard_LRS' });
    const now = req.emu.clock.now();
    // The build's Distributing phase already covered replication: all regions are complete.
    const replication = regions.map((r, i) => {
        const durationMs = replicationSeconds(i, r.regionalReplicaCount) * 1000;
        return { region: r.name, startMs: now - durationMs, durationMs };
    });
    req.emu.state.put({
        id,
        type: GALLERY_IMAGE_VERSION_TYPE,
        createdAtMs: now,
        meta: { replication, createdBy: template.id },
        body: {
            id,
            name,
            type: GALLERY_IMAGE_VERSION_TYPE,
            location,
            tags: {
                ...(d['artifactTags'] ?? {}),
                createdByImageTemplate: String(template.body['name']),
            },
            properties: {
                publishingProfile: {
                    targetRegions: regions,
                    replicaCount: 1,
                    excludeFromLatest: d['excludeFromLatest'] ?? false,
                    storageAccountType: d['storageAccountType'] ?? 'Standard_LRS',
                    replicationMode: d['replicationMode'] ?? 'Full',
                    publishedDate: req.emu.clock.nowIso(),
                },
                storageProfile: { osDiskImage: { hostCaching: 'ReadWrite', sizeInGB: 30 } },
                safetyProfile: {
                    allowDeletionOfReplicatedLocations: true,
                    reportedForPolicyViolation: false,
                    policyViolations: [],
                },
                provisioningState: 'Succeeded',
            },
        },
    });
}
function putManagedImage(req, template, d) {
    const id = String(d['imageId']);
    const now = req.emu.clock.now();
    req.emu.state.put({
        id,
        type: 'Microsoft.Compute/images',
        createdAtMs: now,
        meta: { createdBy: template.id },
        body: {
            id,
            name: id.split('/').pop(),
            type: 'Microsoft.Compute/images',
            location: normalizeLocation(String(d['location'])),
            tags: d['artifactTags'] ?? {},
            properties: {
                storageProfile: {
                    osDisk: {
                        osType: 'Linux',
                        osState: 'Generalized',
                        caching: 'ReadWrite',
                        storageAccountType: 'Standard_LRS',
                        diskSizeGB: 30,
                    },
                    dataDisks: [],
                },
                hyperVGeneration: 'V1',
                provisioningState: 'Succeeded',
            },
        },
    });
    return id;
}
function putRunOutput(req, template, a) {
    const id = `${template.id}/runOutputs/${a.runOutputName}`;
    const properties = { provisioningState: 'Succeeded' };
    if (a.artifactId)
        properties['artifactId'] = a.artifactId;
    if (a.artifactUri)
        properties['artifactUri'] = a.artifactUri;
    req.emu.state.put({
        id,
        type: 'Microsoft.VirtualMachineImages/imageTemplates/runOutputs',
        createdAtMs: req.emu.clock.now(),
        meta: {},
        body: { id, name: a.runOutputName, type: 'Microsoft.VirtualMachineImages/imageTemplates/runOutputs', properties },
    });
}

;// CONCATENATED MODULE: ./src/emulator/providers/imagebuilder.ts





/** Microsoft.VirtualMachineImages/imageTemplates (api 2025-10-01, as sent by @azure/arm-imagebuilder 5). */
const IMAGEBUILDER_API_VERSIONS = ['2025-10-01', '2024-02-01', '2023-07-01', '2022-07-01'];
const IMAGE_TEMPLATE_TYPE = 'Microsoft.VirtualMachineImages/imageTemplates';
const RUN_OUTPUT_TYPE = 'Microsoft.VirtualMachineImages/imageTemplates/runOutputs';
const RUN_FAILURE_SCRIPT = 'imageBuilder.runFailure';
const TEMPLATE_PATH = `${RG_PROVIDERS}/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}`;
/** Simulated phases of a build: [subState, seconds]. The whole run takes ~25 simulated minutes. */
const PHASES = [
    ['Queued', 30],
    ['Building', 300],
    ['Customizing', 600],
    ['Distributing', 570],
];
const imageBuilderProvider = {
    name: 'Microsoft.VirtualMachineImages',
    register(router) {
        registerTrackedResource(router, {
            type: IMAGE_TEMPLATE_TYPE,
            path: TEMPLATE_PATH,
            nameParam: 'imageTemplateName',
            apiVersions: IMAGEBUILDER_API_VERSIONS,
            operations: {
                createOrUpdate: 'VirtualMachineImageTemplates_CreateOrUpdate',
                update: 'VirtualMachineImageTemplates_Update',
                get: 'VirtualMachineImageTemplates_Get',
                delete: 'VirtualMachineImageTemplates_Delete',
                listByParent: {
                    path: `${RG_PROVIDERS}/Microsoft.VirtualMachineImages/imageTemplates`,
                    operation: 'VirtualMachineImageTemplates_ListByResourceGroup',
                },
                listBySubscription: {
                    path: '/subscriptions/{subscriptionId}/providers/Microsoft.VirtualMachineImages/imageTemplates',
                    operation: 'VirtualMachineImageTemplates_List',
                },
            },
            durations: { create: 60, update: 30, delete: 120 },
            build: buildTemplate,
            beforeDelete(_req, res) {
                if (runState(res) === 'Running')
                    throw conflict(`Image template '${res.body['name']}' cannot be deleted while a build is running.`);
            },
        });
        const common = { apiVersions: IMAGEBUILDER_API_VERSIONS, resourceType: IMAGE_TEMPLATE_TYPE };
        router.addAll([
            {
                ...common,
                method: 'POST',
                path: `${TEMPLATE_PATH}/run`,
                operation: 'VirtualMachineImageTemplates_Run',
                handler: run,
            },
            {
                ...common,
                method: 'POST',
                path: `${TEMPLATE_PATH}/cancel`,
                operation: 'VirtualMachineImageTemplates_Cancel',
                handler: cancel,
            },
            {
                ...common,
                method: 'GET',
                path: `${TEMPLATE_PATH}/runOutputs`,
                operation: 'VirtualMachineImageTemplates_ListRunOutputs',
                handler: listRunOutputs,
            },
            {
                ...common,
                method: 'GET',
                path: `${TEMPLATE_PATH}/runOutputs/{runOutputName}`,
                operation: 'VirtualMachineImageTemplates_GetRunOutput',
                handler: getRunOutput,
            },
        ]);
    },
};
const imagebuilder_SOURCE_TYPES = ['PlatformImage', 'ManagedImage', 'SharedImageVersion'];
const DISTRIBUTOR_TYPES = ['ManagedImage', 'SharedImage', 'VHD'];
function buildTemplate(req, input, existing) {
    const identity = input['identity'];
    if (!identity ||
        identity['type'] !== 'UserAssigned' ||
        Object.keys(identity['userAssignedIdentities'] ?? {}).length === 0) {
        throw invalidParameter('A user-assigned managed identity is required: identity.type must be UserAssigned with one identity.', 'identity');
    }
    const props = structuredClone(input['properties'] ?? {});
    const source = props['source'];
    if (!source || !imagebuilder_SOURCE_TYPES.includes(String(source['type']))) {
        throw invalidParameter(`properties.source.type must be one of ${imagebuilder_SOURCE_TYPES.join(', ')}.`, 'properties.source');
    }
    checkDistributors(props['distribute']);
    if (existing &&
        req.method === 'PUT' &&
        JSON.stringify(templateSpec(existing.body['properties'])) !== JSON.stringify(templateSpec(props))) {
        throw errors_badRequest('InvalidParameter', 'Update/Upgrade of image templates is currently not supported. Please change the name of the template you are submitting.');
    }
    props['buildTimeoutInMinutes'] ??= 0;
    props['vmProfile'] = { vmSize: '', osDiskSizeGB: 0, ...(props['vmProfile'] ?? {}) };
    if (existing)
        props['lastRunStatus'] = existing.body['properties']['lastRunStatus'];
    return { properties: props, extra: { identity } };
}
/** The user-specified part of a template (what Azure compares on re-PUT). */
function templateSpec(props) {
    const { source, customize, distribute: dist, validate, optimize } = props;
    return { source, customize, distribute: dist, validate, optimize };
}
function checkDistributors(value) {
    const list = Array.isArray(value) ? value : [];
    if (list.length === 0)
        throw invalidParameter('properties.distribute must contain at least one distributor.', 'properties.distribute');
    const names = new Set();
    list.forEach((d, i) => {
        if (!DISTRIBUTOR_TYPES.includes(String(d['type'])))
            throw invalidParameter(`properties.distribute[${i}].type must be one of ${DISTRIBUTOR_TYPES.join(', ')}.`, `properties.distribute[${i}].type`);
        const name = String(d['runOutputName'] ?? '');
        if (!/^[A-Za-z0-9._-]{1,64}$/.test(name) || names.has(name))
            throw invalidParameter(`properties.distribute[${i}].runOutputName '${name}' is missing, invalid or not unique.`, `properties.distribute[${i}].runOutputName`);
        names.add(name);
        if (d['type'] === 'SharedImage' && typeof d['galleryImageId'] !== 'string')
            throw invalidParameter(`properties.distribute[${i}].galleryImageId is required.`, `properties.distribute[${i}].galleryImageId`);
        if (d['type'] === 'ManagedImage' && (typeof d['imageId'] !== 'string' || typeof d['location'] !== 'string'))
            throw invalidParameter(`properties.distribute[${i}] needs imageId and location.`, `properties.distribute[${i}]`);
    });
}
function templateOf(req) {
    const id = idFromPath(req).replace(/\/(run|cancel|runOutputs(\/[^/]+)?)$/i, '');
    requireScope(req, id, IMAGE_TEMPLATE_TYPE);
    const res = req.emu.state.get(id);
    if (!res)
        throw resourceNotFound(IMAGE_TEMPLATE_TYPE, req.params['imageTemplateName'] ?? '', req.params['resourceGroupName']);
    return res;
}
const propsOf = (res) => res.body['properties'];
const runState = (res) => propsOf(res)['lastRunStatus']?.['runState'];
function setRunStatus(req, res, patch) {
    propsOf(res)['lastRunStatus'] = { ...(propsOf(res)['lastRunStatus'] ?? {}), ...patch };
    req.emu.state.touch();
}
/** POST .../run: 202 + Azure-AsyncOperation; phases advance on simulated time; distribution at the end. */
function run(req) {
    const template = templateOf(req);
    if (provisioningState(template) !== 'Succeeded')
        throw conflict(`Image template '${template.body['name']}' is not in a succeeded provisioning state.`);
    if (runState(template) === 'Running')
        throw conflict(`Image template '${template.body['name']}' already has a build running.`);
    const runId = req.emu.random.hex(8);
    template.meta['runId'] = runId;
    setRunStatus(req, template, {
        startTime: req.emu.clock.nowIso(),
        endTime: undefined,
        runState: 'Running',
        runSubState: 'Queued',
        message: '',
    });
    for (const [subState] of PHASES.slice(1)) {
        req.emu.scheduler.after(phaseStart(subState), () => {
            if (template.meta['runId'] === runId && runState(template) === 'Running')
                setRunStatus(req, template, { runSubState: subState });
        });
    }
    const scripted = scriptedFailure(req, template);
    const op = req.emu.lro.start(req, {
        resourceId: template.id,
        location: template.body['location'],
        durationSeconds: PHASES.reduce((sum, [, s]) => sum + s, 0),
        onSuccess: () => finishRun(req, template, runId, scripted),
        onFailure: (error) => {
            if (template.meta['runId'] === runId && runState(template) === 'Running') {
                setRunStatus(req, template, { runState: 'Failed', endTime: req.emu.clock.nowIso(), message: error.message });
            }
        },
    });
    return { status: 202, headers: req.emu.lro.headers(req, op) };
}
/** Simulated seconds from run start until `subState` begins. */
function phaseStart(subState) {
    let total = 0;
    for (const [s, seconds] of PHASES) {
        if (s === subState)
            return total;
        total += seconds;
    }
    return total;
}
function scriptedFailure(req, template) {
    const script = req.emu.scripts.get(RUN_FAILURE_SCRIPT);
    if (!script || (script.template && script.template.toLowerCase() !== String(template.body['name']).toLowerCase()))
        return undefined;
    req.emu.scripts.delete(RUN_FAILURE_SCRIPT); // one-shot: the next run succeeds
    return script.message ?? 'Build failed: customizer script exited with code 1 (scripted).';
}
/** LRO completion: canceled → Canceled; scripted/distribution failure → Failed (throws to fail the LRO). */
function finishRun(req, template, runId, scripted) {
    if (template.meta['runId'] !== runId)
        return;
    if (runState(template) === 'Canceling') {
        setRunStatus(req, template, {
            runState: 'Canceled',
            endTime: req.emu.clock.nowIso(),
            message: 'The build was canceled.',
        });
        return;
    }
    const outcome = scripted ? { ok: false, message: scripted } : distribute(req, template);
    if (!outcome.ok) {
        setRunStatus(req, template, { runState: 'Failed', endTime: req.emu.clock.nowIso(), message: outcome.message });
        throw new ArmError(500, 'ImageTemplateRunFailed', outcome.message);
    }
    setRunStatus(req, template, {
        runState: 'Succeeded',
        runSubState: 'Distributing',
        endTime: req.emu.clock.nowIso(),
        message: '',
    });
}
/** POST .../cancel: marks the running build Canceling; it ends Canceled when its operation completes. */
function cancel(req) {
    const template = templateOf(req);
    if (runState(template) !== 'Running')
        throw conflict(`Image template '${template.body['name']}' has no running build to cancel.`);
    setRunStatus(req, template, { runState: 'Canceling' });
    const op = req.emu.lro.start(req, {
        resourceId: template.id,
        location: template.body['location'],
        durationSeconds: 30,
    });
    return { status: 202, headers: req.emu.lro.headers(req, op) };
}
function listRunOutputs(req) {
    const template = templateOf(req);
    return pagedReply(req, req.emu.state.list(RUN_OUTPUT_TYPE, template.id).map((r) => r.body));
}
function getRunOutput(req) {
    const template = templateOf(req);
    const output = req.emu.state.get(`${template.id}/runOutputs/${req.params['runOutputName']}`);
    if (!output)
        throw resourceNotFound(RUN_OUTPUT_TYPE, `${template.body['name']}/${req.params['runOutputName']}`, req.params['resourceGroupName']);
    return { status: 200, body: output.body };
}

;// CONCATENATED MODULE: ./src/emulator/providers/resources.ts




/** Microsoft.Resources/resourceGroups (api 2025-04-01, as sent by @azure/arm-resources 7). */
const RESOURCES_API_VERSIONS = ['2025-04-01', '2024-11-01', '2024-03-01', '2022-09-01', '2021-04-01'];
const TYPE = 'Microsoft.Resources/resourceGroups';
const GROUP = '/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}';
/** Simulated seconds a resource group deletion takes (it deletes everything inside). */
const DELETE_SECONDS = 60;
const resourcesProvider = {
    name: 'Microsoft.Resources',
    register(router) {
        const common = { apiVersions: RESOURCES_API_VERSIONS, resourceType: TYPE };
        router.addAll([
            { ...common, method: 'PUT', path: GROUP, operation: 'ResourceGroups_CreateOrUpdate', handler: createOrUpdate },
            { ...common, method: 'PATCH', path: GROUP, operation: 'ResourceGroups_Update', handler: update },
            { ...common, method: 'GET', path: GROUP, operation: 'ResourceGroups_Get', handler: resources_get },
            { ...common, method: 'HEAD', path: GROUP, operation: 'ResourceGroups_CheckExistence', handler: checkExistence },
            { ...common, method: 'DELETE', path: GROUP, operation: 'ResourceGroups_Delete', handler: remove },
            {
                ...common,
                method: 'GET',
                path: '/subscriptions/{subscriptionId}/resourcegroups',
                operation: 'ResourceGroups_List',
                handler: resources_list,
            },
        ]);
    },
};
// Azure: 1-90 chars of alphanumerics, underscores, parentheses, hyphens, periods (not at the end), Unicode letters.
const NAME_RE = /^[-\w._()\p{L}]{1,90}$/u;
function groupOf(req) {
    requireSubscription(req);
    return req.emu.state.get(rgId(req.emu.subscriptionId, req.params['resourceGroupName'] ?? ''));
}
function createOrUpdate(req) {
    const name = req.params['resourceGroupName'] ?? '';
    if (!NAME_RE.test(name) || name.endsWith('.')) {
        throw errors_badRequest('InvalidResourceGroupName', `Resource group name '${name}' is invalid. It can include alphanumeric, underscore, parentheses, hyphen, period (except at end), and Unicode characters that match the allowed characters.`);
    }
    const existing = groupOf(req);
    const location = typeof req.body?.['location'] === 'string' ? normalizeLocation(req.body['location']) : undefined;
    if (!location)
        throw errors_badRequest('LocationRequired', 'The location property is required for this definition.');
    if (existing && existing.body['location'] !== location) {
        throw errors_badRequest('InvalidResourceGroupLocation', `Invalid resource group location '${location}'. The Resource group already exists in location '${existing.body['location']}'.`);
    }
    const body = {
        id: existing?.id ?? rgId(req.emu.subscriptionId, name),
        name: existing?.body['name'] ?? name,
        type: TYPE,
        location,
        ...(req.body?.['managedBy'] ? { managedBy: req.body['managedBy'] } : {}),
        tags: tagsForWrite(req.body?.['tags'], existing?.body['tags']), // case-insensitive names, limits (tag-rules.ts)
        properties: { provisioningState: 'Succeeded' },
    };
    const stored = existing ?? { id: body['id'], type: TYPE, body, createdAtMs: req.emu.clock.now(), meta: {} };
    stored.body = body;
    req.emu.state.put(stored);
    return { status: existing ? 200 : 201, body };
}
function update(req) {
    const existing = requireGroup(req);
    const patch = { ...(req.body ?? {}) };
    delete patch['location'];
    delete patch['properties'];
    existing.body = mergePatch(existing.body, patch);
    if (req.body?.['tags'])
        existing.body['tags'] = tagsForWrite(req.body['tags'], existing.body['tags']);
    req.emu.state.touch();
    return { status: 200, body: existing.body };
}
function requireGroup(req) {
    const group = groupOf(req);
    if (!group)
        throw resourceGroupNotFound(req.params['resourceGroupName'] ?? '');
    return group;
}
function resources_get(req) {
    return { status: 200, body: requireGroup(req).body };
}
function checkExistence(req) {
    return { status: groupOf(req) ? 204 : 404 };
}
function remove(req) {
    const group = groupOf(req);
    if (!group)
        throw resourceGroupNotFound(req.params['resourceGroupName'] ?? '');
    // ARM answers resource group deletion with 202 + Location only.
    const reply = beginDelete(req, group, DELETE_SECONDS);
    delete reply.headers['Azure-AsyncOperation'];
    return reply;
}
function resources_list(req) {
    requireSubscription(req);
    const groups = req.emu.state.list(TYPE, `/subscriptions/${req.emu.subscriptionId}`).map((g) => g.body);
    return pagedReply(req, groups);
}

;// CONCATENATED MODULE: ./src/emulator/providers/tags.ts




/**
 * `Microsoft.Resources/tags/default` extension resource at any scope: replaces / merges / deletes
 * the tags of the resource (or resource group) at `{scope}`. Answered synchronously (200), which
 * the SDK's LRO pollers accept as a completed operation. Names are case-insensitive and limits
 * apply as `tag-rules.ts` describes (Azure's tag doc): Merge updates a tag named in another casing
 * under its stored casing; Delete matches names in any casing (values exactly).
 */
const PATH = '/{*scope}/providers/Microsoft.Resources/tags/default';
const tagsProvider = {
    name: 'Microsoft.Resources/tags',
    register(router) {
        const common = { path: PATH, apiVersions: RESOURCES_API_VERSIONS, resourceType: 'Microsoft.Resources/tags' };
        router.addAll([
            {
                ...common,
                method: 'PUT',
                operation: 'Tags_CreateOrUpdateAtScope',
                handler: (r) => setTags(r, () => tagsForWrite(tagsFrom(r), target(r).body['tags'])),
            },
            { ...common, method: 'PATCH', operation: 'Tags_UpdateAtScope', handler: patchTags },
            { ...common, method: 'GET', operation: 'Tags_GetAtScope', handler: (r) => tagsReply(r, target(r)) },
            { ...common, method: 'DELETE', operation: 'Tags_DeleteAtScope', handler: (r) => setTags(r, () => ({}), 200) },
        ]);
    },
};
function scopeId(req) {
    return `/${decodeURIComponent(req.params['scope'] ?? '').replace(/^\/+/, '')}`;
}
/** The tagged resource; a bare subscription scope gets a pseudo resource holding its tags. */
function target(req) {
    const id = scopeId(req);
    const found = req.emu.state.get(id);
    if (found)
        return found;
    if (/^\/subscriptions\/[^/]+$/i.test(id)) {
        return req.emu.state.put({
            id,
            type: 'Microsoft.Resources/subscriptions',
            body: { id, tags: {} },
            createdAtMs: req.emu.clock.now(),
            meta: {},
        });
    }
    throw resourceNotFound('resource', id);
}
function tagsFrom(req) {
    const tags = req.body?.['properties']?.['tags'];
    if (tags === undefined || tags === null || typeof tags !== 'object')
        throw errors_badRequest('InvalidRequestContent', "The request content is missing 'properties.tags'.");
    return normalizeTags(tags);
}
function setTags(req, compute, status = 200) {
    const res = target(req);
    res.body['tags'] = compute();
    if (res.etag) {
        res.etag = newEtag(req);
        res.body['etag'] = res.etag;
    }
    req.emu.state.touch();
    return status === 200 && req.method === 'DELETE' ? { status: 200 } : tagsReply(req, res);
}
function patchTags(req) {
    const operation = String(req.body?.['operation'] ?? '').toLowerCase();
    const current = target(req).body['tags'] ?? {};
    const given = tagsFrom(req);
    return setTags(req, () => {
        if (operation === 'replace')
            return tagsForWrite(given, current);
        if (operation === 'merge')
            return checkTagLimits(mergeTags(current, given));
        if (operation === 'delete') {
            // Delete by name (any casing), or by name+value when a value is given (values are case-sensitive).
            return Object.fromEntries(Object.entries(current).filter(([k, v]) => {
                const named = tagKey(given, k);
                return named === undefined || (given[named] !== '' && given[named] !== v);
            }));
        }
        throw errors_badRequest('InvalidRequestContent', `Invalid tag patch operation '${req.body?.['operation']}'. Expected Replace, Merge or Delete.`);
    });
}
function tagsReply(req, res) {
    return {
        status: 200,
        body: {
            id: `${scopeId(req)}/providers/Microsoft.Resources/tags/default`,
            name: 'default',
            type: 'Microsoft.Resources/tags',
            properties: { tags: res.body['tags'] ?? {} },
        },
    };
}

;// CONCATENATED MODULE: ./src/emulator/sim/lro-bridge.ts
function trackSimOperation(req, simOp, options) {
    const base = { resourceId: options.resourceId, location: options.location, result: options.result };
    if (req.lroFault) {
        return req.emu.lro.start(req, {
            ...base,
            durationSeconds: 0,
            onFailure: options.onFailure,
            onSuccess: options.onSuccess,
        });
    }
    const record = req.emu.lro.start({ ...req, lroFault: { kind: 'lro-never-ends' } }, { ...base, durationSeconds: 0 });
    simOp.onDone((op) => {
        record.endMs = op.endTimeMs ?? req.emu.clock.now();
        if (op.status === 'Failed') {
            record.error = op.error ?? { code: 'InternalOperationError', message: 'The operation failed.' };
            options.onFailure?.(record.error);
        }
        else if (op.status === 'Succeeded') {
            options.onSuccess?.();
        }
        record.status = op.status;
        req.emu.state.touch();
    });
    return record;
}

;// CONCATENATED MODULE: ./src/emulator/sim/iso-duration.ts
/**
 * ISO 8601 durations as Azure uses them (`pauseTimeBetweenBatches: "PT0S"`, `"PT2M30S"`,
 * `"P1DT2H"`). Years and months are rejected: their length is not fixed.
 */
const PATTERN = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;
function parseIsoDurationMs(text) {
    const match = PATTERN.exec(text.trim());
    if (!match || text.trim() === 'P' || /T$/i.test(text.trim())) {
        throw new SyntaxError(`'${text}' is not an ISO 8601 duration`);
    }
    const [, weeks, days, hours, minutes, seconds] = match.map((part) => (part === undefined ? 0 : Number(part)));
    return (((((weeks ?? 0) * 7 + (days ?? 0)) * 24 + (hours ?? 0)) * 60 + (minutes ?? 0)) * 60_000 + (seconds ?? 0) * 1000);
}

;// CONCATENATED MODULE: ./src/emulator/sim/rolling-upgrade.ts


const DEFAULT_ROLLING_POLICY = {
    maxBatchInstancePercent: 20,
    maxUnhealthyInstancePercent: 20,
    maxUnhealthyUpgradedInstancePercent: 20,
    pauseTimeBetweenBatches: 'PT0S',
    prioritizeUnhealthyInstances: false,
    maxSurge: false,
};
function policyWithDefaults(raw) {
    const policy = { ...DEFAULT_ROLLING_POLICY };
    for (const [key, value] of Object.entries(raw ?? {})) {
        if (value !== undefined && value !== null)
            policy[key] = value;
    }
    return policy;
}
class RollingUpgrade {
    scaleSet;
    policy;
    startTimeMs;
    code = 'RollingForward';
    lastAction = 'Start';
    lastActionTimeMs;
    error;
    /** Ends with the upgrade: Succeeded (Completed), Failed (Faulted) or Canceled (Cancelled). */
    op;
    /** Instance ids handled in this run, and how they ended. */
    succeeded = new Set();
    failed = new Set();
    inFlight = new Set();
    cancelRequested = false;
    cancelNextBatch;
    pauseMs;
    constructor(scaleSet, policy, startTimeMs) {
        this.scaleSet = scaleSet;
        this.policy = policy;
        this.startTimeMs = startTimeMs;
        this.lastActionTimeMs = startTimeMs;
        this.op = new SimOperation(startTimeMs);
        this.pauseMs = parseIsoDurationMs(policy.pauseTimeBetweenBatches);
        this.startBatch(startTimeMs);
    }
    get running() {
        return this.code === 'RollingForward';
    }
    progress() {
        return {
            successfulInstanceCount: this.succeeded.size,
            failedInstanceCount: this.failed.size,
            inProgressInstanceCount: this.inFlight.size,
            pendingInstanceCount: this.running || this.code === 'Faulted' || this.code === 'Cancelled' ? this.pendingInstances().length : 0,
        };
    }
    /** Stops before the next batch; a batch already under way finishes. */
    cancel(atMs) {
        if (!this.running)
            return;
        this.cancelRequested = true;
        this.lastAction = 'Cancel';
        this.lastActionTimeMs = atMs;
        if (this.inFlight.size === 0) {
            this.cancelNextBatch?.();
            this.end('Cancelled', atMs);
        }
    }
    startBatch(atMs) {
        this.cancelNextBatch = undefined;
        if (this.cancelRequested)
            return this.end('Cancelled', atMs);
        const pending = this.pendingInstances();
        if (pending.length === 0)
            return this.end('Completed', atMs);
        const total = this.capacityMembers().length;
        const unhealthyNow = this.capacityMembers().filter((i) => this.scaleSet.healthOf(i) === 'unhealthy').length;
        if (percent(unhealthyNow, total) > this.policy.maxUnhealthyInstancePercent) {
            return this.fault(atMs, {
                code: 'MaxUnhealthyInstancePercentExceededInRollingUpgrade',
                message: `Rolling Upgrade failed after exceeding the MaxUnhealthyInstancePercent value defined in the RollingUpgradePolicy. ` +
                    `${Math.round(percent(unhealthyNow, total))}% of instances are in an unhealthy state - more than the threshold of ${this.policy.maxUnhealthyInstancePercent}%.`,
            });
        }
        const batch = this.order(pending).slice(0, this.batchSize(total, unhealthyNow));
        for (const instance of batch)
            this.inFlight.add(instance.instanceId);
        if (this.policy.maxSurge)
            this.surgeBatch(batch, atMs);
        else
            this.inPlaceBatch(batch, atMs);
    }
    inPlaceBatch(batch, atMs) {
        const op = this.scaleSet.updateInstances(batch.map((i) => i.instanceId), atMs);
        op.onDone((done) => this.afterBatch(batch.map((i) => [i.instanceId, i]), done.endTimeMs ?? atMs));
    }
    /** maxSurge: new instances on the new model first, then the old ones go. */
    surgeBatch(batch, atMs) {
        const created = batch.map(() => this.scaleSet.createInstance(atMs, { surge: true }));
        SimOperation.all(atMs, created.map((c) => c.op)).onDone((booted) => {
            const at = booted.endTimeMs ?? atMs;
            for (const { instance } of created)
                instance.surge = false;
            for (const old of batch)
                this.scaleSet.deleteInstance(old.instanceId, at);
            this.afterBatch(batch.map((old, index) => [old.instanceId, created[index].instance]), at);
        });
    }
    /** Judges each upgraded instance, checks the upgraded-unhealthy budget, schedules the next batch. */
    afterBatch(results, atMs) {
        for (const [originalId, instance] of results) {
            this.inFlight.delete(originalId);
            const healthy = this.scaleSet.healthOf(instance) === 'healthy';
            (healthy ? this.succeeded : this.failed).add(originalId);
        }
        if (!this.running)
            return;
        const upgraded = this.succeeded.size + this.failed.size;
        if (percent(this.failed.size, upgraded) > this.policy.maxUnhealthyUpgradedInstancePercent) {
            const firstFailed = [...this.failed].sort((a, b) => Number(a) - Number(b))[0];
            return this.fault(atMs, {
                code: 'MaxUnhealthyUpgradedInstancePercentExceededInRollingUpgrade',
                message: `Rolling Upgrade failed after exceeding the MaxUnhealthyUpgradedInstancePercent value defined in the RollingUpgradePolicy. ` +
                    `${Math.round(percent(this.failed.size, upgraded))}% of instances are in an unhealthy state after being upgraded - more than the threshold of ` +
                    `${this.policy.maxUnhealthyUpgradedInstancePercent}%. The most impactful error is: Instance found to be unhealthy or unreachable.. ` +
                    `First failed instance ID is: ${firstFailed}.`,
            });
        }
        if (this.cancelRequested)
            return this.end('Cancelled', atMs);
        // The batch is done once its healthy instances take traffic again: a load balancer probe admits
        // an instance only after its threshold of successful probes (lb-probes.ts).
        if (this.awaitingProbe(results)) {
            const recheck = atMs + 1000;
            this.cancelNextBatch = this.scaleSet.ctx.timeline.scheduler.at(recheck, () => this.afterProbe(results, recheck));
            return;
        }
        const nextAt = atMs + (this.pendingInstances().length > 0 ? this.pauseMs : 0);
        this.cancelNextBatch = this.scaleSet.ctx.timeline.scheduler.at(nextAt, () => this.startBatch(nextAt));
    }
    awaitingProbe(results) {
        const admitted = this.scaleSet.ctx.probeAdmitted;
        return results.some(([, i]) => this.scaleSet.healthOf(i) === 'healthy' && admitted?.(this.scaleSet, i) === false);
    }
    /** Re-checks probe admission of a finished batch (its instances are already judged). */
    afterProbe(results, atMs) {
        if (!this.running)
            return;
        if (this.cancelRequested)
            return this.end('Cancelled', atMs);
        if (this.awaitingProbe(results)) {
            const recheck = atMs + 1000;
            this.cancelNextBatch = this.scaleSet.ctx.timeline.scheduler.at(recheck, () => this.afterProbe(results, recheck));
            return;
        }
        const nextAt = atMs + (this.pendingInstances().length > 0 ? this.pauseMs : 0);
        this.cancelNextBatch = this.scaleSet.ctx.timeline.scheduler.at(nextAt, () => this.startBatch(nextAt));
    }
    /**
     * Batch size per maxBatchInstancePercent (at least one instance), shrunk so that instances
     * already unhealthy plus the batch stay within maxUnhealthyInstancePercent.
     */
    batchSize(total, unhealthyNow) {
        const byBatch = Math.floor((total * this.policy.maxBatchInstancePercent) / 100);
        const budget = Math.floor((total * this.policy.maxUnhealthyInstancePercent) / 100) - unhealthyNow;
        return Math.max(1, Math.min(byBatch, budget));
    }
    order(pending) {
        if (!this.policy.prioritizeUnhealthyInstances)
            return pending;
        const unhealthy = pending.filter((i) => this.scaleSet.healthOf(i) === 'unhealthy');
        return [...unhealthy, ...pending.filter((i) => !unhealthy.includes(i))];
    }
    capacityMembers() {
        return this.scaleSet.members().filter((i) => !i.surge && i.provisioningState !== 'Deleting');
    }
    /** Instances not on the latest model that this run has not handled yet. */
    pendingInstances() {
        return this.capacityMembers().filter((i) => !this.scaleSet.isLatestModel(i) &&
            !this.inFlight.has(i.instanceId) &&
            !this.succeeded.has(i.instanceId) &&
            !this.failed.has(i.instanceId));
    }
    fault(atMs, error) {
        this.error = error;
        this.end('Faulted', atMs);
    }
    end(code, atMs) {
        if (!this.running)
            return;
        this.code = code;
        this.lastActionTimeMs = atMs;
        if (code === 'Completed')
            this.op.succeed(atMs);
        else if (code === 'Cancelled')
            this.op.cancel(atMs);
        else
            this.op.fail(atMs, this.error);
    }
}
function percent(part, whole) {
    return whole === 0 ? 0 : (part * 100) / whole;
}

;// CONCATENATED MODULE: ./src/emulator/providers/compute-scalesets-target.ts
/**
 * What the scale-set routes share: the resource type and path, the stored scale set a request
 * addresses, and starting a rolling upgrade (the model write and the action routes both do).
 */




const compute_scalesets_target_TYPE = 'Microsoft.Compute/virtualMachineScaleSets';
const SCALE_SET_PATH = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Compute/virtualMachineScaleSets/{vmScaleSetName}';
/** The stored scale set addressed by `{vmScaleSetName}` (404 ResourceNotFound otherwise). */
function requireScaleSet(req) {
    const id = `/subscriptions/${req.params['subscriptionId']}/resourceGroups/${req.params['resourceGroupName']}/providers/${compute_scalesets_target_TYPE}/${req.params['vmScaleSetName']}`;
    requireScope(req, id, compute_scalesets_target_TYPE);
    const res = req.emu.state.get(id);
    const entry = res && deployWorld(req.emu).scaleSets.get(res.id.toLowerCase());
    if (!res || !entry)
        throw resourceNotFound(compute_scalesets_target_TYPE, req.params['vmScaleSetName'] ?? '', req.params['resourceGroupName']);
    return { res, entry };
}
function locationOf(res) {
    return String(res.body['location'] ?? '');
}
/** Starts a rolling upgrade over the out-of-date instances (none may be running). */
function startRolling(res, entry) {
    const policy = policyWithDefaults(upgradePolicyOf(res.body)['rollingUpgradePolicy']);
    entry.rolling = new RollingUpgrade(entry.sim, policy, entry.sim.now());
    return entry.rolling;
}
function upgradePolicyOf(body) {
    return body['properties']?.['upgradePolicy'] ?? {};
}

;// CONCATENATED MODULE: ./src/emulator/providers/compute-scalesets-view.ts
/**
 * Wire bodies of scale sets, their VMs, instance views and rolling upgrade status, shaped as
 * the Compute REST spec (2026-03-01 / 2025-04-01 examples) defines them.
 */
const iso = (ms) => new Date(ms).toISOString();
/** GET body of a scale set: the stored body without secrets Azure never returns. */
function scaleSetView(res) {
    const body = structuredClone(res.body);
    const osProfile = body['properties']?.['virtualMachineProfile']?.['osProfile'];
    if (osProfile) {
        delete osProfile['adminPassword'];
        delete osProfile['customData'];
    }
    return body;
}
const PROVISIONING_TEXT = {
    Creating: 'Creating',
    Updating: 'Updating',
    Succeeded: 'Provisioning succeeded',
    Failed: 'Provisioning failed',
    Deleting: 'Deleting',
};
const POWER_TEXT = {
    starting: 'VM starting',
    running: 'VM running',
    stopped: 'VM stopped',
    deallocated: 'VM deallocated',
};
function statusList(sim, i) {
    const failed = i.provisioningState === 'Failed';
    return [
        {
            code: failed
                ? 'ProvisioningState/failed/OSProvisioningTimedOut'
                : `ProvisioningState/${i.provisioningState.toLowerCase()}`,
            level: failed ? 'Error' : 'Info',
            displayStatus: PROVISIONING_TEXT[i.provisioningState],
            time: iso(sim.now()),
        },
        { code: `PowerState/${i.power}`, level: 'Info', displayStatus: POWER_TEXT[i.power] },
    ];
}
/** `VirtualMachineScaleSetVMInstanceView`. `vmHealth` only when the instance reports health. */
function instanceView(sim, i) {
    const view = {
        platformUpdateDomain: Number(i.instanceId) % 5,
        platformFaultDomain: Number(i.instanceId) % 3,
        computerName: i.computerName,
        statuses: statusList(sim, i),
    };
    if (sim.reportsHealth(i)) {
        const health = sim.healthOf(i);
        view['vmHealth'] = {
            status: {
                code: `HealthState/${health}`,
                level: health === 'unhealthy' ? 'Warning' : 'Info',
                displayStatus: `The VM is reporting ${health === 'unknown' ? 'unknown health' : health}`,
            },
        };
    }
    return view;
}
/** `VirtualMachineScaleSetVM`, with `instanceView` when `$expand=instanceView`. */
function vmView(scaleSet, sim, i, expand) {
    const profile = (i.profile ?? {});
    const storage = profile['storageProfile'] ?? {};
    const osProfile = { ...(profile['osProfile'] ?? {}) };
    delete osProfile['adminPassword'];
    delete osProfile['customData'];
    delete osProfile['computerNamePrefix'];
    const nics = profile['networkProfile']?.['networkInterfaceConfigurations'] ?? [];
    const id = `${scaleSet.id}/virtualMachines/${i.instanceId}`;
    const sku = scaleSet.body['sku'];
    const properties = {
        latestModelApplied: sim.isLatestModel(i),
        vmId: vmIdOf(scaleSet.id, i.instanceId),
        provisioningState: i.provisioningState,
        storageProfile: { imageReference: storage['imageReference'], osDisk: storage['osDisk'] },
        osProfile: { ...osProfile, computerName: i.computerName },
        networkProfile: { networkInterfaces: nics.map((n) => ({ id: `${id}/networkInterfaces/${String(n['name'])}` })) },
        networkProfileConfiguration: { networkInterfaceConfigurations: nics },
    };
    if (expand)
        properties['instanceView'] = instanceView(sim, i);
    return {
        id,
        name: i.name,
        type: 'Microsoft.Compute/virtualMachineScaleSets/virtualMachines',
        location: scaleSet.body['location'],
        instanceId: i.instanceId,
        ...(sku ? { sku: { name: sku['name'], tier: sku['tier'] } } : {}),
        properties,
    };
}
/** `VirtualMachineScaleSetInstanceView`: overall status plus a per-status summary. */
function scaleSetInstanceView(res, sim) {
    const counts = new Map();
    for (const i of sim.members()) {
        for (const s of statusList(sim, i))
            counts.set(String(s['code']), (counts.get(String(s['code'])) ?? 0) + 1);
    }
    const state = String(res.body['properties']?.['provisioningState'] ?? 'Succeeded');
    return {
        virtualMachine: { statusesSummary: [...counts].map(([code, count]) => ({ code, count })) },
        statuses: [
            {
                code: `ProvisioningState/${state.toLowerCase()}`,
                level: state === 'Failed' ? 'Error' : 'Info',
                displayStatus: PROVISIONING_TEXT[state] ?? state,
                time: iso(sim.now()),
            },
        ],
        orchestrationServices: [],
    };
}
/** `RollingUpgradeStatusInfo` (GET rollingUpgrades/latest). */
function rollingStatusView(res, run) {
    const properties = {
        policy: run.policy,
        runningStatus: {
            code: run.code,
            startTime: iso(run.startTimeMs),
            lastAction: run.lastAction,
            lastActionTime: iso(run.lastActionTimeMs),
        },
        progress: run.progress(),
    };
    if (run.error)
        properties['error'] = { code: run.error.code, message: run.error.message };
    return {
        id: `${res.id}/rollingUpgrades/latest`,
        name: 'latest',
        type: 'Microsoft.Compute/virtualMachineScaleSets/rollingUpgrades',
        location: res.body['location'],
        properties,
    };
}
/** A stable GUID-shaped vmId per instance. */
function vmIdOf(scaleSetId, instanceId) {
    let h = 2166136261;
    for (const c of `${scaleSetId.toLowerCase()}/${instanceId}`)
        h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
    const hex = (h.toString(16).padStart(8, '0') + ((h ^ 0x5bd1e995) >>> 0).toString(16).padStart(8, '0'))
        .repeat(2)
        .slice(0, 32);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

;// CONCATENATED MODULE: ./src/emulator/providers/compute-scalesets-actions.ts






function registerScaleSetActions(router, route) {
    const vm = `${SCALE_SET_PATH}/virtualMachines/{instanceId}`;
    router.addAll([
        route('GET', `${SCALE_SET_PATH}/instanceView`, 'VirtualMachineScaleSets_GetInstanceView', getInstanceView),
        route('GET', `${SCALE_SET_PATH}/virtualMachines`, 'VirtualMachineScaleSetVMs_List', listVms),
        route('GET', vm, 'VirtualMachineScaleSetVMs_Get', getVm),
        route('GET', `${vm}/instanceView`, 'VirtualMachineScaleSetVMs_GetInstanceView', getVmInstanceView),
        route('POST', `${vm}/reimage`, 'VirtualMachineScaleSetVMs_Reimage', reimageVm),
        route('POST', `${SCALE_SET_PATH}/manualupgrade`, 'VirtualMachineScaleSets_UpdateInstances', updateInstances),
        route('POST', `${SCALE_SET_PATH}/reimage`, 'VirtualMachineScaleSets_Reimage', reimage),
        route('GET', `${SCALE_SET_PATH}/rollingUpgrades/latest`, 'VirtualMachineScaleSetRollingUpgrades_GetLatest', getLatest),
        route('POST', `${SCALE_SET_PATH}/osRollingUpgrade`, 'VirtualMachineScaleSetRollingUpgrades_StartOSUpgrade', startOsUpgrade),
        route('POST', `${SCALE_SET_PATH}/rollingUpgrades/cancel`, 'VirtualMachineScaleSetRollingUpgrades_Cancel', compute_scalesets_actions_cancel),
    ]);
}
const expandsInstanceView = (req) => (req.query.get('$expand') ?? '').toLowerCase() === 'instanceview';
function getInstanceView(req) {
    const { res, entry } = requireScaleSet(req);
    return { status: 200, body: scaleSetInstanceView(res, entry.sim) };
}
function listVms(req) {
    const { res, entry } = requireScaleSet(req);
    const expand = expandsInstanceView(req);
    return pagedReply(req, entry.sim.members().map((i) => vmView(res, entry.sim, i, expand)));
}
function requireInstance(req) {
    const { res, entry } = requireScaleSet(req);
    const instance = entry.sim.instances.get(req.params['instanceId'] ?? '');
    if (!instance) {
        throw new ArmError(404, 'NotFound', `The Resource 'Microsoft.Compute/virtualMachineScaleSets/${res.body['name']}/virtualMachines/${req.params['instanceId']}' under resource group '${req.params['resourceGroupName']}' was not found.`);
    }
    return { res, entry, instance };
}
function getVm(req) {
    const { res, entry, instance } = requireInstance(req);
    return { status: 200, body: vmView(res, entry.sim, instance, expandsInstanceView(req)) };
}
function getVmInstanceView(req) {
    const { entry, instance } = requireInstance(req);
    return { status: 200, body: instanceView(entry.sim, instance) };
}
/** `instanceIds` of a VirtualMachineScaleSetVMInstanceIDs body; each must be an active instance. */
function instanceIdsOf(req, required) {
    const { entry } = requireScaleSet(req);
    const ids = req.body?.['instanceIds'];
    if (ids === undefined || ids === null) {
        if (required)
            throw invalidParameter("Required parameter 'instanceIds' is missing (null).", 'instanceIds');
        return undefined;
    }
    if (!Array.isArray(ids))
        throw invalidParameter("The value of parameter 'instanceIds' is invalid.", 'instanceIds');
    const wanted = ids.map(String);
    const all = wanted.includes('*');
    for (const id of wanted) {
        if (id !== '*' && !entry.sim.instances.has(id)) {
            throw invalidParameter(`The provided instanceId ${id} is not an active Virtual Machine Scale Set VM instanceId.`, 'instanceIds');
        }
    }
    return all ? entry.sim.members().map((i) => i.instanceId) : wanted;
}
function accepted(req, resourceId, location, simOp) {
    // Compute action results answer 200 with no body once done (spec examples: 200 {} / 202).
    const op = trackSimOperation(req, simOp, { resourceId, location, result: () => ({ status: 200 }) });
    return { status: 202, headers: req.emu.lro.headers(req, op) };
}
function updateInstances(req) {
    const ids = instanceIdsOf(req, true);
    const { res, entry } = requireScaleSet(req);
    return accepted(req, res.id, locationOf(res), entry.sim.updateInstances(ids));
}
function reimage(req) {
    const ids = instanceIdsOf(req, false);
    const { res, entry } = requireScaleSet(req);
    return accepted(req, res.id, locationOf(res), entry.sim.reimage(ids));
}
function reimageVm(req) {
    const { res, entry, instance } = requireInstance(req);
    return accepted(req, res.id, locationOf(res), entry.sim.reimage([instance.instanceId]));
}
function getLatest(req) {
    const { res, entry } = requireScaleSet(req);
    if (!entry.rolling) {
        throw new ArmError(404, 'NotFound', `No rolling upgrade was found for virtual machine scale set '${res.body['name']}'.`);
    }
    return { status: 200, body: rollingStatusView(res, entry.rolling) };
}
/**
 * Starts a rolling upgrade of every instance not on the latest model, with the scale set's
 * rollingUpgradePolicy. The LRO ends with the upgrade: Succeeded (Completed), Failed
 * (Faulted, with the policy error) or Canceled.
 */
function startOsUpgrade(req) {
    const { res, entry } = requireScaleSet(req);
    if (entry.rolling?.running)
        throw operationNotAllowed('A rolling upgrade is already in progress for this virtual machine scale set.');
    return accepted(req, res.id, locationOf(res), startRolling(res, entry).op);
}
/** Stops the running upgrade before its next batch; the LRO ends when it has stopped. */
function compute_scalesets_actions_cancel(req) {
    const { res, entry } = requireScaleSet(req);
    const run = entry.rolling;
    if (!run?.running)
        throw operationNotAllowed('There is no rolling upgrade in progress to cancel for this virtual machine scale set.');
    const now = req.emu.clock.now();
    run.cancel(now);
    // The upgrade itself ends Canceled; the cancel action succeeds once it has stopped.
    const stopped = new SimOperation(now);
    run.op.onDone((o) => stopped.succeed(o.endTimeMs ?? now));
    return accepted(req, res.id, locationOf(res), stopped);
}

;// CONCATENATED MODULE: ./src/emulator/providers/compute-scalesets-validate.ts




/**
 * The checks Azure makes on a scale set model before accepting it (uniform orchestration):
 * capacity, upgrade mode and its health-signal requirement, the image (gallery image version,
 * gallery image definition or managed image, available in the scale set's region) and the
 * load balancer pools / probe the network profile references.
 */
const MODES = ['Automatic', 'Manual', 'Rolling'];
const compute_scalesets_validate_obj = (v) => v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
function validateCapacity(sku) {
    const capacity = sku?.['capacity'] ?? 0;
    if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 0 || capacity > 1000) {
        throw invalidParameter(`The value ${JSON.stringify(capacity)} of parameter 'sku.capacity' is invalid. It must be an integer between 0 and 1000.`, 'sku.capacity');
    }
    return capacity;
}
function validateMode(upgradePolicy, profile) {
    const mode = upgradePolicy?.['mode'] ?? 'Manual';
    const match = MODES.find((m) => m.toLowerCase() === String(mode).toLowerCase());
    if (!match)
        throw invalidParameter(`The value '${mode}' of parameter 'upgradePolicy.mode' is invalid.`, 'upgradePolicy.mode');
    if (match === 'Rolling' && !hasHealthSignal(profile)) {
        // Verbatim Azure error (code BadRequest), see __tests__/emulator-deploy/specs/NOTE.md.
        throw errors_badRequest('BadRequest', 'Rolling Upgrade mode is not supported for this Virtual Machine Scale Set because a health probe or health extension was not provided.');
    }
    return match;
}
/** Throws Azure's error when the referenced image cannot be used in `location`. */
function validateImage(req, profile, location) {
    const ref = compute_scalesets_validate_obj(compute_scalesets_validate_obj(compute_scalesets_validate_obj(profile)?.['storageProfile'])?.['imageReference']);
    const id = ref?.['id'];
    if (typeof id !== 'string')
        return; // marketplace / shared / community images are not emulated
    const lower = id.toLowerCase();
    if (/\/providers\/microsoft\.compute\/galleries\/[^/]+\/images\/[^/]+\/versions\/[^/]+$/.test(lower)) {
        const version = req.emu.state.get(id);
        if (!version || !availableIn(version, location, req.emu.clock.now()))
            throw galleryImageNotFound(id, location);
    }
    else if (/\/providers\/microsoft\.compute\/galleries\/[^/]+\/images\/[^/]+$/.test(lower)) {
        // An image definition means "latest version": some version must be usable here.
        const versions = req.emu.state.list('Microsoft.Compute/galleries/images/versions', id);
        const usable = versions.filter((v) => availableIn(v, location, req.emu.clock.now()) && !excludedFromLatest(v));
        if (usable.length === 0)
            throw galleryImageNotFound(id, location);
    }
    else if (/\/providers\/microsoft\.compute\/images\/[^/]+$/.test(lower)) {
        const image = req.emu.state.get(id);
        if (!image || normalizeLocation(String(image.body['location'] ?? '')) !== location) {
            throw new ArmError(404, 'NotFound', `The Image '${id}' cannot be found in '${location}' region.`, [], {}, 'imageReference');
        }
    }
    else {
        throw invalidParameter(`The value '${id}' of parameter 'imageReference.id' is not a valid image resource id.`, 'imageReference.id');
    }
}
/** Every backend pool and the health probe the profile references must exist. */
function validateNetworkReferences(req, profile, scaleSetId) {
    const probeId = compute_scalesets_validate_obj(compute_scalesets_validate_obj(compute_scalesets_validate_obj(profile)?.['networkProfile'])?.['healthProbe'])?.['id'];
    const refs = backendPoolIds(profile).map((id) => ['backendAddressPools', id]);
    if (typeof probeId === 'string')
        refs.push(['probes', probeId.toLowerCase()]);
    for (const [collection, refId] of refs) {
        const lbId = refId.split('/').slice(0, -2).join('/');
        const lb = req.emu.state.get(lbId);
        const children = compute_scalesets_validate_obj(lb?.body['properties'])?.[collection] ?? [];
        if (!children.some((c) => String(c['id']).toLowerCase() === refId)) {
            throw errors_badRequest('InvalidResourceReference', `Resource ${refId} referenced by resource ${scaleSetId} was not found. Please make sure that the referenced resource exists, and that both resources are in the same region.`);
        }
    }
}
/**
 * Whether a gallery image version can be used in `location`: provisioned, and the region is
 * one of `publishingProfile.targetRegions` (its own region when absent); when the galleries
 * provider tracks the region's replication, that replica must be Completed.
 */
function availableIn(version, location, nowMs) {
    const props = compute_scalesets_validate_obj(version.body['properties']) ?? {};
    if (props['provisioningState'] !== 'Succeeded')
        return false;
    // The galleries provider tracks per-region replication in meta (gallery-replication.ts).
    const replica = getReplication(version).find((r) => normalizeLocation(r.region) === location);
    if (replica)
        return regionState(replica, nowMs)['state'] === 'Completed';
    // Without targetRegions a version is replicated to its own region only.
    const targets = compute_scalesets_validate_obj(props['publishingProfile'])?.['targetRegions'] ?? [
        { name: version.body['location'] },
    ];
    const regions = new Set(targets.map((t) => normalizeLocation(String(t['name'] ?? ''))));
    if (!regions.has(location))
        return false;
    return true;
}
function excludedFromLatest(version) {
    return compute_scalesets_validate_obj(compute_scalesets_validate_obj(version.body['properties'])?.['publishingProfile'])?.['excludeFromLatest'] === true;
}
/** Azure's answer when a gallery image is missing or not replicated to the region (404). */
function galleryImageNotFound(id, location) {
    return new ArmError(404, 'GalleryImageNotFound', `The gallery image ${id} is not available in ${location} region. Please contact image owner to replicate to this region, or change your requested region.`, [], {}, 'imageReference');
}

;// CONCATENATED MODULE: ./src/emulator/providers/compute-scalesets.ts















/**
 * Microsoft.Compute/virtualMachineScaleSets (uniform orchestration): CRUD + list here, instance
 * actions and rolling upgrades in compute-scalesets-actions.ts. The stored body is the model;
 * the running instances live in the deploy world (src/emulator/sim).
 */
const route = (method, path, operation, handler) => ({
    method,
    path,
    operation,
    handler,
    apiVersions: COMPUTE_API_VERSIONS,
    resourceType: compute_scalesets_target_TYPE,
});
const computeScaleSetsProvider = {
    name: 'compute-scalesets',
    register(router, emu) {
        // Create the deploy world now, in provider order, so its seeded stream does not depend on
        // when a test first touches control.health.
        deployWorld(emu);
        router.addAll([
            route('PUT', SCALE_SET_PATH, 'VirtualMachineScaleSets_CreateOrUpdate', (req) => compute_scalesets_upsert(req, req.body ?? {})),
            route('PATCH', SCALE_SET_PATH, 'VirtualMachineScaleSets_Update', patch),
            route('GET', SCALE_SET_PATH, 'VirtualMachineScaleSets_Get', compute_scalesets_get),
            route('DELETE', SCALE_SET_PATH, 'VirtualMachineScaleSets_Delete', compute_scalesets_remove),
            route('GET', '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Compute/virtualMachineScaleSets', 'VirtualMachineScaleSets_List', compute_scalesets_list),
            route('GET', '/subscriptions/{subscriptionId}/providers/Microsoft.Compute/virtualMachineScaleSets', 'VirtualMachineScaleSets_ListAll', compute_scalesets_list),
        ]);
        registerScaleSetActions(router, route);
    },
    /** After a reload, instances are recreated running on the stored model (rolling history is lost). */
    onRestore(emu) {
        for (const res of emu.state.list(compute_scalesets_target_TYPE, `/subscriptions/${emu.subscriptionId}`)) {
            const props = res.body['properties'] ?? {};
            const profile = props['virtualMachineProfile'] ?? {};
            const mode = upgradePolicyOf(res.body)['mode'] ?? 'Manual';
            const entry = newEntry(emu, res, profile, mode);
            entry.sim.restoreInstances(Number(res.body['sku']?.['capacity'] ?? 0));
        }
    },
};
function newEntry(emu, res, profile, mode) {
    const world = deployWorld(emu);
    const name = String(res.body['name']);
    const sim = new ScaleSetSim(res.id, name, { profile, capacity: 0, upgradeMode: mode }, {
        timeline: emu,
        health: world.health,
        timings: world.timings,
        probeAdmitted: (sim, instance) => world.traffic.probeAdmitted(sim, instance),
    }, computerNamePrefix(profile, name));
    const entry = { sim, rolling: undefined };
    world.scaleSets.set(res.id.toLowerCase(), entry);
    return entry;
}
function compute_scalesets_get(req) {
    const { res } = requireScaleSet(req);
    return { status: 200, body: scaleSetView(res), headers: res.etag ? { ETag: res.etag } : {} };
}
function compute_scalesets_list(req) {
    if (req.params['resourceGroupName'] !== undefined)
        requireResourceGroup(req);
    else
        requireSubscription(req);
    const scope = idFromPath(req).split('/providers/')[0];
    return pagedReply(req, req.emu.state.list(compute_scalesets_target_TYPE, scope).map(scaleSetView));
}
function patch(req) {
    const id = idFromPath(req);
    requireScope(req, id, compute_scalesets_target_TYPE);
    const existing = req.emu.state.get(id);
    if (!existing)
        throw resourceNotFound(compute_scalesets_target_TYPE, req.params['vmScaleSetName'] ?? '', req.params['resourceGroupName']);
    const base = structuredClone(existing.body);
    delete base['properties']?.['provisioningState'];
    // Tags are not part of the VM model: a PATCH of tags alone changes no instance (Azure).
    const tagsOnly = Object.keys(req.body ?? {}).every((k) => k === 'tags');
    return compute_scalesets_upsert(req, mergePatch(base, req.body ?? {}), { tagsOnly });
}
/**
 * PUT and PATCH: validate like Azure, store the model with a new ETag, apply it to the simulated
 * instances (scale, Automatic update) and, in Rolling mode, start a rolling upgrade when
 * instances fell behind the model. The LRO ends when scaling / the Automatic update does; a
 * rolling upgrade continues in the background (GET rollingUpgrades/latest).
 */
function compute_scalesets_upsert(req, input, options = {}) {
    const id = idFromPath(req);
    requireScope(req, id, compute_scalesets_target_TYPE);
    const existing = req.emu.state.get(id);
    checkPreconditions(req, existing);
    if (existing && provisioningState(existing) === 'Deleting') {
        throw conflict(`The resource '${existing.id}' is being deleted and cannot be updated.`);
    }
    // One write at a time: Compute's 409 while a model write or a platform operation runs (conflicts.ts).
    if (existing && busyWith(req.emu, existing.id))
        throw computeConcurrentConflict();
    const location = compute_scalesets_resolveLocation(input, existing);
    const props = structuredClone(input['properties'] ?? {});
    const profile = props['virtualMachineProfile'] ?? {};
    const sku = input['sku'] ?? existing?.body['sku'] ?? {};
    const capacity = validateCapacity(sku);
    const mode = validateMode(props['upgradePolicy'], profile);
    validateImage(req, profile, location);
    validateNetworkReferences(req, profile, existing?.id ?? id);
    // Tag names case-insensitive, Azure's limits (tag-rules.ts).
    const tags = tagsForWrite(input['tags'], existing?.body['tags']);
    const res = store(req, id, existing, input, { props, sku: { ...sku, capacity }, location, tags });
    const world = deployWorld(req.emu);
    let entry = world.scaleSets.get(res.id.toLowerCase());
    entry ??= newEntry(req.emu, res, profile, mode);
    // A tags-only PATCH leaves the model as it is: no Automatic update, no rolling upgrade starts.
    const applied = options.tagsOnly
        ? SimOperation.completed(req.emu.clock.now())
        : entry.sim.applyModel({ profile, capacity, upgradeMode: mode });
    const behind = entry.sim.members().some((i) => !i.busy && !entry.sim.isLatestModel(i));
    if (mode === 'Rolling' && behind && !entry.rolling?.running && !options.tagsOnly)
        startRolling(res, entry);
    const release = req.lroFault || applied.done ? () => undefined : markBusy(req.emu, res.id, 'PutVMScaleSetOperation');
    const op = trackSimOperation(req, applied, {
        resourceId: res.id,
        location,
        onSuccess: () => {
            release();
            setProvisioningState(res, 'Succeeded');
        },
        onFailure: () => {
            release();
            setProvisioningState(res, 'Failed');
        },
    });
    const headers = { ...req.emu.lro.headers(req, op, { location: false }), ETag: res.etag };
    return { status: existing ? 200 : 201, body: scaleSetView(res), headers };
}
function store(req, id, existing, input, parts) {
    const previous = existing?.body['properties'];
    const body = {
        id: existing?.id ?? id,
        name: existing?.body['name'] ?? req.params['vmScaleSetName'],
        type: compute_scalesets_target_TYPE,
        location: parts.location,
        tags: parts.tags,
        sku: { tier: 'Standard', ...parts.sku },
        ...(input['zones'] ? { zones: input['zones'] } : {}),
        ...(input['identity'] ? { identity: input['identity'] } : {}),
        properties: {
            singlePlacementGroup: true,
            overprovision: false,
            orchestrationMode: 'Uniform',
            ...parts.props,
            upgradePolicy: { mode: 'Manual', ...(parts.props['upgradePolicy'] ?? {}) },
            provisioningState: existing ? 'Updating' : 'Creating',
            uniqueId: previous?.['uniqueId'] ?? req.emu.random.uuid(),
            timeCreated: previous?.['timeCreated'] ?? new Date(req.emu.clock.now()).toISOString(),
        },
    };
    const res = existing ?? { id, type: compute_scalesets_target_TYPE, body, createdAtMs: req.emu.clock.now(), meta: {} };
    res.body = body;
    res.etag = newEtag(req);
    body['etag'] = res.etag;
    return req.emu.state.put(res);
}
function compute_scalesets_remove(req) {
    const id = idFromPath(req);
    requireScope(req, id, compute_scalesets_target_TYPE);
    const existing = req.emu.state.get(id);
    checkPreconditions(req, existing);
    if (!existing)
        return { status: 204 };
    setProvisioningState(existing, 'Deleting');
    req.emu.state.touch();
    const world = deployWorld(req.emu);
    const entry = world.scaleSets.get(existing.id.toLowerCase());
    entry?.rolling?.cancel(req.emu.clock.now());
    const deleted = entry ? entry.sim.deleteAll() : SimOperation.completed(req.emu.clock.now());
    const op = trackSimOperation(req, deleted, {
        resourceId: existing.id,
        location: locationOf(existing),
        onSuccess: () => {
            req.emu.state.delete(existing.id);
            world.scaleSets.delete(existing.id.toLowerCase());
        },
    });
    return { status: 202, headers: req.emu.lro.headers(req, op) };
}
function compute_scalesets_resolveLocation(input, existing) {
    const requested = typeof input['location'] === 'string' ? normalizeLocation(input['location']) : undefined;
    const current = existing ? locationOf(existing) : undefined;
    if (!requested && !current)
        throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
    if (requested && current && requested !== current) {
        throw new ArmError(400, 'InvalidResourceLocation', `The resource '${existing.body['name']}' already exists in location '${current}'. A resource with the same name cannot be created in location '${requested}'.`);
    }
    return (requested ?? current);
}
function computerNamePrefix(profile, name) {
    const prefix = profile['osProfile']?.['computerNamePrefix'];
    return typeof prefix === 'string' && prefix.length > 0 ? prefix : name.slice(0, 9);
}

;// CONCATENATED MODULE: ./src/emulator/router.ts
/**
 * Path-template router. Literal segments match case-insensitively (as ARM does), `{name}` captures
 * one segment and `{*name}` captures one or more segments (used for scopes such as the tags
 * extension resource `/{*scope}/providers/Microsoft.Resources/tags/default`).
 */
class Router {
    routes = [];
    add(def) {
        this.routes.push(compile(def));
        this.routes.sort((a, b) => b.rank - a.rank);
    }
    addAll(defs) {
        for (const d of defs)
            this.add(d);
    }
    /** Finds the route for method+path; `methodMismatch` is true when only other methods match the path. */
    match(method, path) {
        const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
        const candidates = this.routes
            .map((r) => ({ r, m: r.regex.exec(trimmed) }))
            .filter((c) => c.m !== null);
        const wanted = candidates.find((c) => c.r.def.method === method) ??
            // HEAD falls back to the GET route (Node drops the body for HEAD).
            (method === 'HEAD' ? candidates.find((c) => c.r.def.method === 'GET') : undefined);
        if (!wanted)
            return { methodMismatch: candidates.length > 0 };
        const params = {};
        wanted.r.params.forEach((name, i) => {
            params[name] = safeDecode(wanted.m[i + 1] ?? '');
        });
        return { route: { def: wanted.r.def, params }, methodMismatch: false };
    }
    list() {
        return this.routes.map((r) => r.def);
    }
}
function compile(def) {
    const params = [];
    let rank = 0;
    const parts = def.path
        .split('/')
        .filter((s) => s.length > 0)
        .map((seg) => {
        const m = /^\{(\*?)(\w+)\}$/.exec(seg);
        if (!m) {
            rank += 100;
            return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        }
        params.push(m[2]);
        rank += m[1] ? 0 : 1;
        return m[1] ? '(.+?)' : '([^/]+)';
    });
    return { def, params, rank, regex: new RegExp(`^/${parts.join('/')}$`, 'i') };
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}

;// CONCATENATED MODULE: ./src/emulator/providers/network-children.ts

/**
 * Gives a Network sub-resource (rule, pool, probe, subnet...) its id, type, etag and
 * provisioningState, as Azure fills them in on PUT.
 */
function child(parentId, collection, item, req) {
    const name = item['name'];
    if (typeof name !== 'string' || name.length === 0) {
        throw errors_badRequest('InvalidRequestFormat', `Cannot parse the request. An item of '${collection}' has no name.`);
    }
    const [namespace, ...rest] = (parentId.split('/providers/')[1] ?? '').split('/');
    const types = rest.filter((_, i) => i % 2 === 0);
    return {
        ...item,
        id: `${parentId}/${collection}/${name}`,
        etag: `W/"${req.emu.random.uuid()}"`,
        type: [namespace, ...types, collection].join('/'),
        properties: { ...(item['properties'] ?? {}), provisioningState: 'Succeeded' },
    };
}

;// CONCATENATED MODULE: ./src/emulator/providers/network-loadbalancers.ts




/**
 * Load balancer bodies: sub-resources get ids/etags, cross references inside the LB are checked
 * (Azure answers InvalidResourceReference for a dangling one), and GET shows which scale set
 * NIC ip configurations sit in each backend pool (`backendIPConfigurations`, read-only).
 */
const COLLECTIONS = [
    'frontendIPConfigurations',
    'backendAddressPools',
    'loadBalancingRules',
    'probes',
    'inboundNatRules',
    'outboundRules',
];
const props = (item) => item?.['properties'] ?? {};
const refId = (value) => {
    const id = value?.['id'];
    return typeof id === 'string' ? id : undefined;
};
function normalizeLoadBalancer(req, lbId, input) {
    const out = { ...props(input) };
    for (const collection of COLLECTIONS) {
        const items = out[collection] ?? [];
        out[collection] = items.map((item) => child(lbId, collection, item, req));
    }
    checkReferences(lbId, out);
    return out;
}
function checkReferences(lbId, lb) {
    const known = new Set(COLLECTIONS.flatMap((c) => (lb[c] ?? []).map((item) => String(item['id']).toLowerCase())));
    for (const rule of lb['loadBalancingRules'] ?? []) {
        const p = props(rule);
        const refs = [
            p['frontendIPConfiguration'],
            p['backendAddressPool'],
            p['probe'],
            ...(p['backendAddressPools'] ?? []),
        ];
        for (const ref of refs.map(refId)) {
            if (ref && !known.has(ref.toLowerCase())) {
                throw errors_badRequest('InvalidResourceReference', `Resource ${ref} referenced by resource ${rule['id']} was not found. Please make sure that the referenced resource exists, and that both resources are in the same region.`);
            }
        }
    }
}
/** The rules the traffic simulation serves (first rule wins when two share a frontend port). */
function lbRulesOf(res) {
    const rules = props(res.body)['loadBalancingRules'] ?? [];
    const probes = props(res.body)['probes'] ?? [];
    const seen = new Set();
    return rules.flatMap((rule) => {
        const p = props(rule);
        const frontendPort = Number(p['frontendPort']);
        if (!Number.isInteger(frontendPort) || seen.has(frontendPort))
            return [];
        seen.add(frontendPort);
        const pool = refId(p['backendAddressPool']) ?? (p['backendAddressPools'] ?? []).map(refId)[0];
        return [
            {
                name: String(rule['name']),
                frontendPort,
                backendPort: Number(p['backendPort'] ?? frontendPort),
                backendPoolId: pool,
                probeId: refId(p['probe']),
                probe: probeModel(probes, refId(p['probe'])),
            },
        ];
    });
}
/**
 * A rule's probe: `intervalInSeconds` (default 15) and `probeThreshold` (default 1), as the Network
 * REST spec (`ProbePropertiesFormat`) and "Azure Load Balancer health probes" describe them.
 * `numberOfProbes` is not read: the spec gives it for taking an endpoint out of rotation only, and the
 * current doc says `probeThreshold` replaces it.
 */
function probeModel(probes, probeId) {
    if (!probeId)
        return undefined;
    const probe = probes.find((p) => String(p['id']).toLowerCase() === probeId.toLowerCase());
    const p = props(probe);
    const positive = (value, fallback) => Number.isFinite(Number(value)) && Number(value) > 0 ? Number(value) : fallback;
    return {
        id: probeId.toLowerCase(),
        intervalSeconds: positive(p['intervalInSeconds'], DEFAULT_PROBE_INTERVAL_SECONDS),
        threshold: Math.round(positive(p['probeThreshold'], DEFAULT_PROBE_THRESHOLD)),
    };
}
function loadBalancerView(req, res) {
    const body = structuredClone(res.body);
    const world = deployWorld(req.emu);
    for (const pool of props(body)['backendAddressPools'] ?? []) {
        const members = [...world.scaleSets.values()].flatMap(({ sim }) => sim.poolMembers(String(pool['id'])).map((i) => ({ sim, i })));
        if (members.length === 0)
            continue;
        pool['properties']['backendIPConfigurations'] = members.flatMap(({ sim, i }) => nicIpConfigIds(sim.id, i.instanceId, i.profile, String(pool['id'])));
    }
    return body;
}
function nicIpConfigIds(scaleSetId, instanceId, profile, poolId) {
    const nics = profile['networkProfile']?.['networkInterfaceConfigurations'] ?? [];
    return nics.flatMap((nic) => (props(nic)['ipConfigurations'] ?? [])
        .filter((ip) => (props(ip)['loadBalancerBackendAddressPools'] ?? []).some((p) => String(p['id']).toLowerCase() === poolId.toLowerCase()))
        .map((ip) => ({
        id: `${scaleSetId}/virtualMachines/${instanceId}/networkInterfaces/${String(nic['name'])}/ipConfigurations/${String(ip['name'])}`,
    })));
}

;// CONCATENATED MODULE: ./src/emulator/providers/network-security.ts

/**
 * Network security groups: user `securityRules` get ids, and Azure's six
 * `defaultSecurityRules` (priority 65000+) are always present, as on a real NSG.
 */
const DEFAULT_RULES = [
    // name, direction, access, source, destination, priority
    ['AllowVnetInBound', 'Inbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork', 65000],
    ['AllowAzureLoadBalancerInBound', 'Inbound', 'Allow', 'AzureLoadBalancer', '*', 65001],
    ['DenyAllInBound', 'Inbound', 'Deny', '*', '*', 65500],
    ['AllowVnetOutBound', 'Outbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork', 65000],
    ['AllowInternetOutBound', 'Outbound', 'Allow', '*', 'Internet', 65001],
    ['DenyAllOutBound', 'Outbound', 'Deny', '*', '*', 65500],
];
function normalizeNsg(req, nsgId, input) {
    const props = { ...(input['properties'] ?? {}) };
    props['securityRules'] = (props['securityRules'] ?? []).map((rule) => child(nsgId, 'securityRules', rule, req));
    props['defaultSecurityRules'] = DEFAULT_RULES.map(([name, direction, access, source, destination, priority]) => child(nsgId, 'defaultSecurityRules', {
        name,
        properties: {
            description: name,
            protocol: '*',
            sourcePortRange: '*',
            destinationPortRange: '*',
            sourceAddressPrefix: source,
            destinationAddressPrefix: destination,
            access,
            priority,
            direction,
        },
    }, req));
    props['resourceGuid'] ??= req.emu.random.uuid();
    return props;
}
function nsgView(res) {
    return res.body;
}

;// CONCATENATED MODULE: ./src/emulator/providers/network.ts








/**
 * Microsoft.Network: load balancers (with real loopback endpoints per rule, see
 * sim/lb-traffic.ts), network security groups, public IP addresses and virtual networks.
 * All use the generic tracked-resource CRUD (ETags on, as Network resources have them).
 */
const NETWORK_API_VERSIONS = [
    '2025-05-01',
    '2025-03-01',
    '2025-01-01',
    '2024-10-01',
    '2024-07-01',
    '2024-05-01',
    '2024-03-01',
];
const RG = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network';
const SUB = '/subscriptions/{subscriptionId}/providers/Microsoft.Network';
function spec(type, collection, nameParam, opPrefix, build, extra = {}) {
    return {
        type: `Microsoft.Network/${type}`,
        path: `${RG}/${collection}/{${nameParam}}`,
        nameParam,
        apiVersions: NETWORK_API_VERSIONS,
        etag: true,
        operations: {
            createOrUpdate: `${opPrefix}_CreateOrUpdate`,
            update: `${opPrefix}_UpdateTags`,
            get: `${opPrefix}_Get`,
            delete: `${opPrefix}_Delete`,
            listByParent: { path: `${RG}/${collection}`, operation: `${opPrefix}_List` },
            listBySubscription: { path: `${SUB}/${collection}`, operation: `${opPrefix}_ListAll` },
        },
        build,
        // Network's answer to a write while another operation updates the resource (conflicts.ts).
        busy: {
            operation: `Put${type[0].toUpperCase()}${type.slice(1, -1)}Operation`,
            error: (req, res, op) => networkAnotherOperation(req.emu, res.id, op),
        },
        ...extra,
    };
}
const network_idOf = (req, spec) => `/subscriptions/${req.params['subscriptionId']}/resourceGroups/${req.params['resourceGroupName']}/providers/${spec.type}/${req.params[spec.nameParam]}`;
const loadBalancers = spec('loadBalancers', 'loadBalancers', 'loadBalancerName', 'LoadBalancers', (req, input, existing) => ({
    properties: normalizeLoadBalancer(req, existing?.id ?? network_idOf(req, loadBalancers), input),
    extra: {
        sku: input['sku'] ?? existing?.body['sku'] ?? { name: 'Standard', tier: 'Regional' },
    },
}), {
    // The PUT's rules take effect together once the change has propagated (sim/lb-traffic.ts);
    // listeners were opened before (see register).
    onProvisioned: (req, res) => deployWorld(req.emu).traffic.configure(res.id, lbRulesOf(res)),
    beforeDelete: (req, res) => void deployWorld(req.emu).traffic.remove(res.id),
    view: (req, res) => loadBalancerView(req, res),
});
const securityGroups = spec('networkSecurityGroups', 'networkSecurityGroups', 'networkSecurityGroupName', 'NetworkSecurityGroups', (req, input, existing) => ({
    properties: normalizeNsg(req, existing?.id ?? network_idOf(req, securityGroups), input),
}), { view: (_req, res) => nsgView(res) });
const publicIps = spec('publicIPAddresses', 'publicIPAddresses', 'publicIpAddressName', 'PublicIPAddresses', (req, input, existing) => {
    const props = { ...(input['properties'] ?? {}) };
    const previous = existing?.body['properties'];
    // A documentation-range address, stable for the resource's life (never routable).
    props['ipAddress'] ??= previous?.['ipAddress'] ?? `203.0.113.${1 + Math.floor(req.emu.random.next() * 254)}`;
    props['publicIPAllocationMethod'] ??= 'Static';
    props['publicIPAddressVersion'] ??= 'IPv4';
    return {
        properties: props,
        extra: { sku: input['sku'] ?? { name: 'Standard', tier: 'Regional' } },
    };
});
const virtualNetworks = spec('virtualNetworks', 'virtualNetworks', 'virtualNetworkName', 'VirtualNetworks', (req, input, existing) => {
    const id = existing?.id ?? network_idOf(req, virtualNetworks);
    const props = { ...(input['properties'] ?? {}) };
    props['subnets'] = (props['subnets'] ?? []).map((s) => child(id, 'subnets', s, req));
    return { properties: props };
});
const networkProvider = {
    name: 'Microsoft.Network',
    register(router) {
        for (const s of [securityGroups, publicIps, virtualNetworks])
            registerTrackedResource(router, s);
        // Load balancer PUTs open the rule listeners before the generic handler stores the body,
        // so endpointFor() answers as soon as the PUT has been accepted.
        const inner = new Router();
        registerTrackedResource(inner, loadBalancers);
        for (const def of inner.list()) {
            if (def.method !== 'PUT')
                router.add(def);
            else
                router.add({
                    ...def,
                    handler: async (req) => {
                        await deployWorld(req.emu).traffic.prepare(network_idOf(req, loadBalancers), frontendPorts(req.body));
                        return def.handler(req);
                    },
                });
        }
        registerSecurityRuleReads(router);
        registerSubnetReads(router);
    },
    /** After a reload, rule listeners reopen (on new ports: ask control.endpointFor again), rules in effect. */
    onRestore(emu) {
        const traffic = deployWorld(emu).traffic;
        for (const res of emu.state.list(loadBalancers.type, `/subscriptions/${emu.subscriptionId}`)) {
            const rules = lbRulesOf(res);
            void traffic
                .prepare(res.id, rules.map((r) => r.frontendPort))
                .then(() => traffic.setRules(res.id, rules));
        }
    },
};
function frontendPorts(body) {
    const rules = body?.['properties']?.['loadBalancingRules'] ?? [];
    return rules.map((r) => Number(r['properties']?.['frontendPort'])).filter(Number.isInteger);
}
/** GET .../securityRules and .../securityRules/{name}, read from the NSG body. */
function registerSecurityRuleReads(router) {
    const base = `${RG}/networkSecurityGroups/{networkSecurityGroupName}/securityRules`;
    const rulesOf = (req) => {
        const nsg = req.emu.state.get(network_idOf(req, securityGroups));
        if (!nsg)
            throw resourceNotFound(securityGroups.type, req.params['networkSecurityGroupName'] ?? '', req.params['resourceGroupName']);
        return { nsg, rules: nsg.body['properties']['securityRules'] ?? [] };
    };
    const common = {
        apiVersions: NETWORK_API_VERSIONS,
        resourceType: 'Microsoft.Network/networkSecurityGroups/securityRules',
    };
    router.add({
        ...common,
        method: 'GET',
        path: base,
        operation: 'SecurityRules_List',
        handler: (req) => ({ status: 200, body: { value: rulesOf(req).rules } }),
    });
    router.add({
        ...common,
        method: 'GET',
        path: `${base}/{securityRuleName}`,
        operation: 'SecurityRules_Get',
        handler: (req) => {
            const { nsg, rules } = rulesOf(req);
            const rule = rules.find((r) => String(r['name']).toLowerCase() === req.params['securityRuleName']?.toLowerCase());
            if (!rule) {
                throw new ArmError(404, 'NotFound', `Resource ${nsg.id}/securityRules/${req.params['securityRuleName']} not found.`);
            }
            return { status: 200, body: rule };
        },
    });
}
/**
 * GET .../virtualNetworks/{vnet}/subnets and .../subnets/{name} (Subnets_List / Subnets_Get,
 * Microsoft.Network virtualNetwork.json), read from the virtual network body: a subnet carries its
 * `networkSecurityGroup` reference there, which the remote-access gate must see.
 */
function registerSubnetReads(router) {
    const base = `${RG}/virtualNetworks/{virtualNetworkName}/subnets`;
    const subnetsOf = (req) => {
        const vnet = req.emu.state.get(network_idOf(req, virtualNetworks));
        if (!vnet)
            throw resourceNotFound(virtualNetworks.type, req.params['virtualNetworkName'] ?? '', req.params['resourceGroupName']);
        return { vnet, subnets: vnet.body['properties']['subnets'] ?? [] };
    };
    const common = { apiVersions: NETWORK_API_VERSIONS, resourceType: 'Microsoft.Network/virtualNetworks/subnets' };
    router.add({
        ...common,
        method: 'GET',
        path: base,
        operation: 'Subnets_List',
        handler: (req) => ({ status: 200, body: { value: subnetsOf(req).subnets } }),
    });
    router.add({
        ...common,
        method: 'GET',
        path: `${base}/{subnetName}`,
        operation: 'Subnets_Get',
        handler: (req) => {
            const { vnet, subnets } = subnetsOf(req);
            const subnet = subnets.find((s) => String(s['name']).toLowerCase() === req.params['subnetName']?.toLowerCase());
            if (!subnet)
                throw new ArmError(404, 'NotFound', `Resource ${vnet.id}/subnets/${req.params['subnetName']} not found.`);
            const headers = typeof subnet['etag'] === 'string' ? { ETag: subnet['etag'] } : {};
            return { status: 200, body: subnet, headers };
        },
    });
}

;// CONCATENATED MODULE: ./src/emulator/sim/app-listener.ts

/**
 * A loopback HTTP listener for one App Service slot. Each request reads the slot's app at that
 * moment (after running due simulated work), so a swap — one reference exchange — is atomic:
 * 200 `{site, slot, content, image|package, version, startedAt}`; 404 for a path the app does not
 * serve (SiteSim.serves); 500 when the app's content is scripted unhealthy; 503 when it failed to
 * start or nothing runs.
 */
async function openSlotListener(site, slot, beforeRequest) {
    const server = (0,external_node_http_.createServer)((req, res) => {
        req.resume();
        beforeRequest();
        const { status, body } = site.answer(slot, req.url ?? '/');
        const payload = JSON.stringify({ ...body, path: req.url ?? '/' });
        res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
        res.end(payload);
    });
    server.keepAliveTimeout = 1000;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    server.unref();
    const url = `http://127.0.0.1:${server.address().port}`;
    return {
        url,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}

;// CONCATENATED MODULE: ./src/emulator/providers/web-view.ts

/** Wire bodies of sites / slots and their config resources, as Microsoft.Web (2025-05-01) returns them. */
const SITE_TYPE = 'Microsoft.Web/sites';
const SLOT_TYPE = 'Microsoft.Web/sites/slots';
function hostName(ref) {
    const site = String(ref.siteRes.body['name']);
    return ref.slot.name === PRODUCTION
        ? `${site}.azurewebsites.net`.toLowerCase()
        : `${site}-${ref.slot.name}.azurewebsites.net`.toLowerCase();
}
/**
 * Site / slot body. `defaultHostName` keeps Azure's `{site}[-{slot}].azurewebsites.net` form;
 * the loopback URL serving it is `control.urlFor(siteId, slot)` / `control.urlForHostName(host)`.
 */
function siteView(ref) {
    const host = hostName(ref);
    const body = structuredClone(ref.res.body);
    const props = body['properties'] ?? {};
    body['properties'] = {
        ...props,
        state: 'Running',
        hostNames: [host],
        enabledHostNames: [host, host.replace('.azurewebsites.net', '.scm.azurewebsites.net')],
        defaultHostName: host,
        usageState: 'Normal',
        availabilityState: 'Normal',
        enabled: true,
        resourceGroup: ref.res.id.split('/')[4],
        siteConfig: {
            ...(ref.res.meta['siteConfig'] ?? {}),
            linuxFxVersion: ref.slot.linuxFxVersion,
        },
        ...(ref.res.meta['slotSwapStatus'] ? { slotSwapStatus: ref.res.meta['slotSwapStatus'] } : {}),
    };
    return body;
}
function configType(ref) {
    return ref.slot.name === PRODUCTION ? 'Microsoft.Web/sites/config' : 'Microsoft.Web/sites/slots/config';
}
function configView(ref) {
    return {
        id: `${ref.res.id}/config/web`,
        name: 'web',
        type: configType(ref),
        location: ref.res.body['location'],
        properties: {
            ...(ref.res.meta['siteConfig'] ?? {}),
            linuxFxVersion: ref.slot.linuxFxVersion,
        },
    };
}
/** `StringDictionary` of app settings (config/appsettings/list). */
function appSettingsView(ref) {
    return {
        id: `${ref.res.id}/config/appsettings`,
        name: 'appsettings',
        type: configType(ref),
        location: ref.res.body['location'],
        properties: { ...ref.slot.appSettings },
    };
}

;// CONCATENATED MODULE: ./src/emulator/providers/web-target.ts
/**
 * What the Microsoft.Web routes share: api-versions, the site and slot paths, registering an
 * operation for both, and the site or slot a request addresses.
 */





const WEB_API_VERSIONS = [
    '2025-05-01',
    '2024-11-01',
    '2024-04-01',
    '2023-12-01',
    '2023-01-01',
    '2022-09-01',
];
const SITE_PATH = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/sites/{name}';
const SLOT_PATH = `${SITE_PATH}/slots/{slot}`;
const web_target_route = (method, path, operation, handler, write) => ({
    method,
    path,
    operation,
    handler,
    apiVersions: WEB_API_VERSIONS,
    resourceType: SITE_TYPE,
    ...(write === undefined ? {} : { write }),
});
/** Registers an operation for the site (production) and, with the `Slot` suffix, for slots. */
function both(router, suffix, method, operation, handler, write) {
    router.add(web_target_route(method, `${SITE_PATH}${suffix}`, operation, handler, write));
    router.add(web_target_route(method, `${SLOT_PATH}${suffix}`, `${operation}Slot`, handler, write));
}
function siteId(req) {
    return `/subscriptions/${req.params['subscriptionId']}/resourceGroups/${req.params['resourceGroupName']}/providers/${SITE_TYPE}/${req.params['name']}`;
}
function slotNameOf(req) {
    return (req.params['slot'] ?? PRODUCTION).toLowerCase();
}
function requireSite(req) {
    requireResourceGroup(req);
    const siteRes = req.emu.state.get(siteId(req));
    const site = siteRes && deployWorld(req.emu).sites.get(siteRes.id.toLowerCase());
    if (!siteRes || !site)
        throw resourceNotFound(SITE_TYPE, req.params['name'] ?? '', req.params['resourceGroupName']);
    return { site, siteRes };
}
function requireSlot(req) {
    const { site, siteRes } = requireSite(req);
    const name = slotNameOf(req);
    const slot = site.slot(name);
    const res = name === PRODUCTION ? siteRes : req.emu.state.get(`${siteRes.id}/slots/${name}`);
    if (!slot || !res)
        throw resourceNotFound(SLOT_TYPE, `${siteRes.body['name']}/${name}`, req.params['resourceGroupName']);
    return { site, slot, res, siteRes };
}
function hostNameOf(siteName, slot) {
    return slot === PRODUCTION
        ? `${siteName}.azurewebsites.net`.toLowerCase()
        : `${siteName}-${slot}.azurewebsites.net`.toLowerCase();
}

;// CONCATENATED MODULE: ./src/emulator/providers/web-actions.ts






/**
 * Restart, slot swap (LRO) and swap with preview (applySlotConfig / resetSlotConfig) for the
 * production site and for slots. The slot in the URL is the swap's source; `targetSlot` in the
 * CsmSlotEntity body is its destination.
 */
function registerWebActions(router, route) {
    router.addAll([
        route('POST', `${SITE_PATH}/restart`, 'WebApps_Restart', restart),
        route('POST', `${SLOT_PATH}/restart`, 'WebApps_RestartSlot', restart),
        route('POST', `${SITE_PATH}/slotsswap`, 'WebApps_SwapSlotWithProduction', swap),
        route('POST', `${SLOT_PATH}/slotsswap`, 'WebApps_SwapSlot', swap),
        route('POST', `${SITE_PATH}/applySlotConfig`, 'WebApps_ApplySlotConfigToProduction', applySlotConfig),
        route('POST', `${SLOT_PATH}/applySlotConfig`, 'WebApps_ApplySlotConfigurationSlot', applySlotConfig),
        route('POST', `${SITE_PATH}/resetSlotConfig`, 'WebApps_ResetProductionSlotConfig', resetSlotConfig),
        route('POST', `${SLOT_PATH}/resetSlotConfig`, 'WebApps_ResetSlotConfigurationSlot', resetSlotConfig),
    ]);
}
/**
 * `synchronous=true` blocks until the app has restarted (WebApps_Restart: "Specify true to block
 * until the app is restarted"); otherwise the answer comes at once and the restart goes on.
 */
async function restart(req) {
    const ref = requireSlot(req);
    const op = ref.site.restart(ref.slot.name);
    if (req.query.get('synchronous')?.toLowerCase() === 'true')
        await untilDone(req, op);
    return { status: 200 };
}
/** Waits in real time (bounded) while simulated time runs the operation to its end. */
async function untilDone(req, op) {
    const deadline = Date.now() + 60_000;
    for (;;) {
        req.emu.scheduler.runDue();
        if (op.done || Date.now() > deadline)
            return;
        await new Promise((resolve) => setTimeout(resolve, 2));
    }
}
/** Source (URL) and destination (`targetSlot`) of a swap; both must exist and differ. */
function swapPair(req) {
    const ref = requireSlot(req);
    const target = req.body?.['targetSlot'];
    if (typeof target !== 'string' || target.length === 0) {
        throw errors_badRequest('BadRequest', "The parameter 'targetSlot' is required.", 'targetSlot');
    }
    const targetName = target.toLowerCase();
    if (!ref.site.slot(targetName))
        throw resourceNotFound(SLOT_TYPE, `${ref.siteRes.body['name']}/${targetName}`, req.params['resourceGroupName']);
    if (targetName === ref.slot.name)
        throw errors_badRequest('BadRequest', `Cannot swap slot '${targetName}' with itself.`, 'targetSlot');
    return { ref, target: targetName };
}
function swap(req) {
    const { ref, target } = swapPair(req);
    // An injected lro-failed stands for a swap that failed: nothing is exchanged (as a Failed swap
    // leaves both slots as they were), rather than a Failed status over a swap that still happens.
    const op = req.lroFault?.kind === 'lro-failed'
        ? SimOperation.completed(req.emu.clock.now())
        : guard(() => ref.site.swap(ref.slot.name, target));
    const record = trackSimOperation(req, op, {
        resourceId: ref.siteRes.id,
        location: String(ref.siteRes.body['location']),
        result: () => ({ status: 200 }),
        onSuccess: () => {
            const status = {
                timestampUtc: new Date(req.emu.clock.now()).toISOString(),
                sourceSlotName: ref.slot.name,
                destinationSlotName: target,
            };
            for (const name of [ref.slot.name, target]) {
                const res = req.emu.state.get(name === PRODUCTION ? ref.siteRes.id : `${ref.siteRes.id}/slots/${name}`);
                if (res)
                    res.meta['slotSwapStatus'] = status;
            }
        },
    });
    return { status: 202, headers: req.emu.lro.headers(req, record) };
}
function applySlotConfig(req) {
    const { ref, target } = swapPair(req);
    guard(() => ref.site.applySlotConfig(ref.slot.name, target));
    req.emu.state.touch();
    return { status: 200 };
}
function resetSlotConfig(req) {
    const ref = requireSlot(req);
    const pending = ref.site.pending;
    if (pending && (pending.source === ref.slot.name || pending.target === ref.slot.name))
        ref.site.resetSlotConfig();
    req.emu.state.touch();
    return { status: 200 };
}
function guard(fn) {
    try {
        return fn();
    }
    catch (e) {
        if (e instanceof SwapConflictError)
            throw new ArmError(409, 'Conflict', e.message);
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/emulator/providers/web.ts










/**
 * Microsoft.Web sites and deployment slots: CRUD, `config/web`, `config/appsettings`,
 * `config/slotConfigNames` (here) and restart / swap / swap with preview (web-actions.ts).
 * The stored bodies hold what ARM returns; what each slot runs lives in the deploy world
 * (sim/app-service.ts) and answers on a loopback port (control.urlFor).
 */
const webProvider = {
    name: 'Microsoft.Web',
    register(router) {
        both(router, '', 'PUT', 'WebApps_CreateOrUpdate', putSite);
        both(router, '', 'PATCH', 'WebApps_Update', patchSite);
        both(router, '', 'GET', 'WebApps_Get', getSite);
        both(router, '', 'DELETE', 'WebApps_Delete', deleteSite);
        router.add(web_target_route('GET', '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/sites', 'WebApps_ListByResourceGroup', listSites));
        router.add(web_target_route('GET', '/subscriptions/{subscriptionId}/providers/Microsoft.Web/sites', 'WebApps_List', listSites));
        router.add(web_target_route('GET', `${SITE_PATH}/slots`, 'WebApps_ListSlots', listSlots));
        both(router, '/config/web', 'GET', 'WebApps_GetConfiguration', (req) => web_reply(configView(requireSlot(req))));
        both(router, '/config/web', 'PUT', 'WebApps_CreateOrUpdateConfiguration', (req) => setConfig(req, false));
        both(router, '/config/web', 'PATCH', 'WebApps_UpdateConfiguration', (req) => setConfig(req, true));
        both(router, '/config/appsettings/list', 'POST', 'WebApps_ListApplicationSettings', (req) => web_reply(appSettingsView(requireSlot(req))), false);
        both(router, '/config/appsettings', 'PUT', 'WebApps_UpdateApplicationSettings', putAppSettings);
        router.add(web_target_route('GET', `${SITE_PATH}/config/slotConfigNames`, 'WebApps_ListSlotConfigurationNames', (req) => web_reply(slotConfigNamesView(requireSite(req).site))));
        router.add(web_target_route('PUT', `${SITE_PATH}/config/slotConfigNames`, 'WebApps_UpdateSlotConfigurationNames', putSlotConfigNames));
        registerWebActions(router, web_target_route);
    },
    onRestore(emu) {
        restoreSites(emu);
    },
};
const web_reply = (body) => ({ status: 200, body });
function getSite(req) {
    return web_reply(siteView(requireSlot(req)));
}
function listSites(req) {
    if (req.params['resourceGroupName'] !== undefined)
        requireResourceGroup(req);
    else
        requireSubscription(req);
    const scope = idFromPath(req).split('/providers/')[0];
    const world = deployWorld(req.emu);
    const items = req.emu.state.list(SITE_TYPE, scope).flatMap((res) => {
        const site = world.sites.get(res.id.toLowerCase());
        const slot = site?.slot(PRODUCTION);
        return site && slot ? [siteView({ site, slot, res, siteRes: res })] : [];
    });
    return pagedReply(req, items);
}
function listSlots(req) {
    const { site, siteRes } = requireSite(req);
    const items = req.emu.state.list(SLOT_TYPE, siteRes.id).flatMap((res) => {
        const slot = site.slot(String(res.id.split('/').pop()));
        return slot ? [siteView({ site, slot, res, siteRes })] : [];
    });
    return pagedReply(req, items);
}
/** PUT site or slot: stores the body, configures the slot's app and opens its listener. */
async function putSite(req) {
    requireResourceGroup(req);
    const input = req.body ?? {};
    const world = deployWorld(req.emu);
    const slotName = slotNameOf(req);
    const isSlot = slotName !== PRODUCTION;
    const id = isSlot ? `${siteId(req)}/slots/${slotName}` : siteId(req);
    const siteRes = req.emu.state.get(siteId(req));
    if (isSlot && !siteRes)
        throw resourceNotFound(SITE_TYPE, req.params['name'] ?? '', req.params['resourceGroupName']);
    const existing = req.emu.state.get(id);
    const location = requireLocation(input, existing ?? siteRes);
    const tags = tagsForWrite(input['tags'], existing?.body['tags']); // case-insensitive names, limits (tag-rules.ts)
    let site = world.sites.get(siteId(req).toLowerCase());
    if (!site) {
        site = newSite(req.emu, siteId(req), req.params['name'] ?? '');
    }
    const props = structuredClone(input['properties'] ?? {});
    const siteConfig = props['siteConfig'] ?? {};
    delete props['siteConfig'];
    const res = existing ?? {
        id,
        type: isSlot ? SLOT_TYPE : SITE_TYPE,
        body: {},
        createdAtMs: req.emu.clock.now(),
        meta: {},
    };
    res.body = {
        id: res.id,
        name: isSlot ? `${req.params['name']}/${slotName}` : req.params['name'],
        type: res.type,
        kind: input['kind'] ?? existing?.body['kind'] ?? 'app,linux,container',
        location,
        tags,
        properties: props,
    };
    req.emu.state.put(res);
    const fresh = !site.slot(slotName);
    const slot = site.ensureSlot(slotName);
    applySiteConfig(res, slot, siteConfig, !existing);
    if (fresh)
        site.startNow(slot.name);
    else
        site.restart(slot.name);
    persistSite(req.emu, site);
    await ensureListener(req.emu, site, slot);
    return web_reply(siteView({ site, slot, res, siteRes: siteRes ?? res }));
}
async function patchSite(req) {
    const ref = requireSlot(req);
    const current = siteView(ref);
    const merged = mergePatch(current, req.body ?? {});
    return putSite({ ...req, body: merged });
}
function deleteSite(req) {
    requireResourceGroup(req);
    const world = deployWorld(req.emu);
    const slotName = slotNameOf(req);
    const id = slotName === PRODUCTION ? siteId(req) : `${siteId(req)}/slots/${slotName}`;
    const res = req.emu.state.get(id);
    if (!res)
        return { status: 204 };
    const site = world.sites.get(siteId(req).toLowerCase());
    const slots = slotName === PRODUCTION ? [...(site?.slots.keys() ?? [])] : [slotName];
    for (const name of slots) {
        const key = `${siteId(req).toLowerCase()}|${name}`;
        void world.appListeners.get(key)?.close();
        world.appListeners.delete(key);
        site?.slots.delete(name);
    }
    if (slotName === PRODUCTION)
        world.sites.delete(siteId(req).toLowerCase());
    req.emu.state.delete(id);
    return { status: 200 };
}
/**
 * Takes `siteConfig` from a site PUT / config PUT: `linuxFxVersion`, `appSettings`
 * (NameValuePair list) and the rest, kept verbatim for GET config/web.
 */
function applySiteConfig(res, slot, siteConfig, replace) {
    const rest = { ...siteConfig };
    delete rest['appSettings'];
    res.meta['siteConfig'] = replace ? rest : { ...(res.meta['siteConfig'] ?? {}), ...rest };
    if (typeof siteConfig['linuxFxVersion'] === 'string')
        slot.linuxFxVersion = siteConfig['linuxFxVersion'];
    const pairs = siteConfig['appSettings'];
    if (Array.isArray(pairs)) {
        slot.appSettings = Object.fromEntries(pairs.map((p) => [String(p['name']), String(p['value'] ?? '')]));
    }
}
/** PUT (replace) or PATCH (merge) config/web; any change restarts the app (overlapped). */
function setConfig(req, merge) {
    const ref = requireSlot(req);
    const input = (req.body?.['properties'] ?? {});
    const before = JSON.stringify([ref.slot.linuxFxVersion, ref.slot.appSettings]);
    if (!merge) {
        ref.res.meta['siteConfig'] = {};
        if (input['linuxFxVersion'] === undefined)
            ref.slot.linuxFxVersion = '';
    }
    applySiteConfig(ref.res, ref.slot, input, false);
    persistSite(req.emu, ref.site);
    if (JSON.stringify([ref.slot.linuxFxVersion, ref.slot.appSettings]) !== before)
        ref.site.restart(ref.slot.name);
    return web_reply(configView(ref));
}
/** PUT config/appsettings replaces every app setting and restarts the app. */
function putAppSettings(req) {
    const ref = requireSlot(req);
    const props = req.body?.['properties'] ?? {};
    ref.slot.appSettings = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, String(v ?? '')]));
    persistSite(req.emu, ref.site);
    ref.site.restart(ref.slot.name);
    return web_reply(appSettingsView(ref));
}
function slotConfigNamesView(site) {
    return {
        id: `${site.id}/config/slotConfigNames`,
        name: 'slotConfigNames',
        type: 'Microsoft.Web/sites/config',
        properties: { appSettingNames: site.stickySettingNames, connectionStringNames: [], azureStorageConfigNames: [] },
    };
}
function putSlotConfigNames(req) {
    const { site } = requireSite(req);
    const names = req.body?.['properties']?.['appSettingNames'] ?? [];
    site.stickySettingNames = names.map(String);
    persistSite(req.emu, site);
    return web_reply(slotConfigNamesView(site));
}
function requireLocation(input, existing) {
    const requested = typeof input['location'] === 'string' ? normalizeLocation(input['location']) : undefined;
    const location = requested ?? existing?.body['location'];
    if (!location)
        throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
    return location;
}
async function ensureListener(emu, site, slot) {
    const world = deployWorld(emu);
    const key = `${site.id.toLowerCase()}|${slot.name}`;
    if (world.appListeners.has(key))
        return;
    const listener = await openSlotListener(site, slot, () => emu.scheduler.runDue());
    world.appListeners.set(key, { ...listener, hostName: hostNameOf(site.name, slot.name) });
}
function newSite(emu, id, name) {
    const world = deployWorld(emu);
    const site = new SiteSim(id, name, { timeline: emu, health: world.health, timings: world.appTimings });
    site.onChange = () => persistSite(emu, site);
    world.sites.set(id.toLowerCase(), site);
    return site;
}
/** Mirrors what the slots run into the stored resources' meta, so --state persistence keeps it. */
function persistSite(emu, site) {
    for (const slot of site.slots.values()) {
        const res = emu.state.get(slot.name === PRODUCTION ? site.id : `${site.id}/slots/${slot.name}`);
        if (!res)
            continue;
        res.meta['linuxFxVersion'] = slot.linuxFxVersion;
        res.meta['appSettings'] = { ...slot.appSettings };
    }
    const siteRes = emu.state.get(site.id);
    if (siteRes)
        siteRes.meta['stickySettingNames'] = [...site.stickySettingNames];
    emu.state.touch();
}
/** After a reload: sites and slots run what their stored meta says; listeners get new ports. */
function restoreSites(emu) {
    for (const siteRes of emu.state.list(SITE_TYPE, `/subscriptions/${emu.subscriptionId}`)) {
        const site = newSite(emu, siteRes.id, String(siteRes.body['name']));
        site.stickySettingNames = siteRes.meta['stickySettingNames'] ?? [];
        const slotResources = [siteRes, ...emu.state.list(SLOT_TYPE, siteRes.id)];
        for (const res of slotResources) {
            const slot = site.ensureSlot(res === siteRes ? PRODUCTION : String(res.id.split('/').pop()));
            slot.linuxFxVersion = String(res.meta['linuxFxVersion'] ?? '');
            slot.appSettings = { ...(res.meta['appSettings'] ?? {}) };
            site.startNow(slot.name);
            void ensureListener(emu, site, slot);
        }
    }
}

;// CONCATENATED MODULE: ./src/emulator/providers/resources-list.ts




/**
 * `Resources_List` (GET /subscriptions/{subscriptionId}/resources, Microsoft.Resources api-version
 * 2025-04-01, resources.json): the tracked resources of the subscription as GenericResourceExpanded
 * (id, name, type, location, tags, sku, kind; no properties). `$filter`, as the spec documents:
 * - `tagName eq 'n'` (tag names match case-insensitively) and `tagName eq 'n' and tagValue eq 'v'`
 *   — "when resources are filtered by tag name and value, the original tags for each resource will
 *   not be returned in the results";
 * - `startswith(tagName, 'prefix')` (tag names only);
 * - `resourceType eq 'Microsoft.X/y'`.
 * Anything else is answered 400, so a caller never silently gets an unfiltered list.
 */
const resources_list_PATH = '/subscriptions/{subscriptionId}/resources';
const resourcesListProvider = {
    name: 'Microsoft.Resources/resources',
    register(router) {
        router.add({
            method: 'GET',
            path: resources_list_PATH,
            operation: 'Resources_List',
            apiVersions: RESOURCES_API_VERSIONS,
            resourceType: 'Microsoft.Resources/resources',
            handler: resources_list_list,
        });
    },
};
const quoted = "'((?:[^']|'')*)'";
const TAG_NAME = new RegExp(`^tagName eq ${quoted}$`, 'i');
const TAG_NAME_VALUE = new RegExp(`^tagName eq ${quoted} and tagValue eq ${quoted}$`, 'i');
const TAG_PREFIX = new RegExp(`^startswith\\(tagName,\\s*${quoted}\\)$`, 'i');
const RESOURCE_TYPE = new RegExp(`^resourceType eq ${quoted}$`, 'i');
const resources_list_unquote = (s) => (s ?? '').replace(/''/g, "'");
const tagsOf = (r) => r.body['tags'] ?? {};
const tagEntry = (r, name) => Object.entries(tagsOf(r)).find(([k]) => k.toLowerCase() === name.toLowerCase());
function parseFilter(raw) {
    const f = (raw ?? '').trim();
    if (!f)
        return { match: () => true, dropTags: false };
    let m = TAG_NAME_VALUE.exec(f);
    if (m) {
        const [name, value] = [resources_list_unquote(m[1]), resources_list_unquote(m[2])];
        return { match: (r) => tagEntry(r, name)?.[1] === value, dropTags: true };
    }
    if ((m = TAG_NAME.exec(f))) {
        const name = resources_list_unquote(m[1]);
        return { match: (r) => tagEntry(r, name) !== undefined, dropTags: false };
    }
    if ((m = TAG_PREFIX.exec(f))) {
        const prefix = resources_list_unquote(m[1]).toLowerCase();
        return { match: (r) => Object.keys(tagsOf(r)).some((k) => k.toLowerCase().startsWith(prefix)), dropTags: false };
    }
    if ((m = RESOURCE_TYPE.exec(f))) {
        const type = resources_list_unquote(m[1]).toLowerCase();
        return { match: (r) => r.type.toLowerCase() === type, dropTags: false };
    }
    throw errors_badRequest('InvalidFilterInQueryString', `Invalid $filter '${f}' specified in the query string.`);
}
/** Tracked resources only (those with a location), never resource groups or the subscription itself. */
function isListed(r, prefix) {
    return (r.id.toLowerCase().startsWith(prefix) &&
        r.type.toLowerCase() !== 'microsoft.resources/resourcegroups' &&
        typeof r.body['location'] === 'string');
}
function view(r, dropTags) {
    const b = r.body;
    return {
        id: r.id,
        name: b['name'] ?? r.id.split('/').pop(),
        type: r.type,
        location: b['location'],
        ...(b['kind'] ? { kind: b['kind'] } : {}),
        ...(b['sku'] ? { sku: b['sku'] } : {}),
        ...(dropTags ? {} : { tags: tagsOf(r) }),
    };
}
function resources_list_list(req) {
    requireSubscription(req);
    const filter = parseFilter(req.query.get('$filter'));
    const prefix = `/subscriptions/${req.emu.subscriptionId}/resourcegroups/`.toLowerCase();
    const items = req.emu.state
        .all()
        .filter((r) => isListed(r, prefix) && filter.match(r))
        .map((r) => view(r, filter.dropTags));
    return pagedReply(req, items);
}

;// CONCATENATED MODULE: ./src/emulator/providers/compute-virtualmachines.ts




/**
 * Microsoft.Compute/virtualMachines, read side only (virtualMachine.json, api-version 2026-03-01 /
 * 2025-04-01): `VirtualMachines_ListAll` (GET /subscriptions/{subscriptionId}/providers/
 * Microsoft.Compute/virtualMachines), `VirtualMachines_List` (per resource group) and
 * `VirtualMachines_Get`. Virtual machines are seeded (control.seedResource); their stored body is
 * the VM as Azure returns it (a VM runs the image of its own `storageProfile.imageReference`).
 */
const compute_virtualmachines_TYPE = 'Microsoft.Compute/virtualMachines';
const VM_PATH = `${RG_PROVIDERS}/${compute_virtualmachines_TYPE}/{vmName}`;
const compute_virtualmachines_route = (path, operation, handler) => ({
    method: 'GET',
    path,
    operation,
    handler,
    apiVersions: COMPUTE_API_VERSIONS,
    resourceType: compute_virtualmachines_TYPE,
});
const computeVirtualMachinesProvider = {
    name: 'compute-virtualmachines',
    register(router) {
        router.addAll([
            compute_virtualmachines_route('/subscriptions/{subscriptionId}/providers/Microsoft.Compute/virtualMachines', 'VirtualMachines_ListAll', listAll),
            compute_virtualmachines_route(`${RG_PROVIDERS}/${compute_virtualmachines_TYPE}`, 'VirtualMachines_List', listByGroup),
            compute_virtualmachines_route(VM_PATH, 'VirtualMachines_Get', compute_virtualmachines_get),
        ]);
    },
};
function listAll(req) {
    requireSubscription(req);
    return pagedReply(req, req.emu.state.list(compute_virtualmachines_TYPE, `/subscriptions/${req.emu.subscriptionId}`).map((r) => r.body));
}
function listByGroup(req) {
    const group = requireResourceGroup(req);
    return pagedReply(req, req.emu.state.list(compute_virtualmachines_TYPE, group.id).map((r) => r.body));
}
function compute_virtualmachines_get(req) {
    const id = idFromPath(req);
    requireScope(req, id, compute_virtualmachines_TYPE);
    const res = req.emu.state.get(id);
    if (!res)
        throw resourceNotFound(compute_virtualmachines_TYPE, req.params['vmName'] ?? '', req.params['resourceGroupName']);
    return { status: 200, body: res.body };
}

;// CONCATENATED MODULE: ./src/emulator/providers/index.ts











/**
 * Every resource provider the emulator serves. Add one line per provider module.
 * (E2: scale sets, network, web providers go here.)
 */
const providers = [
    resourcesProvider,
    tagsProvider,
    computeImagesProvider,
    computeMarketplaceProvider,
    computeGalleriesProvider,
    imageBuilderProvider,
    computeScaleSetsProvider,
    networkProvider,
    webProvider,
    resourcesListProvider,
    computeVirtualMachinesProvider,
];

;// CONCATENATED MODULE: ./src/emulator/scheduler.ts
class Scheduler {
    clock;
    heap = [];
    seq = 0;
    live = 0;
    constructor(clock) {
        this.clock = clock;
    }
    /** Runs `run` once simulated time reaches now + `delaySeconds`. Returns a cancel function. */
    after(delaySeconds, run) {
        return this.at(this.clock.now() + delaySeconds * 1000, run);
    }
    /** Runs `run` once simulated time reaches `atMs` (epoch ms). */
    at(atMs, run) {
        const task = { atMs, seq: this.seq++, run, cancelled: false };
        this.push(task);
        this.live++;
        return () => {
            if (task.cancelled)
                return;
            task.cancelled = true;
            this.live--;
        };
    }
    /** Executes every task due by now in time order (tasks may schedule further tasks). */
    runDue() {
        const now = this.clock.now();
        for (;;) {
            const next = this.heap[0];
            if (!next || next.atMs > now)
                return;
            this.pop();
            if (next.cancelled)
                continue;
            // Marked as done so a late cancel from inside the task does not count it twice.
            next.cancelled = true;
            this.live--;
            next.run();
        }
    }
    get pending() {
        return this.live;
    }
    push(task) {
        const heap = this.heap;
        heap.push(task);
        let i = heap.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (!before(task, heap[parent]))
                break;
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = task;
    }
    pop() {
        const heap = this.heap;
        const last = heap.pop();
        if (heap.length === 0)
            return;
        let i = 0;
        for (;;) {
            const left = 2 * i + 1;
            if (left >= heap.length)
                break;
            const right = left + 1;
            const child = right < heap.length && before(heap[right], heap[left]) ? right : left;
            if (!before(heap[child], last))
                break;
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = last;
    }
}
const before = (a, b) => a.atMs < b.atMs || (a.atMs === b.atMs && a.seq < b.seq);

;// CONCATENATED MODULE: ./src/emulator/state.ts
const state_key = (id) => id.replace(/\/+$/, '').toLowerCase();
class StateStore {
    resources = new Map();
    /** Bumped on every write so persistence knows when to flush. */
    revision = 0;
    get(id) {
        return this.resources.get(state_key(id));
    }
    has(id) {
        return this.resources.has(state_key(id));
    }
    put(resource) {
        this.resources.set(state_key(resource.id), resource);
        this.revision++;
        return resource;
    }
    /** Marks a resource as changed after in-place mutation of its body/meta. */
    touch() {
        this.revision++;
    }
    /** Removes the resource and everything nested below it (children, resources in a group). */
    delete(id) {
        const k = state_key(id);
        const existed = this.resources.delete(k);
        for (const other of [...this.resources.keys()]) {
            if (other.startsWith(`${k}/`))
                this.resources.delete(other);
        }
        this.revision++;
        return existed;
    }
    /**
     * Resources of `type` (case-insensitive) whose id lies under `scopeId`
     * (a subscription, resource group or parent resource id). Sorted by id for stable paging.
     */
    list(type, scopeId) {
        const prefix = `${state_key(scopeId)}/`;
        const t = type.toLowerCase();
        return [...this.resources.entries()]
            .filter(([k, r]) => k.startsWith(prefix) && r.type.toLowerCase() === t)
            .map(([, r]) => r)
            .sort((a, b) => a.id.toLowerCase().localeCompare(b.id.toLowerCase()));
    }
    all() {
        return [...this.resources.values()];
    }
    snapshot() {
        return { version: 1, resources: structuredClone(this.all()) };
    }
    restore(snapshot) {
        this.resources.clear();
        for (const r of snapshot.resources)
            this.resources.set(state_key(r.id), r);
        this.revision++;
    }
}

;// CONCATENATED MODULE: ./src/emulator/index.ts

















const DEFAULT_SUBSCRIPTION_ID = '00000000-0000-4000-8000-000000000001';
async function startEmulator(options = {}) {
    const certs = await createCerts();
    const persisted = options.statePath ? loadState(options.statePath) : undefined;
    const clock = new SimClock(options.timeScale ?? 60, Math.max(Date.now(), persisted?.simNowMs ?? 0));
    const scheduler = new Scheduler(clock);
    const random = createRandom(options.seed ?? 1);
    let baseUrl = '';
    const emu = {
        subscriptionId: options.subscriptionId ?? DEFAULT_SUBSCRIPTION_ID,
        baseUrl: '',
        state: new StateStore(),
        clock,
        scheduler,
        random,
        lro: new LroManager(clock, scheduler, random, () => baseUrl),
        pageSize: options.pageSize ?? 50,
        scripts: new Map(),
        faults: [...(options.faults ?? [])],
    };
    const router = new Router();
    registerOperationRoutes(router);
    for (const p of providers)
        p.register(router, emu);
    if (persisted)
        restore(emu, persisted);
    const requests = [];
    const save = () => {
        if (options.statePath)
            saveState(options.statePath, { ...emu.state.snapshot(), simNowMs: clock.now() });
    };
    const deps = {
        emu,
        router,
        faults: new FaultEngine(emu.faults),
        log: requests,
        afterWrite: save,
        record: options.record,
    };
    // The control API (control-api.ts) shares the port under /_emulator: ARM paths never start so.
    const self = {};
    const controlApi = createControlApi(() => self.emulator);
    const server = (0,external_node_https_.createServer)({ key: certs.serverKey, cert: certs.serverCert, keepAlive: true }, (req, res) => {
        if (isControlPath(req.url)) {
            controlApi(req, res).catch(() => res.headersSent || res.writeHead(500).end());
            return;
        }
        handleRequest(deps, req, res).catch((e) => {
            console.error('[azure-emulator] request failed', e);
            if (!res.headersSent)
                res.writeHead(500).end();
        });
    });
    await listen(server, options.port ?? 0);
    baseUrl = `https://127.0.0.1:${server.address().port}`;
    emu.baseUrl = baseUrl;
    const emulator = {
        endpoint: baseUrl,
        caFile: certs.caFile,
        caPem: certs.caPem,
        subscriptionId: emu.subscriptionId,
        requests,
        control: createControl(emu, requests),
        close: async () => {
            save();
            await closeDeployWorld(emu);
            await closeServer(server);
        },
    };
    self.emulator = emulator;
    if (options.world) {
        const { buildWorld } = await __webpack_require__.e(/* import() */ 798).then(__webpack_require__.bind(__webpack_require__, 1798));
        emulator.world = await buildWorld(emulator, options.world).catch(async (e) => {
            await emulator.close();
            throw e;
        });
    }
    return emulator;
}
/** Reloaded state has no running timers: settle in-flight provisioning, then let providers fix up. */
function restore(emu, persisted) {
    emu.state.restore(persisted);
    for (const r of emu.state.all()) {
        const ps = provisioningState(r);
        if (ps === 'Deleting')
            emu.state.delete(r.id);
        else if (ps === 'Creating' || ps === 'Updating')
            setProvisioningState(r, 'Succeeded');
    }
    for (const p of providers)
        p.onRestore?.(emu);
}
function listen(server, port) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
}
function closeServer(server) {
    return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
    });
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
// EXTERNAL MODULE: ./src/core/deploy/names.ts
var names = __webpack_require__(8171);
// EXTERNAL MODULE: ./src/core/deploy/registry.ts + 32 modules
var registry = __webpack_require__(6359);
;// CONCATENATED MODULE: ./src/emulator/world-shape.ts

function shapeOf(strategy) {
    const d = (0,registry/* descriptorOf */.nb)(strategy);
    if (d.artifact === 'web-artifact')
        return 'web-app';
    return d.targetInputs.some((t) => t.input === 'load-balancer') ? 'scale-set-pair' : 'scale-set';
}

;// CONCATENATED MODULE: ./src/emulator/world.ts
/**
 * Worlds: what an emulator started with `--world` holds before the first request — a resource group,
 * a gallery with image versions, and deploy targets (a blue-green pair, a rolling scale set, an App
 * Service with a slot), each with what a release needs. The format is documented in README.md
 * ("Worlds") and schema/emulator-world.schema.json; this module validates by hand (no ajv in the
 * CLI bundle), with one error naming the file and the field, never echoing the file's content.
 */





/** A world file's problem: names the file and the field, never the value found there. */
class WorldError extends Error {
}
/** Reads and validates a world file (YAML or JSON). */
function loadWorldFile(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        throw new WorldError(`world file ${file}: cannot be read (${e.code ?? 'error'})`);
    }
    let value;
    try {
        value = (0,dist/* parse */.qg)(text, { prettyErrors: false });
    }
    catch (e) {
        // The YAML library's message quotes the offending source line: report only where and what kind.
        const err = e;
        const before = err.pos ? text.slice(0, err.pos[0]).split('\n') : undefined;
        const at = before ? ` at line ${before.length}, column ${before.at(-1).length + 1}` : '';
        throw new WorldError(`world file ${file}: not valid YAML${at} (${err.code ?? 'parse error'})`);
    }
    const fallbackName = file.replace(/^.*[\\/]/, '').replace(/\.(ya?ml|json)$/i, '');
    return validateWorld(value, file, fallbackName);
}
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const VERSION = /^\d+\.\d+\.\d+$/;
const TOP = ['name', 'location', 'resourceGroup', 'gallery', 'targets'];
const TARGET_FIELDS = {
    'scale-set-pair': ['name', 'strategy', 'image', 'version', 'capacity', 'livePort', 'previewPort'],
    'scale-set': ['name', 'strategy', 'image', 'version', 'capacity', 'upgradeMode', 'livePort'],
    'web-app': ['name', 'strategy', 'container', 'slot'],
};
/** Checks a parsed world and fills in defaults; `source` names the file in errors. */
function validateWorld(value, source, fallbackName = 'world') {
    const fail = (field, problem) => {
        throw new WorldError(`world file ${source}: ${field}: ${problem}`);
    };
    const v = new Fields(fail);
    const top = v.object(value, '(top level)', TOP);
    const galleryObj = v.object(top['gallery'], 'gallery', ['name', 'images']);
    const images = v.list(galleryObj['images'], 'gallery.images', 1).map((raw, i) => {
        const at = `gallery.images[${i}]`;
        const o = v.object(raw, at, ['name', 'osType', 'versions']);
        const versions = v
            .list(o['versions'], `${at}.versions`, 1)
            .map((x, k) => v.match(x, `${at}.versions[${k}]`, VERSION, 'a version Major.Minor.Patch'));
        return {
            name: v.match(o['name'], `${at}.name`, NAME, 'a name of letters, digits, . _ -'),
            osType: v.oneOf(o['osType'] ?? 'Linux', `${at}.osType`, ['Linux', 'Windows']),
            versions,
        };
    });
    const world = {
        name: v.match(top['name'] ?? fallbackName, 'name', /^.{1,80}$/, 'a short text'),
        location: v.match(top['location'] ?? 'westeurope', 'location', /^[a-z0-9]{2,40}$/, 'an Azure region name (e.g. westeurope)'),
        resourceGroup: v.match(top['resourceGroup'], 'resourceGroup', /^[A-Za-z0-9._()-]{1,90}$/, 'a resource group name'),
        gallery: {
            name: v.match(galleryObj['name'], 'gallery.name', /^[A-Za-z0-9._]{1,80}$/, 'a gallery name (letters, digits, . _)'),
            images,
        },
        targets: v.list(top['targets'], 'targets', 1).map((raw, i) => world_target(v, raw, `targets[${i}]`, images)),
    };
    const names = world.targets.map((t) => t.name.toLowerCase());
    names.forEach((n, i) => {
        if (names.indexOf(n) !== i)
            fail(`targets[${i}].name`, 'another target has the same name');
    });
    return world;
}
function world_target(v, raw, at, images) {
    const pre = v.object(raw, at, undefined);
    const strategy = v.oneOf(pre['strategy'], `${at}.strategy`, names/* STRATEGY_NAMES */.nU);
    const shape = shapeOf(strategy);
    const o = v.object(raw, at, TARGET_FIELDS[shape]);
    const name = v.match(o['name'], `${at}.name`, /^[A-Za-z0-9][A-Za-z0-9-]{0,40}$/, 'a name of letters, digits and -');
    if (shape === 'web-app') {
        return {
            name,
            strategy,
            shape,
            container: v.match(o['container'], `${at}.container`, /^[^\s|]+:[^\s:/|]+$/, 'a container image with a tag (repo/name:tag)'),
            slot: v.match(o['slot'] ?? 'staging', `${at}.slot`, /^[A-Za-z0-9-]{1,40}$/, 'a slot name'),
        };
    }
    const imageName = v.match(o['image'], `${at}.image`, NAME, 'an image name from gallery.images');
    const image = images.find((x) => x.name.toLowerCase() === imageName.toLowerCase()) ??
        v.fail(`${at}.image`, 'is not one of gallery.images');
    const version = v.match(o['version'], `${at}.version`, VERSION, 'a version Major.Minor.Patch');
    if (!image.versions.includes(version))
        v.fail(`${at}.version`, `is not one of gallery.images '${image.name}' versions`);
    const common = {
        name,
        image: image.name,
        version,
        capacity: v.int(o['capacity'] ?? 2, `${at}.capacity`, 1, 100),
        livePort: v.int(o['livePort'] ?? 80, `${at}.livePort`, 1, 65535),
    };
    if (shape === 'scale-set') {
        return {
            ...common,
            strategy,
            shape,
            upgradeMode: v.oneOf(o['upgradeMode'] ?? 'Rolling', `${at}.upgradeMode`, [
                'Rolling',
                'Manual',
                'Automatic',
            ]),
        };
    }
    const previewPort = v.int(o['previewPort'] ?? 8081, `${at}.previewPort`, 1, 65535);
    if (previewPort === common.livePort)
        v.fail(`${at}.previewPort`, 'must differ from livePort');
    return { ...common, strategy, shape, previewPort };
}
/** Typed field readers that report the field's path, never its value. */
class Fields {
    fail;
    constructor(fail) {
        this.fail = fail;
    }
    object(value, at, allowed) {
        if (value === undefined || value === null)
            this.fail(at, 'is required');
        if (typeof value !== 'object' || Array.isArray(value))
            this.fail(at, 'must be a mapping');
        const o = value;
        for (const key of allowed ? Object.keys(o) : []) {
            if (allowed.includes(key))
                continue;
            const near = (0,mod/* closest */.kp)(key, allowed);
            this.fail(`${at === '(top level)' ? '' : `${at}.`}${key}`, `unknown field${near ? `; did you mean '${near}'?` : ''}`);
        }
        return o;
    }
    list(value, at, min) {
        if (!Array.isArray(value))
            this.fail(at, value === undefined ? 'is required' : 'must be a list');
        const list = value;
        if (list.length < min)
            this.fail(at, `needs at least ${min} entr${min === 1 ? 'y' : 'ies'}`);
        return list;
    }
    match(value, at, pattern, what) {
        if (value === undefined || value === null)
            this.fail(at, 'is required');
        const text = typeof value === 'number' ? String(value) : value;
        if (typeof text !== 'string' || !pattern.test(text))
            this.fail(at, `must be ${what}`);
        return text;
    }
    oneOf(value, at, choices) {
        if (value === undefined || value === null)
            this.fail(at, 'is required');
        if (!choices.includes(value))
            this.fail(at, `must be one of ${choices.join(', ')}`);
        return value;
    }
    int(value, at, min, max) {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
            this.fail(at, `must be a whole number from ${min} to ${max}`);
        }
        return value;
    }
}

;// CONCATENATED MODULE: ./src/emulator/world-demo.ts
/**
 * The built-in `--world demo`: the world file below, kept as text so that the guide, the README and
 * `immutable-deploy emulator world demo` show exactly what the emulator loads.
 */


const DEMO_WORLD_YAML = `name: demo
location: westeurope
resourceGroup: rg-demo
gallery:
  name: demogallery
  images:
    - name: web
      versions: [1.0.0, 2.0.0, 3.0.0]
    - name: api
      versions: [1.0.0, 2.0.0]
targets:
  # web-blue live on 1.0.0 behind web-lb (rule live :80 -> web-blue, rule preview :8081 -> web-green)
  - name: web
    strategy: blue-green
    image: web
    version: 1.0.0
    capacity: 2
    livePort: 80
    previewPort: 8081
  # scale set api (Rolling upgrade policy) on 1.0.0 behind api-lb (rule live :80)
  - name: api
    strategy: rolling
    image: api
    version: 1.0.0
    capacity: 4
    upgradeMode: Rolling
  # web app shop running shop:1.0.0 in production and in its staging slot
  - name: shop
    strategy: slot-swap
    container: contoso.azurecr.io/shop:1.0.0
    slot: staging
`;
/** Built-in worlds by name (`--world demo`); anything else is read as a file. */
function builtInWorld(name) {
    if (name !== 'demo')
        return undefined;
    return validateWorld((0,dist/* parse */.qg)(DEMO_WORLD_YAML), 'demo (built in)');
}

;// CONCATENATED MODULE: ./src/emulator/cli.ts
/**
 * `immutable-deploy emulator …`: start the emulator (optionally with a world), or drive a running
 * one through its control API (control-api.ts): fault, health, time, requests, reset, info, config.
 */









/** Where a started emulator records how to reach it, unless --connection-file says otherwise. */
const DEFAULT_CONNECTION_FILE = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'immutable-deploy-emulator.json');
const CONNECT_HELP = `Finding the emulator: --endpoint URL --ca-file FILE, or --connection-file FILE
(default ${DEFAULT_CONNECTION_FILE}, written by the running emulator).`;
const SERVE_HELP = `Usage: immutable-deploy emulator [options]
       immutable-deploy emulator <command> [options]   (commands below)

Starts the local Azure emulator (HTTPS Resource Manager on 127.0.0.1), prints one JSON line
{"endpoint","caFile","subscriptionId"} (plus "world" with --world) and serves until Ctrl-C.

Options:
  --world NAME|FILE        start with a world: 'demo' (built in) or a world file (YAML/JSON)
  --port N                 TCP port (default: any free port)
  --time-scale X           simulated seconds per real second (default 60)
  --state FILE             load resources from FILE and save them there after every change
  --page-size N            items per page of list calls (default 50)
  --seed N                 seed for generated ids (default 1)
  --connection-file FILE   where to record endpoint and CA for the commands below
                           (default ${DEFAULT_CONNECTION_FILE})
  -h, --help               this help

Commands (each takes --help):
  info                     the running emulator: endpoint, CA file, time, world targets
  config TARGET            run inputs (YAML) for a world target: run --config FILE
  world NAME|FILE          print a built-in world, or check a world file
  fault add|list|remove|clear
                           inject Resource Manager faults (429, 500, 503, 409, reset, latency,
                           long-running operations that fail or never end)
  health unhealthy|failing|list|clear
                           script a version's health (at once, or once it takes live traffic)
  time [--scale X] [--advance 10m]
                           read, speed up or jump simulated time
  requests [--since N] [--writes] [--json]
                           the request log
  reset                    clear faults, health rules, scripts and the request log

The control API behind these commands: GET <endpoint>/_emulator (see src/emulator/README.md).
`;
/** node:util parseArgs with this CLI's wording for its errors. */
function parse(argv, options, usage, positionals = 0) {
    let parsed;
    const first = usage.split('\n')[0];
    usage = first.includes('--help') ? first : `${first}\n(see --help)`;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            options: { help: { type: 'boolean', short: 'h' }, ...options },
            strict: true,
            allowPositionals: positionals > 0,
        });
    }
    catch (e) {
        const err = e;
        const flag = /'(-[^' ]+)/.exec(err.message)?.[1] ?? '';
        if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
            throw new Error(`unknown option ${flag}\n${usage}`, { cause: e });
        if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
            throw new Error(`missing value for ${flag}\n${usage}`, { cause: e });
        if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
            throw new Error(`unexpected argument\n${usage}`, { cause: e });
        throw e;
    }
    if (parsed.positionals.length > positionals)
        throw new Error(`unexpected argument\n${usage}`);
    return parsed;
}
const SERVE_OPTIONS = {
    port: { type: 'string' },
    state: { type: 'string' },
    'time-scale': { type: 'string' },
    'page-size': { type: 'string' },
    seed: { type: 'string' },
    world: { type: 'string' },
    'connection-file': { type: 'string' },
};
/** Parses the options of `immutable-deploy emulator` (starting it). */
function parseEmulatorArgs(argv) {
    const { values: v } = parse(argv, SERVE_OPTIONS, 'usage: immutable-deploy emulator [--world NAME|FILE] [--port N] [--time-scale X] [--state FILE] (see --help)');
    const options = {};
    if (v['help'])
        options.help = true;
    if (v['port'] !== undefined)
        options.port = toNumber('--port', v['port']);
    if (v['state'] !== undefined)
        options.statePath = String(v['state']);
    if (v['time-scale'] !== undefined)
        options.timeScale = toNumber('--time-scale', v['time-scale']);
    if (v['page-size'] !== undefined)
        options.pageSize = toNumber('--page-size', v['page-size']);
    if (v['seed'] !== undefined)
        options.seed = toNumber('--seed', v['seed']);
    if (v['world'] !== undefined)
        options.worldName = String(v['world']);
    if (v['connection-file'] !== undefined)
        options.connectionFile = String(v['connection-file']);
    return options;
}
function toNumber(flag, value) {
    const n = Number(value);
    if (value === '' || !Number.isFinite(n))
        throw new Error(`${flag} expects a number`);
    return n;
}
/** A built-in world by name, else a world file. */
function resolveWorld(nameOrFile) {
    return builtInWorld(nameOrFile) ?? loadWorldFile(nameOrFile);
}
const out = (text) => void process.stdout.write(text);
const note = (text) => void process.stderr.write(text);
const VERBS = {
    info: infoVerb,
    config: configVerb,
    world: worldVerb,
    fault: faultVerb,
    health: healthVerb,
    time: timeVerb,
    requests: requestsVerb,
    reset: resetVerb,
};
/**
 * `immutable-deploy emulator ...`: a verb, or start the emulator: print one JSON line
 * {"endpoint","caFile","subscriptionId"[,"world"]} on stdout, serve until SIGINT/SIGTERM, save state, exit.
 */
async function runEmulatorCommand(argv) {
    const verb = argv[0] !== undefined ? VERBS[argv[0]] : undefined;
    if (verb)
        return verb(argv.slice(1));
    const args = parseEmulatorArgs(argv);
    if (args.help)
        return out(SERVE_HELP);
    const { help: _help, worldName, connectionFile = DEFAULT_CONNECTION_FILE, ...options } = args;
    const world = worldName === undefined ? undefined : resolveWorld(worldName);
    const emu = await startEmulator({ ...options, world });
    const connection = {
        endpoint: emu.endpoint,
        caFile: emu.caFile,
        subscriptionId: emu.subscriptionId,
        pid: process.pid,
    };
    (0,external_node_fs_.writeFileSync)(connectionFile, `${JSON.stringify(connection, null, 2)}\n`);
    out(`${JSON.stringify({ endpoint: emu.endpoint, caFile: emu.caFile, subscriptionId: emu.subscriptionId, ...(emu.world ? { world: emu.world.name } : {}) })}\n`);
    note(`Control API: ${emu.endpoint}/_emulator (connection file ${connectionFile})\n`);
    if (emu.world)
        note(describeWorld(emu.world));
    await new Promise((resolve) => {
        const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            removeIfOurs(connectionFile);
            emu.close().then(resolve, resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
}
function describeWorld(world) {
    const targets = Object.entries(world.targets)
        .map(([name, t]) => `${name} (${t.strategy})`)
        .join(', ');
    return `World '${world.name}' in ${world.resourceGroup}: targets ${targets}. Inputs for a release: immutable-deploy emulator config TARGET\n`;
}
function removeIfOurs(file) {
    try {
        if (JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')).pid === process.pid)
            (0,external_node_fs_.rmSync)(file);
    }
    catch {
        // Already gone or replaced by another emulator: leave it.
    }
}
// ---- the verbs: a running emulator through its control API ----
const CONNECT_OPTIONS = {
    endpoint: { type: 'string' },
    'ca-file': { type: 'string' },
    'connection-file': { type: 'string' },
};
function connect(v) {
    const caFile = v['ca-file'];
    if (v['endpoint'] !== undefined) {
        if (!caFile)
            throw new Error('--endpoint needs --ca-file (the emulator printed both)');
        return { endpoint: String(v['endpoint']), caPem: (0,external_node_fs_.readFileSync)(caFile, 'utf8') };
    }
    const file = v['connection-file'] ?? DEFAULT_CONNECTION_FILE;
    let saved;
    try {
        saved = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        throw new Error(`no running emulator recorded in ${file}: start one with 'immutable-deploy emulator', or pass --endpoint and --ca-file`);
    }
    if (!saved.endpoint || !saved.caFile)
        throw new Error(`${file} is not an emulator connection file`);
    return { endpoint: saved.endpoint, caPem: (0,external_node_fs_.readFileSync)(caFile ?? saved.caFile, 'utf8') };
}
/** Parses a verb's flags (plus the connection flags); prints its help and returns undefined on --help. */
function verbArgs(argv, help, options = {}, positionals = 0) {
    const parsed = parse(argv, { ...CONNECT_OPTIONS, json: { type: 'boolean' }, ...options }, help, positionals);
    if (parsed.values['help']) {
        out(help);
        return undefined;
    }
    return { ...parsed, conn: () => connect(parsed.values) };
}
const print = (json, value, text) => out(json ? `${JSON.stringify(value, null, 2)}\n` : text());
const INFO_HELP = `Usage: immutable-deploy emulator info [--json] [connection]\n\nThe running emulator: endpoint, CA file, subscription, simulated time, world.\n${CONNECT_HELP}\n`;
async function infoVerb(argv) {
    const a = verbArgs(argv, INFO_HELP);
    if (!a)
        return;
    const conn = a.conn();
    const info = (await callControl(conn, 'GET', ''));
    const world = info.world ? (await callControl(conn, 'GET', '/world')) : undefined;
    print(Boolean(a.values['json']), { ...info, world }, () => `${Object.entries(info)
        .filter(([k]) => k !== 'operations' && k !== 'world')
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join('\n')}\n${world ? describeWorld(world) : 'No world.\n'}`);
}
const CONFIG_HELP = `Usage: immutable-deploy emulator config TARGET [connection]

Prints the inputs a release of one world target needs, as YAML for 'immutable-deploy run --config FILE'
(or the GitHub Action's / Azure DevOps task's 'config' input): the emulator connection, the target,
its live and preview URLs, and probe settings fast enough for a rehearsal.
${CONNECT_HELP}
`;
async function configVerb(argv) {
    const a = verbArgs(argv, CONFIG_HELP, {}, 1);
    if (!a)
        return;
    const name = a.positionals[0];
    if (!name)
        throw new Error(`which target?\n${CONFIG_HELP}`);
    const conn = a.conn();
    const info = (await callControl(conn, 'GET', ''));
    const world = (await callControl(conn, 'GET', '/world'));
    const target = Object.entries(world.targets).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
    if (!target)
        throw new Error(`world '${world.name}' has no target '${name}' (targets: ${Object.keys(world.targets).join(', ')})`);
    const inputs = {
        cloud: 'Custom',
        'arm-endpoint': conn.endpoint,
        'ca-file': info.caFile,
        auth: 'static-token',
        'access-token': 'emulator',
        'subscription-id': info.subscriptionId,
        'resource-group': world.resourceGroup,
        ...target.inputs,
        'probe-interval': '200ms',
        'probe-successes': '3',
        'probe-failure-limit': '3',
        'probe-timeout': '30s',
        'remote-access': 'allow',
    };
    out(`# immutable-deploy run --config FILE: target '${name}' (${target.strategy}) of emulator world '${world.name}'\n${(0,dist/* stringify */.As)(inputs)}`);
}
const WORLD_HELP = `Usage: immutable-deploy emulator world NAME|FILE

Prints the built-in world NAME ('demo') as a world file to start from, or checks the world file FILE
and prints its targets. The format: src/emulator/README.md "Worlds", schema/emulator-world.schema.json.
`;
async function worldVerb(argv) {
    const { values, positionals } = parse(argv, {}, WORLD_HELP, 1);
    if (values['help'])
        return out(WORLD_HELP);
    const name = positionals[0];
    if (!name)
        throw new Error(`which world?\n${WORLD_HELP}`);
    if (name === 'demo')
        return out(DEMO_WORLD_YAML);
    const world = loadWorldFile(name);
    out(`${name}: world '${world.name}', ${world.targets.length} target(s): ${world.targets.map((t) => `${t.name} (${t.strategy})`).join(', ')}\n`);
}
const FAULT_HELP = `Usage: immutable-deploy emulator fault add (--operation ID | --method M | --path GLOB)... (--kind KIND | --status CODE) [options]
       immutable-deploy emulator fault list [--json]
       immutable-deploy emulator fault remove ID
       immutable-deploy emulator fault clear

Makes matching Resource Manager requests fail.
  --operation ID         the spec's operationId, e.g. VirtualMachineScaleSets_UpdateInstances
  --method M             HTTP method (GET, PUT, PATCH, DELETE, POST)
  --path GLOB            path glob, case-insensitive: * within a segment, ** across segments
  --kind KIND            ${FAULT_KINDS.join(', ')}
                         (lro-failed: the operation ends Failed; lro-never-ends: it stays InProgress)
  --status CODE          shorthand for the kind: ${Object.entries(STATUS_KINDS)
    .map(([s, k]) => `${s} ${k}`)
    .join(', ')}
  --times N              fault N matching calls, then let them through (default: every call)
  --skip N               let the first N matching calls through first
  --retry-after S        simulated seconds for Retry-After (429, 503, 409; default 10)
  --latency MS           real milliseconds of delay (kind latency)
  --error-code C --error-message M
                         the error of an lro-failed operation
  --id ID                name the rule (default: fault-N)
${CONNECT_HELP}
`;
async function faultVerb(argv) {
    const [action, ...rest] = argv;
    if (action === undefined || action === '--help' || action === '-h')
        return out(FAULT_HELP);
    const options = {
        operation: { type: 'string' },
        method: { type: 'string' },
        path: { type: 'string' },
        kind: { type: 'string' },
        status: { type: 'string' },
        times: { type: 'string' },
        skip: { type: 'string' },
        'retry-after': { type: 'string' },
        latency: { type: 'string' },
        'error-code': { type: 'string' },
        'error-message': { type: 'string' },
        id: { type: 'string' },
    };
    const a = verbArgs(rest, FAULT_HELP, action === 'add' ? options : {}, action === 'remove' ? 1 : 0);
    if (!a)
        return;
    const json = Boolean(a.values['json']);
    if (action === 'add') {
        const answer = (await callControl(a.conn(), 'POST', '/faults', faultBody(a.values)));
        return print(json, answer, () => `added ${answer.id}\n`);
    }
    if (action === 'list') {
        const { faults } = (await callControl(a.conn(), 'GET', '/faults'));
        return print(json, faults, () => (faults.length === 0 ? 'no faults\n' : faults.map(describeFault).join('')));
    }
    if (action === 'remove') {
        const id = a.positionals[0] ?? fail(`which fault?\n${FAULT_HELP}`);
        await callControl(a.conn(), 'DELETE', `/faults/${encodeURIComponent(id)}`);
        return print(json, { removed: id }, () => `removed ${id}\n`);
    }
    if (action === 'clear') {
        const answer = (await callControl(a.conn(), 'DELETE', '/faults'));
        return print(json, answer, () => `cleared ${answer.cleared} fault(s)\n`);
    }
    fail(`unknown fault action '${action}'\n${FAULT_HELP}`);
}
function faultBody(v) {
    const int = (flag) => (v[flag] === undefined ? undefined : wholeNumber(`--${flag}`, v[flag]));
    const error = v['error-code'] !== undefined || v['error-message'] !== undefined
        ? {
            code: String(v['error-code'] ?? 'OperationFailed'),
            message: String(v['error-message'] ?? 'The operation failed (injected by the emulator).'),
        }
        : undefined;
    const body = {
        kind: v['kind'],
        status: int('status'),
        operation: v['operation'],
        method: v['method'],
        path: v['path'],
        id: v['id'],
        times: int('times'),
        skip: int('skip'),
        retryAfterSeconds: int('retry-after'),
        latencyMs: int('latency'),
        error,
    };
    return Object.fromEntries(Object.entries(body).filter(([, x]) => x !== undefined));
}
function describeFault(f) {
    const match = [f.method, f.operation, f.path ? String(f.path) : undefined].filter(Boolean).join(' ');
    const limits = [f.skip ? `after ${f.skip}` : '', f.times !== undefined ? `${f.times} time(s)` : 'every time']
        .filter(Boolean)
        .join(', ');
    return `${f.id}: ${f.kind} on ${match} (${limits})\n`;
}
const HEALTH_HELP = `Usage: immutable-deploy emulator health unhealthy --version V [--when now|live]
       immutable-deploy emulator health failing --version V
       immutable-deploy emulator health list [--json]
       immutable-deploy emulator health clear

Scripts the health of whatever runs image version V (scale set instances running gallery version V,
App Service apps running a container tagged V).
  unhealthy              fails health probes and the load balancer's probe (503 to requests)
  failing                fails to boot or start (instances Failed, a swap aborts)
  --when now             from now on (default)
  --when live            once V takes production traffic: instances serving behind a load balancer
                         rule not named 'preview', or the App Service production slot
${CONNECT_HELP}
`;
async function healthVerb(argv) {
    const [action, ...rest] = argv;
    if (action === undefined || action === '--help' || action === '-h')
        return out(HEALTH_HELP);
    const scripting = action === 'unhealthy' || action === 'failing';
    const options = scripting
        ? { version: { type: 'string' }, ...(action === 'unhealthy' ? { when: { type: 'string' } } : {}) }
        : {};
    const a = verbArgs(rest, HEALTH_HELP, options);
    if (!a)
        return;
    const json = Boolean(a.values['json']);
    if (scripting) {
        const version = a.values['version'] ?? fail(`--version is required\n${HEALTH_HELP}`);
        const rule = (await callControl(a.conn(), 'POST', '/health', {
            version,
            state: action,
            when: a.values['when'] ?? 'now',
        }));
        return print(json, rule, () => `${rule.id}: ${rule.version} ${rule.state} ${rule.when === 'live' ? 'once it takes live traffic' : 'from now on'}\n`);
    }
    if (action === 'list') {
        const { rules } = (await callControl(a.conn(), 'GET', '/health'));
        return print(json, rules, () => rules.length === 0
            ? 'no health rules\n'
            : rules
                .map((r) => `${r.id}: ${r.version} ${r.state} (${r.when}, ${r.active ? 'active' : 'waiting for live traffic'})\n`)
                .join(''));
    }
    if (action === 'clear') {
        const answer = (await callControl(a.conn(), 'DELETE', '/health'));
        return print(json, answer, () => `cleared ${answer.cleared} health rule(s)\n`);
    }
    fail(`unknown health action '${action}'\n${HEALTH_HELP}`);
}
const TIME_HELP = `Usage: immutable-deploy emulator time [--scale X] [--advance DURATION] [--json]

Without options prints simulated time and the time scale.
  --scale X              simulated seconds per real second from now on
  --advance DURATION     jump simulated time ahead (e.g. 90s, 10m, 2h) and run what became due
${CONNECT_HELP}
`;
async function timeVerb(argv) {
    const a = verbArgs(argv, TIME_HELP, { scale: { type: 'string' }, advance: { type: 'string' } });
    if (!a)
        return;
    const body = {};
    if (a.values['scale'] !== undefined)
        body['scale'] = toNumber('--scale', a.values['scale']);
    if (a.values['advance'] !== undefined)
        body['advanceSeconds'] = durationSeconds(String(a.values['advance']));
    const answer = (await callControl(a.conn(), Object.keys(body).length > 0 ? 'POST' : 'GET', '/time', Object.keys(body).length > 0 ? body : undefined));
    print(Boolean(a.values['json']), answer, () => `now ${answer.now} (time scale ${answer.timeScale})\n`);
}
const REQUESTS_HELP = `Usage: immutable-deploy emulator requests [--since N] [--writes] [--json]

The emulator's request log: seq, method, status, operation, path, faults that fired.
  --since N              only entries after seq N (each answer ends with the next cursor)
  --writes               only writes (PUT, PATCH, DELETE, POST other than read-like ones)
  --json                 {"requests": [...], "next": N}
${CONNECT_HELP}
`;
async function requestsVerb(argv) {
    const a = verbArgs(argv, REQUESTS_HELP, { since: { type: 'string' }, writes: { type: 'boolean' } });
    if (!a)
        return;
    const since = a.values['since'] === undefined ? 0 : wholeNumber('--since', a.values['since']);
    const answer = (await callControl(a.conn(), 'GET', `/requests?since=${since}${a.values['writes'] ? '&writes=true' : ''}`));
    print(Boolean(a.values['json']), answer, () => `${answer.requests.map(describeRequest).join('')}(next: --since ${answer.next})\n`);
}
/** One line per entry; the path from its resource group on (`rg-demo/Microsoft.Network/loadBalancers/web-lb`). */
function describeRequest(r) {
    const faults = r.faults ? `  [fault: ${r.faults.join(', ')}]` : '';
    const path = r.path.replace(/^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\//i, '$1/');
    const error = r.errorCode ? ` ${r.errorCode}` : '';
    return `${String(r.seq).padStart(5)} ${r.method.padEnd(6)} ${String(r.status).padStart(3)} ${(r.operation ?? '-').padEnd(40)} ${path}${error}${faults}\n`;
}
const RESET_HELP = `Usage: immutable-deploy emulator reset\n\nClears faults, health rules, scripts and the request log (resources stay as they are).\n${CONNECT_HELP}\n`;
async function resetVerb(argv) {
    const a = verbArgs(argv, RESET_HELP);
    if (!a)
        return;
    const answer = await callControl(a.conn(), 'POST', '/reset');
    print(Boolean(a.values['json']), answer, () => 'reset: faults, health rules, scripts and the request log cleared\n');
}
function fail(message) {
    throw new Error(message);
}
function wholeNumber(flag, value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
        throw new Error(`${flag} expects a whole number >= 0`);
    return n;
}
/** `90`, `90s`, `10m`, `2h`, `1d`, `500ms` → seconds. */
function durationSeconds(text) {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(text.trim());
    if (!m)
        throw new Error(`--advance expects a duration such as 90s, 10m or 2h`);
    const unit = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86_400 }[m[2] ?? 's'];
    return Number(m[1]) * unit;
}


/***/ })

};
