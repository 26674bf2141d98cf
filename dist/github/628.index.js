export const id = 628;
export const ids = [628];
export const modules = {

/***/ 39628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VD: () => (/* reexport */ prepare_direct/* bugStack */.VD),
  gJ: () => (/* reexport */ prepare_direct/* errorMessage */.gJ),
  prepareStep: () => (/* binding */ prepareStep)
});

// UNUSED EXPORTS: readInputs

// EXTERNAL MODULE: ./src/core/settings/parse.ts
var settings_parse = __webpack_require__(24514);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/settings/errors.ts
var errors = __webpack_require__(63794);
// EXTERNAL MODULE: ./src/core/settings/table.ts
var table = __webpack_require__(93937);
// EXTERNAL MODULE: ./src/core/settings/values.ts
var settings_values = __webpack_require__(45467);
// EXTERNAL MODULE: ./src/adapters/shared/text-file.ts
var text_file = __webpack_require__(7056);
;// CONCATENATED MODULE: ./src/adapters/shared/config-file.ts
/**
 * The optional YAML `config` file: kebab-case keys are input names; inputs given directly
 * override it. Values become the strings an input would hold:
 * - scalars as text;
 * - lists of scalars newline-joined (one per line, as multi-line inputs take them);
 * - maps, and lists holding maps or lists (e.g. `probes`), as JSON text, which every YAML/JSON
 *   input parser reads.
 *
 * A path to anything else (a directory, a device, a huge or binary file, a PEM, /etc/passwd) is
 * refused naming the path and what was expected, never its content: the file may hold secrets.
 */






const EXPECTED = 'expected a YAML mapping of input names to values (the content is not shown)';
/** Keys shown in messages must look like input names; anything else may be content. */
const NAME_LIKE = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
function loadConfigFile(path, namer) {
    const bad = (message) => {
        throw new errors/* SettingsError */.G([{ input: 'config', message }], namer);
    };
    const file = (0,text_file/* readTextFile */.G)(path);
    if (!file.ok)
        return bad(`cannot read '${path}': ${file.reason}; ${EXPECTED}`);
    let doc;
    try {
        doc = (0,dist.parse)(file.text);
    }
    catch (err) {
        const at = err.linePos?.[0];
        return bad(`'${path}' is not valid YAML${at ? ` (line ${at.line}, column ${at.col})` : ''}; ${EXPECTED}`);
    }
    if (doc === null || doc === undefined)
        return new Map();
    if (typeof doc !== 'object' || Array.isArray(doc))
        return bad(`'${path}' holds a YAML ${kindOf(doc)}, not a mapping; ${EXPECTED}`);
    return configValues(path, doc, bad, namer);
}
function configValues(path, doc, bad, namer) {
    const known = table/* INPUTS */.mc.map((i) => i.name).filter((n) => n !== 'config');
    const keys = Object.keys(doc);
    // A map none of whose keys is an input, or a near miss of one, is some other file: its keys are content.
    const nameLike = (k) => known.includes(k) || (NAME_LIKE.test(k) && (0,settings_values/* didYouMean */.au)(k, known) !== '');
    if (keys.length > 0 && !keys.some(nameLike)) {
        return bad(`'${path}' names no input among its ${keys.length} key(s); ${EXPECTED.replace('input names', "input names (e.g. 'stages')")}`);
    }
    const values = new Map();
    const problems = [];
    for (const [key, value] of Object.entries(doc)) {
        if (key === 'config') {
            problems.push({ input: 'config', message: `'${path}' sets 'config'; a config file cannot name another one` });
        }
        else if (!known.includes(key))
            problems.push({ input: 'config', message: unknownKey(path, key, known) });
        else {
            const text = asInputText(value);
            if (text !== undefined)
                values.set(key, text);
        }
    }
    if (problems.length > 0)
        throw new errors/* SettingsError */.G(problems, namer);
    return values;
}
function unknownKey(path, key, known) {
    if (!NAME_LIKE.test(key))
        return `'${path}' has a key that is not an input name (not shown); ${EXPECTED}`;
    return `'${path}' has key '${key}', which is not an input${(0,settings_values/* didYouMean */.au)(key, known)}`;
}
const kindOf = (v) => (Array.isArray(v) ? 'list' : typeof v === 'string' ? 'text' : typeof v);
function asInputText(value) {
    if (value === null || value === undefined)
        return undefined;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    if (value instanceof Date)
        return value.toISOString().slice(0, 10);
    if (Array.isArray(value) && value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) {
        return value
            .filter((v) => v !== null)
            .map(String)
            .join('\n');
    }
    return JSON.stringify(value);
}

// EXTERNAL MODULE: ./src/core/fleet/parse.ts
var parse = __webpack_require__(34827);
;// CONCATENATED MODULE: ./src/adapters/shared/fleet-file.ts
/**
 * Reads a fleet file (YAML) for the core's fleet parser: `fleet` commands and a one-target run
 * (`fleet-file` + `fleet-target`). Problems name the path, never the content (it may hold secrets).
 */



/** The fleet file's YAML document; throws FleetFileError when it cannot be read or is not YAML. */
function loadFleetDocument(path) {
    const file = (0,text_file/* readTextFile */.G)(path);
    const bad = (message) => {
        throw new parse/* FleetFileError */.HL([{ path: '(file)', message }]);
    };
    if (!file.ok)
        return bad(`cannot read '${path}': ${file.reason}`);
    try {
        return (0,dist.parse)(file.text);
    }
    catch (err) {
        const at = err.linePos?.[0];
        return bad(`'${path}' is not valid YAML${at ? ` (line ${at.line}, column ${at.col})` : ''} (the content is not shown)`);
    }
}

// EXTERNAL MODULE: ./src/core/fleet/one-target.ts + 2 modules
var one_target = __webpack_require__(96087);
// EXTERNAL MODULE: ./src/adapters/shared/prepare-direct.ts
var prepare_direct = __webpack_require__(31653);
;// CONCATENATED MODULE: ./src/adapters/shared/prepare.ts
/**
 * The first half of a step, shared by all three adapters: read the inputs (optional config file
 * underneath the direct inputs, or one target of a fleet file), register every secret, parse them
 * into settings. Nothing runs and nothing is written.
 *
 * Inputs given directly need nothing from here: `prepare-direct.ts` parses them alone, and the
 * GitHub entry loads this module only when an input names a config or fleet file
 * (docs/decisions/0003-github-bundle-startup.md).
 */






/**
 * Reads the inputs: direct inputs first, then the config file. Every secret input's raw value is
 * registered with the host before anything else happens, so even a parse failure cannot leak it.
 * Throws SettingsError on bad input.
 */
