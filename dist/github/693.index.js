export const id = 693;
export const ids = [693];
export const modules = {

/***/ 49312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canaryGates)
/* harmony export */ });
/* harmony import */ var _analysis_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28107);

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

/***/ 23822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K$: () => (/* binding */ describePaused),
/* harmony export */   _y: () => (/* binding */ resumePoint),
/* harmony export */   jW: () => (/* binding */ pausedCanary),
/* harmony export */   jh: () => (/* binding */ WHAT_NEXT)
/* harmony export */ });
/* unused harmony export weightBefore */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80779);
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

/***/ 80779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ describeStep),
/* harmony export */   YB: () => (/* binding */ CanaryAborted),
/* harmony export */   eU: () => (/* binding */ walkCanary),
/* harmony export */   u: () => (/* binding */ stepName),
/* harmony export */   zZ: () => (/* binding */ shareLeft)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98571);
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

/***/ 53204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I9: () => (/* binding */ endpointsFromSettings),
/* harmony export */   Nf: () => (/* binding */ batchGateProbes),
/* harmony export */   ZR: () => (/* binding */ endpointProbes)
/* harmony export */ });
function endpointsFromSettings(settings) {
    const out = [];
    if (settings.verify.liveUrl)
        out.push({ role: 'live', url: settings.verify.liveUrl });
    if (settings.verify.previewUrl)
        out.push({ role: 'preview', url: settings.verify.previewUrl });
    return out;
}
function endpointProbes(settings, endpoints) {
    const seen = new Set();
    return endpoints.flatMap((e) => {
        const key = `${e.role}|${e.url}`;
        if (seen.has(key))
            return [];
        seen.add(key);
        return [{ ...settings.verify.gate, name: e.role, url: e.url }];
    });
}
/** What gates each batch of a Manual rollout: the user's probes plus the live endpoint. */
function batchGateProbes(settings) {
    return [
        ...settings.verify.probes,
        ...endpointProbes(settings, endpointsFromSettings(settings).filter((e) => e.role === 'live')),
    ];
}


/***/ }),

/***/ 3019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ noHealthSource),
/* harmony export */   qY: () => (/* binding */ judgeInstances),
/* harmony export */   s9: () => (/* binding */ instanceHealthCheck),
/* harmony export */   th: () => (/* binding */ NO_HEALTH_SOURCE)
/* harmony export */ });
/* unused harmony export versionOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * Instance health of a scale set for verify and for the gates of a rollout: every instance on the
 * latest model, provisioned, running and Healthy. Each look is ONE paged list with instance views;
 * the check re-reads until `successes` looks in a row pass, gives up after `failureLimit` failing
 * looks in a row, or at its timeout.
 *
 * Per-instance health (`vmHealth` in the instance view) comes only from the Application Health
 * extension; a load balancer probe set as the scale set's `healthProbe` does not fill it (Azure's
 * "Using Application Health extension with Virtual Machine Scale Sets"). Without that source the
 * check says so — judged by provisioning and power state only — and never calls the instances healthy.
 */

/** Judges one listing. `imageId`: when given, each instance must also run that image. */
/** Why a look could not judge health: no instance reports any (no Application Health extension). */
const NO_HEALTH_SOURCE = 'no per-instance health source: judged by provisioning and power state only';
/** Whether `instances` carry no per-instance health at all. */
const noHealthSource = (instances) => instances.length > 0 && instances.every((i) => i.health === 'none');
/**
 * One problem line per distinct reason, with a count and the instance ids
 * ("3 of 5 instance(s) unhealthy (3, 4, 5)"), not one line per instance.
 */
function judgeInstances(instances, imageId) {
    const byReason = new Map();
    for (const i of instances) {
        const why = [];
        if (!i.latestModelApplied)
            why.push('not on the latest model');
        if (imageId && i.imageId?.toLowerCase() !== imageId.toLowerCase())
            why.push(`runs ${versionOf(i.imageId)}`);
        if (i.provisioningState && i.provisioningState !== 'succeeded')
            why.push(`provisioning ${i.provisioningState}`);
        if (i.power && i.power !== 'running')
            why.push(`power ${i.power}`);
        if (i.health === 'unhealthy' || i.health === 'unknown')
            why.push(i.health);
        if (why.length > 0)
            byReason.set(why.join(', '), [...(byReason.get(why.join(', ')) ?? []), i.instanceId]);
    }
    const problems = [...byReason].map(([why, ids]) => `${ids.length} of ${instances.length} instance(s) ${why} (${idList(ids)})`);
    if (instances.length === 0)
        problems.push('the scale set has no instances');
    return { ok: problems.length === 0, total: instances.length, problems };
}
const idList = (ids) => (ids.length > 10 ? `${ids.slice(0, 10).join(', ')}, …` : ids.join(', '));
async function instanceHealthCheck(ctx, port, ref, gate, imageId) {
    const { clock, sleep } = ctx.deps;
    const started = clock.now();
    const deadline = started + gate.timeoutMs;
    let okInRow = 0;
    let failInRow = 0;
    let looks = 0;
    let last;
    for (;;) {
        if (ctx.signal.aborted)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc('the run was cancelled during the instance-health check');
        const instances = await port.listInstances(ref, {
            signal: ctx.signal,
            timeoutMs: Math.max(1, deadline - clock.now()),
        });
        looks += 1;
        const noSignal = noHealthSource(instances);
        last = judgeInstances(instances, imageId);
        if (last.ok) {
            okInRow += 1;
            failInRow = 0;
        }
        else {
            okInRow = 0;
            failInRow += 1;
        }
        const signalNote = noSignal ? `; ${NO_HEALTH_SOURCE}` : '';
        if (okInRow >= gate.successes) {
            const state = noSignal ? 'provisioned and running' : 'healthy';
            return {
                name: 'instance health',
                passed: true,
                detail: `${last.total} of ${last.total} instances on the latest model and ${state}, ${okInRow} look(s) in a row${signalNote}`,
            };
        }
        const fail = (why) => ({
            name: 'instance health',
            passed: false,
            detail: `${why} after ${looks} look(s): ${last.problems.slice(0, 10).join('; ')}${last.problems.length > 10 ? `; … (${last.problems.length} in all)` : ''}${signalNote}`,
        });
        if (!last.ok && gate.failureLimit !== undefined && failInRow >= gate.failureLimit)
            return fail(`${failInRow} failing look(s) in a row`);
        if (clock.now() + gate.intervalMs >= deadline)
            return last.ok
                ? fail(`only ${okInRow} of ${gate.successes} passing looks in a row within the timeout`)
                : fail('not healthy within the timeout');
        await sleep(gate.intervalMs, ctx.signal);
    }
}
function versionOf(imageId) {
    if (!imageId)
        return 'no gallery image';
    return /\/versions\/([^/]+)$/i.exec(imageId)?.[1] ?? imageId.split('/').at(-1) ?? imageId;
}


/***/ }),

/***/ 29149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ imageForPlan),
/* harmony export */   x: () => (/* binding */ plannedNote)
/* harmony export */ });
/* harmony import */ var _gallery_image_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9733);

async function imageForPlan(ctx, port, info, artifact, options) {
    const planned = ctx.outputs.plannedImageId;
    if (artifact.imageId && planned && (0,_gallery_image_js__WEBPACK_IMPORTED_MODULE_0__/* .sameId */ .s)(artifact.imageId, planned))
        return { id: artifact.imageId, version: artifact.imageVersion ?? (0,_gallery_image_js__WEBPACK_IMPORTED_MODULE_0__/* .versionOfId */ .X2)(artifact.imageId), planned: true };
    return { ...(await (0,_gallery_image_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveImage */ .AT)(port, ctx.settings, info, artifact, options)), planned: false };
}
/** ' (planned: publish in this run would create it)' for a planned image, '' otherwise. */
const plannedNote = (image) => image.planned ? ' (planned: an earlier stage of this run would create it)' : '';


/***/ }),

/***/ 81768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ remoteAccessCheck)
/* harmony export */ });
/* unused harmony export decidingRule */
const INTERNET_SOURCES = new Set(['*', 'internet', '0.0.0.0/0', '0.0.0.0/00', 'any', '::/0']);
const REMOTE_PORTS = [
    { port: 22, name: 'SSH' },
    { port: 3389, name: 'RDP' },
];
async function remoteAccessCheck(net, info, gate, options) {
    if (gate === 'allow')
        return undefined;
    const findings = [];
    const nsgIds = [...info.network.nsgIds];
    for (const subnetId of info.network.subnetIds) {
        const id = await net.subnetSecurityGroupId(subnetId, options);
        if (id)
            nsgIds.push(id);
    }
    const groups = [];
    for (const id of [...new Set(nsgIds.map((i) => i.toLowerCase()))]) {
        const nsg = await net.getSecurityGroup(id, options);
        if (nsg)
            groups.push(nsg);
    }
    for (const { port, name } of REMOTE_PORTS) {
        if (groups.length === 0) {
            // No NSG filters anything: only a public IP makes the port reachable (reported below).
            if (info.network.publicIpPerInstance)
                findings.push(`${name} (${port}) is not filtered by any network security group`);
            continue;
        }
        const allowing = groups.map((g) => ({ g, rule: decidingRule(g.rules, port) }));
        if (allowing.every((a) => a.rule?.access.toLowerCase() === 'allow')) {
            const rules = allowing.map((a) => `${a.rule.name} in ${lastSegment(a.g.id)}`).join(', ');
            findings.push(`${name} (${port}) is open to the Internet (${rules})`);
        }
    }
    if (info.linuxPasswordAuth)
        findings.push('the Linux profile allows password authentication (disablePasswordAuthentication is not true)');
    if (info.network.publicIpPerInstance)
        findings.push('instances get public IP addresses (publicIPAddressConfiguration)');
    const detail = findings.length === 0
        ? 'no SSH/RDP from the Internet, no password login, no public instance IPs'
        : findings.join('; ');
    return {
        name: 'remote access',
        passed: findings.length === 0 || gate === 'warn',
        warning: findings.length > 0 && gate === 'warn',
        detail,
    };
}
/** The first inbound rule, by priority, that matches Internet TCP traffic to `port`. */
function decidingRule(rules, port) {
    return [...rules]
        .filter((r) => r.direction.toLowerCase() === 'inbound')
        .sort((a, b) => a.priority - b.priority)
        .find((r) => ['*', 'tcp'].includes(r.protocol.toLowerCase()) &&
        r.sourcePrefixes.some((s) => INTERNET_SOURCES.has(s.toLowerCase())) &&
        r.destinationPorts.some((p) => coversPort(p, port)));
}
function coversPort(range, port) {
    const r = range.trim();
    if (r === '*')
        return true;
    const m = /^(\d+)(?:-(\d+))?$/.exec(r);
    if (!m)
        return false;
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    return port >= lo && port <= hi;
}
const lastSegment = (id) => id.split('/').filter(Boolean).at(-1) ?? id;


/***/ }),

