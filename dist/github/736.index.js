export const id = 736;
export const ids = [736];
export const modules = {

/***/ 5613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ RolloutError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * A rollout that stopped part-way (a batch failed its gate, Azure's rolling upgrade faulted, the
 * unhealthy budget ran out): carries what was done and the plan that undoes it, so the deploy stage
 * can roll back (auto-rollback) and say what failed, what was rolled back and what is live.
 */

class RolloutError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ {
    details;
    constructor(message, details, kind = 'terminal') {
        super(kind, message);
        this.details = details;
        this.name = 'RolloutError';
    }
}


/***/ }),

/***/ 2736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  templateStrategy: () => (/* binding */ templateStrategy)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/plan/action.ts
var action = __webpack_require__(55461);
// EXTERNAL MODULE: ./src/core/deploy/record.ts
var deploy_record = __webpack_require__(570);
// EXTERNAL MODULE: ./src/core/deploy/gallery-image.ts
var gallery_image = __webpack_require__(9733);
// EXTERNAL MODULE: ./src/core/plan/record.ts
var plan_record = __webpack_require__(24530);
// EXTERNAL MODULE: ./src/core/deploy/rollout-error.ts
var rollout_error = __webpack_require__(5613);
// EXTERNAL MODULE: ./src/core/deploy/template/deployment.ts + 2 modules
var deployment = __webpack_require__(25479);
// EXTERNAL MODULE: ./src/core/deploy/template/resolve.ts + 1 modules
var resolve = __webpack_require__(95008);
// EXTERNAL MODULE: ./src/core/rollout/for-stage.ts
var for_stage = __webpack_require__(55797);
// EXTERNAL MODULE: ./src/core/deploy/template/deployment-name.ts
var deployment_name = __webpack_require__(39307);
// EXTERNAL MODULE: ./src/core/deploy/template/holder.ts
var holder = __webpack_require__(95286);
;// CONCATENATED MODULE: ./src/core/deploy/template/target.ts






function resourceGroupOf(ctx) {
    const rg = ctx.settings.deploy.resourceGroup ?? ctx.settings.resourceGroup;
    if (!rg)
        throw new errors/* EngineError */.NJ('input', "input 'resource-group': is required; expected the group the template deploys to");
    return rg;
}
/** A rollout on the group of the inputs, on an executor of its own (`planning`: plan mode). */
async function openTemplate(ctx, planning) {
    const ports = await ctx.azure();
    const resourceGroup = resourceGroupOf(ctx);
    const ex = (0,for_stage/* executorFor */.lL)(ctx, { retryBaseMs: ports.deployments.pollIntervalMs, ...(planning ? { planning } : {}) });
    const groupId = ports.deployments.resourceGroupId(resourceGroup);
    return { ctx, ex, ports, resourceGroup, groupId, resource: `resource group ${resourceGroup}` };
}
/** The release record on the group's tags; an input error when the group does not exist. */
async function readRecord(ctx, ports, options) {
    const rg = resourceGroupOf(ctx);
    const state = await ports.leases.read((0,holder/* holderOf */.K)(rg), options);
    if (!state) {
        throw new errors/* EngineError */.NJ('input', `input 'resource-group': resource group '${rg}' was not found; expected the existing group the template deploys to`);
    }
    return (0,deploy_record/* recordFromTags */.j1)(state.tags);
}
/** The image id the newest successful deployment of ours passed to the image parameter, if any. */
async function deployedImage(t, imageParameter, call) {
    const ours = (await t.ports.deployments.list(t.resourceGroup, call))
        .filter((d) => (0,deployment_name/* isOurs */.MU)(d.name) && /^succeeded$/i.test(d.provisioningState))
        .sort((a, b) => (b.timestamp ?? '').localeCompare(a.timestamp ?? ''));
    for (const d of ours) {
        const key = Object.keys(d.parameters).find((k) => k.toLowerCase() === imageParameter.toLowerCase());
        const value = key ? d.parameters[key] : undefined;
        if (typeof value === 'string' && (0,gallery_image/* isGalleryVersionId */.uR)(value))
            return value;
    }
    return undefined;
}
/**
 * The image to deploy: the artifact's id, or an explicit version in the gallery of the inputs (or
 * of the image deployed last). Checked to exist and to have published, unless an earlier stage of
 * this plan would create it.
 */
