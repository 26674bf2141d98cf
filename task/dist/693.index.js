export const id = 693;
export const ids = [693];
export const modules = {

/***/ 4693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollingStrategy: () => (/* binding */ rollingStrategy)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/plan/action.ts
var action = __webpack_require__(5461);
// EXTERNAL MODULE: ./src/core/deploy/instance-health.ts
var instance_health = __webpack_require__(3019);
// EXTERNAL MODULE: ./src/core/deploy/record.ts
var deploy_record = __webpack_require__(570);
// EXTERNAL MODULE: ./src/core/deploy/remote-access.ts
var remote_access = __webpack_require__(1768);
// EXTERNAL MODULE: ./src/core/rollout/for-stage.ts
var for_stage = __webpack_require__(5797);
// EXTERNAL MODULE: ./src/core/deploy/canary/pause.ts
var pause = __webpack_require__(3822);
// EXTERNAL MODULE: ./src/core/deploy/canary/walk.ts
var canary_walk = __webpack_require__(779);
// EXTERNAL MODULE: ./src/core/deploy/rollout-error.ts
var rollout_error = __webpack_require__(5613);
// EXTERNAL MODULE: ./src/core/deploy/canary/analysis.ts
var analysis = __webpack_require__(9312);
// EXTERNAL MODULE: ./src/core/deploy/endpoint-probes.ts
var endpoint_probes = __webpack_require__(3204);
// EXTERNAL MODULE: ./src/core/verify/http-probe.ts + 2 modules
var http_probe = __webpack_require__(8954);
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
var run = __webpack_require__(8107);
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
var executor = __webpack_require__(9352);
// EXTERNAL MODULE: ./src/core/deploy/rolling/monitored.ts
var monitored = __webpack_require__(9030);
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
var deployment = __webpack_require__(5479);
// EXTERNAL MODULE: ./src/core/deploy/template/resolve.ts + 1 modules
var resolve = __webpack_require__(5008);
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
var record_home = __webpack_require__(5950);
// EXTERNAL MODULE: ./src/core/plan/record.ts
var plan_record = __webpack_require__(4530);
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

// EXTERNAL MODULE: ./src/core/deploy/canary/outputs.ts
var outputs = __webpack_require__(1090);
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
const canaryOutputs = (progress, share, err) => (0,outputs/* canaryOutputs */.J)(progress, err, shareOf(share));
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
var planned_image = __webpack_require__(9149);
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


/***/ }),