/***/ 84693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollingStrategy: () => (/* binding */ rollingStrategy)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/plan/action.ts
var action = __webpack_require__(55461);
// EXTERNAL MODULE: ./src/core/deploy/instance-health.ts
var instance_health = __webpack_require__(3019);
// EXTERNAL MODULE: ./src/core/deploy/record.ts
var deploy_record = __webpack_require__(570);
// EXTERNAL MODULE: ./src/core/deploy/remote-access.ts
var remote_access = __webpack_require__(81768);
// EXTERNAL MODULE: ./src/core/rollout/for-stage.ts
var for_stage = __webpack_require__(55797);
// EXTERNAL MODULE: ./src/core/deploy/canary/pause.ts
var pause = __webpack_require__(23822);
// EXTERNAL MODULE: ./src/core/deploy/canary/walk.ts
var canary_walk = __webpack_require__(80779);
// EXTERNAL MODULE: ./src/core/deploy/rollout-error.ts
var rollout_error = __webpack_require__(5613);
// EXTERNAL MODULE: ./src/core/deploy/canary/analysis.ts
var analysis = __webpack_require__(49312);
// EXTERNAL MODULE: ./src/core/deploy/endpoint-probes.ts
var endpoint_probes = __webpack_require__(53204);
// EXTERNAL MODULE: ./src/core/verify/http-probe.ts + 2 modules
var http_probe = __webpack_require__(28954);
// EXTERNAL MODULE: ./src/core/deploy/gallery-image.ts
var gallery_image = __webpack_require__(9733);
;// CONCATENATED MODULE: ./src/core/deploy/rolling/target.ts
/**
 * The rolling strategy's target: the scale set named in the inputs, read and checked before any
 * write (the image to roll out is resolved in ../gallery-image.ts). Every problem here
 * is an EngineError of kind 'input' naming the input, the bad value and what is expected.
 */



/**
 * The instances a rollout to `imageId` still has to replace. When the rollout first points the
 * model at `imageId` (`modelMoves`), an instance already running that image is on the latest model
 * once the write lands: only the instances on another image are left.
 */
function staleInstances(instances, imageId, modelMoves) {
    return instances.filter((i) => (modelMoves ? !(0,gallery_image/* sameId */.s)(i.imageId, imageId) : !(0,gallery_image/* onImage */.Vu)(i, imageId)));
}
function scaleSetRef(settings) {
    const name = settings.deploy.scaleSet;
    const resourceGroup = settings.deploy.resourceGroup ?? settings.resourceGroup;
    if (!name)
        throw new errors/* EngineError */.NJ('input', "input 'scale-set': is required for the rolling strategy; expected the scale set's name");
    if (!resourceGroup)
        throw new errors/* EngineError */.NJ('input', "input 'resource-group': is required for the rolling strategy; expected the scale set's resource group");
    return { resourceGroup, name };
}
/** Reads the scale set and checks the rolling strategy can work on it. */
async function readTarget(port, ref, options) {
    const info = await port.get(ref, options);
    if (!info) {
        throw new errors/* EngineError */.NJ('input', `input 'scale-set': scale set '${ref.name}' was not found in resource group '${ref.resourceGroup}'; expected an existing Virtual Machine Scale Set`);
    }
    if (!(0,gallery_image/* isGalleryVersionId */.uR)(info.imageId)) {
        throw new errors/* EngineError */.NJ('input', `input 'scale-set': scale set '${ref.name}' runs '${info.imageDescription}', not a gallery image version; the rolling strategy replaces one Azure Compute Gallery image version with another (expected imageReference.id …/galleries/<gallery>/images/<definition>/versions/<version>)`);
    }
    return info;
}
/** What the scale set ran before: the model's image, or (a re-run, model already moved) the instances' / the record's. */
function previousImage(info, instances, target, record) {
    if (info.imageId && !(0,gallery_image/* sameId */.s)(info.imageId, target.id))
        return { id: info.imageId, version: (0,gallery_image/* versionOfId */.X2)(info.imageId) };
    const other = instances.find((i) => i.imageId && !(0,gallery_image/* sameId */.s)(i.imageId, target.id))?.imageId;
    if (other)
        return { id: other, version: (0,gallery_image/* versionOfId */.X2)(other) };
    const recorded = record.current && record.current !== target.version ? record.current : record.previous;
    return recorded ? { id: (0,gallery_image/* siblingVersionId */.eH)(target.id, recorded), version: recorded } : undefined;
}

;// CONCATENATED MODULE: ./src/core/deploy/rolling/context.ts



/** A rollout on the scale set of the inputs, on an executor of its own (`planning`: plan mode). */
async function openRolling(ctx, planning) {
    const ports = await ctx.azure();
    const port = ports.scaleSets;
    const ref = scaleSetRef(ctx.settings);
    const ex = (0,for_stage/* executorFor */.lL)(ctx, { retryBaseMs: port.pollIntervalMs, ...(planning ? { planning } : {}) });
    return { ctx, ex, ports, port, ref, resource: `scale set ${ref.name}` };
}
/** A rollout that cannot go on: the deploy turns it into a RolloutError (and rolls back). */
function stop(message) {
    throw new errors/* EngineError */.NJ('terminal', message);
}
/** The run's clock as an ISO timestamp (the record's deployed-at). */

/** Instance ids for a plan line: the first eight, then the count. */
const idList = (list) => list.length <= 8 ? list.join(', ') : `${list.slice(0, 8).join(', ')}, … (${list.length})`;

// EXTERNAL MODULE: ./src/core/analysis/run.ts + 2 modules
var run = __webpack_require__(28107);
;// CONCATENATED MODULE: ./src/core/analysis/batches.ts

/** Runs the gates on the rollout's executor; returns why the rollout must stop, or undefined. */
async function analyseBatch(ctx, ex, monitor, at) {
    const { settings, deps } = ctx;
    if (settings.analysis.length === 0)
        return undefined;
    const results = await (0,run/* runAnalysis */.A1)(settings.analysis, {
        ex,
        monitor,
        clock: deps.clock,
        log: deps.host,
        target: at.target,
        resourceGroup: settings.deploy.resourceGroup ?? settings.resourceGroup,
        context: { version: at.version, previousVersion: at.previousVersion, since: deps.clock.now() },
        label: `batch ${at.n}`,
        runSignal: ctx.signal,
    });
    // In the analysis-results output and the record, before verify's, also when this batch fails.
    if (results.length > 0)
        ctx.analysed?.(results.map((r) => ({ ...r, during: `batch ${at.n} of ${at.count}` })));
    for (const r of results)
        if (r.warning)
            ctx.warn(`batch ${at.n}: ${r.warning}`);
    const failed = results.filter((r) => !r.passed && !r.stopped);
    if (failed.length === 0)
        return undefined;
    const why = failed.map((r) => `analysis '${r.name}' ${r.detail}`).join('; ');
    return `batch ${at.n} of ${at.count} failed its analysis: ${why}`;
}

// EXTERNAL MODULE: ./src/core/rollout/executor.ts
var executor = __webpack_require__(69352);
// EXTERNAL MODULE: ./src/core/deploy/rolling/monitored.ts
var monitored = __webpack_require__(79030);
;// CONCATENATED MODULE: ./src/core/deploy/rolling/manual.ts
/**
 * Manual mode: the engine drives the batches itself with updateInstances, one write per batch.
 * Batch size from the inputs (or the scale set's policy); before each batch the unhealthy budget is
 * checked; after it, the batch must settle Healthy on the new image AND the verify probes must pass
 * (our edge over Azure's own policy: the gate is the user's real health check); the analysis gates
 * (Azure Monitor) judge the release before the next batch starts; the pause is held between
 * batches. Instances already on the target image are skipped. Also used to finish a rollout Azure
 * did not run, and to replace instances during a rollback (no gates, no budgets).
 */







const isBad = (i) => i.health === 'unhealthy' ||
    i.provisioningState === 'failed' ||
    (i.power !== undefined && i.power !== 'running' && i.power !== 'starting');
const isSettling = (i) => i.health === 'unknown' || ['creating', 'updating'].includes(i.provisioningState ?? '') || i.power === 'starting';
const pct = (part, whole) => (whole === 0 ? 0 : (part * 100) / whole);
/** The batches a rollout to `imageId` takes, from the instances observed before it (and whether it moves the model). */
function planBatches(instances, imageId, modelMoves, knobs) {
    const total = instances.length;
    let stale = staleInstances(instances, imageId, modelMoves);
    if (knobs.prioritizeUnhealthy)
        stale = [...stale.filter(isBad), ...stale.filter((i) => !isBad(i))];
    const size = Math.max(1, Math.floor((total * knobs.batchPercent) / 100));
    const batches = [];
    for (let k = 0; k < stale.length; k += size)
        batches.push(stale.slice(k, k + size).map((i) => i.instanceId));
    return { instances, total, stale, size, batches };
}
/** Runs the batches; returns the ids replaced. A deploy's batch that fails its gate stops the rollout. */
async function driveBatches(t, image, plan, opts) {
    const { knobs } = opts;
    const { total, stale, size, batches } = plan;
    const skipped = total - stale.length;
    // A plan replaces nothing: its writes are listed as planned, never logged as under way.
    const say = (message) => {
        if (!t.ex.planning)
            t.ctx.deps.host.info(message);
    };
    // A canary step's one batch says itself below (its share is the step's, not a batch plan's).
    if (!opts.step)
        say(`Replacing ${stale.length} of ${total} instance(s) of ${t.resource} with ${image.version} in ${batches.length} batch(es) of up to ${size}` +
            `${skipped > 0 ? ` (${skipped} already on it)` : ''}${knobs.pauseMs > 0 ? `, pausing ${knobs.pauseMs / 1000} s between batches` : ''}.`);
    const state = { current: plan.instances, upgraded: [], failedUpgraded: new Set() };
    for (const [index, ids] of batches.entries()) {
        const n = index + 1;
        const of = opts.step ?? `batch ${n} of ${batches.length}`;
        if (index > 0)
            await t.ex.hold(`${of} (pause ${knobs.pauseMs / 1000} s)`, knobs.pauseMs);
        if (!opts.rollback)
            checkBudget(state.current, knobs, of);
        say(`${opts.step ?? `Batch ${n} of ${batches.length}`}: replacing instance(s) ${ids.join(', ')} with ${image.version}.`);
        const lroError = await replace(t, image, ids, { n, of }, opts.rollback);
        state.upgraded.push(...ids);
        state.current = await settle(t, image, ids, state.current);
        const label = opts.step ?? `batch ${n}`;
        if (!opts.rollback)
            await gate(t, image, ids, { label, of }, state, { ...opts, lroError });
        if (!opts.rollback && n < batches.length)
            await judge(t, image, plan, n, batches.length);
    }
    return state.upgraded;
}
/** Before a batch: the instances unhealthy now stay within max-unhealthy-percent. */
function checkBudget(current, knobs, of) {
    const unhealthy = current.filter(isBad).length;
    if (pct(unhealthy, current.length) > knobs.maxUnhealthyPercent) {
        stop(`stopped before ${of}: ${unhealthy} of ${current.length} instance(s) unhealthy (${Math.round(pct(unhealthy, current.length))}%), more than max-unhealthy-percent ${knobs.maxUnhealthyPercent}%`);
    }
}
/**
 * One batch: ONE updateInstances of the instances not yet on the image (re-read, so a retry after
 * a write that landed replaces nothing twice). Returns Azure's error when the operation ended
 * Failed (the gate judges the batch), throws on anything else.
 */