function readInputs(options) {
    const { read, namer } = options;
    (0,prepare_direct/* registerSecrets */.dg)(options, read);
    const configPath = read('config');
    if (!(0,prepare_direct/* given */.gI)(configPath))
        return read;
    const file = loadConfigFile(configPath.trim(), namer);
    (0,prepare_direct/* registerSecrets */.dg)(options, (name) => file.get(name));
    return (name) => {
        const direct = read(name);
        return (0,prepare_direct/* given */.gI)(direct) ? direct : file.get(name);
    };
}
/** Reads and parses the inputs; nothing runs and nothing is written. Throws SettingsError on bad input. */
function prepareStep(options) {
    const parse = (0,prepare_direct/* parseOptionsFor */.pE)(options);
    const read = readInputs(options);
    // One target of a fleet (a matrix job of a fleet fanned out on CI jobs): its inputs come from the file.
    if ((0,one_target/* wantsFleetTarget */.XB)(read))
        return (0,one_target/* oneTargetSettings */.Z7)(read, { ...parse, loadFleet: loadFleetDocument });
    return (0,settings_parse/* parseSettings */.P)(read, parse);
}


/***/ }),

/***/ 96087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z7: () => (/* binding */ oneTargetSettings),
  Z$: () => (/* binding */ refusedTargetRun),
  XB: () => (/* binding */ wantsFleetTarget)
});

// UNUSED EXPORTS: STEP_INPUTS

// EXTERNAL MODULE: ./src/core/settings/errors.ts
var errors = __webpack_require__(63794);
// EXTERNAL MODULE: ./src/core/settings/parse.ts
var parse = __webpack_require__(24514);
// EXTERNAL MODULE: ./src/core/settings/table.ts
var table = __webpack_require__(93937);
// EXTERNAL MODULE: ./src/core/settings/values.ts
var values = __webpack_require__(45467);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/fleet/parse.ts
var fleet_parse = __webpack_require__(34827);
;// CONCATENATED MODULE: ./src/core/fleet/gallery.ts


const HALT_TAG_PREFIX = 'immutable-deploy.fleet-halt.';
const haltTag = (fleet) => `${HALT_TAG_PREFIX}${fleet}`;
/** Azure tag values hold at most 256 characters. */
const TAG_VALUE_MAX = 256;
/** The gallery image version an 'image-id' names, or undefined for anything else. */
function gallery_versionRef(imageId) {
    const m = imageId?.match(/^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)\/images\/([^/]+)\/versions\/([^/]+)$/i);
    return m ? { resourceGroup: m[1], gallery: m[2], definition: m[3], version: m[4] } : undefined;
}
/** The halt marker this fleet left on the version, if any. */
async function readHalt(gallery, ref, fleet, options) {
    const version = await gallery.getVersion(ref, options);
    if (!version)
        throw new core_errors/* EngineError */.NJ('terminal', `the image version ${ref.definition}/${ref.version} does not exist in gallery ${ref.gallery}`);
    return version.tags[haltTag(fleet)];
}
async function writeHalt(gallery, ref, fleet, reason, options) {
    const value = reason.length > TAG_VALUE_MAX ? `${reason.slice(0, TAG_VALUE_MAX - 3)}...` : reason;
    await gallery.tagVersion(ref, { [haltTag(fleet)]: value }, options);
}
/** The call's result, or undefined after a transient failure (logged); other errors are thrown. */
async function transientAsUndefined(call, log) {
    try {
        return await call();
    }
    catch (err) {
        if (!(err instanceof core_errors/* EngineError */.NJ) || err.kind !== 'transient')
            throw err;
        log(`${err.message} (trying again)`);
        return undefined;
    }
}
/**
 * Runs a gallery call, trying it again after a transient failure (throttling, a server error, a
 * timeout) up to `attempts` times with a growing pause on the engine's clock.
 */
async function withRetries(call, deps, attempts = 4) {
    for (let attempt = 1;; attempt++) {
        try {
            return await call();
        }
        catch (err) {
            if (!(err instanceof core_errors/* EngineError */.NJ) || err.kind !== 'transient' || attempt >= attempts)
                throw err;
            deps.log(`${err.message} (trying again)`);
            await deps.sleep(2_000 * 2 ** (attempt - 1), deps.signal);
        }
    }
}
/**
 * Waits until the version is replicated (Completed) to every region, reading its replication
 * status (`$expand=ReplicationStatus`) until `timeoutMs` passes on the engine's clock. A region
 * whose replication failed ends the wait at once. A version created without replication tracking
 * (no per-region status at all) counts its listed target regions as replicated. The version's
 * own provisioning must have succeeded too: while Azure is still creating or updating it, a deploy
 * refuses it (src/core/deploy/gallery-image.ts), so the wave waits for that as well.
 */
async function waitForReplication(w, ref, regions, timeoutMs) {
    const wanted = [...new Set(regions.map(fleet_parse/* normalizeRegion */.wh))];
    const until = w.clock.now() + timeoutMs;
    let told = '';
    for (;;) {
        const options = { timeoutMs: w.callTimeoutMs, signal: w.signal };
        const read = await transientAsUndefined(async () => {
            const status = await w.gallery.replicationStatus(ref, options);
            const version = status.regions.length === 0 ? await w.gallery.getVersion(ref, options) : undefined;
            return { status, version };
        }, w.log);
        if (!read) {
            // A throttled or failed read is tried again at the next poll, within the same timeout.
            if (w.clock.now() >= until)
                return {
                    ok: false,
                    reason: `the replication status of ${ref.version} could not be read within 'replication-timeout'`,
                };
            await w.sleep(Math.min(10_000, until - w.clock.now()), w.signal);
            continue;
        }
        const { status, version } = read;
        const listed = status.regions.length === 0 ? new Set(version?.targetRegions.map((r) => (0,fleet_parse/* normalizeRegion */.wh)(r.name))) : undefined;
        const stateOf = (region) => listed
            ? listed.has(region)
                ? 'Completed'
                : 'absent'
            : (status.regions.find((r) => (0,fleet_parse/* normalizeRegion */.wh)(r.region) === region)?.state ?? 'absent');
        const failed = wanted.filter((r) => stateOf(r) === 'Failed');
        if (failed.length > 0)
            return { ok: false, reason: `replication of ${ref.version} to ${failed.join(', ')} failed` };
        const provisioning = status.provisioningState ?? 'Succeeded';
        if (/^failed$/i.test(provisioning))
            return { ok: false, reason: `publishing ${ref.version} failed` };
        const pending = wanted.filter((r) => stateOf(r) !== 'Completed');
        const settled = /^succeeded$/i.test(provisioning);
        if (pending.length === 0 && settled)
            return { ok: true };
        const now = w.clock.now();
        if (now >= until) {
            const what = pending.length > 0 ? `replicated to ${pending.join(', ')}` : `published (it is ${provisioning})`;
            return { ok: false, reason: `${ref.version} was not ${what} within 'replication-timeout'` };
        }
        const line = pending.length > 0
            ? `waiting for ${ref.version} to replicate to ${pending.map((r) => `${r} (${stateOf(r)})`).join(', ')}`
            : `waiting for ${ref.version} to finish publishing (it is ${provisioning})`;
        if (line !== told)
            w.log(line);
        told = line;
        await w.sleep(Math.min(Math.max(status.pollAfterMs, 1_000), until - now), w.signal);
    }
}

