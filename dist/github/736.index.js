export const id = 736;
export const ids = [736];
export const modules = {

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

/***/ 39307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ isOurs),
/* harmony export */   pC: () => (/* binding */ deploymentName)
/* harmony export */ });
/* unused harmony export DEPLOYMENT_PREFIX */
const DEPLOYMENT_PREFIX = 'immutable-deploy-';
const MAX_NAME = 64;
const names = new WeakMap();
/** This run's deployment name for a deploy or (rollback) its revert. */
function deploymentName(ctx, rollback = false) {
    const key = ctx.settings.deploy.template;
    let byPurpose = names.get(key);
    if (!byPurpose)
        names.set(key, (byPurpose = new Map()));
    const purpose = rollback ? 'rb' : 'deploy';
    let name = byPurpose.get(purpose);
    if (!name)
        byPurpose.set(purpose, (name = newName(ctx, rollback)));
    return name;
}
function newName(ctx, rollback) {
    const run = ctx.deps.run;
    const runPart = safe(run?.runId ?? (run?.runNumber !== undefined ? String(run.runNumber) : 'local')).slice(0, 24);
    const id = safe(ctx.deps.newId?.() ?? ctx.deps.clock.now().toString(36)).slice(0, 8);
    const name = `${DEPLOYMENT_PREFIX}${runPart}-${id}${rollback ? '-rb' : ''}`;
    return name.slice(0, MAX_NAME);
}
/** Only the characters Azure allows in a deployment name (others become '-'); never ending in '.'. */
const safe = (s) => s.replace(/[^-\w.()]/g, '-').replace(/\.+$/, '');
/** Whether a deployment in the group's history is one this engine made. */
const isOurs = (name) => name.startsWith(DEPLOYMENT_PREFIX);


/***/ }),

/***/ 25479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ deployTemplate)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
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
var deployment_name = __webpack_require__(39307);
// EXTERNAL MODULE: ./src/core/deploy/template/resolve.ts + 1 modules
var resolve = __webpack_require__(95008);
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

/***/ 95008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ resolveTemplate)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/deploy/template/check.ts
var check = __webpack_require__(51038);
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
/**
 * The deadline signal behind each combined call signal. `AbortSignal.any` holds its sources only
 * weakly, and a timer-backed signal (`AbortSignal.timeout`) is itself only weakly held by its timer:
 * once a garbage collection runs, nothing keeps the deadline's signal, its timer finds it gone, and
 * the call's signal never aborts (a Node.js defect). The call then ran until the port's own bound
 * (`timeoutMs`, real milliseconds): far past the deadline when engine time runs faster than real
 * time. Held here for as long as the combined signal is reachable (whoever waits on it).
 */
const deadlineOf = new WeakMap();
/** Options for one call: the run's signal (and the deadline's) and what is left of the budget. */
function callOptions(c) {
    const timeoutMs = Math.max(1, left(c));
    if (!c.deadline)
        return { signal: c.signal, timeoutMs };
    const deadline = c.deadline(timeoutMs);
    const signal = AbortSignal.any([c.signal, deadline]);
    deadlineOf.set(signal, deadline);
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