async function replace(t, image, ids, { n, of }, rollback) {
    const write = {
        resource: `instance(s) ${idList(ids)} of ${t.resource}`,
        operation: 'replace',
        after: `image ${image.version}`,
        why: of,
    };
    const item = rollback
        ? { kind: 'action', label: `batch ${n}`, value: `instance(s) ${ids.join(', ')} → ${image.version}` }
        : undefined;
    try {
        await t.ex.write({ write, touchesProduction: true }, async (call) => {
            const now = await t.port.listInstances(t.ref, call);
            const todo = ids.filter((id) => now.some((i) => i.instanceId === id && !(0,gallery_image/* onImage */.Vu)(i, image.id)));
            if (todo.length > 0)
                await t.port.updateInstances(t.ref, todo, call);
        }, item);
        return undefined;
    }
    catch (err) {
        const cause = err instanceof executor/* StepFailedError */.m ? err.cause : undefined;
        if (!(cause instanceof errors/* EngineError */.NJ) || cause.kind !== 'terminal')
            throw err;
        return cause.message;
    }
}
/** Looks (one paged list each) until the batch is out of transitional states, within the deadline. */
async function settle(t, image, ids, current) {
    let last = current;
    const label = `instance(s) ${idList(ids)} on ${image.version}`;
    await t.ex.wait(label, `${label}: provisioned, running, health reported`, async (call) => {
        last = await t.port.listInstances(t.ref, call);
        const settling = last.filter((i) => ids.includes(i.instanceId) && isSettling(i));
        if (settling.length === 0)
            return { state: 'done', detail: 'settled' };
        return { state: 'pending', detail: settling.map((i) => `instance ${i.instanceId} ${describe(i)}`).join(', ') };
    }, { intervalMs: t.port.pollIntervalMs, until: 'settled' });
    return last;
}
/**
 * After a deploy's batch: the upgraded instances stay within max-unhealthy-upgraded-percent and
 * the probes pass. ONE gate per batch (its summary line 'batch n'); failing it stops the rollout.
 */
async function gate(t, image, ids, at, state, opts) {
    const { knobs, probes, lroError } = opts;
    const { label, of } = at;
    let failure = '';
    const would = `${label}: instance(s) ${idList(ids)} healthy on ${image.version}${probes.length > 0 ? `, ${probes.length} probe(s) pass` : ''}`;
    const result = await t.ex.gate(label, would, async (call) => {
        const batch = state.current.filter((i) => ids.includes(i.instanceId));
        const bad = batch.filter((i) => isBad(i) || !(0,gallery_image/* onImage */.Vu)(i, image.id) || i.health === 'unknown');
        for (const i of bad)
            state.failedUpgraded.add(i.instanceId);
        const healthNote = bad.length === 0 ? 'healthy' : bad.map((i) => `instance ${i.instanceId} ${describe(i)}`).join(', ');
        const line = `instance(s) ${ids.join(', ')} → ${image.version}: ${healthNote}`;
        if (lroError || pct(state.failedUpgraded.size, state.upgraded.length) > knobs.maxUnhealthyUpgradedPercent) {
            failure = `${of} failed: ${lroError ? `Azure: ${lroError}; ` : ''}${state.failedUpgraded.size} of ${state.upgraded.length} upgraded instance(s) not healthy (${healthNote}); max-unhealthy-upgraded-percent is ${knobs.maxUnhealthyUpgradedPercent}%`;
            return { passed: false, detail: line };
        }
        if (probes.length === 0)
            return { passed: true, detail: line };
        const { ctx } = t;
        const results = await (0,http_probe/* runProbes */.j5)(probes, {
            http: ctx.deps.http,
            clock: ctx.deps.clock,
            sleep: ctx.deps.sleep,
            log: ctx.deps.host,
            signal: call.signal,
        });
        const failed = results.filter((r) => !r.passed);
        if (failed.length === 0)
            return { passed: true, detail: `${line}, ${results.length} probe(s) passed` };
        failure = `${of} failed its gate: ${failed.map(http_probe/* formatProbeResult */.X9).join('; ')}`;
        return { passed: false, detail: `${line}, probe(s) failed: ${failed.map(http_probe/* formatProbeResult */.X9).join('; ')}` };
    });
    if (!result.ok)
        stop(failure);
}
/** The analysis gates before the next batch; failing them stops the rollout like a failed batch. */
async function judge(t, image, plan, n, count) {
    const previous = plan.stale.find((i) => i.imageId)?.imageId;
    const { settings } = t.ctx;
    const failure = await analyseBatch(t.ctx, t.ex, t.ports.monitor, {
        target: (0,monitored/* monitoredScaleSet */.C)(settings.deploy, t.ref.resourceGroup),
        n,
        count,
        version: image.version,
        ...(previous ? { previousVersion: (0,gallery_image/* versionOfId */.X2)(previous) } : {}),
    });
    if (failure)
        stop(failure);
}
function describe(i) {
    const parts = [
        i.health !== 'none' ? i.health : undefined,
        i.provisioningState !== 'succeeded' ? i.provisioningState : undefined,
        i.power !== 'running' ? i.power : undefined,
    ].filter(Boolean);
    return parts.join('/') || 'not on the new image';
}

;// CONCATENATED MODULE: ./src/core/deploy/rolling/azure-rolling.ts


/** Looks before concluding that Azure started no upgrade after the model change. */
const LOOKS_FOR_START = 4;
/** Follows Azure's upgrade started by the model write (`before`: the latest run before it). */
async function followRollingUpgrade(t, before, version, count) {
    const progress = { looksForStart: 0, lastDone: -1, batch: 0 };
    const look = async (call) => {
        const latest = await t.port.latestRollingUpgrade(t.ref, call);
        const isNew = latest !== undefined && (!before || latest.startTime !== before.startTime);
        if (!isNew) {
            if (++progress.looksForStart >= LOOKS_FOR_START)
                return { state: 'failed', detail: 'not started by Azure after the model change' };
            return { state: 'pending', detail: 'waiting for Azure to start it' };
        }
        const line = report(t, latest, version, progress);
        if (latest.code === 'RollingForward')
            return { state: 'pending', detail: line };
        if (latest.code === 'Completed')
            return { state: 'done', detail: `completed: ${line}` };
        const why = latest.code === 'Faulted'
            ? `faulted: ${latest.error ?? 'no error given'}`
            : `ended ${latest.code}${latest.lastAction === 'Cancel' ? ' (cancelled outside this run)' : ''}`;
        return {
            state: 'failed',
            detail: `${why} (${latest.successful} upgraded, ${latest.failed} failed, ${latest.pending} pending)`,
        };
    };
    const would = `Azure's rolling upgrade of ${t.resource} completes: ${count} instance(s) to ${version}`;
    try {
        const result = await t.ex.wait('rolling upgrade', would, look, {
            intervalMs: t.port.pollIntervalMs,
            until: 'completed',
        });
        return { ok: result.ok, detail: result.detail };
    }
    catch (err) {
        if (t.ctx.signal.aborted || err instanceof errors/* CancelledError */.cc)
            await stopAfterCancel(t);
        throw err;
    }
}
/** One summary line per batch Azure finished (progress moved since the last look). */
function report(t, latest, version, progress) {
    const done = latest.successful + latest.failed;
    const line = `${done} of ${done + latest.inProgress + latest.pending} instance(s) upgraded to ${version}${latest.failed > 0 ? ` (${latest.failed} failed)` : ''}, ${latest.inProgress} in progress, ${latest.pending} pending`;
    if (done > 0 && done > progress.lastDone) {
        progress.batch += 1;
        t.ctx.deps.host.info(`Rolling upgrade of ${t.ref.name}, batch ${progress.batch}: ${line}.`);
        t.ex.note({ kind: 'action', label: `batch ${progress.batch}`, value: line });
    }
    progress.lastDone = Math.max(progress.lastDone, done);
    return line;
}
/** A rolling upgrade still running (ours, cancelled or timed out) stops before the model moves back. */
async function cancelRunningUpgrade(t, latest) {
    const write = {
        resource: `rolling upgrade of ${t.resource}`,
        operation: 'cancel',
        why: `an upgrade is in progress (started ${latest.startTime ?? 'earlier'}); it must stop before the model moves back`,
    };
    if (!t.ex.planning)
        t.ctx.deps.host.info(`Scale set ${t.ref.name}: cancelling the rolling upgrade in progress before rolling back.`);
    await t.ex.write({ write, touchesProduction: true }, async (call) => {
        const now = await t.port.latestRollingUpgrade(t.ref, call);
        if (now?.code === 'RollingForward' && now.lastAction !== 'Cancel')
            await t.port.cancelRollingUpgrade(t.ref, call);
    });
    const stopped = await t.ex.wait('rolling upgrade stopped', `the rolling upgrade of ${t.resource} has stopped`, async (call) => {
        const now = await t.port.latestRollingUpgrade(t.ref, call);
        return now?.code === 'RollingForward'
            ? { state: 'pending', detail: 'still rolling forward' }
            : { state: 'done', detail: `ended ${now?.code ?? 'unknown'}` };
    }, { intervalMs: t.port.pollIntervalMs, until: 'stopped' });
    if (!stopped.ok)
        stop(`the rolling upgrade of ${t.resource} did not stop: ${stopped.detail}`);
}
/**
 * The step was cancelled while Azure rolled: ask Azure to stop before its next batch, so
 * cancelling the step stops the rollout. The record still names the target: a re-run completes it
 * (or `rollback` undoes it). Best effort, on a short-lived signal of its own (the run's is aborted).
 */
async function stopAfterCancel(t) {
    try {
        await t.port.cancelRollingUpgrade(t.ref, { signal: new AbortController().signal, timeoutMs: 30_000 });
    }
    catch {
        // nothing running any more, or Azure unreachable: the record already says what was intended
    }
}

;// CONCATENATED MODULE: ./src/core/deploy/rolling/policy.ts
/** The rolling knobs: inputs override the scale set's rollingUpgradePolicy, which overrides Azure's defaults. */

const MODE_OF = { Rolling: 'rolling', Manual: 'manual', Automatic: 'automatic' };
const UPGRADE_MODE_FOR = {
    rolling: 'Rolling',
    manual: 'Manual',
    automatic: 'Automatic',
};
/**
 * 'auto' follows the scale set's upgradePolicy.mode. An explicit mode must match it: a model change
 * on a Rolling scale set starts Azure's own upgrade (the engine could not drive batches), and on a
 * Manual one nothing would roll at all.
 */
