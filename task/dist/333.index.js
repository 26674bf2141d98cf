export const id = 333;
export const ids = [333];
export const modules = {

/***/ 4064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ PRODUCTION_SLOT)
/* harmony export */ });
const PRODUCTION_SLOT = 'production';


/***/ }),

/***/ 9312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canaryGates)
/* harmony export */ });
/* harmony import */ var _analysis_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8107);

/** Runs the 'analysis' gates (none configured: nothing); returns why the canary must stop, or undefined. */
async function canaryGates(ctx, ex, at) {
    const { settings, deps } = ctx;
    if (settings.analysis.length === 0)
        return undefined;
    const { monitor } = await ctx.azure();
    const results = await (0,_analysis_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runAnalysis */ .A1)(settings.analysis, {
        ex,
        monitor: ex.planning ? undefined : monitor,
        clock: deps.clock,
        log: deps.host,
        target: at.target,
        resourceGroup: settings.deploy.resourceGroup ?? settings.resourceGroup,
        context: { version: at.version, previousVersion: at.previousVersion, since: deps.clock.now() },
        label: at.label,
        runSignal: ctx.signal,
    });
    for (const r of results)
        if (r.warning)
            ctx.warn(`${at.label}: ${r.warning}`);
    const failed = results.filter((r) => !r.passed && !r.stopped);
    if (failed.length === 0)
        return undefined;
    return failed.map((r) => `analysis '${r.name}' ${r.detail}`).join('; ');
}


/***/ }),

/***/ 1090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ canaryOutputs)
/* harmony export */ });
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(779);

/**
 * 'canary-weight' (`weight`: the share the strategy measures, the walk's by default), 'canary-step'
 * and the canary's 'result': 'promoted', 'paused', or 'aborted' after a failed check.
 */
function canaryOutputs(progress, err, weight = progress.weight) {
    const ended = progress.pausedAt !== undefined ? 'paused' : 'promoted';
    const result = err === undefined ? ended : err instanceof _walk_js__WEBPACK_IMPORTED_MODULE_0__/* .CanaryAborted */ .YB ? 'aborted' : undefined;
    return {
        canaryWeight: weight,
        ...(progress.step ? { canaryStep: progress.step } : {}),
        ...(result ? { canaryResult: result } : {}),
    };
}


/***/ }),

/***/ 3822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K$: () => (/* binding */ describePaused),
/* harmony export */   _y: () => (/* binding */ resumePoint),
/* harmony export */   jW: () => (/* binding */ pausedCanary),
/* harmony export */   jh: () => (/* binding */ WHAT_NEXT)
/* harmony export */ });
/* unused harmony export weightBefore */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(779);
/**
 * A canary stopped at an open pause, as the release record on the target holds it (state
 * 'paused', the canary's version as `target`, the step index and the share: record.ts), and the
 * checks a later 'promote' makes before it continues: something is paused, it is the version
 * asked for, and today's 'canary-steps' still has that pause at that index after the same share.
 */


/** What to run next while a canary is paused (the summary and the errors say it). */
const WHAT_NEXT = "run the 'promote' stage (immutable-deploy promote) to continue, or 'abort' (immutable-deploy abort) to return all traffic to the stable release";
/** The paused canary the record holds, or undefined when none is paused (or the record is unreadable). */
function pausedCanary(record) {
    if (record.state !== 'paused' || !record.target)
        return undefined;
    const step = Number(record.canaryStep);
    const weight = Number(record.canaryWeight ?? '0');
    if (!Number.isInteger(step) || step < 1 || !Number.isInteger(weight) || weight < 0 || weight > 100)
        return undefined;
    return { version: record.target, index: step - 1, weight };
}
/** The share the weight steps before `index` set (0 before the first). */
function weightBefore(steps, index) {
    let weight = 0;
    for (const step of steps.slice(0, index))
        if (step.kind === 'weight')
            weight = step.percent;
    return weight;
}
/** "canary of 2.0.0 paused at step 2/4: pause with 10% of production traffic on slot staging of web app shop" */
function describePaused(p, steps, where) {
    const at = steps && p.index < steps.length ? (0,_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .stepName */ .u)(steps, p.index) : `${p.index + 1}`;
    return `canary of ${p.version} paused at step ${at} with ${p.weight}% of production traffic on ${where}`;
}
/**
 * Where 'promote' continues: the paused canary, checked against the version asked for (when the
 * inputs name one) and today's steps. Every refusal is an 'input' error made before any write.
 */