async function resolveArtifact(t, artifact, deployed, call) {
    const id = artifact.imageId ?? (artifact.imageVersion ? versionIdFor(t, artifact.imageVersion, deployed) : undefined);
    if (!id || !(0,gallery_image/* isGalleryVersionId */.uR)(id)) {
        throw new errors/* EngineError */.NJ('input', `input 'image-id': ${id ? `'${id}' is not a gallery image version resource id` : 'is required'}; expected /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Compute/galleries/<gallery>/images/<definition>/versions/<version>`);
    }
    const planned = t.ctx.outputs.plannedImageId;
    if (planned && planned.toLowerCase() === id.toLowerCase())
        return { id, version: artifact.imageVersion ?? (0,gallery_image/* versionOfId */.X2)(id) };
    return checkPublished(t, id, artifact.imageId ? "'image-id'" : "'image-version'", call);
}
/** An explicit version: next to the image deployed last, else in the gallery the inputs name. */
function versionIdFor(t, version, deployed) {
    if (deployed)
        return (0,gallery_image/* siblingVersionId */.eH)(deployed, version);
    const { galleryName, imageDefinition, galleryResourceGroup } = t.ctx.settings.publish;
    if (!galleryName || !imageDefinition || !galleryResourceGroup) {
        throw new errors/* EngineError */.NJ('input', `input 'image-version': '${version}' needs 'gallery-name' and 'image-definition' (or 'image-id') to find the version`);
    }
    const group = t.ports.deployments.resourceGroupId(galleryResourceGroup);
    return `${group}/providers/Microsoft.Compute/galleries/${galleryName}/images/${imageDefinition}/versions/${version}`;
}
async function checkPublished(t, id, input, call) {
    const v = await t.ports.scaleSets.getImageVersion(id, call);
    if (!v)
        throw new errors/* EngineError */.NJ('input', `input ${input}: gallery image version '${(0,gallery_image/* versionOfId */.X2)(id)}' was not found (${id}); expected a published version`);
    if (v.provisioningState && !/^succeeded$/i.test(v.provisioningState)) {
        throw new errors/* EngineError */.NJ('input', `input ${input}: gallery image version '${v.version}' is ${v.provisioningState}; expected a version whose publishing succeeded`);
    }
    return { id: v.id, version: v.version };
}

;// CONCATENATED MODULE: ./src/core/deploy/template/release.ts
/**
 * The template release, written once (real or planned): the record names the version in flight,
 * the template is deployed with the image parameter set to the new image, the record says what is
 * live. A rollback deploys the template again with the previous image, under a name of its own.
 * A release whose version is already live (and nothing in flight) deploys nothing.
 */