function effectiveMode(requested, info) {
    const actual = MODE_OF[info.upgradeMode];
    if (requested === 'auto' || requested === actual)
        return actual;
    throw new errors/* EngineError */.NJ('input', `input 'rollout-mode': '${requested}' needs scale set '${info.name}' in upgradePolicy.mode ${UPGRADE_MODE_FOR[requested]}, but it is ${info.upgradeMode}; expected 'auto' or '${actual}' (or change the scale set's upgrade policy)`);
}
/** The mode a rollback follows: the scale set's own (a rollback takes no 'rollout-mode'). */
const modeOfScaleSet = (info) => MODE_OF[info.upgradeMode];
/** What the engine applies in Manual mode (and reports for the others). */
function knobs(settings, policy) {
    const o = settings.deploy.rolling;
    return {
        batchPercent: o.maxBatchPercent ?? policy?.maxBatchInstancePercent ?? 20,
        maxUnhealthyPercent: o.maxUnhealthyPercent ?? policy?.maxUnhealthyInstancePercent ?? 20,
        maxUnhealthyUpgradedPercent: o.maxUnhealthyUpgradedPercent ?? policy?.maxUnhealthyUpgradedInstancePercent ?? 20,
        pauseMs: o.pauseBetweenBatchesMs ?? isoDurationMs(policy?.pauseTimeBetweenBatches) ?? 0,
        prioritizeUnhealthy: o.prioritizeUnhealthy ?? policy?.prioritizeUnhealthyInstances ?? false,
        maxSurge: o.maxSurge ?? policy?.maxSurge ?? false,
    };
}
/** The policy to write for this deploy when inputs override it (Rolling mode), or undefined when they don't. */
function policyOverride(settings, current) {
    const o = settings.deploy.rolling;
    const given = Object.values(o).some((v) => v !== undefined);
    if (!given)
        return undefined;
    return {
        ...current,
        ...(o.maxBatchPercent !== undefined ? { maxBatchInstancePercent: o.maxBatchPercent } : {}),
        ...(o.maxUnhealthyPercent !== undefined ? { maxUnhealthyInstancePercent: o.maxUnhealthyPercent } : {}),
        ...(o.maxUnhealthyUpgradedPercent !== undefined
            ? { maxUnhealthyUpgradedInstancePercent: o.maxUnhealthyUpgradedPercent }
            : {}),
        ...(o.pauseBetweenBatchesMs !== undefined
            ? { pauseTimeBetweenBatches: `PT${Math.round(o.pauseBetweenBatchesMs / 1000)}S` }
            : {}),
        ...(o.maxSurge !== undefined ? { maxSurge: o.maxSurge } : {}),
        ...(o.prioritizeUnhealthy !== undefined ? { prioritizeUnhealthyInstances: o.prioritizeUnhealthy } : {}),
    };
}
/** The fields the inputs change, in words ('max batch 50%, pause PT30S'). */
function describePolicy(next, current) {
    const p = Object.fromEntries(Object.entries(next).filter(([k, v]) => current?.[k] !== v));
    const parts = [
        p.maxBatchInstancePercent !== undefined ? `max batch ${p.maxBatchInstancePercent}%` : undefined,
        p.maxUnhealthyInstancePercent !== undefined ? `max unhealthy ${p.maxUnhealthyInstancePercent}%` : undefined,
        p.maxUnhealthyUpgradedInstancePercent !== undefined
            ? `max unhealthy upgraded ${p.maxUnhealthyUpgradedInstancePercent}%`
            : undefined,
        p.pauseTimeBetweenBatches ? `pause ${p.pauseTimeBetweenBatches}` : undefined,
        p.maxSurge !== undefined ? `max surge ${p.maxSurge}` : undefined,
        p.prioritizeUnhealthyInstances !== undefined ? `unhealthy first ${p.prioritizeUnhealthyInstances}` : undefined,
    ];
    return parts.filter(Boolean).join(', ') || 'as it is';
}
/** ISO 8601 durations as Azure writes them (PT30S, PT1M30S, P1DT2H). */
function isoDurationMs(iso) {
    if (!iso)
        return undefined;
    const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(iso.trim());
    if (!m)
        return undefined;
    const [, d, h, min, s] = m;
    return ((Number(d ?? 0) * 24 + Number(h ?? 0)) * 60 + Number(min ?? 0)) * 60_000 + Math.round(Number(s ?? 0) * 1000);
}

// EXTERNAL MODULE: ./src/core/deploy/template/deployment.ts + 2 modules
var deployment = __webpack_require__(25479);
// EXTERNAL MODULE: ./src/core/deploy/template/resolve.ts + 1 modules
var resolve = __webpack_require__(95008);
;// CONCATENATED MODULE: ./src/core/deploy/rolling/template-model.ts
/**
 * Rolling through a template: the template deployment (its image parameter = the gallery image
 * version) replaces the engine's model update; the instances are then replaced as usual. The
 * template owns the scale set, so the engine checks that the deployment did set the model's image
 * — a template that does not pass its image parameter to imageReference.id would otherwise roll
 * nothing and report success. A rollback deploys the template again with the previous image.
 */




/** The model update as a template deployment; `then` is what follows it, for the plan line. */
async function deployModel(t, o, then) {
    await (0,deployment/* deployTemplate */.E)({ ctx: t.ctx, ex: t.ex, port: t.ports.deployments, resourceGroup: t.ref.resourceGroup }, {
        image: o.image,
        from: o.from,
        rollback: o.rollback,
        then: `${t.resource}: ${then}`,
        // Rolling and Automatic upgrade modes act on the model as soon as the deployment writes it.
        touchesProduction: o.mode !== 'manual',
        item: o.item,
    });
    if (t.ex.planning)
        return;
    const now = await t.ex.read(`reading ${t.resource}`, (call) => t.port.get(t.ref, call));
    if (now && (0,gallery_image/* sameId */.s)(now.imageId, o.image.id))
        return;
    const { imageParameter, path } = await (0,resolve/* resolveTemplate */.X)(t.ctx);
    const model = now?.imageId ? (0,gallery_image/* versionOfId */.X2)(now.imageId) : now ? now.imageDescription : 'nothing (it is gone)';
    stop(`the template deployment of ${path} succeeded, but the model of ${t.resource} points at ${model}, not ${o.image.version}; expected the template to set the scale set's imageReference.id from parameter '${imageParameter}'`);
}

;// CONCATENATED MODULE: ./src/core/deploy/rolling/roll-out.ts







/** Points the model at the image (if it is not already) and replaces the stale instances; returns how many. */
async function rollOut(t, o) {
    const { info, mode, image } = o;
    const k = knobs(t.ctx.settings, info.rollingPolicy);
    const moves = !(0,gallery_image/* sameId */.s)(info.imageId, image.id);
    // With a template, the template owns the scale set's upgrade policy: no override is written.
    const templated = !!t.ctx.settings.deploy.template;
    const override = mode === 'rolling' && moves && !o.rollback && !templated
        ? policyOverride(t.ctx.settings, info.rollingPolicy)
        : undefined;
    const batches = planBatches(o.instances, image.id, moves, mode === 'automatic' ? { ...k, batchPercent: 100 } : k);
    const before = mode === 'rolling' && moves
        ? await t.ex.read(`reading the rolling upgrade of ${t.resource}`, (call) => t.port.latestRollingUpgrade(t.ref, call))
        : undefined;
    if (moves && templated)
        await deployModel(t, o, modelWrite(t, o, k, batches, undefined).why);
    else if (moves)
        await writeModel(t, o, modelWrite(t, o, k, batches, override), override);
    try {
        if (o.replaceBy)
            return await o.replaceBy.run(batches, k);
        if (mode === 'manual' || !moves)
            return (await inBatches(t, o, k, batches)).length;
        if (mode === 'automatic')
            await confirmAutomatic(t, image, batches.stale.length);
        else
            await followAzure(t, o, k, before, batches);
        return batches.stale.length;
    }
    finally {
        if (override && !t.ctx.signal.aborted)
            await restorePolicy(t, info.rollingPolicy);
    }
}
function inBatches(t, o, k, batches) {
    const probes = o.rollback || o.mode !== 'manual' ? [] : (0,endpoint_probes/* batchGateProbes */.Nf)(t.ctx.settings);
    return driveBatches(t, o.image, batches, { knobs: k, probes, rollback: !!o.rollback });
}
/** The model write: image a → b, with the inputs' policy when they override it. */
function modelWrite(t, o, k, b, override) {
    const count = `${b.stale.length} of ${b.total} instance(s)`;
    const inBatchesText = `${count} in ${b.batches.length} batch(es) of up to ${b.size}`;
    const gates = o.rollback ? ' (no gates: a rollback)' : `, each gated by instance health${probeCount(t, o)}`;
    const how = o.replaceBy
        ? o.replaceBy.how(b, k)
        : o.mode === 'manual'
            ? `${inBatchesText}, manual rollout${gates}`
            : o.mode === 'rolling'
                ? `Azure's rolling upgrade replaces ${inBatchesText} (${k.batchPercent}% per batch${k.pauseMs > 0 ? `, ${k.pauseMs / 1000} s pause` : ''})`
                : `Azure updates ${count} at once (automatic upgrade mode)`;
    const policy = override ? ` with rolling policy ${describePolicy(override, o.info.rollingPolicy)}` : '';
    return {
        resource: t.resource,
        operation: 'update',
        before: `image ${o.from}`,
        after: `${o.image.version}${policy}`,
        why: `${how}${o.planned ?? ''}`,
    };
}
function probeCount(t, o) {
    const n = (0,endpoint_probes/* batchGateProbes */.Nf)(t.ctx.settings).length;
    return o.mode === 'manual' && n > 0 ? ` and ${n} probe(s)` : '';
}
/**
 * ONE PATCH with If-Match on a fresh read; a retry finds it done. It changes what production
 * serves wherever the upgrade mode applies it (Rolling, Automatic).
 */
async function writeModel(t, o, write, override) {
    if (!t.ex.planning)
        t.ctx.deps.host.info(`Scale set ${t.ref.name}: imageReference → ${o.image.version}${override ? ' with the rolling upgrade policy from the inputs' : ''}.`);
    await t.ex.write({ write, touchesProduction: o.mode !== 'manual' }, async (call) => {
        const now = await t.port.get(t.ref, call);
        if (!now)
            stop(`scale set '${t.ref.name}' is gone`);
        if ((0,gallery_image/* sameId */.s)(now.imageId, o.image.id) && (!override || samePolicy(now.rollingPolicy, override)))
            return;
        await t.port.setImage(t.ref, { imageId: o.image.id, etag: now.etag, ...(override ? { rollingPolicy: override } : {}) }, call);
    }, o.item);
}
const samePolicy = (a, b) => Object.entries(b).every(([key, v]) => v === undefined || a?.[key] === v);
/** Automatic mode: the model write's operation ended when Azure had updated every instance. */
async function confirmAutomatic(t, image, count) {
    const result = await t.ex.wait('automatic upgrade', `Azure updates ${count} instance(s) to ${image.version} at once`, async (call) => {
        const now = await t.port.listInstances(t.ref, call);
        const done = now.filter((i) => (0,gallery_image/* onImage */.Vu)(i, image.id)).length;
        if (done === now.length)
            return { state: 'done', detail: `Azure updated ${count} instance(s) to ${image.version} at once` };
        return { state: 'pending', detail: `${done} of ${now.length} instance(s) on ${image.version}` };
    }, { intervalMs: t.port.pollIntervalMs, until: `on ${image.version}` });
    if (!result.ok)
        stop(`Azure's automatic upgrade of ${t.resource}: ${result.detail}`);
}
/**
 * Rolling mode: Azure's upgrade, followed. A deploy stops when it does not complete; a rollback
 * (Azure may refuse to go on: the broken release counts against its budgets) replaces what is
 * left itself, without budgets.
 */