/***/ 5479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ deployTemplate)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/deploy/template/whatif.ts
/** At most this many property deltas per resource line; the rest are counted. */
const MAX_DELTAS = 6;
const MAX_VALUE = 80;
/** '<namespace>/<type> <name>' of a resource id (nested types joined), or the id itself. */
function resourceName(id) {
    const at = id.lastIndexOf('/providers/');
    if (at < 0)
        return id;
    const [ns, ...rest] = id.slice(at + '/providers/'.length).split('/');
    const types = rest.filter((_, i) => i % 2 === 0);
    const names = rest.filter((_, i) => i % 2 === 1);
    return names.length === 0 ? id : `${ns}/${types.join('/')} ${names.join('/')}`;
}
function whatIfItems(changes) {
    // Ignore: a resource of the group the template does not name (incremental mode leaves it): counted only.
    const lines = changes
        .filter((c) => c.change !== 'Ignore')
        .map((c) => ({ kind: 'fact', label: 'what-if', value: describeChange(c) }));
    return [{ kind: 'fact', label: 'what-if', value: countChanges(changes) }, ...lines];
}
/** '1 to modify, 0 to create, 0 to delete, 2 unchanged' (Ignore and Unsupported counted when present). */
function countChanges(changes) {
    const n = (type) => changes.filter((c) => c.change === type).length;
    const parts = [`${n('Create')} to create`, `${n('Modify') + n('Deploy')} to modify`, `${n('Delete')} to delete`];
    parts.push(`${n('NoChange')} unchanged`);
    if (n('Ignore') > 0)
        parts.push(`${n('Ignore')} ignored`);
    if (n('Unsupported') > 0)
        parts.push(`${n('Unsupported')} not predictable`);
    return `${changes.length} resource(s): ${parts.join(', ')}`;
}
function describeChange(c) {
    const head = `${c.change} ${resourceName(c.resourceId)}`;
    if (c.change === 'Unsupported' && c.unsupportedReason)
        return `${head} (${c.unsupportedReason})`;
    const leaves = c.delta.flatMap((d) => flatten(d)).filter((d) => d.change !== 'NoEffect');
    if (leaves.length === 0)
        return head;
    const shown = leaves.slice(0, MAX_DELTAS).map(describeDelta);
    const more = leaves.length > MAX_DELTAS ? `; … ${leaves.length - MAX_DELTAS} more` : '';
    return `${head}: ${shown.join('; ')}${more}`;
}
function flatten(d, prefix = '') {
    const path = prefix && d.path ? `${prefix}.${d.path}` : prefix || d.path;
    if (d.children && d.children.length > 0)
        return d.children.flatMap((c) => flatten(c, path));
    return [{ ...d, path }];
}
function describeDelta(d) {
    if (d.change === 'Create')
        return `+ ${d.path} = ${value(d.after)}`;
    if (d.change === 'Delete')
        return `- ${d.path} (was ${value(d.before)})`;
    return `${d.path}: ${value(d.before)} → ${value(d.after)}`;
}
/** A value in a few characters: a gallery image version id by its version, long text cut. */
function value(v) {
    if (v === undefined || v === null)
        return 'none';
    const s = typeof v === 'string' ? v : JSON.stringify(v);
    const version = /\/galleries\/[^/]+\/images\/[^/]+\/versions\/([^/]+)$/i.exec(s);
    if (version)
        return `…/versions/${version[1]}`;
    return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}

;// CONCATENATED MODULE: ./src/core/deploy/template/failures.ts

/** At most this many failed resources named; the rest are counted. */
const MAX_NAMED = 3;
/** Azure's messages can be long (a whole template path): each is cut here. */
const MAX_MESSAGE = 400;
/** 'Microsoft.Compute/virtualMachineScaleSets web: InvalidParameter: …; … and 2 more'. */
function describeFailures(failures) {
    const named = failures.filter((f) => f.error);
    if (named.length === 0)
        return undefined;
    const lines = named.slice(0, MAX_NAMED).map((f) => `${f.resource}: ${innermost(f.error)}`);
    const more = named.length > MAX_NAMED ? `; … and ${named.length - MAX_NAMED} more failed operation(s)` : '';
    return `${lines.join('; ')}${more}`;
}
/**
 * An error in words, the resource first: 'Microsoft.Compute/virtualMachineScaleSets web: Code:
 * message'. A wrapper (InvalidTemplateDeployment, DeploymentFailed) gives way to its details, its
 * own code kept at the end.
 */
function describeError(e) {
    const details = e.details ?? [];
    const on = e.target ? `${targetName(e.target)}: ` : '';
    if (details.length === 0)
        return `${on}${e.code}: ${clip(e.message)}`;
    const more = details.length > MAX_NAMED ? `; … and ${details.length - MAX_NAMED} more` : '';
    return `${on}${details.slice(0, MAX_NAMED).map(describeError).join('; ')}${more} (${e.code})`;
}
/** The deepest detail says what actually went wrong (ResourceDeploymentFailure wraps the provider's error). */
function innermost(e) {
    let at = e;
    while (at.details && at.details.length === 1)
        at = at.details[0];
    return describeError({ ...at, target: undefined });
}
const targetName = (target) => (target.includes('/providers/') ? resourceName(target) : target);
const clip = (s) => (s.length > MAX_MESSAGE ? `${s.slice(0, MAX_MESSAGE - 1)}…` : s);

// EXTERNAL MODULE: ./src/core/deploy/template/deployment-name.ts
var deployment_name = __webpack_require__(9307);
// EXTERNAL MODULE: ./src/core/deploy/template/resolve.ts + 1 modules
var resolve = __webpack_require__(5008);
;// CONCATENATED MODULE: ./src/core/deploy/template/deployment.ts