async function runDeploy(t, artifact, record) {
    const { ex } = t;
    const { path, imageParameter } = await (0,resolve/* resolveTemplate */.X)(t.ctx);
    const deployed = await ex.read('reading the template deployments', (call) => deployedImage(t, imageParameter, call));
    const image = await ex.read('reading the image version', (call) => resolveArtifact(t, artifact, deployed, call));
    const base = { imageId: image.id, imageVersion: image.version, previousImageVersion: record.current };
    if (record.current === image.version && !record.target) {
        ex.note({ kind: 'fact', label: 'template', value: `${path}: ${image.version} is already live in ${t.resource}` });
        return { outputs: { ...base, previousImageVersion: record.previous }, unchanged: true, image };
    }
    const from = record.current !== image.version ? record.current : record.previous;
    const plan = from
        ? {
            strategy: 'template',
            to: { imageId: (0,gallery_image/* siblingVersionId */.eH)(image.id, from), imageVersion: from },
            description: `${t.resource}: ${path} with image ${image.version} → ${from}`,
            record: { previous: record.current === from ? record.previous : undefined, failed: image.version },
        }
        : undefined;
    ex.note({
        kind: 'fact',
        label: 'template',
        value: `${path} to ${t.resource} (${imageParameter} = ${image.version})`,
    });
    try {
        await writeIntent(t, image.version, 'deploying');
        const item = {
            kind: 'action',
            label: 'template',
            value: `${from ?? 'nothing recorded'} → ${image.version}`,
        };
        await (0,deployment/* deployTemplate */.E)({ ctx: t.ctx, ex, port: t.ports.deployments, resourceGroup: t.resourceGroup }, { image, from, touchesProduction: true, item });
        await writeLive(t, record, { current: image.version, previous: from });
        return { outputs: base, unchanged: false, image, from, rollback: plan };
    }
    catch (err) {
        if (t.ctx.signal.aborted || err instanceof errors/* CancelledError */.cc || ex.planning)
            throw err;
        const e = err instanceof errors/* EngineError */.NJ ? err : new errors/* EngineError */.NJ('terminal', String(err), { cause: err });
        throw new rollout_error/* RolloutError */.a(e.message, { plan, items: [...ex.items], outputs: base, liveUntouched: !ex.productionTouched }, e.kind);
    }
}
async function runRollback(t, plan, record) {
    const id = plan.to.imageId;
    if (!id)
        throw new errors/* EngineError */.NJ('input', `the rollback plan for ${t.resource} names no image version`);
    const image = { id, version: plan.to.imageVersion ?? id.split('/').pop() };
    const from = record.target ?? record.current;
    const outputs = { rolledBack: true, imageVersion: image.version, imageId: image.id, previousImageVersion: from };
    if (record.current === image.version && !record.target) {
        return { outputs: { ...outputs, rolledBack: false }, unchanged: true, image, from };
    }
    t.ex.note({ kind: 'fact', label: 'rollback', value: plan.description });
    await writeIntent(t, image.version, 'rolling-back');
    await (0,deployment/* deployTemplate */.E)({ ctx: t.ctx, ex: t.ex, port: t.ports.deployments, resourceGroup: t.resourceGroup }, { image, from, rollback: true, touchesProduction: true });
    const { previous, failed } = (0,deploy_record/* afterRollback */.zZ)(plan, image.version, from);
    const item = { kind: 'action', label: 'rolled back', value: plan.description };
    await writeLive(t, record, { current: image.version, previous, state: 'rolled-back', failed }, item);
    return { outputs, unchanged: false, image, from };
}
async function writeIntent(t, version, state) {
    const runUrl = t.ctx.deps.run?.runUrl;
    await t.ex.write({ write: (0,plan_record/* intentWrite */.Yu)(t.resource, version, state) }, (call) => (0,deploy_record/* recordIntent */.M8)(t.ports.tags, t.groupId, { target: version, runUrl, state }, call));
}
async function writeLive(t, record, live, item) {
    const extra = live.failed ? `failed-version ${live.failed}` : undefined;
    const write = (0,plan_record/* liveWrite */.ul)(t.resource, record, { ...live, extra });
    const stamped = { ...live, deployedAt: (0,deploy_record/* iso */.KH)(t.ctx), runUrl: t.ctx.deps.run?.runUrl };
    await t.ex.write({ write }, (call) => (0,deploy_record/* recordLive */.en)(t.ports.tags, t.groupId, stamped, call), item);
}

;// CONCATENATED MODULE: ./src/core/deploy/template/strategy.ts
/**
 * strategy: template — a template deployment (ARM JSON or Bicep, incremental mode) is the release:
 * the template's image parameter receives the gallery image version, Azure deploys whatever the
 * template declares (scale sets, VMs, anything), verify runs the probes, and a rollback deploys the
 * template again with the previous image. Plan mode calls Azure's validate and what-if and lists
 * the changes per resource. Deploy and rollback are written once (release.ts) and run on the
 * rollout executor: for real, or on a planning executor — the same code, so the plan cannot drift.
 */