async function followAzure(t, o, k, before, b) {
    const followed = await followRollingUpgrade(t, before, o.image.version, b.stale.length);
    if (followed.ok)
        return;
    const what = `Azure's rolling upgrade of ${t.resource} ${followed.detail}`;
    if (!o.rollback)
        stop(what);
    t.ctx.warn(`${what}; replacing the remaining instances directly`);
    const now = await t.ex.read(`listing the instances of ${t.resource}`, (call) => t.port.listInstances(t.ref, call));
    await driveBatches(t, o.image, planBatches(now, o.image.id, false, { ...k, batchPercent: 100 }), {
        knobs: k,
        probes: [],
        rollback: true,
    });
}
/** The override held for this deploy only: the scale set gets its own policy back (a warning if it cannot). */
async function restorePolicy(t, original) {
    const write = {
        resource: t.resource,
        operation: 'update',
        after: 'its own rolling upgrade policy again',
        why: "the inputs' rolling policy holds for this deploy only",
    };
    try {
        await t.ex.write({ write }, async (call) => {
            const now = await t.port.get(t.ref, call);
            await t.port.setRollingPolicy(t.ref, original ?? {}, now?.etag, call);
        });
    }
    catch (err) {
        t.ctx.warn(`could not restore the rolling upgrade policy of ${t.resource} after this deploy's override: ${err instanceof Error ? err.message : String(err)}`);
    }
}

// EXTERNAL MODULE: ./src/core/deploy/rolling/record-home.ts
var record_home = __webpack_require__(75950);
// EXTERNAL MODULE: ./src/core/plan/record.ts
var plan_record = __webpack_require__(24530);
;// CONCATENATED MODULE: ./src/core/deploy/rolling/record-writes.ts




/** Before the first write to the scale set: the version in flight. */
async function writeIntent(t, info, version, state = 'deploying') {
    const runUrl = t.ctx.deps.run?.runUrl;
    const write = (0,plan_record/* intentWrite */.Yu)((0,record_home/* recordResource */.EZ)(t), version, state);
    await t.ex.write({ write }, (call) => (0,deploy_record/* recordIntent */.M8)(t.ports.tags, (0,record_home/* recordIdOf */.mi)(t.ctx, info), { target: version, runUrl, state }, call));
}
/** After the last write: what is live (clears the version in flight). */
async function writeLive(t, info, record, live, item) {
    const extra = live.failed ? `failed-version ${live.failed}` : undefined;
    const write = (0,plan_record/* liveWrite */.ul)((0,record_home/* recordResource */.EZ)(t), record, {
        current: live.current,
        previous: live.previous,
        state: live.state,
        extra,
    });
    const stamped = { ...live, deployedAt: (0,deploy_record/* iso */.KH)(t.ctx), runUrl: t.ctx.deps.run?.runUrl };
    await t.ex.write({ write }, (call) => (0,deploy_record/* recordLive */.en)(t.ports.tags, (0,record_home/* recordIdOf */.mi)(t.ctx, info), stamped, call), item);
}
/** A record that lags what the scale set already runs (an earlier run stopped before writing it). */
async function writeCatchUp(t, info, record, current, previous) {
    const write = (0,plan_record/* catchUpWrite */.wZ)((0,record_home/* recordResource */.EZ)(t), record, current, previous);
    const live = { current, previous, deployedAt: (0,deploy_record/* iso */.KH)(t.ctx), runUrl: t.ctx.deps.run?.runUrl };
    await t.ex.write({ write }, (call) => (0,deploy_record/* recordLive */.en)(t.ports.tags, (0,record_home/* recordIdOf */.mi)(t.ctx, info), live, call));
}

;// CONCATENATED MODULE: ./src/core/deploy/rolling/rollback.ts
/**
 * The rolling rollback, written once (real or planned): a rolling upgrade still running stops,
 * the model goes back to the image of the plan and every instance on another image is replaced —
 * no gates, no budgets, every write retried within the rollback's own deadline. The record then
 * names the version rolled back as failed, never as previous.
 */









async function runRollback(t, plan) {
    const { ex, port, ref } = t;
    const info = await ex.read(`reading ${t.resource}`, (call) => readTarget(port, ref, call));
    const toId = plan.to.imageId;
    if (!toId)
        throw new errors/* EngineError */.NJ('input', `the rollback plan for scale set '${ref.name}' names no image version`);
    const to = { id: toId, version: plan.to.imageVersion ?? (0,gallery_image/* versionOfId */.X2)(toId) };
    const record = await ex.read('reading the release record', (call) => (0,record_home/* readRecord */.aE)(t.ctx, t.ports, info, call));
    const from = (0,gallery_image/* sameId */.s)(info.imageId, to.id)
        ? record.target && record.target !== to.version
            ? record.target
            : record.current
        : (0,gallery_image/* versionOfId */.X2)(info.imageId);
    const instances = await ex.read(`listing the instances of ${t.resource}`, (call) => port.listInstances(ref, call));
    // Instances that run another image (the model may point elsewhere, so latestModelApplied says little here).
    const replaced = instances.filter((i) => !(0,gallery_image/* sameId */.s)(i.imageId, to.id)).length;
    const outputs = { rolledBack: true, imageVersion: to.version, imageId: to.id, previousImageVersion: from };
    if ((0,gallery_image/* sameId */.s)(info.imageId, to.id) && instances.every((i) => (0,gallery_image/* onImage */.Vu)(i, to.id))) {
        // Nothing ran the failed version: the record only catches up (an earlier run's intent cleared).
        const before = record.current !== to.version ? record.current : record.previous;
        if (record.target)
            await writeCatchUp(t, info, record, to.version, before);
        return { outputs: { ...outputs, rolledBack: false }, unchanged: true, to, from, replaced: 0 };
    }
    ex.note({ kind: 'fact', label: 'rollback', value: plan.description });
    const latest = info.upgradeMode === 'Rolling'
        ? await ex.read(`reading the rolling upgrade of ${t.resource}`, (call) => port.latestRollingUpgrade(ref, call))
        : undefined;
    if (latest?.code === 'RollingForward')
        await cancelRunningUpgrade(t, latest);
    await writeIntent(t, info, to.version, 'rolling-back');
    await rollOut(t, {
        info,
        instances,
        mode: modeOfScaleSet(info),
        image: to,
        from: from ?? (0,gallery_image/* versionOfId */.X2)(info.imageId),
        rollback: true,
    });
    await confirmBack(t, to);
    const { previous, failed } = (0,deploy_record/* afterRollback */.zZ)(plan, to.version, from);
    const item = {
        kind: 'action',
        label: 'rolled back',
        value: `${plan.description} (${replaced} instance(s) replaced)`,
    };
    await writeLive(t, info, record, { current: to.version, previous, state: 'rolled-back', failed }, item);
    return { outputs, unchanged: false, to, from, replaced };
}
/** Every instance on the image again (the instance views can lag the last operation a little). */
async function confirmBack(t, to) {
    const result = await t.ex.wait('rollback', `every instance of ${t.resource} runs ${to.version}`, async (call) => {
        const left = (await t.port.listInstances(t.ref, call)).filter((i) => !(0,gallery_image/* onImage */.Vu)(i, to.id));
        if (left.length === 0)
            return { state: 'done', detail: `every instance runs ${to.version}` };
        return {
            state: 'pending',
            detail: `${left.length} instance(s) on another image: ${left.map((i) => i.instanceId).join(', ')}`,
        };
    }, { intervalMs: t.port.pollIntervalMs, until: `back on ${to.version}` });
    if (!result.ok)
        stop(`the rollback of scale set ${t.ref.name} to ${to.version} did not complete: ${result.detail}`);
}

;// CONCATENATED MODULE: ./src/core/deploy/rolling/canary.ts
/**
 * rolling canary: exposure by instance ratio (Manual upgrade mode). The model moves to the new
 * image as without a canary (one write, nothing replaced yet); then each `N%` step replaces
 * instances until ceil(N% × instances) run the new model (at least one, at most all but one) —
 * ONE updateInstances write for the step's delta, settled and gated like a batch (instance health,
 * the probes). The load balancer spreads requests over healthy instances, so the share of
 * production traffic on the new release is the share of instances on it. An `analysis` step runs
 * the analysis gates on the scale set and the live probes; `100%` replaces the rest in the
 * configured batches, gated as without a canary. An abort returns the replaced instances to the
 * previous model (the rollout a rollback runs: model back, instances replaced, no gates).
 *
 * Which instances each step takes is decided from the scale set as observed before the rollout
 * (the same order as the batches), so plan mode lists every step's write. An open 'pause' ends the
 * walk there: the release record says 'paused' (the step, the step's share) and a later 'promote'
 * walks on from the step after it (`from`, canary-control.ts), with the instances as they are then.
 */