// EXTERNAL MODULE: ./src/core/deploy/record.ts
var record = __webpack_require__(570);
// EXTERNAL MODULE: ./src/core/deploy/registry.ts + 5 modules
var registry = __webpack_require__(53129);
// EXTERNAL MODULE: ./src/core/lock/lock.ts + 4 modules
var lock = __webpack_require__(93491);
;// CONCATENATED MODULE: ./src/core/fleet/target-record.ts





/** Whether the target deploys the gallery image version (and so waits for its replication). */
const takesImage = (target) => (0,registry/* descriptorOf */.nb)(target.settings.deploy.strategy).artifact === 'gallery-image';
/** The version the target's release record holds once the fleet released it. */
function releaseVersion(target) {
    const d = target.settings.deploy;
    if (takesImage(target))
        return versionRef(target.settings.publish.imageId)?.version;
    if (d.containerImage)
        return versionOf({ containerImage: d.containerImage });
    return d.packageUrl ? versionOf({ packageUrl: d.packageUrl }) : undefined;
}
function standingOf(record, version) {
    if (!record || !version)
        return 'off';
    if (record.current === version)
        return 'on';
    // A run set out to make the version live and has not finished (failed, cancelled, a paused canary).
    return record.target === version ? 'unfinished' : 'off';
}
/** The target's release record; undefined when the target (or its record holder) does not exist. One GET. */
async function readTargetRecord(leases, target, options) {
    const holder = lockTarget(target.settings);
    if (!holder)
        return undefined;
    const state = await leases.read(holder, options);
    return state ? recordFromTags(state.tags) : undefined;
}
/** In words, for the summary: what the record says the target runs. */
const describeRecord = (record) => record?.current ? `runs ${record.current}` : 'has no release record';
const messageOf = (err) => (err instanceof Error ? err.message : String(err));

// EXTERNAL MODULE: ./src/core/fleet/types.ts
var types = __webpack_require__(98189);
;// CONCATENATED MODULE: ./src/core/fleet/one-target.ts








/** Inputs a one-target run takes from the step, on top of the fleet file's. */
const STEP_INPUTS = [
    'azure-subscription',
    'auth',
    'client-id',
    'tenant-id',
    'client-secret',
    'access-token',
    'cloud',
    'arm-endpoint',
    'ca-file',
    'image-id',
    'dry-run',
    'record-file',
];
const FLEET_INPUTS = ['fleet-file', 'fleet-target'];
/**
 * Taken from the step only where the file's target has none: Azure DevOps fills it from the
 * service connection, while a fleet may span subscriptions.
 */
const FILE_FIRST = ['subscription-id'];
const given = (v) => v !== undefined && v.trim() !== '';
/** Runners pass an input's default when it is not given: only another value is the user's choice. */
const chosen = (name, v) => given(v) && v.trim() !== (0,table/* findInput */.cu)(name)?.default;
/** Whether the step's inputs ask for one target of a fleet. */
const wantsFleetTarget = (read) => FLEET_INPUTS.some((n) => given(read(n)));
/** The settings of the one target `fleet-target` names, from the fleet `fleet-file` names. */
function oneTargetSettings(read, options) {
    const file = read('fleet-file')?.trim();
    const name = read('fleet-target')?.trim();
    const problems = conflicts(read);
    if (!file)
        problems.push({ input: 'fleet-file', message: "is required with 'fleet-target': the fleet file's path" });
    if (!name)
        problems.push({ input: 'fleet-target', message: "is required with 'fleet-file': the target to release" });
    if (problems.length > 0)
        throw new errors/* SettingsError */.G(problems, options.namer);
    const fleet = (0,fleet_parse/* parseFleet */.I9)(options.loadFleet(file), options);
    const waves = fleet.waves.map((wave) => ({ wave, target: wave.targets.find((t) => t.name === name) }));
    const found = waves.find((w) => w.target);
    if (!found?.target) {
        const names = fleet.waves.flatMap((w) => w.targets.map((t) => t.name));
        throw new errors/* SettingsError */.G([
            {
                input: 'fleet-target',
                message: `'${name}' is not a target of fleet '${fleet.name}'${(0,values/* didYouMean */.au)(name, names)}`,
            },
        ], options.namer);
    }
    const target = found.target;
    const fromStep = (n) => (STEP_INPUTS.includes(n) || (FILE_FIRST.includes(n) && !target.inputs.has(n))) && chosen(n, read(n))
        ? read(n)
        : undefined;
    const settings = (0,parse/* parseSettings */.P)((n) => (n === 'stages' ? types/* TARGET_STAGES */.m.join(',') : (fromStep(n) ?? target.inputs.get(n))), {
        ...options,
        namer: (n) => fromStep(n) !== undefined ? options.namer(n) : `${options.namer('fleet-file')} ${target.path}.${n}`,
    });
    // The halt marker's home: the version the step releases, or the fleet's (its first image target's).
    const imageId = fromStep('image-id') ?? fleetImageId(fleet);
    if (!imageId || !gallery_versionRef(imageId))
        throw new errors/* SettingsError */.G([
            {
                input: 'image-id',
                message: 'is required for a fleet target: a gallery image version (its halt marker is read there)',
            },
        ], options.namer);
    const fleetOf = {
        fleet: fleet.name,
        target: target.name,
        wave: found.wave.index + 1,
        path: target.path,
        imageId,
        ...(takesImage(target)
            ? { awaitReplication: { region: target.region, timeoutMs: fleet.replicationTimeoutMs } }
            : {}),
    };
    return { ...settings, fleet: fleetOf };
}
/** The fleet's image version, as `fleet run` reads it: the 'image-id' of its first image target. */
function fleetImageId(fleet) {
    const targets = fleet.waves.flatMap((w) => w.targets);
    return targets.find((t) => takesImage(t) && gallery_versionRef(t.settings.publish.imageId))?.settings.publish.imageId;
}
/** Inputs given to the step that the fleet file decides: each one a problem. */
function conflicts(read) {
    const problems = [];
    for (const def of table/* INPUTS */.mc) {
        if ([...STEP_INPUTS, ...FLEET_INPUTS, ...FILE_FIRST].includes(def.name))
            continue;
        const value = read(def.name);
        if (!chosen(def.name, value))
            continue;
        if (def.name === 'stages' && value.replace(/\s/g, '') === types/* TARGET_STAGES */.m.join(','))
            continue;
        problems.push({
            input: def.name,
            message: `is decided by the fleet file for 'fleet-target'; remove it (a fleet target takes only sign-in inputs, image-id, dry-run and record-file besides the file)`,
        });
    }
    return problems;
}
/**
 * A fleet target's run refused before anything is deployed, or undefined when it may go ahead:
 * its fleet is halted for this version (the marker read with retries on transient failures), or
 * the version is not replicated to the target's region within the fleet's 'replication-timeout'
 * (the run waits for it first, as `fleet run` holds a wave).
 */