const acts = (stages) => stages.some((s) => s === 'deploy' || s === 'rollback');
const templateStrategy = {
    name: 'template',
    async inspect(ctx) {
        const ports = await ctx.azure();
        // A Bicep file compiles (and every template is checked against the inputs) before any write.
        if (acts(ctx.settings.stages))
            await (0,resolve/* resolveTemplate */.X)(ctx);
        return readRecord(ctx, ports, { signal: ctx.signal });
    },
    async deploy(ctx, artifact, record) {
        const t = await openTemplate(ctx);
        const run = await runDeploy(t, artifact, record);
        const { path } = await (0,resolve/* resolveTemplate */.X)(ctx);
        const message = run.unchanged
            ? `${t.resource}: ${run.image.version} is already live (${path}): no change`
            : `${t.resource}: ${path} deployed with image ${run.from ?? 'none recorded'} → ${run.image.version}`;
        return { outputs: run.outputs, items: t.ex.items, message, rollback: run.rollback };
    },
    async planDeploy(ctx, artifact, record) {
        const t = await openTemplate(ctx, true);
        const run = await runDeploy(t, artifact, record);
        const writes = t.ex.plannedWrites;
        const message = run.unchanged
            ? `plan: ${t.resource} already runs ${run.image.version} (${(0,action/* countWrites */.GG)(writes.length)})`
            : `plan: ${t.resource} ${run.from ?? 'none recorded'} → ${run.image.version} by a template deployment (${(0,action/* countWrites */.GG)(writes.length)}, none made)`;
        const outputs = run.unchanged ? { ...run.outputs, deployUnchanged: writes.length === 0 } : run.outputs;
        return { writes, items: t.ex.facts, outputs, message };
    },
    async endpoints() {
        // What the template deploys is the user's: live-url / probe-urls say where it answers.
        return [];
    },
    async checkTarget() {
        return [];
    },
    async planRollback(ctx, record, toVersion) {
        const t = await openTemplate(ctx, true);
        const version = toVersion ?? (0,deploy_record/* defaultRollback */.iZ)(record).version;
        const rg = resourceGroupOf(ctx);
        if (!version) {
            throw new errors/* EngineError */.NJ('input', `input 'to-version': is required: resource group '${rg}' has no previous version recorded (tag immutable-deploy.previous-version); expected the image version to return to, e.g. '1.4.2'`);
        }
        const { imageParameter } = await (0,resolve/* resolveTemplate */.X)(ctx);
        const opt = { signal: ctx.signal };
        const known = ctx.settings.publish.imageId ?? (await deployedImage(t, imageParameter, opt));
        if (!known) {
            throw new errors/* EngineError */.NJ('input', `input 'image-id': is required to find version '${version}': no deployment of ours in resource group '${rg}' names the gallery image; expected any version id of the image definition`);
        }
        const what = toVersion ? "'to-version'" : "'to-version' (default: the recorded previous version)";
        const image = await checkPublished(t, (0,gallery_image/* siblingVersionId */.eH)(known, version), what, opt);
        const from = record.target && record.state === 'deploying' ? record.target : record.current;
        return {
            strategy: 'template',
            to: { imageId: image.id, imageVersion: image.version },
            description: `${t.resource}: image ${from ?? 'none recorded'} → ${image.version}`,
            record: (0,deploy_record/* rollbackRecord */.Ci)(record, image.version, from),
        };
    },
    async rollback(ctx, plan) {
        const t = await openTemplate(ctx);
        const record = await readRecord(ctx, t.ports, { signal: ctx.signal });
        const run = await runRollback(t, plan, record);
        return {
            outputs: run.outputs,
            items: t.ex.items,
            message: run.unchanged
                ? `image ${run.image.version} is live in ${t.resource}: nothing to roll back`
                : `image ${run.image.version} is live again in ${t.resource} (the template deployed again${run.from ? `, ${run.from} rolled back` : ''})`,
        };
    },
    async planRollbackWrites(ctx, plan) {
        const t = await openTemplate(ctx, true);
        const record = await readRecord(ctx, t.ports, { signal: ctx.signal });
        const run = await runRollback(t, plan, record);
        const writes = t.ex.plannedWrites;
        const message = run.unchanged
            ? `plan: ${t.resource} already runs ${run.image.version} (${(0,action/* countWrites */.GG)(writes.length)})`
            : `plan: ${plan.description} (${(0,action/* countWrites */.GG)(writes.length)}, none made)`;
        return { writes, items: t.ex.facts, outputs: run.outputs, message };
    },
    async describeLive(ctx) {
        const ports = await ctx.azure();
        const record = await readRecord(ctx, ports, { signal: ctx.signal, timeoutMs: 60_000 });
        const flight = record.target ? `, ${record.target} ${record.state ?? 'in flight'} (not finished)` : '';
        return `resource group ${resourceGroupOf(ctx)}: recorded release ${record.current ?? 'none'}${flight}`;
    },
};


/***/ }),