/** Instances on the new model at `percent`: rounded up, at least one, all but one below 100%. */
function instancesFor(percent, total) {
    if (percent >= 100)
        return total;
    return Math.min(total - 1, Math.max(1, Math.ceil((percent * total) / 100)));
}
/** What a run stopped part-way leaves on the new release, in words (undefined: nothing). */
function instancesLeft(s, where, version) {
    const most = Math.max(s.onNew, s.writing ?? 0);
    if (most === 0 || s.onNew === s.total)
        return undefined;
    const inFlight = s.writing !== undefined && s.writing > s.onNew ? ` (or ${s.writing}, the write in flight)` : '';
    return (`${s.onNew}${inFlight} of ${s.total} instance(s) of ${where} run ${version}, about ${shareOf(s)}% of production traffic; ` +
        "re-run the deploy to continue, or the 'rollback' stage to return them");
}
const shareOf = (s) => (s.total === 0 ? 0 : Math.round((100 * s.onNew) / s.total));
/** The canary as the rollout's instance replacement (after the model write). */
function canaryReplacement(t, c) {
    return {
        how: (b) => `canary by instance ratio: ${describeSteps(c.steps, b, c.from)}, each step gated by instance health`,
        run: async (b, k) => {
            const walk = new Walk(t, c, b, k);
            await (0,canary_walk/* walkCanary */.eU)(t.ex, c.steps, walk.target(), c.progress, c.from !== undefined ? { from: c.from } : {});
            return walk.replaced;
        },
    };
}
/** '10% (1 of 10 instance(s)), analysis, 100% (9 in batches of up to 2)'. */
function describeSteps(steps, b, from = 0) {
    const already = b.total - b.stale.length;
    let on = already;
    return steps
        .slice(from)
        .map((s) => {
        if (s.kind !== 'weight')
            return (0,canary_walk/* describeStep */.Ey)(s);
        if (s.percent === 100)
            return `100% (${b.total - on} more in batches of up to ${b.size})`;
        on = Math.max(on, instancesFor(s.percent, b.total));
        return `${s.percent}% (${on} of ${b.total} instance(s))`;
    })
        .join(', ');
}
/** One walk: how far into the stale instances (in batch order) the steps have got. */
class Walk {
    t;
    c;
    b;
    k;
    /** Stale instances replaced so far (a prefix of `b.stale`). */
    replaced = 0;
    already;
    constructor(t, c, b, k) {
        this.t = t;
        this.c = c;
        this.b = b;
        this.k = k;
        this.already = b.total - b.stale.length;
    }
    target() {
        return {
            where: `the new instances of ${this.t.resource}`,
            setWeight: (percent) => (percent === 0 ? this.returnAll() : this.replaceUpTo(percent)),
            analyse: (label) => this.analyse(label),
            complete: () => this.replaceRest(),
            pause: (index, weight) => this.pause(index, weight),
        };
    }
    /** An open pause: ONE tag write, the record says 'paused' at the step with the step's share. */
    async pause(index, weight) {
        const { t, c } = this;
        const on = `${c.share.onNew} of ${c.share.total} instance(s) on ${c.image.version}`;
        const write = {
            resource: (0,record_home/* recordResource */.EZ)(t),
            operation: 'tag',
            after: `state paused at step ${index + 1} (${weight}%: ${on}), target-version ${c.image.version}`,
            why: "canary: an open pause; 'promote' continues from the next step, 'abort' returns the instances",
        };
        const paused = { target: c.image.version, step: index + 1, weight, runUrl: t.ctx.deps.run?.runUrl };
        const current = c.record.current;
        await t.ex.write({ write }, (call) => (0,deploy_record/* recordPaused */.AS)(t.ports.tags, c.record.id, { ...paused, ...(current ? { current } : {}) }, call));
    }
    /** One write: instances up to the step's count onto the new model, gated as a batch. */
    async replaceUpTo(percent) {
        const { t, b } = this;
        const want = Math.max(this.replaced, instancesFor(percent, b.total) - this.already);
        const next = b.stale.slice(this.replaced, want);
        const step = `canary ${this.c.progress.step}`;
        if (next.length === 0) {
            const value = `${this.already + this.replaced} of ${b.total} instance(s) already on ${this.c.image.version}`;
            t.ex.note({ kind: 'fact', label: step, value: `${value}: nothing to replace` });
            return;
        }
        await this.drive({ ...b, stale: next, size: next.length, batches: [next.map((i) => i.instanceId)] }, step);
        this.replaced = want;
    }
    /** 100%: the instances left, in the configured batches (analysis gates between them, as without a canary). */
    async replaceRest() {
        const { b } = this;
        const rest = b.stale.slice(this.replaced);
        const batches = [];
        for (let i = 0; i < rest.length; i += b.size)
            batches.push(rest.slice(i, i + b.size).map((x) => x.instanceId));
        if (batches.length > 0)
            await this.drive({ ...b, stale: rest, batches });
        this.replaced = b.stale.length;
    }
    async drive(plan, step) {
        const { t, c } = this;
        c.share.writing = this.already + this.replaced + plan.stale.length;
        const now = await t.ex.read(`listing the instances of ${t.resource}`, (call) => t.port.listInstances(t.ref, call));
        const probes = (0,endpoint_probes/* batchGateProbes */.Nf)(t.ctx.settings);
        await driveBatches(t, this.c.image, { ...plan, instances: now }, {
            knobs: this.k,
            probes,
            rollback: false,
            ...(step ? { step } : {}),
        });
        c.share.onNew = c.share.writing;
        c.share.writing = undefined;
    }
    /** The analysis gates on the scale set, then the live probes (through the load balancer). */
    async analyse(label) {
        const { t, c } = this;
        const gates = await (0,analysis/* canaryGates */.d)(t.ctx, t.ex, {
            label,
            target: (0,monitored/* monitoredScaleSet */.C)(t.ctx.settings.deploy, t.ref.resourceGroup),
            version: c.image.version,
            ...(c.previous ? { previousVersion: c.previous.version } : {}),
        });
        if (gates !== undefined)
            return gates;
        const probes = (0,endpoint_probes/* batchGateProbes */.Nf)(t.ctx.settings);
        if (probes.length === 0)
            return undefined;
        let failed = '';
        const check = await t.ex.gate(`${label}: probes`, `${label}: ${probes.length} probe(s) pass`, async (call) => {
            const { deps } = t.ctx;
            const results = await (0,http_probe/* runProbes */.j5)(probes, {
                http: deps.http,
                clock: deps.clock,
                sleep: deps.sleep,
                log: deps.host,
                signal: call.signal,
            });
            const bad = results.filter((r) => !r.passed);
            failed = bad.map(http_probe/* formatProbeResult */.X9).join('; ');
            return bad.length === 0
                ? { passed: true, detail: `${results.length} probe(s) passed` }
                : { passed: false, detail: `probe(s) failed: ${failed}` };
        });
        return check.ok ? undefined : `probe(s) failed: ${failed || check.detail}`;
    }
    /**
     * The abort: the model back on the previous image and every instance not on it replaced (the
     * rollback's rollout, no gates), then confirmed. Instances already on the new model before this
     * run go back too: what stays live is the stable release.
     */
    async returnAll() {
        const { t, c } = this;
        const to = c.previous;
        if (!to)
            stop(`no previous image is known for ${t.resource}: the new instances cannot be returned`);
        if (!t.ex.planning)
            t.ctx.deps.host.info(`Canary aborted: returning ${t.resource} to ${to.version}.`);
        const info = await t.ex.read(`reading ${t.resource}`, (call) => readTarget(t.port, t.ref, call));
        const instances = await t.ex.read(`listing the instances of ${t.resource}`, (call) => t.port.listInstances(t.ref, call));
        await rollOut(t, { info, instances, mode: 'manual', image: to, from: c.image.version, rollback: true });
        await confirmBack(t, to);
        this.replaced = 0;
        c.share.onNew = 0;
    }
}

;// CONCATENATED MODULE: ./src/core/deploy/rolling/canary-paused.ts




/** 'canary of 2.0.0 paused at step 2/4: pause with 10% …; 9 of 10 instance(s) serve 1.0.0; run promote …'. */
function pausedMessage(t, paused, steps, onNew, stable) {
    const now = (0,pause/* describePaused */.K$)(paused, steps, `the new instances of ${t.resource}`);
    const rest = onNew.total - onNew.onNew;
    const serve = `${rest} instance(s) serve ${stable ?? 'the stable release'}`;
    return `${now} (${onNew.onNew} of ${onNew.total} instance(s)); ${serve}; ${pause/* WHAT_NEXT */.jh}`;
}
/** A deploy while paused: the same release stays paused (no write), another one is refused. */
function stayPaused(t, paused, run) {
    const steps = t.ctx.settings.deploy.canary;
    const where = `the new instances of ${t.resource}`;
    if (paused.version !== run.target.version)
        throw new errors/* EngineError */.NJ('input', `the ${(0,pause/* describePaused */.K$)(paused, steps, where)}; ${pause/* WHAT_NEXT */.jh}, before deploying ${run.target.version}`);
    const share = { onNew: run.instances.filter((i) => (0,gallery_image/* onImage */.Vu)(i, run.target.id)).length, total: run.instances.length };
    const message = `${pausedMessage(t, paused, steps, share, run.stable)} (this deploy changed nothing)`;
    t.ex.note({ kind: 'fact', label: 'canary', value: message });
    const step = steps && paused.index < steps.length ? (0,canary_walk/* stepName */.u)(steps, paused.index) : `${paused.index + 1}: pause`;
    const weight = share.total === 0 ? 0 : Math.round((100 * share.onNew) / share.total);
    return { message, outputs: { canaryWeight: weight, canaryStep: step, canaryResult: 'paused' } };
}

;// CONCATENATED MODULE: ./src/core/deploy/rolling/canary-record.ts





/**
 * The engine replaces instances step by step only in Manual upgrade mode: in Rolling or Automatic
 * mode Azure itself replaces every instance once the model changes. A canary also needs an
 * instance to stay on the stable release below 100%.
 */
function checkCanary(t, info, mode, total) {
    const name = t.ref.name;
    if (mode !== 'manual') {
        const asked = t.ctx.settings.deploy.rolloutMode;
        const input = asked !== 'auto' ? ` and 'rollout-mode' manual or auto (it is '${asked}')` : '';
        throw new errors/* EngineError */.NJ('input', `input 'canary-steps': with strategy 'rolling' the engine replaces the instances step by step, which needs Manual upgrade mode; scale set '${name}' is in ${info.upgradeMode} mode (Azure would replace every instance as soon as the model changes); expected upgradePolicy.mode Manual on '${name}'${input} (or no 'canary-steps')`);
    }
    if (total < 2) {
        throw new errors/* EngineError */.NJ('input', `input 'canary-steps': scale set '${name}' has ${total} instance(s); a canary by instance ratio needs at least 2 (one stays on the stable release until 100%); expected a scale set of 2 or more instances (or no 'canary-steps')`);
    }
}
/** 'canary-weight' (the share of instances on the new model), 'canary-step', 'result' promoted / paused / aborted. */
function canaryOutputs(progress, share, err) {
    const ended = progress.pausedAt !== undefined ? 'paused' : 'promoted';
    const result = err === undefined ? ended : err instanceof canary_walk/* CanaryAborted */.YB ? 'aborted' : undefined;
    return {
        canaryWeight: shareOf(share),
        ...(progress.step ? { canaryStep: progress.step } : {}),
        ...(result ? { canaryResult: result } : {}),
    };
}
/**
 * After an abort (every instance back on the stable release): the record says the scale set still
 * runs what it ran, the canary's version failed, state 'aborted'; the in-flight target is cleared.
 */
async function recordAborted(t, info, record, stable, failed) {
    const write = {
        resource: (0,record_home/* recordResource */.EZ)(t),
        operation: 'tag',
        after: `current-version ${stable}, failed-version ${failed}, state aborted`,
        why: 'the canary was aborted: every instance runs the stable release again',
    };
    const previous = record.previous !== stable ? record.previous : undefined;
    const done = { current: stable, previous, deployedAt: record.deployedAt ?? (0,deploy_record/* iso */.KH)(t.ctx), failed };
    await t.ex.write({ write }, (call) => (0,deploy_record/* recordLive */.en)(t.ports.tags, (0,record_home/* recordIdOf */.mi)(t.ctx, info), { ...done, state: 'aborted', runUrl: record.runUrl }, call));
}

;// CONCATENATED MODULE: ./src/core/deploy/rolling/canary-control.ts
/**
 * rolling's 'promote' and 'abort' of a canary stopped at an open pause (canary/control.ts). The
 * paused canary is read back from the release record (the scale set's tags, or the resource
 * group's with a template); before any write a promote re-checks what the pause left:
 * - the model still points at the paused release (else: 'abort', then deploy again);
 * - the scale set is still in Manual mode with 2 or more instances (checkCanary);
 * - which instances run which model NOW: instances added while paused (autoscale) come up on the
 *   model, i.e. on the new release, and count as on it (the pause's share can have grown); the
 *   next step's count is recomputed from the live instance count (ceil(N% × instances)).
 * Promote then walks on from the step after the pause (the same walk as the deploy, `from`), and
 * the record says live at 100% (or paused again at a later open pause). Abort is the abort a
 * failed check makes: the model back on the stable image, every instance not on it replaced (no
 * gates), confirmed, and the record says 'aborted'. Both run on the rollout executor, real or planned.
 */