async function refusedTargetRun(settings, deps) {
    const membership = settings.fleet;
    const ref = gallery_versionRef(membership?.imageId);
    if (!membership || !ref)
        return undefined;
    const startedAt = deps.clock.now();
    const gallery = await deps.gallery();
    const callTimeoutMs = 120_000;
    const marker = await withRetries(() => readHalt(gallery, ref, membership.fleet, { timeoutMs: callTimeoutMs, signal: deps.signal }), deps);
    const refused = (message) => ({
        status: 'failed',
        outputs: {},
        stages: [],
        warnings: [],
        error: { kind: 'input', message },
        startedAt,
        durationMs: deps.clock.now() - startedAt,
        dryRun: settings.dryRun,
    });
    if (marker !== undefined)
        return refused(`fleet '${membership.fleet}' was halted for ${ref.version}: ${marker}; target ${membership.target} was not deployed (remove the tag '${haltTag(membership.fleet)}' from the image version to continue)`);
    const wait = membership.awaitReplication;
    // A plan reads what is there now: it does not wait for replication.
    if (!wait || settings.dryRun)
        return undefined;
    const replicated = await waitForReplication({ ...deps, gallery, callTimeoutMs }, ref, [wait.region], wait.timeoutMs);
    return replicated.ok ? undefined : refused(`${replicated.reason}; target ${membership.target} was not deployed`);
}


/***/ }),

/***/ 34827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HL: () => (/* binding */ FleetFileError),
/* harmony export */   I9: () => (/* binding */ parseFleet),
/* harmony export */   wh: () => (/* binding */ normalizeRegion)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _deploy_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53129);
/* harmony import */ var _lock_lock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93491);
/* harmony import */ var _settings_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24514);
/* harmony import */ var _settings_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63794);
/* harmony import */ var _settings_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93937);
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(45467);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(98189);
/**
 * Reads a fleet file's document (already parsed from YAML by the adapter) into a Fleet. Each
 * target's inputs are the shared `inputs` with the target's own on top, parsed by the same
 * settings parser as the action's inputs, so every target gets the same validation. Every problem
 * is reported at once, naming its path in the file (`waves[1].targets[2].scale-set`), before
 * anything runs; values are shown only where the settings parser shows them (never the file).
 */