const RUNNING = /^(accepted|running|created|creating|updating|ready|waiting|deleting|notspecified)$/i;
/** Deploys the run's template with the image parameter set to `image`; throws when it does not succeed. */
async function deployTemplate(d, o) {
    const resolved = await (0,resolve/* resolveTemplate */.X)(d.ctx);
    const ref = { resourceGroup: d.resourceGroup, name: (0,deployment_name/* deploymentName */.pC)(d.ctx, o.rollback) };
    const input = inputFor(d.ctx, resolved, o.image);
    if (d.ex.planning)
        await preflight(d, ref, input, resolved);
    const write = {
        resource: `template deployment ${ref.name}`,
        operation: 'deploy',
        before: o.from ? `image ${o.from}` : undefined,
        after: `${resolved.imageParameter} ${o.image.version}`,
        why: `${resolved.path} to resource group ${d.resourceGroup} (incremental)${o.then ? `; then ${o.then}` : ''}`,
    };
    if (!d.ex.planning)
        d.ctx.deps.host.info(`Template deployment ${ref.name}: ${resolved.path} with ${resolved.imageParameter} = ${o.image.version}.`);
    await d.ex.write({ write, touchesProduction: o.touchesProduction }, async (call) => {
        // Started by an earlier attempt whose answer was lost: it is followed, never sent twice.
        const now = await d.port.get(ref, call);
        if (now && !/^(failed|canceled)$/i.test(now.provisioningState) && deploys(now.parameters, resolved, o.image))
            return;
        await d.port.start(ref, input, call);
    }, o.item);
    const would = `Azure deploys ${resolved.path} (deployment ${ref.name}) to the end`;
    const result = await d.ex.wait(`template deployment ${ref.name}`, would, (call) => look(d, ref, call), {
        intervalMs: d.port.pollIntervalMs,
        until: 'succeeded',
    });
    if (result.ok)
        return;
    await cancelIfRunning(d, ref);
    throw new errors/* EngineError */.NJ('terminal', await failureMessage(d, ref, result.detail));
}
/** Whether a deployment's parameters set the image parameter to `image` (it is this write's). */
function deploys(parameters, r, image) {
    const key = Object.keys(parameters).find((k) => k.toLowerCase() === r.imageParameter.toLowerCase());
    const value = key ? parameters[key] : undefined;
    return typeof value === 'string' && value.toLowerCase() === image.id.toLowerCase();
}
function inputFor(ctx, resolved, image) {
    const runUrl = ctx.deps.run?.runUrl;
    return {
        template: resolved.template,
        parameters: { ...resolved.parameters, [resolved.imageParameter]: { value: image.id } },
        tags: {
            'immutable-deploy.image-version': image.version,
            ...(runUrl ? { 'immutable-deploy.run-url': deployment_clip(runUrl) } : {}),
        },
    };
}
const deployment_clip = (s) => (s.length <= 256 ? s : `${s.slice(0, 255)}…`);
/** Plan: Azure's validation, then what-if; both read, neither changes anything. */
async function preflight(d, ref, input, r) {
    const validation = await d.ex.read(`validating ${r.path}`, (call) => d.port.validate(ref, input, call));
    if (!validation.ok) {
        throw new errors/* EngineError */.NJ('input', `input 'template': '${r.path}' was refused by Azure's validation: ${describeError(validation.error)}`);
    }
    const whatIf = await d.ex.read(`what-if of ${r.path}`, (call) => d.port.whatIf(ref, input, call));
    if (!whatIf.ok) {
        throw new errors/* EngineError */.NJ('input', `input 'template': Azure's what-if of '${r.path}' says the deployment would fail: ${describeError(whatIf.error)}`);
    }
    for (const item of whatIfItems(whatIf.changes))
        d.ex.note(item);
}
async function look(d, ref, call) {
    const now = await d.port.get(ref, call);
    // A deployment just created can take a moment to be readable everywhere (ARM is eventually consistent).
    if (!now)
        return { state: 'pending', detail: 'not visible yet' };
    const state = now.provisioningState;
    if (/^succeeded$/i.test(state))
        return { state: 'done', detail: `succeeded` };
    if (RUNNING.test(state))
        return { state: 'pending', detail: state };
    return { state: 'failed', detail: `ended ${state}${now.error ? `: ${describeError(now.error)}` : ''}` };
}
/** The failure per resource from the deployment's operations (Azure's errors), else the deployment's own error. */
async function failureMessage(d, ref, detail) {
    const head = `template deployment ${ref.name} in resource group ${ref.resourceGroup}`;
    try {
        const failures = await d.ex.read(`reading the operations of ${ref.name}`, (call) => d.port.failedOperations(ref, call));
        const named = describeFailures(failures);
        if (named)
            return `${head} failed: ${named}`;
    }
    catch {
        // the operations could not be read: the deployment's own state says what it can
    }
    return `${head} ${detail}`;
}
/** A deployment still running when the deadline passed (or the step stops) is asked to cancel; best effort. */
async function cancelIfRunning(d, ref) {
    const call = { signal: new AbortController().signal, timeoutMs: 30_000 };
    try {
        const now = await d.port.get(ref, call);
        if (!now || !RUNNING.test(now.provisioningState))
            return;
        d.ctx.warn(`template deployment ${ref.name} was still ${now.provisioningState}: asking Azure to cancel it`);
        await d.port.cancel(ref, call);
    }
    catch {
        // Azure unreachable: the deployment ends on its own; a re-run or rollback deploys under another name
    }
}