const rollingCanary = {
    async executor(ctx, planning) {
        const { scaleSets } = await ctx.azure();
        return (0,for_stage/* executorFor */.lL)(ctx, { retryBaseMs: scaleSets.pollIntervalMs, planning });
    },
    promote: runPromote,
    abort: runAbort,
};
/** The scale set of the inputs on the executor the stage made. */
async function on(ctx, ex) {
    const ports = await ctx.azure();
    const ref = scaleSetRef(ctx.settings);
    return { ctx, ex, ports, port: ports.scaleSets, ref, resource: `scale set ${ref.name}` };
}
/** What promote and abort read first: the scale set, its record, its instances. */
async function observe(t) {
    const info = await t.ex.read(`reading ${t.resource}`, (call) => readTarget(t.port, t.ref, call));
    const record = await t.ex.read('reading the release record', (call) => (0,record_home/* readRecord */.aE)(t.ctx, t.ports, info, call));
    const instances = await t.ex.read(`listing the instances of ${t.resource}`, (call) => t.port.listInstances(t.ref, call));
    return { info, record, instances };
}
const where = (t) => `the new instances of ${t.resource}`;
/** The version the inputs name ('image-id' or 'image-version'), if any. */
const requested = (a) => a?.imageVersion ?? (a?.imageId && (0,gallery_image/* versionOfId */.X2)(a.imageId));
async function runPromote(ctx, ex, artifact) {
    const t = await on(ctx, ex);
    const { info, record, instances } = await observe(t);
    const steps = ctx.settings.deploy.canary;
    const want = requested(artifact);
    const modelOn = (0,gallery_image/* versionOfId */.X2)(info.imageId);
    const allOn = instances.every((i) => (0,gallery_image/* onImage */.Vu)(i, info.imageId));
    if (!(0,pause/* pausedCanary */.jW)(record) &&
        want &&
        record.state === 'live' &&
        record.current === want &&
        modelOn === want &&
        allOn) {
        // Promoted already (a CI job run again): nothing to write, and the outputs say what is true.
        const message = `nothing to promote: ${want} is already live on every instance of ${t.resource}`;
        ex.note({ kind: 'fact', label: t.resource, value: message });
        const outputs = { imageVersion: want, previousImageVersion: record.previous, upgradedInstances: 0 };
        return { outputs: { ...outputs, canaryWeight: 100, canaryResult: 'promoted' }, message };
    }
    const paused = (0,pause/* resumePoint */._y)(record, steps, want, where(t));
    const now = (0,pause/* describePaused */.K$)(paused, steps, where(t));
    if (modelOn !== paused.version)
        throw new errors/* EngineError */.NJ('input', `the ${now}, but the model of ${t.resource} now points at ${modelOn}; run 'abort', then deploy again`);
    checkCanary(t, info, effectiveMode(ctx.settings.deploy.rolloutMode, info), instances.length);
    const image = { id: info.imageId, version: paused.version };
    const previous = previousImage(info, instances, image, record);
    const share = { onNew: instances.filter((i) => (0,gallery_image/* onImage */.Vu)(i, image.id)).length, total: instances.length };
    noteInstances(t, paused, share);
    const progress = { weight: paused.weight, step: (0,canary_walk/* stepName */.u)(steps, paused.index) };
    const stable = record.current ?? previous?.version;
    const canary = {
        steps: steps,
        image,
        previous,
        progress,
        share,
        from: paused.index + 1,
        record: { id: (0,record_home/* recordIdOf */.mi)(ctx, info), ...(stable ? { current: stable } : {}) },
    };
    const outputs = { imageId: image.id, imageVersion: image.version, previousImageVersion: stable };
    const rollback = previous && {
        strategy: 'rolling',
        to: { imageId: previous.id, imageVersion: previous.version },
        description: `${t.resource}: image ${image.version} → ${previous.version}`,
        record: { previous: record.previous, failed: image.version },
    };
    try {
        const upgraded = await rollOut(t, {
            info,
            instances,
            mode: 'manual',
            image,
            from: paused.version,
            replaceBy: canaryReplacement(t, canary),
        });
        const done = { ...outputs, upgradedInstances: upgraded, ...canaryOutputs(progress, share) };
        if (progress.pausedAt !== undefined) {
            const again = { ...paused, index: progress.pausedAt, weight: progress.weight };
            return { outputs: done, message: pausedMessage(t, again, steps, share, stable), rollback };
        }
        await writeLive(t, info, record, { current: image.version, ...(stable ? { previous: stable } : {}) });
        const message = `canary promoted: ${image.version} is live on all ${share.total} instance(s) of ${t.resource}`;
        return { outputs: done, message, rollback };
    }
    catch (err) {
        throw await promoteFailed(t, { info, record, stable, version: image.version }, { progress, share }, err, outputs);
    }
}
/** Which instances run which model now, against what the pause left (autoscale may have added some). */
function noteInstances(t, paused, share) {
    const now = `${share.onNew} of ${share.total} instance(s) on ${paused.version} (about ${shareOf(share)}%)`;
    const grown = shareOf(share) > paused.weight ? '; instances added while paused come up on the new model' : '';
    t.ex.note({ kind: 'fact', label: 'canary', value: `paused at ${paused.weight}%; now ${now}${grown}` });
}
/** A promote that stopped: the error the stage reports (with outputs); a failed check's abort is recorded. */
async function promoteFailed(t, at, c, err, outputs) {
    const { ctx, ex } = t;
    const left = instancesLeft(c.share, t.resource, at.version);
    if (left && (ctx.signal.aborted || err instanceof errors/* CancelledError */.cc))
        ctx.warn(`canary stopped: ${left}`);
    if (ctx.signal.aborted || err instanceof errors/* CancelledError */.cc || ex.planning || !(err instanceof errors/* EngineError */.NJ))
        return err;
    if (err instanceof canary_walk/* CanaryAborted */.YB && at.stable) {
        await recordAborted(t, at.info, at.record, at.stable, at.version).catch((e) => ctx.warn(`the release record could not be marked aborted: ${e.message}`));
    }
    const failed = { ...outputs, ...canaryOutputs(c.progress, c.share, err) };
    const message = left ? `${err.message}; ${left.replace(/; re-run.*$/, '')}` : err.message;
    return new rollout_error/* RolloutError */.a(message, { items: [...ex.items], outputs: failed, liveUntouched: !ex.productionTouched }, err.kind);
}
/**
 * Abort: the model back on the stable image and every instance not on it replaced, confirmed; the
 * record says 'aborted'. Nothing paused and every instance on the recorded release: no write.
 */
async function runAbort(ctx, ex) {
    const t = await on(ctx, ex);
    const { info, record, instances } = await observe(t);
    const paused = (0,pause/* pausedCanary */.jW)(record);
    const stable = stableImage(info, instances, record, paused);
    // Instances on another image (the model may point elsewhere, so latestModelApplied says little here).
    const left = stable ? instances.filter((i) => !(0,gallery_image/* sameId */.s)(i.imageId, stable.id)).length : 0;
    const moved = stable !== undefined && (!(0,gallery_image/* sameId */.s)(info.imageId, stable.id) || left > 0);
    const unfinished = record.state === 'deploying' && record.target !== undefined && record.target !== record.current;
    const base = { imageId: stable?.id, imageVersion: stable?.version ?? record.current };
    if (!paused && !(unfinished && moved)) {
        // Aborted already (a CI job run again) or nothing ever paused: nothing to write.
        const done = record.state === 'aborted' && record.failed ? ` (the canary of ${record.failed} was aborted)` : '';
        const live = record.current ? `; ${record.current} is live on ${t.resource}` : '';
        const message = `nothing to abort: no canary is paused on ${t.resource}${done}${live}`;
        ex.note({ kind: 'fact', label: t.resource, value: message });
        return { outputs: { ...base, canaryWeight: 0, ...(done ? { canaryResult: 'aborted' } : {}) }, message };
    }
    const steps = ctx.settings.deploy.canary;
    const failed = paused?.version ?? record.target;
    if (!stable)
        throw new errors/* EngineError */.NJ('input', `no stable release is recorded for ${t.resource} (tag immutable-deploy.current-version): the instances on ${failed} cannot be returned; run the 'rollback' stage with 'to-version'`);
    const was = paused ? (0,pause/* describePaused */.K$)(paused, steps, where(t)) : `the unfinished deploy of ${failed}`;
    ex.note({ kind: 'fact', label: 'canary', value: `${was}: aborting (${left} instance(s) back to ${stable.version})` });
    if (!ex.planning)
        ctx.deps.host.info(`Canary aborted: returning ${t.resource} to ${stable.version}.`);
    if (moved) {
        await rollOut(t, { info, instances, mode: 'manual', image: stable, from: failed, rollback: true });
        await confirmBack(t, stable);
    }
    await recordAborted(t, info, record, stable.version, failed);
    const step = paused && steps && paused.index < steps.length ? (0,canary_walk/* stepName */.u)(steps, paused.index) : undefined;
    const back = `every instance of ${t.resource} runs ${stable.version} again (${left} replaced)`;
    const message = `canary aborted (was ${was}): ${back}`;
    const canary = { canaryWeight: 0, ...(step ? { canaryStep: step } : {}), canaryResult: 'aborted' };
    return { outputs: { ...base, previousImageVersion: failed, ...canary }, message };
}
/** What an abort returns to: the recorded stable release (the record's current), as an image of the model's gallery. */
function stableImage(info, instances, record, paused) {
    const failed = paused?.version ?? record.target;
    if (record.current && record.current !== failed) {
        return { id: (0,gallery_image/* siblingVersionId */.eH)(info.imageId, record.current), version: record.current };
    }
    if (!failed)
        return undefined;
    const model = { id: (0,gallery_image/* siblingVersionId */.eH)(info.imageId, failed), version: failed };
    return previousImage(info, instances, model, { ...record, current: undefined });
}

// EXTERNAL MODULE: ./src/core/deploy/planned-image.ts
var planned_image = __webpack_require__(29149);
;// CONCATENATED MODULE: ./src/core/deploy/rolling/deploy.ts
/**
 * The rolling deploy, written once: run on a real executor it deploys, on a planning one it is
 * plan mode (same reads, writes journalled, waits and gates described). The release record says
 * what was intended before the first write and what is live after the last.
 */