/** Inputs the fleet decides for every target: a fleet file may not set them. */
const FLEET_OWNED = ['stages', 'dry-run', 'config', 'record-file', 'fleet-file', 'fleet-target'];
const FLEET_KEYS = ['name', 'replication-timeout', 'on-failure', 'inputs', 'waves'];
const WAVE_KEYS = ['name', 'max-parallel', 'bake-time', 'failure-budget', 'on-failure', 'analysis', 'targets'];
const TARGET_KEYS = ['name', 'region'];
const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/;
const NAME_EXPECTED = 'expected letters, digits, - and _ (at most 63), starting with a letter or digit';
const DEFAULT_REPLICATION_TIMEOUT_MS = 60 * 60_000;
/** A fleet file that cannot run: every problem, each naming its path in the file. */
class FleetFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ {
    problems;
    constructor(problems) {
        super('input', formatFleetProblems(problems));
        this.problems = problems;
        this.name = 'FleetFileError';
    }
}
function formatFleetProblems(problems) {
    const lines = problems.map((p) => `fleet file '${p.path}': ${p.message}`);
    if (lines.length === 1)
        return lines[0];
    return `${lines.length} problems in the fleet file:\n${lines.map((l) => `  - ${l}`).join('\n')}`;
}
const isMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const kindOf = (v) => (Array.isArray(v) ? 'a list' : v === null ? 'empty' : `a ${typeof v}`);
class Collector {
    items = [];
    add(path, message) {
        // A bad shared input is found once per target: report it once.
        if (!this.items.some((i) => i.path === path && i.message === message))
            this.items.push({ path, message });
    }
    /** Keys of a map that are neither in `known` nor allowed by `also`: named when they look like names. */
    unknownKeys(path, map, known, also = () => false) {
        for (const key of Object.keys(map)) {
            if (known.includes(key) || also(key) || FLEET_OWNED.includes(key))
                continue; // fleet-owned: inputValues
            const shown = NAME.test(key) ? `'${key}'` : 'a key (not shown)';
            this.add(path, `has ${shown}, which is not a fleet setting or an input${NAME.test(key) ? (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_6__/* .didYouMean */ .au)(key, known) : ''}`);
        }
    }
}
/** What an input holds for a YAML value: the config file's rules (lists one per line, maps as JSON). */
function asInputText(value) {
    if (value === null || value === undefined)
        return undefined;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (value instanceof Date)
        return value.toISOString().slice(0, 10);
    if (Array.isArray(value) && value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)))
        return value
            .filter((v) => v !== null)
            .map(String)
            .join('\n');
    return JSON.stringify(value);
}
const isInput = (key) => (0,_settings_table_js__WEBPACK_IMPORTED_MODULE_5__/* .findInput */ .cu)(key) !== undefined && !FLEET_OWNED.includes(key);
function inputValues(c, path, map, extraKeys) {
    const values = new Map();
    for (const [key, value] of Object.entries(map)) {
        if (extraKeys.includes(key))
            continue;
        if (FLEET_OWNED.includes(key)) {
            c.add(`${path}${key}`, `is decided by the fleet (each target runs '${_types_js__WEBPACK_IMPORTED_MODULE_7__/* .TARGET_STAGES */ .m.join(',')}'); remove it`);
            continue;
        }
        if (!isInput(key))
            continue; // reported by unknownKeys
        const text = asInputText(value);
        if (text !== undefined)
            values.set(key, text);
    }
    return values;
}
function parseFleet(doc, options = {}) {
    const c = new Collector();
    if (!isMap(doc))
        throw new FleetFileError([
            { path: '(top)', message: `is ${kindOf(doc)}; expected a mapping with 'name', 'inputs' and 'waves'` },
        ]);
    c.unknownKeys('(top)', doc, FLEET_KEYS);
    const name = typeof doc['name'] === 'string' && NAME.test(doc['name']) ? doc['name'] : undefined;
    if (!name)
        c.add('name', `${doc['name'] === undefined ? 'is required' : 'is not a fleet name'}; ${NAME_EXPECTED}`);
    const timeout = scalar(doc['replication-timeout']);
    const p = new _settings_values_js__WEBPACK_IMPORTED_MODULE_6__/* .Problems */ .Zw();
    const replicationTimeoutMs = timeout === undefined ? DEFAULT_REPLICATION_TIMEOUT_MS : (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_6__/* .parseDuration */ .E9)(p, 'replication-timeout', timeout);
    const sharedDoc = doc['inputs'] ?? {};
    if (!isMap(sharedDoc))
        c.add('inputs', `is ${kindOf(sharedDoc)}; expected a mapping of input names to values`);
    const shared = isMap(sharedDoc) ? sharedDoc : {};
    c.unknownKeys('inputs', shared, [], isInput);
    const sharedInputs = inputValues(c, 'inputs.', shared, []);
    const onFailure = parseOnFailure(c, 'on-failure', doc['on-failure'], 'halt');
    const rawWaves = doc['waves'];
    if (!Array.isArray(rawWaves) || rawWaves.length === 0)
        c.add('waves', 'is required: a list of waves, each with targets');
    const waves = (Array.isArray(rawWaves) ? rawWaves : []).map((w, i) => parseWave(c, w, i, sharedInputs, options, onFailure));
    for (const problem of p.items)
        c.add(problem.input, problem.message);
    refuseDuplicates(c, waves);
    refuseSecondImage(c, waves);
    if (c.items.length > 0)
        throw new FleetFileError(c.items);
    return { name: name, replicationTimeoutMs: replicationTimeoutMs, waves };
}
/** 'on-failure' (the fleet's, or a wave's over it): 'halt' or 'rollback-wave'. */
function parseOnFailure(c, path, raw, fallback) {
    if (raw === undefined || raw === null)
        return fallback;
    const found = _types_js__WEBPACK_IMPORTED_MODULE_7__/* .ON_FAILURE */ .h.find((v) => v === raw);
    if (found)
        return found;
    const shown = typeof raw === 'string' && NAME.test(raw) ? `'${raw}'` : kindOf(raw);
    c.add(path, `${shown} is not a failure action; expected ${_types_js__WEBPACK_IMPORTED_MODULE_7__/* .ON_FAILURE */ .h.map((v) => `'${v}'`).join(' or ')}`);
    return fallback;
}
const scalar = (v) => v === undefined || v === null ? undefined : typeof v === 'object' ? JSON.stringify(v) : String(v);
function parseWave(c, raw, index, shared, options, onFailure) {
    const path = `waves[${index}]`;
    const w = isMap(raw) ? raw : {};
    if (!isMap(raw))
        c.add(path, `is ${kindOf(raw)}; expected a mapping with 'targets'`);
    c.unknownKeys(path, w, WAVE_KEYS);
    const p = new _settings_values_js__WEBPACK_IMPORTED_MODULE_6__/* .Problems */ .Zw();
    const number = (key, fallback, min, max) => {
        const v = scalar(w[key]);
        return v === undefined ? fallback : ((0,_settings_values_js__WEBPACK_IMPORTED_MODULE_6__/* .parseInteger */ .cG)(p, `${path}.${key}`, v, min, max) ?? fallback);
    };
    const bake = scalar(w['bake-time']);
    const wave = {
        name: typeof w['name'] === 'string' && w['name'].trim() ? w['name'].trim() : `wave ${index + 1}`,
        index,
        maxParallel: number('max-parallel', 1, 1, 100),
        failureBudget: number('failure-budget', 0, 0, 1000),
        bakeTimeMs: bake === undefined ? 0 : ((0,_settings_values_js__WEBPACK_IMPORTED_MODULE_6__/* .parseDuration */ .E9)(p, `${path}.bake-time`, bake) ?? 0),
        onFailure: parseOnFailure(c, `${path}.on-failure`, w['on-failure'], onFailure),
        ...(w['analysis'] !== undefined ? { analysis: asInputText(w['analysis']) } : {}),
    };
    for (const problem of p.items)
        c.add(problem.input, problem.message);
    const rawTargets = w['targets'];
    if (!Array.isArray(rawTargets) || rawTargets.length === 0)
        c.add(`${path}.targets`, 'is required: a list of targets, each with a name, a region and its inputs');
    const analysis = wave.analysis === undefined ? undefined : { text: wave.analysis, path: `${path}.analysis` };
    const targets = (Array.isArray(rawTargets) ? rawTargets : []).flatMap((t, j) => {
        const target = parseTarget(c, t, `${path}.targets[${j}]`, shared, options, analysis);
        return target ? [target] : [];
    });
    const names = new Set();
    for (const t of targets) {
        if (names.has(t.name))
            c.add(`${t.path}.name`, `'${t.name}' names another target of this wave; expected unique names`);
        names.add(t.name);
    }
    return { ...wave, targets };
}
function parseTarget(c, raw, path, shared, options, analysis) {
    if (!isMap(raw)) {
        c.add(path, `is ${kindOf(raw)}; expected a mapping with 'name', 'region' and the target's inputs`);
        return undefined;
    }
    c.unknownKeys(path, raw, TARGET_KEYS, isInput);
    const name = typeof raw['name'] === 'string' && NAME.test(raw['name']) ? raw['name'] : undefined;
    if (!name)
        c.add(`${path}.name`, `${raw['name'] === undefined ? 'is required' : 'is not a target name'}; ${NAME_EXPECTED}`);
    const region = typeof raw['region'] === 'string' && /^[A-Za-z0-9 ]{2,40}$/.test(raw['region']) ? raw['region'] : undefined;
    if (!region)
        c.add(`${path}.region`, `${raw['region'] === undefined ? 'is required' : 'is not an Azure region name'}; expected e.g. 'westeurope'`);
    const own = inputValues(c, `${path}.`, raw, TARGET_KEYS);
    const inputs = new Map([...shared, ...own]);
    const settings = settingsFor(c, inputs, own, path, { stages: _types_js__WEBPACK_IMPORTED_MODULE_7__/* .TARGET_STAGES */ .m.join(',') }, options);
    // The wave's gates: a verify run on the target after the bake, with the wave's 'analysis'.
    const gate = analysis
        ? settingsFor(c, inputs, own, path, { stages: 'verify', analysis: analysis.text }, options, analysis.path)
        : undefined;
    if (!name || !region || !settings || (analysis && !gate))
        return undefined;
    return { name, region: normalizeRegion(region), path, inputs, settings, ...(gate ? { gate } : {}) };
}
function settingsFor(c, inputs, own, path, fixed, options, analysisPath) {
    try {
        return (0,_settings_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSettings */ .P)((n) => fixed[n] ?? inputs.get(n), { ...options });
    }
    catch (err) {
        if (!(err instanceof _settings_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SettingsError */ .G))
            throw err;
        for (const problem of err.problems) {
            const base = problem.input.replace(/\[.*$/, '');
            const where = base === 'analysis' && analysisPath
                ? `${analysisPath}${problem.input.slice(base.length)}`
                : own.has(base)
                    ? `${path}.${problem.input}`
                    : shared(path, problem.input, inputs);
            c.add(where, problem.message);
        }
        return undefined;
    }
}
/** A problem with an input the target did not set: the shared input, or the target (a required one missing). */
const shared = (path, input, inputs) => inputs.has(input.replace(/\[.*$/, '')) ? `inputs.${input}` : `${path}.${input}`;
const normalizeRegion = (region) => region.replace(/\s+/g, '').toLowerCase();
/**
 * A fleet releases one image version: its replication and the halt marker are that version's. An
 * image target naming another 'image-id' is refused (App Service targets deploy their own artifact).
 */
function refuseSecondImage(c, waves) {
    let first;
    for (const target of waves.flatMap((w) => w.targets)) {
        if ((0,_deploy_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .descriptorOf */ .nb)(target.settings.deploy.strategy).artifact !== 'gallery-image')
            continue;
        const id = target.settings.publish.imageId;
        if (!first)
            first = target;
        else if ((id ?? '').toLowerCase() !== (first.settings.publish.imageId ?? '').toLowerCase())
            c.add(`${target.path}.image-id`, `names another image than ${first.path} does; expected one image version per fleet (a fleet per version)`);
    }
}
/** Two targets deploying one resource would race each other's releases: refused wherever they are. */
function refuseDuplicates(c, waves) {
    const seen = new Map();
    for (const target of waves.flatMap((w) => w.targets)) {
        const holder = (0,_lock_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .lockTarget */ .Nd)(target.settings);
        if (!holder)
            continue;
        const key = [target.settings.azure.subscriptionId ?? '', holder.kind, holder.resourceGroup, holder.name]
            .join('/')
            .toLowerCase();
        const first = seen.get(key);
        if (first)
            c.add(target.path, `deploys ${holder.kind} '${holder.resourceGroup}/${holder.name}', as ${first} does; expected each target once in a fleet`);
        else
            seen.set(key, target.path);
    }
}


/***/ }),