/***/ 55461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ planItem),
/* harmony export */   AP: () => (/* binding */ writesOf),
/* harmony export */   GG: () => (/* binding */ countWrites),
/* harmony export */   cw: () => (/* binding */ Plan),
/* harmony export */   jf: () => (/* binding */ formatWrite)
/* harmony export */ });
/**
 * One line per write: `<operation> <resource>: <before> → <after>; <why>`.
 * e.g. `update scale set web: image 1.0.0 → 2.0.0; 5 instance(s) in 3 batch(es), manual rollout`.
 */
function formatWrite(w) {
    const change = w.before !== undefined && w.after !== undefined
        ? `${w.before} → ${w.after}`
        : (w.after ?? (w.before !== undefined ? `${w.before} → (gone)` : undefined));
    return `${w.operation} ${w.resource}: ${change ? `${change}; ` : ''}${w.why}`;
}
/** The summary item of a planned write (kind 'action', label 'planned', the structured write kept). */
function planItem(w) {
    return { kind: 'action', label: 'planned', value: formatWrite(w), write: w };
}
/** The planned writes of a list of summary items, in order. */
function writesOf(items) {
    return items.flatMap((i) => (i.write ? [i.write] : []));
}
/** Collects planned writes while a stage plans; `items()` gives them as summary items, logged once each. */
class Plan {
    list = [];
    add(w) {
        this.list.push(w);
        return this;
    }
    get writes() {
        return this.list;
    }
    get size() {
        return this.list.length;
    }
    /** Logs each write ('plan: …') and returns them as summary items. */
    items(log) {
        for (const w of this.list)
            log.info(`plan: ${formatWrite(w)}`);
        return this.list.map(planItem);
    }
}
/** 'n write(s)' for messages. */
const countWrites = (n) => (n === 0 ? 'no write' : `${n} write${n === 1 ? '' : 's'}`);


/***/ }),

/***/ 70652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ attempt),
/* harmony export */   TL: () => (/* binding */ GaveUp),
/* harmony export */   jp: () => (/* binding */ callOptions),
/* harmony export */   v7: () => (/* binding */ pause)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84639);
/**
 * One call tried until it succeeds, fails for good, or its deadline leaves no room for another
 * try: the retry loop of the rollout executor, of publish's writes and of any other bounded Azure
 * call. Transient failures (src/core/rollout/retry.ts) are retried with backoff that honours
 * Azure's Retry-After; every try gets what is left of the deadline (`timeoutMs`) and, where the
 * host offers one, a signal that aborts at the deadline on the engine's clock.
 */


/** How a call ended for good: the error, and how many tries it took. */
class GaveUp extends Error {
    error;
    attempts;
    constructor(error, attempts) {
        super(error instanceof Error ? error.message : String(error));
        this.error = error;
        this.attempts = attempts;
    }
}
const left = (c) => Math.max(0, c.deadlineAt - c.clock.now());
/** Options for one call: the run's signal (and the deadline's) and what is left of the budget. */
function callOptions(c) {
    const timeoutMs = Math.max(1, left(c));
    const signal = c.deadline ? AbortSignal.any([c.signal, c.deadline(timeoutMs)]) : c.signal;
    return { signal, timeoutMs };
}
/**
 * Runs `fn` until it succeeds; throws a CancelledError when the run is cancelled, or `GaveUp`
 * (the last error and the number of tries) when a failure is not transient or the budget is spent.
 */
async function attempt(c, what, fn) {
    for (let n = 1;; n++) {
        if (c.signal.aborted)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc(`the run was cancelled while ${what}`);
        if (left(c) <= 0)
            throw new GaveUp(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('transient', `${what} was not started: '${c.budget}' ran out`), n - 1);
        const call = callOptions(c);
        try {
            return { value: await fn(call), attempts: n };
        }
        catch (err) {
            if (c.signal.aborted)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc(`the run was cancelled while ${what}`);
            if (call.signal.aborted || left(c) <= 0) {
                // The budget stopped the call: Azure may still be working on it.
                const late = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('transient', `${what} did not finish within '${c.budget}'; Azure may still be working on it (a re-run acts on what it then finds)`, { cause: err });
                throw new GaveUp(late, n);
            }
            const wait = (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryable */ .r3)(err) ? (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .backoffMs */ .jo)(err, n, c.baseMs) : undefined;
            if (wait === undefined || wait >= left(c))
                throw new GaveUp(err, n);
            c.log?.info(`${what}: ${err instanceof Error ? err.message : String(err)}; trying again in ${Math.ceil(wait / 1000)} s (attempt ${n + 1}).`);
            await pause(c, Math.max(1, wait), what);
        }
    }
}
async function pause(c, ms, what) {
    try {
        await c.sleep(ms, c.signal);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc(`the run was cancelled while ${what}`);
    }
}