/***/ }),

/***/ 5008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ resolveTemplate)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/deploy/template/check.ts
var check = __webpack_require__(1038);
;// CONCATENATED MODULE: ./src/core/deploy/template/bicep.ts
/**
 * Bicep to ARM JSON, through the injected CommandRunner (argv arrays, no shell): the `bicep` CLI
 * (`bicep build <file> --stdout`, `bicep build-params <file> --stdout`), else the Azure CLI's
 * (`az bicep build --file <file> --stdout`, `az bicep build-params --file <file> --stdout`). Hosted
 * GitHub runners and Microsoft-hosted agents have both. Neither found: an input error saying how
 * to install one (https://learn.microsoft.com/azure/azure-resource-manager/bicep/install).
 * A compile error gives Bicep's diagnostics (stderr), never the template's text.
 */

/**
 * ARM's own limit on a template: 4 MB
 * (https://learn.microsoft.com/azure/azure-resource-manager/templates/best-practices#template-limits).
 */
const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;
/** A compile is a local process: far shorter than a deploy, and not worth a budget input of its own. */
const COMPILE_TIMEOUT_MS = 5 * 60_000;
const INSTALL = "install the Bicep CLI (https://aka.ms/bicep/install) or the Azure CLI ('az bicep install'), or give the compiled ARM JSON as 'template' ('bicep build <file>' writes it)";
/** Compiles a .bicep or .bicepparam file; throws EngineError 'input' naming the file. */
async function compileBicep(commands, path, kind, signal) {
    if (!commands)
        throw new errors/* EngineError */.NJ('input', `input 'template': '${path}' is Bicep, and this adapter cannot run a compiler; ${INSTALL}`);
    const verb = kind === 'bicep' ? 'build' : 'build-params';
    const attempts = [
        ['bicep', ['bicep', verb, path, '--stdout']],
        ['az bicep', ['az', 'bicep', verb, '--file', path, '--stdout']],
    ];
    for (const [compiler, argv] of attempts) {
        const r = await commands.run(argv, { timeoutMs: COMPILE_TIMEOUT_MS, signal, stdoutLimit: MAX_TEMPLATE_BYTES * 2 });
        if (signal.aborted)
            throw new errors/* EngineError */.NJ('cancelled', `the run was cancelled while compiling '${path}'`);
        if (notFound(r))
            continue;
        return parseOutput(r, path, kind, compiler);
    }
    throw new errors/* EngineError */.NJ('input', `input 'template': '${path}' is Bicep, and neither 'bicep' nor 'az' was found on PATH to compile it; ${INSTALL}`);
}
/** The command could not start (ENOENT), or `az` has no bicep (it says so and exits non-zero without output). */
function notFound(r) {
    if (r.startError)
        return /ENOENT|not found/i.test(r.startError);
    return false;
}
function parseOutput(r, path, kind, compiler) {
    const why = r.timedOut
        ? `did not finish within ${COMPILE_TIMEOUT_MS / 60_000} minutes`
        : r.startError
            ? `could not start (${r.startError})`
            : r.exitCode !== 0
                ? `exited ${r.exitCode ?? 'abnormally'}`
                : r.stdoutTruncated
                    ? `wrote more than ARM's ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB template limit`
                    : undefined;
    if (why) {
        const diagnostics = r.outputTail ? `: ${r.outputTail.slice(-1000)}` : '';
        throw new errors/* EngineError */.NJ('input', `input 'template': '${path}' did not compile (${compiler} ${why})${diagnostics}`);
    }
    const out = parseJson(r.stdout ?? '', path, compiler);
    if (kind === 'bicep')
        return { template: out, parameters: {}, compiler };
    // build-params writes { parametersJson, templateJson } (both JSON text).
    const template = parseJson(String(out['templateJson'] ?? ''), path, compiler);
    const file = parseJson(String(out['parametersJson'] ?? ''), path, compiler);
    const parameters = (file['parameters'] ?? {});
    return { template, parameters, compiler };
}
function parseJson(text, path, compiler) {
    try {
        const v = JSON.parse(text);
        if (v && typeof v === 'object' && !Array.isArray(v))
            return v;
    }
    catch {
        // reported below
    }
    throw new errors/* EngineError */.NJ('input', `input 'template': ${compiler} compiled '${path}' but its output is not the JSON expected (the output is not shown); check the ${compiler} version`);
}

