export const id = 113;
export const ids = [113];
export const modules = {

/***/ 40113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEmulatorCommand: () => (/* binding */ runEmulatorCommand)
});

// UNUSED EXPORTS: DEFAULT_CONNECTION_FILE, durationSeconds, parseEmulatorArgs, resolveWorld

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
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
    /** The production site's ramp-up rules (config/web `experiments.rampUpRules`): app-ramp.ts routes by them. */
    rampUpRules = [];
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
        if (this.ctx.health.answersWithError(app.content, path)) {
            return { status: 500, body: { ...where, ...described, error: 'InternalServerError' } };
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
    /** Error rate per image pattern, and how many requests each erroring image answered. */
    erroringImages = new Map();
    answered = new Map();
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
    erroringImage(match, options = {}) {
        const rate = options.rate ?? 1;
        if (!(rate > 0 && rate <= 1))
            throw new RangeError('rate must be above 0 and at most 1');
        this.erroringImages.set(match.toLowerCase(), rate);
    }
    setUnhealthyResponse(mode) {
        this.unhealthyResponse = mode;
    }
    clear() {
        this.erroringImages.clear();
        this.answered.clear();
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
    /**
     * Whether this request to a workload running `image` fails with a server error (erroringImage).
     * The health pages (`/health`, `/healthz`) never fail: the release passes shallow health checks.
     * Counts the request, so call it once per answered request.
     */
    answersWithError(image, path) {
        if (this.erroringImages.size === 0 || HEALTH_PAGES.has(pagePath(path)))
            return false;
        const lower = image.toLowerCase();
        let rate = 0;
        for (const [pattern, r] of this.erroringImages)
            if (lower.includes(pattern))
                rate = Math.max(rate, r);
        if (rate === 0)
            return false;
        const n = this.answered.get(lower) ?? 0;
        this.answered.set(lower, n + 1);
        // Every 1/rate-th request fails, from the first one on: exact shares, no randomness.
        return Math.ceil((n + 1) * rate) > Math.ceil(n * rate);
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
const HEALTH_PAGES = new Set(['/health', '/healthz']);
function pagePath(path) {
    const p = path.split(/[?#]/)[0] || '/';
    return p.length > 1 ? p.replace(/\/+$/, '').toLowerCase() : p;
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
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/emulator/sim/loopback.ts
/**
 * The traffic simulators' real HTTP listeners (load balancer rules, App Service slots, Front Door
 * endpoints): each on 127.0.0.1 at an ephemeral port, unref'd so an open listener never keeps the
 * process alive, keep-alive short so closing is quick.
 */

/** A server for `handler`, not yet listening. */
function loopbackServer(handler) {
    const server = (0,external_node_http_.createServer)(handler);
    server.keepAliveTimeout = 1000;
    return server;
}
/** Starts `server` on 127.0.0.1 and returns its port. */
async function listenOnLoopback(server) {
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    server.unref();
    return server.address().port;
}
/** Drops open connections (in-flight answers included) and closes `server`. */
function closeServer(server) {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
}

;// CONCATENATED MODULE: ./src/emulator/sim/front-door-status.ts
/**
 * `deploymentStatus` of Front Door resources (AFDStateProperties in Microsoft.Cdn 2024-02-01
 * `afdx.json`: NotStarted | InProgress | Succeeded | Failed, read-only): a write is `NotStarted`
 * while its provisioning runs, `InProgress` while the change propagates to the edge, `Succeeded`
 * once traffic follows it (sim/front-door.ts).
 */
const WRITTEN_AT = 'cdnWrittenAtMs';
function setDeploymentStatus(body, status) {
    const props = (body['properties'] ??= {});
    props['deploymentStatus'] = status;
}
/** A profile snapshot taken at `takenAtMs` routes traffic now: what it carried has been deployed. */
function frontDoorApplied(emu, profileId, takenAtMs) {
    const prefix = `${profileId.toLowerCase()}/`;
    for (const res of emu.state.all()) {
        if (!res.id.toLowerCase().startsWith(prefix))
            continue;
        const props = res.body['properties'] ?? {};
        const writtenAt = Number(res.meta[WRITTEN_AT] ?? Infinity);
        if (props['deploymentStatus'] === 'InProgress' && writtenAt <= takenAtMs)
            props['deploymentStatus'] = 'Succeeded';
    }
    emu.state.touch();
}

;// CONCATENATED MODULE: ./src/emulator/sim/front-door-config.ts

const CDN_TYPES = {
    profile: 'Microsoft.Cdn/profiles',
    endpoint: 'Microsoft.Cdn/profiles/afdEndpoints',
    route: 'Microsoft.Cdn/profiles/afdEndpoints/routes',
    originGroup: 'Microsoft.Cdn/profiles/originGroups',
    origin: 'Microsoft.Cdn/profiles/originGroups/origins',
};
const props = (r) => r.body['properties'] ?? {};
const enabled = (value) => value === undefined || value === 'Enabled';
/**
 * A resource routes once a write of it has succeeded (front-door-status.ts stamps it), until its
 * delete starts: one still being created does not; one whose later update failed keeps routing as stored.
 */
const deployed = (r) => r.meta[WRITTEN_AT] !== undefined && props(r)['provisioningState'] !== 'Deleting';
/** The profile's configuration as stored now. */
function profileModel(emu, profileId) {
    const list = (type, scope) => emu.state.list(type, scope).filter(deployed);
    const originGroups = new Map();
    for (const group of list(CDN_TYPES.originGroup, profileId)) {
        const origins = list(CDN_TYPES.origin, group.id).map(originModel);
        originGroups.set(group.id.toLowerCase(), { id: group.id, origins });
    }
    const endpoints = list(CDN_TYPES.endpoint, profileId).map((e) => ({
        id: e.id,
        hostName: String(props(e)['hostName'] ?? '').toLowerCase(),
        enabled: enabled(props(e)['enabledState']),
        routes: list(CDN_TYPES.route, e.id).map(routeModel),
    }));
    return { profileId, endpoints, originGroups };
}
function originModel(r) {
    const p = props(r);
    return {
        id: r.id,
        name: String(r.body['name']),
        hostName: String(p['hostName'] ?? '').toLowerCase(),
        httpPort: Number(p['httpPort'] ?? 80),
        httpsPort: Number(p['httpsPort'] ?? 443),
        priority: Number(p['priority'] ?? 1),
        weight: Number(p['weight'] ?? 50),
        enabled: enabled(p['enabledState']),
    };
}
function routeModel(r) {
    const p = props(r);
    const group = p['originGroup']?.['id'];
    return {
        id: r.id,
        name: String(r.body['name']),
        originGroupId: typeof group === 'string' ? group : undefined,
        patterns: (p['patternsToMatch'] ?? ['/*']).map(String),
        forwardingProtocol: String(p['forwardingProtocol'] ?? 'MatchRequest'),
        enabled: enabled(p['enabledState']),
        linkToDefaultDomain: p['linkToDefaultDomain'] === 'Enabled',
    };
}
/**
 * The route that serves `path` on an endpoint's default domain: enabled, linked to the default
 * domain, the most specific matching pattern wins ("How requests get matched to a route
 * configuration", learn.microsoft.com/azure/frontdoor/front-door-route-matching: exact paths first,
 * then the longest wildcard path).
 */
function matchRoute(endpoint, path) {
    const bare = path.split('?')[0] ?? '/';
    let best;
    for (const route of endpoint.routes) {
        if (!route.enabled || !route.linkToDefaultDomain)
            continue;
        for (const pattern of route.patterns) {
            const score = patternScore(pattern.toLowerCase(), bare.toLowerCase());
            if (score >= 0 && (!best || score > best.score))
                best = { route, score };
        }
    }
    return best?.route;
}
function patternScore(pattern, path) {
    if (pattern.endsWith('/*')) {
        const prefix = pattern.slice(0, -1);
        return path.startsWith(prefix) || `${path}/` === prefix ? prefix.length : -1;
    }
    return pattern === path ? 100_000 + pattern.length : -1;
}

;// CONCATENATED MODULE: ./src/emulator/sim/front-door.ts



const DEFAULT_FRONT_DOOR_TIMINGS = { propagationSeconds: 5 };
const MAX_LOG = 50_000;
class FrontDoorTraffic {
    deps;
    timings = { ...DEFAULT_FRONT_DOOR_TIMINGS };
    log = [];
    models = new Map();
    pending = new Map();
    listeners = new Map();
    /** Smooth weighted round-robin state per origin group: current weight by origin id. */
    turns = new Map();
    constructor(deps) {
        this.deps = deps;
    }
    /** A Front Door write succeeded: snapshot the profile now, route by it after the propagation delay. */
    changed(profileId) {
        const id = profileId.toLowerCase();
        const model = this.deps.snapshot(profileId);
        const takenAtMs = this.deps.clock.now();
        // Listeners open at once (their URLs are known early); they answer 404 until the endpoint is deployed.
        for (const e of model.endpoints) {
            this.open(e.id).catch(() => this.listeners.delete(e.id.toLowerCase())); // retried at the next change
        }
        const delay = this.timings.propagationSeconds;
        if (delay <= 0)
            return this.apply(id, model, takenAtMs);
        const cancels = this.pending.get(id) ?? [];
        this.pending.set(id, cancels);
        const cancel = this.deps.at(takenAtMs + delay * 1000, () => {
            cancels.splice(cancels.indexOf(cancel), 1);
            this.apply(id, model, takenAtMs);
        });
        cancels.push(cancel);
    }
    /** Whether a change of the profile is still propagating. */
    propagating(profileId) {
        return (this.pending.get(profileId.toLowerCase())?.length ?? 0) > 0;
    }
    /** The profile's configuration traffic follows now (undefined: none deployed). */
    inEffect(profileId) {
        return this.models.get(profileId.toLowerCase());
    }
    /** `http://127.0.0.1:PORT` of an endpoint (by id or `*.azurefd.net` host name), once opened. */
    urlFor(endpointIdOrHost) {
        const key = endpointIdOrHost
            .toLowerCase()
            .replace(/^https?:\/\//, '')
            .replace(/\/$/, '');
        const id = key.includes('/') ? key : this.endpointIdByHost(key);
        const listener = id ? this.listeners.get(id) : undefined;
        return listener && listener.port > 0 ? `http://127.0.0.1:${listener.port}` : undefined;
    }
    /** The profile was deleted: stop routing and close its endpoints' listeners. */
    async removeProfile(profileId) {
        const id = profileId.toLowerCase();
        for (const cancel of this.pending.get(id) ?? [])
            cancel();
        this.pending.delete(id);
        this.models.delete(id);
        await Promise.all([...this.listeners.keys()].filter((k) => k.startsWith(`${id}/`)).map((k) => this.close(k)));
    }
    async closeAll() {
        for (const cancels of this.pending.values())
            for (const cancel of cancels)
                cancel();
        this.pending.clear();
        this.models.clear();
        await Promise.all([...this.listeners.keys()].map((k) => this.close(k)));
    }
    apply(profileKey, model, takenAtMs) {
        this.models.set(profileKey, model);
        for (const groupId of model.originGroups.keys())
            this.turns.delete(groupId);
        const wanted = new Set(model.endpoints.map((e) => e.id.toLowerCase()));
        for (const key of this.listeners.keys()) {
            if (key.startsWith(`${profileKey}/`) && !wanted.has(key))
                void this.close(key);
        }
        this.deps.applied?.(model.profileId, takenAtMs);
    }
    endpointIdByHost(host) {
        for (const model of this.models.values()) {
            const e = model.endpoints.find((x) => x.hostName === host);
            if (e)
                return e.id.toLowerCase();
        }
        return undefined;
    }
    async open(endpointId) {
        const key = endpointId.toLowerCase();
        if (this.listeners.has(key))
            return;
        const server = loopbackServer((req, res) => this.answer(key, req, res));
        const listener = { server, port: 0 };
        this.listeners.set(key, listener);
        listener.port = await listenOnLoopback(server);
    }
    async close(key) {
        const listener = this.listeners.get(key);
        if (!listener)
            return;
        this.listeners.delete(key);
        await closeServer(listener.server);
    }
    endpointOf(key) {
        const profileKey = key.split('/afdendpoints/')[0];
        return this.models.get(profileKey)?.endpoints.find((e) => e.id.toLowerCase() === key);
    }
    answer(key, req, res) {
        req.resume();
        this.deps.beforeRequest();
        const path = req.url ?? '/';
        const entry = { atMs: this.deps.clock.now(), endpointId: key, path, status: 0 };
        const done = (status, body) => {
            this.record({ ...entry, status });
            json(res, status, body);
        };
        const endpoint = this.endpointOf(key);
        if (!endpoint?.enabled)
            return done(404, frontDoorError('NotFound', 'The endpoint is not deployed or disabled.'));
        const route = matchRoute(endpoint, path);
        if (!route)
            return done(404, frontDoorError('NotFound', 'No route matches the request.'));
        entry.routeId = route.id;
        const group = route.originGroupId
            ? this.models.get(key.split('/afdendpoints/')[0])?.originGroups.get(route.originGroupId.toLowerCase())
            : undefined;
        entry.originGroupId = group?.id;
        const origin = group ? this.pick(group.id, group.origins) : undefined;
        if (!origin)
            return done(503, frontDoorError('OriginUnavailable', 'No enabled origin in the origin group.'));
        entry.origin = origin.name;
        entry.originId = origin.id;
        const port = route.forwardingProtocol === 'HttpsOnly' ? origin.httpsPort : origin.httpPort;
        const target = this.deps.resolve(origin, port);
        if (!target)
            return done(502, frontDoorError('OriginConnectionError', `Origin '${origin.hostName}' unreachable.`));
        this.forward(`${target}${path}`, req.method ?? 'GET', entry, res);
    }
    /** Smooth weighted round-robin among the enabled origins of the best priority. */
    pick(groupId, origins) {
        const enabled = origins.filter((o) => o.enabled && o.weight > 0);
        if (enabled.length === 0)
            return undefined;
        const best = Math.min(...enabled.map((o) => o.priority));
        const candidates = enabled.filter((o) => o.priority === best);
        const state = this.turns.get(groupId.toLowerCase()) ?? new Map();
        this.turns.set(groupId.toLowerCase(), state);
        const total = candidates.reduce((sum, o) => sum + o.weight, 0);
        let chosen;
        for (const o of candidates) {
            state.set(o.id, (state.get(o.id) ?? 0) + o.weight);
            if (!chosen || state.get(o.id) > state.get(chosen.id))
                chosen = o;
        }
        if (!chosen)
            return undefined;
        state.set(chosen.id, (state.get(chosen.id) ?? 0) - total);
        return chosen;
    }
    forward(url, method, entry, res) {
        // A fresh connection per request: a pooled keep-alive socket the origin's listener is closing
        // (its idle timeout) would fail as a spurious 502.
        const upstream = (0,external_node_http_.request)(url, { method, timeout: 10_000, agent: false }, (answer) => {
            const chunks = [];
            answer.on('data', (c) => chunks.push(c));
            answer.on('end', () => {
                const status = answer.statusCode ?? 502;
                this.record({ ...entry, status });
                const body = Buffer.concat(chunks);
                res.writeHead(status, {
                    'Content-Type': answer.headers['content-type'] ?? 'application/json',
                    'Content-Length': body.length,
                    'X-Cache': 'CONFIG_NOCACHE',
                });
                res.end(body);
            });
            answer.on('error', () => this.badGateway(entry, res));
        });
        upstream.on('timeout', () => upstream.destroy(new Error('origin timeout')));
        upstream.on('error', () => this.badGateway(entry, res));
        upstream.end();
    }
    badGateway(entry, res) {
        if (res.headersSent)
            return void res.socket?.destroy();
        this.record({ ...entry, status: 502 });
        json(res, 502, frontDoorError('OriginConnectionError', 'The origin did not answer.'));
    }
    record(entry) {
        this.log.push(entry);
        if (this.log.length > MAX_LOG)
            this.log.splice(0, this.log.length - MAX_LOG);
    }
}
function frontDoorError(code, message) {
    return { error: { code, message } };
}
function json(res, status, body) {
    const payload = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
    res.end(payload);
}

;// CONCATENATED MODULE: ./src/emulator/sim/front-door-origins.ts
/**
 * Where an origin's requests go inside the emulator. An origin names a host name and ports
 * (AFDOriginProperties `hostName`, `httpPort`, `httpsPort`); the emulator answers for:
 * - the public IP address (or its `dnsSettings.fqdn`) of a load balancer frontend: the rule whose
 *   `frontendPort` is the port answers (sim/lb-traffic.ts: its probes, rotation and telemetry apply);
 * - an App Service default host name (`{site}.azurewebsites.net`, `{site}-{slot}.azurewebsites.net`):
 *   that slot's app.
 * Anything else resolves to nothing (Front Door answers 502, as for an unreachable origin).
 */
function resolveOrigin(emu, world, origin, port) {
    const host = origin.hostName.toLowerCase();
    const app = [...world.appListeners.values()].find((l) => l.hostName === host);
    if (app)
        return app.url;
    const lbId = loadBalancerForHost(emu, host);
    return lbId ? world.traffic.endpointFor(lbId, port) : undefined;
}
const front_door_origins_props = (body) => body?.['properties'] ?? {};
function loadBalancerForHost(emu, host) {
    for (const lb of emu.state.list('Microsoft.Network/loadBalancers', `/subscriptions/${emu.subscriptionId}`)) {
        const frontends = front_door_origins_props(lb.body)['frontendIPConfigurations'] ?? [];
        for (const fe of frontends) {
            const ipId = front_door_origins_props(fe)['publicIPAddress']?.['id'];
            if (typeof ipId !== 'string')
                continue;
            const ip = front_door_origins_props(emu.state.get(ipId)?.body);
            const fqdn = ip['dnsSettings']?.['fqdn'];
            if (ip['ipAddress'] === host || (typeof fqdn === 'string' && fqdn.toLowerCase() === host))
                return lb.id;
        }
    }
    return undefined;
}

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
        return members.filter((m) => this.admitted(lbId.toLowerCase(), rule, m));
    }
    /** Whether the rule has an instance to send a new flow to (the data path is up). */
    inRotation(lbId, frontendPort) {
        const rule = this.rules.get(lbId.toLowerCase())?.find((r) => r.frontendPort === frontendPort);
        if (!rule?.backendPoolId)
            return false;
        return [...this.deps.scaleSets()].some((scaleSet) => scaleSet
            .poolMembers(rule.backendPoolId)
            .some((instance) => this.admitted(lbId.toLowerCase(), rule, { scaleSet, instance })));
    }
    admitted(id, rule, { scaleSet, instance }) {
        return (scaleSet.isServing(instance) &&
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
        const server = loopbackServer((req, res) => this.answer(lbId, frontendPort, req, res));
        const listener = { server, port: 0, turn: 0 };
        this.listeners.set(key, listener);
        listener.port = await listenOnLoopback(server);
    }
    async closeListener(key) {
        const listener = this.listeners.get(key);
        if (!listener)
            return;
        this.listeners.delete(key);
        await closeServer(listener.server);
    }
    answer(lbId, frontendPort, req, res) {
        req.resume();
        this.deps.beforeRequest();
        const listener = this.listeners.get(listenerKey(lbId, frontendPort));
        const rule = this.rules.get(lbId)?.find((r) => r.frontendPort === frontendPort);
        const candidates = this.rotation(lbId, frontendPort);
        if (!listener || !rule || candidates.length === 0) {
            return lb_traffic_json(res, 503, {
                error: 'NoHealthyBackend',
                message: 'No healthy backend instance is available for this rule.',
            });
        }
        // The flow's backend is chosen now and kept until the answer (draining across rule changes).
        const backend = candidates[listener.turn++ % candidates.length];
        const flow = {
            lbId,
            rule,
            backend,
            method: req.method ?? 'GET',
            path: req.url ?? '/',
            host: req.headers.host ?? `127.0.0.1:${listener.port}`,
            arrivedMs: this.deps.clock.now(),
            delayMs: this.timings.responseSeconds * 1000,
        };
        const delayMs = this.deps.clock.realMs(this.timings.responseSeconds);
        if (delayMs <= 0)
            return this.reply(flow, res);
        setTimeout(() => {
            this.deps.beforeRequest();
            // The backend stopped or went away while answering: its end of the flow is gone.
            if (!backend.scaleSet.instances.has(backend.instance.instanceId) || !backend.scaleSet.isServing(backend.instance))
                return void res.socket?.destroy();
            this.reply(flow, res);
        }, delayMs).unref();
    }
    /**
     * A request of the emulator's load generator, at simulated time `atMs` (a scheduler task): routed
     * as a client's would be (rule in effect, probe admission, round-robin) and answered at once.
     * Returns the status (0: the connection was reset), or 'no-backend' (the listener's 503).
     */
    sendSynthetic(lbId, frontendPort, path, atMs) {
        const id = lbId.toLowerCase();
        const listener = this.listeners.get(listenerKey(id, frontendPort));
        const rule = this.rules.get(id)?.find((r) => r.frontendPort === frontendPort);
        const candidates = this.rotation(id, frontendPort);
        if (!listener || !rule || candidates.length === 0)
            return 'no-backend';
        const backend = candidates[listener.turn++ % candidates.length];
        const host = `127.0.0.1:${listener.port}`;
        const flow = { lbId: id, rule, backend, method: 'GET', path, host, arrivedMs: atMs, delayMs: 0 };
        const answer = this.answerOf(flow);
        if (answer !== 'reset')
            this.report(flow, answer.status, true);
        return answer === 'reset' ? 0 : answer.status;
    }
    reply(flow, res) {
        const answer = this.answerOf(flow);
        if (answer === 'reset')
            return void res.socket?.destroy();
        this.report(flow, answer.status, false);
        lb_traffic_json(res, answer.status, answer.body);
    }
    answerOf({ backend: { scaleSet, instance }, rule, path }) {
        const version = versionOf(instance.image);
        if (scaleSet.healthOf(instance) !== 'healthy') {
            if (this.deps.health.unhealthyResponse === 'reset')
                return 'reset';
            return { status: 503, body: { error: 'Unhealthy', instance: instance.name, version } };
        }
        if (this.deps.health.answersWithError(instance.image, path)) {
            return { status: 500, body: { error: 'InternalServerError', instance: instance.name, version, path } };
        }
        const body = {
            version,
            instance: instance.name,
            instanceId: instance.instanceId,
            image: instance.image,
            scaleSet: scaleSet.name,
            backendPort: rule.backendPort,
            path,
        };
        return { status: 200, body };
    }
    report(flow, status, synthetic) {
        const { scaleSet, instance } = flow.backend;
        const { lbId, rule } = flow;
        this.deps.served?.({
            atMs: flow.arrivedMs,
            method: flow.method,
            path: flow.path,
            host: flow.host,
            status,
            delayMs: flow.delayMs,
            backend: {
                kind: 'instance',
                scaleSet,
                instance,
                loadBalancerId: lbId,
                frontendPort: rule.frontendPort,
                backendPort: rule.backendPort,
            },
            synthetic,
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
function lb_traffic_json(res, status, body) {
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

;// CONCATENATED MODULE: ./src/emulator/sim/served.ts
/** The listeners of one emulator's loopback traffic (the monitor adds one). */
class ServedRequests {
    listeners = new Set();
    add(listener) {
        this.listeners.add(listener);
        return () => void this.listeners.delete(listener);
    }
    emit(request) {
        for (const listener of this.listeners)
            listener(request);
    }
}
const byEmulator = new WeakMap();
/**
 * The listeners of an emulator (keyed by its context). Kept apart from the deploy world so that a
 * listener can be added at start without creating the world (which draws from the seeded ids).
 */
function servedRequests(emu) {
    let served = byEmulator.get(emu);
    if (!served)
        byEmulator.set(emu, (served = new ServedRequests()));
    return served;
}

;// CONCATENATED MODULE: ./src/emulator/sim/world.ts










const worlds = new WeakMap();
function deployWorld(emu) {
    let world = worlds.get(emu);
    if (!world) {
        // A separate seeded stream: boot-failure draws must not shift the emulator's ids and ETags.
        const health = new HealthRules(createRandom(Math.floor(emu.random.next() * 2 ** 32)));
        const scaleSets = new Map();
        const served = servedRequests(emu);
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
                served: (r) => served.emit(r),
            }),
            appListeners: new Map(),
            served,
            frontDoor: new FrontDoorTraffic({
                beforeRequest: () => emu.scheduler.runDue(),
                clock: emu.clock,
                at: (atMs, run) => emu.scheduler.at(atMs, run),
                snapshot: (profileId) => profileModel(emu, profileId),
                resolve: (origin, port) => resolveOrigin(emu, world, origin, port),
                applied: (profileId, takenAtMs) => frontDoorApplied(emu, profileId, takenAtMs),
            }),
        };
        worlds.set(emu, world);
    }
    return world;
}
/** The emulator's deploy world if something created it already (never creates one). */
function peekDeployWorld(emu) {
    return worlds.get(emu);
}
/** Closes every loopback listener (load balancer rules and App Service slots). */
async function closeDeployWorld(emu) {
    const world = worlds.get(emu);
    if (!world)
        return;
    await world.traffic.closeAll();
    await world.frontDoor.closeAll();
    await Promise.all([...world.appListeners.values()].map((l) => l.close()));
    world.appListeners.clear();
    worlds.delete(emu);
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
const badRequest = (code, message, target) => new ArmError(400, code, message, [], {}, target);
const conflict = (message, code = 'Conflict') => new ArmError(409, code, message);
const operationNotAllowed = (message) => new ArmError(409, 'OperationNotAllowed', message);
const preconditionFailed = (message = 'The condition specified using HTTP conditional header(s) is not met.') => new ArmError(412, 'PreconditionFailed', message);
const tooManyRequests = (retryAfter) => new ArmError(429, 'TooManyRequests', 'The request is being throttled as the limit has been reached for operation type. Please retry after the indicated time.', [], { 'Retry-After': retryAfter });
const internalError = (message = 'An internal server error occurred. Please retry later.') => new ArmError(500, 'InternalServerError', message);
const serviceUnavailable = (retryAfter) => new ArmError(503, 'ServiceUnavailable', 'The service is temporarily unavailable. Please retry later.', [], {
    'Retry-After': retryAfter,
});

;// CONCATENATED MODULE: ./src/emulator/providers/network-children.ts

/**
 * Gives a Network sub-resource (rule, pool, probe, subnet...) its id, type, etag and
 * provisioningState, as Azure fills them in on PUT.
 */
function child(parentId, collection, item, req) {
    const name = item['name'];
    if (typeof name !== 'string' || name.length === 0) {
        throw badRequest('InvalidRequestFormat', `Cannot parse the request. An item of '${collection}' has no name.`);
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
const network_loadbalancers_props = (item) => item?.['properties'] ?? {};
const refId = (value) => {
    const id = value?.['id'];
    return typeof id === 'string' ? id : undefined;
};
function normalizeLoadBalancer(req, lbId, input) {
    const out = { ...network_loadbalancers_props(input) };
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
        const p = network_loadbalancers_props(rule);
        const refs = [
            p['frontendIPConfiguration'],
            p['backendAddressPool'],
            p['probe'],
            ...(p['backendAddressPools'] ?? []),
        ];
        for (const ref of refs.map(refId)) {
            if (ref && !known.has(ref.toLowerCase())) {
                throw badRequest('InvalidResourceReference', `Resource ${ref} referenced by resource ${rule['id']} was not found. Please make sure that the referenced resource exists, and that both resources are in the same region.`);
            }
        }
    }
}
/** The rules the traffic simulation serves (first rule wins when two share a frontend port). */
function lbRulesOf(res) {
    const rules = network_loadbalancers_props(res.body)['loadBalancingRules'] ?? [];
    const probes = network_loadbalancers_props(res.body)['probes'] ?? [];
    const seen = new Set();
    return rules.flatMap((rule) => {
        const p = network_loadbalancers_props(rule);
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
    const p = network_loadbalancers_props(probe);
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
    for (const pool of network_loadbalancers_props(body)['backendAddressPools'] ?? []) {
        const members = [...world.scaleSets.values()].flatMap(({ sim }) => sim.poolMembers(String(pool['id'])).map((i) => ({ sim, i })));
        if (members.length === 0)
            continue;
        pool['properties']['backendIPConfigurations'] = members.flatMap(({ sim, i }) => nicIpConfigIds(sim.id, i.instanceId, i.profile, String(pool['id'])));
    }
    return body;
}
function nicIpConfigIds(scaleSetId, instanceId, profile, poolId) {
    const nics = profile['networkProfile']?.['networkInterfaceConfigurations'] ?? [];
    return nics.flatMap((nic) => (network_loadbalancers_props(nic)['ipConfigurations'] ?? [])
        .filter((ip) => (network_loadbalancers_props(ip)['loadBalancerBackendAddressPools'] ?? []).some((p) => String(p['id']).toLowerCase() === poolId.toLowerCase()))
        .map((ip) => ({
        id: `${scaleSetId}/virtualMachines/${instanceId}/networkInterfaces/${String(nic['name'])}/ipConfigurations/${String(ip['name'])}`,
    })));
}

;// CONCATENATED MODULE: ./src/emulator/monitor/durations.ts
/**
 * ISO 8601 durations and intervals as Azure Monitor's APIs take them: `PT1M`, `PT5M`, `P1D`
 * (metrics `interval`, alert `windowSize` / `evaluationFrequency`) and `start/end`,
 * `start/duration`, `duration/end` or a bare duration (metrics and logs `timespan`).
 */
/** Milliseconds of an ISO 8601 duration (`P[nD][T[nH][nM][nS]]`, weeks too), undefined when not one. */
function durationMs(text) {
    const m = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(text.trim());
    if (!m || text.trim().toUpperCase() === 'P' || /T$/i.test(text.trim()))
        return undefined;
    const [, w, d, h, min, s] = m.map((x) => (x === undefined ? 0 : Number(x)));
    const ms = ((((w * 7 + d) * 24 + h) * 60 + min) * 60 + s) * 1000;
    return ms > 0 ? ms : undefined;
}
/** `PT1M`, `PT1H`, `P1D`: the shortest ISO form of a whole number of seconds. */
function formatDuration(ms) {
    let s = Math.round(ms / 1000);
    const d = Math.floor(s / 86_400);
    s -= d * 86_400;
    const h = Math.floor(s / 3600);
    s -= h * 3600;
    const m = Math.floor(s / 60);
    s -= m * 60;
    const time = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
    return `P${d ? `${d}D` : ''}${time ? `T${time}` : d ? '' : 'T0S'}`;
}
/** `d.hh:mm:ss` as Azure Monitor's own error messages print time grains (`00:05:00`, `1.00:00:00`). */
function formatTimeSpan(ms) {
    const total = Math.round(ms / 1000);
    const d = Math.floor(total / 86_400);
    const pad = (n) => String(n).padStart(2, '0');
    const hms = `${pad(Math.floor((total % 86_400) / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
    return d ? `${d}.${hms}` : hms;
}
/**
 * A `timespan`: `start/end`, `start/duration`, `duration/end`, or a duration ending now.
 * Undefined when it cannot be read or ends before it starts.
 */
function parseTimespan(text, nowMs) {
    const parts = text.trim().split('/');
    if (parts.length > 2 || parts.some((p) => p === ''))
        return undefined;
    const time = (p) => (/^\d{4}-\d{2}-\d{2}/.test(p) ? Date.parse(p) : Number.NaN);
    let range;
    if (parts.length === 1) {
        const d = durationMs(parts[0]);
        range = d === undefined ? undefined : { startMs: nowMs - d, endMs: nowMs };
    }
    else {
        const [a, b] = [parts[0], parts[1]];
        const [ta, tb, da, db] = [time(a), time(b), durationMs(a), durationMs(b)];
        if (Number.isFinite(ta) && Number.isFinite(tb))
            range = { startMs: ta, endMs: tb };
        else if (Number.isFinite(ta) && db !== undefined)
            range = { startMs: ta, endMs: ta + db };
        else if (da !== undefined && Number.isFinite(tb))
            range = { startMs: tb - da, endMs: tb };
    }
    return range && range.endMs >= range.startMs ? range : undefined;
}
/** `2021-04-20T09:00:00Z`: ISO without milliseconds when they are zero, as Azure Monitor prints times. */
function isoSeconds(ms) {
    const iso = new Date(ms).toISOString();
    return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

// EXTERNAL MODULE: ./src/emulator/monitor/metric-catalog.ts
var metric_catalog = __webpack_require__(11750);
;// CONCATENATED MODULE: ./src/emulator/monitor/alert-rules.ts



const OPERATORS = ['Equals', 'GreaterThan', 'GreaterThanOrEqual', 'LessThan', 'LessThanOrEqual'];
const SINGLE_RESOURCE = 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria';
const FREQUENCIES = ['PT1M', 'PT5M', 'PT15M', 'PT30M', 'PT1H'];
const WINDOWS = ['PT1M', 'PT5M', 'PT15M', 'PT30M', 'PT1H', 'PT6H', 'PT12H', 'P1D'];
const invalid = (message) => badRequest('BadRequest', message);
/** Checks a rule body (wire JSON) and reads it; throws 400 with what is wrong. */
function readRule(emu, id, body) {
    const p = (body['properties'] ?? {});
    if (typeof body['location'] !== 'string' || body['location'] === '')
        throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
    const severity = p['severity'];
    if (typeof severity !== 'number' || !Number.isInteger(severity) || severity < 0 || severity > 4)
        throw invalid("The property 'severity' must be an integer from 0 to 4.");
    if (typeof p['enabled'] !== 'boolean')
        throw invalid("The property 'enabled' is required and must be true or false.");
    const scopes = p['scopes'];
    if (!Array.isArray(scopes) || scopes.length === 0 || scopes.some((s) => typeof s !== 'string'))
        throw invalid("The property 'scopes' must list the resource ids the rule monitors.");
    const frequency = oneOf(p['evaluationFrequency'], 'evaluationFrequency', FREQUENCIES);
    const window = oneOf(p['windowSize'], 'windowSize', WINDOWS);
    if (durationMs(window) < durationMs(frequency))
        throw invalid("The 'windowSize' must be greater than or equal to the 'evaluationFrequency'.");
    const criteria = (p['criteria'] ?? {});
    if (criteria['odata.type'] !== SINGLE_RESOURCE) {
        throw invalid(`The emulator evaluates '${SINGLE_RESOURCE}' criteria only; got '${String(criteria['odata.type'] ?? '')}'.`);
    }
    if (scopes.length !== 1)
        throw invalid(`Criteria of type '${SINGLE_RESOURCE}' take exactly one scope.`);
    const scope = scopes[0];
    const target = emu.state.get(scope);
    if (!target)
        throw invalid(`The scope '${scope}' of the alert rule was not found.`);
    const allOf = criteria['allOf'];
    if (!Array.isArray(allOf) || allOf.length === 0 || allOf.length > 5)
        throw invalid("The criteria must have between 1 and 5 conditions in 'allOf'.");
    return {
        id,
        name: id.split('/').at(-1) ?? '',
        description: typeof p['description'] === 'string' ? p['description'] : '',
        severity,
        enabled: p['enabled'],
        scope,
        frequencyMs: durationMs(frequency),
        windowMs: durationMs(window),
        autoMitigate: p['autoMitigate'] !== false,
        criteria: allOf.map((c, i) => readCriterion(target, c, i)),
    };
}
function readCriterion(target, c, i) {
    const at = `criteria.allOf[${i}]`;
    if (c['criterionType'] !== 'StaticThresholdCriterion')
        throw invalid(`${at}: the emulator evaluates 'StaticThresholdCriterion' conditions only.`);
    const metricName = typeof c['metricName'] === 'string' ? c['metricName'] : '';
    const catalog = (0,metric_catalog/* metricsOf */.Ps)(target.type);
    const def = catalog?.metrics.find((m) => m.name.toLowerCase() === metricName.toLowerCase());
    if (!def && c['skipMetricValidation'] !== true) {
        throw invalid(`${at}: the metric '${metricName}' was not found for resource type '${target.type}'. ` +
            `Valid metrics: ${(catalog?.metrics ?? []).map((m) => m.name).join(',')}`);
    }
    if (c['metricNamespace'] !== undefined &&
        catalog &&
        String(c['metricNamespace']).toLowerCase() !== catalog.namespace.toLowerCase())
        throw invalid(`${at}: the metric namespace '${String(c['metricNamespace'])}' is not '${catalog.namespace}'.`);
    const timeAggregation = metric_catalog/* AGGREGATIONS */.uZ.find((a) => a === c['timeAggregation']);
    if (!timeAggregation)
        throw invalid(`${at}: 'timeAggregation' must be one of ${metric_catalog/* AGGREGATIONS */.uZ.join(', ')}.`);
    const operator = OPERATORS.find((o) => o === c['operator']);
    if (!operator)
        throw invalid(`${at}: 'operator' must be one of ${OPERATORS.join(', ')}.`);
    if (typeof c['threshold'] !== 'number' || !Number.isFinite(c['threshold']))
        throw invalid(`${at}: 'threshold' must be a number.`);
    const dimensions = (c['dimensions'] ?? []).map((d, k) => {
        const name = String(d['name'] ?? '');
        const known = def?.dimensions.find((x) => x.toLowerCase() === name.toLowerCase());
        if (def && !known)
            throw invalid(`${at}.dimensions[${k}]: the metric '${def.name}' has no dimension '${name}' (dimensions: ${def.dimensions.join(', ')}).`);
        const op = d['operator'];
        if (op !== 'Include' && op !== 'Exclude')
            throw invalid(`${at}.dimensions[${k}]: 'operator' must be Include or Exclude.`);
        const values = d['values'];
        if (!Array.isArray(values) || values.length === 0)
            throw invalid(`${at}.dimensions[${k}]: 'values' must list values.`);
        return { name: known ?? name, operator: op, values: values.map(String) };
    });
    return {
        name: String(c['name'] ?? `Metric${i + 1}`),
        metricName: def?.name ?? metricName,
        metricNamespace: typeof c['metricNamespace'] === 'string' ? c['metricNamespace'] : undefined,
        timeAggregation,
        operator,
        threshold: c['threshold'],
        dimensions,
    };
}
function oneOf(value, field, allowed) {
    const v = typeof value === 'string' ? allowed.find((a) => a === value.toUpperCase()) : undefined;
    if (!v)
        throw invalid(`The property '${field}' must be one of ${allowed.join(', ')}.`);
    return v;
}
function compare(value, operator, threshold) {
    switch (operator) {
        case 'Equals':
            return value === threshold;
        case 'GreaterThan':
            return value > threshold;
        case 'GreaterThanOrEqual':
            return value >= threshold;
        case 'LessThan':
            return value < threshold;
        case 'LessThanOrEqual':
            return value <= threshold;
    }
}

;// CONCATENATED MODULE: ./src/emulator/monitor/fired-alerts.ts

class FiredAlerts {
    newGuid;
    all = [];
    constructor(newGuid) {
        this.newGuid = newGuid;
    }
    /** The alert of the rule's time series that is still `Fired`, if any. */
    open(ruleId, seriesKey) {
        const rule = ruleId.toLowerCase();
        return this.all.find((a) => a.monitorCondition === 'Fired' && a.ruleId.toLowerCase() === rule && seriesKeyOf(a.dimensions) === seriesKey);
    }
    fire(alert) {
        const fired = {
            ...alert,
            guid: this.newGuid(),
            monitorCondition: 'Fired',
            alertState: 'New',
            lastModifiedMs: alert.startMs,
        };
        this.all.push(fired);
        return fired;
    }
    resolve(alert, atMs) {
        alert.monitorCondition = 'Resolved';
        alert.resolvedMs = atMs;
        alert.lastModifiedMs = atMs;
    }
    find(guid) {
        return this.all.find((a) => a.guid.toLowerCase() === guid.toLowerCase());
    }
    clear() {
        const n = this.all.length;
        this.all.length = 0;
        return n;
    }
}
function seriesKeyOf(dimensions) {
    return JSON.stringify(Object.entries(dimensions)
        .map(([k, v]) => [k.toLowerCase(), v.toLowerCase()])
        .sort());
}
/** The wire `Alert` (2019-03-01): id under the target resource, as the spec's examples show. */
function alertBody(a, includeContext) {
    const target = a.target.toLowerCase();
    const parts = target.split('/');
    const rgIndex = parts.indexOf('resourcegroups');
    const essentials = {
        severity: a.severity,
        signalType: 'Metric',
        alertState: a.alertState,
        monitorCondition: a.monitorCondition,
        monitorService: 'Platform',
        targetResource: target,
        targetResourceName: parts.at(-1) ?? '',
        targetResourceGroup: rgIndex >= 0 ? (parts[rgIndex + 1] ?? '') : '',
        targetResourceType: parts.at(-2) ?? '',
        sourceCreatedId: a.guid,
        alertRule: a.ruleId,
        startDateTime: isoSeconds(a.startMs),
        lastModifiedDateTime: isoSeconds(a.lastModifiedMs),
        lastModifiedUserName: 'System',
        actionStatus: { isSuppressed: false },
        description: a.description,
    };
    if (a.resolvedMs !== undefined)
        essentials['monitorConditionResolvedDateTime'] = isoSeconds(a.resolvedMs);
    return {
        id: `${target}/providers/Microsoft.AlertsManagement/alerts/${a.guid}`,
        type: 'Microsoft.AlertsManagement/alerts',
        name: a.ruleName,
        properties: { essentials, ...(includeContext ? { context: a.context } : {}), egressConfig: {} },
    };
}

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
        throw badRequest('InvalidRequestContent', "The 'tags' property must be an object of tag names and values.");
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
        throw badRequest('InvalidTag', `The specified entity can have a maximum of ${MAX_TAGS} tags; the request would leave ${count}.`);
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
function notFound(spec, req) {
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
        throw notFound(spec, req);
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
        throw notFound(spec, req);
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

;// CONCATENATED MODULE: ./src/emulator/monitor/insights-resources.ts





/**
 * Where telemetry is kept, as plain Resource Manager resources so worlds and users can create them:
 * - `Microsoft.Insights/components` (Application Insights), Components_* of
 *   specification/applicationinsights/resource-manager/Microsoft.Insights/stable/2020-02-02/components_API.json:
 *   PUT/PATCH(tags) answer 200 at once; read-only `AppId`, `InstrumentationKey`, `ConnectionString`;
 * - `Microsoft.OperationalInsights/workspaces` (Log Analytics), Workspaces_* of
 *   specification/operationalinsights/resource-manager/…/OperationalInsights/stable/2025-02-01/Workspaces.json:
 *   a long-running PUT; read-only `customerId`, the id the logs query API takes.
 * Which resources' requests each receives is kept in `meta.sources` (worlds, control API); none
 * means all (inputs.ts `sourcesOf`).
 */
const COMPONENT_TYPE = 'Microsoft.Insights/components';
const WORKSPACE_TYPE = 'Microsoft.OperationalInsights/workspaces';
const COMPONENT_API_VERSIONS = ['2015-05-01', '2020-02-02'];
const WORKSPACE_API_VERSIONS = [
    '2020-08-01',
    '2021-06-01',
    '2022-10-01',
    '2023-09-01',
    '2025-02-01',
    '2025-07-01',
];
const GROUP = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}';
const COMPONENT = `${GROUP}/providers/Microsoft.Insights/components/{resourceName}`;
function registerInsightsResources(router) {
    const base = { apiVersions: COMPONENT_API_VERSIONS, resourceType: COMPONENT_TYPE };
    router.addAll([
        { ...base, method: 'PUT', path: COMPONENT, operation: 'Components_CreateOrUpdate', handler: putComponent },
        { ...base, method: 'PATCH', path: COMPONENT, operation: 'Components_UpdateTags', handler: patchComponentTags },
        {
            ...base,
            method: 'GET',
            path: COMPONENT,
            operation: 'Components_Get',
            handler: (r) => reply(requireComponent(r)),
        },
        { ...base, method: 'DELETE', path: COMPONENT, operation: 'Components_Delete', handler: deleteComponent },
        {
            ...base,
            method: 'GET',
            path: `${GROUP}/providers/Microsoft.Insights/components`,
            operation: 'Components_ListByResourceGroup',
            handler: (r) => listComponents(r, rgId(r.emu.subscriptionId, r.params['resourceGroupName'] ?? '')),
        },
        {
            ...base,
            method: 'GET',
            path: '/subscriptions/{subscriptionId}/providers/Microsoft.Insights/components',
            operation: 'Components_List',
            handler: (r) => listComponents(r, `/subscriptions/${r.emu.subscriptionId}`),
        },
    ]);
    registerTrackedResource(router, {
        type: WORKSPACE_TYPE,
        path: `${GROUP}/providers/Microsoft.OperationalInsights/workspaces/{workspaceName}`,
        nameParam: 'workspaceName',
        apiVersions: WORKSPACE_API_VERSIONS,
        operations: {
            createOrUpdate: 'Workspaces_CreateOrUpdate',
            update: 'Workspaces_Update',
            get: 'Workspaces_Get',
            delete: 'Workspaces_Delete',
            listByParent: {
                path: `${GROUP}/providers/Microsoft.OperationalInsights/workspaces`,
                operation: 'Workspaces_ListByResourceGroup',
            },
            listBySubscription: {
                path: '/subscriptions/{subscriptionId}/providers/Microsoft.OperationalInsights/workspaces',
                operation: 'Workspaces_List',
            },
        },
        etag: true,
        build: (req, input, existing) => ({ properties: workspaceProperties(req.emu, input, existing) }),
    });
}
/** Creates or replaces component `id` from a wire body (also used by worlds and the control API). */
function upsertComponent(emu, id, input) {
    const existing = emu.state.get(id);
    const props = (input['properties'] ?? {});
    if (typeof input['kind'] !== 'string' || input['kind'] === '')
        throw badRequest('BadRequest', "The property 'kind' is required (e.g. 'web').");
    if (typeof props['Application_Type'] !== 'string')
        throw badRequest('BadRequest', "The property 'properties.Application_Type' is required (e.g. 'web').");
    const location = typeof input['location'] === 'string' ? normalizeLocation(input['location']) : undefined;
    if (!location)
        throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
    const name = existing ? String(existing.body['name']) : (id.split('/').at(-1) ?? '');
    const old = (existing?.body['properties'] ?? {});
    const appId = old['AppId'] ?? emu.random.uuid();
    const key = old['InstrumentationKey'] ?? emu.random.uuid();
    const properties = {
        ...props,
        ApplicationId: name,
        AppId: appId,
        Name: name,
        InstrumentationKey: key,
        ConnectionString: `InstrumentationKey=${key};IngestionEndpoint=https://${location}.in.applicationinsights.azure.com/;` +
            `ApplicationId=${appId}`,
        CreationDate: old['CreationDate'] ?? new Date(emu.clock.now()).toISOString(),
        TenantId: emu.subscriptionId,
        provisioningState: 'Succeeded',
        IngestionMode: props['WorkspaceResourceId'] ? 'LogAnalytics' : 'ApplicationInsights',
        RetentionInDays: props['RetentionInDays'] ?? 90,
        publicNetworkAccessForIngestion: props['publicNetworkAccessForIngestion'] ?? 'Enabled',
        publicNetworkAccessForQuery: props['publicNetworkAccessForQuery'] ?? 'Enabled',
    };
    const body = {
        id: existing?.id ?? id,
        name,
        type: COMPONENT_TYPE,
        location,
        tags: tagsForWrite(input['tags'], existing?.body['tags']),
        kind: input['kind'],
        properties,
    };
    return emu.state.put({
        id: existing?.id ?? id,
        type: COMPONENT_TYPE,
        body,
        createdAtMs: existing?.createdAtMs ?? emu.clock.now(),
        meta: existing?.meta ?? {},
    });
}
/** The component's id in Azure's casing, whatever casing the path used. */
function componentId(req) {
    const group = rgId(req.emu.subscriptionId, req.params['resourceGroupName'] ?? '');
    return `${group}/providers/${COMPONENT_TYPE}/${req.params['resourceName'] ?? ''}`;
}
function putComponent(req) {
    requireResourceGroup(req);
    const id = componentId(req);
    checkPreconditions(req, req.emu.state.get(id));
    return reply(upsertComponent(req.emu, id, req.body ?? {}));
}
function patchComponentTags(req) {
    const res = requireComponent(req);
    res.body['tags'] = tagsForWrite((req.body ?? {})['tags'] ?? {}, res.body['tags']);
    req.emu.state.touch();
    return reply(res);
}
function deleteComponent(req) {
    requireResourceGroup(req);
    const res = req.emu.state.get(componentId(req));
    if (!res)
        return { status: 204 };
    req.emu.state.delete(res.id);
    return { status: 200 };
}
function listComponents(req, scope) {
    if (req.params['resourceGroupName'] !== undefined)
        requireResourceGroup(req);
    else
        requireSubscription(req);
    return pagedReply(req, req.emu.state.list(COMPONENT_TYPE, scope).map((r) => r.body));
}
function requireComponent(req) {
    requireResourceGroup(req);
    const res = req.emu.state.get(componentId(req));
    if (!res)
        throw resourceNotFound(COMPONENT_TYPE, req.params['resourceName'] ?? '', req.params['resourceGroupName']);
    return res;
}
const reply = (res) => ({ status: 200, body: res.body });
function workspaceProperties(emu, input, existing) {
    const props = (input['properties'] ?? {});
    const old = (existing?.body['properties'] ?? {});
    const now = new Date(emu.clock.now()).toISOString();
    return {
        ...props,
        customerId: old['customerId'] ?? emu.random.uuid(),
        sku: props['sku'] ?? { name: 'PerGB2018' },
        retentionInDays: props['retentionInDays'] ?? 30,
        publicNetworkAccessForIngestion: props['publicNetworkAccessForIngestion'] ?? 'Enabled',
        publicNetworkAccessForQuery: props['publicNetworkAccessForQuery'] ?? 'Enabled',
        createdDate: old['createdDate'] ?? now,
        modifiedDate: now,
    };
}
/** The workspace whose `customerId` (the id the query API takes) is `workspaceId`. */
function workspaceByCustomerId(emu, workspaceId) {
    const wanted = workspaceId.toLowerCase();
    return emu.state
        .list(WORKSPACE_TYPE, `/subscriptions/${emu.subscriptionId}`)
        .find((w) => String(w.body['properties']?.['customerId'] ?? '').toLowerCase() === wanted);
}
/** Sets which resources' telemetry a component or workspace receives (`undefined`/empty: all). */
function setSources(emu, id, sources) {
    const res = emu.state.get(id);
    if (!res || (res.type !== COMPONENT_TYPE && res.type !== WORKSPACE_TYPE))
        throw new Error(`no Application Insights component or Log Analytics workspace '${id}'`);
    if (sources && sources.length > 0)
        res.meta['sources'] = [...sources];
    else
        delete res.meta['sources'];
    emu.state.touch();
}

;// CONCATENATED MODULE: ./src/emulator/monitor/inputs.ts
/**
 * Which resources' telemetry a component or workspace receives: its `meta.sources` (ids of scale
 * sets and web apps; a web app covers its slots), set by a world file or the control API, or —
 * when none are set — every resource's.
 */
function sourcesOf(resource) {
    const sources = resource.meta['sources']?.map((s) => s.toLowerCase());
    if (!sources || sources.length === 0)
        return () => true;
    return (id) => sources.some((s) => id === s || id.startsWith(`${s}/`));
}
/** What a metric of `resource` reads over [from, to). */
function metricInputs(signals, resource, fromMs, toMs) {
    const component = resource.type.toLowerCase() === 'microsoft.insights/components';
    let records;
    return {
        records: () => (records ??= component
            ? signals.telemetry.matching(sourcesOf(resource), fromMs, toMs)
            : signals.telemetry.forResource(resource.id, fromMs, toMs)),
        samples: (metric) => signals.sampler.forResource(resource.id, metric, fromMs, toMs),
    };
}

;// CONCATENATED MODULE: ./src/emulator/monitor/metric-filter.ts
class FilterError extends Error {
}
function parseMetricFilter(filter) {
    const tokens = tokenize(filter);
    const byName = new Map();
    let i = 0;
    const next = () => tokens[i++];
    while (i < tokens.length) {
        const t = next();
        if (t.kind === 'open' || t.kind === 'close')
            continue;
        // Which dimensions 'and'/'or' join is fixed by the API's rule above; the words only separate.
        if (t.kind === 'word' && /^(and|or)$/i.test(t.text))
            continue;
        if (t.kind !== 'word')
            throw new FilterError(`unexpected value '${t.text}' in $filter`);
        const op = next();
        const value = next();
        if (!op || op.kind !== 'word' || !/^(eq|ne|sw)$/i.test(op.text)) {
            throw new FilterError(`expected eq, ne or sw after '${t.text}' in $filter`);
        }
        if (!value || value.kind !== 'value')
            throw new FilterError(`expected a quoted value after '${t.text} ${op.text}'`);
        const key = t.text.toLowerCase();
        const condition = byName.get(key) ?? { name: t.text, equals: [], startsWith: [], notEquals: [] };
        byName.set(key, condition);
        const operator = op.text.toLowerCase();
        if (operator === 'ne')
            condition.notEquals.push(value.text);
        else if (operator === 'sw')
            condition.startsWith.push(value.text);
        else if (value.text === '*')
            condition.equals = undefined;
        else
            condition.equals?.push(value.text);
    }
    return [...byName.values()].map((c) => ({
        ...c,
        // Only ne/sw conditions: any value, narrowed by those.
        equals: c.equals && c.equals.length === 0 ? undefined : c.equals,
    }));
}
/** Whether a dimension value passes the condition (case-insensitive, as Azure compares values). */
function passes(condition, value) {
    const v = (value ?? '').toLowerCase();
    const lower = (xs) => xs.map((x) => x.toLowerCase());
    if (lower(condition.notEquals).includes(v))
        return false;
    const wanted = condition.equals ? lower(condition.equals) : undefined;
    const prefixes = lower(condition.startsWith);
    if (!wanted && prefixes.length === 0)
        return true;
    return (wanted?.includes(v) ?? false) || prefixes.some((p) => v.startsWith(p));
}
function tokenize(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c))
            i++;
        else if (c === '(' || c === ')') {
            tokens.push({ kind: c === '(' ? 'open' : 'close', text: c });
            i++;
        }
        else if (c === "'") {
            let value = '';
            i++;
            for (;;) {
                if (i >= text.length)
                    throw new FilterError('unterminated quoted value in $filter');
                if (text[i] === "'" && text[i + 1] === "'") {
                    value += "'";
                    i += 2;
                }
                else if (text[i] === "'") {
                    i++;
                    break;
                }
                else
                    value += text[i++];
            }
            tokens.push({ kind: 'value', text: value });
        }
        else {
            const m = /^[^\s()']+/.exec(text.slice(i));
            tokens.push({ kind: 'word', text: m[0] });
            i += m[0].length;
        }
    }
    return tokens;
}

;// CONCATENATED MODULE: ./src/emulator/monitor/metric-series.ts

function computeSeries(def, observations, q) {
    const starts = bucketStarts(q.range, q.grain);
    const from = starts[0] ?? q.range.startMs;
    const kept = observations.filter((o) => o.timeMs >= from && o.timeMs < q.range.endMs && q.conditions.every((c) => passes(c, o.dims[c.name])));
    const rolled = new Set(q.rollUpBy.map((d) => d.toLowerCase()));
    const split = q.conditions.map((c) => c.name).filter((n) => !rolled.has(n.toLowerCase()));
    const groups = new Map();
    for (const o of kept) {
        const dims = split.map((d) => [d, o.dims[d] ?? '']);
        const key = JSON.stringify(dims.map(([, v]) => v.toLowerCase()));
        const group = groups.get(key) ?? { dims, obs: [] };
        group.obs.push(o);
        groups.set(key, group);
    }
    if (groups.size === 0 && split.length === 0)
        groups.set('[]', { dims: [], obs: [] });
    return [...groups.values()].map(({ dims, obs }) => ({
        dims,
        points: points(starts, q, obs, def.counter),
        overall: statsOf(obs.map((o) => o.value), def.counter),
    }));
}
/** Interval starts: multiples of the grain from the one holding the range start, before its end. */
function bucketStarts(range, grain) {
    if (grain === 'FULL')
        return [range.startMs];
    const out = [];
    for (let t = Math.floor(range.startMs / grain) * grain; t < range.endMs; t += grain)
        out.push(t);
    return out;
}
function points(starts, q, obs, counter) {
    const values = starts.map(() => []);
    const first = starts[0] ?? 0;
    for (const o of obs) {
        const i = q.grain === 'FULL' ? 0 : Math.floor((o.timeMs - first) / q.grain);
        values[i]?.push(o.value);
    }
    return starts.map((timeMs, i) => ({ timeMs, stats: statsOf(values[i], counter) }));
}
function statsOf(values, counter) {
    if (values.length === 0)
        return counter ? { count: 0, total: 0, minimum: 0, maximum: 0 } : undefined;
    let total = 0;
    let minimum = Infinity;
    let maximum = -Infinity;
    for (const v of values) {
        total += v;
        if (v < minimum)
            minimum = v;
        if (v > maximum)
            maximum = v;
    }
    return { count: values.length, total, minimum, maximum };
}
/** One aggregation of stats; undefined when there is no value (no data, or an average of nothing). */
function aggregate(stats, aggregation) {
    if (!stats)
        return undefined;
    switch (aggregation) {
        case 'Total':
            return stats.total;
        case 'Count':
            return stats.count;
        case 'Average':
            return stats.count > 0 ? stats.total / stats.count : undefined;
        case 'Minimum':
            return stats.count > 0 ? stats.minimum : undefined;
        case 'Maximum':
            return stats.count > 0 ? stats.maximum : undefined;
    }
}

;// CONCATENATED MODULE: ./src/emulator/monitor/alert-evaluator.ts






const RESOLVE_AFTER = 3;
class AlertEvaluator {
    emu;
    signals;
    timers = new Map();
    statuses = new Map();
    healthyRuns = new Map();
    constructor(emu, signals) {
        this.emu = emu;
        this.signals = signals;
    }
    /** (Re)starts evaluating the stored rule `ruleId` from its next multiple of the frequency. */
    arm(ruleId) {
        this.disarm(ruleId);
        const rule = this.read(ruleId);
        if (!rule)
            return;
        const at = Math.floor(this.emu.clock.now() / rule.frequencyMs) * rule.frequencyMs + rule.frequencyMs;
        this.timers.set(ruleId.toLowerCase(), this.emu.scheduler.at(at, () => this.tick(ruleId, at)));
    }
    disarm(ruleId) {
        const key = ruleId.toLowerCase();
        this.timers.get(key)?.();
        this.timers.delete(key);
        this.statuses.delete(key);
    }
    /** The rule's time series and whether each meets its condition, as of the last evaluation. */
    status(ruleId) {
        return this.statuses.get(ruleId.toLowerCase()) ?? [];
    }
    read(ruleId) {
        const res = this.emu.state.get(ruleId);
        if (!res)
            return undefined;
        try {
            return readRule(this.emu, res.id, res.body);
        }
        catch {
            // The monitored resource went away (or the stored body is no longer valid): nothing to evaluate.
            return undefined;
        }
    }
    tick(ruleId, atMs) {
        const rule = this.read(ruleId);
        if (!rule)
            return void this.timers.delete(ruleId.toLowerCase());
        if (rule.enabled)
            this.evaluate(rule, atMs);
        const next = atMs + rule.frequencyMs;
        this.timers.set(ruleId.toLowerCase(), this.emu.scheduler.at(next, () => this.tick(ruleId, next)));
    }
    evaluate(rule, atMs) {
        const results = rule.criteria.map((c) => this.measure(rule, c, atMs));
        const single = rule.criteria.length === 1;
        const series = single
            ? results[0].map((r) => ({ dimensions: r.dimensions, status: r.met ? 'Unhealthy' : 'Healthy', timeMs: atMs }))
            : [
                {
                    dimensions: {},
                    status: results.every((rs) => rs.some((r) => r.met)) ? 'Unhealthy' : 'Healthy',
                    timeMs: atMs,
                },
            ];
        this.statuses.set(rule.id.toLowerCase(), series);
        const signals = this.signals;
        for (const s of series) {
            const key = seriesKeyOf(s.dimensions);
            const open = signals.alerts.open(rule.id, key);
            if (s.status === 'Unhealthy') {
                if (open)
                    this.healthyRuns.delete(open.guid);
                else
                    signals.alerts.fire(this.alertOf(rule, s.dimensions, results, atMs));
            }
        }
        // Open alerts of the rule whose series did not meet the condition (or had no data) this time.
        const unhealthy = new Set(series.filter((s) => s.status === 'Unhealthy').map((s) => seriesKeyOf(s.dimensions)));
        for (const alert of signals.alerts.all) {
            if (alert.monitorCondition !== 'Fired' || alert.ruleId.toLowerCase() !== rule.id.toLowerCase())
                continue;
            if (unhealthy.has(seriesKeyOf(alert.dimensions)) || !rule.autoMitigate)
                continue;
            const runs = (this.healthyRuns.get(alert.guid) ?? 0) + 1;
            this.healthyRuns.set(alert.guid, runs);
            if (runs >= RESOLVE_AFTER) {
                signals.alerts.resolve(alert, atMs);
                this.healthyRuns.delete(alert.guid);
            }
        }
    }
    /** One condition over [at - window, at): per series, its value and whether it meets the threshold. */
    measure(rule, c, atMs) {
        const target = this.emu.state.get(rule.scope);
        const def = target && (0,metric_catalog/* metricsOf */.Ps)(target.type)?.metrics.find((m) => m.name === c.metricName);
        if (!target || !def)
            return [];
        const range = { startMs: atMs - rule.windowMs, endMs: atMs };
        const inputs = metricInputs(this.signals, target, range.startMs, range.endMs);
        const conditions = c.dimensions.map((d) => ({
            name: d.name,
            equals: d.operator === 'Include' && !d.values.includes('*') ? d.values : undefined,
            startsWith: [],
            notEquals: d.operator === 'Exclude' ? d.values : [],
        }));
        return computeSeries(def, def.observe(inputs), { range, grain: 'FULL', conditions, rollUpBy: [] }).map((s) => {
            const value = aggregate(s.overall ?? s.points[0]?.stats, c.timeAggregation);
            return {
                criterion: c,
                dimensions: Object.fromEntries(s.dims),
                value,
                met: value !== undefined && compare(value, c.operator, c.threshold),
            };
        });
    }
    alertOf(rule, dimensions, results, atMs) {
        const key = seriesKeyOf(dimensions);
        // The metric alert context of the common alert schema (what the alert fired on).
        const allOf = results.map((rs) => {
            const r = rs.find((x) => seriesKeyOf(x.dimensions) === key && x.met) ?? rs.find((x) => x.met) ?? rs[0];
            const c = r?.criterion;
            return {
                metricName: c?.metricName,
                metricNamespace: c?.metricNamespace ?? this.namespaceOf(rule.scope),
                operator: c?.operator,
                threshold: String(c?.threshold),
                timeAggregation: c?.timeAggregation,
                dimensions: Object.entries(r?.dimensions ?? {}).map(([name, value]) => ({ name, value })),
                metricValue: r?.value ?? null,
            };
        });
        const context = {
            conditionType: 'SingleResourceMultipleMetricCriteria',
            condition: {
                windowSize: formatDuration(rule.windowMs),
                allOf,
                windowStartTime: isoSeconds(atMs - rule.windowMs),
                windowEndTime: isoSeconds(atMs),
            },
        };
        return {
            ruleId: rule.id,
            ruleName: rule.name,
            target: rule.scope,
            severity: `Sev${rule.severity}`,
            description: rule.description,
            startMs: atMs,
            dimensions,
            context,
        };
    }
    namespaceOf(scope) {
        const target = this.emu.state.get(scope);
        return target ? (0,metric_catalog/* metricsOf */.Ps)(target.type)?.namespace : undefined;
    }
}

;// CONCATENATED MODULE: ./src/emulator/sim/app-ramp.ts

/** The rules of a `siteConfig` body (missing or malformed entries are skipped). */
function rampRulesOf(siteConfig) {
    const experiments = siteConfig?.['experiments'];
    const rules = experiments?.['rampUpRules'];
    if (!Array.isArray(rules))
        return [];
    return rules.flatMap((r) => {
        const pct = Number(r['reroutePercentage'] ?? 0);
        const host = r['actionHostName'];
        if (typeof host !== 'string' || !(pct > 0))
            return [];
        return [
            { name: String(r['name'] ?? ''), actionHostName: host.toLowerCase(), reroutePercentage: Math.min(pct, 100) },
        ];
    });
}
/** Per site: the next request's sequence number (bucket order). */
const sequence = new WeakMap();
/** The slot that answers a request addressed to `slot`: rerouted by the site's rules when it is production. */
function routedSlot(site, slot) {
    const rules = site.rampUpRules;
    if (slot.name !== PRODUCTION || rules.length === 0)
        return slot;
    const n = sequence.get(site) ?? 0;
    sequence.set(site, n + 1);
    const bucket = (n * 37) % 100;
    let upTo = 0;
    for (const rule of rules) {
        upTo += rule.reroutePercentage;
        if (bucket >= upTo)
            continue;
        const target = [...site.slots.values()].find((s) => hostOf(site, s) === rule.actionHostName);
        return target && target !== slot ? target : slot;
    }
    return slot;
}
const hostOf = (site, s) => (s.name === PRODUCTION ? `${site.name}.azurewebsites.net` : `${site.name}-${s.name}.azurewebsites.net`).toLowerCase();

;// CONCATENATED MODULE: ./src/emulator/sim/app-listener.ts


/**
 * A loopback HTTP listener for one App Service slot. Each request reads the slot's app at that
 * moment (after running due simulated work), so a swap — one reference exchange — is atomic:
 * 200 `{site, slot, content, image|package, version, startedAt}`; 404 for a path the app does not
 * serve (SiteSim.serves); 500 when the app's content is scripted unhealthy or erroring; 503 when
 * it failed to start or nothing runs. Every answer is reported to `served` (the signal model).
 */
async function openSlotListener(site, slot, beforeRequest, served) {
    const server = loopbackServer((req, res) => {
        req.resume();
        beforeRequest();
        const path = req.url ?? '/';
        const request = { method: req.method ?? 'GET', path, host: req.headers.host ?? '' };
        const { status, body } = serveSlot(site, slot, request, site.now(), false, served);
        const payload = JSON.stringify({ ...body, path });
        res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
        res.end(payload);
    });
    const url = `http://127.0.0.1:${await listenOnLoopback(server)}`;
    return { url, close: () => closeServer(server) };
}
/**
 * What the slot's app answers to one request at simulated time `atMs`, reported to `served`
 * (also used by the emulator's load generator, which sends without a socket).
 */
function serveSlot(site, slot, request, atMs, synthetic, served) {
    // Production's ramp-up rules may send the request to a slot; the answer and telemetry name that slot.
    const answering = routedSlot(site, slot);
    const app = answering.app;
    const answer = site.answer(answering, request.path);
    served?.({
        atMs,
        ...request,
        status: answer.status,
        delayMs: 0,
        backend: { kind: 'app', site, slot: answering, app },
        synthetic,
    });
    return answer;
}

;// CONCATENATED MODULE: ./src/emulator/monitor/budget.ts
/**
 * A share of real time for periodic simulated work (metric sampling, the load generator).
 *
 * Such work runs as scheduler tasks, once per simulated period, so a jump of simulated time runs
 * every step in order — full resolution, deterministic. But at a high time scale over a large world
 * (1,000 instances) one step can cost more real time than the period lasts, and the work would then
 * eat all the emulator's time. The budget refills at `share` of real time elapsed (capped): while it
 * lasts, late steps catch up one by one; once spent, the caller skips ahead to the present. The
 * sampler's steps over a test's small world cost microseconds: it never spends the budget. The load
 * generator's steps cost more (every request is answered), so it skips only when it is also more than
 * `SKIP_BACKLOG_MS` of simulated time behind: a test's jump of up to an hour is always worked through
 * step by step, however slow the machine, and what it measures does not depend on machine speed.
 */
const SKIP_BACKLOG_MS = 3600_000;
class RealTimeBudget {
    share;
    capMs;
    available;
    last = performance.now();
    constructor(share = 0.1, capMs = 250) {
        this.share = share;
        this.capMs = capMs;
        this.available = capMs;
    }
    /** Runs `work` and charges its real duration. */
    run(work) {
        this.refill();
        const started = performance.now();
        try {
            return work();
        }
        finally {
            this.available -= performance.now() - started;
        }
    }
    get exhausted() {
        this.refill();
        return this.available <= 0;
    }
    refill() {
        const now = performance.now();
        this.available = Math.min(this.capMs, this.available + (now - this.last) * this.share);
        this.last = now;
    }
}

;// CONCATENATED MODULE: ./src/emulator/monitor/load.ts


class LoadGenerators {
    emu;
    world;
    generators = new Map();
    budget = new RealTimeBudget();
    constructor(emu, 
    /** The deploy world, if one exists. */
    world) {
        this.emu = emu;
        this.world = world;
    }
    /** Starts, changes or (rate 0) stops the load on `target`. */
    set(target, requestsPerSecond, path = '/') {
        if (!(requestsPerSecond >= 0 && requestsPerSecond <= 10_000))
            throw new RangeError('requestsPerSecond must be 0..10000');
        const key = keyOf(target);
        const existing = this.generators.get(key);
        if (requestsPerSecond === 0) {
            existing?.cancel();
            this.generators.delete(key);
            return undefined;
        }
        if (existing) {
            Object.assign(existing, { requestsPerSecond, path });
            return snapshot(existing);
        }
        const g = {
            key,
            target,
            requestsPerSecond,
            path,
            sent: 0,
            answers: {},
            skippedSeconds: 0,
            carry: 0,
            cancel: () => undefined,
        };
        this.generators.set(key, g);
        const first = Math.floor(this.emu.clock.now() / 1000) * 1000 + 1000;
        g.cancel = this.emu.scheduler.at(first, () => this.tick(g, first));
        return snapshot(g);
    }
    list() {
        return [...this.generators.values()].map(snapshot);
    }
    clear() {
        const n = this.generators.size;
        for (const g of this.generators.values())
            g.cancel();
        this.generators.clear();
        return n;
    }
    tick(g, atMs) {
        if (this.generators.get(g.key) !== g)
            return;
        const total = g.carry + g.requestsPerSecond;
        const count = Math.floor(total + 1e-9);
        g.carry = total - count;
        this.budget.run(() => {
            for (let i = 0; i < count; i++)
                this.send(g, atMs - 1000 + Math.floor((i * 1000) / count));
        });
        const now = this.emu.clock.now();
        let next = atMs + 1000;
        if (now - next > SKIP_BACKLOG_MS && this.budget.exhausted) {
            const resume = Math.floor(now / 1000) * 1000;
            g.skippedSeconds += (resume - next) / 1000;
            next = resume;
        }
        g.cancel = this.emu.scheduler.at(next, () => this.tick(g, next));
    }
    send(g, atMs) {
        const world = this.world();
        let status;
        if (!world)
            status = 'no-backend';
        else if (g.target.kind === 'load-balancer') {
            status = world.traffic.sendSynthetic(g.target.loadBalancerId, g.target.frontendPort, g.path, atMs);
        }
        else {
            const site = world.sites.get(g.target.siteId.toLowerCase());
            const slot = site?.slot(g.target.slot);
            const listener = world.appListeners.get(`${g.target.siteId.toLowerCase()}|${g.target.slot.toLowerCase()}`);
            const host = listener ? new URL(listener.url).host : '127.0.0.1';
            const request = { method: 'GET', path: g.path, host };
            status = site && slot ? serveSlot(site, slot, request, atMs, true, (r) => world.served.emit(r)).status : 404;
        }
        g.sent++;
        const answer = answerClass(status);
        g.answers[answer] = (g.answers[answer] ?? 0) + 1;
    }
}
function keyOf(target) {
    return target.kind === 'load-balancer'
        ? `lb:${target.loadBalancerId.toLowerCase()}:${target.frontendPort}`
        : `app:${target.siteId.toLowerCase()}:${target.slot.toLowerCase()}`;
}
function answerClass(status) {
    if (status === 'no-backend')
        return 'noBackend';
    if (status === 0)
        return 'reset';
    return `${Math.floor(status / 100)}xx`;
}
function snapshot(g) {
    const { key, target, requestsPerSecond, path, sent, answers, skippedSeconds } = g;
    return { key, target, requestsPerSecond, path, sent, answers: { ...answers }, skippedSeconds };
}

;// CONCATENATED MODULE: ./src/emulator/monitor/time-window.ts
/**
 * A bounded, time-ordered store: the newest `capacity` items, kept sorted by `timeMs` so a time
 * range is found by binary search (alert rules and metric queries read small ranges of large
 * stores, often, during a jump of simulated time). Items arrive almost in time order — a request
 * recorded now, then the load generator's requests of the second ending now — so an insertion walks
 * back only a few places. Oldest items are dropped first.
 */
class TimeWindow {
    capacity;
    items = [];
    /** Index of the oldest kept item (dropped ones are cut off in batches). */
    start = 0;
    constructor(capacity) {
        this.capacity = capacity;
    }
    push(item) {
        let at = this.items.length;
        while (at > this.start && this.items[at - 1].timeMs > item.timeMs)
            at--;
        if (at === this.items.length)
            this.items.push(item);
        else
            this.items.splice(at, 0, item);
        if (this.size > this.capacity)
            this.start++;
        if (this.start > 1024 && this.start > this.capacity / 4) {
            this.items = this.items.slice(this.start);
            this.start = 0;
        }
    }
    get size() {
        return this.items.length - this.start;
    }
    /** Items with `fromMs <= timeMs < toMs`, oldest first. */
    range(fromMs, toMs) {
        let lo = this.start;
        let hi = this.items.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.items[mid].timeMs < fromMs)
                lo = mid + 1;
            else
                hi = mid;
        }
        const out = [];
        for (let i = lo; i < this.items.length && this.items[i].timeMs < toMs; i++)
            out.push(this.items[i]);
        return out;
    }
    clear() {
        this.items = [];
        this.start = 0;
    }
}

;// CONCATENATED MODULE: ./src/emulator/monitor/sampler.ts



const SAMPLE_SECONDS = 15;
/** A backlog longer than this (a huge jump of simulated time) is skipped, not sampled step by step. */
const MAX_BACKLOG_MS = 24 * 3600_000;
/** The most samples kept per resource and metric (a day of 15-second samples of 100 instances). */
const SAMPLE_CAPACITY = 576_000;
/** Where the emulator's load balancer frontends listen (the loopback listeners). */
const FRONTEND_IP = '127.0.0.1';
class Sampler {
    emu;
    world;
    samples = new Map();
    answered = new Map();
    budget = new RealTimeBudget();
    cancel;
    constructor(emu, 
    /** The deploy world, if one exists (the sampler never creates it). */
    world) {
        this.emu = emu;
        this.world = world;
    }
    start() {
        const period = SAMPLE_SECONDS * 1000;
        const first = Math.ceil(this.emu.clock.now() / period) * period;
        this.cancel = this.emu.scheduler.at(first, () => this.tick(first));
    }
    stop() {
        this.cancel?.();
        this.cancel = undefined;
    }
    /** Counts a request an instance answered (for its CPU model). */
    served(r) {
        if (r.backend.kind !== 'instance')
            return;
        const key = sampler_instanceKey(r.backend.scaleSet, r.backend.instance);
        this.answered.set(key, (this.answered.get(key) ?? 0) + 1);
    }
    forResource(resourceId, metric, fromMs, toMs) {
        return this.samples.get(`${resourceId.toLowerCase()}|${metric}`)?.range(fromMs, toMs) ?? [];
    }
    clear() {
        this.samples.clear();
    }
    tick(atMs) {
        this.budget.run(() => {
            this.sampleLoadBalancers(atMs);
            this.sampleScaleSets(atMs);
        });
        const period = SAMPLE_SECONDS * 1000;
        const now = this.emu.clock.now();
        // A small world never spends the budget; a huge one at a high time scale samples less often.
        const behind = this.budget.exhausted && now - atMs > 10 * period;
        const oldest = behind ? now - period : now - MAX_BACKLOG_MS;
        const next = Math.max(atMs + period, Math.floor(oldest / period) * period);
        this.cancel = this.emu.scheduler.at(next, () => this.tick(next));
    }
    sampleLoadBalancers(atMs) {
        const world = this.world();
        if (!world)
            return;
        const scaleSets = [...world.scaleSets.values()].map((e) => e.sim);
        for (const lb of this.emu.state.list('Microsoft.Network/loadBalancers', `/subscriptions/${this.emu.subscriptionId}`)) {
            const lbId = lb.id.toLowerCase();
            for (const rule of lbRulesOf(lb)) {
                const frontend = { FrontendIPAddress: FRONTEND_IP, FrontendPort: String(rule.frontendPort) };
                const inRotation = world.traffic.inRotation(lbId, rule.frontendPort);
                this.push(atMs, lbId, 'VipAvailability', frontend, inRotation ? 100 : 0);
                if (!rule.probeId || !rule.backendPoolId)
                    continue;
                for (const scaleSet of scaleSets) {
                    for (const instance of scaleSet.poolMembers(rule.backendPoolId)) {
                        const up = scaleSet.isServing(instance) && scaleSet.healthOf(instance) === 'healthy';
                        const dims = {
                            ProtocolType: 'Tcp',
                            ...frontend,
                            BackendIPAddress: backendIp(scaleSet, instance),
                            BackendPort: String(rule.backendPort),
                        };
                        this.push(atMs, lbId, 'DipAvailability', dims, up ? 100 : 0);
                    }
                }
            }
        }
    }
    sampleScaleSets(atMs) {
        for (const { sim } of this.world()?.scaleSets.values() ?? []) {
            for (const instance of sim.members()) {
                const key = sampler_instanceKey(sim, instance);
                const rps = (this.answered.get(key) ?? 0) / SAMPLE_SECONDS;
                this.answered.delete(key);
                if (instance.power !== 'running')
                    continue;
                const jitter = (Number(instance.instanceId) * 3 + Math.floor(atMs / 60_000)) % 3;
                const cpu = Math.min(100, 3 + jitter + 2 * rps);
                this.push(atMs, sim.id.toLowerCase(), 'Percentage CPU', { VMName: instance.name }, cpu);
            }
        }
    }
    push(timeMs, resourceId, metric, dims, value) {
        const key = `${resourceId}|${metric}`;
        let window = this.samples.get(key);
        if (!window)
            this.samples.set(key, (window = new TimeWindow(SAMPLE_CAPACITY)));
        window.push({ timeMs, resourceId, metric, dims, value });
    }
}
const sampler_instanceKey = (s, i) => `${s.id.toLowerCase()}|${i.instanceId}`;
const subnets = new Map();
/** A stable private address per scale set instance: 10.{scale set}.{instance id / 250}.{4 + instance id % 250}. */
function backendIp(scaleSet, instance) {
    let net = subnets.get(scaleSet.id);
    if (net === undefined) {
        let h = 0;
        for (const c of scaleSet.id.toLowerCase())
            h = (h * 31 + c.charCodeAt(0)) >>> 0;
        subnets.set(scaleSet.id, (net = (h % 200) + 1));
    }
    const n = Number(instance.instanceId);
    return `10.${net}.${Math.floor(n / 250)}.${(n % 250) + 4}`;
}

;// CONCATENATED MODULE: ./src/emulator/monitor/telemetry.ts



/** The most records kept per resource (oldest dropped first). */
const TELEMETRY_CAPACITY = 100_000;
class TelemetryStore {
    newId;
    hostNameOf;
    /** Records per resource id (lower-case), in time order. */
    byResource = new Map();
    latency = { baseMs: 20, byVersion: new Map() };
    seq = 0;
    constructor(newId, 
    /** `{site}-{slot}.azurewebsites.net` of a slot, for the request URL. */
    hostNameOf) {
        this.newId = newId;
        this.hostNameOf = hostNameOf;
    }
    record(served) {
        const record = this.toRecord(served);
        const key = record.resourceId.toLowerCase();
        let window = this.byResource.get(key);
        if (!window)
            this.byResource.set(key, (window = new TimeWindow(TELEMETRY_CAPACITY)));
        window.push(record);
        return record;
    }
    /** Records of the resource (a scale set, a web app's production slot, or a slot) in [from, to). */
    forResource(resourceId, fromMs, toMs) {
        return this.byResource.get(resourceId.toLowerCase())?.range(fromMs, toMs) ?? [];
    }
    /** Records in [from, to) of every resource `include` accepts (its id lower-case), in time order. */
    matching(include, fromMs, toMs) {
        const out = [];
        for (const [id, window] of this.byResource)
            if (include(id))
                out.push(...window.range(fromMs, toMs));
        return out.sort((a, b) => a.timeMs - b.timeMs);
    }
    get size() {
        let n = 0;
        for (const window of this.byResource.values())
            n += window.size;
        return n;
    }
    clear() {
        this.byResource.clear();
    }
    toRecord(s) {
        const common = {
            timeMs: s.atMs,
            id: this.newId(),
            method: s.method,
            path: s.path,
            status: s.status,
            success: s.status > 0 && s.status < 400,
            synthetic: s.synthetic,
        };
        const b = s.backend;
        if (b.kind === 'instance') {
            const version = versionOf(b.instance.image);
            return {
                ...common,
                resourceId: b.scaleSet.id,
                appId: b.scaleSet.id,
                kind: 'scale-set',
                loadBalancerId: b.loadBalancerId,
                frontendPort: b.frontendPort,
                roleName: b.scaleSet.name,
                roleInstance: b.instance.computerName,
                instance: b.instance.name,
                version,
                url: `http://${s.host}${s.path}`,
                durationMs: this.duration(version, s.delayMs),
            };
        }
        const slot = b.slot.name;
        const version = b.app ? (describeContent(b.app.content)['version'] ?? '') : '';
        const host = this.hostNameOf(b.site.id, slot) ?? s.host;
        return {
            ...common,
            resourceId: slot === PRODUCTION ? b.site.id : `${b.site.id}/slots/${slot}`,
            appId: b.site.id,
            kind: 'app-service',
            slot,
            roleName: b.site.name,
            roleInstance: workerName(b.site.id, slot),
            instance: workerName(b.site.id, slot),
            version,
            url: `https://${host}${s.path}`,
            durationMs: this.duration(version, s.delayMs),
        };
    }
    /** Base + scripted extra for the version + the backend's delay + a small deterministic jitter. */
    duration(version, delayMs) {
        let extra = 0;
        for (const [key, ms] of this.latency.byVersion)
            if (version.includes(key))
                extra = Math.max(extra, ms);
        const jitter = (this.seq++ * 7) % 11;
        return this.latency.baseMs + extra + delayMs + jitter;
    }
}
/**
 * The App Service worker a slot runs on, named like Azure's (`RD` + 12 hex digits): stable per
 * slot, so the `Instance` dimension and `cloud_RoleInstance` of a slot do not change on restarts.
 */
function workerName(siteId, slot) {
    let h = 2166136261;
    for (const c of `${siteId.toLowerCase()}|${slot}`)
        h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
    const h2 = Math.imul(h ^ 0x5bd1e995, 2654435761) >>> 0;
    return `RD${(h.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).slice(0, 12).toUpperCase()}`;
}

;// CONCATENATED MODULE: ./src/emulator/monitor/signals.ts








const signals_byEmulator = new WeakMap();
function signalsOf(emu) {
    let signals = signals_byEmulator.get(emu);
    if (signals)
        return signals;
    // Own seeded stream: request ids must not shift the emulator's ids.
    const random = createRandom(0x5167_4e41);
    const world = () => peekDeployWorld(emu);
    const hostNameOf = (siteId, slot) => world()?.appListeners.get(`${siteId.toLowerCase()}|${slot.toLowerCase()}`)?.hostName;
    const telemetry = new TelemetryStore(() => random.hex(16), hostNameOf);
    const sampler = new Sampler(emu, world);
    const alerts = new FiredAlerts(() => random.uuid());
    signals = {
        emu,
        telemetry,
        sampler,
        load: new LoadGenerators(emu, world),
        alerts,
        evaluator: new AlertEvaluator(emu, { telemetry, sampler, alerts }),
        random,
    };
    servedRequests(emu).add((r) => {
        telemetry.record(r);
        sampler.served(r);
    });
    sampler.start();
    signals_byEmulator.set(emu, signals);
    return signals;
}

;// CONCATENATED MODULE: ./src/emulator/monitor/metric-alerts-api.ts







/**
 * `Microsoft.Insights/metricAlerts`: MetricAlerts_CreateOrUpdate / _Update / _Get / _Delete /
 * _ListByResourceGroup / _ListBySubscription and MetricAlertsStatus_List / _ListByName
 * (specification/monitor/resource-manager/Microsoft.Insights/Insights/MetricAlertApi, 2026-01-01,
 * the api-version @azure/arm-monitor 8 sends). Writes are synchronous (200, no long-running
 * operation), as the spec's responses say. A stored rule is evaluated on the simulated clock
 * (alert-evaluator.ts); alerts it fires are served by Microsoft.AlertsManagement (alerts-api.ts).
 */
const METRIC_ALERTS_API_VERSIONS = ['2018-03-01', '2024-03-01-preview', '2026-01-01'];
const METRIC_ALERT_TYPE = 'Microsoft.Insights/metricAlerts';
const RULE = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Insights/metricAlerts/{ruleName}';
function registerMetricAlerts(router) {
    const base = { apiVersions: METRIC_ALERTS_API_VERSIONS, resourceType: METRIC_ALERT_TYPE };
    router.addAll([
        { ...base, method: 'PUT', path: RULE, operation: 'MetricAlerts_CreateOrUpdate', handler: putRule },
        { ...base, method: 'PATCH', path: RULE, operation: 'MetricAlerts_Update', handler: patchRule },
        { ...base, method: 'GET', path: RULE, operation: 'MetricAlerts_Get', handler: getRule },
        { ...base, method: 'DELETE', path: RULE, operation: 'MetricAlerts_Delete', handler: deleteRule },
        {
            ...base,
            method: 'GET',
            path: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Insights/metricAlerts',
            operation: 'MetricAlerts_ListByResourceGroup',
            handler: (req) => listRules(req, rgId(req.emu.subscriptionId, req.params['resourceGroupName'] ?? '')),
        },
        {
            ...base,
            method: 'GET',
            path: '/subscriptions/{subscriptionId}/providers/Microsoft.Insights/metricAlerts',
            operation: 'MetricAlerts_ListBySubscription',
            handler: (req) => listRules(req, `/subscriptions/${req.emu.subscriptionId}`),
        },
        { ...base, method: 'GET', path: `${RULE}/status`, operation: 'MetricAlertsStatus_List', handler: ruleStatus },
        {
            ...base,
            method: 'GET',
            path: `${RULE}/status/{statusName}`,
            operation: 'MetricAlertsStatus_ListByName',
            handler: ruleStatus,
        },
    ]);
}
/** Creates or replaces the rule `id` from a wire body (also used by worlds and the control API). */
function upsertRule(emu, id, input) {
    const rule = readRule(emu, id, input);
    const existing = emu.state.get(id);
    const properties = { ...(input['properties'] ?? {}) };
    delete properties['lastUpdatedTime'];
    delete properties['isMigrated'];
    const body = {
        id: existing?.id ?? id,
        name: existing ? existing.body['name'] : rule.name,
        type: METRIC_ALERT_TYPE,
        location: input['location'],
        tags: input['tags'] ?? {},
        properties: {
            ...properties,
            autoMitigate: rule.autoMitigate,
            actions: properties['actions'] ?? [],
            lastUpdatedTime: isoSeconds(emu.clock.now()),
            isMigrated: false,
        },
    };
    const res = emu.state.put({
        id: existing?.id ?? id,
        type: METRIC_ALERT_TYPE,
        body,
        createdAtMs: existing?.createdAtMs ?? emu.clock.now(),
        meta: existing?.meta ?? {},
    });
    signalsOf(emu).evaluator.arm(res.id);
    return res;
}
/** The rule's id in Azure's casing, whatever casing the path used (the SDK sends `resourcegroups`). */
function ruleId(req) {
    const group = rgId(req.emu.subscriptionId, req.params['resourceGroupName'] ?? '');
    return `${group}/providers/${METRIC_ALERT_TYPE}/${req.params['ruleName'] ?? ''}`;
}
function putRule(req) {
    requireResourceGroup(req);
    const id = ruleId(req);
    checkPreconditions(req, req.emu.state.get(id));
    return { status: 200, body: upsertRule(req.emu, id, req.body ?? {}).body };
}
function patchRule(req) {
    const existing = requireRule(req);
    checkPreconditions(req, existing);
    const patch = (req.body ?? {});
    const merged = mergePatch(existing.body, { tags: patch['tags'], properties: patch['properties'] });
    return { status: 200, body: upsertRule(req.emu, existing.id, merged).body };
}
function getRule(req) {
    return { status: 200, body: requireRule(req).body };
}
function deleteRule(req) {
    requireResourceGroup(req);
    const existing = req.emu.state.get(ruleId(req));
    if (!existing)
        return { status: 204 };
    signalsOf(req.emu).evaluator.disarm(existing.id);
    req.emu.state.delete(existing.id);
    return { status: 200 };
}
function listRules(req, scope) {
    if (req.params['resourceGroupName'] !== undefined)
        requireResourceGroup(req);
    else
        requireSubscription(req);
    return pagedReply(req, req.emu.state.list(METRIC_ALERT_TYPE, scope).map((r) => r.body));
}
/** MetricAlertStatusCollection: one status per time series of the last evaluation. */
function ruleStatus(req) {
    const rule = requireRule(req);
    const scope = String(rule.body['properties']['scopes']?.[0] ?? '');
    const evaluated = signalsOf(req.emu).evaluator.status(rule.id);
    const statuses = evaluated.length > 0 ? evaluated : [{ dimensions: {}, status: 'Unknown', timeMs: req.emu.clock.now() }];
    const value = statuses
        .map((s) => {
        const dimensions = { resourceId: scope, ...s.dimensions };
        const key = Object.entries(dimensions)
            .map(([k, v]) => `${k}=${v}`)
            .join(',');
        return {
            name: Buffer.from(key).toString('base64'),
            id: rule.id,
            type: `${METRIC_ALERT_TYPE}/status`,
            properties: { dimensions, status: s.status, timestamp: new Date(s.timeMs).toISOString() },
        };
    })
        .filter((s) => req.params['statusName'] === undefined || s.name === req.params['statusName']);
    return { status: 200, body: { value } };
}
function requireRule(req) {
    requireResourceGroup(req);
    const res = req.emu.state.get(ruleId(req));
    if (!res || res.type !== METRIC_ALERT_TYPE)
        throw resourceNotFound(METRIC_ALERT_TYPE, req.params['ruleName'] ?? '', req.params['resourceGroupName']);
    return res;
}

;// CONCATENATED MODULE: ./src/emulator/monitor/control.ts






function monitorControl(emu) {
    const signals = () => signalsOf(emu);
    return {
        setLoad: (target, rps, options = {}) => signals().load.set(loadTarget(emu, target), rps, options.path ?? '/'),
        load: () => signals().load.list(),
        stopLoad: () => signals().load.clear(),
        requests(resourceId, fromMs = -Infinity, toMs = Infinity) {
            const t = signals().telemetry;
            return resourceId ? t.forResource(findId(emu, resourceId), fromMs, toMs) : t.matching(() => true, fromMs, toMs);
        },
        firedAlerts: () => signals().alerts.all.map((a) => alertBody(a, true)),
        createComponent(resourceGroup, name, options = {}) {
            const id = `/subscriptions/${emu.subscriptionId}/resourceGroups/${resourceGroup}/providers/${COMPONENT_TYPE}/${name}`;
            const res = upsertComponent(emu, id, {
                location: options.location ?? locationOf(emu, resourceGroup),
                kind: 'web',
                properties: { Application_Type: 'web' },
            });
            setSources(emu, res.id, resolveSources(emu, options.sources));
            return res;
        },
        createWorkspace(resourceGroup, name, options = {}) {
            const id = `/subscriptions/${emu.subscriptionId}/resourceGroups/${resourceGroup}/providers/${WORKSPACE_TYPE}/${name}`;
            const existing = emu.state.get(id);
            const old = (existing?.body['properties'] ?? {});
            const now = new Date(emu.clock.now()).toISOString();
            const body = {
                id,
                name,
                type: WORKSPACE_TYPE,
                location: options.location ?? locationOf(emu, resourceGroup),
                tags: {},
                properties: {
                    customerId: old['customerId'] ?? emu.random.uuid(),
                    provisioningState: 'Succeeded',
                    sku: { name: 'PerGB2018' },
                    retentionInDays: 30,
                    publicNetworkAccessForIngestion: 'Enabled',
                    publicNetworkAccessForQuery: 'Enabled',
                    createdDate: old['createdDate'] ?? now,
                    modifiedDate: now,
                },
            };
            const res = emu.state.put({
                id,
                type: WORKSPACE_TYPE,
                body,
                createdAtMs: emu.clock.now(),
                meta: existing?.meta ?? {},
            });
            setSources(emu, res.id, resolveSources(emu, options.sources));
            return res;
        },
        setSources: (target, sources) => setSources(emu, findId(emu, target), resolveSources(emu, sources)),
        createAlertRule(resourceGroup, name, rule) {
            const group = `/subscriptions/${emu.subscriptionId}/resourceGroups/${resourceGroup}`;
            const id = `${group}/providers/Microsoft.Insights/metricAlerts/${name}`;
            return upsertRule(emu, id, ruleBody(emu, rule));
        },
        setLatency(version, ms) {
            const byVersion = signals().telemetry.latency.byVersion;
            if (ms > 0)
                byVersion.set(version, ms);
            else
                byVersion.delete(version);
        },
    };
}
/** A metric alert rule body (2026-01-01 wire shape) from the short form. */
function ruleBody(emu, rule) {
    const scope = findId(emu, rule.scope);
    return {
        location: 'global',
        properties: {
            description: rule.description ?? '',
            severity: rule.severity ?? 2,
            enabled: true,
            scopes: [scope],
            evaluationFrequency: rule.frequency ?? 'PT1M',
            windowSize: rule.window ?? 'PT5M',
            autoMitigate: rule.autoMitigate ?? true,
            criteria: {
                'odata.type': SINGLE_RESOURCE,
                allOf: [
                    {
                        criterionType: 'StaticThresholdCriterion',
                        name: 'Metric1',
                        metricName: rule.metric,
                        timeAggregation: rule.aggregation ?? 'Total',
                        operator: rule.operator ?? 'GreaterThan',
                        threshold: rule.threshold,
                        dimensions: Object.entries(rule.dimensions ?? {}).map(([name, values]) => ({
                            name,
                            operator: 'Include',
                            values,
                        })),
                    },
                ],
            },
            actions: [],
        },
    };
}
/** A resource id from an id or a name unique among the subscription's resources. */
function findId(emu, idOrName, type) {
    if (idOrName.startsWith('/')) {
        const res = emu.state.get(idOrName);
        if (!res)
            throw new ControlError(404, `no resource '${idOrName}'`);
        return res.id;
    }
    const matches = emu.state
        .all()
        .filter((r) => r.body['name']?.toLowerCase() === idOrName.toLowerCase())
        .filter((r) => !type || r.type.toLowerCase() === type.toLowerCase())
        .filter((r) => r.type.split('/').length === 2);
    if (matches.length === 1)
        return matches[0].id;
    if (matches.length === 0)
        throw new ControlError(404, `no resource named '${idOrName}'${type ? ` of type ${type}` : ''}`);
    throw new ControlError(400, `'${idOrName}' names ${matches.length} resources: give an id (${matches.map((m) => m.id).join(', ')})`);
}
function resolveSources(emu, sources) {
    return sources?.map((s) => findId(emu, s));
}
function loadTarget(emu, input) {
    if ('loadBalancer' in input) {
        const id = findId(emu, input.loadBalancer, 'Microsoft.Network/loadBalancers');
        const rules = lbRulesOf(emu.state.get(id));
        const port = input.port ?? rules[0]?.frontendPort;
        if (port === undefined || !rules.some((r) => r.frontendPort === port))
            throw new ControlError(400, `load balancer '${input.loadBalancer}' has no rule on port ${String(port)} ` +
                `(rules: ${rules.map((r) => r.frontendPort).join(', ') || 'none'})`);
        return { kind: 'load-balancer', loadBalancerId: id, frontendPort: port };
    }
    const siteId = findId(emu, input.site, 'Microsoft.Web/sites');
    return { kind: 'app-service', siteId, slot: (input.slot ?? 'production').toLowerCase() };
}
function locationOf(emu, resourceGroup) {
    const group = emu.state.get(`/subscriptions/${emu.subscriptionId}/resourceGroups/${resourceGroup}`);
    if (!group)
        throw new ControlError(404, `no resource group '${resourceGroup}'`);
    return String(group.body['location'] ?? 'westeurope');
}
/** A control call's problem, with the HTTP status the control API answers. */
class ControlError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}

;// CONCATENATED MODULE: ./src/emulator/monitor/control-routes.ts

const MONITOR_OPERATIONS = [
    'GET|POST|DELETE /_emulator/load',
    'GET /_emulator/alerts',
    'POST /_emulator/alert-rules',
    'POST /_emulator/latency',
    'POST /_emulator/sources',
    'GET /_emulator/telemetry?minutes=N',
];
function monitorRoutes(target) {
    const monitor = () => target().control.monitor;
    return {
        'GET load': () => ({ body: { load: monitor().load() } }),
        'POST load': (b) => {
            fields(b, ['target', 'loadBalancer', 'port', 'site', 'slot', 'requestsPerSecond', 'rps', 'path']);
            const rps = b['requestsPerSecond'] ?? b['rps'];
            if (typeof rps !== 'number' || !(rps >= 0 && rps <= 10_000))
                bad('requestsPerSecond must be a number from 0 to 10000 (0 stops the load)');
            const path = b['path'] ?? '/';
            if (typeof path !== 'string' || !path.startsWith('/'))
                bad('path must start with /');
            const status = monitor().setLoad(control_routes_loadTarget(b, target().world), rps, { path: path });
            return { body: { load: status ?? null } };
        },
        'DELETE load': () => ({ body: { stopped: monitor().stopLoad() } }),
        'GET alerts': () => ({ body: { alerts: monitor().firedAlerts() } }),
        'POST alert-rules': (b) => {
            fields(b, [
                'resourceGroup',
                'name',
                'scope',
                'metric',
                'aggregation',
                'operator',
                'threshold',
                'window',
                'frequency',
                'severity',
                'description',
                'dimensions',
                'autoMitigate',
            ]);
            const group = b['resourceGroup'] ?? target().world?.resourceGroup;
            if (!group)
                bad('resourceGroup is required (the emulator has no world to take it from)');
            for (const key of ['name', 'scope', 'metric'])
                if (typeof b[key] !== 'string' || b[key] === '')
                    bad(`${key} must be a non-empty string`);
            if (typeof b['threshold'] !== 'number')
                bad('threshold must be a number');
            const rule = monitor().createAlertRule(group, b['name'], b);
            return { status: 201, body: { id: rule.id, rule: rule.body } };
        },
        'POST latency': (b) => {
            fields(b, ['version', 'ms']);
            if (typeof b['version'] !== 'string' || b['version'] === '')
                bad('version must be a non-empty string');
            if (typeof b['ms'] !== 'number' || b['ms'] < 0)
                bad('ms must be a number >= 0 (0 removes)');
            monitor().setLatency(b['version'], b['ms']);
            return { body: { version: b['version'], ms: b['ms'] } };
        },
        'POST sources': (b) => {
            fields(b, ['resource', 'sources']);
            if (typeof b['resource'] !== 'string')
                bad('resource must name a component or workspace');
            const sources = b['sources'];
            if (sources !== undefined && (!Array.isArray(sources) || sources.some((s) => typeof s !== 'string')))
                bad('sources must be a list of resource names or ids (omit for all)');
            monitor().setSources(b['resource'], sources);
            return { body: { resource: b['resource'], sources: sources ?? 'all' } };
        },
        'GET telemetry': (_b, q) => ({ body: summary(target().control, q) }),
    };
}
/** Requests per resource and status class over the last `minutes` (default 5) of simulated time. */
function summary(control, q) {
    const minutes = Number(q.get('minutes') ?? 5);
    if (!(minutes > 0 && minutes <= 7 * 24 * 60))
        bad('minutes must be a number from 1 to 10080');
    const now = control.now().getTime();
    const from = now - minutes * 60_000;
    const byResource = {};
    for (const r of control.monitor.requests(undefined, from, now + 1)) {
        const counts = (byResource[r.resourceId] ??= { requests: 0 });
        counts['requests']++;
        const key = `${Math.floor(r.status / 100)}xx`;
        counts[key] = (counts[key] ?? 0) + 1;
        counts[`version ${r.version}`] = (counts[`version ${r.version}`] ?? 0) + 1;
    }
    return { from: new Date(from).toISOString(), to: new Date(now).toISOString(), resources: byResource };
}
/** `target` (a world target), `loadBalancer` [+ `port`], or `site` [+ `slot`]. */
function control_routes_loadTarget(b, world) {
    const str = (key) => (typeof b[key] === 'string' && b[key] !== '' ? b[key] : undefined);
    const port = b['port'];
    if (port !== undefined && (typeof port !== 'number' || !Number.isInteger(port)))
        bad('port must be a whole number');
    if (str('target')) {
        const t = Object.entries(world?.targets ?? {}).find(([n]) => n.toLowerCase() === str('target').toLowerCase())?.[1];
        if (!t)
            throw new ControlError(404, `no world target '${str('target')}' (targets: ${Object.keys(world?.targets ?? {}).join(', ') || 'none'})`);
        const site = t.inputs['app-service'];
        if (site)
            return { site, slot: str('slot') };
        const lb = t.inputs['load-balancer'] ?? `${t.inputs['scale-set']}-lb`;
        return { loadBalancer: lb, port: port };
    }
    if (str('loadBalancer'))
        return { loadBalancer: str('loadBalancer'), port: port };
    if (str('site'))
        return { site: str('site'), slot: str('slot') };
    return bad('give target (a world target), loadBalancer [port] or site [slot]');
}
function fields(b, allowed) {
    const unknown = Object.keys(b).find((k) => !allowed.includes(k));
    if (unknown)
        bad(`unknown field '${unknown}' (fields: ${allowed.join(', ')})`);
}
function bad(message) {
    throw new ControlError(400, message);
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
    'forbidden',
];
/** `status` as a shorthand for the kind that answers it. */
const STATUS_KINDS = {
    429: 'throttle',
    500: 'server-error',
    503: 'unavailable',
    409: 'conflict',
    403: 'forbidden',
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
        'GET world': () => ({ body: target().world ?? control_api_notFound('this emulator was started without --world') }),
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
        ...monitorRoutes(target),
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
            control_api_reply(res, answer.status ?? 200, answer.body);
        }
        catch (e) {
            const status = e instanceof ApiError ? e.status : (e.status ?? 500);
            control_api_reply(res, status, {
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
            ...MONITOR_OPERATIONS,
        ],
    };
}
const control_api_notFound = (message) => {
    throw new ApiError(404, message);
};
const control_api_badRequest = (message) => {
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
        control_api_notFound(`no fault '${id}' (see GET ${CONTROL_PREFIX}/faults)`);
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
        control_api_badRequest(`unknown fault field '${unknown}' (fields: ${FAULT_FIELDS.join(', ')})`);
    const byStatus = b['status'] === undefined
        ? undefined
        : (STATUS_KINDS[Number(b['status'])] ??
            control_api_badRequest(`status must be one of ${Object.keys(STATUS_KINDS).join(', ')}`));
    const kind = (b['kind'] ?? byStatus);
    if (!kind || !FAULT_KINDS.includes(kind))
        control_api_badRequest(`kind must be one of ${FAULT_KINDS.join(', ')}`);
    if (byStatus && kind !== byStatus)
        control_api_badRequest(`status ${String(b['status'])} is kind '${byStatus}', not '${kind}'`);
    const rule = { kind: kind };
    for (const key of ['id', 'method', 'path', 'operation']) {
        const v = b[key];
        if (v === undefined)
            continue;
        if (typeof v !== 'string' || v === '')
            control_api_badRequest(`${key} must be a non-empty string`);
        rule[key] = v;
    }
    if (!rule.method && !rule.path && !rule.operation)
        control_api_badRequest('a fault needs operation, method or path (or it would hit every request)');
    for (const key of ['skip', 'times', 'retryAfterSeconds', 'latencyMs']) {
        const v = b[key];
        if (v === undefined)
            continue;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
            control_api_badRequest(`${key} must be a whole number >= 0`);
        rule[key] = v;
    }
    if (b['error'] !== undefined) {
        const e = b['error'];
        if (!e || typeof e.code !== 'string' || typeof e.message !== 'string')
            control_api_badRequest('error must be { code, message } strings');
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
        control_api_badRequest('give scale and/or advanceSeconds');
    if (scale !== undefined && !(typeof scale === 'number' && scale > 0 && scale <= 1_000_000))
        control_api_badRequest('scale must be a number above 0, at most 1000000');
    if (advanceSeconds !== undefined && !(typeof advanceSeconds === 'number' && advanceSeconds >= 0))
        control_api_badRequest('advanceSeconds must be a number >= 0');
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
        control_api_badRequest('since must be a whole number >= 0');
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
        const unknown = Object.keys(b).find((k) => !['version', 'state', 'when', 'rate'].includes(k));
        if (unknown)
            control_api_badRequest(`unknown health field '${unknown}' (fields: version, state, when, rate)`);
        const version = typeof b['version'] === 'string' && /^[\w.+-]{1,64}$/.test(b['version'])
            ? b['version']
            : control_api_badRequest('version must be a version such as 2.0.0');
        const state = control_api_oneOf(b['state'] ?? 'unhealthy', 'state', ['unhealthy', 'failing', 'errors']);
        const when = control_api_oneOf(b['when'] ?? 'now', 'when', ['now', 'live']);
        if (state === 'failing' && when === 'live')
            control_api_badRequest("state 'failing' acts on boots: use when 'now'");
        const rate = b['rate'];
        if (rate !== undefined && (state !== 'errors' || typeof rate !== 'number' || !(rate > 0 && rate <= 1)))
            control_api_badRequest("rate is for state 'errors': a number above 0, at most 1");
        const rule = { id: `health-${this.next++}`, version, state, when, active: false };
        if (state === 'errors')
            rule.rate = rate ?? 1;
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
            else if (rule.state === 'errors')
                health.erroringImage(match, { rate: rule.rate });
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
function control_api_oneOf(value, field, choices) {
    return choices.includes(value) ? value : control_api_badRequest(`${field} must be one of ${choices.join(', ')}`);
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
        control_api_badRequest('the body must be JSON');
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        control_api_badRequest('the body must be a JSON object');
    return value;
}
function control_api_reply(res, status, body) {
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

;// CONCATENATED MODULE: ./src/emulator/sim/front-door-control.ts

const profileOf = (id) => {
    const m = /^(.*\/providers\/microsoft\.cdn\/profiles\/[^/]+)/i.exec(id);
    return m ? m[1] : id;
};
function frontDoorControl(emu) {
    const fd = () => deployWorld(emu).frontDoor;
    return {
        frontDoorUrl: (idOrHost) => fd().urlFor(idOrHost),
        setFrontDoorTimings: (t) => void Object.assign(fd().timings, t),
        frontDoorPropagated(resourceId) {
            emu.scheduler.runDue();
            const profileId = profileOf(resourceId);
            const model = fd().inEffect(profileId);
            return !!model && !fd().propagating(profileId) && model.endpoints.every((e) => !!fd().urlFor(e.id));
        },
        frontDoorOrigins(originGroupId) {
            emu.scheduler.runDue();
            const group = fd().inEffect(profileOf(originGroupId))?.originGroups.get(originGroupId.toLowerCase());
            return (group?.origins ?? []).map(({ name, id, weight, priority, enabled }) => ({
                name,
                id,
                weight,
                priority,
                enabled,
            }));
        },
        frontDoorRequests: () => fd().log,
    };
}

;// CONCATENATED MODULE: ./src/emulator/control.ts



function createControl(emu, log) {
    let nextFault = 1;
    const deploy = deployControl(emu);
    return {
        ...frontDoorControl(emu),
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
        monitor: monitorControl(emu),
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
/**
 * The 403 Azure answers a call the identity has no role for. Resource Manager: code
 * AuthorizationFailed, naming the client, the action and the scope ("Troubleshoot Azure RBAC",
 * learn.microsoft.com/azure/role-based-access-control/troubleshooting). The logs query API (`/v1/…`):
 * InsufficientAccessError ("Azure Monitor Log Analytics API errors",
 * learn.microsoft.com/azure/azure-monitor/logs/api/errors).
 */
function forbiddenError(method, path) {
    if (/^\/v1\//i.test(path))
        return new ArmError(403, 'InsufficientAccessError', 'The provided credentials have insufficient access to perform the requested operation');
    const client = '00000000-0000-0000-0000-0000000000c1';
    const message = `The client '${client}' with object id '${client}' does not have authorization to perform action ` +
        `'${actionOf(method, path)}' over scope '${path}' or the scope is invalid. If access was recently granted, ` +
        'please refresh your credentials.';
    return new ArmError(403, 'AuthorizationFailed', message);
}
/** The RBAC action of a call: the last provider's namespace and resource types, then read/write/delete/action. */
function actionOf(method, path) {
    const parts = path.split('/').filter(Boolean);
    const at = parts.map((p) => p.toLowerCase()).lastIndexOf('providers');
    const rest = at >= 0 ? parts.slice(at + 1) : [];
    const types = [rest[0] ?? 'Microsoft.Resources', ...rest.slice(1).filter((_, i) => i % 2 === 0)];
    const verb = { GET: 'read', HEAD: 'read', PUT: 'write', PATCH: 'write', DELETE: 'delete' }[method.toUpperCase()];
    return `${types.join('/')}/${verb ?? 'action'}`;
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
var promises_ = __webpack_require__(58500);
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
        if (await applyTransportFaults(fired, emu, res, method, path)) {
            return finishLog(entry, started, 0, 'ConnectionReset');
        }
        if (!route)
            throw methodMismatch
                ? new ArmError(405, 'MethodNotAllowed', `The requested method '${method}' is not allowed for '${path}'.`)
                : invalidResourceType(path);
        checkApiVersion(route, apiVersion);
        reply = await route.def.handler(buildRequest(req, url, method, path, apiVersion ?? '', route, rawBody, emu, fired));
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
/** Latency, reset, 429/500/503, 409 conflict, 403 forbidden. Returns true when the connection was dropped. */
async function applyTransportFaults(fired, emu, res, method, path) {
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
        if (f.kind === 'forbidden')
            throw forbiddenError(method, path);
    }
    return false;
}
function checkApiVersion(route, apiVersion) {
    const allowed = route.def.apiVersions;
    if (allowed === 'none')
        return;
    if (!apiVersion)
        throw missingApiVersion();
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
            throw badRequest('InvalidRequestContent', 'The request content must be a JSON object.');
        }
        return parsed;
    }
    catch (e) {
        if (e instanceof ArmError)
            throw e;
        throw badRequest('InvalidRequestContent', `The request content was invalid and could not be deserialized: '${e.message}'.`);
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
        throw badRequest('InvalidParameter', 'Update/Upgrade of image templates is currently not supported. Please change the name of the template you are submitting.');
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
const resources_GROUP = '/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}';
/** Simulated seconds a resource group deletion takes (it deletes everything inside). */
const DELETE_SECONDS = 60;
const resourcesProvider = {
    name: 'Microsoft.Resources',
    register(router) {
        const common = { apiVersions: RESOURCES_API_VERSIONS, resourceType: TYPE };
        router.addAll([
            { ...common, method: 'PUT', path: resources_GROUP, operation: 'ResourceGroups_CreateOrUpdate', handler: createOrUpdate },
            { ...common, method: 'PATCH', path: resources_GROUP, operation: 'ResourceGroups_Update', handler: update },
            { ...common, method: 'GET', path: resources_GROUP, operation: 'ResourceGroups_Get', handler: resources_get },
            { ...common, method: 'HEAD', path: resources_GROUP, operation: 'ResourceGroups_CheckExistence', handler: checkExistence },
            { ...common, method: 'DELETE', path: resources_GROUP, operation: 'ResourceGroups_Delete', handler: remove },
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
        throw badRequest('InvalidResourceGroupName', `Resource group name '${name}' is invalid. It can include alphanumeric, underscore, parentheses, hyphen, period (except at end), and Unicode characters that match the allowed characters.`);
    }
    const existing = groupOf(req);
    const location = typeof req.body?.['location'] === 'string' ? normalizeLocation(req.body['location']) : undefined;
    if (!location)
        throw badRequest('LocationRequired', 'The location property is required for this definition.');
    if (existing && existing.body['location'] !== location) {
        throw badRequest('InvalidResourceGroupLocation', `Invalid resource group location '${location}'. The Resource group already exists in location '${existing.body['location']}'.`);
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
        throw badRequest('InvalidRequestContent', "The request content is missing 'properties.tags'.");
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
        throw badRequest('InvalidRequestContent', `Invalid tag patch operation '${req.body?.['operation']}'. Expected Replace, Merge or Delete.`);
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
function compute_scalesets_target_locationOf(res) {
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
    return accepted(req, res.id, compute_scalesets_target_locationOf(res), entry.sim.updateInstances(ids));
}
function reimage(req) {
    const ids = instanceIdsOf(req, false);
    const { res, entry } = requireScaleSet(req);
    return accepted(req, res.id, compute_scalesets_target_locationOf(res), entry.sim.reimage(ids));
}
function reimageVm(req) {
    const { res, entry, instance } = requireInstance(req);
    return accepted(req, res.id, compute_scalesets_target_locationOf(res), entry.sim.reimage([instance.instanceId]));
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
    return accepted(req, res.id, compute_scalesets_target_locationOf(res), startRolling(res, entry).op);
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
    return accepted(req, res.id, compute_scalesets_target_locationOf(res), stopped);
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
        throw badRequest('BadRequest', 'Rolling Upgrade mode is not supported for this Virtual Machine Scale Set because a health probe or health extension was not provided.');
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
            throw badRequest('InvalidResourceReference', `Resource ${refId} referenced by resource ${scaleSetId} was not found. Please make sure that the referenced resource exists, and that both resources are in the same region.`);
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
        location: compute_scalesets_target_locationOf(existing),
        onSuccess: () => {
            req.emu.state.delete(existing.id);
            world.scaleSets.delete(existing.id.toLowerCase());
        },
    });
    return { status: 202, headers: req.emu.lro.headers(req, op) };
}
function compute_scalesets_resolveLocation(input, existing) {
    const requested = typeof input['location'] === 'string' ? normalizeLocation(input['location']) : undefined;
    const current = existing ? compute_scalesets_target_locationOf(existing) : undefined;
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
/**
 * `SiteConfigResource` (config/web). It and `StringDictionary` below are `ProxyOnlyResource`s (id,
 * name, kind, type): no location (specification/web/resource-manager/Microsoft.Web/stable/2025-05-01,
 * WebApps.json and CommonDefinitions.json).
 */
function configView(ref) {
    return {
        id: `${ref.res.id}/config/web`,
        name: 'web',
        type: configType(ref),
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
        throw badRequest('BadRequest', "The parameter 'targetSlot' is required.", 'targetSlot');
    }
    const targetName = target.toLowerCase();
    if (!ref.site.slot(targetName))
        throw resourceNotFound(SLOT_TYPE, `${ref.siteRes.body['name']}/${targetName}`, req.params['resourceGroupName']);
    if (targetName === ref.slot.name)
        throw badRequest('BadRequest', `Cannot swap slot '${targetName}' with itself.`, 'targetSlot');
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
    syncRampUpRules(res, slot);
    if (typeof siteConfig['linuxFxVersion'] === 'string')
        slot.linuxFxVersion = siteConfig['linuxFxVersion'];
    const pairs = siteConfig['appSettings'];
    if (Array.isArray(pairs)) {
        slot.appSettings = Object.fromEntries(pairs.map((p) => [String(p['name']), String(p['value'] ?? '')]));
    }
}
/**
 * Production's `experiments.rampUpRules` route its traffic (sim/app-ramp.ts). They belong to the
 * site's config resource, not to the app a slot runs, so a swap leaves them where they are and a
 * slot's own rules route nothing. A config PUT without `experiments` clears them (PUT replaces the
 * SiteConfig); a PATCH without it keeps them.
 */
function syncRampUpRules(res, slot) {
    if (slot.name === PRODUCTION)
        slot.site.rampUpRules = rampRulesOf(res.meta['siteConfig']);
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
    const listener = await openSlotListener(site, slot, () => emu.scheduler.runDue(), (r) => world.served.emit(r));
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
            syncRampUpRules(res, slot);
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
    throw badRequest('InvalidFilterInQueryString', `Invalid $filter '${f}' specified in the query string.`);
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

;// CONCATENATED MODULE: ./src/emulator/monitor/alerts-api.ts




/**
 * Fired alerts: `GET {scope}/providers/Microsoft.AlertsManagement/alerts` (Alerts_GetAll),
 * `…/alerts/{alertId}` (Alerts_GetById) and `…/alerts/{alertId}/changestate` (Alerts_ChangeState),
 * as specified in specification/alertsmanagement/resource-manager/Microsoft.AlertsManagement/
 * AlertsManagement/stable/2019-03-01/AlertsManagement.json — the newest stable api-version
 * (2018-05-05 answers the same shape). Scope: the subscription, a resource group or a resource.
 *
 * Filters as the spec lists them: targetResource, targetResourceType, targetResourceGroup,
 * monitorService, monitorCondition, severity, alertState, alertRule (the rule's id), smartGroupId;
 * timeRange (1h, 1d, 7d, 30d; default 1d) or customTimeRange (`start/end`, not both). The spec does
 * not say which time the range applies to: here an alert is in range when it was active (Fired)
 * at some moment of it. Paging: `pageCount` (1..250, default 25) per page, `nextLink`.
 */
const ALERTS_API_VERSIONS = ['2018-05-05', '2019-03-01'];
const TIME_RANGES = {
    '1h': 3600_000,
    '1d': 86_400_000,
    '7d': 7 * 86_400_000,
    '30d': 30 * 86_400_000,
};
const ENUMS = {
    monitorService: [
        'Application Insights',
        'ActivityLog Administrative',
        'ActivityLog Security',
        'ActivityLog Recommendation',
        'ActivityLog Policy',
        'ActivityLog Autoscale',
        'Log Analytics',
        'Nagios',
        'Platform',
        'SCOM',
        'ServiceHealth',
        'SmartDetector',
        'VM Insights',
        'Zabbix',
        'Resource Health',
    ],
    monitorCondition: ['Fired', 'Resolved'],
    severity: ['Sev0', 'Sev1', 'Sev2', 'Sev3', 'Sev4'],
    alertState: ['New', 'Acknowledged', 'Closed'],
};
function registerAlertsApi(router) {
    const base = { apiVersions: ALERTS_API_VERSIONS, resourceType: 'Microsoft.AlertsManagement/alerts' };
    router.addAll([
        {
            ...base,
            method: 'GET',
            path: '/{*scope}/providers/Microsoft.AlertsManagement/alerts',
            operation: 'Alerts_GetAll',
            handler: listAlerts,
        },
        {
            ...base,
            method: 'GET',
            path: '/{*scope}/providers/Microsoft.AlertsManagement/alerts/{alertId}',
            operation: 'Alerts_GetById',
            handler: (req) => ({ status: 200, body: alertBody(requireAlert(req), true) }),
        },
        {
            ...base,
            method: 'POST',
            path: '/{*scope}/providers/Microsoft.AlertsManagement/alerts/{alertId}/changestate',
            operation: 'Alerts_ChangeState',
            handler: changeState,
        },
    ]);
}
function listAlerts(req) {
    const scope = scopeOf(req);
    const q = req.query;
    for (const [name, values] of Object.entries(ENUMS)) {
        const v = q.get(name);
        if (v !== null && !values.includes(v))
            throw badRequest('BadRequest', `Invalid value '${v}' for '${name}'. Allowed values: ${values.join(', ')}.`);
    }
    const range = rangeOf(req);
    const eq = (a, b) => b === null || a.toLowerCase() === b.toLowerCase();
    const alerts = signalsOf(req.emu).alerts.all.filter((a) => {
        const body = alertBody(a, false);
        const e = body['properties'].essentials;
        return (inScope(a, scope) &&
            eq(e.targetResource, q.get('targetResource')) &&
            (q.get('targetResourceType') === null || typeMatches(a, q.get('targetResourceType'))) &&
            eq(e.targetResourceGroup, q.get('targetResourceGroup')) &&
            eq(e.monitorService, q.get('monitorService')) &&
            eq(a.monitorCondition, q.get('monitorCondition')) &&
            eq(a.severity, q.get('severity')) &&
            eq(a.alertState, q.get('alertState')) &&
            eq(a.ruleId, q.get('alertRule')) &&
            q.get('smartGroupId') === null &&
            activeDuring(a, range));
    });
    const sorted = sortAlerts(alerts, q.get('sortBy') ?? 'lastModifiedDateTime', q.get('sortOrder'));
    return page(req, sorted.map((a) => alertBody(a, q.get('includeContext') === 'true')));
}
function scopeOf(req) {
    const scope = `/${req.params['scope'] ?? ''}`.replace(/\/+$/, '');
    const sub = /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1];
    if (!sub || sub.toLowerCase() !== req.emu.subscriptionId.toLowerCase())
        throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${sub ?? ''}' could not be found.`);
    return scope.toLowerCase();
}
function inScope(a, scope) {
    const target = a.target.toLowerCase();
    return target === scope || target.startsWith(`${scope}/`);
}
/** `targetResourceType` as the full type (`Microsoft.Web/sites`) or its last segment (`sites`). */
function typeMatches(a, wanted) {
    const parts = a.target.toLowerCase().split('/');
    const p = parts.lastIndexOf('providers');
    const types = parts.slice(p + 2).filter((_, i) => i % 2 === 0);
    const full = [parts[p + 1], ...types].join('/');
    const w = wanted.toLowerCase();
    return w === full || w === types.at(-1);
}
function rangeOf(req) {
    const now = req.emu.clock.now();
    const custom = req.query.get('customTimeRange');
    const named = req.query.get('timeRange');
    if (custom !== null && named !== null)
        throw badRequest('BadRequest', 'Either timeRange or customTimeRange could be used but not both.');
    if (custom !== null) {
        const range = parseTimespan(custom, now);
        if (!range || !custom.includes('/'))
            throw badRequest('BadRequest', `Invalid customTimeRange '${custom}': expected <start-time>/<end-time> in ISO 8601.`);
        return range;
    }
    const span = TIME_RANGES[named ?? '1d'];
    if (span === undefined)
        throw badRequest('BadRequest', `Invalid value '${named}' for 'timeRange'. Allowed values: ${Object.keys(TIME_RANGES).join(', ')}.`);
    return { startMs: now - span, endMs: now };
}
function activeDuring(a, range) {
    return a.startMs <= range.endMs && (a.resolvedMs === undefined || a.resolvedMs >= range.startMs);
}
function sortAlerts(alerts, by, order) {
    const times = {
        startDateTime: (a) => a.startMs,
        lastModifiedDateTime: (a) => a.lastModifiedMs,
    };
    const texts = {
        name: (a) => a.ruleName,
        severity: (a) => a.severity,
        alertState: (a) => a.alertState,
        monitorCondition: (a) => a.monitorCondition,
        targetResource: (a) => a.target.toLowerCase(),
        targetResourceName: (a) => a.target.split('/').at(-1) ?? '',
        targetResourceGroup: (a) => a.target.toLowerCase(),
        targetResourceType: (a) => a.target.toLowerCase(),
    };
    const time = times[by];
    const text = texts[by];
    if (!time && !text)
        throw badRequest('BadRequest', `Invalid value '${by}' for 'sortBy'.`);
    const desc = order === null ? Boolean(time) : order === 'desc';
    const sorted = [...alerts].sort((x, y) => (time ? time(x) - time(y) : text(x).localeCompare(text(y))));
    return desc ? sorted.reverse() : sorted;
}
function page(req, items) {
    const pageCount = Number(req.query.get('pageCount') ?? 25);
    if (!Number.isInteger(pageCount) || pageCount < 1 || pageCount > 250)
        throw badRequest('BadRequest', 'pageCount must be between 1 and 250.');
    const start = Math.max(0, Number.parseInt(req.query.get('$skiptoken') ?? '0', 10) || 0);
    const end = Math.min(items.length, start + pageCount);
    const body = { value: items.slice(start, end) };
    if (end < items.length) {
        const next = new URL(req.url.toString());
        next.searchParams.set('$skiptoken', String(end));
        body.nextLink = next.toString();
    }
    return { status: 200, body };
}
function requireAlert(req) {
    scopeOf(req);
    const alert = signalsOf(req.emu).alerts.find(req.params['alertId'] ?? '');
    if (!alert)
        throw new ArmError(404, 'ResourceNotFound', `The alert '${req.params['alertId'] ?? ''}' was not found.`);
    return alert;
}
function changeState(req) {
    const alert = requireAlert(req);
    const state = req.query.get('newState');
    if (!state || !ENUMS['alertState'].includes(state))
        throw badRequest('BadRequest', `Invalid value '${state ?? ''}' for 'newState'. Allowed values: New, Acknowledged, Closed.`);
    alert.alertState = state;
    alert.lastModifiedMs = req.emu.clock.now();
    return { status: 200, body: alertBody(alert, true) };
}

// EXTERNAL MODULE: ./src/emulator/monitor/kql/types.ts
var types = __webpack_require__(80300);
;// CONCATENATED MODULE: ./src/emulator/monitor/log-tables.ts

const log_tables_iso = (ms) => new Date(ms).toISOString();
const log_tables_name = (r) => `${r.method} ${r.path.split(/[?#]/)[0] || '/'}`;
const log_tables_props = (r) => ({ AzureResourceId: r.resourceId, ...(r.slot ? { Slot: r.slot } : {}) });
const empty = () => '';
const REQUESTS = [
    ['timestamp', 'datetime', (r) => log_tables_iso(r.timeMs)],
    ['id', 'string', (r) => r.id],
    ['source', 'string', empty],
    ['name', 'string', log_tables_name],
    ['url', 'string', (r) => r.url],
    ['success', 'bool', (r) => r.success],
    ['resultCode', 'string', (r) => String(r.status)],
    ['duration', 'real', (r) => r.durationMs],
    ['performanceBucket', 'string', (r) => (0,metric_catalog/* performanceBucket */.tB)(r.durationMs)],
    ['itemType', 'string', () => 'request'],
    ['customDimensions', 'dynamic', log_tables_props],
    ['customMeasurements', 'dynamic', () => ({})],
    ['operation_Name', 'string', log_tables_name],
    ['operation_Id', 'string', (r) => r.id.padEnd(32, '0')],
    ['operation_ParentId', 'string', (r) => r.id],
    ['operation_SyntheticSource', 'string', (r) => (r.synthetic ? 'Emulator load generator' : '')],
    ['session_Id', 'string', empty],
    ['user_Id', 'string', empty],
    ['user_AuthenticatedId', 'string', empty],
    ['user_AccountId', 'string', empty],
    ['application_Version', 'string', (r) => r.version],
    ['client_Type', 'string', () => 'PC'],
    ['client_Model', 'string', empty],
    ['client_OS', 'string', empty],
    ['client_IP', 'string', () => '0.0.0.0'],
    ['client_City', 'string', empty],
    ['client_StateOrProvince', 'string', empty],
    ['client_CountryOrRegion', 'string', empty],
    ['client_Browser', 'string', empty],
    ['cloud_RoleName', 'string', (r) => r.roleName],
    ['cloud_RoleInstance', 'string', (r) => r.roleInstance],
    ['appId', 'string', (_r, c) => c.appId],
    ['appName', 'string', (_r, c) => c.resourceId.split('/').at(-1) ?? ''],
    ['iKey', 'string', (_r, c) => c.instrumentationKey],
    ['sdkVersion', 'string', () => 'emulator:1.0'],
    ['itemId', 'string', (r) => r.id],
    ['itemCount', 'int', () => 1],
    ['_ResourceId', 'string', (_r, c) => c.resourceId.toLowerCase()],
];
const APP_REQUESTS = [
    ['TenantId', 'string', (_r, c) => c.tenantId],
    ['TimeGenerated', 'datetime', (r) => log_tables_iso(r.timeMs)],
    ['Id', 'string', (r) => r.id],
    ['Source', 'string', empty],
    ['Name', 'string', log_tables_name],
    ['Url', 'string', (r) => r.url],
    ['Success', 'bool', (r) => r.success],
    ['ResultCode', 'string', (r) => String(r.status)],
    ['DurationMs', 'real', (r) => r.durationMs],
    ['PerformanceBucket', 'string', (r) => (0,metric_catalog/* performanceBucket */.tB)(r.durationMs)],
    ['Properties', 'dynamic', log_tables_props],
    ['Measurements', 'dynamic', () => ({})],
    ['OperationName', 'string', log_tables_name],
    ['OperationId', 'string', (r) => r.id.padEnd(32, '0')],
    ['ParentId', 'string', (r) => r.id],
    ['SyntheticSource', 'string', (r) => (r.synthetic ? 'Emulator load generator' : '')],
    ['SessionId', 'string', empty],
    ['UserId', 'string', empty],
    ['UserAuthenticatedId', 'string', empty],
    ['UserAccountId', 'string', empty],
    ['AppVersion', 'string', (r) => r.version],
    ['AppRoleName', 'string', (r) => r.roleName],
    ['AppRoleInstance', 'string', (r) => r.roleInstance],
    ['ClientType', 'string', () => 'PC'],
    ['ClientModel', 'string', empty],
    ['ClientOS', 'string', empty],
    ['ClientIP', 'string', () => '0.0.0.0'],
    ['ClientCity', 'string', empty],
    ['ClientStateOrProvince', 'string', empty],
    ['ClientCountryOrRegion', 'string', empty],
    ['ClientBrowser', 'string', empty],
    ['ResourceGUID', 'string', (_r, c) => c.appId],
    ['IKey', 'string', (_r, c) => c.instrumentationKey],
    ['SDKVersion', 'string', () => 'emulator:1.0'],
    ['ItemCount', 'int', () => 1],
    ['SourceSystem', 'string', () => 'Azure'],
    ['Type', 'string', () => 'AppRequests'],
    ['_ResourceId', 'string', (_r, c) => c.resourceId.toLowerCase()],
];
function table(tableName, columns, records, ctx) {
    return {
        name: tableName,
        columns: columns.map(([n, type]) => ({ name: n, type })),
        rows: records.map((r) => columns.map(([, , value]) => value(r, ctx))),
    };
}
/** The classic `requests` table of an Application Insights component. */
function requestsTable(records, ctx) {
    return table('requests', REQUESTS, records, ctx);
}
/** `AppRequests` of a Log Analytics workspace. */
function appRequestsTable(records, ctx) {
    return table('AppRequests', APP_REQUESTS, records, ctx);
}

;// CONCATENATED MODULE: ./src/emulator/monitor/logs-api.ts






const defaultEvaluate = async (query, ctx) => (await __webpack_require__.e(/* import() */ 540).then(__webpack_require__.bind(__webpack_require__, 42540))).evaluateKqlAsync(query, ctx);
function registerLogsApi(router, evaluate = defaultEvaluate) {
    const base = { apiVersions: 'none', write: false };
    const workspace = (req) => runQuery(req, evaluate, workspaceScope(req));
    const resource = (req) => runQuery(req, evaluate, resourceScope(req));
    router.addAll([
        {
            ...base,
            method: 'POST',
            path: '/v1/workspaces/{workspaceId}/query',
            operation: 'Query_Execute',
            handler: workspace,
        },
        { ...base, method: 'GET', path: '/v1/workspaces/{workspaceId}/query', operation: 'Query_Get', handler: workspace },
        { ...base, method: 'POST', path: '/v1/{*resourceId}/query', operation: 'Query_ResourceExecute', handler: resource },
        { ...base, method: 'GET', path: '/v1/{*resourceId}/query', operation: 'Query_ResourceGet', handler: resource },
    ]);
}
class QueryApiError extends Error {
    status;
    body;
    constructor(status, body) {
        super(String(body['message']));
        this.status = status;
        this.body = body;
    }
}
const apiError = (status, code, message, innererror) => ({
    status,
    body: { error: { message, code, ...(innererror ? { innererror } : {}) } },
});
function workspaceScope(req) {
    const id = req.params['workspaceId'] ?? '';
    const ws = workspaceByCustomerId(req.emu, id);
    return {
        target: ws ?? apiError(404, 'WorkspaceNotFoundError', `The workspace could not be found: '${id}'.`),
        tables: 'AppRequests',
    };
}
function resourceScope(req) {
    // queryResource sends `/v1/{+resourceId}/query` with the id's own leading slash: `/v1//subscriptions/…`.
    const id = `/${(req.params['resourceId'] ?? '').replace(/^\/+/, '')}`;
    if (!/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+\/providers\//i.test(id))
        return { target: apiError(404, 'PathNotFoundError', 'The requested path does not exist'), tables: 'AppRequests' };
    const res = req.emu.state.get(id);
    const tables = res?.type.toLowerCase() === COMPONENT_TYPE.toLowerCase() ? 'requests' : 'AppRequests';
    return { target: res ?? apiError(404, 'ResourceNotFoundError', `The resource '${id}' could not be found.`), tables };
}
async function runQuery(req, evaluate, scope) {
    if (!('id' in scope.target))
        return scope.target;
    const target = scope.target;
    const signals = signalsOf(req.emu);
    try {
        const { query, timespan } = queryOf(req);
        const now = req.emu.clock.now();
        const range = timespan === undefined ? { startMs: -Infinity, endMs: Infinity } : parseTimespan(timespan, now);
        if (!range)
            throw invalidBody('InvalidTimespan', `The timespan '${timespan}' is not an ISO 8601 interval or duration.`);
        const table = tableFor(signals, target, scope.tables, range);
        const result = await evaluate(query, { tables: new Map([[table.name, table]]), now });
        return { status: 200, body: { tables: [wire(result)] } };
    }
    catch (e) {
        if (e instanceof QueryApiError)
            return { status: e.status, body: e.body };
        if (e instanceof types/* KqlError */.B || e?.name === 'KqlError')
            return queryRejected(e, signals.random.uuid());
        throw e;
    }
}
function queryOf(req) {
    const body = (req.method === 'GET' ? Object.fromEntries(req.query) : (req.body ?? {}));
    if (typeof body['query'] !== 'string' || body['query'].trim() === '')
        throw invalidBody('MissingQuery', "The request body must have a 'query' string.");
    const timespan = body['timespan'];
    if (timespan !== undefined && typeof timespan !== 'string')
        throw invalidBody('InvalidTimespan', "'timespan' must be an ISO 8601 string.");
    return { query: body['query'], timespan };
}
/** Malformed request ("Azure Monitor Log Analytics API errors": QueryValidationError with details). */
function invalidBody(code, message) {
    const { body } = apiError(400, 'BadArgumentError', 'The request had some invalid properties', {
        code: 'QueryValidationError',
        message: 'Failed parsing the query',
        details: [{ code, message, target: null }],
    });
    return new QueryApiError(400, body);
}
function queryRejected(e, correlationId) {
    const semantic = e.code === 'SemanticError';
    const reply = apiError(400, 'BadArgumentError', 'The request had some invalid properties', {
        code: semantic ? 'SemanticError' : 'SyntaxError',
        message: semantic ? 'A semantic error occurred.' : 'A recognition error occurred in the query.',
        innererror: { code: semantic ? 'SEM0100' : 'SYN0002', message: e.message },
    });
    reply.body.error['correlationId'] = correlationId;
    return reply;
}
function tableFor(signals, target, tables, range) {
    const type = target.type.toLowerCase();
    const holder = type === COMPONENT_TYPE.toLowerCase() || type === WORKSPACE_TYPE.toLowerCase();
    const include = holder ? sourcesOf(target) : (id) => id === target.id.toLowerCase();
    const records = signals.telemetry.matching(include, range.startMs, range.endMs);
    const props = (target.body['properties'] ?? {});
    const ctx = {
        resourceId: target.id,
        appId: String(props['AppId'] ?? props['customerId'] ?? ''),
        instrumentationKey: String(props['InstrumentationKey'] ?? ''),
        tenantId: String(props['customerId'] ?? props['TenantId'] ?? ''),
    };
    return tables === 'requests' ? requestsTable(records, ctx) : appRequestsTable(records, ctx);
}
/** The wire form of a result: timespan cells (ms inside the evaluator) as `d.hh:mm:ss.fffffff`, dynamic as JSON text. */
function wire(table) {
    return {
        name: table.name,
        columns: table.columns.map((c) => ({ name: c.name, type: c.type })),
        rows: table.rows.map((row) => row.map((cell, i) => {
            const type = table.columns[i]?.type;
            if (cell === null || cell === undefined)
                return null;
            if (type === 'timespan' && typeof cell === 'number')
                return timespanText(cell);
            if (type === 'dynamic')
                return JSON.stringify(cell);
            return cell;
        })),
    };
}
function timespanText(ms) {
    const sign = ms < 0 ? '-' : '';
    const ticks = Math.round(Math.abs(ms) * 10_000);
    const days = Math.floor(ticks / 864_000_000_000);
    const rest = ticks % 864_000_000_000;
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    const h = Math.floor(rest / 36_000_000_000);
    const m = Math.floor((rest % 36_000_000_000) / 600_000_000);
    const s = Math.floor((rest % 600_000_000) / 10_000_000);
    const frac = rest % 10_000_000;
    return `${sign}${days ? `${days}.` : ''}${pad(h)}:${pad(m)}:${pad(s)}${frac ? `.${pad(frac, 7)}` : ''}`;
}

;// CONCATENATED MODULE: ./src/emulator/monitor/metrics-api.ts







/**
 * `GET {resourceUri}/providers/Microsoft.Insights/metrics` (Metrics_List) and
 * `…/metricDefinitions` (MetricDefinitions_List), as specified in
 * specification/monitor/resource-manager/Microsoft.Insights/Insights/stable/2024-02-01/metrics_API.json
 * and metricDefinitions_API.json (the api-version @azure/arm-monitor 8 sends).
 *
 * Errors of the metrics service are not wrapped in `error` (ErrorContract / observed answers):
 * an unknown metric name answers 400 `{"code":"BadRequest","message":"Failed to find metric
 * configuration for provider: …, resource Type: …, metric: …, Valid metrics: …"}` (Azure/azure-sdk-for-net#29584,
 * Azure/azure-libraries-for-java#688); a dimension the metric lacks "Metric: … does not support
 * requested dimension combination: …, supported ones are: …" (tomkerkhove/promitor#2084); a time
 * grain it lacks "Invalid time grain duration: PT3M, supported ones are: 00:01:00,…"
 * (Azure/azure-libraries-for-net#495).
 */
const METRICS_API_VERSIONS = ['2018-01-01', '2019-07-01', '2021-05-01', '2023-10-01', '2024-02-01'];
/** Without `timespan`, the last hour (a model choice: the spec gives no default). */
const DEFAULT_TIMESPAN_MS = 3600_000;
function registerMetricsApi(router) {
    const base = { apiVersions: METRICS_API_VERSIONS, resourceType: 'Microsoft.Insights/metrics', write: false };
    router.add({
        ...base,
        method: 'GET',
        path: '/{*resourceUri}/providers/Microsoft.Insights/metrics',
        operation: 'Metrics_List',
        handler: flatErrors(listMetrics),
    });
    router.add({
        ...base,
        resourceType: 'Microsoft.Insights/metricDefinitions',
        method: 'GET',
        path: '/{*resourceUri}/providers/Microsoft.Insights/metricDefinitions',
        operation: 'MetricDefinitions_List',
        handler: flatErrors(listDefinitions),
    });
}
/** An error of the metrics service itself: answered `{ code, message }`, without the ARM envelope. */
class MetricsError extends Error {
    code;
    status;
    constructor(message, code = 'BadRequest', status = 400) {
        super(message);
        this.code = code;
        this.status = status;
    }
}
function flatErrors(handler) {
    return (req) => {
        try {
            return handler(req);
        }
        catch (e) {
            if (e instanceof MetricsError)
                return { status: e.status, body: { code: e.code, message: e.message } };
            throw e;
        }
    };
}
function listMetrics(req) {
    const { resource, catalog } = metrics_api_target(req);
    const q = req.query;
    checkNamespace(q.get('metricnamespace'), catalog, resource);
    const defs = metricNamesOf(q.get('metricnames'), catalog, resource);
    const now = req.emu.clock.now();
    const range = timespanOf(q.get('timespan'), now);
    const grain = grainOf(q.get('interval'), q.get('AutoAdjustTimegrain') === 'true');
    const aggregations = aggregationsOf(q.get('aggregation'));
    const conditions = filterOf(q.get('$filter'));
    const validate = q.get('ValidateDimensions') !== 'false';
    const rollUpBy = (q.get('rollupby') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    const metadataOnly = (q.get('resultType') ?? '').toLowerCase() === 'metadata';
    const limit = topOf(q.get('top'), conditions.length > 0);
    const order = orderOf(q.get('orderby'));
    const signals = signalsOf(req.emu);
    let cost = 0;
    const value = defs.map((def) => {
        const own = dimensionsFor(def, conditions, validate);
        const inputs = metricInputs(signals, resource, range.startMs, range.endMs);
        let series = computeSeries(def, def.observe(inputs), { range, grain, conditions: own, rollUpBy });
        series = ordered(series, order ?? { aggregation: aggregations?.[0] ?? def.primaryAggregation, desc: true }, limit);
        cost += series.reduce((n, s) => n + s.points.length, 0);
        return metricBody(resource, def, series, aggregations ?? [def.primaryAggregation], metadataOnly);
    });
    return {
        status: 200,
        body: {
            cost,
            timespan: `${isoSeconds(range.startMs)}/${isoSeconds(range.endMs)}`,
            ...(metadataOnly
                ? {}
                : { interval: grain === 'FULL' ? formatDuration(range.endMs - range.startMs) : formatDuration(grain) }),
            namespace: catalog.namespace.toLowerCase(),
            resourceregion: String(resource.body['location'] ?? ''),
            value,
        },
    };
}
function listDefinitions(req) {
    const { resource, catalog } = metrics_api_target(req);
    checkNamespace(req.query.get('metricnamespace'), catalog, resource);
    const value = catalog.metrics.map((def) => ({
        id: `${resource.id}/providers/microsoft.insights/metricdefinitions/${def.name}`,
        resourceId: resource.id,
        namespace: catalog.namespace,
        name: { value: def.name, localizedValue: def.displayName },
        displayDescription: def.description,
        category: def.counter ? 'Traffic' : 'Availability',
        metricClass: def.counter ? 'Transactions' : 'Availability',
        unit: def.unit,
        primaryAggregationType: def.primaryAggregation,
        supportedAggregationTypes: [...metric_catalog/* AGGREGATIONS */.uZ],
        metricAvailabilities: metric_catalog/* TIME_GRAINS_MS */.u3.map((g) => ({ timeGrain: formatDuration(g), retention: 'P93D' })),
        isDimensionRequired: false,
        dimensions: def.dimensions.map((d) => ({ value: d, localizedValue: d })),
    }));
    return { status: 200, body: { value } };
}
/** The resource (404 from Resource Manager when absent) and its metrics. */
function metrics_api_target(req) {
    const id = `/${req.params['resourceUri'] ?? ''}`.replace(/\/+$/, '');
    const sub = /^\/subscriptions\/([^/]+)/i.exec(id)?.[1];
    if (sub && sub.toLowerCase() !== req.emu.subscriptionId.toLowerCase())
        throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${sub}' could not be found.`);
    const resource = req.emu.state.get(id);
    const { provider, type, name, group } = parseId(id);
    if (!resource)
        throw resourceNotFound(`${provider}/${type}`, name, group);
    const catalog = (0,metric_catalog/* metricsOf */.Ps)(resource.type) ?? { namespace: resource.type, metrics: [] };
    return { resource, catalog };
}
function parseId(id) {
    const parts = id.split('/').filter(Boolean);
    const p = parts.map((x) => x.toLowerCase()).lastIndexOf('providers');
    const group = parts[parts.map((x) => x.toLowerCase()).indexOf('resourcegroups') + 1];
    const rest = p >= 0 ? parts.slice(p + 1) : [];
    const types = rest.slice(1).filter((_, i) => i % 2 === 0);
    return { provider: rest[0] ?? '', type: types.join('/'), name: parts.at(-1) ?? '', group };
}
function checkNamespace(namespace, catalog, resource) {
    if (namespace === null || namespace.toLowerCase() === catalog.namespace.toLowerCase())
        return;
    // Chosen wording: the namespace of a resource's platform metrics is its type.
    throw new MetricsError(`Metric namespace '${namespace}' is not valid for resource '${resource.id}'. Valid metric namespaces: ${catalog.namespace}`);
}
function metricNamesOf(names, catalog, resource) {
    const wanted = (names ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean);
    if (wanted.length === 0)
        return catalog.metrics.slice(0, 1);
    if (wanted.length > 20)
        throw new MetricsError('The number of metric names cannot exceed 20.');
    return wanted.map((name) => {
        const def = catalog.metrics.find((m) => m.name.toLowerCase() === name.toLowerCase());
        if (def)
            return def;
        const { provider, type } = parseId(resource.id);
        throw new MetricsError(`Failed to find metric configuration for provider: ${provider}, resource Type: ${type}, metric: ${name}, ` +
            `Valid metrics: ${catalog.metrics.map((m) => m.name).join(',')}`);
    });
}
function timespanOf(text, now) {
    if (text === null)
        return { startMs: now - DEFAULT_TIMESPAN_MS, endMs: now };
    const range = parseTimespan(text, now);
    if (!range)
        throw new MetricsError(`Invalid timespan '${text}': expected 'startDateTime_ISO/endDateTime_ISO'.`);
    return range;
}
function grainOf(text, autoAdjust) {
    if (text === null)
        return 60_000;
    if (text.toUpperCase() === 'FULL')
        return 'FULL';
    const ms = durationMs(text);
    if (ms !== undefined && metric_catalog/* TIME_GRAINS_MS */.u3.includes(ms))
        return ms;
    if (ms !== undefined && autoAdjust) {
        return metric_catalog/* TIME_GRAINS_MS */.u3.reduce((best, g) => (Math.abs(g - ms) < Math.abs(best - ms) ? g : best));
    }
    throw new MetricsError(`Invalid time grain duration: ${text}, supported ones are: ${metric_catalog/* TIME_GRAINS_MS */.u3.map(formatTimeSpan).join(',')}`);
}
function aggregationsOf(text) {
    if (text === null || text.trim() === '')
        return undefined;
    return text.split(',').map((raw) => {
        const a = metric_catalog/* AGGREGATIONS */.uZ.find((x) => x.toLowerCase() === raw.trim().toLowerCase());
        if (!a)
            throw new MetricsError(`Invalid aggregation type '${raw.trim()}'. Valid values: ${metric_catalog/* AGGREGATIONS */.uZ.join(', ')}`);
        return a;
    });
}
function filterOf(text) {
    if (text === null || text.trim() === '')
        return [];
    try {
        return parseMetricFilter(text);
    }
    catch (e) {
        if (e instanceof FilterError)
            throw new MetricsError(`Invalid $filter: ${e.message}`);
        throw e;
    }
}
/**
 * The conditions with the metric's own spelling of dimension names. A dimension the metric lacks
 * fails the request (ValidateDimensions, default true) or is ignored (false).
 */
function dimensionsFor(def, conditions, validate) {
    const own = conditions.flatMap((c) => {
        const name = def.dimensions.find((d) => d.toLowerCase() === c.name.toLowerCase());
        return name ? [{ ...c, name }] : [];
    });
    if (validate && own.length < conditions.length) {
        throw new MetricsError(`Metric: ${def.name} does not support requested dimension combination: ` +
            `${conditions.map((c) => c.name.toLowerCase()).join(',')}, supported ones are: ${def.dimensions.join(',')}`);
    }
    return own;
}
function topOf(text, filtered) {
    if (text === null)
        return filtered ? 10 : undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1)
        throw new MetricsError(`Invalid top '${text}': expected a positive integer.`);
    return n;
}
function orderOf(text) {
    if (text === null || text.trim() === '')
        return undefined;
    const [rawAgg = '', dir = 'desc'] = text.trim().split(/\s+/);
    const name = rawAgg.toLowerCase() === 'sum' ? 'total' : rawAgg.toLowerCase();
    const aggregation = metric_catalog/* AGGREGATIONS */.uZ.find((a) => a.toLowerCase() === name);
    if (!aggregation || !/^(asc|desc)$/i.test(dir))
        throw new MetricsError(`Invalid orderby '${text}'.`);
    return { aggregation, desc: dir.toLowerCase() === 'desc' };
}
function ordered(series, order, limit) {
    if (series.length <= 1)
        return series;
    const value = (s) => aggregate(s.overall, order.aggregation) ?? -Infinity;
    const sorted = [...series].sort((a, b) => (order.desc ? value(b) - value(a) : value(a) - value(b)));
    return limit === undefined ? sorted : sorted.slice(0, limit);
}
function metricBody(resource, def, series, aggregations, metadataOnly) {
    return {
        id: `${resource.id}/providers/Microsoft.Insights/metrics/${def.name}`,
        type: 'Microsoft.Insights/metrics',
        name: { value: def.name, localizedValue: def.displayName },
        displayDescription: def.description,
        unit: def.unit,
        timeseries: series.map((s) => ({
            metadatavalues: s.dims.map(([d, v]) => ({
                name: { value: d.toLowerCase(), localizedValue: d.toLowerCase() },
                value: v,
            })),
            ...(metadataOnly
                ? {}
                : {
                    data: s.points.map((p) => {
                        const point = { timeStamp: isoSeconds(p.timeMs) };
                        for (const a of aggregations) {
                            const v = aggregate(p.stats, a);
                            if (v !== undefined)
                                point[a.toLowerCase()] = v;
                        }
                        return point;
                    }),
                }),
        })),
        errorCode: 'Success',
    };
}

;// CONCATENATED MODULE: ./src/emulator/monitor/provider.ts






/**
 * The emulator's signal model as Azure serves it (README "Signals"): platform metrics and metric
 * definitions, metric alert rules and the alerts they fire, Application Insights components and
 * Log Analytics workspaces, and the logs query API — all computed from the telemetry of the
 * loopback traffic (signals.ts).
 */
const monitorProvider = {
    name: 'Microsoft.Insights',
    register(router, emu) {
        signalsOf(emu);
        registerMetricsApi(router);
        registerMetricAlerts(router);
        registerAlertsApi(router);
        registerInsightsResources(router);
        registerLogsApi(router);
    },
    onRestore(emu) {
        // Reloaded rules are evaluated again from their next period (fired alerts are not persisted).
        const evaluator = signalsOf(emu).evaluator;
        for (const rule of emu.state.list(METRIC_ALERT_TYPE, `/subscriptions/${emu.subscriptionId}`))
            evaluator.arm(rule.id);
    },
};

;// CONCATENATED MODULE: ./src/emulator/arm-template/errors.ts
/**
 * A template the emulator cannot accept. `code` is the ARM error code the deployment answers with
 * (`InvalidTemplate` for the template language, `InvalidTemplateDeployment` for preflight), the
 * message names the resource / output / variable and the expression at fault.
 */
class TemplateError extends Error {
    code;
    target;
    located;
    constructor(message, code = 'InvalidTemplate', target, 
    /** True once the message names the template element and expression (wrapped once only). */
    located = false) {
        super(message);
        this.code = code;
        this.target = target;
        this.located = located;
        this.name = 'TemplateError';
    }
}
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** The ARM type name of a value, as the template language's messages spell it. */
function typeName(v) {
    if (v === undefined || v === null)
        return 'Null';
    if (Array.isArray(v))
        return 'Array';
    if (typeof v === 'string')
        return 'String';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'Integer' : 'Float';
    if (typeof v === 'boolean')
        return 'Boolean';
    return 'Object';
}

;// CONCATENATED MODULE: ./src/emulator/arm-template/expression.ts

/** What a JSON string means: a literal (with `[[` unescaped) or a parsed expression. */
function classify(text) {
    if (!text.startsWith('[') || !text.endsWith(']') || text.length < 2)
        return { literal: text };
    if (text.startsWith('[['))
        return { literal: text.slice(1) };
    return { expr: parseExpression(text.slice(1, -1), text), source: text };
}
function parseExpression(body, source) {
    const parser = new Parser(body, source);
    const expr = parser.expression();
    parser.end();
    return expr;
}
class Parser {
    text;
    source;
    pos = 0;
    constructor(text, source) {
        this.text = text;
        this.source = source;
    }
    expression() {
        this.skipSpace();
        let expr = this.primary();
        for (;;) {
            this.skipSpace();
            const c = this.text[this.pos];
            if (c === '.') {
                this.pos++;
                expr = { kind: 'property', target: expr, name: this.identifier() };
            }
            else if (c === '[') {
                this.pos++;
                const index = this.expression();
                this.expect(']');
                expr = { kind: 'index', target: expr, index };
            }
            else
                return expr;
        }
    }
    end() {
        this.skipSpace();
        if (this.pos < this.text.length)
            this.fail(`unexpected '${this.text[this.pos]}' at position ${this.pos + 1}`);
    }
    primary() {
        const c = this.text[this.pos];
        if (c === "'")
            return this.string();
        if (c !== undefined && /[-0-9]/.test(c))
            return this.number();
        const name = this.identifier();
        this.skipSpace();
        if (this.text[this.pos] === '.' && /^\.\w+\s*\(/.test(this.text.slice(this.pos))) {
            this.fail(`user-defined function '${name}.${/^\.(\w+)/.exec(this.text.slice(this.pos))[1]}' is not supported`);
        }
        if (this.text[this.pos] !== '(')
            this.fail(`'${name}' must be a function call`);
        this.pos++;
        const args = [];
        this.skipSpace();
        if (this.text[this.pos] === ')') {
            this.pos++;
            return { kind: 'call', name, args };
        }
        for (;;) {
            args.push(this.expression());
            this.skipSpace();
            if (this.text[this.pos] === ',') {
                this.pos++;
                continue;
            }
            this.expect(')');
            return { kind: 'call', name, args };
        }
    }
    string() {
        let value = '';
        this.pos++;
        for (;;) {
            const end = this.text.indexOf("'", this.pos);
            if (end < 0)
                this.fail('unterminated string literal');
            value += this.text.slice(this.pos, end);
            this.pos = end + 1;
            if (this.text[this.pos] !== "'")
                return { kind: 'string', value };
            value += "'";
            this.pos++;
        }
    }
    number() {
        const m = /^-?\d+(\.\d+)?/.exec(this.text.slice(this.pos));
        if (!m)
            this.fail(`unexpected '${this.text[this.pos]}' at position ${this.pos + 1}`);
        if (m[1])
            this.fail(`'${m[0]}': only integer literals are supported`);
        this.pos += m[0].length;
        return { kind: 'number', value: Number(m[0]) };
    }
    identifier() {
        this.skipSpace();
        const m = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.pos));
        if (!m)
            this.fail(`expected a name at position ${this.pos + 1}`);
        this.pos += m[0].length;
        return m[0];
    }
    expect(c) {
        this.skipSpace();
        if (this.text[this.pos] !== c)
            this.fail(`expected '${c}' at position ${this.pos + 1}`);
        this.pos++;
    }
    skipSpace() {
        while (this.pos < this.text.length && /\s/.test(this.text[this.pos]))
            this.pos++;
    }
    fail(detail) {
        throw new TemplateError(`The language expression '${this.source}' is not valid: ${detail}.`);
    }
}

;// CONCATENATED MODULE: ./src/emulator/arm-template/unique-string.ts
/**
 * `uniqueString(...)`: ARM's 13-character deterministic hash
 * (learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-string#uniquestring).
 * The arguments are joined with '-', hashed with the 64-bit MurmurHash variant of Azure's
 * deployment engine (two 32-bit lanes over 8-byte blocks) and the top 65 bits written as 13
 * base-32 characters (a–z, 2–7). The algorithm is not published by Microsoft; this follows the
 * public reproductions and is checked against values produced by Microsoft's own
 * `Azure.Deployments.Expression` library (`uniqueString('test')` = `rbgf3xv4ufgzg`, see
 * __tests__/emulator-deployments/template-language.test.ts).
 */
const C1 = 0xab0e9789;
const C2 = 0x239b961b;
const C3 = 0x85ebca6b;
const C4 = 0xc2b2ae35;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const rotl = (x, r) => ((x << r) | (x >>> (32 - r))) >>> 0;
const mul = (a, b) => Math.imul(a, b) >>> 0;
const add = (a, b) => (a + b) >>> 0;
function mixK1(k) {
    return mul(rotl(mul(k, C2), 15), C1);
}
function mixK2(k) {
    return mul(rotl(mul(k, C1), 17), C2);
}
function fmix(x) {
    x = mul(x ^ (x >>> 16), C3);
    x = mul(x ^ (x >>> 13), C4);
    return (x ^ (x >>> 16)) >>> 0;
}
/** Little-endian word of up to 4 bytes starting at `at` (missing bytes are zero). */
function word(bytes, at, count) {
    let w = 0;
    for (let i = 0; i < count; i++)
        w |= bytes[at + i] << (8 * i);
    return w >>> 0;
}
function murmurHash64(bytes) {
    const length = bytes.length;
    let h1 = 0;
    let h2 = 0;
    let i = 0;
    for (; i + 8 <= length; i += 8) {
        h1 = add(mul(add(rotl((h1 ^ mixK1(word(bytes, i, 4))) >>> 0, 19), h2), 5), 0x561ccd1b);
        h2 = add(mul(add(rotl((h2 ^ mixK2(word(bytes, i + 4, 4))) >>> 0, 13), h1), 5), 0x0bcaa747);
    }
    const rest = length - i;
    if (rest > 0) {
        h1 = (h1 ^ mixK1(word(bytes, i, Math.min(rest, 4)))) >>> 0;
        if (rest > 4)
            h2 = (h2 ^ mixK2(word(bytes, i + 4, rest - 4))) >>> 0;
    }
    h2 = (h2 ^ length) >>> 0;
    h1 = add((h1 ^ length) >>> 0, h2);
    h2 = add(h2, h1);
    h1 = fmix(h1);
    h2 = fmix(h2);
    h1 = add(h1, h2);
    h2 = add(h2, h1);
    return (BigInt(h2) << 32n) | BigInt(h1);
}
function uniqueString(values) {
    let hash = murmurHash64(new TextEncoder().encode(values.join('-')));
    let out = '';
    for (let n = 0; n < 13; n++) {
        out += ALPHABET[Number((hash >> 59n) & 31n)];
        hash = (hash << 5n) & 0xffffffffffffffffn;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/emulator/arm-template/functions.ts


class FunctionError extends Error {
}
const fail = (detail) => {
    throw new FunctionError(detail);
};
function arity(args, min, max = min) {
    if (args.length < min || args.length > max) {
        const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
        fail(`expects ${expected} argument(s) but got ${args.length}`);
    }
}
function checked(min, a, b) {
    const [max, run] = typeof a === 'number' ? [a, b] : [min, a];
    return (args, ctx) => {
        arity(args, min, max);
        return run(args, ctx);
    };
}
function str(v, what = 'argument') {
    if (typeof v !== 'string')
        fail(`the ${what} must be a String, not ${typeName(v)}`);
    return v;
}
function functions_int(v, what = 'argument') {
    if (typeof v !== 'number' || !Number.isInteger(v))
        fail(`the ${what} must be an Integer, not ${typeName(v)}`);
    return v;
}
function bool(v, what = 'argument') {
    if (typeof v !== 'boolean')
        fail(`the ${what} must be a Boolean, not ${typeName(v)}`);
    return v;
}
/** Deep equality; strings compare case-sensitively (Bicep's `==` compiles to `equals`). */
function deepEqual(a, b) {
    if (Array.isArray(a) || Array.isArray(b)) {
        return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    }
    if (isObject(a) || isObject(b)) {
        if (!isObject(a) || !isObject(b))
            return false;
        const ka = Object.keys(a);
        return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
    }
    return a === b;
}
/** concat: strings (integers are written as decimals, as `concat('vm', copyIndex())` relies on) or arrays. */
function concat(args) {
    arity(args, 1, Infinity);
    if (args.every(Array.isArray))
        return args.flat(1);
    return args
        .map((a, i) => {
        if (typeof a === 'string')
            return a;
        if (typeof a === 'number' && Number.isInteger(a))
            return String(a);
        return fail(`argument ${i + 1} is ${typeName(a)}; all arguments must be strings/integers or all arrays`);
    })
        .join('');
}
/** format: .NET composite format with plain `{n}` items and `{{` / `}}` escapes only. */
function format(args) {
    arity(args, 1, Infinity);
    const pattern = str(args[0], 'format string');
    return pattern.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (match, item) => {
        if (match === '{{')
            return '{';
        if (match === '}}')
            return '}';
        if (!/^\d+$/.test(item ?? '')) {
            return fail(`format item '${match}' uses alignment or a format specifier, which the emulator does not evaluate`);
        }
        const v = args[Number(item) + 1];
        if (v === undefined)
            return fail(`format item '${match}' has no argument`);
        if (typeof v === 'string')
            return v;
        if (typeof v === 'number' && Number.isInteger(v))
            return String(v);
        return fail(`format argument ${Number(item)} is ${typeName(v)}; only strings and integers are formatted`);
    });
}
/**
 * resourceId([subscriptionId], [resourceGroupName], resourceType, name1, [name2]...): the first
 * argument holding a '/' is the type; one name per type segment after the namespace.
 */
function resourceId(args, ctx) {
    arity(args, 2, Infinity);
    const strings = args.map((a, i) => str(a, `argument ${i + 1}`));
    const at = strings.findIndex((s) => s.includes('/'));
    if (at < 0 || at > 2)
        return fail('no resource type (Namespace/type) among the first three arguments');
    const [sub, rg] = at === 2
        ? [strings[0], strings[1]]
        : at === 1
            ? [ctx.scope.subscriptionId, strings[0]]
            : [ctx.scope.subscriptionId, String(ctx.scope.resourceGroup['name'])];
    const type = strings[at].split('/');
    const names = strings.slice(at + 1);
    if (type.length < 2 || names.length !== type.length - 1) {
        return fail(`the type '${strings[at]}' requires ${type.length - 1} resource name(s) but ${names.length} were given`);
    }
    const pairs = names.map((n, i) => `${type[i + 1]}/${n}`).join('/');
    return `/subscriptions/${sub}/resourceGroups/${rg}/providers/${type[0]}/${pairs}`;
}
function lengthOf(args) {
    arity(args, 1);
    const v = args[0];
    if (typeof v === 'string' || Array.isArray(v))
        return v.length;
    if (isObject(v))
        return Object.keys(v).length;
    return fail(`the argument must be a String, Array or Object, not ${typeName(v)}`);
}
function toText(args) {
    arity(args, 1);
    const v = args[0];
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' && Number.isInteger(v))
        return String(v);
    if (Array.isArray(v) || isObject(v))
        return JSON.stringify(v);
    return fail(`converting ${typeName(v)} to a string is not evaluated by the emulator`);
}
function toInt(args) {
    arity(args, 1);
    const v = args[0];
    if (typeof v === 'number' && Number.isInteger(v))
        return v;
    if (typeof v === 'string' && /^\s*[-+]?\d+\s*$/.test(v))
        return Number.parseInt(v, 10);
    return fail(`'${JSON.stringify(v)}' cannot be converted to an Integer`);
}
function toBool(args) {
    arity(args, 1);
    const v = args[0];
    if (typeof v === 'boolean')
        return v;
    if (typeof v === 'string' && /^(true|false)$/i.test(v))
        return v.toLowerCase() === 'true';
    if (v === 0 || v === 1)
        return v === 1;
    return fail(`'${JSON.stringify(v)}' cannot be converted to a Boolean`);
}
function contains(args) {
    arity(args, 2);
    const [container, item] = args;
    if (typeof container === 'string')
        return container.includes(str(item, 'value to find'));
    if (Array.isArray(container))
        return container.some((x) => deepEqual(x, item));
    // Object keys compare case-insensitively (template-functions-object#contains).
    if (isObject(container))
        return Object.keys(container).some((k) => k.toLowerCase() === str(item).toLowerCase());
    return fail(`the container must be a String, Array or Object, not ${typeName(container)}`);
}
function ends(pick) {
    return (args) => {
        arity(args, 1);
        const v = args[0];
        if (typeof v !== 'string' && !Array.isArray(v))
            fail(`the argument must be a String or Array, not ${typeName(v)}`);
        const seq = v;
        if (seq.length === 0)
            return fail('the argument is empty');
        return pick === 'first' ? seq[0] : seq[seq.length - 1];
    };
}
function arith(op) {
    return (args) => {
        arity(args, 2);
        return op(functions_int(args[0], 'first operand'), functions_int(args[1], 'second operand'));
    };
}
function functions_compare(test) {
    return (args) => {
        arity(args, 2);
        return test(functions_int(args[0], 'first value'), functions_int(args[1], 'second value'));
    };
}
function extreme(pick) {
    return (args) => {
        arity(args, 1, Infinity);
        const list = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
        if (list.length === 0)
            return fail('no values were given');
        return pick(...list.map((v) => functions_int(v, 'value')));
    };
}
function copyIndex(args, ctx) {
    arity(args, 0, 2);
    const [a, b] = args;
    if (typeof a === 'string')
        return ctx.copyIndex(a) + (b === undefined ? 0 : functions_int(b, 'offset'));
    if (b !== undefined)
        return fail('copyIndex(loopName, offset) takes the loop name first');
    return ctx.copyIndex(undefined) + (a === undefined ? 0 : functions_int(a, 'offset'));
}
function substring(args) {
    arity(args, 2, 3);
    const s = str(args[0], 'string');
    const start = functions_int(args[1], 'startIndex');
    const length = args[2] === undefined ? s.length - start : functions_int(args[2], 'length');
    if (start < 0 || length < 0 || start + length > s.length) {
        return fail('the index and length parameters must refer to a location within the string');
    }
    return s.substring(start, start + length);
}
function split(args) {
    arity(args, 2);
    const s = str(args[0], 'string');
    const d = args[1];
    const delimiters = Array.isArray(d) ? d.map((x) => str(x, 'delimiter')) : [str(d, 'delimiter')];
    const escaped = delimiters.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return s.split(new RegExp(escaped.join('|')));
}
function createObject(args) {
    if (args.length % 2 !== 0)
        return fail('expects name/value pairs');
    const out = {};
    for (let i = 0; i < args.length; i += 2)
        out[str(args[i], 'property name')] = args[i + 1];
    return out;
}
function functions_json(args) {
    arity(args, 1);
    try {
        return JSON.parse(str(args[0]));
    }
    catch {
        return fail('the argument is not valid JSON');
    }
}
function range(args) {
    arity(args, 2);
    const start = functions_int(args[0], 'startIndex');
    const count = functions_int(args[1], 'count');
    if (count < 0 || count > 10000)
        return fail('count must be between 0 and 10000');
    return Array.from({ length: count }, (_, i) => start + i);
}
const FUNCTIONS = {
    // deployment and scope (template-functions-deployment, -scope, -resource)
    parameters: checked(1, (args, ctx) => ctx.parameter(str(args[0], 'parameter name'))),
    variables: checked(1, (args, ctx) => ctx.variable(str(args[0], 'variable name'))),
    resourcegroup: checked(0, (_args, ctx) => structuredClone(ctx.scope.resourceGroup)),
    subscription: (args, ctx) => {
        arity(args, 0);
        // Only what the emulator knows: no tenantId / displayName (a missing property is an error).
        return { id: `/subscriptions/${ctx.scope.subscriptionId}`, subscriptionId: ctx.scope.subscriptionId };
    },
    resourceid: resourceId,
    copyindex: copyIndex,
    // strings (template-functions-string)
    concat,
    format,
    tolower: checked(1, (args) => str(args[0]).toLowerCase()),
    toupper: checked(1, (args) => str(args[0]).toUpperCase()),
    uniquestring: checked(1, Infinity, (args) => uniqueString(args.map((a, i) => str(a, `argument ${i + 1}`)))),
    string: toText,
    substring,
    replace: checked(3, (args) => str(args[0]).split(str(args[1], 'oldString')).join(str(args[2], 'newString'))),
    trim: checked(1, (args) => str(args[0]).trim()),
    // startsWith / endsWith compare case-insensitively (template-functions-string#startswith).
    startswith: checked(2, (args) => str(args[0]).toLowerCase().startsWith(str(args[1]).toLowerCase())),
    endswith: checked(2, (args) => str(args[0]).toLowerCase().endsWith(str(args[1]).toLowerCase())),
    split,
    json: functions_json,
    // arrays and objects (template-functions-array, -object)
    length: lengthOf,
    empty: (args) => {
        arity(args, 1);
        const v = args[0];
        return (v === null || (typeof v === 'string' || Array.isArray(v) ? v.length === 0 : isObject(v) && !Object.keys(v).length));
    },
    contains,
    first: ends('first'),
    last: ends('last'),
    createarray: (args) => args,
    createobject: createObject,
    coalesce: checked(1, Infinity, (args) => args.find((a) => a !== null) ?? null),
    range,
    null: checked(0, () => null),
    // numbers (template-functions-numeric)
    int: toInt,
    add: arith((a, b) => a + b),
    sub: arith((a, b) => a - b),
    mul: arith((a, b) => a * b),
    div: arith((a, b) => (b === 0 ? fail('division by zero') : Math.trunc(a / b))),
    mod: arith((a, b) => (b === 0 ? fail('division by zero') : a % b)),
    min: extreme(Math.min),
    max: extreme(Math.max),
    // logic and comparison (template-functions-logical, -comparison)
    equals: checked(2, (args) => deepEqual(args[0], args[1])),
    not: checked(1, (args) => !bool(args[0])),
    and: checked(2, Infinity, (args) => args.every((a, i) => bool(a, `argument ${i + 1}`))),
    or: checked(2, Infinity, (args) => args.some((a, i) => bool(a, `argument ${i + 1}`))),
    bool: toBool,
    true: checked(0, () => true),
    false: checked(0, () => false),
    less: functions_compare((a, b) => a < b),
    lessorequals: functions_compare((a, b) => a <= b),
    greater: functions_compare((a, b) => a > b),
    greaterorequals: functions_compare((a, b) => a >= b),
};
/** Names for messages, in the casing the docs use. */
const SUPPORTED_FUNCTIONS = 'parameters, variables, resourceGroup, subscription, resourceId, copyIndex, concat, format, toLower, toUpper, ' +
    'uniqueString, string, substring, replace, trim, startsWith, endsWith, split, json, length, empty, contains, ' +
    'first, last, createArray, createObject, coalesce, range, null, int, add, sub, mul, div, mod, min, max, if, ' +
    'equals, not, and, or, bool, true, false, less, lessOrEquals, greater, greaterOrEquals';

;// CONCATENATED MODULE: ./src/emulator/arm-template/evaluate.ts



/**
 * Evaluates template JSON: every string that is an expression is replaced by its value, in
 * values and in property names (learn.microsoft.com/azure/azure-resource-manager/templates/
 * template-expressions). Errors name `ctx.where` and the expression.
 */
function evaluate(value, ctx) {
    if (typeof value === 'string')
        return evaluateString(value, ctx);
    if (Array.isArray(value))
        return value.map((v) => evaluate(v, ctx));
    if (isObject(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            const key = evaluateString(k, ctx);
            if (typeof key !== 'string')
                throw located(ctx, k, new TemplateError('a property name must evaluate to a string.'));
            out[key] = evaluate(v, ctx);
        }
        return out;
    }
    if (value === undefined)
        return null;
    return value;
}
function evaluateString(text, ctx) {
    let parsed;
    try {
        parsed = classify(text);
    }
    catch (e) {
        throw located(ctx, text, e);
    }
    if ('literal' in parsed)
        return parsed.literal;
    try {
        return evalExpr(parsed.expr, ctx);
    }
    catch (e) {
        throw located(ctx, parsed.source, e);
    }
}
/** Adds "The template <where> is not valid" and the expression to an error, once. */
function located(ctx, source, e) {
    if (!(e instanceof TemplateError) || e.located)
        return e;
    const message = `The template ${ctx.where} is not valid: ${e.message} Expression: '${source}'.`;
    return new TemplateError(message, e.code, e.target, true);
}
function evalExpr(expr, ctx) {
    switch (expr.kind) {
        case 'string':
        case 'number':
            return expr.value;
        case 'property':
            return property(evalExpr(expr.target, ctx), expr.name);
        case 'index':
            return index(evalExpr(expr.target, ctx), evalExpr(expr.index, ctx));
        case 'call':
            return call(expr.name, expr.args, ctx);
    }
}
function call(name, args, ctx) {
    const key = name.toLowerCase();
    if (key === 'if')
        return lazyIf(args, ctx);
    const fn = FUNCTIONS[key];
    if (!fn) {
        throw new TemplateError(`The template function '${name}' is not supported by the Azure emulator, which evaluates only: ` +
            `${SUPPORTED_FUNCTIONS}. Azure may accept it; the emulator refuses rather than guess its result.`);
    }
    const values = args.map((a) => evalExpr(a, ctx));
    try {
        return fn(values, ctx);
    }
    catch (e) {
        if (e instanceof FunctionError) {
            throw new TemplateError(`Unable to evaluate template language function '${name}': ${e.message}.`);
        }
        throw e;
    }
}
/** `if(condition, trueValue, falseValue)`: only the selected branch is evaluated. */
function lazyIf(args, ctx) {
    if (args.length !== 3) {
        throw new TemplateError(`Unable to evaluate template language function 'if': expects 3 arguments but got ${args.length}.`);
    }
    const condition = evalExpr(args[0], ctx);
    if (typeof condition !== 'boolean') {
        throw new TemplateError(`Unable to evaluate template language function 'if': the condition must be a Boolean, not ${typeName(condition)}.`);
    }
    return evalExpr(condition ? args[1] : args[2], ctx);
}
/** Property access; an exact name first, else the one name that matches ignoring case. */
function property(target, name) {
    if (!isObject(target)) {
        throw new TemplateError(`The language expression property '${name}' can't be evaluated on a ${typeName(target)}.`);
    }
    if (name in target)
        return target[name];
    const matches = Object.keys(target).filter((k) => k.toLowerCase() === name.toLowerCase());
    if (matches.length === 1)
        return target[matches[0]];
    throw new TemplateError(`The language expression property '${name}' doesn't exist, available properties are '${Object.keys(target).join(', ')}'.`);
}
function index(target, at) {
    if (Array.isArray(target)) {
        if (typeof at !== 'number' || !Number.isInteger(at)) {
            throw new TemplateError(`An array index must be an Integer, not ${typeName(at)}.`);
        }
        if (at < 0 || at >= target.length) {
            throw new TemplateError(`The language expression property array index '${at}' is out of bounds.`);
        }
        return target[at];
    }
    if (typeof at === 'string')
        return property(target, at);
    throw new TemplateError(`Cannot index a ${typeName(target)} with a ${typeName(at)}.`);
}

;// CONCATENATED MODULE: ./src/emulator/arm-template/copy.ts


/**
 * Copy loops (learn.microsoft.com/azure/azure-resource-manager/templates/copy-resources,
 * copy-properties, copy-variables, copy-outputs): `count` (0–800), an optional `name`, and for
 * property / variable / output loops an `input` evaluated once per index with `copyIndex(name)`.
 */
const MAX_COPY = 800;
/** A context whose copyIndex() sees `loop` as the innermost loop. */
function inLoop(ctx, loop) {
    return {
        ...ctx,
        copyIndex: (name) => {
            if (name === undefined || (loop.name !== undefined && name.toLowerCase() === loop.name.toLowerCase())) {
                return loop.index;
            }
            return ctx.copyIndex(name);
        },
    };
}
function copyCount(raw, ctx) {
    const count = evaluate(raw, ctx);
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_COPY) {
        throw new TemplateError(`The template ${ctx.where} is not valid: the copy count must be an integer between 0 and ${MAX_COPY}, got '${JSON.stringify(count)}'.`, 'InvalidTemplate', undefined, true);
    }
    return count;
}
/** `input` evaluated for each index of a named loop: the array a property/variable/output loop yields. */
function expandLoop(spec, ctx) {
    const name = typeof spec['name'] === 'string' ? spec['name'] : undefined;
    const count = copyCount(spec['count'], ctx);
    return Array.from({ length: count }, (_, index) => evaluate(spec['input'], inLoop(ctx, { name, index })));
}
/**
 * Evaluates a resource's JSON, expanding property loops: an object's `copy` array of
 * `{ name, count, input }` becomes one array property per loop.
 */
function evaluateWithPropertyLoops(value, ctx) {
    if (Array.isArray(value))
        return value.map((v) => evaluateWithPropertyLoops(v, ctx));
    if (!isObject(value))
        return evaluate(value, ctx);
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (k === 'copy' && Array.isArray(v)) {
            for (const loop of v) {
                if (!isObject(loop) || typeof loop['name'] !== 'string') {
                    throw new TemplateError(`The template ${ctx.where} has a property copy loop without a name.`, 'InvalidTemplate');
                }
                out[loop['name']] = expandLoop(loop, ctx);
            }
            continue;
        }
        const key = evaluate(k, ctx);
        out[String(key)] = evaluateWithPropertyLoops(v, ctx);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/emulator/arm-template/dependencies.ts

/**
 * Resolves `dependsOn` (learn.microsoft.com/azure/azure-resource-manager/templates/resource-dependency):
 * an entry names a resource by id (`resourceId(...)`), by `Namespace/type/name`, by name alone, or
 * a whole copy loop by its name. Dependencies on resources whose condition is false are dropped
 * (they are not deployed). Serial copy loops depend batch on batch. Returns, per resource, the
 * indexes it waits for; throws on unknown names and cycles.
 */
function resolveDependencies(resources, skipped) {
    const deps = resources.map((r) => r.dependsOn.flatMap((entry) => find(resources, entry, r, skipped)));
    resources.forEach((r, i) => {
        const batch = r.copy?.serialBatch;
        if (batch === undefined || batch === 0)
            return;
        resources.forEach((o, j) => {
            if (o.copy?.name === r.copy.name && o.copy.serialBatch === batch - 1)
                deps[i].push(j);
        });
    });
    checkCycles(resources, deps);
    return deps.map((d) => [...new Set(d)]);
}
function find(resources, entry, from, skipped) {
    const e = entry.toLowerCase();
    const byId = (r) => r.id.toLowerCase() === e || r.id.toLowerCase().endsWith(`/providers/${e}`);
    const byTypeName = (r) => `${r.type}/${r.name}`.toLowerCase() === e;
    for (const match of [byId, byTypeName, (r) => r.copy?.name.toLowerCase() === e]) {
        const hits = indexes(resources, match);
        if (hits.length > 0)
            return hits;
    }
    const byName = indexes(resources, (r) => r.name.toLowerCase() === e);
    if (byName.length === 1)
        return byName;
    if (skipped.has(e) || [...skipped].some((s) => s.endsWith(`/providers/${e}`)))
        return [];
    throw new TemplateError(byName.length > 1
        ? `The template resource '${from.name}' depends on '${entry}', which names more than one resource; use resourceId().`
        : `The resource '${entry}' is not defined in the template (dependsOn of resource '${from.name}').`);
}
function indexes(resources, match) {
    return resources.flatMap((r, i) => (match(r) ? [i] : []));
}
function checkCycles(resources, deps) {
    const state = new Array(resources.length).fill(0); // 0 new, 1 on stack, 2 done
    const visit = (i, path) => {
        if (state[i] === 2)
            return;
        if (state[i] === 1) {
            const cycle = path.slice(path.indexOf(i)).map((j) => resources[j].name);
            throw new TemplateError(`Circular dependency detected on resource: '${cycle.join("' -> '")}'.`);
        }
        state[i] = 1;
        for (const d of deps[i])
            visit(d, [...path, i]);
        state[i] = 2;
    };
    resources.forEach((_, i) => visit(i, []));
}

;// CONCATENATED MODULE: ./src/emulator/arm-template/parameters.ts


const TYPES = {
    string: (v) => typeof v === 'string',
    securestring: (v) => typeof v === 'string',
    int: (v) => typeof v === 'number' && Number.isInteger(v),
    bool: (v) => typeof v === 'boolean',
    object: isObject,
    secureobject: isObject,
    array: Array.isArray,
};
/** The wire name of a declared type in `properties.parameters` / `outputs` ("String", "SecureString"...). */
function wireType(type) {
    const names = {
        string: 'String',
        securestring: 'SecureString',
        int: 'Int',
        bool: 'Bool',
        object: 'Object',
        secureobject: 'SecureObject',
        array: 'Array',
    };
    return names[type] ?? type;
}
const isSecure = (type) => type === 'securestring' || type === 'secureobject';
function declaredType(raw, what) {
    const type = typeof raw === 'string' ? raw.toLowerCase() : '';
    if (!TYPES[type]) {
        throw new TemplateError(`The template ${what} has type '${String(raw)}'; expected one of string, securestring, int, bool, object, secureobject, array.`);
    }
    return type;
}
function checkType(type, value, what) {
    if (!TYPES[type](value)) {
        throw new TemplateError(`The provided value for the template ${what} is not valid: expected '${wireType(type)}', actual '${typeName(value)}'.`);
    }
}
/** Values supplied with the deployment (`properties.parameters`), keyed by lower-cased name. */
function suppliedValues(raw, declared) {
    const out = new Map();
    if (raw === undefined || raw === null)
        return out;
    if (!isObject(raw))
        throw new TemplateError('The deployment parameters must be an object of { "name": { "value": ... } }.');
    const known = new Set(Object.keys(declared).map((k) => k.toLowerCase()));
    const unknown = Object.keys(raw).filter((k) => !known.has(k.toLowerCase()));
    if (unknown.length > 0) {
        throw new TemplateError(`The template parameters '${unknown.join(', ')}' in the parameters file are not valid; they are not present in the original template and can therefore not be provided at deployment time. The only supported parameters for this template are '${Object.keys(declared).join(', ')}'.`);
    }
    for (const [name, entry] of Object.entries(raw)) {
        if (!isObject(entry) || !('value' in entry)) {
            const kind = isObject(entry) && 'reference' in entry ? 'a Key Vault reference' : 'no value';
            throw new TemplateError(`The template parameter '${name}' has ${kind}; the emulator accepts only { "value": ... }.`);
        }
        out.set(name.toLowerCase(), entry['value']);
    }
    return out;
}
/** Checks allowedValues and the bounds of one parameter's value. */
function checkConstraints(name, spec, value) {
    const allowed = spec['allowedValues'];
    if (Array.isArray(allowed)) {
        const items = Array.isArray(value) ? value : [value];
        const bad = items.find((v) => !allowed.some((a) => deepEqual(a, v)));
        if (bad !== undefined) {
            throw new TemplateError(`The provided value for the template parameter '${name}' is not valid. The value '${JSON.stringify(bad)}' is not part of the allowed value(s): '${allowed.map((a) => JSON.stringify(a)).join(',')}'.`);
        }
    }
    const bound = (key, ok, describe) => {
        const limit = spec[key];
        if (typeof limit === 'number' && !ok(limit)) {
            throw new TemplateError(`The provided value for the template parameter '${name}' is not valid: ${describe} ${limit}.`);
        }
    };
    if (typeof value === 'number') {
        bound('minValue', (l) => value >= l, 'it is less than the minimum value');
        bound('maxValue', (l) => value <= l, 'it is greater than the maximum value');
    }
    if (typeof value === 'string' || Array.isArray(value)) {
        bound('minLength', (l) => value.length >= l, 'its length is less than the minimum length');
        bound('maxLength', (l) => value.length <= l, 'its length is greater than the maximum length');
    }
}
/**
 * Resolves every declared parameter, lazily (a default value may read other parameters);
 * `evaluateDefault` evaluates default-value expressions.
 */
function parameterResolver(declared, supplied, evaluateDefault) {
    const specs = new Map(Object.entries(declared).map(([k, v]) => [k.toLowerCase(), { name: k, spec: v }]));
    const done = new Map();
    const busy = new Set();
    return (name) => {
        const key = name.toLowerCase();
        const cached = done.get(key);
        if (cached)
            return cached;
        const entry = specs.get(key);
        if (!entry)
            throw new TemplateError(`The template parameter '${name}' is not found.`);
        if (!isObject(entry.spec))
            throw new TemplateError(`The template parameter '${entry.name}' must be an object.`);
        if (busy.has(key))
            throw new TemplateError(`The template parameter '${entry.name}' refers to itself.`);
        busy.add(key);
        const type = declaredType(entry.spec['type'], `parameter '${entry.name}'`);
        let value;
        if (supplied.has(key))
            value = supplied.get(key);
        else if ('defaultValue' in entry.spec)
            value = evaluateDefault(entry.name, entry.spec['defaultValue']);
        else {
            throw new TemplateError(`The value for the template parameter '${entry.name}' is not provided. Please see https://aka.ms/arm-create-parameter-file for usage details.`);
        }
        checkType(type, value, `parameter '${entry.name}'`);
        checkConstraints(entry.name, entry.spec, value);
        busy.delete(key);
        const resolved = { type, value };
        done.set(key, resolved);
        return resolved;
    };
}

;// CONCATENATED MODULE: ./src/emulator/arm-template/resources.ts



/** Keys ARM reads itself; everything else goes to the resource provider. */
const TEMPLATE_KEYS = new Set(['type', 'apiversion', 'name', 'dependson', 'condition', 'copy', 'comments', 'metadata']);
/** Keys of features the emulator does not evaluate: refused by name. */
const REFUSED_KEYS = {
    resources: "nested child resources ('resources' inside a resource) are not evaluated by the emulator; declare the child at the top level with its full type and name",
    scope: "'scope' (extension / cross-scope resources) is not evaluated by the emulator",
    existing: "'existing' resources are not evaluated by the emulator",
};
function expandResources(raw, ctx) {
    const skipped = new Set();
    if (raw === undefined)
        return { resources: [], skipped };
    if (!Array.isArray(raw)) {
        throw new TemplateError("The template 'resources' must be an array: symbolic-name resources (languageVersion 2.0) are not evaluated by the emulator.");
    }
    return { resources: raw.flatMap((r, i) => expandOne(r, i, ctx, skipped)), skipped };
}
function expandOne(raw, position, base, skipped) {
    if (!isObject(raw))
        throw new TemplateError(`The template resource at position ${position + 1} must be an object.`);
    const label = typeof raw['name'] === 'string' ? raw['name'] : `#${position + 1}`;
    const ctx = { ...base, where: `resource '${label}'` };
    for (const key of Object.keys(raw)) {
        const refused = REFUSED_KEYS[key.toLowerCase()];
        if (refused)
            throw new TemplateError(`The template resource '${label}' is not valid: ${refused}.`);
    }
    const copy = raw['copy'];
    if (copy === undefined)
        return instance(raw, ctx, undefined, skipped);
    if (!isObject(copy) || typeof copy['name'] !== 'string') {
        throw new TemplateError(`The template resource '${label}' is not valid: its copy loop needs a 'name'.`);
    }
    const name = copy['name'];
    const count = copyCount(copy['count'], ctx);
    const serial = String(copy['mode'] ?? 'parallel').toLowerCase() === 'serial';
    const batch = serial ? Math.max(1, Number(copy['batchSize'] ?? 1)) : undefined;
    return Array.from({ length: count }, (_, index) => instance(raw, inLoop(ctx, { name, index }), { name, index, ...(batch ? { serialBatch: Math.floor(index / batch) } : {}) }, skipped)).flat();
}
function instance(raw, ctx, copy, skipped) {
    const type = resources_text(evaluate(raw['type'], ctx), 'type', ctx);
    const name = resources_text(evaluate(raw['name'], ctx), 'name', ctx);
    if ('condition' in raw) {
        const condition = evaluate(raw['condition'], ctx);
        if (typeof condition !== 'boolean') {
            throw new TemplateError(`The template ${ctx.where} is not valid: its condition must be a Boolean.`);
        }
        if (!condition) {
            for (const key of [resourceIdOf(ctx, type, name), `${type}/${name}`, name])
                skipped.add(key.toLowerCase());
            return [];
        }
    }
    const apiVersion = resources_text(evaluate(raw['apiVersion'], ctx), 'apiVersion', ctx);
    const named = { ...ctx, where: `resource '${name}'` };
    const dependsOn = evaluate(raw['dependsOn'] ?? [], named);
    if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string')) {
        throw new TemplateError(`The template resource '${name}' is not valid: 'dependsOn' must be an array of strings.`);
    }
    const body = {};
    for (const [k, v] of Object.entries(raw)) {
        if (!TEMPLATE_KEYS.has(k.toLowerCase()))
            body[k] = evaluateWithPropertyLoops(v, named);
    }
    const id = resourceIdOf(ctx, type, name);
    return [{ id, type, name, apiVersion, body, dependsOn: dependsOn, ...(copy ? { copy } : {}) }];
}
function resources_text(v, key, ctx) {
    if (typeof v !== 'string' || v === '') {
        throw new TemplateError(`The template ${ctx.where} is not valid: '${key}' must be a non-empty string.`);
    }
    return v;
}
/** `/subscriptions/s/resourceGroups/rg/providers/NS/t1/n1/t2/n2` from type `NS/t1/t2` and name `n1/n2`. */
function resourceIdOf(ctx, type, name) {
    const types = type.split('/');
    const names = name.split('/');
    if (types.length < 2 || names.length !== types.length - 1) {
        throw new TemplateError(`The template resource '${name}' for type '${type}' has incorrect segment lengths. A nested resource type must have identical number of segments as its resource name. A root resource type must have segment length one greater than its resource name.`);
    }
    const pairs = names.map((n, i) => `${types[i + 1]}/${n}`).join('/');
    return `${String(ctx.scope.resourceGroup['id'])}/providers/${types[0]}/${pairs}`;
}

;// CONCATENATED MODULE: ./src/emulator/arm-template/template.ts






/** Top-level template features the emulator does not evaluate: refused by name. */
const REFUSED = {
    functions: 'user-defined functions',
    definitions: 'user-defined types',
    languageversion: "'languageVersion' (symbolic-name templates)",
    imports: 'imports',
    extensions: 'extensions',
};
function evaluateTemplate(input) {
    const template = input.template;
    if (!isObject(template))
        throw new TemplateError('The deployment has no template: properties.template must be an object.');
    for (const [key, value] of Object.entries(template)) {
        const feature = REFUSED[key.toLowerCase()];
        const empty = (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);
        if (feature && !empty)
            throw new TemplateError(`The template uses ${feature}, which the emulator does not evaluate.`);
    }
    const declared = objectSection(template, 'parameters');
    const ctx = rootContext(input, declared, objectSection(template, 'variables'));
    const { resources, skipped } = expandResources(template['resources'], ctx);
    const dependencies = resolveDependencies(resources, skipped);
    return {
        parameters: wireParameters(declared, ctx),
        resources,
        dependencies,
        outputs: evaluateOutputs(objectSection(template, 'outputs'), ctx),
    };
}
function objectSection(template, key) {
    const section = template[key];
    if (section === undefined || section === null)
        return {};
    if (!isObject(section))
        throw new TemplateError(`The template '${key}' section must be an object.`);
    return section;
}
function rootContext(input, declared, variables) {
    const supplied = suppliedValues(input.parameters, declared);
    const ctx = {
        scope: input.scope,
        where: 'deployment',
        parameter: (name) => resolve(name).value,
        variable: variableResolver(variables, () => ctx),
        copyIndex: () => {
            throw new TemplateError("The template function 'copyIndex' is not expected at this location.");
        },
    };
    const resolve = parameterResolver(declared, supplied, (name, raw) => evaluate(raw, { ...ctx, where: `parameter '${name}'` }));
    return ctx;
}
/** Variables, evaluated on first use (a variable may read others); `copy` builds array variables. */
function variableResolver(variables, root) {
    const byName = new Map(Object.entries(variables).map(([k, v]) => [k.toLowerCase(), { name: k, raw: v }]));
    const loops = variables['copy'];
    if (Array.isArray(loops)) {
        byName.delete('copy');
        for (const loop of loops) {
            if (!isObject(loop) || typeof loop['name'] !== 'string')
                throw new TemplateError('A variable copy loop needs a name.');
            byName.set(loop['name'].toLowerCase(), { name: loop['name'], raw: { __copy: loop } });
        }
    }
    const done = new Map();
    const busy = new Set();
    return (name) => {
        const key = name.toLowerCase();
        if (done.has(key))
            return done.get(key);
        const entry = byName.get(key);
        if (!entry)
            throw new TemplateError(`The template variable '${name}' is not found.`);
        if (busy.has(key))
            throw new TemplateError(`The template variable '${entry.name}' refers to itself.`);
        busy.add(key);
        const ctx = { ...root(), where: `variable '${entry.name}'` };
        const loop = isObject(entry.raw) ? entry.raw['__copy'] : undefined;
        const value = isObject(loop) ? expandLoop({ ...loop, name: entry.name }, ctx) : evaluate(entry.raw, ctx);
        busy.delete(key);
        done.set(key, value);
        return value;
    };
}
function wireParameters(declared, ctx) {
    const out = {};
    for (const [name, spec] of Object.entries(declared)) {
        const type = declaredType(isObject(spec) ? spec['type'] : undefined, `parameter '${name}'`);
        const value = ctx.parameter(name);
        out[name] = isSecure(type) ? { type: wireType(type) } : { type: wireType(type), value };
    }
    return out;
}
function evaluateOutputs(outputs, root) {
    const out = {};
    for (const [name, spec] of Object.entries(outputs)) {
        if (!isObject(spec))
            throw new TemplateError(`The template output '${name}' must be an object.`);
        const ctx = { ...root, where: `output '${name}'` };
        if ('condition' in spec && evaluate(spec['condition'], ctx) !== true)
            continue;
        const type = declaredType(spec['type'], `output '${name}'`);
        const value = isObject(spec['copy']) ? expandLoop(spec['copy'], ctx) : evaluate(spec['value'], ctx);
        checkType(type, value, `output '${name}'`);
        out[name] = isSecure(type) ? { type: wireType(type) } : { type: wireType(type), value };
    }
    return out;
}

;// CONCATENATED MODULE: ./src/emulator/providers/resources-deployments-dispatch.ts


const engines = new WeakMap();
/** Throws ArmError when no provider serves `method` on `id` at `apiVersion` (preflight). */
function requireRoute(router, method, id, apiVersion, type) {
    const { route } = router.match(method, id);
    if (!route) {
        const e = invalidResourceType(id);
        throw new ArmError(400, e.code, `The resource type '${type}' is not served by the Azure emulator (no ${method} route for '${id}').`);
    }
    const allowed = route.def.apiVersions;
    if (allowed !== '*' && !allowed.includes(apiVersion))
        throw unsupportedApiVersion(type, apiVersion, [...allowed]);
}
async function callProvider(router, emu, method, id, apiVersion, body) {
    try {
        const { route } = router.match(method, id);
        if (!route)
            throw invalidResourceType(id);
        const allowed = route.def.apiVersions;
        if (allowed !== '*' && !allowed.includes(apiVersion)) {
            throw unsupportedApiVersion(route.def.resourceType ?? id, apiVersion, [...allowed]);
        }
        const url = new URL(`${id}?api-version=${encodeURIComponent(apiVersion)}`, emu.baseUrl);
        const req = {
            method,
            path: id,
            url,
            query: url.searchParams,
            apiVersion,
            params: route.params,
            headers: {},
            body,
            operation: route.def.operation,
            emu,
        };
        applyFaults(emu, req);
        const reply = await route.def.handler(req);
        return { status: reply.status, body: reply.body, headers: reply.headers ?? {} };
    }
    catch (e) {
        const err = e instanceof ArmError ? e : internalError(e instanceof Error ? e.message : String(e));
        return { status: err.status, headers: {}, error: err.toBody().error };
    }
}
function applyFaults(emu, req) {
    let engine = engines.get(emu);
    if (!engine)
        engines.set(emu, (engine = new FaultEngine(emu.faults)));
    for (const rule of engine.fire(req.method, req.path, req.operation)) {
        const retryAfter = emu.clock.retryAfter(rule.retryAfterSeconds ?? 10);
        if (rule.kind === 'lro-failed' || rule.kind === 'lro-never-ends')
            req.lroFault = { kind: rule.kind, error: rule.error };
        if (rule.kind === 'server-error')
            throw internalError();
        if (rule.kind === 'forbidden')
            throw forbiddenError(req.method, req.path);
        if (rule.kind === 'unavailable')
            throw serviceUnavailable(retryAfter);
        if (rule.kind === 'throttle')
            throw tooManyRequests(retryAfter);
        if (rule.kind === 'conflict') {
            throw new ArmError(409, 'AnotherOperationInProgress', 'Another operation on this or dependent resource is in progress.');
        }
    }
}
/** Id of the emulator operation a provider's 201/202 answer points at, if any. */
function operationIdOf(answer) {
    const url = answer.headers['Azure-AsyncOperation'] ?? answer.headers['Location'];
    if (!url)
        return undefined;
    return new URL(url).pathname.split('/').pop();
}

;// CONCATENATED MODULE: ./src/emulator/providers/resources-deployments-preflight.ts





const NAME = /^[-\w._()]+$/;
function prepare(req, router) {
    const group = requireResourceGroup(req);
    const name = req.params['deploymentName'] ?? '';
    checkName(name);
    const properties = requestProperties(req);
    let evaluated;
    try {
        evaluated = evaluateTemplate({
            template: properties['template'],
            parameters: properties['parameters'],
            scope: { subscriptionId: req.emu.subscriptionId, resourceGroup: group.body, deploymentName: name },
        });
    }
    catch (e) {
        if (!(e instanceof TemplateError))
            throw e;
        throw badRequest(e.code, `Deployment template validation failed: '${e.message}'.`, e.target);
    }
    checkProviders(req, router, name, evaluated);
    return { group, id: `${group.id}/providers/Microsoft.Resources/deployments/${name}`, name, properties, evaluated };
}
function checkName(name) {
    if (name.length > 64) {
        throw badRequest('DeploymentNameLengthLimitExceeded', `The provided deployment name '${name}' has a length of '${name.length}' which exceeds the maximum length of '64'.`);
    }
    if (!NAME.test(name)) {
        throw badRequest('DeploymentNameInvalidCharacters', `The provided deployment name '${name}' has invalid characters. It can contain only alphanumerics, underscores, parentheses, hyphens and periods.`);
    }
}
function requestProperties(req) {
    const properties = req.body?.['properties'];
    if (!properties || typeof properties !== 'object' || Array.isArray(properties)) {
        throw badRequest('InvalidRequestContent', "The request content was invalid: required property 'properties' not found.");
    }
    const props = properties;
    const mode = String(props['mode'] ?? '');
    if (mode.toLowerCase() === 'complete') {
        throw badRequest('InvalidDeploymentMode', "Deployment mode 'Complete' is not supported by the Azure emulator (it would delete resources the template does not name); use 'Incremental'.");
    }
    if (mode.toLowerCase() !== 'incremental') {
        throw badRequest('InvalidRequestContent', `The deployment mode '${mode}' is not valid; expected 'Incremental' or 'Complete'.`);
    }
    for (const link of ['templateLink', 'parametersLink']) {
        if (props[link] !== undefined) {
            throw badRequest('InvalidRequestContent', `'${link}' is not supported by the Azure emulator, which fetches nothing: send the template and parameters inline.`);
        }
    }
    return props;
}
function checkProviders(req, router, name, evaluated) {
    const details = [];
    for (const r of evaluated.resources) {
        try {
            requireRoute(router, 'PUT', r.id, r.apiVersion, r.type);
        }
        catch (e) {
            if (!(e instanceof ArmError))
                throw e;
            details.push({ code: e.code, message: `${e.message} (resource '${r.name}')`, target: r.id });
        }
    }
    if (details.length === 0)
        return;
    throw new ArmError(400, 'InvalidTemplateDeployment', `The template deployment '${name}' is not valid according to the validation procedure. The tracking id is '${req.emu.random.uuid()}'. See inner errors for details.`, details);
}

;// CONCATENATED MODULE: ./src/emulator/providers/resources-deployments-view.ts
/**
 * Wire shapes of Microsoft.Resources/deployments (DeploymentExtended, DeploymentOperation,
 * DeploymentValidateResult; specification/resources/resource-manager/Microsoft.Resources/
 * deployments/stable/2026-06-01/deployments.json). The stored resource's body is the
 * DeploymentExtended; its `meta.operations` the deployment operations.
 */
const DEPLOYMENT_TYPE = 'Microsoft.Resources/deployments';
const operationsOf = (res) => (res.meta['operations'] ??= []);
const resources_deployments_view_propsOf = (res) => res.body['properties'];
/** ISO 8601 duration as ARM writes it ("PT12.345S"). */
function isoDuration(ms) {
    return `PT${(Math.max(0, ms) / 1000).toFixed(3).replace(/\.?0+$/, '')}S`;
}
/** The `providers` and `dependencies` summaries of a deployment, from its evaluated template. */
function summaries(evaluated, location) {
    const providers = new Map();
    for (const r of evaluated.resources) {
        const [namespace, ...rest] = r.type.split('/');
        const types = providers.get(namespace) ?? new Map();
        providers.set(namespace, types);
        const locations = types.get(rest.join('/')) ?? new Set();
        types.set(rest.join('/'), locations);
        const loc = location(r);
        if (loc)
            locations.add(loc);
    }
    const ref = (r) => ({ id: r.id, resourceType: r.type, resourceName: r.name });
    return {
        providers: [...providers].map(([namespace, types]) => ({
            namespace,
            resourceTypes: [...types].map(([resourceType, locations]) => ({ resourceType, locations: [...locations] })),
        })),
        dependencies: evaluated.resources.flatMap((r, i) => {
            const deps = evaluated.dependencies[i];
            return deps.length === 0 ? [] : [{ ...ref(r), dependsOn: deps.map((d) => ref(evaluated.resources[d])) }];
        }),
    };
}
/** DeploymentOperation wire body. */
function operationView(deployment, op, nowMs) {
    const properties = {
        provisioningOperation: op.provisioningOperation,
        provisioningState: op.provisioningState,
        timestamp: new Date(op.endMs ?? op.startMs).toISOString(),
        duration: isoDuration((op.endMs ?? nowMs) - op.startMs),
    };
    if (op.statusCode)
        properties['statusCode'] = op.statusCode;
    if (op.statusMessage)
        properties['statusMessage'] = op.statusMessage;
    if (op.targetResource)
        properties['targetResource'] = op.targetResource;
    return { id: `${deployment.id}/operations/${op.operationId}`, operationId: op.operationId, properties };
}
/** HTTP status name as deployment operations report it ("OK", "Created", "BadRequest", "Conflict"...). */
function statusName(status) {
    const names = {
        200: 'OK',
        201: 'Created',
        202: 'Accepted',
        204: 'NoContent',
        400: 'BadRequest',
        403: 'Forbidden',
        404: 'NotFound',
        409: 'Conflict',
        412: 'PreconditionFailed',
        429: 'TooManyRequests',
        500: 'InternalServerError',
        503: 'ServiceUnavailable',
    };
    return names[status] ?? String(status);
}
/**
 * The deployment's error once resources failed (code DeploymentFailed, as Azure reports it —
 * learn.microsoft.com/azure/azure-resource-manager/troubleshooting/common-deployment-errors), one
 * detail per failed resource (resourceFailure).
 */
function deploymentFailed(details) {
    return {
        code: 'DeploymentFailed',
        message: 'At least one resource deployment operation failed. Please list deployment operations for details. Please see https://aka.ms/arm-deployment-operations for usage details.',
        details,
    };
}
/**
 * One failed resource in the deployment's error, `target` naming the resource id. A provider
 * that refused the request answers with its own error; an operation that ended Failed is wrapped
 * in ResourceDeploymentFailure ("terminal provisioning state 'Failed'"), as deployment operation
 * listings show it (e.g. microsoft/Partner-Center-Storefront#29, OfficeDev/microsoft-teams-apps-company-communicator#135).
 */
function resourceFailure(id, error, async) {
    if (!async)
        return { ...error, target: id };
    return {
        code: 'ResourceDeploymentFailure',
        target: id,
        message: "The resource operation completed with terminal provisioning state 'Failed'.",
        details: [error],
    };
}

;// CONCATENATED MODULE: ./src/emulator/providers/resources-deployments-run.ts


const runs = new WeakMap();
function activeRun(emu, id) {
    return runs.get(emu)?.get(id.toLowerCase());
}
class DeploymentRun {
    router;
    emu;
    deployment;
    evaluated;
    done;
    steps;
    failures = [];
    canceled = false;
    finished = false;
    constructor(router, emu, deployment, evaluated, done) {
        this.router = router;
        this.emu = emu;
        this.deployment = deployment;
        this.evaluated = evaluated;
        this.done = done;
        this.steps = evaluated.resources.map(() => 'pending');
    }
    start() {
        const active = runs.get(this.emu) ?? new Map();
        runs.set(this.emu, active);
        active.set(this.deployment.id.toLowerCase(), this);
        this.emu.scheduler.after(1, () => {
            if (this.finished)
                return;
            this.setState('Running');
            this.pump();
        });
    }
    /**
     * Canceled at once; nothing more starts, and provider operations already running go on
     * ("leaves the resource group partially deployed", Deployments_Cancel).
     */
    cancel() {
        this.canceled = true;
        this.finish();
    }
    pump() {
        if (this.finished)
            return;
        let progressed = true;
        while (progressed) {
            progressed = false;
            this.steps.forEach((step, i) => {
                if (step !== 'pending')
                    return;
                const deps = this.evaluated.dependencies[i].map((d) => this.steps[d]);
                if (deps.some((d) => d === 'failed' || d === 'blocked')) {
                    this.steps[i] = 'blocked';
                    progressed = true;
                }
                else if (deps.every((d) => d === 'succeeded')) {
                    this.steps[i] = 'running';
                    void this.dispatch(i);
                }
            });
        }
        if (!this.steps.includes('running') && !this.steps.includes('pending'))
            this.finish();
    }
    async dispatch(i) {
        const r = this.evaluated.resources[i];
        const op = {
            operationId: this.emu.random.hex(16).toUpperCase(),
            provisioningOperation: 'Create',
            provisioningState: 'Running',
            startMs: this.emu.clock.now(),
            targetResource: { id: r.id, resourceType: r.type, resourceName: r.name, apiVersion: r.apiVersion },
        };
        operationsOf(this.deployment).push(op);
        this.emu.state.touch();
        const answer = await callProvider(this.router, this.emu, 'PUT', r.id, r.apiVersion, structuredClone(r.body));
        if (answer.error)
            return this.complete(i, op, answer, answer.error, false);
        const operationId = operationIdOf(answer);
        if (answer.status === 202 || operationId)
            return this.watch(i, op, answer, operationId);
        this.complete(i, op, answer, undefined, false);
    }
    /** Follows the provider's operation until it ends. */
    watch(i, op, answer, operationId) {
        const record = operationId ? this.emu.lro.get(operationId) : undefined;
        if (!record || record.status === 'Succeeded')
            return this.complete(i, op, answer, undefined, true);
        if (record.status !== 'InProgress') {
            const error = record.error ?? { code: 'OperationFailed', message: `The operation ended ${record.status}.` };
            return this.complete(i, op, answer, error, true);
        }
        this.emu.scheduler.after(1, () => this.watch(i, op, answer, operationId));
    }
    complete(i, op, answer, error, async) {
        const r = this.evaluated.resources[i];
        op.endMs = this.emu.clock.now();
        op.provisioningState = error ? 'Failed' : 'Succeeded';
        // An operation that ended Failed is reported as Conflict with ResourceDeploymentFailure (see view).
        op.statusCode = error && async ? 'Conflict' : statusName(answer.status);
        if (error) {
            const failure = resourceFailure(r.id, error, async);
            const { target: _target, ...reported } = failure;
            op.statusMessage = { status: 'Failed', error: async ? reported : error };
            this.failures.push(failure);
        }
        this.steps[i] = error ? 'failed' : 'succeeded';
        this.emu.state.touch();
        this.pump();
    }
    finish() {
        if (this.finished)
            return;
        this.finished = true;
        runs.get(this.emu)?.delete(this.deployment.id.toLowerCase());
        const now = this.emu.clock.now();
        const props = resources_deployments_view_propsOf(this.deployment);
        props['duration'] = isoDuration(now - Number(this.deployment.meta['startMs'] ?? now));
        props['timestamp'] = new Date(now).toISOString();
        props['outputResources'] = this.evaluated.resources
            .filter((_, i) => this.steps[i] === 'succeeded')
            .map((r) => ({ id: r.id }));
        if (this.canceled) {
            this.setState('Canceled');
            this.done.cancel(now);
        }
        else if (this.failures.length > 0) {
            const error = deploymentFailed(this.failures);
            props['error'] = error;
            this.setState('Failed');
            this.done.fail(now, error);
        }
        else {
            props['outputs'] = this.evaluated.outputs;
            this.setState('Succeeded');
            this.done.succeed(now);
        }
    }
    setState(state) {
        resources_deployments_view_propsOf(this.deployment)['provisioningState'] = state;
        this.emu.state.touch();
    }
}

;// CONCATENATED MODULE: ./src/emulator/arm-template/what-if.ts

const WRITE_ONLY = /password|secret|customdata/i;
const COMPARED_KEYS = [
    'location',
    'tags',
    'sku',
    'kind',
    'properties',
    'identity',
    'zones',
    'plan',
    'extendedLocation',
];
/** Changes from `before` (the resource as GET returns it) to what the template sets. */
function propertyChanges(before, desired) {
    const out = [];
    for (const [key, value] of Object.entries(desired)) {
        if (!COMPARED_KEYS.includes(key))
            continue;
        out.push(...diff(key, lookup(before, key), value));
    }
    return out;
}
/** The predicted resource: the current one with the template's values laid over it. */
function predicted(before, desired) {
    return overlay(before, desired);
}
function overlay(base, top) {
    if (!isObject(top) || !isObject(base))
        return structuredClone(top);
    const out = structuredClone(base);
    for (const [k, v] of Object.entries(top)) {
        const existing = Object.keys(out).find((x) => x.toLowerCase() === k.toLowerCase());
        if (existing !== undefined && existing !== k)
            delete out[existing];
        out[k] = overlay(existing !== undefined ? base[existing] : undefined, v);
    }
    return out;
}
function lookup(obj, key) {
    if (key in obj)
        return obj[key];
    const match = Object.keys(obj).find((k) => k.toLowerCase() === key.toLowerCase());
    return match === undefined ? undefined : obj[match];
}
function diff(path, before, after) {
    if (before === undefined || before === null) {
        if (after === null)
            return [];
        if (WRITE_ONLY.test(path.split('.').pop() ?? ''))
            return [];
        if (isObject(after))
            return Object.entries(after).flatMap(([k, v]) => diff(`${path}.${k}`, undefined, v));
        return [{ path, propertyChangeType: 'Create', after }];
    }
    if (after === null)
        return [{ path, propertyChangeType: 'Delete', before }];
    if (isObject(after) && isObject(before)) {
        return Object.entries(after).flatMap(([k, v]) => diff(`${path}.${k}`, lookup(before, k), v));
    }
    if (Array.isArray(after) && Array.isArray(before)) {
        const children = arrayChanges(before, after);
        return children.length === 0 ? [] : [{ path, propertyChangeType: 'Array', children }];
    }
    return same(path, before, after) ? [] : [{ path, propertyChangeType: 'Modify', before, after }];
}
function arrayChanges(before, after) {
    const out = [];
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
        const path = String(i);
        if (i >= after.length)
            out.push({ path, propertyChangeType: 'Delete', before: before[i] });
        else if (i >= before.length)
            out.push({ path, propertyChangeType: 'Create', after: after[i] });
        else if (isObject(after[i]) && isObject(before[i])) {
            const children = Object.entries(after[i]).flatMap(([k, v]) => diff(k, lookup(before[i], k), v));
            if (children.length > 0)
                out.push({ path, propertyChangeType: 'Modify', children });
        }
        else
            out.push(...diff(path, before[i], after[i]));
    }
    return out;
}
function same(path, a, b) {
    if (typeof a === 'string' && typeof b === 'string') {
        if (path === 'location')
            return norm(a) === norm(b);
        if (a.startsWith('/subscriptions/') || b.startsWith('/subscriptions/'))
            return a.toLowerCase() === b.toLowerCase();
    }
    return JSON.stringify(a) === JSON.stringify(b);
}
const norm = (s) => s.toLowerCase().replace(/\s+/g, '');

;// CONCATENATED MODULE: ./src/emulator/providers/resources-deployments-whatif.ts




/**
 * What-if changes (WhatIfChange, deployments.json 2026-06-01): each template resource is read
 * through its provider's GET (as the provider shows it) and compared with the template
 * (arm-template/what-if.ts): absent → Create, differing → Modify with `delta`, else NoChange.
 * Tracked resources of the group the template does not name → Ignore (Incremental mode leaves
 * them alone). `whatIfSettings.resultFormat: ResourceIdOnly` drops before / after / delta.
 * Nothing is written.
 */
async function whatIfChanges(req, router, prepared) {
    const changes = [];
    const named = new Set();
    for (const r of prepared.evaluated.resources) {
        named.add(r.id.toLowerCase());
        const current = await callProvider(router, req.emu, 'GET', r.id, r.apiVersion);
        const identity = { id: r.id, name: r.name.split('/').pop(), type: r.type, apiVersion: r.apiVersion };
        if (current.status === 404) {
            changes.push({ resourceId: r.id, changeType: 'Create', after: { ...identity, ...r.body } });
        }
        else if (current.error || !isObject(current.body)) {
            const reason = current.error?.message ?? 'the provider returned no resource body';
            changes.push({ resourceId: r.id, changeType: 'Unsupported', unsupportedReason: reason });
        }
        else {
            const before = { ...current.body, apiVersion: r.apiVersion };
            const delta = propertyChanges(before, r.body);
            changes.push({
                resourceId: r.id,
                changeType: delta.length > 0 ? 'Modify' : 'NoChange',
                before,
                after: predicted(before, r.body),
                ...(delta.length > 0 ? { delta } : {}),
            });
        }
    }
    changes.push(...ignored(req, prepared, named));
    const format = String(prepared.properties['whatIfSettings']?.['resultFormat'] ?? '');
    return format.toLowerCase() === 'resourceidonly'
        ? changes.map(({ before: _b, after: _a, delta: _d, ...c }) => c)
        : changes;
}
/** Top-level tracked resources of the group (`…/providers/NS/type/name`) that the template does not name. */
function ignored(req, prepared, named) {
    const prefix = `${prepared.group.id}/providers/`.toLowerCase();
    return (req.emu.state
        .all()
        .filter((r) => {
        const id = r.id.toLowerCase();
        return (id.startsWith(prefix) &&
            id.slice(prefix.length).split('/').length === 3 &&
            r.type.toLowerCase() !== DEPLOYMENT_TYPE.toLowerCase() &&
            typeof r.body['location'] === 'string' &&
            !named.has(id));
    })
        .sort((a, b) => a.id.localeCompare(b.id))
        // No `before`: the stored body may hold write-only values (passwords) a provider GET would hide.
        .map((r) => ({ resourceId: r.id, changeType: 'Ignore' })));
}

;// CONCATENATED MODULE: ./src/emulator/providers/resources-deployments.ts









/**
 * Microsoft.Resources/deployments at resource-group scope (specification/resources/resource-manager/
 * Microsoft.Resources/deployments/stable/2026-06-01/deployments.json; 2026-06-01 is what
 * @azure/arm-resourcesdeployments 2 sends). PUT runs the ARM JSON template (src/emulator/arm-template)
 * as a long-running operation, each resource PUT through the emulator's own providers;
 * validate and whatIf are long-running POSTs (202 + Location) that change nothing and are not
 * writes in the request log.
 */
const DEPLOYMENTS_API_VERSIONS = ['2026-06-01', '2025-04-01', '2025-03-01', '2024-11-01', '2024-03-01'];
const resources_deployments_GROUP = '/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}';
const ONE = `${resources_deployments_GROUP}/providers/Microsoft.Resources/deployments/{deploymentName}`;
/**
 * Automatic deletions from deployment history (learn.microsoft.com/azure/azure-resource-manager/templates/
 * deployment-history-deletions): past 700 deployments ARM deletes the oldest until 600 remain; a
 * redeployed name moves to the most recent place.
 */
const HISTORY_PRUNE_ABOVE = 700;
const HISTORY_PRUNE_TO = 600;
const ACTIVE = new Set(['accepted', 'running']);
const resourcesDeploymentsProvider = {
    name: 'Microsoft.Resources/deployments',
    register(router) {
        const route = (method, path, operation, handler, write) => ({
            method,
            path,
            operation,
            handler,
            apiVersions: DEPLOYMENTS_API_VERSIONS,
            resourceType: DEPLOYMENT_TYPE,
            ...(write === undefined ? {} : { write }),
        });
        router.addAll([
            route('PUT', ONE, 'Deployments_CreateOrUpdate', (req) => resources_deployments_createOrUpdate(req, router)),
            route('GET', ONE, 'Deployments_Get', resources_deployments_get),
            route('HEAD', ONE, 'Deployments_CheckExistence', (req) => ({ status: resources_deployments_find(req) ? 204 : 404 })),
            route('DELETE', ONE, 'Deployments_Delete', resources_deployments_remove),
            route('GET', `${resources_deployments_GROUP}/providers/Microsoft.Resources/deployments`, 'Deployments_ListByResourceGroup', resources_deployments_list),
            route('POST', `${ONE}/validate`, 'Deployments_Validate', (req) => validate(req, router), false),
            route('POST', `${ONE}/whatIf`, 'Deployments_WhatIf', (req) => whatIf(req, router), false),
            route('POST', `${ONE}/cancel`, 'Deployments_Cancel', resources_deployments_cancel),
            route('POST', `${ONE}/exportTemplate`, 'Deployments_ExportTemplate', exportTemplate, false),
            // The spec's DeploymentOperations paths have no providers/Microsoft.Resources segment.
            route('GET', `${resources_deployments_GROUP}/deployments/{deploymentName}/operations`, 'DeploymentOperations_List', listOperations),
            route('GET', `${resources_deployments_GROUP}/deployments/{deploymentName}/operations/{operationId}`, 'DeploymentOperations_Get', getOperation),
        ]);
    },
    /** Runs are not persisted: a deployment caught running by a reload is reported Canceled. */
    onRestore(emu) {
        for (const res of emu.state.all()) {
            if (res.type !== DEPLOYMENT_TYPE || !ACTIVE.has(String(resources_deployments_view_propsOf(res)['provisioningState']).toLowerCase()))
                continue;
            resources_deployments_view_propsOf(res)['provisioningState'] = 'Canceled';
        }
    },
};
function resources_deployments_find(req) {
    const group = requireResourceGroup(req);
    return req.emu.state.get(`${group.id}/providers/Microsoft.Resources/deployments/${req.params['deploymentName']}`);
}
function requireDeployment(req) {
    const res = resources_deployments_find(req);
    if (!res)
        throw new ArmError(404, 'DeploymentNotFound', `Deployment '${req.params['deploymentName']}' could not be found.`);
    return res;
}
const isActive = (res) => ACTIVE.has(String(resources_deployments_view_propsOf(res)['provisioningState']).toLowerCase());
function deploymentActive(res) {
    return new ArmError(409, 'DeploymentActive', `Unable to edit or replace deployment '${res.body['name']}': previous deployment from '${resources_deployments_view_propsOf(res)['timestamp']}' is still active. Please see https://aka.ms/arm-deploy for usage details.`);
}
/** The DeploymentExtended properties every answer carries, from the evaluated template. */
function baseProperties(req, prepared, state) {
    const location = (body) => typeof body['location'] === 'string' ? normalizeLocation(body['location']) : undefined;
    return {
        parameters: prepared.evaluated.parameters,
        mode: 'Incremental',
        provisioningState: state,
        timestamp: req.emu.clock.nowIso(),
        duration: 'PT0S',
        correlationId: req.emu.random.uuid(),
        ...summaries(prepared.evaluated, (r) => location(r.body)),
    };
}
function resources_deployments_createOrUpdate(req, router) {
    const prepared = prepare(req, router);
    const existing = req.emu.state.get(prepared.id);
    if (existing && isActive(existing))
        throw deploymentActive(existing);
    const now = req.emu.clock.now();
    const body = {
        id: prepared.id,
        name: prepared.name,
        type: DEPLOYMENT_TYPE,
        ...(req.body?.['tags'] ? { tags: req.body['tags'] } : {}),
        properties: baseProperties(req, prepared, 'Accepted'),
    };
    const stored = {
        id: existing?.id ?? prepared.id,
        type: DEPLOYMENT_TYPE,
        body,
        createdAtMs: existing?.createdAtMs ?? now,
        meta: { startMs: now, operations: [], template: prepared.properties['template'] },
    };
    req.emu.state.put(stored);
    pruneHistory(req, prepared);
    const done = new SimOperation(now);
    const record = trackSimOperation(req, done, {
        resourceId: stored.id,
        // Only an injected lro-* fault settles the record this way; a real run settles `done`.
        onFailure: (error) => {
            Object.assign(resources_deployments_view_propsOf(stored), {
                provisioningState: 'Failed',
                error,
                duration: isoDuration(req.emu.clock.now() - now),
            });
        },
    });
    if (req.lroFault)
        resources_deployments_view_propsOf(stored)['provisioningState'] = req.lroFault.kind === 'lro-never-ends' ? 'Running' : 'Accepted';
    else
        new DeploymentRun(router, req.emu, stored, prepared.evaluated, done).start();
    const headers = req.emu.lro.headers(req, record, { location: false });
    return { status: existing ? 200 : 201, body: structuredClone(body), headers };
}
/** Deletes the oldest finished deployments of the group once its history passes 700. */
function pruneHistory(req, prepared) {
    const all = req.emu.state.list(DEPLOYMENT_TYPE, prepared.group.id);
    if (all.length <= HISTORY_PRUNE_ABOVE)
        return;
    const excess = all.length - HISTORY_PRUNE_TO;
    const oldest = all.filter((d) => !isActive(d)).sort((a, b) => Number(a.meta['startMs']) - Number(b.meta['startMs']));
    for (const d of oldest.slice(0, excess))
        req.emu.state.delete(d.id);
}
function resources_deployments_get(req) {
    return { status: 200, body: requireDeployment(req).body };
}
function resources_deployments_remove(req) {
    const res = resources_deployments_find(req);
    if (!res)
        return { status: 204 };
    if (isActive(res))
        throw deploymentActive(res);
    resources_deployments_view_propsOf(res)['provisioningState'] = 'Deleting';
    req.emu.state.touch();
    const op = req.emu.lro.start(req, {
        resourceId: res.id,
        durationSeconds: 1,
        onSuccess: () => void req.emu.state.delete(res.id),
    });
    return { status: 202, headers: req.emu.lro.headers(req, op, { asyncOperation: false }) };
}
const FILTER = /^provisioningState eq '([A-Za-z]+)'$/i;
function resources_deployments_list(req) {
    const group = requireResourceGroup(req);
    const filter = req.query.get('$filter');
    const m = filter ? FILTER.exec(filter.trim()) : null;
    if (filter && !m)
        throw badRequest('InvalidFilterInQueryString', `Invalid $filter '${filter}' specified in the query string.`);
    const items = req.emu.state
        .list(DEPLOYMENT_TYPE, group.id)
        .filter((d) => !m || String(resources_deployments_view_propsOf(d)['provisioningState']).toLowerCase() === m[1].toLowerCase())
        .map((d) => d.body);
    return pagedReply(req, items);
}
/** Validate: the checks of `prepare`; the result (200 DeploymentValidateResult) is served by the Location URL. */
function validate(req, router) {
    const prepared = prepare(req, router);
    const properties = {
        ...baseProperties(req, prepared, 'Succeeded'),
        validatedResources: prepared.evaluated.resources.map((r) => ({ id: r.id })),
    };
    const result = { id: prepared.id, name: prepared.name, type: DEPLOYMENT_TYPE, properties };
    return resources_deployments_accepted(req, prepared.id, result);
}
async function whatIf(req, router) {
    const prepared = prepare(req, router);
    const changes = await whatIfChanges(req, router, prepared);
    return resources_deployments_accepted(req, prepared.id, { status: 'Succeeded', properties: { changes } });
}
/** 202 + Location; the Location URL answers `result` with 200 once the operation ends. */
function resources_deployments_accepted(req, id, result) {
    const op = req.emu.lro.start(req, {
        resourceId: id,
        durationSeconds: 1,
        result: () => ({ status: 200, body: result }),
    });
    return { status: 202, headers: req.emu.lro.headers(req, op, { asyncOperation: false }) };
}
function resources_deployments_cancel(req) {
    const res = requireDeployment(req);
    const run = activeRun(req.emu, res.id);
    if (!run || !isActive(res)) {
        throw new ArmError(409, 'Conflict', `The deployment '${res.body['name']}' cannot be canceled: its provisioningState is '${resources_deployments_view_propsOf(res)['provisioningState']}'; only an Accepted or Running deployment can be canceled.`);
    }
    run.cancel();
    return { status: 204 };
}
function exportTemplate(req) {
    return { status: 200, body: { template: requireDeployment(req).meta['template'] ?? {} } };
}
function listOperations(req) {
    const res = requireDeployment(req);
    const now = req.emu.clock.now();
    return pagedReply(req, operationsOf(res).map((op) => operationView(res, op, now)));
}
function getOperation(req) {
    const res = requireDeployment(req);
    const op = operationsOf(res).find((o) => o.operationId.toLowerCase() === String(req.params['operationId']).toLowerCase());
    if (!op) {
        throw new ArmError(404, 'NotFound', `The operation '${req.params['operationId']}' of deployment '${res.body['name']}' could not be found.`);
    }
    return { status: 200, body: operationView(res, op, req.emu.clock.now()) };
}

;// CONCATENATED MODULE: ./src/emulator/providers/cdn-validate.ts

/**
 * Request validation and body shaping of the Front Door (Standard/Premium) resources,
 * Microsoft.Cdn 2024-02-01. Constraints are the spec's (`afdx.json` / `cdn.json`, as generated into
 * `@azure/arm-cdn` 9.1 `src/models/mappers.ts`): origin `priority` 1–5, `weight` 1–1000, ports
 * 1–65535; origin group `probeIntervalInSeconds` 1–255. Defaults where the service fills them in:
 * origin priority 1 and weight 50 ("Origins and origin groups in Azure Front Door",
 * learn.microsoft.com/azure/frontdoor/origin), enabledState Enabled, enforceCertificateNameCheck true.
 * Front Door's resource provider answers invalid values with 400 `BadRequest`.
 */
const badValue = (message, target) => new ArmError(400, 'BadRequest', message, [], {}, target);
const cdn_validate_propsOf = (input) => ({ ...(input['properties'] ?? {}) });
function intIn(p, name, min, max, fallback) {
    const value = p[name];
    if (value === undefined || value === null)
        return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        throw badValue(`The value '${String(value)}' of property '${name}' is invalid: it must be an integer from ${min} to ${max}.`, `properties.${name}`);
    }
    return value;
}
function cdn_validate_oneOf(p, name, allowed, fallback) {
    const value = p[name] ?? fallback;
    if (typeof value !== 'string' || !allowed.some((a) => a.toLowerCase() === value.toLowerCase())) {
        throw badValue(`The value '${String(value)}' of property '${name}' is not one of ${allowed.join(', ')}.`);
    }
    return allowed.find((a) => a.toLowerCase() === value.toLowerCase());
}
const ENABLED = ['Enabled', 'Disabled'];
const AFD_SKUS = ['Standard_AzureFrontDoor', 'Premium_AzureFrontDoor'];
/** Profile: only the Front Door Standard/Premium SKUs are emulated. */
function buildProfile(req, input, existing) {
    const sku = input['sku'] ?? existing?.body['sku'];
    const name = sku?.['name'];
    if (typeof name !== 'string')
        throw badValue("The property 'sku' is required.", 'sku');
    if (!AFD_SKUS.includes(name)) {
        throw badValue(`The SKU '${name}' is not supported by this emulator (Front Door Standard/Premium only).`, 'sku');
    }
    const previous = existing?.body['properties'] ?? {};
    const p = cdn_validate_propsOf(input);
    return {
        properties: {
            originResponseTimeoutSeconds: intIn(p, 'originResponseTimeoutSeconds', 16, 2_147_483_647, 60),
            frontDoorId: previous['frontDoorId'] ?? req.emu.random.uuid(),
            resourceState: 'Active',
        },
        extra: { sku: { name }, kind: 'frontdoor' },
    };
}
/** Endpoint: `hostName` is `<name>-<hash>.z01.azurefd.net`, fixed for the endpoint's life. */
function buildEndpoint(req, input, existing) {
    const p = cdn_validate_propsOf(input);
    const previous = existing?.body['properties'] ?? {};
    const name = (req.params['endpointName'] ?? '').toLowerCase();
    return {
        properties: {
            enabledState: cdn_validate_oneOf(p, 'enabledState', ENABLED, 'Enabled'),
            autoGeneratedDomainNameLabelScope: p['autoGeneratedDomainNameLabelScope'] ?? 'TenantReuse',
            hostName: previous['hostName'] ?? `${name}-${hashLabel(req)}.z01.azurefd.net`,
            profileName: req.params['profileName'],
        },
    };
}
function hashLabel(req) {
    const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
    return Array.from({ length: 16 }, () => chars[Math.floor(req.emu.random.next() * chars.length)]).join('');
}
function buildOriginGroup(req, input) {
    const p = cdn_validate_propsOf(input);
    const lb = p['loadBalancingSettings'] ?? {};
    const probe = p['healthProbeSettings'];
    const loadBalancingSettings = {
        sampleSize: intIn(lb, 'sampleSize', 0, 2_147_483_647, 4),
        successfulSamplesRequired: intIn(lb, 'successfulSamplesRequired', 0, 2_147_483_647, 3),
        additionalLatencyInMilliseconds: intIn(lb, 'additionalLatencyInMilliseconds', 0, 2_147_483_647, 50),
    };
    const healthProbeSettings = probe
        ? {
            probePath: probe['probePath'] ?? '/',
            probeRequestType: cdn_validate_oneOf(probe, 'probeRequestType', ['NotSet', 'GET', 'HEAD'], 'HEAD'),
            probeProtocol: cdn_validate_oneOf(probe, 'probeProtocol', ['NotSet', 'Http', 'Https'], 'Http'),
            probeIntervalInSeconds: intIn(probe, 'probeIntervalInSeconds', 1, 255, 100),
        }
        : undefined;
    return {
        properties: {
            loadBalancingSettings,
            ...(healthProbeSettings ? { healthProbeSettings } : {}),
            sessionAffinityState: cdn_validate_oneOf(p, 'sessionAffinityState', ENABLED, 'Disabled'),
            profileName: req.params['profileName'],
        },
    };
}
function buildOrigin(req, input) {
    const p = cdn_validate_propsOf(input);
    const hostName = p['hostName'];
    if (typeof hostName !== 'string' || hostName.length === 0) {
        throw badValue("The property 'hostName' is required.", 'properties.hostName');
    }
    return {
        properties: {
            hostName,
            httpPort: intIn(p, 'httpPort', 1, 65535, 80),
            httpsPort: intIn(p, 'httpsPort', 1, 65535, 443),
            originHostHeader: p['originHostHeader'] ?? hostName,
            priority: intIn(p, 'priority', 1, 5, 1),
            weight: intIn(p, 'weight', 1, 1000, 50),
            enabledState: cdn_validate_oneOf(p, 'enabledState', ENABLED, 'Enabled'),
            enforceCertificateNameCheck: p['enforceCertificateNameCheck'] ?? true,
            originGroupName: req.params['originGroupName'],
        },
    };
}
/** Route: its origin group must exist in the same profile (400 otherwise). */
function buildRoute(req, input) {
    const p = cdn_validate_propsOf(input);
    const group = p['originGroup']?.['id'];
    if (typeof group !== 'string')
        throw badValue("The property 'originGroup' is required.", 'properties.originGroup');
    const profileId = idOfProfile(req);
    if (!group.toLowerCase().startsWith(`${profileId.toLowerCase()}/origingroups/`) || !req.emu.state.has(group)) {
        throw badValue(`The origin group '${group}' does not exist in profile '${req.params['profileName']}'.`);
    }
    const patterns = p['patternsToMatch'] ?? ['/*'];
    if (!patterns.every((x) => typeof x === 'string' && x.startsWith('/'))) {
        throw badValue("Every entry of 'patternsToMatch' must be a path starting with '/'.", 'properties.patternsToMatch');
    }
    return {
        properties: {
            customDomains: p['customDomains'] ?? [],
            originGroup: { id: group },
            ...(p['originPath'] !== undefined ? { originPath: p['originPath'] } : {}),
            ruleSets: p['ruleSets'] ?? [],
            supportedProtocols: p['supportedProtocols'] ?? ['Http', 'Https'],
            patternsToMatch: patterns,
            forwardingProtocol: cdn_validate_oneOf(p, 'forwardingProtocol', ['HttpOnly', 'HttpsOnly', 'MatchRequest'], 'MatchRequest'),
            linkToDefaultDomain: cdn_validate_oneOf(p, 'linkToDefaultDomain', ENABLED, 'Disabled'),
            httpsRedirect: cdn_validate_oneOf(p, 'httpsRedirect', ENABLED, 'Disabled'),
            enabledState: cdn_validate_oneOf(p, 'enabledState', ENABLED, 'Enabled'),
            endpointName: req.params['endpointName'],
        },
    };
}
function idOfProfile(req) {
    const { subscriptionId, resourceGroupName, profileName } = req.params;
    const rg = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName}`;
    return `${rg}/providers/Microsoft.Cdn/profiles/${profileName}`;
}

;// CONCATENATED MODULE: ./src/emulator/providers/cdn-frontdoor.ts





/**
 * Microsoft.Cdn, Azure Front Door Standard/Premium, api-version 2024-02-01 (what `@azure/arm-cdn` 9.1
 * sends): profiles (`cdn.json` Profiles_*), afdEndpoints, originGroups, origins and routes (`afdx.json`
 * AFDEndpoints_*, AFDOriginGroups_*, AFDOrigins_*, Routes_*), in Azure/azure-rest-api-specs
 * `specification/cdn/resource-manager/Microsoft.Cdn/stable/2024-02-01/`. Every create, update (PATCH,
 * merge) and delete is long-running (`x-ms-long-running-operation`, final state via
 * azure-async-operation): 201/200 + `Azure-AsyncOperation` with `provisioningState` Creating/Updating,
 * DELETE 202. No ETags (the AFD definitions carry none). A succeeded write reaches traffic after the
 * modelled propagation delay (sim/front-door.ts); `deploymentStatus` tells where it is
 * (sim/front-door-status.ts).
 */
const CDN_API_VERSIONS = ['2024-02-01'];
const cdn_frontdoor_RG = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cdn';
const PROFILE = `${cdn_frontdoor_RG}/profiles/{profileName}`;
/** A succeeded write: the profile's configuration propagates to the edge from now. */
function written(req, res) {
    setDeploymentStatus(res.body, 'InProgress');
    res.meta[WRITTEN_AT] = req.emu.clock.now();
    deployWorld(req.emu).frontDoor.changed(idOfProfile(req));
}
/** After a child's delete completes (its LRO), the profile without it propagates. */
function afterDelete(req, seconds) {
    const profileId = idOfProfile(req);
    req.emu.scheduler.after(seconds + 0.001, () => {
        if (req.emu.state.has(profileId))
            deployWorld(req.emu).frontDoor.changed(profileId);
    });
}
function cdn_frontdoor_child(type, path, nameParam, prefix, list, build, extra = {}) {
    const durations = { create: 5, update: 5, delete: 5 };
    return {
        type,
        path,
        nameParam,
        apiVersions: CDN_API_VERSIONS,
        tracked: false,
        durations,
        operations: {
            createOrUpdate: `${prefix}_Create`,
            update: `${prefix}_Update`,
            get: `${prefix}_Get`,
            delete: `${prefix}_Delete`,
            listByParent: list,
        },
        build: (req, input, existing) => {
            const { properties } = build(req, input, existing);
            setDeploymentStatus({ properties }, 'NotStarted');
            return { properties };
        },
        onProvisioned: (req, res) => written(req, res),
        beforeDelete: (req) => afterDelete(req, durations.delete),
        // ProxyResources (cdn.json `ProxyResource`) carry no tags: the kit's empty map is not on the wire.
        view: (_req, res) => {
            if (extra.tracked)
                return res.body;
            const { tags: _tags, ...body } = res.body;
            return body;
        },
        ...extra,
    };
}
const profiles = {
    type: CDN_TYPES.profile,
    path: PROFILE,
    nameParam: 'profileName',
    apiVersions: CDN_API_VERSIONS,
    durations: { create: 10, update: 5, delete: 10 },
    operations: {
        createOrUpdate: 'Profiles_Create',
        update: 'Profiles_Update',
        get: 'Profiles_Get',
        delete: 'Profiles_Delete',
        listByParent: { path: `${cdn_frontdoor_RG}/profiles`, operation: 'Profiles_ListByResourceGroup' },
        listBySubscription: {
            path: '/subscriptions/{subscriptionId}/providers/Microsoft.Cdn/profiles',
            operation: 'Profiles_List',
        },
    },
    build: (req, input, existing) => buildProfile(req, input, existing),
    beforeDelete: (req, res) => {
        req.emu.scheduler.after(10, () => void deployWorld(req.emu).frontDoor.removeProfile(res.id));
    },
};
const endpoints = cdn_frontdoor_child(CDN_TYPES.endpoint, `${PROFILE}/afdEndpoints/{endpointName}`, 'endpointName', 'AFDEndpoints', { path: `${PROFILE}/afdEndpoints`, operation: 'AFDEndpoints_ListByProfile' }, buildEndpoint, 
// AFDEndpoint is a TrackedResource in afdx.json (location required, tags); the others are ProxyResources.
{ tracked: true });
const originGroups = cdn_frontdoor_child(CDN_TYPES.originGroup, `${PROFILE}/originGroups/{originGroupName}`, 'originGroupName', 'AFDOriginGroups', { path: `${PROFILE}/originGroups`, operation: 'AFDOriginGroups_ListByProfile' }, buildOriginGroup, {
    beforeDelete: (req, res) => {
        refusedWhileRouted(req, res);
        afterDelete(req, 5);
    },
});
const origins = cdn_frontdoor_child(CDN_TYPES.origin, `${PROFILE}/originGroups/{originGroupName}/origins/{originName}`, 'originName', 'AFDOrigins', { path: `${PROFILE}/originGroups/{originGroupName}/origins`, operation: 'AFDOrigins_ListByOriginGroup' }, buildOrigin);
const routes = cdn_frontdoor_child(CDN_TYPES.route, `${PROFILE}/afdEndpoints/{endpointName}/routes/{routeName}`, 'routeName', 'Routes', { path: `${PROFILE}/afdEndpoints/{endpointName}/routes`, operation: 'Routes_ListByEndpoint' }, buildRoute);
/** An origin group a route still sends traffic to cannot be deleted. */
function refusedWhileRouted(req, group) {
    const user = req.emu.state
        .list(CDN_TYPES.route, idOfProfile(req))
        .find((r) => String(r.body['properties']['originGroup']?.['id']).toLowerCase() ===
        group.id.toLowerCase());
    if (user) {
        throw badValue(`The origin group '${group.body['name']}' is used by route '${user.id}' and cannot be deleted.`);
    }
}
const cdnProvider = {
    name: 'Microsoft.Cdn',
    register(router) {
        for (const spec of [profiles, endpoints, originGroups, origins, routes])
            registerTrackedResource(router, spec);
    },
    /** After a reload, every profile's stored configuration routes at once (listeners on new ports). */
    onRestore(emu) {
        const traffic = deployWorld(emu).frontDoor;
        const saved = traffic.timings.propagationSeconds;
        traffic.timings.propagationSeconds = 0;
        for (const p of emu.state.list(CDN_TYPES.profile, `/subscriptions/${emu.subscriptionId}`))
            traffic.changed(p.id);
        traffic.timings.propagationSeconds = saved;
    },
};

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
    monitorProvider,
    resourcesDeploymentsProvider,
    cdnProvider,
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
            await emulator_closeServer(server);
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
function emulator_closeServer(server) {
    return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
    });
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
// EXTERNAL MODULE: ./src/core/deploy/names.ts
var names = __webpack_require__(18171);
// EXTERNAL MODULE: ./src/core/deploy/registry.ts + 5 modules
var registry = __webpack_require__(53129);
;// CONCATENATED MODULE: ./src/emulator/world-shape.ts

function shapeOf(strategy) {
    const d = (0,registry/* descriptorOf */.nb)(strategy);
    if (d.artifact === 'web-artifact')
        return 'web-app';
    return d.targetInputs.some((t) => t.input === 'load-balancer') ? 'scale-set-pair' : 'scale-set';
}

// EXTERNAL MODULE: ./src/emulator/world-monitoring.ts
var world_monitoring = __webpack_require__(89730);
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
const world_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const VERSION = /^\d+\.\d+\.\d+$/;
const TOP = ['name', 'location', 'resourceGroup', 'gallery', 'targets', 'monitoring'];
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
            name: v.match(o['name'], `${at}.name`, world_NAME, 'a name of letters, digits, . _ -'),
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
    const monitoring = (0,world_monitoring/* validateMonitoring */.TN)(v, top['monitoring'], world.targets);
    return monitoring ? { ...world, monitoring } : world;
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
    const imageName = v.match(o['image'], `${at}.image`, world_NAME, 'an image name from gallery.images');
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
monitoring:
  # Application Insights component appi-demo (table requests) and Log Analytics workspace log-demo
  # (table AppRequests) receive the requests of every target. No load until you start some:
  #   immutable-deploy emulator load web --rps 10
  components:
    - name: appi-demo
  workspaces:
    - name: log-demo
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
  health unhealthy|failing|errors|list|clear
                           script a version's health (at once, or once it takes live traffic)
  load TARGET --rps N | load list | load clear
                           synthetic requests per simulated second (telemetry for metrics,
                           alerts and log queries)
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
    load: loadVerb,
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
        const id = a.positionals[0] ?? cli_fail(`which fault?\n${FAULT_HELP}`);
        await callControl(a.conn(), 'DELETE', `/faults/${encodeURIComponent(id)}`);
        return print(json, { removed: id }, () => `removed ${id}\n`);
    }
    if (action === 'clear') {
        const answer = (await callControl(a.conn(), 'DELETE', '/faults'));
        return print(json, answer, () => `cleared ${answer.cleared} fault(s)\n`);
    }
    cli_fail(`unknown fault action '${action}'\n${FAULT_HELP}`);
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
       immutable-deploy emulator health errors --version V [--rate R] [--when now|live]
       immutable-deploy emulator health list [--json]
       immutable-deploy emulator health clear

Scripts the health of whatever runs image version V (scale set instances running gallery version V,
App Service apps running a container tagged V).
  unhealthy              fails health probes and the load balancer's probe (503 to requests)
  failing                fails to boot or start (instances Failed, a swap aborts)
  errors                 passes its health checks, but answers a share R (default 1) of the other
                         requests with HTTP 500: only metrics, alerts and log queries see it
  --when now             from now on (default)
  --when live            once V takes production traffic: instances serving behind a load balancer
                         rule not named 'preview', or the App Service production slot
${CONNECT_HELP}
`;
async function healthVerb(argv) {
    const [action, ...rest] = argv;
    if (action === undefined || action === '--help' || action === '-h')
        return out(HEALTH_HELP);
    const scripting = action === 'unhealthy' || action === 'failing' || action === 'errors';
    const options = scripting
        ? {
            version: { type: 'string' },
            ...(action !== 'failing' ? { when: { type: 'string' } } : {}),
            ...(action === 'errors' ? { rate: { type: 'string' } } : {}),
        }
        : {};
    const a = verbArgs(rest, HEALTH_HELP, options);
    if (!a)
        return;
    const json = Boolean(a.values['json']);
    if (scripting) {
        const version = a.values['version'] ?? cli_fail(`--version is required\n${HEALTH_HELP}`);
        const rate = a.values['rate'] === undefined ? undefined : toNumber('--rate', a.values['rate']);
        const rule = (await callControl(a.conn(), 'POST', '/health', {
            version,
            state: action,
            when: a.values['when'] ?? 'now',
            ...(rate === undefined ? {} : { rate }),
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
    cli_fail(`unknown health action '${action}'\n${HEALTH_HELP}`);
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
const LOAD_HELP = `Usage: immutable-deploy emulator load TARGET --rps N [--path P] [--port N | --slot S]
       immutable-deploy emulator load --load-balancer NAME [--port N] --rps N [--path P]
       immutable-deploy emulator load --site NAME [--slot S] --rps N [--path P]
       immutable-deploy emulator load list [--json]
       immutable-deploy emulator load clear

Sends N requests per simulated second through a world target (its load balancer's live rule, or
its web app's production slot), a load balancer rule or an App Service slot, on simulated time:
the same routing as a client's, answered without sockets. Their telemetry feeds the metrics, metric
alerts and log queries. --rps 0 stops one; clear stops all.
${CONNECT_HELP}
`;
async function loadVerb(argv) {
    const action = argv[0];
    if (action === undefined || action === '--help' || action === '-h')
        return out(LOAD_HELP);
    if (action === 'list' || action === 'clear') {
        const a = verbArgs(argv.slice(1), LOAD_HELP);
        if (!a)
            return;
        const answer = (await callControl(a.conn(), action === 'list' ? 'GET' : 'DELETE', '/load'));
        return print(Boolean(a.values['json']), answer, () => answer.load
            ? answer.load.length === 0
                ? 'no load\n'
                : answer.load
                    .map((l) => `${l.key}: ${l.requestsPerSecond}/s, sent ${l.sent} ${JSON.stringify(l.answers)}\n`)
                    .join('')
            : `stopped ${answer.stopped ?? 0} load generator(s)\n`);
    }
    const options = {
        rps: { type: 'string' },
        path: { type: 'string' },
        port: { type: 'string' },
        slot: { type: 'string' },
        'load-balancer': { type: 'string' },
        site: { type: 'string' },
    };
    const a = verbArgs(argv, LOAD_HELP, options, 1);
    if (!a)
        return;
    const v = a.values;
    if (v['rps'] === undefined)
        throw new Error(`--rps is required\n${LOAD_HELP}`);
    const body = Object.fromEntries(Object.entries({
        target: a.positionals[0],
        loadBalancer: v['load-balancer'],
        site: v['site'],
        slot: v['slot'],
        port: v['port'] === undefined ? undefined : wholeNumber('--port', v['port']),
        requestsPerSecond: toNumber('--rps', v['rps']),
        path: v['path'],
    }).filter(([, x]) => x !== undefined));
    const answer = (await callControl(a.conn(), 'POST', '/load', body));
    print(Boolean(v['json']), answer, () => answer.load
        ? `${answer.load.key}: ${String(body['requestsPerSecond'])} requests per simulated second\n`
        : 'stopped\n');
}
const RESET_HELP = `Usage: immutable-deploy emulator reset\n\nClears faults, health rules, scripts and the request log (resources stay as they are).\n${CONNECT_HELP}\n`;
async function resetVerb(argv) {
    const a = verbArgs(argv, RESET_HELP);
    if (!a)
        return;
    const answer = await callControl(a.conn(), 'POST', '/reset');
    print(Boolean(a.values['json']), answer, () => 'reset: faults, health rules, scripts and the request log cleared\n');
}
function cli_fail(message) {
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


/***/ }),

/***/ 80300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ KqlError)
/* harmony export */ });
/**
 * The contract between the emulator's query APIs (Application Insights / Log Analytics) and its
 * KQL evaluator: tables in, one table out, in the shapes the Log Analytics query API returns
 * (`tables[].columns[{name,type}]`, `tables[].rows[][]`).
 */
/** A query the evaluator refuses: unknown operator/function, syntax error, unknown table or column. */
class KqlError extends Error {
    code;
    constructor(message, 
    /** The Log Analytics error code: 'BadArgumentError' (syntax, semantics) or 'SemanticError'. */
    code = 'BadArgumentError') {
        super(message);
        this.code = code;
        this.name = 'KqlError';
    }
}


/***/ }),

/***/ 11750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ps: () => (/* binding */ metricsOf),
/* harmony export */   tB: () => (/* binding */ performanceBucket),
/* harmony export */   u3: () => (/* binding */ TIME_GRAINS_MS),
/* harmony export */   uZ: () => (/* binding */ AGGREGATIONS)
/* harmony export */ });
const AGGREGATIONS = ['Average', 'Count', 'Minimum', 'Maximum', 'Total'];
/** Time grains every served metric supports (Azure's common grains, "Supported metrics" tables: PT1M). */
const TIME_GRAINS_MS = [1, 5, 15, 30, 60, 360, 720, 1440].map((m) => m * 60_000);
const countIf = (match, dims) => {
    return (inputs) => inputs
        .records()
        .filter(match)
        .map((r) => ({ timeMs: r.timeMs, dims: dims(r), value: 1 }));
};
const instanceDim = (r) => ({ Instance: r.instance });
const inClass = (low, high) => (r) => r.status >= low && r.status < high;
const appCounter = (name, displayName, description, match) => ({
    name,
    displayName,
    description,
    unit: 'Count',
    primaryAggregation: 'Total',
    dimensions: ['Instance'],
    counter: true,
    observe: countIf(match, instanceDim),
});
const responseTime = (name, displayName, description) => ({
    name,
    displayName,
    description,
    unit: 'Seconds',
    primaryAggregation: 'Average',
    dimensions: ['Instance'],
    counter: false,
    observe: (inputs) => inputs.records().map((r) => ({ timeMs: r.timeMs, dims: instanceDim(r), value: r.durationMs / 1000 })),
});
/** "Supported metrics for Microsoft.Web/sites" (the request metrics; slots have the same). */
const APP_SERVICE = [
    appCounter('Requests', 'Requests', 'The total number of requests regardless of their resulting HTTP status code.', () => true),
    appCounter('Http2xx', 'Http 2xx', 'The count of requests resulting in an HTTP status code >= 200 but < 300.', inClass(200, 300)),
    appCounter('Http3xx', 'Http 3xx', 'The count of requests resulting in an HTTP status code >= 300 but < 400.', inClass(300, 400)),
    appCounter('Http401', 'Http 401', 'The count of requests resulting in HTTP 401 status code.', inClass(401, 402)),
    appCounter('Http403', 'Http 403', 'The count of requests resulting in HTTP 403 status code.', inClass(403, 404)),
    appCounter('Http404', 'Http 404', 'The count of requests resulting in HTTP 404 status code.', inClass(404, 405)),
    appCounter('Http406', 'Http 406', 'The count of requests resulting in HTTP 406 status code.', inClass(406, 407)),
    appCounter('Http4xx', 'Http 4xx', 'The count of requests resulting in an HTTP status code >= 400 but < 500.', inClass(400, 500)),
    appCounter('Http5xx', 'Http Server Errors', 'The count of requests resulting in an HTTP status code >= 500 but < 600.', inClass(500, 600)),
    responseTime('HttpResponseTime', 'Response Time', 'The time taken for the app to serve requests, in seconds.'),
    responseTime('AverageResponseTime', 'Average Response Time (deprecated)', 'The average time taken for the app to serve requests, in seconds.'),
];
const sampled = (name, displayName, description, unit, dimensions) => ({
    name,
    displayName,
    description,
    unit,
    primaryAggregation: 'Average',
    dimensions,
    counter: false,
    observe: (inputs) => inputs.samples(name).map((s) => ({ timeMs: s.timeMs, dims: s.dims, value: s.value })),
});
/** "Supported metrics for Microsoft.Network/loadBalancers" (the availability metrics). */
const LOAD_BALANCER = [
    sampled('VipAvailability', 'Data Path Availability', 'Average Load Balancer data path availability per time duration', 'Count', ['FrontendIPAddress', 'FrontendPort']),
    sampled('DipAvailability', 'Health Probe Status', 'Average Load Balancer health probe status per time duration', 'Count', ['ProtocolType', 'BackendPort', 'FrontendIPAddress', 'FrontendPort', 'BackendIPAddress']),
];
/** "Supported metrics for Microsoft.Compute/virtualMachineScaleSets" (CPU only, a model). */
const SCALE_SET = [
    sampled('Percentage CPU', 'Percentage CPU', 'The percentage of allocated compute units that are currently in use by the Virtual Machine(s)', 'Percent', ['VMName']),
];
const aiDims = (r) => ({
    'request/performanceBucket': performanceBucket(r.durationMs),
    'request/resultCode': String(r.status),
    'operation/synthetic': String(r.synthetic),
    'cloud/roleInstance': r.roleInstance,
    'request/success': String(r.success),
    'cloud/roleName': r.roleName,
});
const AI_DIMENSIONS = Object.keys(aiDims({ durationMs: 0, status: 200 }));
/** "Supported metrics for microsoft.insights/components" (the server request metrics). */
const COMPONENT = [
    {
        name: 'requests/count',
        displayName: 'Server requests',
        description: 'Count HTTP requests completed.',
        unit: 'Count',
        primaryAggregation: 'Count',
        dimensions: AI_DIMENSIONS,
        counter: true,
        observe: countIf(() => true, aiDims),
    },
    {
        name: 'requests/failed',
        displayName: 'Failed requests',
        description: 'Count of HTTP requests marked as failed.',
        unit: 'Count',
        primaryAggregation: 'Count',
        dimensions: AI_DIMENSIONS,
        counter: true,
        observe: countIf((r) => !r.success, aiDims),
    },
    {
        name: 'requests/duration',
        displayName: 'Server response time',
        description: 'Time between receiving an HTTP request and finishing sending the response.',
        unit: 'MilliSeconds',
        primaryAggregation: 'Average',
        dimensions: AI_DIMENSIONS,
        counter: false,
        observe: (inputs) => inputs.records().map((r) => ({ timeMs: r.timeMs, dims: aiDims(r), value: r.durationMs })),
    },
];
const CATALOG = {
    'microsoft.web/sites': { namespace: 'Microsoft.Web/sites', metrics: APP_SERVICE },
    'microsoft.web/sites/slots': { namespace: 'Microsoft.Web/sites/slots', metrics: APP_SERVICE },
    'microsoft.network/loadbalancers': { namespace: 'Microsoft.Network/loadBalancers', metrics: LOAD_BALANCER },
    'microsoft.compute/virtualmachinescalesets': {
        namespace: 'Microsoft.Compute/virtualMachineScaleSets',
        metrics: SCALE_SET,
    },
    'microsoft.insights/components': { namespace: 'microsoft.insights/components', metrics: COMPONENT },
};
/** The metrics of a resource type (case-insensitive), or undefined when it has none here. */
function metricsOf(resourceType) {
    return CATALOG[resourceType.toLowerCase()];
}
/** Application Insights' performance buckets (`<250ms`, `250ms-500ms`, …). */
function performanceBucket(ms) {
    const edges = [
        [250, '<250ms'],
        [500, '250ms-500ms'],
        [1000, '500ms-1sec'],
        [3000, '1sec-3sec'],
        [7000, '3sec-7sec'],
        [15_000, '7sec-15sec'],
        [30_000, '15sec-30sec'],
        [60_000, '30sec-1min'],
        [120_000, '1min-2min'],
        [300_000, '2min-5min'],
    ];
    return edges.find(([limit]) => ms < limit)?.[1] ?? '>=5min';
}


/***/ }),

/***/ 89730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ buildMonitoring),
/* harmony export */   TN: () => (/* binding */ validateMonitoring)
/* harmony export */ });
/* unused harmony export targetResources */
/* harmony import */ var _monitor_metric_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11750);

const SINK_NAME = /^[A-Za-z0-9][A-Za-z0-9._()-]{0,62}$/;
const RESOURCES = ['web-app', 'slot', 'load-balancer', 'scale-set'];
const AGGREGATIONS = ['Average', 'Count', 'Minimum', 'Maximum', 'Total'];
const OPERATORS = ['Equals', 'GreaterThan', 'GreaterThanOrEqual', 'LessThan', 'LessThanOrEqual'];
const ALERT_FIELDS = [
    'name',
    'target',
    'resource',
    'metric',
    'aggregation',
    'operator',
    'threshold',
    'window',
    'frequency',
    'severity',
];
function validateMonitoring(v, raw, targets) {
    if (raw === undefined)
        return undefined;
    const o = v.object(raw, 'monitoring', ['components', 'workspaces', 'alerts', 'load']);
    const names = targets.map((t) => t.name.toLowerCase());
    const targetName = (value, at) => {
        const name = v.match(value, at, /^[A-Za-z0-9-]{1,41}$/, 'a target name');
        if (!names.includes(name.toLowerCase()))
            v.fail(at, 'is not one of targets');
        return name;
    };
    const sinks = (key) => (o[key] === undefined ? [] : v.list(o[key], `monitoring.${key}`, 0)).map((item, i) => {
        const at = `monitoring.${key}[${i}]`;
        const s = v.object(item, at, ['name', 'sources']);
        const sources = s['sources'] === undefined
            ? undefined
            : v.list(s['sources'], `${at}.sources`, 1).map((x, k) => targetName(x, `${at}.sources[${k}]`));
        return { name: v.match(s['name'], `${at}.name`, SINK_NAME, 'a resource name'), ...(sources ? { sources } : {}) };
    });
    const alerts = (o['alerts'] === undefined ? [] : v.list(o['alerts'], 'monitoring.alerts', 0)).map((item, i) => alertRule(v, item, `monitoring.alerts[${i}]`, targets, targetName));
    const load = (o['load'] === undefined ? [] : v.list(o['load'], 'monitoring.load', 0)).map((item, i) => {
        const at = `monitoring.load[${i}]`;
        const l = v.object(item, at, ['target', 'rps', 'path']);
        return {
            target: targetName(l['target'], `${at}.target`),
            rps: v.int(l['rps'], `${at}.rps`, 0, 1000),
            path: v.match(l['path'] ?? '/', `${at}.path`, /^\/[^\s]*$/, 'a path starting with /'),
        };
    });
    return { components: sinks('components'), workspaces: sinks('workspaces'), alerts, load };
}
function alertRule(v, raw, at, targets, targetName) {
    const a = v.object(raw, at, ALERT_FIELDS);
    const name = v.match(a['name'], `${at}.name`, SINK_NAME, 'a rule name');
    const target = targetName(a['target'], `${at}.target`);
    const shape = targets.find((t) => t.name.toLowerCase() === target.toLowerCase()).shape;
    const metric = v.match(a['metric'], `${at}.metric`, /^.{1,80}$/, 'a metric name');
    const candidates = resourcesOf(shape);
    const resource = a['resource'] === undefined
        ? (candidates.find((r) => hasMetric(r, metric)) ??
            v.fail(`${at}.metric`, `is not a metric of this target's resources (${candidates.join(', ')})`))
        : v.oneOf(a['resource'], `${at}.resource`, RESOURCES);
    if (!candidates.includes(resource))
        v.fail(`${at}.resource`, `must be one of ${candidates.join(', ')} for this target`);
    if (!hasMetric(resource, metric))
        v.fail(`${at}.metric`, `is not a metric of the ${resource}`);
    if (typeof a['threshold'] !== 'number' || !Number.isFinite(a['threshold']))
        v.fail(`${at}.threshold`, 'must be a number');
    return {
        name,
        target,
        resource,
        metric,
        aggregation: v.oneOf(a['aggregation'] ?? 'Total', `${at}.aggregation`, AGGREGATIONS),
        operator: v.oneOf(a['operator'] ?? 'GreaterThan', `${at}.operator`, OPERATORS),
        threshold: a['threshold'],
        window: v.oneOf(a['window'] ?? 'PT5M', `${at}.window`, [
            'PT1M',
            'PT5M',
            'PT15M',
            'PT30M',
            'PT1H',
            'PT6H',
            'PT12H',
            'P1D',
        ]),
        frequency: v.oneOf(a['frequency'] ?? 'PT1M', `${at}.frequency`, ['PT1M', 'PT5M', 'PT15M', 'PT30M', 'PT1H']),
        severity: v.int(a['severity'] ?? 2, `${at}.severity`, 0, 4),
    };
}
const TYPES = {
    'web-app': 'Microsoft.Web/sites',
    slot: 'Microsoft.Web/sites/slots',
    'load-balancer': 'Microsoft.Network/loadBalancers',
    'scale-set': 'Microsoft.Compute/virtualMachineScaleSets',
};
function resourcesOf(shape) {
    return shape === 'web-app' ? ['web-app', 'slot'] : ['load-balancer', 'scale-set'];
}
function hasMetric(resource, metric) {
    return Boolean((0,_monitor_metric_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .metricsOf */ .Ps)(TYPES[resource])?.metrics.some((m) => m.name.toLowerCase() === metric.toLowerCase()));
}
/**
 * The resource ids of a world target: its web app (a web app covers its slots) or its scale
 * sets (both colours of a pair: the idle one receives traffic after a switch) and load balancer.
 */
function targetResources(rgId, t) {
    const compute = `${rgId}/providers/Microsoft.Compute/virtualMachineScaleSets`;
    if (t.shape === 'web-app') {
        const site = `${rgId}/providers/Microsoft.Web/sites/${t.name}`;
        return { 'web-app': [site], slot: [`${site}/slots/${t.slot}`], 'load-balancer': [], 'scale-set': [] };
    }
    const lb = [`${rgId}/providers/Microsoft.Network/loadBalancers/${t.name}-lb`];
    const sets = t.shape === 'scale-set-pair'
        ? [`${compute}/${t.name}-blue`, `${compute}/${t.name}-green`]
        : [`${compute}/${t.name}`];
    return { 'web-app': [], slot: [], 'load-balancer': lb, 'scale-set': sets };
}
/** Creates the section's resources on a built world; the request log is cleared afterwards by the caller. */
function buildMonitoring(emu, m, world) {
    const rgId = `/subscriptions/${emu.subscriptionId}/resourceGroups/${world.resourceGroup}`;
    const byName = (name) => world.targets.find((t) => t.name.toLowerCase() === name.toLowerCase());
    const sources = (names) => names?.flatMap((n) => {
        const r = targetResources(rgId, byName(n));
        return [...r['web-app'], ...r['scale-set']];
    });
    const monitor = emu.control.monitor;
    const info = { components: {}, workspaces: {}, alertRules: {} };
    for (const c of m.components) {
        const res = monitor.createComponent(world.resourceGroup, c.name);
        if (c.sources)
            res.meta['sources'] = sources(c.sources);
        info.components[c.name] = {
            id: res.id,
            appId: String(res.body['properties']['AppId']),
        };
    }
    for (const w of m.workspaces) {
        const res = monitor.createWorkspace(world.resourceGroup, w.name);
        if (w.sources)
            res.meta['sources'] = sources(w.sources);
        const customerId = String(res.body['properties']['customerId']);
        info.workspaces[w.name] = { id: res.id, customerId };
    }
    for (const a of m.alerts) {
        const scope = targetResources(rgId, byName(a.target))[a.resource][0];
        const res = monitor.createAlertRule(world.resourceGroup, a.name, { ...a, scope });
        info.alertRules[a.name] = res.id;
    }
    for (const l of m.load) {
        const t = byName(l.target);
        const r = targetResources(rgId, t);
        const target = t.shape === 'web-app' ? { site: r['web-app'][0] } : { loadBalancer: r['load-balancer'][0], port: t.livePort };
        monitor.setLoad(target, l.rps, { path: l.path });
    }
    return info;
}


/***/ })

};