/***/ }),

/***/ 69352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ RolloutExecutor),
/* harmony export */   m: () => (/* binding */ StepFailedError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _plan_action_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55461);
/* harmony import */ var _attempt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70652);
/**
 * The rollout executor: the one place where a deploy's or a rollback's writes, waits and gates run.
 * A strategy decides, from fresh reads, what to do next and hands each step here; the executor
 *
 * - bounds every Azure call by the step's deadline (`timeoutMs` = what is left of it, plus the
 *   run's abort signal) — no call outlives 'deploy-timeout';
 * - retries transient failures (429, 5xx, connection reset, another operation in progress, a stale
 *   ETag) with backoff that honours Azure's Retry-After, until the deadline and never beyond —
 *   reverts included, so one throttled answer never leaves production on a failed release;
 * - keeps a journal (step, reason, attempts, result, duration): the summary items, the JSON record
 *   and the message of a failed step all come from it;
 * - in plan mode runs the very same strategy code but makes no write: a write is journalled as
 *   planned, a wait or gate as "would check" and taken as passed (Terraform's plan, Orca's runner).
 *
 * Writes must be idempotent: `apply` re-reads what it guards (ETag) so that a retry after a
 * failure in flight acts on the target as it is.
 */



/** A step that could not be completed: the journal says what was done before it. */
class StepFailedError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ {
    entry;
    constructor(message, entry, cause) {
        super(cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ && cause.kind !== 'transient' ? cause.kind : 'terminal', message, { cause });
        this.entry = entry;
        this.name = 'StepFailedError';
    }
}
class RolloutExecutor {
    deps;
    options;
    journal = [];
    items = [];
    deadlineAt;
    touched = false;
    constructor(deps, options) {
        this.deps = deps;
        this.options = options;
        this.deadlineAt = deps.clock.now() + options.timeoutMs;
    }
    get planning() {
        return this.options.planning;
    }
    /** Whether a write that changes what production serves was started (it may have landed). */
    get productionTouched() {
        return this.touched;
    }
    /** Milliseconds left before the deadline (never negative). */
    left() {
        return Math.max(0, this.deadlineAt - this.deps.clock.now());
    }
    /** The rollout's deadline, for the probe loops of HTTP gates. */
    get deadline() {
        return { at: this.deadlineAt, left: () => this.left() };
    }
    /** Options for one Azure call: the run's signal (and the deadline's) and what is left of the deadline. */
    call() {
        return (0,_attempt_js__WEBPACK_IMPORTED_MODULE_1__/* .callOptions */ .jp)(this.attempts);
    }
    /** A read, retried like a write when Azure answers with a transient failure. */
    async read(what, fn) {
        return this.attempt(what, fn, () => undefined).then((r) => r.value);
    }
    /**
     * A write. Plan mode journals it and returns false; otherwise it is applied (retried within the
     * deadline) and returns true. `item` is the summary line of the write once made.
     */
    async write(step, apply, item) {
        const started = this.deps.clock.now();
        if (this.planning) {
            this.record({
                kind: 'write',
                label: step.write.resource,
                why: step.write.why,
                write: step.write,
                result: 'planned',
                attempts: 0,
                durationMs: 0,
            });
            this.items.push((0,_plan_action_js__WEBPACK_IMPORTED_MODULE_2__/* .planItem */ .$P)(step.write));
            return false;
        }
        if (step.touchesProduction)
            this.touched = true;
        this.deps.log.debug(`write: ${(0,_plan_action_js__WEBPACK_IMPORTED_MODULE_2__/* .formatWrite */ .jf)(step.write)}`);
        const { attempts } = await this.attempt(describeWrite(step.write), apply, (err, n) => this.fail('write', step.write.resource, step.write.why, err, n, started, step.write));
        this.record({
            kind: 'write',
            label: step.write.resource,
            why: step.write.why,
            write: step.write,
            result: 'done',
            attempts,
            durationMs: this.deps.clock.now() - started,
        });
        if (item)
            this.items.push(item);
        return true;
    }
    /**
     * Looks until `look` says done or failed, at the interval it asks for (Azure's Retry-After where
     * given) and never past the deadline. Plan mode: described, taken as passed.
     */
    async wait(label, would, look, options) {
        const { intervalMs } = options;
        const started = this.deps.clock.now();
        if (this.planning)
            return this.wouldCheck('wait', label, would);
        let last;
        let looks = 0;
        for (;;) {
            this.throwIfCancelled(`waiting for ${label}`);
            const previous = last;
            try {
                last = await this.read(`looking at ${label}`, look);
            }
            catch (err) {
                // A look the deadline stopped: the previous look is the answer.
                if (!previous || this.left() > 0 || this.deps.signal.aborted)
                    throw err;
                last = {
                    state: 'failed',
                    detail: `still not ${options.until ?? 'done'} when '${this.budget}' ran out: ${previous.detail}`,
                };
                break;
            }
            looks++;
            if (last.state !== 'pending')
                break;
            const pause = Math.min(last.retryAfterMs ?? intervalMs, this.left());
            if (pause <= 0) {
                last = {
                    state: 'failed',
                    detail: `still not ${options.until ?? 'done'} when '${this.budget}' ran out: ${last.detail}`,
                };
                break;
            }
            await this.pause(pause, `waiting for ${label}`);
            // The pause ran to the deadline: the last look is the answer (no look can start now).
            if (this.left() <= 0) {
                last = {
                    state: 'failed',
                    detail: `still not ${options.until ?? 'done'} when '${this.budget}' ran out: ${last.detail}`,
                };
                break;
            }
        }
        const ok = last.state === 'done';
        this.record({
            kind: 'wait',
            label,
            why: would,
            result: ok ? 'done' : 'failed',
            attempts: looks,
            durationMs: this.deps.clock.now() - started,
            detail: last.detail,
        });
        this.items.push({ kind: 'check', label, value: last.detail, ok });
        return { ok, planned: false, detail: last.detail };
    }
    /** A gate (probe, check): run once within the deadline; plan mode: described, taken as passed. */
    async gate(label, would, check) {
        const started = this.deps.clock.now();
        if (this.planning)
            return this.wouldCheck('gate', label, would);
        this.throwIfCancelled(`checking ${label}`);
        const result = await check(this.call());
        this.record({
            kind: 'gate',
            label,
            why: would,
            result: result.passed ? 'done' : 'failed',
            attempts: 1,
            durationMs: this.deps.clock.now() - started,
            detail: result.detail,
        });
        this.items.push({ kind: 'check', label, value: result.detail, ok: result.passed });
        return { ok: result.passed, planned: false, detail: result.detail };
    }
    /** A pause the strategy asks for (between batches): bounded by the deadline, cancellable. */
    async hold(label, ms) {
        if (this.planning || ms <= 0)
            return;
        if (ms >= this.left())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('terminal', `the rollout ran out of '${this.budget}' before ${label}`);
        await this.pause(ms, label);
    }
    /** A fact or action for the summary, in the order it happened. */
    note(item) {
        this.items.push(item);
    }
    /** The summary items that are not planned writes (plan mode lists those separately). */
    get facts() {
        return this.items.filter((i) => !i.write);
    }
    /** The planned writes so far (plan mode). */
    get plannedWrites() {
        return this.journal.flatMap((e) => (e.write && e.result === 'planned' ? [e.write] : []));
    }
    get budget() {
        return this.options.budgetName ?? 'deploy-timeout';
    }
    wouldCheck(kind, label, would) {
        this.record({ kind, label, why: would, result: 'planned', attempts: 0, durationMs: 0 });
        this.items.push({ kind: 'fact', label: 'would check', value: would });
        return { ok: true, planned: true, detail: would };
    }
    get attempts() {
        const { clock, sleep, signal, deadline, log } = this.deps;
        return {
            clock,
            sleep,
            signal,
            deadlineAt: this.deadlineAt,
            budget: this.budget,
            baseMs: this.options.retryBaseMs,
            log,
            ...(deadline ? { deadline } : {}),
        };
    }
    /** Runs `fn` with the shared retry loop; `onGiveUp` turns its last failure into the error thrown. */
    async attempt(what, fn, onGiveUp) {
        try {
            return await (0,_attempt_js__WEBPACK_IMPORTED_MODULE_1__/* .attempt */ .CD)(this.attempts, what, fn);
        }
        catch (err) {
            if (!(err instanceof _attempt_js__WEBPACK_IMPORTED_MODULE_1__/* .GaveUp */ .TL))
                throw err;
            throw onGiveUp(err.error, err.attempts) ?? err.error;
        }
    }
    fail(kind, label, why, err, attempts, started, write) {
        const detail = errorText(err);
        const entry = {
            kind,
            label,
            why,
            write,
            result: 'failed',
            attempts,
            durationMs: this.deps.clock.now() - started,
            detail,
        };
        this.record(entry);
        const tries = attempts > 1 ? ` (${attempts} attempts within '${this.budget}')` : '';
        return new StepFailedError(`${detail}${tries}`, entry, err);
    }
    record(entry) {
        this.journal.push(entry);
    }
    throwIfCancelled(what) {
        if (this.deps.signal.aborted)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc(`the run was cancelled while ${what}`);
    }
    async pause(ms, what) {
        await (0,_attempt_js__WEBPACK_IMPORTED_MODULE_1__/* .pause */ .v7)(this.deps, Math.max(1, ms), what);
    }
}
const describeWrite = (w) => `${w.operation} ${w.resource}`;
const errorText = (err) => (err instanceof Error ? err.message : String(err));