async function runDeploy(t, artifact, record) {
    const { ctx, ex, port, ref } = t;
    const info = await ex.read(`reading ${t.resource}`, (call) => readTarget(port, ref, call));
    const mode = effectiveMode(ctx.settings.deploy.rolloutMode, info);
    const target = await ex.read('reading the image version', (call) => (0,planned_image/* imageForPlan */.S)(ctx, port, info, artifact, call));
    const instances = await ex.read(`listing the instances of ${t.resource}`, (call) => port.listInstances(ref, call));
    const stale = instances.filter((i) => !(0,gallery_image/* onImage */.Vu)(i, target.id));
    const previous = previousImage(info, instances, target, record);
    const base = { imageId: target.id, imageVersion: target.version, previousImageVersion: previous?.version };
    const common = { total: instances.length, version: target.version };
    const paused = (0,pause/* pausedCanary */.jW)(record);
    if (paused) {
        const stay = stayPaused(t, paused, { target, instances, stable: record.current });
        const outputs = { ...base, previousImageVersion: record.current, upgradedInstances: 0, ...stay.outputs };
        return { ...common, outputs, unchanged: false, upgraded: 0, from: record.current, paused: stay.message };
    }
    if ((0,gallery_image/* sameId */.s)(info.imageId, target.id) && stale.length === 0) {
        const before = record.current !== target.version ? record.current : record.previous;
        if (record.current !== target.version || record.target)
            await writeCatchUp(t, info, record, target.version, before);
        ex.note({
            kind: 'fact',
            label: 'scale set',
            value: `${ref.name}: all ${instances.length} instance(s) already run ${target.version}; nothing to replace`,
        });
        return {
            ...common,
            outputs: {
                ...base,
                previousImageVersion: record.current === target.version ? record.previous : record.current,
                upgradedInstances: 0,
            },
            unchanged: true,
            upgraded: 0,
        };
    }
    const steps = ctx.settings.deploy.canary;
    // Checked before any write, so plan mode (which runs first) refuses a canary the scale set cannot take.
    if (steps)
        checkCanary(t, info, mode, instances.length);
    const progress = { weight: 0, step: '' };
    const share = { onNew: instances.length - stale.length, total: instances.length };
    const stable = previous?.version ?? record.current;
    const canary = steps && {
        steps,
        image: target,
        previous,
        progress,
        share,
        record: { id: (0,record_home/* recordIdOf */.mi)(ctx, info), ...(stable ? { current: stable } : {}) },
    };
    const from = previous?.version ?? (0,gallery_image/* versionOfId */.X2)(info.imageId ?? '');
    const plan = previous && {
        strategy: 'rolling',
        to: { imageId: previous.id, imageVersion: previous.version },
        description: `${t.resource}: image ${target.version} → ${previous.version}`,
        record: { previous: record.current === previous.version ? record.previous : undefined, failed: target.version },
    };
    ex.note({
        kind: 'fact',
        label: 'scale set',
        value: `${ref.name} (${info.upgradeMode} upgrade mode, ${mode} rollout, ${instances.length} instance(s))`,
    });
    try {
        await writeIntent(t, info, target.version);
        const item = { kind: 'action', label: 'image', value: `${from} → ${target.version}` };
        const upgraded = await rollOut(t, {
            info,
            instances,
            mode,
            image: target,
            from,
            planned: (0,planned_image/* plannedNote */.x)(target),
            item,
            ...(canary ? { replaceBy: canaryReplacement(t, canary) } : {}),
        });
        const outputs = { ...base, upgradedInstances: upgraded, ...(canary ? canaryOutputs(progress, share) : {}) };
        const run = { ...common, outputs, unchanged: false, upgraded, from: previous?.version, rollback: plan };
        if (progress.pausedAt !== undefined) {
            // Stopped at an open pause: the record says 'paused' (the walk wrote it), nothing is live yet.
            const at = { version: target.version, index: progress.pausedAt, weight: progress.weight };
            return { ...run, paused: pausedMessage(t, at, steps, share, stable) };
        }
        await writeLive(t, info, record, { current: target.version, previous: stable });
        return run;
    }
    catch (err) {
        const left = canary && instancesLeft(share, t.resource, target.version);
        // Cancelled part-way (the run reports only that it was cancelled): a warning says what share is where.
        if (left && (ctx.signal.aborted || err instanceof errors/* CancelledError */.cc))
            ctx.warn(`canary stopped: ${left}`);
        if (ctx.signal.aborted || err instanceof errors/* CancelledError */.cc || ex.planning)
            throw err;
        const aborted = err instanceof canary_walk/* CanaryAborted */.YB && previous !== undefined;
        if (aborted) {
            // Every instance is back on the stable release: a record that cannot say so is a warning, not the failure.
            await recordAborted(t, info, record, previous.version, target.version).catch((e) => ctx.warn(`the release record could not be marked aborted: ${e.message}`));
        }
        const e = err instanceof errors/* EngineError */.NJ
            ? err
            : new errors/* EngineError */.NJ('terminal', err instanceof Error ? err.message : String(err), { cause: err });
        throw new rollout_error/* RolloutError */.a(e.message, {
            plan,
            items: [...ex.items],
            outputs: { ...base, ...(canary ? canaryOutputs(progress, share, err) : {}) },
            // After an abort nothing is left to roll back: the stage only confirms the stable release is live.
            liveUntouched: aborted || !ex.productionTouched,
        }, e.kind);
    }
}
/** Kept for messages: the deploy's summary sentence. */
function deployMessage(ctx, run) {
    const ref = ctx.settings.deploy.scaleSet;
    if (run.paused)
        return run.paused;
    if (run.unchanged)
        return `scale set ${ref} already runs ${run.version} on every instance: no change`;
    const already = run.total - run.upgraded;
    return `scale set ${ref}: ${run.from ?? 'previous image'} → ${run.version} on ${run.upgraded} instance(s)${already > 0 ? ` (${already} already on it)` : ''}`;
}

;// CONCATENATED MODULE: ./src/core/deploy/rolling/strategy.ts
/**
 * strategy: rolling — one scale set replaced in place. The model's imageReference.id goes to the
 * new gallery image version in ONE ETag-guarded write; then the instances are replaced:
 * - rolling: Azure's rolling upgrade (policy overridable for this deploy), followed and reported;
 * - manual: the engine's own batches gated by instance health and the verify probes (manual.ts);
 * - automatic: Azure updates every instance; the engine confirms and reports.
 * Instances already on the version are skipped; a scale set fully on it is a no-op.
 * With 'template', the model update is a deployment of the user's template (template-model.ts) and
 * the release record and lease live on the resource group (record-home.ts).
 *
 * Deploy and rollback are written once (deploy.ts, rollback.ts) and run on the rollout executor:
 * for real, or on a planning executor for plan mode — the same code, so the plan cannot drift.
 */













const rollingStrategy = {
    name: 'rolling',
    async inspect(ctx) {
        const ports = await ctx.azure();
        const ref = scaleSetRef(ctx.settings);
        const opt = { signal: ctx.signal };
        const info = await readTarget(ports.scaleSets, ref, opt);
        effectiveMode(ctx.settings.deploy.rolloutMode, info);
        const latest = info.upgradeMode === 'Rolling' || ctx.settings.deploy.rolloutMode === 'rolling'
            ? await ports.scaleSets.latestRollingUpgrade(ref, opt)
            : undefined;
        if (latest?.code === 'RollingForward' && ctx.settings.stages.includes('deploy')) {
            throw new errors/* EngineError */.NJ('transient', `scale set '${ref.name}' has a rolling upgrade in progress (started ${latest.startTime ?? 'earlier'}); wait for it to end or cancel it, then re-run`);
        }
        if (ctx.settings.deploy.rolling.maxSurge && info.upgradeMode !== 'Rolling') {
            ctx.warn("input 'max-surge' applies to Azure's rolling upgrade only; this scale set's upgrade mode is " +
                info.upgradeMode +
                ', so it is ignored');
        }
        if (ctx.settings.deploy.template && ctx.settings.stages.some((s) => s === 'deploy' || s === 'rollback'))
            await (0,resolve/* resolveTemplate */.X)(ctx);
        return (0,record_home/* readRecord */.aE)(ctx, ports, info, opt);
    },
    async describeLive(ctx) {
        const ports = await ctx.azure();
        const ref = scaleSetRef(ctx.settings);
        const options = { signal: ctx.signal, timeoutMs: 60_000 };
        const info = await readTarget(ports.scaleSets, ref, options);
        const counts = new Map();
        for (const i of await ports.scaleSets.listInstances(ref, options)) {
            const version = i.imageId ? (0,gallery_image/* versionOfId */.X2)(i.imageId) : 'an unknown image';
            counts.set(version, (counts.get(version) ?? 0) + 1);
        }
        const running = [...counts].map(([v, n]) => `${n} on ${v}`).join(', ') || 'no instance';
        return `scale set ${ref.name}: model on ${(0,gallery_image/* versionOfId */.X2)(info.imageId ?? '')}; instances: ${running}`;
    },
    async deploy(ctx, artifact, record) {
        const t = await openRolling(ctx);
        const run = await runDeploy(t, artifact, record);
        return { outputs: run.outputs, items: t.ex.items, message: deployMessage(ctx, run), rollback: run.rollback };
    },
    async planDeploy(ctx, artifact, record) {
        const t = await openRolling(ctx, true);
        const run = await runDeploy(t, artifact, record);
        const writes = t.ex.plannedWrites;
        const name = t.ref.name;
        // Already paused: nothing to write, the canary stays where it is.
        if (run.paused && writes.length === 0)
            return { writes, items: t.ex.facts, outputs: run.outputs, message: `plan: ${run.paused}` };
        const open = ctx.settings.deploy.canary?.some((s) => s.kind === 'stop')
            ? ", as far as the canary's open pause"
            : '';
        const message = run.unchanged
            ? `plan: scale set ${name} already runs ${run.version} (${(0,action/* countWrites */.GG)(writes.length)})`
            : `plan: scale set ${name} ${run.from ?? 'previous image'} → ${run.version} on ${run.upgraded} instance(s)${open} (${(0,action/* countWrites */.GG)(writes.length)}, none made)`;
        const outputs = run.unchanged ? { ...run.outputs, deployUnchanged: writes.length === 0 } : run.outputs;
        return { writes, items: t.ex.facts, outputs, message };
    },
    canary: rollingCanary,
    async endpoints() {
        // Behind a load balancer Azure gives no URL this machine can reach: live-url / preview-url do.
        return [];
    },
    async checkTarget(ctx) {
        const ports = await ctx.azure();
        const ref = scaleSetRef(ctx.settings);
        const info = await readTarget(ports.scaleSets, ref, { signal: ctx.signal });
        const checks = [];
        if (ctx.settings.verify.instanceHealth)
            checks.push(await (0,instance_health/* instanceHealthCheck */.s9)(ctx, ports.scaleSets, ref, ctx.settings.verify.gate, info.imageId));
        const remote = await (0,remote_access/* remoteAccessCheck */.l)(ports.networkSecurity, info, ctx.settings.verify.remoteAccess, {
            signal: ctx.signal,
        });
        if (remote)
            checks.push(remote);
        return checks;
    },
    async planRollback(ctx, record, toVersion) {
        const ports = await ctx.azure();
        const ref = scaleSetRef(ctx.settings);
        const opt = { signal: ctx.signal };
        const info = await readTarget(ports.scaleSets, ref, opt);
        const version = toVersion ?? (0,deploy_record/* defaultRollback */.iZ)(record).version;
        if (!version) {
            throw new errors/* EngineError */.NJ('input', `input 'to-version': is required: scale set '${ref.name}' has no previous version recorded (tag immutable-deploy.previous-version); expected the image version to return to, e.g. '1.4.2'`);
        }
        const image = await (0,gallery_image/* checkImageUsable */.uk)(ports.scaleSets, info, (0,gallery_image/* siblingVersionId */.eH)(info.imageId, version), toVersion ? "'to-version'" : "'to-version' (default: the recorded previous version)", opt);
        // A deploy that did not finish, or a canary paused part-way: the version rolled back is the one in flight.
        const unfinished = record.state === 'deploying' || record.state === 'paused';
        const from = record.target && unfinished ? record.target : (record.current ?? (0,gallery_image/* versionOfId */.X2)(info.imageId));
        return {
            strategy: 'rolling',
            to: { imageId: image.id, imageVersion: image.version },
            description: `scale set ${ref.name}: image ${from} → ${image.version}`,
            record: (0,deploy_record/* rollbackRecord */.Ci)(record, image.version, from),
        };
    },
    async rollback(ctx, plan) {
        const t = await openRolling(ctx);
        const run = await runRollback(t, plan);
        const { to, from, replaced } = run;
        return {
            outputs: run.outputs,
            items: t.ex.items,
            message: `image ${to.version} is live again on scale set ${t.ref.name} (${replaced} instance(s) replaced${from ? `, ${from} rolled back` : ''})`,
        };
    },
    async planRollbackWrites(ctx, plan) {
        const t = await openRolling(ctx, true);
        const run = await runRollback(t, plan);
        const writes = t.ex.plannedWrites;
        const message = run.unchanged
            ? `plan: scale set ${t.ref.name} already runs ${run.to.version} on every instance (${(0,action/* countWrites */.GG)(writes.length)})`
            : `plan: ${plan.description} (${(0,action/* countWrites */.GG)(writes.length)}, none made)`;
        return { writes, items: t.ex.facts, outputs: run.outputs, message };
    },
};


/***/ })

};