/***/ 98189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ ON_FAILURE),
/* harmony export */   m: () => (/* binding */ TARGET_STAGES)
/* harmony export */ });
/**
 * 'halt': the fleet stops, the wave's targets keep what their runs left; 'rollback-wave': it stops,
 * and the wave's targets on the version are rolled back.
 */
const ON_FAILURE = ['halt', 'rollback-wave'];
/** The stages one target's release runs. */
const TARGET_STAGES = ['deploy', 'verify'];


/***/ }),

/***/ 93491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fc: () => (/* binding */ DeployLock),
  lo: () => (/* binding */ LEASE_MARGIN_MS),
  ff: () => (/* reexport */ describeTarget),
  Nd: () => (/* binding */ lockTarget),
  bf: () => (/* reexport */ ownerOf),
  J3: () => (/* reexport */ uniquePart)
});

// UNUSED EXPORTS: CONFIRM_PAUSE_MS, MIN_CALL_MS, RENEW_TIMEOUT_MS, releaseHeldLock, settleLeaseWrite

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/lock/in-flight.ts
/** How long a cancelled run lets its lease write finish before aborting it (then it releases). */
const CANCEL_GRACE_MS = 10_000;
async function finishBeforeCancel(call, run, sleep, cancelled) {
    const own = new AbortController();
    const sent = call(own.signal);
    const settled = sent.then(() => 'done', () => 'done');
    if (!run.aborted) {
        let stop = () => undefined;
        const aborted = new Promise((resolve) => {
            stop = () => resolve('aborted');
            run.addEventListener('abort', stop, { once: true });
        });
        const first = await Promise.race([settled, aborted]);
        run.removeEventListener('abort', stop);
        if (first === 'done')
            return sent;
    }
    // Cancelled while the write is out: let it finish (bounded), then stop it.
    const graceOver = new AbortController();
    const grace = sleep(CANCEL_GRACE_MS, graceOver.signal).catch(() => undefined);
    await Promise.race([settled, grace]);
    graceOver.abort();
    own.abort();
    await settled;
    throw cancelled();
}

// EXTERNAL MODULE: ./src/core/deploy/record.ts
var record = __webpack_require__(570);
;// CONCATENATED MODULE: ./src/core/lock/lease.ts
/**
 * The deploy lock's lease, as one tag on the deploy target:
 * `immutable-deploy.lock = <owner>;<expiry ISO 8601>;<run URL>` (Azure: values up to 256 characters;
 * the run URL is clipped last). Pure: parsing, formatting, expiry.
 */

const LOCK_TAG = 'immutable-deploy.lock';
function formatLease(lease) {
    return (0,record/* clip */.$Q)(`${lease.owner};${new Date(lease.expiresAt).toISOString()};${lease.runUrl ?? ''}`);
}
/** The lease a tag value holds; undefined for an empty or unreadable value (treated as free). */
function parseLease(value) {
    if (!value)
        return undefined;
    const [owner = '', expiry = '', ...url] = value.split(';');
    const expiresAt = Date.parse(expiry);
    if (!owner || Number.isNaN(expiresAt))
        return undefined;
    const runUrl = url.join(';');
    return { owner, expiresAt, ...(runUrl ? { runUrl } : {}) };
}
/** The lease tag's value among `tags` (tag names are case-insensitive in Azure). */
function leaseTagValue(tags) {
    return Object.entries(tags).find(([k]) => k.toLowerCase() === LOCK_TAG)?.[1];
}
const describeHolder = (lease) => `run ${lease.owner}${lease.runUrl ? ` (${lease.runUrl})` : ''}`;

;// CONCATENATED MODULE: ./src/core/lock/release.ts

/** The bound on each Azure call of a release or a repair. */
const RELEASE_TIMEOUT_MS = 30_000;
/** A repair whose rewrite meets a changed target (HTTP 412) reads it again, this many times. */
const REPAIR_ATTEMPTS = 3;
const LABEL = {
    'scale-set': 'scale set',
    'load-balancer': 'load balancer',
    'web-app': 'web app',
    'resource-group': 'resource group',
};
const describeTarget = (t) => `${LABEL[t.kind]} '${t.name}'`;
const releaseCall = () => ({ signal: new AbortController().signal, timeoutMs: RELEASE_TIMEOUT_MS });
const messageOf = (err) => (err instanceof Error ? err.message : String(err));
/**
 * Releases a lease this run (or the main step of this job) holds: deletes the tag only while it
 * still holds `held.value`. Never throws; false (with a warning saying when it expires) when Azure
 * could not be reached.
 */