/***/ }),

/***/ 55797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _x: () => (/* binding */ revertContext),
/* harmony export */   lL: () => (/* binding */ executorFor)
/* harmony export */ });
/* unused harmony export REVERT_MIN_MS */
/* harmony import */ var _executor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69352);

function executorFor(ctx, options) {
    const { clock, sleep, host, deadline } = ctx.deps;
    return new _executor_js__WEBPACK_IMPORTED_MODULE_0__/* .RolloutExecutor */ .F({ clock, sleep, log: host, signal: ctx.signal, ...(deadline ? { deadline } : {}) }, {
        planning: options.planning ?? ctx.settings.dryRun,
        timeoutMs: options.timeoutMs ?? ctx.settings.deploy.timeoutMs,
        budgetName: options.budgetName ?? 'deploy-timeout',
        retryBaseMs: Math.min(options.retryBaseMs, 5_000),
    });
}
/**
 * The least budget a revert gets, whatever 'deploy-timeout' is: a revert that runs out of time
 * leaves production on the failed release, so it is given room to ride out Azure's throttling
 * even after a short deploy budget was spent on the failure.
 */
const REVERT_MIN_MS = 10 * 60_000;
/** The context a revert (rollback) runs in: its own budget of at least REVERT_MIN_MS. */
function revertContext(ctx) {
    const deploy = ctx.settings.deploy;
    if (deploy.timeoutMs >= REVERT_MIN_MS)
        return ctx;
    return { ...ctx, settings: { ...ctx.settings, deploy: { ...deploy, timeoutMs: REVERT_MIN_MS } } };
}


/***/ }),

/***/ 84639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   r3: () => (/* binding */ isRetryable)
/* harmony export */ });
/* unused harmony export MAX_BACKOFF_MS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * Which failures a step retries, and how long it waits before the next attempt. Ports classify
 * Azure's answers where they arise (src/azure/errors.ts): 'transient' covers 429, 5xx, resets,
 * another operation in progress and a stale ETag (the write re-reads before trying again).
 */

/** Longest pause between two attempts when Azure does not say (Retry-After wins when it does). */
const MAX_BACKOFF_MS = 60_000;
function isRetryable(err) {
    return err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ && err.kind === 'transient';
}
/**
 * Exponential backoff from `baseMs` (attempt 1 → base, 2 → 2×base, …, capped), or Azure's
 * Retry-After when the failure carries one.
 */
function backoffMs(err, attempt, baseMs) {
    const asked = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ ? err.retryAfterMs : undefined;
    if (asked !== undefined && asked >= 0)
        return asked;
    const base = Math.max(1, baseMs);
    return Math.min(MAX_BACKOFF_MS, base * 2 ** Math.min(attempt - 1, 16));
}


/***/ })

};