function resumePoint(record, steps, requested, where) {
    const paused = pausedCanary(record);
    if (!paused) {
        const live = record.current ? `; ${record.current} is live` : '';
        const says = `its release record says state '${record.state ?? 'none'}'${live}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `nothing to promote: no canary is paused on ${where} (${says}); expected a deploy with 'canary-steps' that stopped at 'pause'`);
    }
    const now = describePaused(paused, steps, where);
    if (requested !== undefined && requested !== paused.version)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `the ${now}, not ${requested}: promote it with the inputs of the deploy that paused it, or run 'abort' and then deploy ${requested}`);
    if (!steps)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `input 'canary-steps' is required to promote the ${now}; expected the steps of the deploy that paused it`);
    const step = steps[paused.index];
    const fits = step?.kind === 'stop' && weightBefore(steps, paused.index) === paused.weight;
    if (!fits) {
        const n = paused.index + 1;
        const there = step
            ? `step ${n} is '${(0,_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .describeStep */ .Ey)(step)}' after ${weightBefore(steps, paused.index)}%`
            : `there is no step ${n}`;
        const expected = `the steps of the deploy that paused it (step ${n} 'pause' after ${paused.weight}%), or run 'abort'`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `input 'canary-steps': the ${now}, but in these steps ${there}; expected ${expected}`);
    }
    return paused;
}


/***/ }),

/***/ 779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ describeStep),
/* harmony export */   YB: () => (/* binding */ CanaryAborted),
/* harmony export */   eU: () => (/* binding */ walkCanary),
/* harmony export */   u: () => (/* binding */ stepName),
/* harmony export */   zZ: () => (/* binding */ shareLeft)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8571);
/**
 * A canary's steps, walked on the rollout executor, whatever carries the traffic: the strategy
 * gives one write per weight (`setWeight`), the checks of an `analysis` step, the completion at
 * 100% (its usual switch) and the abort (all traffic back on the stable release). Pauses are
 * executor holds on the injected clock (plan mode: listed, not waited). An open pause ('pause'
 * without a duration) ends the walk there: the target records the canary as paused (`pause`) and
 * a later run continues from the step after it (`from`, the 'promote' stage). The first failed
 * check aborts: traffic returns to 0% before the error is thrown, so production ends on the
 * stable release and the error says so.
 */


/** Thrown when a check failed: traffic was already returned to 0%. */
class CanaryAborted extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ {
    progress;
    constructor(message, progress) {
        super('verify', message);
        this.progress = progress;
        this.name = 'CanaryAborted';
    }
}
const describeStep = (s) => {
    if (s.kind === 'weight')
        return `${s.percent}%`;
    if (s.kind === 'pause')
        return `pause ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(s.ms)}`;
    return s.kind === 'stop' ? 'pause' : 'analysis';
};
/** 'n/total: step', as the 'canary-step' output and the summary name a step. */
const stepName = (steps, i) => `${i + 1}/${steps.length}: ${describeStep(steps[i])}`;
/**
 * Walks the steps (from `options.from`, after an open pause); `progress` is updated as it goes
 * (the caller publishes it even on failure). Returns 'paused' when it stopped at an open pause.
 */
async function walkCanary(ex, steps, target, progress, options = {}) {
    const from = options.from ?? 0;
    const open = steps.findIndex((s, i) => i >= from && s.kind === 'stop');
    if (open >= 0 && !target.pause)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `input 'canary-steps': step ${stepName(steps, open)}: ${target.where} cannot stop part-way yet; expected 'pause <duration>', e.g. 'pause 5m'`);
    for (let i = from; i < steps.length; i++) {
        const step = steps[i];
        progress.step = stepName(steps, i);
        if (step.kind === 'stop') {
            await target.pause(i, progress.weight);
            progress.pausedAt = i;
            ex.note({ kind: 'fact', label: `canary ${progress.step}`, value: pausedHere(steps, i, progress, target) });
            return 'paused';
        }
        if (step.kind === 'pause') {
            ex.note({ kind: 'fact', label: `canary ${progress.step}`, value: `${progress.weight}% on ${target.where}` });
            await ex.hold(`canary step ${progress.step}`, step.ms);
        }
        else if (step.kind === 'analysis') {
            const why = await target.analyse(`canary step ${progress.step} at ${progress.weight}%`);
            if (why !== undefined)
                await abort(target, progress, `canary step ${progress.step} failed: ${why}`);
        }
        else if (step.percent === 100) {
            await target.complete();
            progress.weight = 100;
        }
        else {
            progress.writing = step.percent;
            await target.setWeight(step.percent);
            progress.weight = step.percent;
            progress.writing = undefined;
        }
    }
    return 'completed';
}
/** An open pause in words: what stays live, and the steps a 'promote' would walk. */
function pausedHere(steps, i, progress, target) {
    const rest = steps
        .slice(i + 1)
        .map(describeStep)
        .join(', ');
    return `stops here until promote: ${progress.weight}% on ${target.where}; 'promote' then walks ${rest}`;
}
/** What a run stopped part-way leaves on the new release, in words (undefined: nothing). */
function shareLeft(progress, where) {
    const most = Math.max(progress.weight, progress.writing ?? 0);
    if (most === 0 || progress.weight === 100)
        return undefined;
    const share = progress.writing !== undefined && progress.writing !== progress.weight
        ? `${progress.weight}% (or ${progress.writing}%, the write in flight)`
        : `${progress.weight}%`;
    return `${share} of production traffic still goes to ${where}; re-run the deploy to continue, or the 'rollback' stage to return it`;
}
/** Returns all traffic to the stable release, then throws what stopped the canary. */
async function abort(target, progress, why) {
    const at = progress.weight;
    try {
        await target.setWeight(0);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('terminal', `${why}; returning traffic to the stable release also failed (${err.message}): ${at}% of production traffic may still go to ${target.where}`);
    }
    progress.weight = 0;
    throw new CanaryAborted(`${why}; aborted: all traffic is back on the stable release (was ${at}% on ${target.where})`, progress);
}


/***/ }),

/***/ 6537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ endpointUrl)
/* harmony export */ });
/* harmony import */ var _http_gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5175);

function endpointUrl(ctx, role, derivedBase) {
    const given = role === 'live' ? ctx.settings.verify.liveUrl : ctx.settings.verify.previewUrl;
    if (given)
        return given;
    return derivedBase ? (0,_http_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .joinUrl */ .w)(derivedBase, ctx.settings.deploy.warmupPath) : undefined;
}


/***/ }),

/***/ 5175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ httpGate),
/* harmony export */   w: () => (/* binding */ joinUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _verify_http_probe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8954);
/**
 * The HTTP gates the blue-green and slot-swap strategies pass before and after switching traffic:
 * "the preview / slot answers its warm-up path", "production answers after the switch". Built on
 * the verify stage's probe loop (injected clock, sleep and HTTP; honours the run's signal) with the
 * probe-* thresholds (`verify.gate`), and bounded by the deploy's own deadline (deploy-timeout).
 */


/** Joins a base URL (scheme://host[:port][/prefix]) and a path. */
function joinUrl(base, path) {
    return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
/**
 * Waits until `url` passes the probe-* gate (expected status, body match, successes in a row).
 * `warmup`: a warm-up waits for the app to come up, so only the deadline stops it (no failure
 * limit, no probe-timeout); otherwise the gate's own timeout and failure limit apply too.
 * Returns the probe result (passed or not); throws only on cancellation.
 */
async function httpGate(ctx, name, url, deadline, options = {}) {
    if (ctx.signal.aborted)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc();
    const gate = ctx.settings.verify.gate;
    const timeoutMs = Math.max(1, options.warmup ? deadline.left() : Math.min(gate.timeoutMs, deadline.left()));
    try {
        return await (0,_verify_http_probe_js__WEBPACK_IMPORTED_MODULE_1__/* .runProbe */ .mW)({ ...gate, ...(options.warmup ? { failureLimit: undefined } : {}), name, url, timeoutMs }, { http: ctx.deps.http, clock: ctx.deps.clock, sleep: ctx.deps.sleep, log: ctx.deps.host, signal: ctx.signal });
    }
    catch (err) {
        if (ctx.signal.aborted)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc(`the run was cancelled while waiting for ${name}`);
        throw err;
    }
}


/***/ }),

/***/ 2333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  slotSwapStrategy: () => (/* binding */ slotSwapStrategy)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/plan/action.ts
var action = __webpack_require__(5461);
// EXTERNAL MODULE: ./src/core/rollout/for-stage.ts
var for_stage = __webpack_require__(5797);
;// CONCATENATED MODULE: ./src/core/deploy/slot-swap/artifact.ts
/** `reg.io/web:1.4.2` → '1.4.2'; `reg.io/web@sha256:abcd…` → 'sha256:abcdef012345'; a package URL → its file name without '.zip'. */
function versionOf(artifact) {
    if (artifact.containerImage !== undefined) {
        const image = artifact.containerImage;
        const digest = /@(sha256:[a-f0-9]{12})/i.exec(image)?.[1];
        if (digest)
            return digest;
        const lastSlash = image.lastIndexOf('/');
        const colon = image.lastIndexOf(':');
        return colon > lastSlash ? image.slice(colon + 1) : image;
    }
    return packageName(artifact.packageUrl);
}
/** A package URL's file name without '.zip' and without the query (which may be a SAS token). */
function packageName(url) {
    const path = url.split('?')[0];
    return (path.split('/').filter(Boolean).at(-1) ?? 'package').replace(/\.zip$/i, '');
}
/** For messages: the image reference, or 'package <name>'. */
function describe(artifact) {
    if (!artifact)
        return 'nothing';
    return artifact.containerImage !== undefined
        ? artifact.containerImage
        : `package ${packageName(artifact.packageUrl)}`;
}
/** The artifact a slot runs now: run-from-package wins over the container image, as on App Service. */
function artifactOf(slot) {
    if (slot.runFromPackage)
        return { packageUrl: slot.runFromPackage };
    const fx = slot.linuxFxVersion;
    if (fx && /^DOCKER\|/i.test(fx))
        return { containerImage: fx.slice(fx.indexOf('|') + 1) };
    return undefined;
}
function sameArtifact(a, b) {
    if (!a || !b)
        return false;
    if (a.containerImage !== undefined)
        return a.containerImage.toLowerCase() === b.containerImage?.toLowerCase();
    return a.packageUrl === b.packageUrl;
}
/** `to-version` for a container image: a full reference as given, a bare tag applied to `like`'s repository. */
function imageForVersion(version, like) {
    if (version.includes('/') || (version.includes(':') && !version.startsWith('sha256:')))
        return version;
    if (!like)
        return undefined;
    const repo = like.split('@')[0];
    const lastSlash = repo.lastIndexOf('/');
    const colon = repo.lastIndexOf(':');
    const bare = colon > lastSlash ? repo.slice(0, colon) : repo;
    return version.startsWith('sha256:') ? `${bare}@${version}` : `${bare}:${version}`;
}

// EXTERNAL MODULE: ./src/core/azure/app-service-port.ts
var app_service_port = __webpack_require__(4064);
// EXTERNAL MODULE: ./src/core/plan/record.ts
var plan_record = __webpack_require__(4530);
// EXTERNAL MODULE: ./src/core/deploy/record.ts
var deploy_record = __webpack_require__(570);
// EXTERNAL MODULE: ./src/core/deploy/rollout-error.ts
var rollout_error = __webpack_require__(5613);
// EXTERNAL MODULE: ./src/core/deploy/http-gate.ts
var http_gate = __webpack_require__(5175);
// EXTERNAL MODULE: ./src/core/deploy/endpoints.ts
var endpoints = __webpack_require__(6537);
;// CONCATENATED MODULE: ./src/core/deploy/slot-swap/shared.ts





/** Reads outside a rollout (inspect, endpoints, checks): the run's signal, no deadline. */
const plainReads = (ctx) => (_what, fn) => fn({ signal: ctx.signal });
/** Reads inside a rollout: bounded by its deadline, retried on transient failures. */
const rolloutReads = (ex) => (what, fn) => ex.read(what, fn);
/** Reads and checks the site and the slot; every problem is an 'input' error, before any write. */
async function observe(ctx, read = plainReads(ctx)) {
    const d = ctx.settings.deploy;
    const rg = d.resourceGroup;
    const site = d.appService;
    if (!rg)
        throw new errors/* EngineError */.NJ('input', "input 'resource-group' is required for strategy 'slot-swap'");
    if (!site)
        throw new errors/* EngineError */.NJ('input', "input 'app-service' is required for strategy 'slot-swap'; expected the web app's name");
    if (d.slot.toLowerCase() === app_service_port/* PRODUCTION_SLOT */.P) {
        throw new errors/* EngineError */.NJ('input', "input 'slot': 'production' is the live site; expected a deployment slot (e.g. 'staging') that is swapped into production");
    }
    const { appService: app, tags } = await ctx.azure();
    const prodRef = { resourceGroup: rg, site, slot: app_service_port/* PRODUCTION_SLOT */.P };
    const production = await read(`reading web app ${site}`, (call) => app.getSlot(prodRef, call));
    if (!production)
        throw new errors/* EngineError */.NJ('input', `input 'app-service': web app '${site}' was not found in resource group '${rg}'; expected an existing App Service`);
    const slotRef = { resourceGroup: rg, site, slot: d.slot.toLowerCase() };
    const slot = await read(`reading slot ${slotRef.slot} of web app ${site}`, (call) => app.getSlot(slotRef, call));
    if (!slot) {
        const slots = (await read(`listing the slots of web app ${site}`, (call) => app.listSlots(rg, site, call))) ?? [];
        const known = slots.length > 0
            ? `one of its slots: ${slots.join(', ')}`
            : 'a deployment slot, but the site has none (create one, e.g. az webapp deployment slot create --slot staging)';
        throw new errors/* EngineError */.NJ('input', `input 'slot': '${d.slot}' is not a deployment slot of web app '${site}'; expected ${known}`);
    }
    maskPackageUrls(ctx, [production, slot]);
    return { app, tags, production, slot, prodRef, slotRef };
}
/** A run-from-package URL read back from Azure may carry a SAS token: the host masks it from now on. */
function maskPackageUrls(ctx, slots) {
    for (const url of slots.map((s) => s.runFromPackage)) {
        if (!url)
            continue;
        ctx.deps.host.setSecret(url);
        const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
        if (query.length >= 3)
            ctx.deps.host.setSecret(query);
    }
}
function wanted(ctx, artifact) {
    const image = artifact.containerImage ?? ctx.settings.deploy.containerImage;
    const pkg = artifact.packageUrl ?? ctx.settings.deploy.packageUrl;
    if (image)
        return { containerImage: image };
    if (pkg)
        return { packageUrl: pkg };
    throw new errors/* EngineError */.NJ('input', "input 'container-image' is required for strategy 'slot-swap' (or set 'package-url'); expected the immutable artifact to deploy");
}
const slotUrl = (ctx, role, info) => (0,endpoints/* endpointUrl */.P)(ctx, role, info.defaultHostName ? `https://${info.defaultHostName}` : undefined);
function requireUrl(ctx, role, info) {
    const url = slotUrl(ctx, role, info);
    if (!url)
        throw new errors/* EngineError */.NJ('input', `${info.slot === app_service_port/* PRODUCTION_SLOT */.P ? `site ${info.site}` : `slot ${info.slot}`} has no host name; set input '${role}-url'`);
    return url;
}
/** The site and the slot in words, as plan lines and summaries name them. */
const siteResource = (t) => `web app ${t.prodRef.site}`;
const slotResource = (t) => `slot ${t.slotRef.slot} of ${siteResource(t)}`;
/**
 * The plan that returns production to `to` (swap back when the slot holds it). `record`: what the
 * release record says afterwards (the version rolled back is `failed`, never `previous`).
 */
function planFor(t, to, from, record) {
    return {
        strategy: 'slot-swap',
        to: { ...to, slot: t.slotRef.slot },
        description: `web app ${t.prodRef.site}: ${from ? versionOf(from) : 'nothing'} → ${versionOf(to)} (swap slot ${t.slotRef.slot} back into production)`,
        ...(record ? { record } : {}),
    };
}
function recordOf(t) {
    const live = artifactOf(t.production);
    const fromTags = (0,deploy_record/* recordFromTags */.j1)(t.production.tags);
    return { ...fromTags, current: fromTags.current ?? (live ? versionOf(live) : undefined), activeSlot: t.slotRef.slot };
}

function toArtifact(plan) {
    if (plan.to.containerImage)
        return { containerImage: plan.to.containerImage };
    if (plan.to.packageUrl)
        return { packageUrl: plan.to.packageUrl };
    throw new errors/* EngineError */.NJ('input', `the rollback plan '${plan.description}' names no container image or package to return to`);
}

;// CONCATENATED MODULE: ./src/core/deploy/slot-swap/release.ts
/**
 * The path of an artifact through the slot into production, and the swap back, as rollout steps:
 * the same code runs for a deploy, a rollback and their plans. Point the slot at the artifact,
 * restart it, warm it up, (swap with preview: apply production's settings, check again), swap,
 * check production.
 */





const release_action = (label, value) => ({ kind: 'action', label, value });
/** Gets `artifact` into production through the slot. Throws when a gate fails (production untouched before the swap). */
async function release(ctx, ex, t, artifact) {
    await prepareSlot(ctx, ex, t, artifact);
    await goLive(ctx, ex, t, artifact);
}
/** The slot runs `artifact` and answers (with production's settings, for a swap with preview); production untouched. */
async function prepareSlot(ctx, ex, t, artifact) {
    await pointSlot(ex, t, artifact);
    const restart = { resource: slotResource(t), operation: 'restart', why: `loads ${describe(artifact)}` };
    await ex.write({ write: restart }, (call) => t.app.restart(t.slotRef, call), release_action(`slot ${t.slotRef.slot}`, 'restarted'));
    await warmUp(ctx, ex, t, artifact);
    if (ctx.settings.deploy.swapWithPreview)
        await previewWithProductionSettings(ctx, ex, t);
}
/** The swap, then production is checked; throws when it does not answer (the caller swaps back). */
async function goLive(ctx, ex, t, artifact) {
    await swapIn(ctx, ex, t, artifact);
    const live = await liveCheck(ctx, ex, t, 'production after the swap', 'after the swap (swapped back at once if it fails)');
    // Production has the new app: the caller's rollback plan (swap back) undoes it.
    if (!live.ok)
        throw new errors/* EngineError */.NJ('verify', `production did not pass after the swap to ${describe(artifact)}: ${live.detail}`);
}
/** The usual rollback: the previous app waits in the slot; one swap back, then production is checked. */
async function swapBack(ctx, ex, t, to) {
    const write = {
        resource: siteResource(t),
        operation: 'swap',
        before: `production ${describe(artifactOf(t.production))}`,
        after: describe(to),
        why: `swap back: slot ${t.slotRef.slot} still holds ${describe(to)}`,
    };
    const done = release_action('swap back', `slot ${t.slotRef.slot} (${describe(to)}) → production`);
    await ex.write({ write, touchesProduction: true }, (call) => swapUnlessLive(t, to, call), done);
    const check = await liveCheck(ctx, ex, t, 'production after the swap back', 'after the swap back');
    if (!check.ok)
        throw new errors/* EngineError */.NJ('verify', `production did not answer after swapping ${describe(to)} back: ${check.detail}`);
}
/** The slot gets the artifact (one write, skipped when the slot already holds it). */
async function pointSlot(ex, t, artifact) {
    const inSlot = artifactOf(t.slot);
    const label = `slot ${t.slotRef.slot}`;
    if (sameArtifact(inSlot, artifact)) {
        ex.note({ kind: 'fact', label, value: `already pointed at ${describe(artifact)}` });
        return;
    }
    const write = {
        resource: slotResource(t),
        operation: 'update',
        before: describe(inSlot),
        after: describe(artifact),
        why: 'the new artifact goes to the slot first; production is not touched',
    };
    // setArtifact re-reads the slot and writes only what differs: a retry is safe.
    const apply = async (call) => void (await t.app.setArtifact(t.slotRef, artifact, call));
    await ex.write({ write }, apply, release_action(label, `pointed at ${describe(artifact)}`));
}
/** The slot answers its warm-up path (waits for the app to come up, within the deadline). */
async function warmUp(ctx, ex, t, artifact) {
    const path = ctx.settings.deploy.warmupPath;
    const slot = t.slotRef.slot;
    const preview = slotUrl(ctx, 'preview', t.slot);
    const would = `slot ${slot} answers ${path}${preview ? ` (${preview})` : ''} before the swap`;
    const warm = await ex.gate(`slot ${slot} answers ${path}`, would, () => probe(ctx, ex, t, 'preview', `warm-up of slot ${slot}`));
    if (warm.ok)
        return;
    const site = t.prodRef.site;
    throw new errors/* EngineError */.NJ('verify', `slot ${slot} of web app ${site} did not answer its warm-up path with ${describe(artifact)}: ${warm.detail}; production was not touched`);
}
/** Swap with preview: production's slot settings go to the slot, which is checked again (or reset). */
async function previewWithProductionSettings(ctx, ex, t) {
    const slot = t.slotRef.slot;
    const apply = {
        resource: slotResource(t),
        operation: 'update',
        after: "production's slot settings",
        why: "swap with preview: the slot is checked with production's settings before the swap completes",
    };
    const applied = release_action('swap with preview', `production's slot settings applied to slot ${slot}`);
    await ex.write({ write: apply }, (call) => t.app.applySlotConfig(t.slotRef, app_service_port/* PRODUCTION_SLOT */.P, call), applied);
    const label = `slot ${slot} with production settings`;
    const check = await ex.gate(label, `slot ${slot} with production's settings`, () => probe(ctx, ex, t, 'preview', label));
    if (check.ok)
        return;
    const reset = {
        resource: slotResource(t),
        operation: 'update',
        before: "production's slot settings",
        after: 'its own slot settings',
        why: 'swap with preview cancelled: the slot did not answer',
    };
    const undone = release_action('swap with preview', 'reset: the slot has its own settings back');
    await ex.write({ write: reset }, (call) => t.app.resetSlotConfig(t.slotRef, call), undone);
    throw new errors/* EngineError */.NJ('verify', `slot ${slot} did not answer with production's settings: ${check.detail}; the swap was reset, production was not touched`);
}
/** The swap: changes what production serves. */
async function swapIn(ctx, ex, t, artifact) {
    const live = artifactOf(t.production);
    const slot = t.slotRef.slot;
    const write = {
        resource: siteResource(t),
        operation: 'swap',
        before: `production ${describe(live)}`,
        after: describe(artifact),
        why: `slot ${slot} → production once the slot answers ${ctx.settings.deploy.warmupPath}; ${describe(live)} then waits in the slot for a swap back`,
    };
    await ex.write({ write, touchesProduction: true }, (call) => swapUnlessLive(t, artifact, call), release_action('swap', `slot ${slot} → production`));
}
/** Idempotent swap: production is read again first; an attempt that already landed is not swapped back. */
async function swapUnlessLive(t, artifact, call) {
    const production = await t.app.getSlot(t.prodRef, call);
    if (production && sameArtifact(artifactOf(production), artifact))
        return;
    await t.app.swap(t.slotRef, app_service_port/* PRODUCTION_SLOT */.P, call);
}
/** Production answers after a swap. Plan mode lists the check only when the live URL is known. */
async function liveCheck(ctx, ex, t, name, when) {
    const url = slotUrl(ctx, 'live', t.production);
    if (!url && ex.planning)
        return { ok: true, planned: true, detail: '' };
    const label = `production answers ${ctx.settings.deploy.warmupPath}`;
    return ex.gate(label, `production ${url} ${when}`, () => probe(ctx, ex, t, 'live', name));
}
/** One HTTP gate on the live site or the slot, bounded by the rollout's deadline. */
async function probe(ctx, ex, t, role, name) {
    const url = requireUrl(ctx, role, role === 'live' ? t.production : t.slot);
    const result = await (0,http_gate/* httpGate */.I)(ctx, name, url, ex.deadline, { warmup: role === 'preview' });
    return { passed: result.passed, detail: result.reason };
}

// EXTERNAL MODULE: ./src/core/deploy/canary/outputs.ts
var canary_outputs = __webpack_require__(1090);
;// CONCATENATED MODULE: ./src/core/deploy/slot-swap/canary-record.ts




/**
 * After an abort (all traffic back on production): the record says production still runs what it
 * ran, the canary's version failed, state 'aborted'; the in-flight target is cleared.
 */
async function recordAborted(ctx, ex, t, record, version, live) {
    const current = live ? versionOf(live) : record.current;
    if (!current)
        return;
    const write = {
        resource: siteResource(t),
        operation: 'tag',
        after: `current-version ${current}, failed-version ${version}, state aborted`,
        why: 'the canary was aborted: production still runs the stable release',
    };
    const done = { current, previous: record.previous, deployedAt: record.deployedAt ?? (0,deploy_record/* iso */.KH)(ctx), failed: version };
    await ex.write({ write }, (call) => (0,deploy_record/* recordLive */.en)(t.tags, t.production.id, { ...done, state: 'aborted', runUrl: record.runUrl }, call));
}

// EXTERNAL MODULE: ./src/core/deploy/canary/analysis.ts
var analysis = __webpack_require__(9312);
// EXTERNAL MODULE: ./src/core/deploy/canary/walk.ts
var walk = __webpack_require__(779);
;// CONCATENATED MODULE: ./src/core/deploy/slot-swap/canary.ts






/** The rule's name: the slot it routes to, as Azure's portal names it. */
const ruleName = (t) => t.slotRef.slot;
/** The slot's host name (`{site}-{slot}.azurewebsites.net`), the rule's `actionHostName`. */
const slotHost = (t) => t.slot.defaultHostName ?? `${t.prodRef.site}-${t.slotRef.slot}.azurewebsites.net`.toLowerCase();
/**
 * Gets `artifact` live through the canary's steps, or as far as an open pause ('paused'); throws
 * CanaryAborted when a check failed (traffic at 0%).
 */
async function releaseByCanary(ctx, ex, t, artifact, steps, progress) {
    await prepareSlot(ctx, ex, t, artifact);
    return resumeCanary(ctx, ex, t, artifact, steps, progress, 0);
}
/** 'promote': the slot already holds `artifact` and `progress.weight` is on it; the steps continue from `from`. */
async function resumeCanary(ctx, ex, t, artifact, steps, progress, from) {
    return (0,walk/* walkCanary */.eU)(ex, steps, canaryTarget(ctx, ex, t, artifact, progress), progress, { from });
}
/** The version production ran before (the gates' {previousVersion}). */
const liveVersion = (t) => {
    const live = artifactOf(t.production);
    return live ? versionOf(live) : undefined;
};
function canaryTarget(ctx, ex, t, artifact, progress) {
    const slot = t.slotRef.slot;
    const where = slotResource(t);
    return {
        where,
        setWeight: (percent) => setWeight(ex, t, progress.weight, percent, artifact),
        analyse: async (label) => {
            const gates = await (0,analysis/* canaryGates */.d)(ctx, ex, {
                label,
                target: slotMonitored(t),
                version: versionOf(artifact),
                previousVersion: liveVersion(t),
            });
            if (gates !== undefined)
                return gates;
            const check = await ex.gate(`slot ${slot} answers ${ctx.settings.deploy.warmupPath}`, `${label}: slot ${slot} answers`, () => probe(ctx, ex, t, 'preview', `${label}: slot ${slot}`));
            return check.ok ? undefined : `slot ${slot} did not answer: ${check.detail}`;
        },
        complete: async () => {
            if (progress.weight > 0)
                await setWeight(ex, t, progress.weight, 0, artifact, 'before the swap');
            progress.weight = 0;
            await goLive(ctx, ex, t, artifact);
        },
        pause: async (index, weight) => {
            const version = versionOf(artifact);
            const write = {
                resource: siteResource(t),
                operation: 'tag',
                after: `state paused at step ${index + 1} (${weight}% to slot ${slot}), target-version ${version}`,
                why: "canary: an open pause; 'promote' continues from the next step, 'abort' returns the traffic",
            };
            const current = liveVersion(t);
            const paused = { target: version, step: index + 1, weight, current, runUrl: ctx.deps.run?.runUrl };
            await ex.write({ write }, (call) => (0,deploy_record/* recordPaused */.AS)(t.tags, t.production.id, paused, call));
        },
    };
}
/**
 * A rollback (or the confirmation after a failed deploy) with 'canary-steps' set: the production
 * site's ramp-up rule to the slot is removed first, whatever share an earlier run left.
 */
async function removeCanaryRule(ex, t) {
    const slot = t.slotRef.slot;
    const left = t.production.rampUp?.find((r) => r.name === ruleName(t) && r.percent > 0);
    if (!left)
        return;
    const write = {
        resource: siteResource(t),
        operation: 'update',
        before: `${left.percent}% of production traffic to slot ${slot}`,
        after: `no traffic to slot ${slot}`,
        why: 'canary: the share an earlier canary left on the slot returns to production (ramp-up rule removed)',
    };
    const rule = { name: ruleName(t), actionHostName: slotHost(t), percent: 0 };
    await ex.write({ write }, async (call) => void (await t.app.setRampUp(t.prodRef, rule, call)));
}
/** One write of the production site's ramp-up rule (0 removes it); the port writes only what differs. */
async function setWeight(ex, t, from, percent, artifact, when) {
    const slot = t.slotRef.slot;
    const write = {
        resource: siteResource(t),
        operation: 'update',
        before: `${from}% of production traffic to slot ${slot}`,
        after: `${percent}% to slot ${slot} (${describe(artifact)})`,
        why: percent === 0
            ? `canary: all traffic back on production${when ? ` ${when}` : ''} (ramp-up rule removed)`
            : `canary: the ramp-up rule sends ${percent}% of production traffic to slot ${slot}`,
    };
    const rule = { name: ruleName(t), actionHostName: slotHost(t), percent };
    await ex.write({ write }, async (call) => void (await t.app.setRampUp(t.prodRef, rule, call)), {
        kind: 'action',
        label: 'canary',
        value: `${percent}% of production traffic on slot ${slot}`,
    });
}
/** While the canary runs, the new release's share is served (and measured) by the slot. */
function slotMonitored(t) {
    const site = {
        resourceGroup: t.prodRef.resourceGroup,
        path: `Microsoft.Web/sites/${t.prodRef.site}`,
        label: `web app ${t.prodRef.site}`,
    };
    const slot = {
        resourceGroup: t.slotRef.resourceGroup,
        path: `Microsoft.Web/sites/${t.prodRef.site}/slots/${t.slotRef.slot}`,
        label: `slot ${t.slotRef.slot} of web app ${t.prodRef.site}`,
    };
    return { metrics: slot, alerts: [slot, site] };
}

// EXTERNAL MODULE: ./src/core/deploy/canary/pause.ts
var pause = __webpack_require__(3822);
;// CONCATENATED MODULE: ./src/core/deploy/slot-swap/deploy.ts
/**
 * A slot-swap deploy as rollout steps, written once: `deploy` runs it on a real executor,
 * `planDeploy` on a planning one (the same reads; writes journalled, none made). Decisions come
 * from the target as observed at the start, never from what a write returns.
 */












async function runDeploy(ctx, ex, artifact) {
    const want = wanted(ctx, artifact);
    const t = await observe(ctx, rolloutReads(ex));
    const live = artifactOf(t.production);
    const record = recordOf(t);
    const version = versionOf(want);
    const previewUrl = slotUrl(ctx, 'preview', t.slot);
    const common = { activeSlot: app_service_port/* PRODUCTION_SLOT */.P, previousSlot: t.slotRef.slot, previewUrl, imageVersion: version };
    if (sameArtifact(live, want)) {
        await catchUp(ctx, ex, t, record, version);
        ex.note({ kind: 'fact', label: siteResource(t), value: `already runs ${describe(want)}: nothing to swap` });
        return { t, want, live, unchanged: true, outputs: { ...common, swapped: false, previousImageVersion: version } };
    }
    const through = ex.planning ? `${describe(want)} would go through` : `deploying ${describe(want)} through`;
    ex.note({
        kind: 'fact',
        label: siteResource(t),
        value: `production runs ${describe(live)}; ${through} slot ${t.slotRef.slot}`,
    });
    // The record after a rollback of this deploy: the version before the one returned to stays previous.
    const rollback = live ? planFor(t, live, want, { previous: record.previous, failed: version }) : undefined;
    const outputs = { ...common, swapped: true, previousImageVersion: live ? versionOf(live) : undefined };
    const canary = ctx.settings.deploy.canary;
    const paused = (0,pause/* pausedCanary */.jW)(record);
    if (paused)
        return stayPaused(ctx, ex, { t, want, live, rollback }, { ...outputs, swapped: false }, paused);
    const progress = { weight: 0, step: '' };
    try {
        const intent = { target: version, runUrl: ctx.deps.run?.runUrl };
        await ex.write({ write: (0,plan_record/* intentWrite */.Yu)(siteResource(t), version) }, (call) => (0,deploy_record/* recordIntent */.M8)(t.tags, t.production.id, intent, call));
        if (canary && (await releaseByCanary(ctx, ex, t, want, canary, progress)) === 'paused') {
            const message = pausedMessage(t, live, (0,pause/* describePaused */.K$)({ version, index: progress.pausedAt, weight: progress.weight }, canary, slotResource(t)));
            const now = { ...outputs, swapped: false, ...(0,canary_outputs/* canaryOutputs */.J)(progress) };
            return { t, want, live, unchanged: false, paused: message, outputs: now, rollback };
        }
        if (!canary)
            await release(ctx, ex, t, want);
        const previous = live ? versionOf(live) : record.current;
        const done = { current: version, previous, deployedAt: (0,deploy_record/* iso */.KH)(ctx), runUrl: ctx.deps.run?.runUrl };
        const planned = (0,plan_record/* liveWrite */.ul)(siteResource(t), record, { current: version, previous });
        await ex.write({ write: planned }, (call) => (0,deploy_record/* recordLive */.en)(t.tags, t.production.id, done, call));
    }
    catch (err) {
        const left = canary ? (0,walk/* shareLeft */.zZ)(progress, `slot ${t.slotRef.slot} of web app ${t.prodRef.site}`) : undefined;
        // Cancelled part-way (the run reports only that it was cancelled): a warning says what share is where.
        if (left && (ctx.signal.aborted || err instanceof errors/* CancelledError */.cc))
            ctx.warn(`canary stopped: ${left}`);
        if (ctx.signal.aborted || err instanceof errors/* CancelledError */.cc || !(err instanceof errors/* EngineError */.NJ))
            throw err;
        if (err instanceof walk/* CanaryAborted */.YB) {
            // Traffic is already back on production: a record that cannot say so is a warning, not the failure.
            await recordAborted(ctx, ex, t, record, version, live).catch((e) => ctx.warn(`the release record could not be marked aborted: ${e.message}`));
        }
        // Before the swap production never changed: the plan then only confirms the old app is live.
        const failed = { ...outputs, swapped: false, ...(canary ? (0,canary_outputs/* canaryOutputs */.J)(progress, err) : {}) };
        const details = { plan: rollback, items: ex.items, outputs: failed, liveUntouched: !ex.productionTouched };
        throw new rollout_error/* RolloutError */.a(err.message, details, err.kind);
    }
    const done = canary ? { ...outputs, ...(0,canary_outputs/* canaryOutputs */.J)(progress) } : outputs;
    return { t, want, live, unchanged: false, outputs: done, rollback };
}
/** While paused: what is live, and what to run next. */
function pausedMessage(t, live, paused) {
    return `${paused}; ${describe(live)} serves the rest from web app ${t.prodRef.site}; ${pause/* WHAT_NEXT */.jh}`;
}
/**
 * A deploy while a canary is paused moves no traffic: the same release stays paused (no write; the
 * outputs say so), another release is refused until the paused one is promoted or aborted.
 */
function stayPaused(ctx, ex, run, outputs, paused) {
    const { t, want, live } = run;
    const steps = ctx.settings.deploy.canary;
    const now = (0,pause/* describePaused */.K$)(paused, steps, slotResource(t));
    if (paused.version !== versionOf(want))
        throw new errors/* EngineError */.NJ('input', `the ${now}; ${pause/* WHAT_NEXT */.jh}, before deploying ${versionOf(want)}`);
    const message = `${pausedMessage(t, live, now)} (this deploy changed nothing)`;
    ex.note({ kind: 'fact', label: siteResource(t), value: message });
    const step = steps && paused.index < steps.length ? (0,walk/* stepName */.u)(steps, paused.index) : `${paused.index + 1}: pause`;
    const canary = { canaryWeight: paused.weight, canaryStep: step, canaryResult: 'paused' };
    return { ...run, unchanged: false, paused: message, outputs: { ...outputs, ...canary } };
}
/** Production already runs the artifact: a record that lags it (an earlier run stopped) is completed. */
async function catchUp(ctx, ex, t, record, version) {
    if (record.current === version && !record.target)
        return;
    const previous = record.current !== version ? record.current : record.previous;
    const live = { current: version, previous, deployedAt: (0,deploy_record/* iso */.KH)(ctx), runUrl: ctx.deps.run?.runUrl };
    const planned = (0,plan_record/* catchUpWrite */.wZ)(siteResource(t), record, version, previous);
    await ex.write({ write: planned }, (call) => (0,deploy_record/* recordLive */.en)(t.tags, t.production.id, live, call));
}

;// CONCATENATED MODULE: ./src/core/deploy/slot-swap/rollback.ts
/**
 * A slot-swap rollback as rollout steps, written once: `rollback` runs it on an executor of its
 * own (its own 'deploy-timeout', every write retried), `planRollbackWrites` on a planning one.
 * One swap back when the slot still holds the version to return to; otherwise that version goes
 * through the slot as a deploy would.
 */







async function runRollback(ctx, ex, plan) {
    const t = await observe(ctx, rolloutReads(ex));
    if (ctx.settings.deploy.canary)
        await removeCanaryRule(ex, t);
    const to = toArtifact(plan);
    const version = versionOf(to);
    const live = artifactOf(t.production);
    const record = recordOf(t);
    const common = { activeSlot: app_service_port/* PRODUCTION_SLOT */.P, previousSlot: t.slotRef.slot, imageVersion: version };
    if (sameArtifact(live, to)) {
        await confirmLive(ctx, ex, t, record, version);
        ex.note({ kind: 'fact', label: siteResource(t), value: `production runs ${describe(to)}: nothing to swap` });
        return { t, to, unchanged: true, outputs: { ...common, swapped: false, rolledBack: false } };
    }
    ex.note({ kind: 'fact', label: 'rollback', value: plan.description });
    const intent = { target: version, runUrl: ctx.deps.run?.runUrl, state: 'rolling-back' };
    const planned = (0,plan_record/* intentWrite */.Yu)(siteResource(t), version, 'rolling-back');
    await ex.write({ write: planned }, (call) => (0,deploy_record/* recordIntent */.M8)(t.tags, t.production.id, intent, call));
    await returnTo(ctx, ex, t, to);
    const { previous, failed } = (0,deploy_record/* afterRollback */.zZ)(plan, version, live ? versionOf(live) : record.current);
    const extra = failed ? `failed-version ${failed}` : undefined;
    const recorded = (0,plan_record/* liveWrite */.ul)(siteResource(t), record, { current: version, previous, state: 'rolled-back', extra });
    const done = {
        current: version,
        previous,
        failed,
        deployedAt: (0,deploy_record/* iso */.KH)(ctx),
        runUrl: ctx.deps.run?.runUrl,
        state: 'rolled-back',
    };
    await ex.write({ write: recorded }, (call) => (0,deploy_record/* recordLive */.en)(t.tags, t.production.id, done, call));
    const previousImageVersion = live ? versionOf(live) : undefined;
    return { t, to, unchanged: false, outputs: { ...common, swapped: true, rolledBack: true, previousImageVersion } };
}
/** Production already runs `to`: an unfinished record (this run's or an earlier one's intent) is completed. */
async function confirmLive(ctx, ex, t, record, version) {
    if (!record.target)
        return;
    const state = record.current === version ? 'live' : 'rolled-back';
    const live = {
        current: version,
        previous: record.previous,
        deployedAt: (0,deploy_record/* iso */.KH)(ctx),
        runUrl: ctx.deps.run?.runUrl,
        state,
    };
    const planned = (0,plan_record/* catchUpWrite */.wZ)(siteResource(t), record, version, record.previous);
    await ex.write({ write: planned }, (call) => (0,deploy_record/* recordLive */.en)(t.tags, t.production.id, live, call));
}
/** One swap when the slot holds `to`, else the deploy path through the slot. */
async function returnTo(ctx, ex, t, to) {
    if (sameArtifact(artifactOf(t.slot), to))
        return swapBack(ctx, ex, t, to);
    const how = ex.planning ? 'it would be deployed through the slot' : 'deploying it through the slot';
    ex.note({
        kind: 'fact',
        label: `slot ${t.slotRef.slot}`,
        value: `holds ${describe(artifactOf(t.slot))}, not ${describe(to)}: ${how}`,
    });
    await release(ctx, ex, t, to);
}

;// CONCATENATED MODULE: ./src/core/deploy/slot-swap/canary-control.ts
/**
 * slot-swap's 'promote' and 'abort' of a canary stopped at an open pause (canary/control.ts). The
 * paused canary is read back from the production site's release record; the slot must still hold
 * its release. Promote continues the same steps from the one after the pause (the last is the
 * swap, as a canary without pauses ends); abort removes the ramp-up rule (all traffic back on
 * production) and records 'aborted'. Both run on the rollout executor, for real or planned.
 */












const slotSwapCanary = {
    async executor(ctx, planning) {
        const { appService } = await ctx.azure();
        return (0,for_stage/* executorFor */.lL)(ctx, { retryBaseMs: appService.pollIntervalMs, planning });
    },
    promote: runPromote,
    abort: runAbort,
};
/** The artifact the inputs name, if any (a promote may name none: whatever is paused). */
function requested(ctx, artifact) {
    const image = artifact?.containerImage ?? ctx.settings.deploy.containerImage;
    const pkg = artifact?.packageUrl ?? ctx.settings.deploy.packageUrl;
    return image ? { containerImage: image } : pkg ? { packageUrl: pkg } : undefined;
}
const common = (ctx, t) => ({
    activeSlot: app_service_port/* PRODUCTION_SLOT */.P,
    previousSlot: t.slotRef.slot,
    previewUrl: slotUrl(ctx, 'preview', t.slot),
});
async function runPromote(ctx, ex, artifact) {
    const t = await observe(ctx, rolloutReads(ex));
    const record = recordOf(t);
    const steps = ctx.settings.deploy.canary;
    const want = requested(ctx, artifact);
    const live = artifactOf(t.production);
    if (!(0,pause/* pausedCanary */.jW)(record) && want && sameArtifact(live, want) && record.state === 'live') {
        // Promoted already (a CI job run again): nothing to write, and the outputs say what is true.
        const message = `nothing to promote: ${describe(want)} is already live on web app ${t.prodRef.site}`;
        ex.note({ kind: 'fact', label: siteResource(t), value: message });
        const outputs = { ...common(ctx, t), imageVersion: versionOf(want), swapped: false, canaryWeight: 100 };
        return { outputs: { ...outputs, canaryResult: 'promoted' }, message };
    }
    const paused = (0,pause/* resumePoint */._y)(record, steps, want ? versionOf(want) : undefined, slotResource(t));
    const now = (0,pause/* describePaused */.K$)(paused, steps, slotResource(t));
    const inSlot = artifactOf(t.slot);
    if (!inSlot || versionOf(inSlot) !== paused.version)
        throw new errors/* EngineError */.NJ('input', `the ${now}, but the slot now holds ${describe(inSlot)}; run 'abort', then deploy again`);
    const outputs = { ...common(ctx, t), imageVersion: paused.version, previousImageVersion: live && versionOf(live) };
    const rollback = live ? planFor(t, live, inSlot, { previous: record.previous, failed: paused.version }) : undefined;
    ex.note({ kind: 'fact', label: siteResource(t), value: `${now}: promoting from step ${paused.index + 2}` });
    const progress = { weight: paused.weight, step: (0,walk/* stepName */.u)(steps, paused.index) };
    try {
        const end = await resumeCanary(ctx, ex, t, inSlot, steps, progress, paused.index + 1);
        if (end === 'paused') {
            const again = (0,pause/* describePaused */.K$)({ ...paused, index: progress.pausedAt, weight: progress.weight }, steps, slotResource(t));
            const message = `${again}; ${describe(live)} serves the rest from web app ${t.prodRef.site}; ${pause/* WHAT_NEXT */.jh}`;
            return { outputs: { ...outputs, swapped: false, ...(0,canary_outputs/* canaryOutputs */.J)(progress) }, message, rollback };
        }
        const previous = live ? versionOf(live) : record.current;
        const done = { current: paused.version, previous, deployedAt: (0,deploy_record/* iso */.KH)(ctx), runUrl: ctx.deps.run?.runUrl };
        const planned = (0,plan_record/* liveWrite */.ul)(siteResource(t), record, { current: paused.version, previous });
        await ex.write({ write: planned }, (call) => (0,deploy_record/* recordLive */.en)(t.tags, t.production.id, done, call));
    }
    catch (err) {
        throw await promoteFailed(ctx, ex, t, { record, version: paused.version, live, progress }, err, outputs);
    }
    const swapped = `swapped from slot ${t.slotRef.slot}; ${describe(live)} waits there for a swap back`;
    const message = `canary promoted: ${describe(inSlot)} is live on web app ${t.prodRef.site} (${swapped})`;
    return { outputs: { ...outputs, swapped: true, ...(0,canary_outputs/* canaryOutputs */.J)(progress) }, message, rollback };
}
/** A promote that stopped: the error the stage reports (with outputs), after recording an abort. */
async function promoteFailed(ctx, ex, t, at, err, outputs) {
    const left = (0,walk/* shareLeft */.zZ)(at.progress, slotResource(t));
    if (left && (ctx.signal.aborted || err instanceof errors/* CancelledError */.cc))
        ctx.warn(`canary stopped: ${left}`);
    if (ctx.signal.aborted || err instanceof errors/* CancelledError */.cc || !(err instanceof errors/* EngineError */.NJ))
        return err;
    if (err instanceof walk/* CanaryAborted */.YB) {
        // A failed check returned the traffic: the record says so (a warning if it cannot).
        await recordAborted(ctx, ex, t, at.record, at.version, at.live).catch((e) => ctx.warn(`the release record could not be marked aborted: ${e.message}`));
    }
    const failed = { ...outputs, swapped: false, ...(0,canary_outputs/* canaryOutputs */.J)(at.progress, err) };
    const details = { items: ex.items, outputs: failed, liveUntouched: !ex.productionTouched };
    const message = left ? `${err.message}; ${left.replace(/; re-run.*$/, '')}` : err.message;
    return new rollout_error/* RolloutError */.a(message, details, err.kind);
}
/** Abort: the rule goes (weight 0), the record says 'aborted'; nothing paused and no share left: no write. */
async function runAbort(ctx, ex) {
    const t = await observe(ctx, rolloutReads(ex));
    const record = recordOf(t);
    const paused = (0,pause/* pausedCanary */.jW)(record);
    const live = artifactOf(t.production);
    const where = slotResource(t);
    const share = t.production.rampUp?.find((r) => r.name === t.slotRef.slot && r.percent > 0)?.percent;
    const outputs = { ...common(ctx, t), imageVersion: live && versionOf(live) };
    if (!paused && share === undefined) {
        // Aborted already (a CI job run again) or nothing ever paused: nothing to write.
        const done = record.state === 'aborted' && record.failed ? ` (the canary of ${record.failed} was aborted)` : '';
        const none = `no canary is paused on ${where} and no production traffic goes to it${done}`;
        const message = `nothing to abort: ${none}; ${describe(live)} is live on web app ${t.prodRef.site}`;
        ex.note({ kind: 'fact', label: siteResource(t), value: message });
        const result = done ? { canaryResult: 'aborted' } : {};
        return { outputs: { ...outputs, canaryWeight: 0, ...result }, message };
    }
    const steps = ctx.settings.deploy.canary;
    const was = paused ? (0,pause/* describePaused */.K$)(paused, steps, where) : `${share}% of production traffic on ${where}`;
    ex.note({ kind: 'fact', label: siteResource(t), value: `${was}: aborting` });
    await removeCanaryRule(ex, t);
    const version = paused?.version ?? record.target;
    if (version && version !== record.current)
        await recordAborted(ctx, ex, t, record, version, live);
    const step = paused && steps && paused.index < steps.length ? (0,walk/* stepName */.u)(steps, paused.index) : undefined;
    const message = `canary aborted (was ${was}): all production traffic is back on ${describe(live)}, web app ${t.prodRef.site}`;
    const canary = { canaryWeight: 0, ...(step ? { canaryStep: step } : {}), canaryResult: 'aborted' };
    return { outputs: { ...outputs, ...canary }, message };
}

;// CONCATENATED MODULE: ./src/core/deploy/slot-swap/strategy.ts
/**
 * slot-swap: App Service. The staging slot is pointed at the new immutable artifact (container
 * image or run-from-package URL) and restarted; once it answers its warm-up path it is swapped
 * into production — or swapped with preview: production's slot settings are applied to the slot,
 * the slot is checked again, then the swap completes (or is reset). Production is checked after
 * the swap; if it does not answer, the swap is undone at once (swap back: the old app is in the
 * slot by then).
 *
 * Rollback swaps back when the slot still holds the version to return to; otherwise the older
 * artifact goes through the same path as a deploy. Deploy and rollback are each one function run
 * on the rollout executor (deploy.ts, rollback.ts): for real, or planned (plan mode).
 */









/** An executor for one rollout: retries back off from the App Service poll interval. */
async function executor(ctx, planning) {
    const { appService } = await ctx.azure();
    return (0,for_stage/* executorFor */.lL)(ctx, { retryBaseMs: appService.pollIntervalMs, planning });
}
const site = (t) => `web app ${t.prodRef.site}`;
/** Plan mode: how far a canary deploy would go (to its open pause). */
function canaryPlan(ctx) {
    return ctx.settings.deploy.canary?.some((s) => s.kind === 'stop') ? ", as far as the canary's open pause" : '';
}
const slotSwapStrategy = {
    name: 'slot-swap',
    async inspect(ctx) {
        return recordOf(await observe(ctx));
    },
    async deploy(ctx, artifact) {
        const ex = await executor(ctx, false);
        const run = await runDeploy(ctx, ex, artifact);
        const { t, want, live } = run;
        if (run.unchanged)
            return { outputs: run.outputs, items: ex.items, message: `${site(t)} already runs ${describe(want)}` };
        if (run.paused)
            return { outputs: run.outputs, items: ex.items, message: run.paused, rollback: run.rollback };
        return {
            outputs: run.outputs,
            items: ex.items,
            message: `${describe(want)} is live on ${site(t)} (swapped from slot ${t.slotRef.slot}; ${describe(live)} waits there for a swap back)`,
            rollback: run.rollback,
        };
    },
    async planDeploy(ctx, artifact) {
        const ex = await executor(ctx, true);
        const run = await runDeploy(ctx, ex, artifact);
        const writes = ex.plannedWrites;
        const { t, want } = run;
        if (run.unchanged) {
            const message = `plan: ${site(t)} already runs ${describe(want)} (${(0,action/* countWrites */.GG)(writes.length)})`;
            return { writes, items: ex.facts, outputs: { ...run.outputs, deployUnchanged: writes.length === 0 }, message };
        }
        // Already paused: nothing to write, the canary stays where it is.
        if (run.paused && writes.length === 0)
            return { writes, items: ex.facts, outputs: run.outputs, message: `plan: ${run.paused}` };
        const how = canaryPlan(ctx);
        const message = `plan: ${describe(want)} would go live on ${site(t)} through slot ${t.slotRef.slot}${how} (${(0,action/* countWrites */.GG)(writes.length)}, none made)`;
        return { writes, items: ex.facts, outputs: run.outputs, message };
    },
    async rollback(ctx, plan) {
        // Its own executor: a deadline of its own ('deploy-timeout' again), every write retried.
        const ex = await executor(ctx, false);
        const run = await runRollback(ctx, ex, plan);
        const { t, to } = run;
        const message = run.unchanged
            ? `${describe(to)} is live on ${site(t)}; nothing to swap`
            : `${describe(to)} is live again on ${site(t)}`;
        return { outputs: run.outputs, items: ex.items, message };
    },
    async planRollbackWrites(ctx, plan) {
        const ex = await executor(ctx, true);
        const run = await runRollback(ctx, ex, plan);
        const writes = ex.plannedWrites;
        const { t, to } = run;
        const message = run.unchanged
            ? `plan: ${describe(to)} is live on ${site(t)}; nothing to swap (${(0,action/* countWrites */.GG)(writes.length)})`
            : `plan: ${plan.description} (${(0,action/* countWrites */.GG)(writes.length)}, none made)`;
        return { writes, items: ex.facts, outputs: run.outputs, message };
    },
    canary: slotSwapCanary,
    async describeLive(ctx) {
        const t = await observe(ctx);
        return `web app ${t.prodRef.site}: production runs ${describe(artifactOf(t.production))}, slot ${t.slotRef.slot} holds ${describe(artifactOf(t.slot))}`;
    },
    async endpoints(ctx) {
        const t = await observe(ctx);
        const out = [];
        const live = slotUrl(ctx, 'live', t.production);
        const preview = slotUrl(ctx, 'preview', t.slot);
        if (live)
            out.push({ role: 'live', url: live });
        if (preview)
            out.push({ role: 'preview', url: preview });
        return out;
    },
    async checkTarget(ctx) {
        const t = await observe(ctx);
        const state = t.production.state ?? 'unknown';
        return [
            {
                name: `web app ${t.prodRef.site} running`,
                passed: state.toLowerCase() === 'running',
                detail: `state ${state}; runs ${describe(artifactOf(t.production))}`,
            },
        ];
    },
    /** A standalone rollback: the version live now is recorded as failed once production is back. */
    async planRollback(ctx, record, toVersion) {
        const t = await observe(ctx);
        const target = toVersion ?? (0,deploy_record/* defaultRollback */.iZ)(record).version;
        const live = artifactOf(t.production);
        const inSlot = artifactOf(t.slot);
        const liveVersion = live ? versionOf(live) : undefined;
        const after = target ? (0,deploy_record/* rollbackRecord */.Ci)(record, target, liveVersion) : { failed: liveVersion };
        if (!target) {
            if (inSlot && !sameArtifact(inSlot, live))
                return planFor(t, inSlot, live, after);
            throw new errors/* EngineError */.NJ('input', `input 'to-version': web app ${t.prodRef.site} has no previous version recorded and slot ${t.slotRef.slot} holds nothing else to swap back; expected the version to roll back to`);
        }
        if (inSlot && (versionOf(inSlot) === target || describe(inSlot) === target))
            return planFor(t, inSlot, live, after);
        const configured = ctx.settings.deploy.packageUrl;
        if (configured && packageName(configured) === target)
            return planFor(t, { packageUrl: configured }, live, after);
        const like = live?.containerImage ?? inSlot?.containerImage ?? ctx.settings.deploy.containerImage;
        const image = imageForVersion(target, like);
        if (!image) {
            throw new errors/* EngineError */.NJ('input', `input 'to-version': '${target}' is not in slot ${t.slotRef.slot} and web app ${t.prodRef.site} runs no container image to derive it from; expected a full image reference, or set 'package-url' to that version's package`);
        }
        return planFor(t, { containerImage: image }, live, after);
    },
};


/***/ }),