async function releaseHeldLock(port, held, deps) {
    try {
        await port.removeTagIfValue(held.target, LOCK_TAG, held.value, releaseCall());
        deps.log.info(`Deploy lock on ${describeTarget(held.target)} released.`);
        return true;
    }
    catch (err) {
        deps.warn(notReleased(held, err));
        return false;
    }
}
/**
 * After a lease write with an unknown outcome: removes the lease if it landed, and writes the
 * target again if the write left it in provisioning state Failed. Never throws.
 */
async function settleLeaseWrite(port, held, deps) {
    try {
        await port.removeTagIfValue(held.target, LOCK_TAG, held.value, releaseCall());
        deps.log.info(`The deploy lock write on ${describeTarget(held.target)} did not complete; its lease, if it landed, was removed.`);
    }
    catch (err) {
        deps.warn(notReleased(held, err));
    }
    try {
        await repairFailed(port, held.target);
    }
    catch (err) {
        deps.warn(`${describeTarget(held.target)} may be left in provisioning state Failed by the deploy lock's write and could not be written again (${messageOf(err)}); re-apply it (GET, then PUT it unchanged) before the next run`);
    }
}
/** Writes the target again, as it is, while it is in provisioning state Failed. */
async function repairFailed(port, target) {
    for (let attempt = 0; attempt < REPAIR_ATTEMPTS; attempt++) {
        const state = await port.read(target, releaseCall());
        if (!state?.failed)
            return;
        if (await port.rewrite(target, state, releaseCall()))
            return;
    }
    throw new Error(`it kept changing while being written (HTTP 412, ${REPAIR_ATTEMPTS} attempts)`);
}
function notReleased(held, err) {
    const lease = parseLease(held.value);
    const expiry = lease ? ` at ${new Date(lease.expiresAt).toISOString()}` : '';
    return `the deploy lock on ${describeTarget(held.target)} was not released (${messageOf(err)}); it expires with its lease${expiry}`;
}