;// CONCATENATED MODULE: ./src/core/deploy/template/resolve.ts
/**
 * The template a run deploys: the ARM JSON read when the inputs were parsed, or the Bicep file
 * compiled now (once per run), held against the inputs again (the image parameter, the parameters
 * given) before any write. Values of secure parameters are masked from here on.
 */



const resolved = new WeakMap();
/** The run's template (compiled on first use; the settings are frozen, so one compile serves the run). */
function resolveTemplate(ctx) {
    const settings = ctx.settings.deploy.template;
    if (!settings)
        throw new errors/* EngineError */.NJ('input', "input 'template': is required here; expected a template file");
    let p = resolved.get(settings);
    if (!p) {
        p = resolve(ctx, settings);
        resolved.set(settings, p);
        p.catch(() => resolved.delete(settings));
    }
    return p;
}
async function resolve(ctx, t) {
    let template = t.json;
    let base = {};
    if (!template && t.kind === 'json') {
        throw new errors/* EngineError */.NJ('input', `input 'template': '${t.path}' was not read when the inputs were parsed; expected an ARM JSON template this step can read`);
    }
    if (!template) {
        const compiled = await compileBicep(ctx.deps.commands, t.path, t.kind === 'json' ? 'bicep' : t.kind, ctx.signal);
        ctx.deps.host.info(`Compiled ${t.path} with ${compiled.compiler}.`);
        template = compiled.template;
        base = compiled.parameters;
    }
    const parameters = { ...base, ...t.parameters };
    const problems = (0,check/* templateProblems */.bi)(template, t.imageParameter, Object.keys(t.parameters), `template '${t.path}'`);
    if (problems.length > 0)
        throw new errors/* EngineError */.NJ('input', problems.map((p) => `input '${p.input}': ${p.message}`).join('; '));
    for (const value of (0,check/* secureValues */.og)(template, parameters))
        ctx.deps.host.setSecret(value);
    const imageParameter = (0,check/* declaredParameters */.vc)(template).get(t.imageParameter.toLowerCase()).name;
    const without = Object.fromEntries(Object.entries(parameters).filter(([k]) => k.toLowerCase() !== imageParameter.toLowerCase()));
    return { path: t.path, template, parameters: without, imageParameter };
}


/***/ })

};