/***/ 4530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yu: () => (/* binding */ intentWrite),
/* harmony export */   ul: () => (/* binding */ liveWrite),
/* harmony export */   wZ: () => (/* binding */ catchUpWrite)
/* harmony export */ });
/** The intent tag written before the first write to the target. */
function intentWrite(resource, target, state = 'deploying') {
    return {
        resource,
        operation: 'tag',
        after: `target-version ${target}, state ${state}`,
        why: 'the release record names the version in flight before the first write',
    };
}
/** The record of what is live, written after the last write (it also clears target-version). */
function liveWrite(resource, record, live) {
    const rest = [
        live.previous ? `previous-version ${live.previous}` : undefined,
        `state ${live.state ?? 'live'}`,
        live.extra,
    ]
        .filter(Boolean)
        .join(', ');
    return {
        resource,
        operation: 'tag',
        before: `current-version ${record.current ?? 'none'}`,
        after: `${live.current} (${rest})`,
        why: 'the release record says what is live',
    };
}
/** A record that lags what the target already runs (an earlier run stopped before writing it). */
function catchUpWrite(resource, record, current, previous) {
    return {
        ...liveWrite(resource, record, { current, previous }),
        why: `the release record lags what runs${record.target ? ` (an earlier run left target-version ${record.target})` : ''}`,
    };
}


/***/ })

};