// EXTERNAL MODULE: ./src/core/deploy/registry.ts + 5 modules
var registry = __webpack_require__(53129);
;// CONCATENATED MODULE: ./src/core/lock/owner.ts
/** Keeps a part readable and safe in the lease tag (';' separates the lease's fields). */
const part = (text, max = 40) => text
    .replace(/[^A-Za-z0-9._#-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max);
/**
 * This process's owner. `unique` is the random part (NewId); without a NewId port (tests on fakes)
 * the caller passes the run's start stamp instead, which is unique per millisecond only.
 */
function ownerOf(run, unique) {
    const parts = [
        part(run?.system ?? 'run', 24) || 'run',
        part(run?.runId ?? 'local') || 'local',
        ...(run?.job ? [part(run.job)] : []),
        ...(run?.attempt !== undefined ? [`a${run.attempt}`] : []),
        part(unique, 32),
    ];
    return parts.filter(Boolean).join('-');
}
/** The random part of an owner: from the NewId port, or the start stamp in base 36 without one. */
const uniquePart = (newId, startedAt) => newId?.() ?? startedAt.toString(36);

;// CONCATENATED MODULE: ./src/core/lock/lock.ts







/** Beyond deploy-timeout: room for verify and an automatic rollback before the lease expires. */
const LEASE_MARGIN_MS = 30 * 60_000;
/** Unguarded targets (web apps): how long to wait before reading a lease write back. */
const CONFIRM_PAUSE_MS = 2_000;
/** The least time each Azure call of an acquire gets, even when 'lock-timeout' is nearly over. */
const MIN_CALL_MS = 60_000;
/** The bound on each Azure call of a renewal. */
const RENEW_TIMEOUT_MS = 60_000;
/** The resource the lease lives on: where the release record lives for the strategy. Undefined without a target. */
function lockTarget(settings) {
    const d = settings.deploy;
    const resourceGroup = d.resourceGroup ?? settings.resourceGroup;
    if (!resourceGroup)
        return undefined;
    return (0,registry/* descriptorOf */.nb)(d.strategy).recordHolder(d, resourceGroup);
}
const isTransient = (err) => err instanceof errors/* EngineError */.NJ && err.kind === 'transient';
const iso = (ms) => new Date(ms).toISOString();
class DeployLock {
    port;
    target;
    owner;
    leaseMs;
    deps;
    /** The 'lock-timeout' of the acquire under way: it bounds every call of it. */
    budgetMs = 0;
    held;
    constructor(port, target, owner, leaseMs, deps) {
        this.port = port;
        this.target = target;
        this.owner = owner;
        this.leaseMs = leaseMs;
        this.deps = deps;
    }
    get heldLock() {
        return this.held ? { target: this.target, value: this.held.value } : undefined;
    }
    /** Takes the lease, waiting up to `timeoutMs` for another run's. Re-entrant: renews when half gone. */
    async acquire(timeoutMs, signal) {
        if (this.held)
            return this.renewIfDue(signal);
        const { clock, log } = this.deps;
        const deadline = clock.now() + timeoutMs;
        this.budgetMs = timeoutMs;
        let announced;
        for (;;) {
            if (signal.aborted)
                throw this.cancelled();
            const attempt = await this.attemptOrRetry(deadline, timeoutMs, signal);
            if (attempt.kind === 'absent') {
                // No target, nothing to guard: the stage reports the missing target in its own words.
                log.debug(`deploy lock: ${describeTarget(this.target)} does not exist; no lease taken`);
                return;
            }
            if (attempt.kind === 'taken')
                return this.announceTaken(attempt.previous);
            if (attempt.kind === 'raced')
                continue; // someone wrote in between (412, or the read-back showed another lease)
            if (clock.now() >= deadline)
                throw this.heldTooLong(attempt.lease, timeoutMs);
            if (announced !== attempt.lease.owner) {
                log.info(`Waiting for the deploy lock on ${describeTarget(this.target)}: held by ${describeHolder(attempt.lease)} until ${iso(attempt.lease.expiresAt)} (waiting up to 'lock-timeout').`);
                announced = attempt.lease.owner;
            }
            await this.pause(this.pollWait(deadline, attempt.lease.expiresAt), signal);
        }
    }
    /** Renews the lease once half of it has passed (between stages only). */
    async renewIfDue(signal) {
        if (!this.held)
            return;
        const now = this.deps.clock.now();
        if (now - this.held.acquiredAt < this.leaseMs / 2)
            return;
        const state = await this.port.read(this.target, { signal, timeoutMs: RENEW_TIMEOUT_MS });
        if (!state || leaseTagValue(state.tags) !== this.held.value) {
            const other = parseLease(leaseTagValue(state?.tags ?? {}));
            throw new errors/* EngineError */.NJ('terminal', `the deploy lock on ${describeTarget(this.target)} was lost${other ? ` to ${describeHolder(other)}` : ''} (this run's lease expired before it was renewed); stopping before any further write`);
        }
        if (!(await this.write(state, now, now + RENEW_TIMEOUT_MS, signal))) {
            throw new errors/* EngineError */.NJ('transient', `the deploy lock on ${describeTarget(this.target)} could not be renewed: the target changed while renewing; re-run`);
        }
    }
    /** Deletes the tag while it holds this run's lease. Never throws: a failed release warns (the lease expires). */
    async release() {
        const held = this.held;
        if (!held)
            return;
        this.held = undefined;
        const released = await releaseHeldLock(this.port, { target: this.target, value: held.value }, this.deps);
        // Not released: the adapter keeps it, so that the GitHub post step tries again.
        if (released)
            this.deps.onChange?.(undefined);
    }
    /** One attempt; a transient failure is retried after a poll interval until 'lock-timeout' is over. */
    async attemptOrRetry(deadline, timeoutMs, signal) {
        for (;;) {
            try {
                return await this.attempt(deadline, signal);
            }
            catch (err) {
                if (!isTransient(err) || signal.aborted)
                    throw err;
                if (this.deps.clock.now() >= deadline) {
                    throw new errors/* EngineError */.NJ('transient', `could not take the deploy lock on ${describeTarget(this.target)} within 'lock-timeout' (${Math.round(timeoutMs / 1000)}s): ${err.message}`, { cause: err });
                }
                this.deps.log.debug(`deploy lock: ${err.message}; trying again`);
                // Azure's Retry-After, when it sent one, but never past the deadline.
                const left = Math.max(1, deadline - this.deps.clock.now());
                await this.pause(Math.min(left, Math.max(this.pollWait(deadline), err.retryAfterMs ?? 0)), signal);
            }
        }
    }
    async attempt(deadline, signal) {
        const state = await this.port.read(this.target, { signal, timeoutMs: this.callTimeout(deadline) });
        if (!state)
            return { kind: 'absent' };
        const current = parseLease(leaseTagValue(state.tags));
        const now = this.deps.clock.now();
        if (current && current.owner !== this.owner && current.expiresAt > now)
            return { kind: 'held', lease: current };
        if (!(await this.write(state, now, deadline, signal)))
            return { kind: 'raced' };
        return { kind: 'taken', previous: current };
    }
    /**
     * Writes this run's lease. From the moment the write is sent the lease may be on the target:
     * every exit but "not written" (412) or "overwritten" (web apps) either holds it or settles it.
     */
    async write(state, now, deadline, signal) {
        const lease = {
            owner: this.owner,
            expiresAt: now + this.leaseMs,
            ...(this.deps.run?.runUrl ? { runUrl: this.deps.run.runUrl } : {}),
        };
        const value = formatLease(lease);
        const timeoutMs = this.callTimeout(deadline);
        this.deps.onChange?.({ target: this.target, value });
        try {
            const send = (s) => this.port.writeTag(this.target, state, LOCK_TAG, value, { signal: s, timeoutMs });
            const written = await finishBeforeCancel(send, signal, this.deps.sleep, () => this.cancelled());
            if (written && (await this.confirmed(value, signal, timeoutMs))) {
                this.held = { lease, value, acquiredAt: now };
                this.deps.onChange?.(this.heldLock);
                return true;
            }
        }
        catch (err) {
            await settleLeaseWrite(this.port, { target: this.target, value }, this.deps);
            this.deps.onChange?.(this.heldLock);
            throw err;
        }
        this.deps.onChange?.(this.heldLock);
        return false;
    }
    /**
     * Guarded kinds: the write itself decided. Web apps (no If-Match): a concurrent writer wins by
     * writing last; read back after a pause, and whoever's lease is there then holds the lock.
     */
    async confirmed(value, signal, timeoutMs) {
        if (this.port.guarded(this.target.kind))
            return true;
        await this.pause(CONFIRM_PAUSE_MS, signal);
        const after = await this.port.read(this.target, { signal, timeoutMs });
        return leaseTagValue(after?.tags ?? {}) === value;
    }
    announceTaken(previous) {
        if (previous && previous.owner !== this.owner) {
            this.deps.warn(`took over the expired deploy lock on ${describeTarget(this.target)} from ${describeHolder(previous)} (it expired at ${iso(previous.expiresAt)} without being released)`);
        }
        this.deps.log.info(`Deploy lock on ${describeTarget(this.target)} taken until ${iso(this.held.lease.expiresAt)}.`);
    }
    heldTooLong(lease, timeoutMs) {
        return new errors/* EngineError */.NJ('transient', `the deploy lock on ${describeTarget(this.target)} is held by ${describeHolder(lease)} until ${iso(lease.expiresAt)}; waited 'lock-timeout' (${Math.round(timeoutMs / 1000)}s) for it. Re-run when that run has finished, raise 'lock-timeout', or break a dead run's lease with 'immutable-deploy unlock --holder ${lease.owner}'`);
    }
    /** The next look: a poll interval, but never past the deadline or the holder's expiry. */
    pollWait(deadline, expiresAt = Number.POSITIVE_INFINITY) {
        const now = this.deps.clock.now();
        return Math.min(this.port.pollIntervalMs, Math.max(1, deadline - now), Math.max(1, expiresAt - now));
    }
    /**
     * What is left of 'lock-timeout' for one call — never less than a floor, so that a call still
     * gets a chance near the end — and the floor itself never beyond a non-zero 'lock-timeout' (a
     * 'lock-timeout' of 0, "fail at once if the lock is held", still gives the write its floor).
     */
    callTimeout(deadline) {
        const min = this.deps.minCallMs ?? MIN_CALL_MS;
        const floor = this.budgetMs > 0 ? Math.min(min, this.budgetMs) : min;
        return Math.max(floor, deadline - this.deps.clock.now());
    }
    cancelled() {
        return new errors/* CancelledError */.cc(`the run was cancelled while waiting for the deploy lock on ${describeTarget(this.target)}`);
    }
    async pause(ms, signal) {
        try {
            await this.deps.sleep(ms, signal);
        }
        catch (err) {
            if (signal.aborted)
                throw this.cancelled();
            throw err;
        }
    }
}


/***/ }),

/***/ 24514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseSettings)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _parse_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72048);
/**
 * `parseSettings(read)` turns raw inputs from any adapter into one frozen, typed settings object.
 * Every problem is collected and reported at once, before any call to Azure. The parsing is
 * `parseInputs` (parse-inputs.ts); this gives it the `yaml` package for YAML-valued inputs.
 */


function parseSettings(read, options = {}) {
    return (0,_parse_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputs */ .T)(read, { ...options, parseYaml: options.parseYaml ?? ((text) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parse)(text)) });
}


/***/ })

};
