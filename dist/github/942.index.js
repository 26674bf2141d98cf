export const id = 942;
export const ids = [942];
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

/***/ 71090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ canaryOutputs)
/* harmony export */ });
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80779);

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

/***/ 9733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ resolveImage),
/* harmony export */   Vu: () => (/* binding */ onImage),
/* harmony export */   X2: () => (/* binding */ versionOfId),
/* harmony export */   eH: () => (/* binding */ siblingVersionId),
/* harmony export */   s: () => (/* binding */ sameId),
/* harmony export */   uR: () => (/* binding */ isGalleryVersionId),
/* harmony export */   uk: () => (/* binding */ checkImageUsable)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

const VERSION_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/[^/]+\/providers\/Microsoft\.Compute\/galleries\/[^/]+\/images\/[^/]+\/versions\/([^/]+)$/i;
const isGalleryVersionId = (id) => !!id && VERSION_ID.test(id);
const versionOfId = (id) => VERSION_ID.exec(id)?.[2] ?? id.split('/').at(-1) ?? id;
const sameId = (a, b) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
/** The instance runs `imageId` and is on the latest model (nothing left to replace). */
const onImage = (i, imageId) => sameId(i.imageId, imageId) && i.latestModelApplied;
/** The image version id to deploy: from the artifact (publish output / image-id), or an explicit image-version in the gallery. */
async function resolveImage(port, settings, info, artifact, options) {
    let id = artifact.imageId;
    let input = "'image-id'";
    if (!id && artifact.imageVersion) {
        const { galleryName, imageDefinition, galleryResourceGroup } = settings.publish;
        if (!galleryName || !imageDefinition || !galleryResourceGroup) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `input 'image-version': '${artifact.imageVersion}' needs 'gallery-name' and 'image-definition' (and 'gallery-resource-group' or 'resource-group') to find the version`);
        }
        const sub = VERSION_ID.exec(info.imageId ?? '')?.[1] ?? info.id.split('/')[2];
        id = `/subscriptions/${sub}/resourceGroups/${galleryResourceGroup}/providers/Microsoft.Compute/galleries/${galleryName}/images/${imageDefinition}/versions/${artifact.imageVersion}`;
        input = "'image-version'";
    }
    if (!id)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', "input 'image-id': is required to deploy without a publish stage in the same run; expected a gallery image version resource id (or an explicit 'image-version' with 'gallery-name' and 'image-definition')");
    if (!isGalleryVersionId(id)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `input ${input}: '${id}' is not a gallery image version resource id; expected /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Compute/galleries/<gallery>/images/<definition>/versions/<Major.Minor.Patch>`);
    }
    return checkImageUsable(port, info, id, input, options);
}
/** The version exists, succeeded, and is replicated to the scale set's region (else Azure would refuse the model). */
async function checkImageUsable(port, info, id, input, options) {
    const version = await port.getImageVersion(id, options);
    if (!version)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `input ${input}: gallery image version '${versionOfId(id)}' was not found (${id}); expected a published version`);
    if (version.provisioningState && !/^succeeded$/i.test(version.provisioningState)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `input ${input}: gallery image version '${version.version}' is ${version.provisioningState}; expected a version whose publishing succeeded`);
    }
    if (version.regions.length > 0 && !version.regions.includes(info.location)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `input ${input}: gallery image version '${version.version}' is not replicated to ${info.location}, the region of scale set '${info.name}' (it is in ${version.regions.join(', ')}); expected a target region '${info.location}' when publishing`);
    }
    return { id: version.id, version: version.version };
}
/** The image id of `version` in the same gallery image definition as `currentId`. */
function siblingVersionId(currentId, version) {
    return currentId.replace(/\/versions\/[^/]+$/i, `/versions/${version}`);
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

/***/ 24530:
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
