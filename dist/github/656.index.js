export const id = 656;
export const ids = [656];
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
