#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 21916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = exports.kp = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.kp = closest;


/***/ }),

/***/ 6476:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _src_cli_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(70486);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_src_cli_index_js__WEBPACK_IMPORTED_MODULE_0__]);
_src_cli_index_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Build entry (see scripts/ncc/tsconfig.json): the bundle runs this module.


__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 36988:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ azureLoader),
/* harmony export */   vZ: () => (/* binding */ needsAzure),
/* harmony export */   yg: () => (/* binding */ planSignIn)
/* harmony export */ });
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16199);
/* harmony import */ var _core_stages_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(80250);
/* harmony import */ var _azure_credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(84329);
/**
 * Signs in and builds the Azure ports, for the stages that need them. The sign-in is planned
 * eagerly (pure, no SDK loaded) so a missing credential fails before anything runs; the SDKs load
 * only when a stage first asks for the ports.
 */



/** verify alone, with HTTP probes only, never calls Azure (analysis gates read Azure Monitor). */
function needsAzure(settings) {
    return settings.stages.some((s) => s !== 'verify') || (0,_core_stages_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .targetIsChecked */ .P)(settings) || settings.analysis.length > 0;
}
/** Plans the sign-in; throws an input error when it can't work (no subscription, no credential). */
function planSignIn(settings, source) {
    const planned = (0,_azure_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .planCredential */ .lZ)(settings.azure, source);
    if (!planned.subscriptionId) {
        throw new _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', "input 'subscription-id': is required for stages that call Azure (Azure DevOps: 'subscriptionId', or a service connection scoped to a subscription)");
    }
    return { ...planned, subscriptionId: planned.subscriptionId };
}
/** The emulator runs on scaled time: poll it in milliseconds instead of the SDK's 2 s default. */
const isLoopback = (endpoint) => /^https:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/i.test(endpoint);
/**
 * The ports, built on first use. `log` gets one line naming the sign-in method (OIDC, workload
 * identity, client secret, Azure CLI, static token…; never a secret) when the run first signs in.
 */
function azureLoader(settings, signIn, log) {
    let ports;
    return () => {
        ports ??= (async () => {
            log?.(`Signing in to Azure with ${signIn.description} (subscription ${signIn.subscriptionId}).`);
            const { createCredential } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 84329));
            const { createAzurePorts } = await __nccwpck_require__.e(/* import() */ 172).then(__nccwpck_require__.bind(__nccwpck_require__, 6172));
            return createAzurePorts({
                endpoint: settings.azure.armEndpoint,
                caFile: settings.azure.caFile,
                subscriptionId: signIn.subscriptionId,
                credential: await createCredential(signIn.plan),
                pollIntervalMs: isLoopback(settings.azure.armEndpoint) ? 25 : undefined,
            });
        })();
        return ports;
    };
}


/***/ }),

/***/ 27271:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* reexport safe */ _text_file_js__WEBPACK_IMPORTED_MODULE_4__.G),
/* harmony export */   HT: () => (/* binding */ loadConfigFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(38815);
/* harmony import */ var _core_settings_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(63794);
/* harmony import */ var _core_settings_table_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(93937);
/* harmony import */ var _core_settings_values_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(45467);
/* harmony import */ var _text_file_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7056);
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
        throw new _core_settings_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SettingsError */ .G([{ input: 'config', message }], namer);
    };
    const file = (0,_text_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readTextFile */ .G)(path);
    if (!file.ok)
        return bad(`cannot read '${path}': ${file.reason}; ${EXPECTED}`);
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(file.text);
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
    const known = _core_settings_table_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc.map((i) => i.name).filter((n) => n !== 'config');
    const keys = Object.keys(doc);
    // A map none of whose keys is an input, or a near miss of one, is some other file: its keys are content.
    const nameLike = (k) => known.includes(k) || (NAME_LIKE.test(k) && (0,_core_settings_values_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(k, known) !== '');
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
        throw new _core_settings_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SettingsError */ .G(problems, namer);
    return values;
}
function unknownKey(path, key, known) {
    if (!NAME_LIKE.test(key))
        return `'${path}' has a key that is not an input name (not shown); ${EXPECTED}`;
    return `'${path}' has key '${key}', which is not an input${(0,_core_settings_values_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(key, known)}`;
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


/***/ }),

/***/ 46883:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ loadFleetDocument)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(38815);
/* harmony import */ var _core_fleet_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(34827);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(27271);
/**
 * Reads a fleet file (YAML) for the core's fleet parser: `fleet` commands and a one-target run
 * (`fleet-file` + `fleet-target`). Problems name the path, never the content (it may hold secrets).
 */



/** The fleet file's YAML document; throws FleetFileError when it cannot be read or is not YAML. */
function loadFleetDocument(path) {
    const file = (0,_config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(path);
    const bad = (message) => {
        throw new _core_fleet_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .FleetFileError */ .HL([{ path: '(file)', message }]);
    };
    if (!file.ok)
        return bad(`cannot read '${path}': ${file.reason}`);
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(file.text);
    }
    catch (err) {
        const at = err.linePos?.[0];
        return bad(`'${path}' is not valid YAML${at ? ` (line ${at.line}, column ${at.col})` : ''} (the content is not shown)`);
    }
}


/***/ }),

/***/ 50473:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  VD: () => (/* reexport */ bugStack),
  gJ: () => (/* reexport */ errorMessage),
  Ie: () => (/* binding */ prepareStep)
});

// UNUSED EXPORTS: readInputs

// EXTERNAL MODULE: ./src/core/settings/parse.ts
var settings_parse = __nccwpck_require__(24514);
// EXTERNAL MODULE: ./src/adapters/shared/config-file.ts
var config_file = __nccwpck_require__(27271);
// EXTERNAL MODULE: ./src/adapters/shared/fleet-file.ts
var fleet_file = __nccwpck_require__(46883);
// EXTERNAL MODULE: ./src/core/fleet/one-target.ts
var one_target = __nccwpck_require__(55168);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/settings/parse-inputs.ts + 16 modules
var parse_inputs = __nccwpck_require__(72048);
// EXTERNAL MODULE: ./src/core/settings/table.ts
var table = __nccwpck_require__(93937);
// EXTERNAL MODULE: ./src/runtime/time.ts
var time = __nccwpck_require__(487);
// EXTERNAL MODULE: ./src/adapters/shared/text-file.ts
var text_file = __nccwpck_require__(7056);
;// CONCATENATED MODULE: ./src/adapters/shared/prepare-direct.ts
/**
 * The first half of a step when every input is given directly (no `config` file, no fleet file):
 * register every secret, parse the inputs into settings. Nothing runs and nothing is written.
 *
 * The lightest path to a verdict on bad input: it imports the settings modules, but no YAML parser
 * (the caller gives one when a YAML-valued input is given) and nothing that reads a config or fleet
 * file, so the GitHub entry fails bad input before it loads anything else
 * (docs/decisions/0003-github-bundle-startup.md). `prepare.ts` adds the input files on top and is
 * what the other adapters call.
 */





const given = (v) => v !== undefined && v.trim() !== '';
/**
 * Inputs that name a file holding more inputs: the config file, and a fleet file with the target
 * to take from it (`wantsFleetTarget` in core/fleet/one-target.ts). With none of them given,
 * `prepareDirect` and `prepareStep` do the same.
 */
const INPUT_FILE_INPUTS = (/* unused pure expression or super */ null && (['config', 'fleet-file', 'fleet-target']));
const usesInputFiles = (read) => INPUT_FILE_INPUTS.some((n) => given(read(n)));
/** Whether a YAML-valued input (`yaml: true` in the table) is given: only then is a YAML parser needed. */
const yamlInputGiven = (options) => inputsFor(options.adapter).some((d) => d.yaml && (given(options.read(d.name)) || d.default !== undefined));
/** Registers the raw value of every secret input `read` gives with the host. */
function registerSecrets(options, read) {
    for (const def of (0,table/* inputsFor */.pz)(options.adapter)) {
        if (!def.secret)
            continue;
        const v = read(def.name);
        if (given(v))
            registerSecret(options.host, v);
    }
}
/** Multi-line secrets are masked line by line too: runners mask per line. */
function registerSecret(host, value) {
    host.setSecret(value);
    const lines = value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l.length >= 3);
    if (lines.length > 1)
        for (const l of lines)
            host.setSecret(l);
}
/** What parseSettings needs besides the inputs: how inputs are named, today, how to read files. */
const parseOptionsFor = (options) => ({
    namer: options.namer,
    now: (options.clock ?? time/* systemClock */.ml).now(),
    readFile: (path) => (0,text_file/* readTextFile */.G)(path),
});
/**
 * Registers the secrets and parses the inputs, all given directly, YAML-valued ones with
 * `parseYaml` (needed only when `yamlInputGiven`). Throws SettingsError on bad input; throws Error
 * (a bug) when an input names a config or fleet file (`usesInputFiles`): those go through
 * `prepareStep`.
 */
function prepareDirect(options, parseYaml) {
    const { read } = options;
    if (usesInputFiles(read))
        throw new Error('internal: prepareDirect called with a config or fleet file');
    registerSecrets(options, read);
    return parseInputs(read, { ...parseOptionsFor(options), parseYaml });
}
/** The stack of an unexpected error (a bug), for debug logs; undefined for the engine's own errors. */
function bugStack(err) {
    if (err instanceof errors/* EngineError */.NJ)
        return (0,errors/* internalStack */._w)(err);
    return err instanceof Error ? err.stack : undefined;
}
/** The message of anything thrown, never its stack. */
function errorMessage(err) {
    if (err instanceof Error)
        return err.message || err.name;
    return String(err);
}

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
    registerSecrets(options, read);
    const configPath = read('config');
    if (!given(configPath))
        return read;
    const file = (0,config_file/* loadConfigFile */.HT)(configPath.trim(), namer);
    registerSecrets(options, (name) => file.get(name));
    return (name) => {
        const direct = read(name);
        return given(direct) ? direct : file.get(name);
    };
}
/** Reads and parses the inputs; nothing runs and nothing is written. Throws SettingsError on bad input. */
function prepareStep(options) {
    const parse = parseOptionsFor(options);
    const read = readInputs(options);
    // One target of a fleet (a matrix job of a fleet fanned out on CI jobs): its inputs come from the file.
    if ((0,one_target/* wantsFleetTarget */.XB)(read))
        return (0,one_target/* oneTargetSettings */.Z7)(read, { ...parse, loadFleet: fleet_file/* loadFleetDocument */.K });
    return (0,settings_parse/* parseSettings */.P)(read, parse);
}


/***/ }),

/***/ 76416:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  VD: () => (/* reexport */ prepare/* bugStack */.VD),
  gJ: () => (/* reexport */ prepare/* errorMessage */.gJ),
  Ik: () => (/* binding */ executeStep),
  Ie: () => (/* reexport */ prepare/* prepareStep */.Ie),
  fR: () => (/* binding */ signalController)
});

// UNUSED EXPORTS: failureMessage, readInputs, runStep

// EXTERNAL MODULE: ./src/core/index.ts + 40 modules
var core = __nccwpck_require__(16199);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
;// CONCATENATED MODULE: ./src/runtime/command-runner.ts
/**
 * The CommandRunner port on child_process.spawn: an argv array, no shell (nothing is expanded or
 * interpreted), stdin closed, the output's tail kept for messages (and stdout kept whole, up to a
 * limit, when the caller asks: a compiler's output). At the timeout or when the run
 * is cancelled the process gets SIGTERM, then SIGKILL 5 s later.
 */

const TAIL = 4096;
const KILL_GRACE_MS = 5000;
function createCommandRunner(options = {}) {
    return {
        run(argv, { timeoutMs, signal, stdoutLimit }) {
            const started = Date.now();
            return new Promise((resolve) => {
                let tail = '';
                const out = [];
                let outBytes = 0;
                let outCut = false;
                const capture = (chunk) => {
                    if (stdoutLimit === undefined || outCut)
                        return;
                    if (outBytes + chunk.length > stdoutLimit) {
                        outCut = true;
                        return;
                    }
                    out.push(chunk);
                    outBytes += chunk.length;
                };
                let timedOut = false;
                let settled = false;
                const keep = (chunk) => {
                    tail = (tail + chunk.toString('utf8')).slice(-TAIL);
                };
                const finish = (result) => {
                    if (settled)
                        return;
                    settled = true;
                    clearTimeout(timer);
                    clearTimeout(killer);
                    signal.removeEventListener('abort', stop);
                    const captured = stdoutLimit === undefined
                        ? {}
                        : { stdout: Buffer.concat(out).toString('utf8'), ...(outCut ? { stdoutTruncated: true } : {}) };
                    resolve({ ...result, ...captured, timedOut, outputTail: tail.trimEnd(), durationMs: Date.now() - started });
                };
                const [command, ...args] = argv;
                if (!command)
                    return finish({ exitCode: null, startError: 'no command given' });
                const child = (0,external_node_child_process_.spawn)(command, args, {
                    shell: false,
                    stdio: ['ignore', 'pipe', 'pipe'],
                    cwd: options.cwd,
                    env: options.env ?? process.env,
                    windowsHide: true,
                });
                let killer;
                const stop = () => {
                    if (child.exitCode !== null || child.signalCode !== null)
                        return;
                    child.kill('SIGTERM');
                    killer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
                    killer.unref();
                };
                const timer = setTimeout(() => {
                    timedOut = true;
                    stop();
                }, Math.max(1, timeoutMs));
                if (signal.aborted)
                    stop();
                else
                    signal.addEventListener('abort', stop, { once: true });
                child.stdout.on('data', stdoutLimit === undefined ? keep : capture);
                child.stderr.on('data', keep);
                child.on('error', (err) => finish({ exitCode: null, startError: err.message }));
                child.on('close', (code) => finish({ exitCode: code }));
            });
        },
    };
}

;// CONCATENATED MODULE: ./src/runtime/http-client.ts
const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
/** The request ran past its timeout. Named "TimeoutError", which is what the probe recognises. */
class RequestTimeoutError extends Error {
    timeoutMs;
    name = 'TimeoutError';
    constructor(timeoutMs) {
        super(`request timed out after ${timeoutMs} ms`);
        this.timeoutMs = timeoutMs;
    }
}
function createHttpClient(options = {}) {
    const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const userAgent = options.userAgent ?? 'immutable-deploy-probe';
    return {
        async get(url, { timeoutMs, signal, headers }) {
            // The timeout covers the whole exchange, body included: fetch's signal aborts body reads too.
            const timeout = AbortSignal.timeout(timeoutMs);
            const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
            try {
                const response = await fetch(url, {
                    method: 'GET',
                    redirect: 'manual',
                    headers: withUserAgent(headers, userAgent),
                    signal: combined,
                });
                return { status: response.status, body: await readCapped(response, maxBodyBytes) };
            }
            catch (err) {
                if (signal?.aborted)
                    throw signal.reason;
                if (timeout.aborted)
                    throw new RequestTimeoutError(timeoutMs);
                throw plainFetchError(err);
            }
        },
    };
}
/** Header names are case-insensitive: the caller's "User-Agent" must replace ours, not join it. */
function withUserAgent(headers, userAgent) {
    const merged = new Headers(headers);
    if (!merged.has('user-agent'))
        merged.set('user-agent', userAgent);
    return merged;
}
/** Reads at most `maxBytes` of the body as text, then cancels the stream. */
async function readCapped(response, maxBytes) {
    if (!response.body)
        return '';
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let text = '';
    let bytes = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            return text + decoder.decode();
        const room = maxBytes - bytes;
        if (value.byteLength >= room) {
            // Don't wait for the cancellation: the server may keep streaming; we are done with it.
            reader.cancel().catch(() => undefined);
            return text + decoder.decode(value.subarray(0, room));
        }
        bytes += value.byteLength;
        text += decoder.decode(value, { stream: true });
    }
}
/**
 * The host name does not exist (DNS answered NXDOMAIN: getaddrinfo ENOTFOUND). Unlike a refused
 * connection or EAI_AGAIN (a DNS server that did not answer), retrying cannot help: the probe
 * fails at once. Named "HostNotFoundError", which is what the probe recognises.
 */
class HostNotFoundError extends Error {
    host;
    name = 'HostNotFoundError';
    constructor(host, options) {
        super(`host ${host} does not resolve (getaddrinfo ENOTFOUND)`, options);
        this.host = host;
    }
}
function hostNotFound(cause) {
    const e = cause;
    if (!e || e.code !== 'ENOTFOUND')
        return undefined;
    return new HostNotFoundError(typeof e.hostname === 'string' ? e.hostname : 'of the URL', { cause });
}
/**
 * fetch says only "fetch failed"; the useful words ("connect ECONNREFUSED 10.0.0.4:443",
 * "getaddrinfo ENOTFOUND …") are in its cause.
 */
function plainFetchError(err) {
    if (!(err instanceof Error))
        return new Error(String(err));
    const cause = err.cause;
    const unresolved = hostNotFound(cause);
    if (unresolved)
        return unresolved;
    if (cause instanceof AggregateError && cause.errors[0] instanceof Error) {
        return new Error(cause.errors[0].message || err.message, { cause: err });
    }
    if (cause instanceof Error && cause.message)
        return new Error(cause.message, { cause: err });
    return err;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./src/runtime/ids.ts
/**
 * Randomness for the engine's NewId port (the core itself never draws random numbers): 12 hex
 * characters of a v4 UUID, 48 random bits, plenty to tell apart the runs of one target.
 */

const randomId = () => (0,external_node_crypto_.randomUUID)().replace(/-/g, '').slice(0, 12);

// EXTERNAL MODULE: ./src/runtime/time.ts
var time = __nccwpck_require__(487);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/adapters/shared/azure-connection.ts
var azure_connection = __nccwpck_require__(36988);
;// CONCATENATED MODULE: ./src/adapters/shared/packer-connection.ts
/**
 * The Packer runner for `builder: packer` bakes, with the run's Azure sign-in handed to Packer's
 * azure-arm builder through its documented variables (src/packer/azure-credentials.ts).
 */

async function packerPort(settings, signIn, env = process.env) {
    if (!settings.stages.includes('bake') || settings.bake.builder !== 'packer')
        return undefined;
    const { createPackerPort } = await __nccwpck_require__.e(/* import() */ 763).then(__nccwpck_require__.bind(__nccwpck_require__, 11763));
    return createPackerPort({ azureCredential: signIn ? await packerCredential(signIn, env) : undefined });
}
/** The run's sign-in, as Packer's azure-arm builder takes it. */
async function packerCredential(signIn, env) {
    const { plan, subscriptionId } = signIn;
    switch (plan.kind) {
        case 'oidc': {
            // Packer fetches fresh GitHub ID tokens itself from the runner's request URL.
            const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
            const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
            if (!requestUrl || !requestToken)
                throw new core/* EngineError */.NJ('input', "Packer's OIDC sign-in needs the job's ID token request variables; grant 'permissions: id-token: write'");
            return {
                kind: 'oidc-request',
                subscriptionId,
                tenantId: plan.tenantId,
                clientId: plan.clientId,
                requestUrl,
                requestToken,
            };
        }
        case 'client-secret':
            return {
                kind: 'client-secret',
                subscriptionId,
                tenantId: plan.tenantId,
                clientId: plan.clientId,
                clientSecret: plan.clientSecret,
            };
        case 'azure-pipelines':
            return {
                kind: 'oidc-token',
                subscriptionId,
                tenantId: plan.tenantId,
                clientId: plan.clientId,
                idToken: await adoIdToken(plan.serviceConnectionId, plan.systemAccessToken, env),
            };
        case 'managed-identity':
            return { kind: 'managed-identity', subscriptionId, clientId: plan.clientId };
        case 'azure-cli':
            return { kind: 'azure-cli', subscriptionId, tenantId: plan.tenantId };
        case 'client-certificate':
            throw new core/* EngineError */.NJ('input', "Packer bakes can't use a certificate service connection; use workload identity federation or a client secret");
        case 'static-token':
            // A custom cloud with a static token (e.g. the emulator): the template brings its own sign-in.
            return undefined;
    }
}
/**
 * An ID token for the service connection, from Azure Pipelines' OIDC endpoint (what
 * AzurePipelinesCredential does internally). Packer exchanges it once at the start of the build.
 */
async function adoIdToken(serviceConnectionId, systemAccessToken, env) {
    const base = env.SYSTEM_OIDCREQUESTURI;
    if (!base)
        throw new core/* EngineError */.NJ('input', 'workload identity federation for Packer needs SYSTEM_OIDCREQUESTURI, which Azure Pipelines agents (3.225+) set');
    const url = `${base}?api-version=7.1&serviceConnectionId=${encodeURIComponent(serviceConnectionId)}`;
    const res = await fetch(url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${systemAccessToken}`, 'Content-Type': 'application/json' },
        signal: AbortSignal.timeout(30_000),
    });
    const body = (await res.json().catch(() => ({})));
    if (!res.ok || !body.oidcToken)
        throw new core/* EngineError */.NJ('transient', `Azure Pipelines did not issue an ID token for service connection '${serviceConnectionId}' (HTTP ${res.status})`);
    return body.oidcToken;
}

// EXTERNAL MODULE: ./src/adapters/shared/prepare.ts + 1 modules
var prepare = __nccwpck_require__(50473);
;// CONCATENATED MODULE: ./src/adapters/shared/run-info.ts
const run_info_int = (v) => (v && /^\d+$/.test(v) ? Number(v) : undefined);
function runInfoFromEnv(env = process.env, system = 'cli') {
    if (env.GITHUB_ACTIONS === 'true') {
        const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
        const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
            ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
            : undefined;
        return {
            system: system === 'cli' ? 'cli (GitHub Actions)' : system,
            commit: env.GITHUB_SHA,
            repository: env.GITHUB_REPOSITORY,
            runUrl,
            runId: env.GITHUB_RUN_ID,
            job: env.GITHUB_JOB,
            attempt: run_info_int(env.GITHUB_RUN_ATTEMPT),
            runNumber: run_info_int(env.GITHUB_RUN_NUMBER),
            ref: env.GITHUB_REF,
            pipeline: env.GITHUB_WORKFLOW,
            actor: env.GITHUB_ACTOR,
        };
    }
    if (env.TF_BUILD?.toLowerCase() === 'true') {
        const collection = env.SYSTEM_COLLECTIONURI?.replace(/\/+$/, '');
        const runUrl = collection && env.SYSTEM_TEAMPROJECT && env.BUILD_BUILDID
            ? `${collection}/${encodeURIComponent(env.SYSTEM_TEAMPROJECT)}/_build/results?buildId=${env.BUILD_BUILDID}`
            : undefined;
        return {
            system: system === 'cli' ? 'cli (Azure Pipelines)' : system,
            commit: env.BUILD_SOURCEVERSION,
            repository: env.BUILD_REPOSITORY_NAME,
            runUrl,
            runId: env.BUILD_BUILDID,
            job: env.SYSTEM_JOBNAME,
            attempt: run_info_int(env.SYSTEM_JOBATTEMPT),
            // Build.BuildNumber is a free-form name ("20261121.3"); the build id is the counter.
            runNumber: run_info_int(env.BUILD_BUILDID),
            ref: env.BUILD_SOURCEBRANCH,
            pipeline: env.BUILD_DEFINITIONNAME,
            actor: env.BUILD_REQUESTEDFOR,
        };
    }
    return { system };
}

// EXTERNAL MODULE: ./src/core/fleet/one-target.ts
var one_target = __nccwpck_require__(55168);
;// CONCATENATED MODULE: ./src/adapters/shared/run-step.ts
/**
 * What all three adapters do the same way: read and parse the inputs (`prepare.ts`, re-exported
 * here), build the engine's dependencies and run it.
 *
 * Adapters stay thin: they supply how to read a raw input, how inputs are named to their users,
 * and the Host; they render the result and set the step's outcome.
 */













/** Runs the engine on parsed settings: outputs and summary go through the host. */
async function executeStep(options, settings) {
    const source = options.credentials ?? (() => ({ kind: 'cli' }));
    const signIn = (0,azure_connection/* needsAzure */.vZ)(settings) ? (0,azure_connection/* planSignIn */.yg)(settings, source()) : undefined;
    const packer = await packerPort(settings, signIn);
    const deps = {
        clock: time/* systemClock */.ml,
        sleep: time/* realSleep */.uk,
        deadline: time/* realDeadline */.j1,
        newId: randomId,
        http: createHttpClient(),
        commands: createCommandRunner(),
        run: runInfoFromEnv(process.env, options.adapter),
        writeFile: writeFileCreatingDirs,
        ...(signIn ? { azure: (0,azure_connection/* azureLoader */.TU)(settings, signIn, (line) => options.host.info(line)) } : {}),
        ...(packer ? { packer } : {}),
        ...options.deps,
        host: options.host,
    };
    // A fleet target refuses while its fleet is halted for the version (and waits for its replication).
    const refused = deps.azure && settings.fleet ? await (0,one_target/* refusedTargetRun */.Z$)(settings, targetRunDeps(deps)) : undefined;
    return refused ?? (0,core/* runEngine */.cn)(settings, deps);
}
function targetRunDeps(deps) {
    const azure = deps.azure;
    return {
        gallery: async () => (await azure()).gallery,
        clock: deps.clock,
        sleep: deps.sleep,
        signal: deps.host.signal,
        log: (line) => deps.host.info(line),
    };
}
/** Parses the inputs and runs the engine. Throws SettingsError (nothing ran) on bad input. */
async function runStep(options) {
    const settings = prepareStep(options);
    return { settings, result: await executeStep(options, settings) };
}
async function writeFileCreatingDirs(path, content) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, content, { mode: 0o644 });
}
/** One line for a failed run's final message. */
function failureMessage(result) {
    if (result.error)
        return result.error.message;
    return `the run ${result.status}`;
}
/**
 * An AbortController aborted by SIGINT/SIGTERM. A second signal exits at once with the
 * conventional code (128 + signal number).
 */
function signalController(onSignal) {
    const controller = new AbortController();
    let received;
    const handler = (signal) => {
        if (received)
            process.exit(signal === 'SIGINT' ? 130 : 143);
        received = signal;
        onSignal?.(signal);
        controller.abort(new Error(`received ${signal}`));
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return {
        controller,
        received: () => received,
        dispose: () => {
            process.off('SIGINT', handler);
            process.off('SIGTERM', handler);
        },
    };
}


/***/ }),

/***/ 7056:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readTextFile)
/* harmony export */ });
/* unused harmony export MAX_INPUT_FILE_BYTES */
/**
 * node:fs, fetched when a file is read rather than imported: a bundle reaches an imported built-in
 * through `createRequire(import.meta.url)`, whose path handling alone can get one of Node's
 * functions optimised on a background thread, ~2 MiB more for the GitHub entry failing bad input
 * (docs/decisions/0003-github-bundle-startup.md).
 */
const fs = () => process.getBuiltinModule('node:fs');
/** Input files (config, CA bundles) are small; anything larger is not what was meant. */
const MAX_INPUT_FILE_BYTES = 1024 * 1024;
/**
 * Reads a small text file: a regular file of at most MAX_INPUT_FILE_BYTES without NUL bytes.
 * Reasons fit "cannot read '<path>': <reason>".
 */
function readTextFile(path, maxBytes = MAX_INPUT_FILE_BYTES) {
    let size;
    try {
        // Checked before opening: opening a FIFO would wait for a writer.
        const stat = fs().statSync(path);
        if (stat.isDirectory())
            return { ok: false, reason: 'it is a directory' };
        if (!stat.isFile())
            return { ok: false, reason: 'it is not a regular file' };
        if (stat.size > maxBytes)
            return { ok: false, reason: `it is larger than ${maxBytes / 1024 / 1024} MiB` };
        size = stat.size;
    }
    catch (err) {
        return { ok: false, reason: failure(err) };
    }
    let fd;
    try {
        fd = fs().openSync(path, 'r');
        const buffer = Buffer.alloc(size);
        const read = fs().readSync(fd, buffer, 0, size, 0);
        if (buffer.subarray(0, read).includes(0))
            return { ok: false, reason: 'it is not a text file' };
        return { ok: true, text: buffer.toString('utf8', 0, read) };
    }
    catch (err) {
        return { ok: false, reason: failure(err) };
    }
    finally {
        if (fd !== undefined)
            fs().closeSync(fd);
    }
}
function failure(err) {
    const code = err.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'it is a directory';
    return code ? `error ${code}` : 'unknown error';
}


/***/ }),

/***/ 84329:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   createCredential: () => (/* binding */ createCredential),
/* harmony export */   lZ: () => (/* binding */ planCredential)
/* harmony export */ });
/* unused harmony exports AUTHORITY_HOSTS, GITHUB_OIDC_AUDIENCE, authorityHostFor, staticTokenCredential, signInMethod, namedSignIn, identityCredential */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
/* harmony import */ var _sign_in_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(92582);


/** Entra ID authority per cloud (the values of @azure/identity's AzureAuthorityHosts). */
const AUTHORITY_HOSTS = {
    AzureCloud: 'https://login.microsoftonline.com',
    AzureUSGovernment: 'https://login.microsoftonline.us',
    AzureChinaCloud: 'https://login.chinacloudapi.cn',
};
/** Audience of the GitHub ID token exchanged for an Entra token. */
const GITHUB_OIDC_AUDIENCE = 'api://AzureADTokenExchange';
const input = (message) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', message);
function authorityHostFor(cloud) {
    return cloud === 'Custom' ? AUTHORITY_HOSTS.AzureCloud : AUTHORITY_HOSTS[cloud];
}
function planCredential(azure, source) {
    const scope = `${azure.armEndpoint.replace(/\/+$/, '')}/.default`;
    const { tenantId, clientId, clientSecret, accessToken } = azure;
    const done = (plan, description) => ({
        plan,
        scope,
        description,
        subscriptionId: azure.subscriptionId,
    });
    if (source.kind === 'azure-devops') {
        // As 'auto' does in the other adapters: a custom Resource Manager endpoint with a static token
        // (the emulator, Azure Stack-like setups) needs no service connection; the subscription id
        // then comes from the input.
        if (azure.cloud === 'Custom' && accessToken)
            return done(staticToken(accessToken), staticTokenDescription(azure));
        return planAzureDevOps(azure, source.connection, scope);
    }
    const authorityHost = authorityHostFor(azure.cloud);
    const getIdToken = source.kind === 'github' ? source.getIdToken : undefined;
    let mode = azure.auth;
    if (mode === 'auto') {
        if (azure.cloud === 'Custom' && accessToken)
            mode = 'static-token';
        else if (getIdToken && tenantId && clientId)
            mode = 'oidc';
        else if (clientSecret)
            mode = 'client-secret';
        else
            mode = 'azure-cli';
    }
    switch (mode) {
        case 'static-token':
            if (!accessToken)
                throw input("'access-token' is required when 'auth' is 'static-token'");
            return done(staticToken(accessToken), staticTokenDescription(azure));
        case 'oidc': {
            if (!getIdToken) {
                throw input(source.kind === 'github'
                    ? "'auth' is 'oidc' but the job cannot request an ID token; grant 'permissions: id-token: write' to the job"
                    : "'auth' is 'oidc', which only GitHub Actions provides; use 'client-secret' or 'azure-cli'");
            }
            if (!tenantId || !clientId)
                throw input("'tenant-id' and 'client-id' are required for OIDC sign-in");
            // A fresh ID token for every token request: GitHub's ID tokens expire after minutes, so a
            // long run re-exchanging a cached one would fail with AADSTS700024.
            return done({ kind: 'oidc', tenantId, clientId, authorityHost, getAssertion: () => getIdToken(GITHUB_OIDC_AUDIENCE) }, `OIDC (workload identity federation) as client ${clientId}`);
        }
        case 'client-secret':
            if (!tenantId || !clientId || !clientSecret)
                throw input("'tenant-id', 'client-id' and 'client-secret' are required for client-secret sign-in");
            return done({ kind: 'client-secret', tenantId, clientId, clientSecret, authorityHost }, `a client secret as client ${clientId}`);
        case 'azure-cli':
            return done({ kind: 'azure-cli', tenantId }, "the Azure CLI's signed-in account");
        default:
            throw input(`unknown auth mode '${String(mode)}'`);
    }
}
const staticToken = (token) => ({ kind: 'static-token', token });
const staticTokenDescription = (azure) => `a static access token for ${azure.armEndpoint}`;
function planAzureDevOps(azure, c, scope) {
    if (!c)
        throw input("'azureSubscription' (an Azure Resource Manager service connection) is required for stages that call Azure, unless 'cloud' is 'Custom' with an 'accessToken'");
    const authorityHost = c.authorityUrl?.replace(/\/+$/, '') ||
        (isKnownCloud(c.environment) ? AUTHORITY_HOSTS[c.environment] : authorityHostFor(azure.cloud));
    const subscriptionId = azure.subscriptionId ?? c.subscriptionId;
    const done = (plan, description) => ({
        plan,
        scope,
        description,
        subscriptionId,
    });
    const need = (what, value) => {
        if (!value)
            throw input(`service connection '${c.id}' (${c.scheme}) has no ${what}`);
        return value;
    };
    switch (c.scheme) {
        case 'WorkloadIdentityFederation':
            return done({
                kind: 'azure-pipelines',
                tenantId: need('tenant id', c.tenantId),
                clientId: need('service principal id', c.clientId),
                serviceConnectionId: c.id,
                systemAccessToken: need("System.AccessToken (map it into the task's environment, or allow scripts to access the OAuth token)", c.systemAccessToken),
                authorityHost,
            }, `workload identity federation through service connection '${c.id}'`);
        case 'ServicePrincipal': {
            const tenantId = need('tenant id', c.tenantId);
            const clientId = need('service principal id', c.clientId);
            if (c.authenticationType === 'spnCertificate') {
                return done({
                    kind: 'client-certificate',
                    tenantId,
                    clientId,
                    certificate: need('certificate', c.certificate),
                    authorityHost,
                }, `a certificate through service connection '${c.id}'`);
            }
            return done({
                kind: 'client-secret',
                tenantId,
                clientId,
                clientSecret: need('service principal key', c.clientSecret),
                authorityHost,
            }, `a client secret through service connection '${c.id}'`);
        }
        case 'ManagedServiceIdentity':
            return done({ kind: 'managed-identity', clientId: c.clientId }, `the agent's managed identity through service connection '${c.id}'`);
        default:
            throw input(`service connection '${c.id}' uses authorization scheme '${c.scheme}', which is not supported; expected WorkloadIdentityFederation, ServicePrincipal or ManagedServiceIdentity`);
    }
}
const isKnownCloud = (env) => env !== undefined && env in AUTHORITY_HOSTS;
/** A credential that always returns the given token (cloud 'Custom', e.g. the local emulator). */
function staticTokenCredential(token, lifetimeMs = 60 * 60 * 1000) {
    return {
        getToken: async () => ({
            token,
            expiresOnTimestamp: Date.now() + lifetimeMs,
            tokenType: 'Bearer',
        }),
    };
}
/** Builds the planned credential, loading @azure/identity only now; its failures name the sign-in method. */
async function createCredential(plan) {
    return namedSignIn(await identityCredential(plan), signInMethod(plan));
}
/** What each sign-in method is called, and what to check when it fails. */
function signInMethod(plan) {
    const app = 'clientId' in plan && plan.clientId ? ` as client ${plan.clientId}` : '';
    switch (plan.kind) {
        case 'oidc':
            return {
                description: `OIDC (workload identity federation)${app}`,
                fix: "Check that the job has 'permissions: id-token: write', that 'tenant-id' and 'client-id' are right, and that " +
                    "the app's federated credential matches this workflow's subject (repository, and branch, tag or environment).",
            };
        case 'client-secret':
            return {
                description: `a client secret${app}`,
                fix: "Check 'tenant-id', 'client-id' and 'client-secret' (an expired or rotated secret fails like this).",
            };
        case 'client-certificate':
            return {
                description: `a certificate${app}`,
                fix: "Check the service connection's certificate (expired, or not uploaded to the app registration).",
            };
        case 'azure-pipelines':
            return {
                description: `workload identity federation through service connection '${plan.serviceConnectionId}'`,
                fix: "Check the service connection's federated credential (issuer and subject) and that System.AccessToken reaches the task.",
            };
        case 'managed-identity':
            return {
                description: `the agent's managed identity${app}`,
                fix: 'Check that the identity is assigned to the agent machine.',
            };
        case 'azure-cli':
            return {
                description: "the Azure CLI's signed-in account",
                fix: "Run 'az login' (and 'az account set') on this machine, or choose another 'auth'.",
            };
        case 'static-token':
            return { description: 'a static access token', fix: "Check 'access-token'." };
    }
}
/** A credential whose getToken failures say which sign-in method failed and how to fix it. */
function namedSignIn(inner, method) {
    return {
        getToken: async (scopes, options) => {
            try {
                return await inner.getToken(scopes, options);
            }
            catch (err) {
                if (options?.abortSignal?.aborted || (err instanceof Error && err.name === 'AbortError'))
                    throw err;
                throw (0,_sign_in_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .signInError */ .vE)(err, method);
            }
        },
    };
}
/** The @azure/identity credential a plan builds, before its sign-in errors are named (tests check its class). */
async function identityCredential(plan) {
    if (plan.kind === 'static-token')
        return staticTokenCredential(plan.token);
    const identity = await Promise.all(/* import() */[__nccwpck_require__.e(725), __nccwpck_require__.e(818), __nccwpck_require__.e(738), __nccwpck_require__.e(952)]).then(__nccwpck_require__.bind(__nccwpck_require__, 23952));
    switch (plan.kind) {
        case 'oidc':
            return new identity.ClientAssertionCredential(plan.tenantId, plan.clientId, plan.getAssertion, {
                authorityHost: plan.authorityHost,
            });
        case 'client-secret':
            return new identity.ClientSecretCredential(plan.tenantId, plan.clientId, plan.clientSecret, {
                authorityHost: plan.authorityHost,
            });
        case 'client-certificate':
            return new identity.ClientCertificateCredential(plan.tenantId, plan.clientId, { certificate: plan.certificate }, { authorityHost: plan.authorityHost });
        case 'azure-pipelines':
            return new identity.AzurePipelinesCredential(plan.tenantId, plan.clientId, plan.serviceConnectionId, plan.systemAccessToken, { authorityHost: plan.authorityHost });
        case 'managed-identity':
            return plan.clientId
                ? new identity.ManagedIdentityCredential({ clientId: plan.clientId })
                : new identity.ManagedIdentityCredential();
        case 'azure-cli':
            return new identity.AzureCliCredential(plan.tenantId ? { tenantId: plan.tenantId } : {});
    }
}


/***/ }),

/***/ 92582:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VZ: () => (/* binding */ signInFailure),
/* harmony export */   l1: () => (/* binding */ isSignInError),
/* harmony export */   vE: () => (/* binding */ signInError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
/**
 * Sign-in failures: the credential's getToken failing (@azure/identity's CredentialUnavailableError,
 * AuthenticationError, AggregateAuthenticationError, or the OIDC token request of the CI). They say
 * which sign-in method failed and how to fix it, instead of "no answer from Resource Manager".
 * Matched by name: @azure/identity is loaded lazily and never imported here.
 */

const IDENTITY_ERRORS = new Set([
    'CredentialUnavailableError',
    'AuthenticationError',
    'AggregateAuthenticationError',
    'AuthenticationRequiredError',
]);
const isSignInError = (err) => err instanceof Error && IDENTITY_ERRORS.has(err.name);
/** Entra ID answered 429 or 5xx, or could not be reached: a re-run may fix it. */
function transientSignIn(err) {
    const status = err.statusCode;
    if (status !== undefined)
        return status === 429 || status >= 500;
    return /ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|network|timed? ?out/i.test(err.message);
}
/** A sign-in failure of `method` while doing `what`: names the method and the fix. */
function signInError(err, method, what = 'requesting an access token') {
    const e = err instanceof Error ? err : new Error(String(err));
    const detail = e.message
        .replace(/\s*\n\s*/g, ' ')
        .replace(/,$/, '')
        .trim();
    const kind = transientSignIn(e) ? 'transient' : 'terminal';
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ(kind, `signing in to Azure with ${method.description} failed while ${what}: ${detail}. ${method.fix}`, { cause: err });
}
/** An identity error from a credential we did not wrap: the method is unknown, the error still says sign-in. */
function signInFailure(err, what) {
    return signInError(err, {
        description: `the configured credential (${err.name})`,
        fix: "Check the 'auth' input and the sign-in inputs it needs.",
    }, what);
}


/***/ }),

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zw: () => (/* binding */ EXTRA_FLAGS),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   dV: () => (/* binding */ CLI_INPUTS),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   ug: () => (/* binding */ parseRunArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(16199);
/* harmony import */ var _core_settings_values_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(45467);
/**
 * `immutable-deploy run` flags: every CLI input of the table as `--kebab-name`, plus `--config`,
 * `--json`, `--verbose` and `--help`. Boolean inputs work as bare flags (`--dry-run`) and take
 * `--name=true|false`; multi-line inputs may be repeated (`--probe-urls a --probe-urls b`).
 */



class UsageError extends Error {
    name = 'UsageError';
}
const CLI_INPUTS = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .inputsFor */ .pz)('cli');
const isBool = (d) => d.ado.type === 'boolean';
const isMulti = (d) => d.ado.type === 'multiLine';
const EXTRA_FLAGS = [
    { name: 'json', description: 'Print the run result as one JSON object on stdout (logs go to stderr).' },
    { name: 'verbose', description: 'Also print debug logs (to stderr).' },
    { name: 'help', description: 'Show this help.' },
];
function parseRunArgs(argv) {
    const byName = new Map(CLI_INPUTS.map((d) => [d.name, d]));
    const known = [...CLI_INPUTS.map((d) => d.name), ...EXTRA_FLAGS.map((f) => f.name)];
    const options = {};
    for (const d of CLI_INPUTS)
        options[d.name] = { type: isBool(d) ? 'boolean' : 'string', ...(isMulti(d) ? { multiple: true } : {}) };
    for (const f of EXTRA_FLAGS)
        options[f.name] = { type: 'boolean' };
    options.help.short = 'h';
    // `--flag=value` for a boolean input: keep the text so settings parsing judges it like any input.
    const boolValues = new Map();
    const args = [];
    for (const arg of argv) {
        const m = /^--([^=]+)=(.*)$/s.exec(arg);
        const def = m ? byName.get(m[1]) : undefined;
        if (m && def && isBool(def))
            boolValues.set(def.name, m[2]);
        else
            args.push(arg);
    }
    const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, strict: false, allowPositionals: true, tokens: true });
    const inputs = new Map(boolValues);
    const multi = new Map();
    let json = false;
    let verbose = false;
    let help = false;
    for (const t of tokens ?? []) {
        if (t.kind === 'option-terminator')
            continue;
        if (t.kind === 'positional')
            throw new UsageError(`unexpected argument '${t.value}'; every input is a --flag (see immutable-deploy run --help)`);
        const flag = t.rawName;
        const name = t.name;
        if (!options[name] || (t.rawName.startsWith('-') && !t.rawName.startsWith('--') && name !== 'help')) {
            const shown = flag.startsWith('--') ? flag.slice(2) : flag.replace(/^-+/, '');
            throw new UsageError(`unknown flag '${flag}'${(0,_core_settings_values_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(shown, known).replace(/'([^']+)'\?$/, "'--$1'?")}`);
        }
        if (name === 'json' || name === 'verbose' || name === 'help') {
            if (t.value !== undefined)
                throw new UsageError(`flag '--${name}' takes no value`);
            if (name === 'json')
                json = true;
            else if (name === 'verbose')
                verbose = true;
            else
                help = true;
            continue;
        }
        const def = byName.get(name);
        if (isBool(def)) {
            inputs.set(name, 'true');
            continue;
        }
        if (t.value === undefined)
            throw new UsageError(`flag '--${name}' needs a value`);
        if (isMulti(def))
            multi.set(name, [...(multi.get(name) ?? []), t.value]);
        else
            inputs.set(name, t.value);
    }
    for (const [name, values] of multi)
        inputs.set(name, values.join('\n'));
    return { inputs, json, verbose, help };
}
/**
 * A sub-command's flags, strictly: an unknown flag or a flag without its value is a UsageError
 * with Node's own message; positionals are the sub-command's verbs.
 */
function parseFlags(argv, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...argv], options, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new UsageError(err instanceof Error ? err.message || err.name : String(err));
    }
}


/***/ }),

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ commandInputs)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77593);
/**
 * What each `run`-like subcommand fixes on top of the flags: `rollback`, `promote` and `abort` run
 * that stage only; `plan` is `run --dry-run` (same flags, every read for real, the writes printed,
 * none made).
 */

/** The commands that run one stage of the same name. */
const ONE_STAGE = ['rollback', 'promote', 'abort'];
/** The input reader for `command` over the parsed flags; throws UsageError when a flag contradicts the command. */
function commandInputs(command, inputs) {
    const oneStage = ONE_STAGE.includes(command);
    if (oneStage && inputs.has('stages') && inputs.get('stages').trim() !== command) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`immutable-deploy ${command} runs the '${command}' stage only; drop --stages (or use 'immutable-deploy run --stages ...')`);
    }
    if (command === 'plan' && inputs.has('dry-run') && inputs.get('dry-run').trim().toLowerCase() !== 'true') {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("immutable-deploy plan never writes; drop --dry-run=false (or use 'immutable-deploy run')");
    }
    return (name) => {
        if (oneStage && name === 'stages')
            return command;
        if (command === 'plan' && name === 'dry-run')
            return 'true';
        return inputs.get(name);
    };
}


/***/ }),

/***/ 49159:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ runEmulator)
/* harmony export */ });
/**
 * `immutable-deploy emulator …`: the local Azure emulator (src/emulator/cli.ts), loaded with a
 * dynamic import so `run` never pays for it.
 */
async function runEmulator(argv) {
    const { runEmulatorCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(860), __nccwpck_require__.e(686), __nccwpck_require__.e(113)]).then(__nccwpck_require__.bind(__nccwpck_require__, 40113));
    try {
        await runEmulatorCommand([...argv]);
        return typeof process.exitCode === 'number' ? process.exitCode : 0;
    }
    catch (err) {
        process.stderr.write(`immutable-deploy emulator: ${err instanceof Error ? err.message : String(err)}\n`);
        return 1;
    }
}


/***/ }),

/***/ 62974:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ FLEET_HELP),
  j: () => (/* binding */ fleet)
});

// EXTERNAL MODULE: ./src/core/fleet/parse.ts
var parse = __nccwpck_require__(34827);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/plan/action.ts
var action = __nccwpck_require__(55461);
// EXTERNAL MODULE: ./src/core/fleet/gallery.ts
var fleet_gallery = __nccwpck_require__(44138);
;// CONCATENATED MODULE: ./src/core/fleet/pool.ts
/** Runs `work` over `items` with at most `limit` at once; `stop()` true keeps the rest from starting. */
async function eachBounded(items, limit, work, stop = () => false) {
    let next = 0;
    const lane = async () => {
        while (next < items.length && !stop()) {
            const index = next++;
            await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

// EXTERNAL MODULE: ./src/core/fleet/target-record.ts
var target_record = __nccwpck_require__(16565);
;// CONCATENATED MODULE: ./src/core/fleet/rollback.ts
/**
 * Returns a fleet's targets to their previous version: `fleet rollback` (every wave, last wave
 * first) and a failed wave with on-failure 'rollback-wave' (that wave). A target is rolled back
 * only when its release record on Azure says it runs the fleet's version, or a release of it did
 * not finish; any other target is left alone and reported so. Each rollback is the ordinary
 * rollback stage, one engine run per target (deploy lock, plan, writes, record), at most the
 * wave's `max-parallel` at once. Nothing else is removed; the halt marker stays unless asked.
 */





/**
 * Rolls back the targets of `waves` (in the order given) that run the version; their reports say
 * what happened. `why` ends each rolled-back target's message; with `sayLeft`, a target left alone
 * is reported so (a fleet rollback), else its report stays as its release left it (a failed wave).
 */
async function rollbackTargets(waves, deps, reports, why, sayLeft = false) {
    let rolledBack = 0;
    let failed = 0;
    for (const wave of waves) {
        await eachBounded(wave.targets, wave.maxParallel, async (target) => {
            const outcome = await rollbackOne(wave, target, deps, reports, why, sayLeft);
            if (outcome === 'rolled-back')
                rolledBack++;
            if (outcome === 'failed')
                failed++;
        }, () => deps.signal.aborted);
    }
    return { rolledBack, failed };
}
async function rollbackOne(wave, target, deps, reports, why, sayLeft) {
    const version = (0,target_record/* releaseVersion */.SF)(target);
    let record;
    try {
        record = deps.azure ? await recordOf(deps, target) : undefined;
    }
    catch (err) {
        reports.set(target, {
            result: 'failed',
            message: `rollback: could not read its release record: ${(0,target_record/* messageOf */.bD)(err)}`,
        });
        return 'failed';
    }
    // Without Azure ports (a caller that reads no record), what this run saw decides.
    const seen = reports.get(target);
    const standing = deps.azure
        ? (0,target_record/* standingOf */.YP)(record, version)
        : ['succeeded', 'skipped'].includes(seen.result) && seen.version === version
            ? 'on'
            : 'off';
    if (standing === 'off') {
        if (!sayLeft)
            return 'left';
        reports.set(target, {
            ...(seen.result === 'not-run' ? { result: 'skipped' } : {}),
            ...(record?.current ? { version: record.current } : {}),
            message: `${(0,target_record/* describeRecord */.TV)(record)}, not ${version}: left alone`,
        });
        return 'left';
    }
    deps.log(`wave ${wave.index + 1}: rollback of ${target.name} (${target.region}) from ${version}`);
    const result = await deps.runTarget(target, { ...target.settings, stages: ['rollback'] });
    if (result.status !== 'succeeded') {
        reports.set(target, { result: 'failed', message: `rollback: ${result.error?.message ?? result.status}` });
        deps.log(`wave ${wave.index + 1}: rollback of ${target.name} ${result.status}`);
        return 'failed';
    }
    const to = result.outputs.imageVersion;
    if (result.outputs.rolledBack === false) {
        // The rollback stage found nothing to write (the target already runs what it would return to).
        reports.set(target, { result: 'skipped', ...(to ? { version: to } : {}), message: 'nothing to roll back' });
        return 'left';
    }
    reports.set(target, {
        result: 'rolled-back',
        ...(to ? { version: to } : {}),
        message: `rolled back ${why}: ${version} → ${to ?? 'its previous version'}`,
    });
    deps.log(`wave ${wave.index + 1}: ${target.name} rolled back to ${to ?? 'its previous version'}`);
    return 'rolled-back';
}
/**
 * `fleet rollback`: every target of the fleet on its version back to its previous one, last wave
 * first. The halt marker stays (a later run of the version still refuses) unless `clearHalt`.
 */
async function rollbackFleet(fleet, deps, options = {}) {
    const reports = new FleetReports(fleet);
    const ref = versionOf(fleet);
    if (!ref)
        return reports.result(fleet, 'refused', NO_IMAGE);
    if (!deps.azure)
        throw new errors/* EngineError */.NJ('internal', 'fleet rollback needs the Azure ports to read each target’s release record');
    const call = { timeoutMs: deps.callTimeoutMs ?? 120_000, signal: deps.signal };
    const gallery = await deps.gallery();
    const marker = await (0,fleet_gallery/* withRetries */.LH)(() => (0,fleet_gallery/* readHalt */.ir)(gallery, ref, fleet.name, call), deps);
    deps.log(`rolling back fleet '${fleet.name}' from ${ref.version}${marker ? ` (halted: ${marker})` : ''}: last wave first`);
    const done = await rollbackTargets([...fleet.waves].reverse(), deps, reports, 'by fleet rollback', true);
    const ok = done.failed === 0 && !deps.signal.aborted;
    let halt = marker;
    if (marker !== undefined && options.clearHalt && ok) {
        const { tags } = await deps.azure();
        await (0,fleet_gallery/* withRetries */.LH)(() => tags.remove(imageIdOf(fleet), [(0,fleet_gallery/* haltTag */.ab)(fleet.name)], call), deps);
        deps.log(`removed the halt marker of fleet '${fleet.name}' from ${ref.version}`);
        halt = undefined;
    }
    else if (marker !== undefined && options.clearHalt) {
        deps.log('the halt marker stays: not every target was rolled back');
    }
    return reports.result(fleet, ok ? 'rolled-back' : 'failed', halt);
}

;// CONCATENATED MODULE: ./src/core/fleet/run.ts






const targetsOf = (fleet) => fleet.waves.flatMap((w) => w.targets.map((t) => ({ wave: w, target: t })));
/** The fleet's image version (its halt marker's home): the 'image-id' of its first image target. */
function imageIdOf(fleet) {
    const first = targetsOf(fleet).find(({ target }) => (0,target_record/* takesImage */.wz)(target) && (0,fleet_gallery/* versionRef */.qm)(target.settings.publish.imageId));
    return first?.target.settings.publish.imageId;
}
const versionOf = (fleet) => (0,fleet_gallery/* versionRef */.qm)(imageIdOf(fleet));
const NO_IMAGE = "a fleet run needs 'image-id' naming a gallery image version (in 'inputs'), released by at least one " +
    'scale-set target: its replication and the halt marker are read there';
/** Every target's plan: the engine in plan mode (every read for real, the writes listed, none made). */
async function planFleet(fleet, deps) {
    const reports = [];
    for (const { wave, target } of targetsOf(fleet)) {
        const result = await deps.runTarget(target, { ...target.settings, dryRun: true });
        const steps = (result.plan ?? []).map((w) => `${w.stage}: ${(0,action/* formatWrite */.jf)(w)}`);
        reports.push({
            ...where(wave, target),
            result: result.status === 'succeeded' ? 'planned' : 'failed',
            ...(result.error ? { message: result.error.message } : {}),
            version: result.outputs.imageVersion ?? (0,target_record/* releaseVersion */.SF)(target),
            steps,
        });
    }
    return { fleet: fleet.name, status: 'planned', ...versionField(fleet), targets: reports };
}
const where = (wave, target) => ({
    wave: wave.index + 1,
    waveName: wave.name,
    target: target.name,
    region: target.region,
});
const versionField = (fleet) => {
    const v = versionOf(fleet)?.version;
    return v ? { version: v } : {};
};
/** The fleet's reports, one per target, in fleet order; each engine run's outcome lands here. */
class FleetReports {
    byTarget = new Map();
    constructor(fleet) {
        for (const { wave, target } of targetsOf(fleet))
            this.byTarget.set(target, { ...where(wave, target), result: 'not-run' });
    }
    get(target) {
        return this.byTarget.get(target);
    }
    set(target, change) {
        this.byTarget.set(target, { ...this.get(target), ...change });
    }
    result(fleet, status, halt) {
        return {
            fleet: fleet.name,
            status,
            ...versionField(fleet),
            targets: [...this.byTarget.values()],
            ...(halt ? { halt } : {}),
        };
    }
}
/** Reads a target's release record (transient failures tried again); undefined without Azure ports. */
async function recordOf(deps, target) {
    if (!deps.azure)
        return undefined;
    const options = { timeoutMs: deps.callTimeoutMs ?? 120_000, signal: deps.signal };
    const { leases } = await deps.azure(target);
    return (0,fleet_gallery/* withRetries */.LH)(() => (0,target_record/* readTargetRecord */.L7)(leases, target, options), deps);
}
async function runFleet(fleet, deps) {
    return new FleetRun(fleet, deps).run('run');
}
/** The wave a halt marker names ('<version> wave <n> (<name>): <why>'), 0-based; undefined when it names none. */
function haltedWave(marker, fleet) {
    const n = Number(/ wave (\d+) \(/.exec(marker)?.[1]);
    return Number.isInteger(n) && n >= 1 && n <= fleet.waves.length ? n - 1 : undefined;
}
class FleetRun {
    fleet;
    deps;
    reports;
    constructor(fleet, deps) {
        this.fleet = fleet;
        this.deps = deps;
        this.reports = new FleetReports(fleet);
    }
    get options() {
        return { timeoutMs: this.deps.callTimeoutMs ?? 120_000, signal: this.deps.signal };
    }
    /** 'run': refuses a halted fleet; 'resume': starts at the halted wave and removes the marker once it passes. */
    async run(mode) {
        const ref = versionOf(this.fleet);
        if (!ref)
            return this.result('refused', NO_IMAGE);
        if (mode === 'resume' && !this.deps.azure)
            throw new errors/* EngineError */.NJ('internal', 'fleet resume needs the Azure ports to read each target’s release record');
        const gallery = await this.deps.gallery();
        const marker = await (0,fleet_gallery/* withRetries */.LH)(() => (0,fleet_gallery/* readHalt */.ir)(gallery, ref, this.fleet.name, this.options), this.deps);
        const from = this.firstWave(mode, ref, marker);
        if (typeof from === 'string')
            return this.result('refused', from);
        for (const wave of this.fleet.waves) {
            if (wave.index < from) {
                for (const t of wave.targets)
                    this.reports.set(t, { result: 'skipped', message: 'its wave passed before the halt' });
                continue;
            }
            const reason = await this.runWave(wave, gallery, ref);
            if (reason)
                return this.halt(wave, gallery, ref, reason);
            if (marker !== undefined && wave.index === from)
                await this.clearHalt(ref);
        }
        return this.result('succeeded');
    }
    /** The wave to start at (0-based), or why the run refuses: a halted fleet is only resumed. */
    firstWave(mode, ref, marker) {
        const name = this.fleet.name;
        if (marker === undefined) {
            if (mode === 'resume')
                this.deps.log(`fleet '${name}' is not halted for ${ref.version}: running it (released targets are skipped)`);
            return 0;
        }
        const halted = haltedWave(marker, this.fleet);
        if (mode === 'resume' && halted !== undefined) {
            this.deps.log(`resuming fleet '${name}' at wave ${halted + 1}: it was halted (${marker})`);
            return halted;
        }
        const how = mode === 'run'
            ? "run 'immutable-deploy fleet resume' after a fix to continue from the halted wave, or 'fleet rollback'"
            : `the marker names no wave of this fleet; remove the tag '${(0,fleet_gallery/* haltTag */.ab)(name)}' from the version and run again`;
        return `fleet '${name}' was halted for ${ref.version}: ${marker}; nothing was deployed (${how})`;
    }
    /**
     * Halts the fleet: the marker first (later runs refuse at once), then with on-failure
     * 'rollback-wave' the wave's targets on the version are rolled back and the marker says so.
     */
    async halt(wave, gallery, ref, reason) {
        const mark = async (why) => {
            const halt = `${ref.version} wave ${wave.index + 1} (${wave.name}): ${why}`;
            this.deps.log(`halting fleet '${this.fleet.name}': ${halt}`);
            await (0,fleet_gallery/* withRetries */.LH)(() => (0,fleet_gallery/* writeHalt */.RB)(gallery, ref, this.fleet.name, halt, this.options), this.deps);
            return halt;
        };
        let halt = await mark(reason);
        if (wave.onFailure === 'rollback-wave' && !this.deps.signal.aborted) {
            this.deps.log(`wave ${wave.index + 1} (${wave.name}) failed: rolling back its targets on the version`);
            const done = await rollbackTargets([wave], this.deps, this.reports, 'with its wave (on-failure: rollback-wave)');
            const failed = done.failed ? `, ${done.failed} failed to roll back` : '';
            halt = await mark(`${reason}; wave rolled back (${done.rolledBack} target(s)${failed})`);
        }
        return this.result('halted', halt);
    }
    /** The halted wave passed: the marker goes, so later runs of the fleet continue normally. */
    async clearHalt(ref) {
        const { tags } = await this.deps.azure();
        await (0,fleet_gallery/* withRetries */.LH)(() => tags.remove(imageIdOf(this.fleet), [(0,fleet_gallery/* haltTag */.ab)(this.fleet.name)], this.options), this.deps);
        this.deps.log(`wave passed: removed the halt marker of fleet '${this.fleet.name}' from ${ref.version}`);
    }
    /** Runs one wave; the reason it halts the fleet, or undefined when it passed. */
    async runWave(wave, gallery, ref) {
        const { clock, sleep, signal, log } = this.deps;
        log(`wave ${wave.index + 1} (${wave.name}): ${wave.targets.length} target(s), at most ${wave.maxParallel} at once`);
        const regions = wave.targets.filter(target_record/* takesImage */.wz).map((t) => t.region);
        if (regions.length > 0) {
            const replicated = await (0,fleet_gallery/* waitForReplication */.vm)({ gallery, clock, sleep, signal, log, callTimeoutMs: this.options.timeoutMs }, ref, regions, this.fleet.replicationTimeoutMs);
            if (!replicated.ok)
                return replicated.reason;
        }
        let failed = 0;
        const overBudget = () => failed > wave.failureBudget || signal.aborted;
        await eachBounded(wave.targets, wave.maxParallel, async (target) => {
            if (await this.alreadyReleased(wave, target))
                return;
            const outcome = await this.release(wave, target, target.settings);
            if (outcome !== 'succeeded')
                failed++;
        }, overBudget);
        if (overBudget())
            return this.failedText(wave, failed);
        if (wave.bakeTimeMs > 0) {
            log(`wave ${wave.index + 1} (${wave.name}): baking for ${Math.round(wave.bakeTimeMs / 1000)}s`);
            await sleep(wave.bakeTimeMs, signal);
        }
        const onVersion = (t) => ['succeeded', 'skipped'].includes(this.reports.get(t).result);
        const gated = wave.targets.filter((t) => t.gate && onVersion(t));
        await eachBounded(gated, wave.maxParallel, async (target) => {
            const before = this.reports.get(target);
            const outcome = await this.release(wave, target, target.gate, 'analysis after bake');
            if (outcome !== 'succeeded')
                failed++;
            else if (before.result === 'skipped')
                this.reports.set(target, before); // still 'already runs' it
        });
        return overBudget() ? this.failedText(wave, failed) : undefined;
    }
    /** The target's release record already holds the version: nothing to release (reported 'skipped'). */
    async alreadyReleased(wave, target) {
        const version = (0,target_record/* releaseVersion */.SF)(target);
        let record;
        try {
            record = await recordOf(this.deps, target);
        }
        catch (err) {
            // The release itself reads the target again: an unreadable record only costs the skip.
            this.deps.log(`wave ${wave.index + 1}: could not read ${target.name}'s release record (${(0,target_record/* messageOf */.bD)(err)}): releasing it`);
            return false;
        }
        if ((0,target_record/* standingOf */.YP)(record, version) !== 'on')
            return false;
        this.deps.log(`wave ${wave.index + 1}: ${target.name} already runs ${version}: skipped`);
        this.reports.set(target, { result: 'skipped', version, message: `already runs ${version}` });
        return true;
    }
    failedText(wave, failed) {
        if (this.deps.signal.aborted)
            return 'the run was cancelled';
        return `${failed} of ${wave.targets.length} target(s) failed (failure budget ${wave.failureBudget})`;
    }
    /** One engine run of a target; its outcome lands in the report. */
    async release(wave, target, settings, what = 'release') {
        this.deps.log(`wave ${wave.index + 1}: ${what} of ${target.name} (${target.region})`);
        const result = await this.deps.runTarget(target, settings);
        const outcome = result.status;
        const live = result.status === 'succeeded'
            ? result.outputs.imageVersion
            : result.outputs.rolledBack
                ? result.outputs.previousImageVersion
                : undefined;
        const previous = this.reports.get(target);
        const version = live ?? previous.version;
        this.reports.set(target, {
            result: outcome,
            ...(version ? { version } : {}),
            ...(result.error ? { message: `${what}: ${result.error.message}` } : {}),
        });
        this.deps.log(`wave ${wave.index + 1}: ${target.name} ${outcome}${result.error ? `: ${result.error.message}` : ''}`);
        return outcome;
    }
    result(status, halt) {
        return this.reports.result(this.fleet, status, halt);
    }
}

;// CONCATENATED MODULE: ./src/core/fleet/resume.ts
/**
 * `fleet resume`: continues a halted fleet after a fix. It reads the halt marker on the image
 * version (which wave halted), runs that wave again — its targets already on the version and
 * recorded live are skipped, the others released — removes the marker once the wave has passed
 * (bake time and gates included), then goes on with the later waves. Without a marker it is a
 * `fleet run` (which skips released targets as well). The engine is run.ts's FleetRun.
 */

async function resumeFleet(fleet, deps) {
    return new FleetRun(fleet, deps).run('resume');
}

;// CONCATENATED MODULE: ./src/core/fleet/summary.ts
const HEAD = ['wave', 'target', 'region', 'result', 'version'];
function renderFleetTable(result) {
    const rows = result.targets.map((t) => [`${t.wave} ${t.waveName}`, t.target, t.region, t.result, t.version ?? '-']);
    const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    return [line(HEAD), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
function renderFleetText(result) {
    const title = `fleet ${result.fleet}${result.version ? ` ${result.version}` : ''}: ${result.status}`;
    const lines = [title, '', renderFleetTable(result)];
    const failures = result.targets.filter((t) => t.message);
    if (failures.length > 0)
        lines.push('', ...failures.map((t) => `${t.target}: ${t.message}`));
    if (result.halt)
        lines.push('', `halt: ${result.halt}`);
    return `${lines.join('\n')}\n`;
}
/** Plan mode: the waves and each target's planned writes. */
function renderFleetPlan(result) {
    const lines = [`fleet ${result.fleet}${result.version ? ` ${result.version}` : ''}: plan (nothing written)`];
    let wave = 0;
    for (const t of result.targets) {
        if (t.wave !== wave)
            lines.push('', `wave ${t.wave} (${t.waveName})`);
        wave = t.wave;
        lines.push(`  ${t.target} (${t.region}): ${t.result}${t.message ? `: ${t.message}` : ''}`);
        for (const step of t.steps ?? [])
            lines.push(`    - ${step}`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/core/fleet/index.ts







// EXTERNAL MODULE: ./src/adapters/shared/azure-connection.ts
var azure_connection = __nccwpck_require__(36988);
// EXTERNAL MODULE: ./src/adapters/shared/config-file.ts
var config_file = __nccwpck_require__(27271);
// EXTERNAL MODULE: ./src/adapters/shared/fleet-file.ts
var fleet_file = __nccwpck_require__(46883);
// EXTERNAL MODULE: ./src/adapters/shared/run-step.ts + 5 modules
var run_step = __nccwpck_require__(76416);
// EXTERNAL MODULE: ./src/runtime/time.ts
var time = __nccwpck_require__(487);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __nccwpck_require__(77593);
// EXTERNAL MODULE: ./src/cli/host.ts
var cli_host = __nccwpck_require__(81626);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __nccwpck_require__(98571);
;// CONCATENATED MODULE: ./src/core/fleet/matrix.ts
/**
 * A fleet's waves as CI matrices, for fleets fanned out on the CI's own jobs: each target of a wave
 * becomes one matrix job that runs the action (or task) with `fleet-file` and `fleet-target`.
 *
 * - GitHub Actions: `{"include":[{"target":…,"region":…,"wave":N},…]}` on one line, for
 *   `strategy.matrix: ${{ fromJSON(needs.plan.outputs.…) }}` (a matrix with only `include` runs
 *   one job per entry: https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/running-variations-of-jobs-in-a-workflow).
 * - Azure Pipelines: `{"<job name>":{"target":…,"region":…,"wave":"N"},…}` for
 *   `strategy: matrix: $[ dependencies.<job>.outputs['<step>.matrix'] ]`. Job names take only
 *   letters, digits and `_` (https://learn.microsoft.com/azure/devops/pipelines/yaml-schema/jobs-job-strategy),
 *   so target names are mapped to such names, unique within the wave.
 */

/** The wave a 1-based number names; one clear error when there is no such wave. */
function fleetWave(fleet, wave) {
    const found = Number.isInteger(wave) ? fleet.waves[wave - 1] : undefined;
    if (!found)
        throw new errors/* EngineError */.NJ('input', `fleet '${fleet.name}' has ${fleet.waves.length} wave(s); wave ${String(wave)} is not one of them (expected 1 to ${fleet.waves.length})`);
    return found;
}
function waveMatrix(fleet, wave, format) {
    const w = fleetWave(fleet, wave);
    const entries = w.targets.map((t) => ({ target: t.name, region: t.region, wave }));
    return {
        fleet: fleet.name,
        wave,
        name: w.name,
        maxParallel: w.maxParallel,
        targets: entries.length,
        matrix: format === 'github' ? { include: entries } : azureMatrix(entries),
    };
}
function azureMatrix(entries) {
    const names = azureJobNames(entries.map((e) => e.target));
    return Object.fromEntries(entries.map((e, i) => [names[i], { target: e.target, region: e.region, wave: String(e.wave) }]));
}
/**
 * Azure Pipelines job names for target names: `-` and anything else becomes `_`, a name not
 * starting with a letter gets `t_` in front, and a name taken already (case-insensitively, as
 * Azure Pipelines compares them) gets `_2`, `_3`… so every target keeps its own job.
 */
function azureJobNames(targets) {
    const taken = new Set();
    return targets.map((target) => {
        const safe = target.replace(/[^A-Za-z0-9_]/g, '_');
        const base = /^[A-Za-z]/.test(safe) ? safe : `t_${safe}`;
        let name = base;
        for (let n = 2; taken.has(name.toLowerCase()); n++)
            name = `${base}_${n}`;
        taken.add(name.toLowerCase());
        return name;
    });
}
/** Every wave, in order: how a workflow learns how many wave jobs to run. */
function fleetWaves(fleet) {
    return { fleet: fleet.name, waves: fleet.waves.length, names: fleet.waves.map((w) => w.name) };
}

;// CONCATENATED MODULE: ./src/core/fleet/gate.ts






async function gateWave(fleet, waveNumber, deps, options = {}) {
    const wave = fleetWave(fleet, waveNumber);
    const ref = (0,fleet_gallery/* versionRef */.qm)(options.imageId ?? imageIdOf(fleet));
    const result = (status, targets, halt) => ({
        fleet: fleet.name,
        status,
        ...(ref ? { version: ref.version } : {}),
        targets,
        ...(halt ? { halt } : {}),
    });
    const blank = wave.targets.map((t) => report(wave, t, 'not-run'));
    if (!ref)
        return result('refused', blank, "the gate needs 'image-id' naming a gallery image version");
    const call = { timeoutMs: deps.callTimeoutMs ?? 120_000, signal: deps.signal };
    const gallery = await deps.gallery();
    const marker = await (0,fleet_gallery/* withRetries */.LH)(() => (0,fleet_gallery/* readHalt */.ir)(gallery, ref, fleet.name, call), deps);
    if (marker !== undefined)
        return result('halted', blank, marker);
    const judged = await judgeRecords(wave, deps, call, (t) => ((0,target_record/* takesImage */.wz)(t) ? ref.version : (0,target_record/* releaseVersion */.SF)(t)));
    const halt = async (failed) => {
        const why = `${ref.version} wave ${wave.index + 1} (${wave.name}): ${failed} of ${wave.targets.length} target(s) failed (failure budget ${wave.failureBudget})`;
        deps.log(`halting fleet '${fleet.name}': ${why}`);
        await (0,fleet_gallery/* withRetries */.LH)(() => (0,fleet_gallery/* writeHalt */.RB)(gallery, ref, fleet.name, why, call), deps);
        return result('halted', reports(judged), why);
    };
    const failedCount = () => reports(judged).filter((r) => r.result !== 'succeeded').length;
    if (failedCount() > wave.failureBudget)
        return halt(failedCount());
    const left = bakeLeft(wave, judged, deps.clock.now());
    if (left > 0) {
        if (options.wait === false) {
            const why = `wave ${wave.index + 1} (${wave.name}) bakes ${(0,duration/* formatDuration */.a)(left)} more (bake-time ${(0,duration/* formatDuration */.a)(wave.bakeTimeMs)})`;
            return { ...result('baking', reports(judged)), waiting: why };
        }
        deps.log(`wave ${wave.index + 1} (${wave.name}): baking ${(0,duration/* formatDuration */.a)(left)} more`);
        await deps.sleep(left, deps.signal);
    }
    await judgeAnalysis(wave, judged, deps);
    return failedCount() > wave.failureBudget ? halt(failedCount()) : result('succeeded', reports(judged));
}
const report = (wave, target, result) => ({
    wave: wave.index + 1,
    waveName: wave.name,
    target: target.name,
    region: target.region,
    result,
});
/** The reports as the result shows them (when each target was released is the gate's own). */
const reports = (judged) => [...judged.values()].map(({ deployedAt: _, ...rest }) => rest);
/** Each target's record, read at most `max-parallel` at once: on the version, or failed and why. */
async function judgeRecords(wave, deps, call, versionOf) {
    const judged = new Map(wave.targets.map((t) => [t, report(wave, t, 'not-run')]));
    await eachBounded(wave.targets, wave.maxParallel, async (target) => {
        const { leases } = await deps.azure(target);
        const record = await (0,fleet_gallery/* withRetries */.LH)(() => (0,target_record/* readTargetRecord */.L7)(leases, target, call), deps);
        const version = versionOf(target);
        const problem = recordProblem(record, version);
        const deployedAt = record?.deployedAt ? Date.parse(record.deployedAt) : undefined;
        judged.set(target, {
            ...report(wave, target, problem ? 'failed' : 'succeeded'),
            ...(record?.current ? { version: record.current } : {}),
            ...(problem ? { message: problem } : {}),
            ...(deployedAt !== undefined && !Number.isNaN(deployedAt) ? { deployedAt } : {}),
        });
    });
    return judged;
}
/** Why the record does not show `version` live on the target; undefined when it does. */
function recordProblem(record, version) {
    if (!record)
        return 'the target or its release record does not exist';
    const standing = (0,target_record/* standingOf */.YP)(record, version);
    if (standing === 'unfinished')
        return `a release of ${version} did not finish (state ${record.state ?? 'unknown'}; it runs ${record.current ?? 'no recorded version'})`;
    if (standing === 'off') {
        const what = record.state === 'rolled-back' || record.state === 'aborted' ? `${record.state}: ` : '';
        return `${what}it runs ${record.current ?? 'no recorded version'}, not ${version ?? 'the version'}`;
    }
    if (record.target && record.target !== version)
        return `a release of ${record.target} is under way on it`;
    return undefined;
}
/** How long the wave must still bake: its bake time after the last target's release, at most the bake time. */
function bakeLeft(wave, judged, now) {
    const times = [...judged.values()].flatMap((r) => (r.deployedAt !== undefined ? [r.deployedAt] : []));
    if (wave.bakeTimeMs <= 0)
        return 0;
    const last = times.length > 0 ? Math.max(...times) : now;
    return Math.min(wave.bakeTimeMs, Math.max(0, last + wave.bakeTimeMs - now));
}
async function judgeAnalysis(wave, judged, deps) {
    const gated = wave.targets.filter((t) => t.gate && judged.get(t)?.result === 'succeeded');
    await eachBounded(gated, wave.maxParallel, async (target) => {
        deps.log(`wave ${wave.index + 1}: analysis after bake of ${target.name} (${target.region})`);
        const run = await deps.runTarget(target, target.gate);
        if (run.status === 'succeeded')
            return;
        const previous = judged.get(target);
        const message = `analysis after bake: ${run.error?.message ?? `the gate run ${run.status}`}`;
        judged.set(target, { ...previous, result: 'failed', message });
    });
}

;// CONCATENATED MODULE: ./src/cli/fleet-ci.ts
/**
 * `immutable-deploy fleet matrix|gate`: a fleet fanned out on the CI's own jobs (docs/fleets.md).
 * `matrix` prints a wave's targets as a GitHub Actions or Azure Pipelines matrix (each entry one
 * job running the action or task with `fleet-file` + `fleet-target`); `gate` judges a wave from
 * its targets' release records on Azure, between two waves (src/core/fleet/gate.ts).
 */













const FLEET_CI_HELP = `Usage: immutable-deploy fleet matrix --file <fleet.yaml> [--wave <n>] [--expect-waves <n>] [--format github|azure-pipelines] [--json]
       immutable-deploy fleet gate --file <fleet.yaml> --wave <n> [--no-wait] [--image-id <id>] [--json] [--record-file <path>] [--verbose]

A fleet fanned out on the CI's own jobs (docs/fleets.md): one job per target, a gate between waves.
  matrix  with --wave: that wave's targets as a matrix, and its max-parallel. github (default):
          'matrix=<json>' and 'max-parallel=<n>' lines for $GITHUB_OUTPUT; azure-pipelines: the
          output variables 'matrix' and 'maxParallel' (##vso logging commands). Without --wave:
          the number of waves ('waves') and every wave's matrix ('wave-<n>', 'wave-<n>-max-parallel';
          Azure Pipelines: 'wave<n>', 'wave<n>MaxParallel').
  gate    judges a wave from its targets' release records on Azure: every target must run the
          version (failed targets beyond the failure budget halt the fleet), the bake time must
          have passed since the last target's release (waited out; --no-wait reports it, exit 1),
          then the wave's analysis gates are judged. Exit code 0 when the next wave may start.
Flags:
  --file <path>         the fleet file (YAML; schema/immutable-deploy-fleet.schema.json)
  --wave <n>            the wave, counted from 1
  --format <f>          matrix: github (default) or azure-pipelines
  --expect-waves <n>    matrix: fail unless the file has exactly this many waves (the pipeline's)
  --image-id <id>       gate: the gallery image version released (default: the fleet file's image-id)
  --no-wait             gate: report the bake time left instead of waiting it out
  --json                print the result as one JSON object on stdout
  --record-file <path>  gate: also write the result as JSON to this file
  --verbose             gate: also print each analysis run's debug logs (to stderr)
`;
function parseCiArgs(argv) {
    const { values, positionals } = (0,args/* parseFlags */.bQ)(argv, {
        file: { type: 'string' },
        wave: { type: 'string' },
        'expect-waves': { type: 'string' },
        format: { type: 'string' },
        'image-id': { type: 'string' },
        'no-wait': { type: 'boolean' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean' },
        'record-file': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help)
        return 'help';
    const verb = positionals[0] === 'matrix' || positionals[0] === 'gate' ? positionals[0] : undefined;
    if (!verb || positionals.length > 1)
        throw new args/* UsageError */.eb(`fleet ${positionals.join(' ')}: unexpected arguments`);
    if (!values.file?.trim())
        throw new args/* UsageError */.eb(`fleet ${verb} needs --file <fleet.yaml>`);
    const wave = values.wave === undefined ? undefined : Number(values.wave);
    if (wave !== undefined && !(Number.isInteger(wave) && wave >= 1))
        throw new args/* UsageError */.eb(`--wave takes a wave number counted from 1 (got '${values.wave}')`);
    if (verb === 'gate' && wave === undefined)
        throw new args/* UsageError */.eb('fleet gate needs --wave <n>');
    const format = values.format ?? 'github';
    if (format !== 'github' && format !== 'azure-pipelines')
        throw new args/* UsageError */.eb(`--format takes github or azure-pipelines (got '${format}')`);
    const only = (flag, ok) => {
        if (!ok)
            throw new args/* UsageError */.eb(`${flag} goes with fleet ${verb === 'gate' ? 'matrix' : 'gate'} only`);
    };
    only('--format', values.format === undefined || verb === 'matrix');
    only('--expect-waves', values['expect-waves'] === undefined || verb === 'matrix');
    const expect = values['expect-waves'] === undefined ? undefined : Number(values['expect-waves']);
    if (expect !== undefined && !(Number.isInteger(expect) && expect >= 1))
        throw new args/* UsageError */.eb(`--expect-waves takes a number of waves (got '${values['expect-waves']}')`);
    for (const f of ['image-id', 'no-wait', 'record-file', 'verbose'])
        only(`--${f}`, values[f] === undefined || verb === 'gate');
    return {
        verb,
        file: values.file.trim(),
        format,
        json: values.json ?? false,
        wait: !values['no-wait'],
        verbose: values.verbose ?? false,
        ...(wave !== undefined ? { wave } : {}),
        ...(expect !== undefined ? { expectWaves: expect } : {}),
        ...(values['image-id'] ? { imageId: values['image-id'].trim() } : {}),
        ...(values['record-file'] ? { recordFile: values['record-file'] } : {}),
    };
}
async function fleetCi(argv, write) {
    const signals = (0,run_step/* signalController */.fR)((s) => write.err(`\n${s} received: stopping the gate\n`));
    try {
        const args = parseCiArgs(argv);
        if (args === 'help') {
            write.out(FLEET_CI_HELP);
            return 0;
        }
        const now = time/* systemClock */.ml.now();
        const fleet = (0,parse/* parseFleet */.I9)((0,fleet_file/* loadFleetDocument */.K)(args.file), { now, readFile: (p) => (0,config_file/* readTextFile */.Gu)(p) });
        if (args.verb === 'matrix') {
            write.out(matrixText(fleet, args));
            return 0;
        }
        return await gate(fleet, args, signals.controller.signal, write);
    }
    catch (e) {
        write.err(`immutable-deploy fleet: ${(0,run_step/* errorMessage */.gJ)(e)}\n`);
        if (e instanceof args/* UsageError */.eb)
            write.err('(see immutable-deploy fleet matrix --help)\n');
        else if (!(e instanceof errors/* EngineError */.NJ) && e instanceof Error && e.stack && argv.includes('--verbose'))
            write.err(`${e.stack}\n`);
        return 1;
    }
    finally {
        signals.dispose();
    }
}
/** The matrix (or every wave's) as output lines for the CI named by --format, or as JSON. */
function matrixText(fleet, args) {
    if (args.expectWaves !== undefined && args.expectWaves !== fleet.waves.length)
        throw new errors/* EngineError */.NJ('input', `fleet '${fleet.name}' has ${fleet.waves.length} wave(s) and the pipeline runs ${args.expectWaves}; list every wave of the file in the pipeline`);
    const waves = args.wave !== undefined
        ? [waveMatrix(fleet, args.wave, args.format)]
        : fleet.waves.map((_, i) => waveMatrix(fleet, i + 1, args.format));
    if (args.json)
        return `${JSON.stringify(args.wave !== undefined ? waves[0] : { ...fleetWaves(fleet), matrices: waves })}\n`;
    const lines = [];
    if (args.wave !== undefined)
        lines.push(...waveLines(waves[0], '', args.format));
    else {
        lines.push(['waves', String(fleet.waves.length)]);
        for (const m of waves)
            lines.push(...waveLines(m, args.format === 'github' ? `wave-${m.wave}` : `wave${m.wave}`, args.format));
    }
    const line = ([name, value]) => args.format === 'github' ? `${name}=${value}` : `##vso[task.setvariable variable=${name};isOutput=true]${value}`;
    return `${lines.map(line).join('\n')}\n`;
}
function waveLines(m, prefix, format) {
    const json = JSON.stringify(m.matrix);
    if (format === 'github')
        return [
            [prefix || 'matrix', json],
            [prefix ? `${prefix}-max-parallel` : 'max-parallel', String(m.maxParallel)],
        ];
    return [
        [prefix || 'matrix', json],
        [prefix ? `${prefix}MaxParallel` : 'maxParallel', String(m.maxParallel)],
    ];
}
async function gate(fleet, args, signal, write) {
    const loaders = new Map();
    // One sign-in per Azure connection (targets sharing their azure inputs share it).
    const portsOf = (settings) => {
        const key = JSON.stringify(settings.azure);
        let loader = loaders.get(key);
        if (!loader)
            loaders.set(key, (loader = (0,azure_connection/* azureLoader */.TU)(settings, (0,azure_connection/* planSignIn */.yg)(settings, { kind: 'cli' }))));
        return loader();
    };
    const first = fleet.waves[0].targets[0].settings;
    const runTarget = (target, settings) => {
        const host = (0,cli_host/* cliHost */.$)(signal, {
            verbose: args.verbose,
            write: (t) => write.err(t.replace(/^(?=.)/gm, `[${target.name}] `)),
        });
        const options = {
            adapter: 'cli',
            read: (n) => target.inputs.get(n),
            namer: (n) => `${target.path}.${n}`,
            host,
        };
        return (0,run_step/* executeStep */.Ik)(options, settings);
    };
    const result = await gateWave(fleet, args.wave, {
        clock: time/* systemClock */.ml,
        sleep: time/* realSleep */.uk,
        signal,
        log: (line) => write.err(`fleet: ${line}\n`),
        runTarget,
        gallery: async () => (await portsOf(first)).gallery,
        azure: (target) => portsOf(target?.settings ?? first),
    }, { wait: args.wait, ...(args.imageId ? { imageId: args.imageId } : {}) });
    if (args.recordFile)
        await (0,promises_.writeFile)(args.recordFile, `${JSON.stringify(result, null, 2)}\n`, { mode: 0o644 });
    const waiting = result.waiting ? `\nwaiting: ${result.waiting}\n` : '';
    write.out(args.json ? `${JSON.stringify(result)}\n` : `${renderFleetText(result)}${waiting}`);
    return result.status === 'succeeded' ? 0 : 1;
}

;// CONCATENATED MODULE: ./src/cli/fleet.ts
/**
 * `immutable-deploy fleet plan|run|resume|rollback --file fleet.yaml`: one release across the fleet
 * file's targets in waves (src/core/fleet/). `plan` runs each target's plan (reads for real, no
 * write); `run` releases the waves on this runner; `resume` continues a halted fleet from its halted
 * wave; `rollback` returns the targets on the version to their previous one. Each prints a table of
 * targets × wave × result × version.
 */











const FLEET_HELP = `Usage: immutable-deploy fleet <plan|run|resume|rollback> --file <fleet.yaml> [--json] [--record-file <path>] [--verbose]

Releases one image version across the targets of a fleet file, wave by wave (docs/fleets.md).
  plan   prints the waves and each target's planned writes (every read for real, nothing written)
  run    runs the waves on this runner: each wave waits for the image version's replication to
         its regions, releases at most max-parallel targets at once (deploy + verify), holds its
         bake time and judges its analysis gates; a failed wave halts the fleet (exit code 1).
         Targets whose release record already holds the version are skipped.
  resume   continues a halted fleet after a fix: runs the halted wave again (released targets
         skipped), removes the halt marker once it passes, then the later waves
  rollback returns every target on the fleet's version to its previous version, last wave
         first; other targets are left alone; the halt marker stays unless --clear-halt
Flags:
  --file <path>         the fleet file (YAML; schema/immutable-deploy-fleet.schema.json)
  --json                print the result as one JSON object on stdout
  --record-file <path>  also write the result as JSON to this file
  --verbose             also print each target's debug logs (to stderr)
  --clear-halt          rollback: also remove the halt marker once every target is rolled back
On CI jobs: fleet matrix | fleet gate (see immutable-deploy fleet matrix --help)
`;
const VERBS = ['plan', 'run', 'resume', 'rollback'];
function parseFleetArgs(argv) {
    const { values, positionals } = (0,args/* parseFlags */.bQ)(argv, {
        file: { type: 'string' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean' },
        'record-file': { type: 'string' },
        'clear-halt': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help)
        return 'help';
    const verb = VERBS.find((v) => v === positionals[0]);
    if (!verb || positionals.length > 1)
        throw new args/* UsageError */.eb(`fleet needs one verb, ${VERBS.map((v) => `'${v}'`).join(', ')} (got ${positionals.length ? `'${positionals.join(' ')}'` : 'none'})`);
    if (values['clear-halt'] && verb !== 'rollback')
        throw new args/* UsageError */.eb('--clear-halt goes with fleet rollback only');
    if (!values.file?.trim())
        throw new args/* UsageError */.eb('fleet needs --file <fleet.yaml>');
    return {
        verb,
        file: values.file.trim(),
        json: values.json ?? false,
        verbose: values.verbose ?? false,
        ...(values['record-file'] ? { recordFile: values['record-file'] } : {}),
        clearHalt: values['clear-halt'] ?? false,
    };
}
async function fleet(argv, write) {
    // A fleet fanned out on CI jobs: the matrix of a wave, the gate between waves (fleet-ci.ts).
    if (argv[0] === 'matrix' || argv[0] === 'gate')
        return fleetCi(argv, write);
    const signals = (0,run_step/* signalController */.fR)((s) => write.err(`\n${s} received: cancelling the fleet (again to stop at once)\n`));
    try {
        const args = parseFleetArgs(argv);
        if (args === 'help') {
            write.out(FLEET_HELP);
            return 0;
        }
        const parsed = (0,parse/* parseFleet */.I9)((0,fleet_file/* loadFleetDocument */.K)(args.file), { now: time/* systemClock */.ml.now(), readFile: config_file/* readTextFile */.Gu });
        const signal = signals.controller.signal;
        const runTarget = async (target, settings) => {
            const host = (0,cli_host/* cliHost */.$)(signal, {
                verbose: args.verbose,
                write: (t) => write.err(t.replace(/^(?=.)/gm, `[${target.name}] `)),
            });
            const options = {
                adapter: 'cli',
                read: (n) => target.inputs.get(n),
                namer: (n) => `${target.path}.${n}`,
                host,
            };
            return (0,run_step/* executeStep */.Ik)(options, settings);
        };
        const log = (line) => write.err(`fleet: ${line}\n`);
        const first = parsed.waves[0].targets[0].settings;
        const loaders = new Map();
        // One sign-in per Azure connection (targets sharing their azure inputs share it).
        const portsOf = (settings) => {
            const key = JSON.stringify(settings.azure);
            let loader = loaders.get(key);
            if (!loader)
                loaders.set(key, (loader = (0,azure_connection/* azureLoader */.TU)(settings, (0,azure_connection/* planSignIn */.yg)(settings, { kind: 'cli' }))));
            return loader();
        };
        const deps = {
            clock: time/* systemClock */.ml,
            sleep: time/* realSleep */.uk,
            signal,
            log,
            runTarget,
            gallery: async () => (await portsOf(first)).gallery,
            azure: (target) => portsOf(target?.settings ?? first),
        };
        const result = args.verb === 'plan'
            ? await planFleet(parsed, { runTarget })
            : args.verb === 'resume'
                ? await resumeFleet(parsed, deps)
                : args.verb === 'rollback'
                    ? await rollbackFleet(parsed, deps, { clearHalt: args.clearHalt })
                    : await runFleet(parsed, deps);
        if (args.recordFile)
            await (0,promises_.writeFile)(args.recordFile, `${JSON.stringify(result, null, 2)}\n`, { mode: 0o644 });
        if (args.json)
            write.out(`${JSON.stringify(result)}\n`);
        else
            write.out(args.verb === 'plan' ? renderFleetPlan(result) : renderFleetText(result));
        if (signals.received())
            return signals.received() === 'SIGTERM' ? 143 : 130;
        const ok = args.verb === 'plan'
            ? result.targets.every((t) => t.result === 'planned')
            : result.status === (args.verb === 'rollback' ? 'rolled-back' : 'succeeded');
        return ok ? 0 : 1;
    }
    catch (e) {
        write.err(`immutable-deploy fleet: ${(0,run_step/* errorMessage */.gJ)(e)}\n`);
        if (e instanceof args/* UsageError */.eb)
            write.err('(see immutable-deploy fleet --help)\n');
        else if (!(e instanceof errors/* EngineError */.NJ) && e instanceof Error && e.stack && argv.includes('--verbose'))
            write.err(`${e.stack}\n`);
        return 1;
    }
    finally {
        signals.dispose();
    }
}


/***/ }),

/***/ 87911:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ MAIN_HELP),
/* harmony export */   VY: () => (/* binding */ helpFor),
/* harmony export */   Vu: () => (/* binding */ runHelp)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77593);
/* harmony import */ var _unlock_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7861);


const MAIN_HELP = `immutable-deploy: immutable-infrastructure releases on Azure (bake, publish, deploy, verify, clean up)

Usage:
  immutable-deploy run [--flags]          run the stages named by --stages (default: all)
  immutable-deploy plan [--flags]         every read for real, the writes a run would make printed, none made: run --dry-run
  immutable-deploy rollback [--flags]     return a target to its previous image (or --to-version): run --stages rollback
  immutable-deploy promote [--flags]      continue a canary a deploy paused ('pause' in --canary-steps): run --stages promote
  immutable-deploy abort [--flags]        return a paused canary's traffic to the stable release: run --stages abort
  immutable-deploy unlock --holder <owner> [--flags]
                                          break a dead run's deploy lock (the target flags as for a deploy)
  immutable-deploy fleet <plan|run|resume|rollback> --file <fleet.yaml>
                                          one release across a fleet file's targets, in waves (docs/fleets.md)
  immutable-deploy emulator <command>     the local Azure emulator for trying things out
  immutable-deploy --help                 this help
  immutable-deploy help <command>         a command's help, as <command> --help prints it
  immutable-deploy --version              the version of this package

Exit codes: 0 succeeded, 1 failed or bad input, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
`;
const GROUP_TITLES = {
    general: 'General',
    azure: 'Azure sign-in',
    bake: 'Bake',
    publish: 'Publish',
    deploy: 'Deploy',
    verify: 'Verify',
    cleanup: 'Clean-up',
};
function wrap(text, width, indent) {
    const words = text.split(/\s+/);
    const lines = [];
    let line = '';
    for (const w of words) {
        if (line && line.length + 1 + w.length > width) {
            lines.push(line);
            line = w;
        }
        else
            line = line ? `${line} ${w}` : w;
    }
    if (line)
        lines.push(line);
    return lines.map((l) => indent + l).join('\n');
}
function flagLine(def) {
    const value = def.ado.type === 'boolean' ? '' : def.ado.type === 'multiLine' ? ' <value>…' : ' <value>';
    const dflt = def.default !== undefined ? ` (default: ${def.default === '' ? "''" : def.default})` : '';
    const secret = def.secret ? ' [secret]' : '';
    return `  --${def.name}${value}${secret}\n${wrap(def.description + dflt, 76, '      ')}`;
}
/** What each command says about itself, and the flag it fixes (so its help does not offer it). */
const COMMAND_NOTES = {
    run: { lines: [] },
    plan: {
        lines: [
            'plan is run --dry-run: every stage does its reads for real and prints the writes it would',
            'make (resource, operation, before → after, why); none is made.',
        ],
        fixed: 'dry-run',
    },
    rollback: {
        lines: [
            'rollback is run --stages rollback: it returns the target to --to-version, by default the',
            'previous version recorded on the target.',
        ],
        fixed: 'stages',
    },
    promote: {
        lines: [
            'promote is run --stages promote: it continues the canary a deploy stopped at an open',
            "'pause' (read back from the target's release record) from the step after it. Pass the",
            'same --canary-steps (and artifact) as the deploy; it refuses when nothing is paused.',
        ],
        fixed: 'stages',
    },
    abort: {
        lines: [
            'abort is run --stages abort: it returns all production traffic of a paused canary to the',
            "stable release (weight 0) and records it 'aborted'.",
        ],
        fixed: 'stages',
    },
};
/** The help of a command by name, or undefined for an unknown one (`emulator` prints its own). */
function helpFor(command) {
    if (command in COMMAND_NOTES)
        return runHelp(command);
    if (command === 'unlock')
        return _unlock_js__WEBPACK_IMPORTED_MODULE_1__/* .UNLOCK_HELP */ .Dj;
    return undefined;
}
function runHelp(command = 'run') {
    const notes = COMMAND_NOTES[command];
    const out = [
        `Usage: immutable-deploy ${command} [--flags]`,
        '',
        ...(notes.lines.length > 0 ? [...notes.lines, ''] : []),
        'Every input is a flag; --config FILE reads any of them from a YAML file (kebab-case keys),',
        'and flags given on the command line override the file. Multi-line inputs may be repeated.',
        'Boolean flags take no value (--dry-run) or an explicit one (--dry-run=false).',
    ];
    for (const group of Object.keys(GROUP_TITLES)) {
        const defs = _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CLI_INPUTS */ .dV.filter((d) => d.group === group && d.name !== notes.fixed);
        if (defs.length === 0)
            continue;
        out.push('', `${GROUP_TITLES[group]}:`, ...defs.map(flagLine));
    }
    out.push('', 'Output:', ..._args_js__WEBPACK_IMPORTED_MODULE_0__/* .EXTRA_FLAGS */ .Zw.map((f) => `  --${f.name}\n${wrap(f.description, 76, '      ')}`), '');
    return out.join('\n');
}


/***/ }),

/***/ 81626:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ cliHost)
/* harmony export */ });
function cliHost(signal, options) {
    const write = options.write ?? ((t) => void process.stderr.write(t));
    const outputs = new Map();
    let result;
    let depth = 0;
    const line = (prefix, m) => {
        const pad = '  '.repeat(depth);
        write(`${m
            .split('\n')
            .map((l) => `${pad}${prefix}${l}`)
            .join('\n')}\n`);
    };
    return {
        signal,
        outputs,
        result: () => result,
        info: (m) => line('', m),
        debug: (m) => {
            if (options.verbose)
                line('debug: ', m);
        },
        warning: (m) => line('warning: ', m),
        error: (m) => line('error: ', m),
        group: async (name, fn) => {
            line('▶ ', name);
            depth++;
            try {
                return await fn();
            }
            finally {
                depth--;
            }
        },
        // The engine redacts everything it hands to the host; nothing else prints secrets.
        setSecret: () => undefined,
        setOutput: (name, value) => void outputs.set(name, value),
        writeSummary: async (r) => {
            result = r;
        },
    };
}


/***/ }),

/***/ 70486:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* unused harmony export cli */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16199);
/* harmony import */ var _adapters_shared_run_step_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76416);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(77593);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3567);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(87911);
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(81626);
/* harmony import */ var _emulator_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(49159);
/* harmony import */ var _unlock_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7861);
/* harmony import */ var _fleet_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(62974);
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(8330);
/**
 * The `immutable-deploy` command (dist/cli/index.js). Subcommands: run; plan (`run --dry-run`:
 * the writes a run would make, none made); rollback (`run --stages rollback`); promote / abort
 * (`run --stages promote|abort`: a canary paused at an open 'pause'); unlock (break a dead
 * run's deploy lock); emulator (the local Azure emulator, when this build has it).
 */










const COMMANDS = ['run', 'plan', 'rollback', 'promote', 'abort', 'unlock', 'fleet', 'emulator'];
const out = (t) => void process.stdout.write(t);
const err = (t) => void process.stderr.write(t);
/** package.json's version (bundled in: the CLI bundle reads no file to know it). */
const VERSION = _package_json__WEBPACK_IMPORTED_MODULE_7__/* .version */ .rE;
async function cli(argv) {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h') {
        out(_help_js__WEBPACK_IMPORTED_MODULE_4__/* .MAIN_HELP */ .Ic);
        return command === undefined ? 1 : 0;
    }
    if (command === 'help')
        return help(rest[0]);
    if (command === '--version' || command === '-v') {
        out(`${VERSION}\n`);
        return 0;
    }
    switch (command) {
        case 'run':
            return run(rest);
        case 'plan':
            // `run --dry-run`, with the same flags: every read for real, the writes printed, none made.
            return run(rest, 'plan');
        case 'rollback':
            // `run --stages rollback`, with the same flags: to-version, or the previous version recorded on the target.
            return run(rest, 'rollback');
        case 'promote':
        case 'abort':
            // `run --stages promote|abort`: continue a canary paused at an open 'pause', or return its traffic.
            return run(rest, command);
        case 'unlock':
            // Breaks a dead run's deploy lock; --holder must name the lease's owner.
            return (0,_unlock_js__WEBPACK_IMPORTED_MODULE_5__/* .unlock */ .Tl)(rest, { out, err });
        case 'fleet':
            // One release across a fleet file's targets, in waves (plan | run).
            return (0,_fleet_js__WEBPACK_IMPORTED_MODULE_6__/* .fleet */ .j)(rest, { out, err });
        case 'emulator':
            return (0,_emulator_js__WEBPACK_IMPORTED_MODULE_8__/* .runEmulator */ .H)(rest);
        default: {
            const near = COMMANDS.find((k) => k.startsWith(command.slice(0, 2)));
            err(`immutable-deploy: unknown command '${command}'${near ? `; did you mean '${near}'?` : ''} (see immutable-deploy --help)\n`);
            return 1;
        }
    }
}
/** `help [command]`: the main help, or the command's own (as `<command> --help` prints it). */
function help(command) {
    if (command === 'emulator')
        return (0,_emulator_js__WEBPACK_IMPORTED_MODULE_8__/* .runEmulator */ .H)(['--help']);
    if (command === 'fleet') {
        out(_fleet_js__WEBPACK_IMPORTED_MODULE_6__/* .FLEET_HELP */ .R);
        return 0;
    }
    const text = command === undefined ? _help_js__WEBPACK_IMPORTED_MODULE_4__/* .MAIN_HELP */ .Ic : (0,_help_js__WEBPACK_IMPORTED_MODULE_4__/* .helpFor */ .VY)(command);
    if (text === undefined) {
        err(`immutable-deploy: no help for '${command}': the commands are ${COMMANDS.join(', ')}\n`);
        return 1;
    }
    out(text);
    return 0;
}
async function run(argv, command = 'run') {
    let json = false;
    const signals = (0,_adapters_shared_run_step_js__WEBPACK_IMPORTED_MODULE_1__/* .signalController */ .fR)((s) => err(`\n${s} received: cancelling the run (again to stop at once)\n`));
    // Known before parsing, so that a bug while parsing shows its stack too.
    const verbose = argv.includes('--verbose');
    try {
        const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRunArgs */ .ug)(argv);
        json = args.json;
        if (args.help) {
            out((0,_help_js__WEBPACK_IMPORTED_MODULE_4__/* .runHelp */ .Vu)(command));
            return 0;
        }
        const host = (0,_host_js__WEBPACK_IMPORTED_MODULE_9__/* .cliHost */ .$)(signals.controller.signal, { verbose: args.verbose });
        const read = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .commandInputs */ .t)(command, args.inputs);
        const namer = (name) => `--${name}`;
        const options = { adapter: 'cli', read, namer, host };
        const settings = (0,_adapters_shared_run_step_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareStep */ .Ie)(options);
        const result = await (0,_adapters_shared_run_step_js__WEBPACK_IMPORTED_MODULE_1__/* .executeStep */ .Ik)(options, settings);
        const shown = host.result() ?? result;
        if (json)
            out(`${JSON.stringify({ ...shown, outputValues: Object.fromEntries(host.outputs) })}\n`);
        else
            out((0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderText */ .S5)(shown));
        if (result.status === 'cancelled' || signals.received())
            return signals.received() === 'SIGTERM' ? 143 : 130;
        return result.status === 'succeeded' ? 0 : 1;
    }
    catch (e) {
        const kind = e instanceof _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb ? 'usage' : e instanceof _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ ? e.kind : 'internal';
        const message = (0,_adapters_shared_run_step_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e);
        const stack = (0,_adapters_shared_run_step_js__WEBPACK_IMPORTED_MODULE_1__/* .bugStack */ .VD)(e);
        if (json)
            out(`${JSON.stringify({ status: 'failed', error: { kind, message } })}\n`);
        err(`immutable-deploy: ${message}\n`);
        if (stack && (verbose || process.env.IMMUTABLE_DEPLOY_DEBUG))
            err(`${stack}\n`);
        if (e instanceof _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SettingsError */ .GN || e instanceof _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb)
            err(`(see immutable-deploy ${command} --help)\n`);
        return 1;
    }
    finally {
        signals.dispose();
    }
}
process.exitCode = await cli(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7861:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Dj: () => (/* binding */ UNLOCK_HELP),
  Tl: () => (/* binding */ unlock)
});

// UNUSED EXPORTS: takeHolder

// EXTERNAL MODULE: ./src/core/lock/lock.ts + 2 modules
var lock = __nccwpck_require__(29633);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/lock/lease.ts
var lock_lease = __nccwpck_require__(52625);
// EXTERNAL MODULE: ./src/core/lock/release.ts
var release = __nccwpck_require__(26394);
;// CONCATENATED MODULE: ./src/core/lock/unlock.ts



const callOptions = () => ({ signal: new AbortController().signal, timeoutMs: release/* RELEASE_TIMEOUT_MS */.V7 });
async function breakLease(port, target, holder, deps) {
    const state = await port.read(target, callOptions());
    if (!state)
        throw new errors/* EngineError */.NJ('input', `${(0,release/* describeTarget */.ff)(target)} does not exist in resource group '${target.resourceGroup}'; nothing to unlock`);
    const value = (0,lock_lease/* leaseTagValue */.gz)(state.tags);
    const lease = (0,lock_lease/* parseLease */.QM)(value);
    if (!value || !lease) {
        deps.info(`There is no deploy lock on ${(0,release/* describeTarget */.ff)(target)}; nothing to break.`);
        return {};
    }
    if (lease.owner !== holder) {
        throw new errors/* EngineError */.NJ('input', `the deploy lock on ${(0,release/* describeTarget */.ff)(target)} is held by ${(0,lock_lease/* describeHolder */.sG)(lease)} until ${new Date(lease.expiresAt).toISOString()}, not by '${holder}'; nothing was changed. If that run is dead, pass --holder ${lease.owner}`);
    }
    deps.warn(`breaking the deploy lock on ${(0,release/* describeTarget */.ff)(target)} held by ${(0,lock_lease/* describeHolder */.sG)(lease)} until ${new Date(lease.expiresAt).toISOString()}: make sure that run no longer deploys`);
    await port.removeTagIfValue(target, lock_lease/* LOCK_TAG */.ft, value, callOptions());
    const after = await port.read(target, callOptions());
    if (after && (0,lock_lease/* leaseTagValue */.gz)(after.tags) === value) {
        throw new errors/* EngineError */.NJ('transient', `the deploy lock on ${(0,release/* describeTarget */.ff)(target)} is still there after removing it; try again`);
    }
    const next = (0,lock_lease/* parseLease */.QM)((0,lock_lease/* leaseTagValue */.gz)(after?.tags ?? {}));
    if (next)
        deps.info(`The deploy lock on ${(0,release/* describeTarget */.ff)(target)} is now held by ${(0,lock_lease/* describeHolder */.sG)(next)}.`);
    deps.info(`Deploy lock on ${(0,release/* describeTarget */.ff)(target)} broken (it was held by ${(0,lock_lease/* describeHolder */.sG)(lease)}).`);
    return { broken: lease };
}

// EXTERNAL MODULE: ./src/adapters/shared/azure-connection.ts
var azure_connection = __nccwpck_require__(36988);
// EXTERNAL MODULE: ./src/adapters/shared/prepare.ts + 1 modules
var prepare = __nccwpck_require__(50473);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __nccwpck_require__(77593);
// EXTERNAL MODULE: ./src/cli/host.ts
var cli_host = __nccwpck_require__(81626);
;// CONCATENATED MODULE: ./src/cli/unlock.ts
/**
 * `immutable-deploy unlock --holder <owner>`: breaks a dead run's deploy lock on purpose. It takes
 * the same target flags as a deploy (--resource-group, --strategy and --scale-set / --load-balancer
 * / --app-service, Azure sign-in, --config) and refuses unless --holder names the lease's owner,
 * so nobody breaks a lease blindly.
 */






const UNLOCK_HELP = `Usage: immutable-deploy unlock --holder <owner> [--flags]

Breaks the deploy lock a dead run left on the deploy target, so that the next run need not wait
for it to expire. --holder must be the owner the lease names (a waiting run's message and the
'immutable-deploy.lock' tag show it: the text before the first ';'); otherwise nothing changes.
The target comes from the same flags as a deploy: --resource-group, --strategy and --scale-set
(rolling) / --load-balancer (blue-green) / --app-service (slot-swap), plus the Azure sign-in flags
and --config (see immutable-deploy run --help).
`;
/** Takes `--holder <owner>` / `--holder=<owner>` out of argv; the rest are deploy flags. */
function takeHolder(argv) {
    const rest = [];
    let holder;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--holder') {
            const next = argv[i + 1];
            if (next === undefined || next.startsWith('--'))
                throw new cli_args/* UsageError */.eb("flag '--holder' needs a value: the owner of the lease to break");
            holder = next;
            i++;
        }
        else if (arg.startsWith('--holder='))
            holder = arg.slice('--holder='.length);
        else
            rest.push(arg);
    }
    return { holder, rest };
}
async function unlock(argv, write) {
    try {
        const { holder, rest } = takeHolder(argv);
        const args = (0,cli_args/* parseRunArgs */.ug)(rest);
        if (args.help) {
            write.out(UNLOCK_HELP);
            return 0;
        }
        if (!holder?.trim() || holder.includes(';')) {
            throw new cli_args/* UsageError */.eb(`unlock needs --holder <owner>: the owner named by the lease to break (got ${holder === undefined ? 'none' : `'${holder}'`})`);
        }
        const host = (0,cli_host/* cliHost */.$)(new AbortController().signal, { verbose: args.verbose });
        // Only the target and the sign-in matter: read the flags as a rollback would (no image inputs needed).
        const read = (name) => (name === 'stages' ? 'rollback' : args.inputs.get(name));
        const settings = (0,prepare/* prepareStep */.Ie)({ adapter: 'cli', read, namer: (name) => `--${name}`, host });
        const target = (0,lock/* lockTarget */.Nd)(settings);
        if (!target) {
            throw new cli_args/* UsageError */.eb('unlock needs the deploy target: --resource-group and --scale-set (rolling), --load-balancer (blue-green) or --app-service (slot-swap), as for the deploy');
        }
        const ports = await (0,azure_connection/* azureLoader */.TU)(settings, (0,azure_connection/* planSignIn */.yg)(settings, { kind: 'cli' }))();
        await breakLease(ports.leases, target, holder.trim(), { info: (m) => host.info(m), warn: (m) => host.warning(m) });
        return 0;
    }
    catch (e) {
        write.err(`immutable-deploy unlock: ${e instanceof Error ? e.message : String(e)}\n`);
        if (e instanceof cli_args/* UsageError */.eb)
            write.err('(see immutable-deploy unlock --help)\n');
        return 1;
    }
}


/***/ }),

/***/ 32467:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ CONDITION_EXPECTED),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   Rx: () => (/* binding */ formatCondition),
/* harmony export */   v9: () => (/* binding */ holds),
/* harmony export */   zB: () => (/* binding */ parseCondition)
/* harmony export */ });
const NUMBER = String.raw `[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?`;
const COMPARE = new RegExp(String.raw `^(<=|>=|==|!=|<|>|=)\s*(${NUMBER})$`);
const RANGE = new RegExp(String.raw `^(${NUMBER})\s*\.\.\s*(${NUMBER})$`);
const CONDITION_EXPECTED = "expected a comparison with a number ('< 1', '<= 0.5', '> 100', '>= 99.5', '== 0', '!= 0') or a range ('1..5', both ends included)";
/** The condition, or an error message (the caller names the input and the value). */
function parseCondition(raw) {
    const v = raw.trim();
    const compare = COMPARE.exec(v);
    if (compare) {
        const op = (compare[1] === '=' ? '==' : compare[1]);
        return { ok: true, condition: { kind: 'compare', op, value: Number(compare[2]) } };
    }
    const range = RANGE.exec(v);
    if (range) {
        const min = Number(range[1]);
        const max = Number(range[2]);
        if (min > max)
            return { ok: false, error: `is an empty range (${min} is above ${max}); expected 'low..high'` };
        return { ok: true, condition: { kind: 'range', min, max } };
    }
    return { ok: false, error: `is not a condition; ${CONDITION_EXPECTED}` };
}
function holds(c, value) {
    if (c.kind === 'range')
        return value >= c.min && value <= c.max;
    switch (c.op) {
        case '<':
            return value < c.value;
        case '<=':
            return value <= c.value;
        case '>':
            return value > c.value;
        case '>=':
            return value >= c.value;
        case '==':
            return value === c.value;
        case '!=':
            return value !== c.value;
    }
}
/** '< 1', 'in 1..5'. */
function formatCondition(c) {
    return c.kind === 'range' ? `in ${c.min}..${c.max}` : `${c.op} ${c.value}`;
}
/** A measured number as the summary shows it: up to 4 significant decimals, no float noise. */
function formatValue(value) {
    if (value === null)
        return 'no data';
    if (Number.isInteger(value))
        return String(value);
    return String(Number(value.toPrecision(6)));
}


/***/ }),

/***/ 6262:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ monitoredTarget),
/* harmony export */   WR: () => (/* binding */ verifyAnalysis),
/* harmony export */   Zz: () => (/* binding */ plannedGates)
/* harmony export */ });
/* unused harmony exports ANALYSIS_SLACK_MS, analysisBudgetMs */
/* harmony import */ var _deploy_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(53129);
/* harmony import */ var _rollout_for_stage_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(55797);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(28107);



/** Room beyond the gates' own span for reads that Azure answers slowly or throttles. */
const ANALYSIS_SLACK_MS = 5 * 60_000;
/** The longest gate's span (initial delay + count × interval) plus the slack. */
function analysisBudgetMs(gates) {
    const spans = gates.map((g) => g.timing.initialDelayMs + g.timing.count * g.timing.intervalMs);
    return Math.max(0, ...spans) + ANALYSIS_SLACK_MS;
}
/** The strategy's answer to "what is the target" for gates that say 'target'. */
function monitoredTarget(settings) {
    const rg = settings.deploy.resourceGroup ?? settings.resourceGroup;
    return rg ? (0,_deploy_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .descriptorOf */ .nb)(settings.deploy.strategy).monitored?.(settings.deploy, rg) : undefined;
}
/** A verify-only step's version: the 'image-version' input when it names one. */
const explicitVersion = (s) => s.publish.version.kind === 'explicit' ? s.publish.version.version : undefined;
/** Plan mode: one "would check" line per gate. */
function plannedGates(settings) {
    const target = monitoredTarget(settings);
    return settings.analysis.map((g) => (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .wouldCheck */ ._Z)(g, target));
}
/**
 * Verify's gates, judging the release this run deployed (or, in a verify-only step, what the
 * target serves), from now on. `stop` ends them early without failing them.
 */
async function verifyAnalysis(ctx, stop) {
    const { settings, deps } = ctx;
    const gates = settings.analysis;
    if (gates.length === 0)
        return [];
    const ports = await ctx.azure();
    const ex = (0,_rollout_for_stage_js__WEBPACK_IMPORTED_MODULE_1__/* .executorFor */ .lL)({ ...ctx, signal: AbortSignal.any([ctx.signal, stop]) }, { retryBaseMs: ports.monitor.pollIntervalMs, timeoutMs: analysisBudgetMs(gates), budgetName: 'analysis' });
    const results = await (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runAnalysis */ .A1)(gates, {
        ex,
        monitor: ports.monitor,
        clock: deps.clock,
        log: deps.host,
        target: monitoredTarget(settings),
        resourceGroup: settings.deploy.resourceGroup ?? settings.resourceGroup,
        context: {
            version: ctx.outputs.imageVersion ?? explicitVersion(settings),
            previousVersion: ctx.outputs.previousImageVersion,
            since: deps.clock.now(),
        },
        runSignal: ctx.signal,
    });
    return results.map((r) => ({ ...r, during: 'verify' }));
}


/***/ }),

/***/ 20582:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V2: () => (/* binding */ substitute),
/* harmony export */   y7: () => (/* binding */ placeholderProblems)
/* harmony export */ });
/* unused harmony exports PLACEHOLDERS, kqlString */
const PLACEHOLDERS = ['version', 'previous-version', 'since', 'interval'];
const TOKEN = /\{([a-z][a-z0-9-]*)\}/gi;
/** Problems with the placeholders of `query` (unknown names, quoted placeholders), as messages. */
function placeholderProblems(query) {
    const problems = [];
    for (const m of query.matchAll(TOKEN)) {
        const name = m[1];
        if (!PLACEHOLDERS.includes(name)) {
            problems.push(`has an unknown placeholder '{${name}}'; expected ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`);
            continue;
        }
        const before = query[m.index - 1];
        const after = query[m.index + m[0].length];
        if ((before === '"' || before === "'") && before === after)
            problems.push(`has {${name}} inside quotes; expected it without quotes (it becomes a quoted KQL literal)`);
    }
    return problems;
}
/** A KQL string literal: double quotes, backslash escapes (no value can end it early). */
function kqlString(value) {
    const escaped = value
        .replace(/[\\"]/g, (c) => `\\${c}`)
        .replace(/\r/g, '\\r')
        .replace(/\n/g, '\\n');
    return `"${escaped}"`;
}
/** The query with every placeholder replaced by its literal. */
function substitute(query, ctx, intervalMs) {
    const values = {
        version: kqlString(ctx.version ?? ''),
        'previous-version': kqlString(ctx.previousVersion ?? ''),
        since: `datetime(${new Date(ctx.since).toISOString()})`,
        interval: `${Math.max(1, Math.round(intervalMs / 1000))}s`,
    };
    return query.replace(TOKEN, (whole, name) => (name in values ? values[name] : whole));
}


/***/ }),

/***/ 78087:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ roundReads)
/* harmony export */ });
/* unused harmony export ACTIVE_LOOKBACK_MS */
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(20582);

/** The calls a round at `now` makes for the gates due then. */
function roundReads(due, ctx, now) {
    const reads = [];
    const metricGroups = new Map();
    for (const r of due) {
        if (r.gate.kind !== 'metric')
            continue;
        const g = r.gate;
        const key = [r.metricResource.id.toLowerCase(), r.filter ?? '', g.namespace ?? '', windowOf(g)].join('|');
        metricGroups.set(key, [...(metricGroups.get(key) ?? []), r]);
    }
    for (const group of metricGroups.values())
        reads.push(metricsRead(group, now));
    const alerts = due.filter((r) => r.gate.kind === 'alerts');
    if (alerts.length > 0)
        reads.push(alertsRead(alerts, ctx, now));
    for (const r of due) {
        if (r.gate.kind !== 'query')
            continue;
        const g = r.gate;
        reads.push({
            kind: 'query',
            gates: [r],
            what: `running the query of analysis '${g.name}'`,
            request: {
                source: g.source,
                query: (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_0__/* .substitute */ .V2)(g.query, ctx, g.timing.intervalMs),
                from: g.windowMs !== undefined ? now - g.windowMs : ctx.since,
                to: now,
            },
        });
    }
    return reads;
}
const windowOf = (g) => g.windowMs ?? g.timing.intervalMs;
/** How far back an alerts list reaches for alerts still firing when the gate starts. */
const ACTIVE_LOOKBACK_MS = 24 * 3_600_000;
function metricsRead(group, now) {
    const first = group[0];
    const g = first.gate;
    const names = unique(group.flatMap((r) => r.gate.metrics));
    const aggregations = unique(group.map((r) => r.gate.aggregation));
    return {
        kind: 'metrics',
        gates: group,
        what: `reading metric(s) ${names.join(', ')} of ${first.metricResource.label}`,
        request: {
            resourceId: first.metricResource.id,
            names,
            aggregations,
            from: now - windowOf(g),
            to: now,
            ...(first.filter ? { filter: first.filter } : {}),
            ...(g.namespace ? { namespace: g.namespace } : {}),
        },
    };
}
/**
 * One list for every alerts gate due, at the scope of the targets' resource group when they share
 * one (least privilege), narrowed server-side where every gate agrees (one target, one severity,
 * one rule id); each gate then keeps the alerts that concern it.
 */
function alertsRead(gates, ctx, now) {
    const targets = unique(gates.flatMap((r) => (r.alertResources ?? []).map((a) => a.id)));
    const groups = unique(targets.map(resourceGroupOf).filter((g) => !!g));
    const specs = gates.map((r) => r.gate);
    const severities = unique(specs.flatMap((g) => g.severities));
    const everyGateOneSeverity = specs.every((g) => g.severities.length === 1);
    const rules = unique(specs.flatMap((g) => g.rules));
    const everyGateOneRuleId = specs.every((g) => g.rules.length === 1 && g.rules[0].startsWith('/'));
    const request = {
        // Back a day, so that an alert still firing since before the release is in the list too.
        from: ctx.since - ACTIVE_LOOKBACK_MS,
        to: now,
        ...(targets.length === 1 ? { targetResource: targets[0] } : {}),
        ...(groups.length === 1 ? { resourceGroup: groups[0] } : {}),
        ...(everyGateOneSeverity && severities.length === 1 ? { severity: severities[0] } : {}),
        ...(everyGateOneRuleId && rules.length === 1 ? { alertRule: rules[0] } : {}),
    };
    return { kind: 'alerts', gates, what: 'listing the alerts fired', request };
}
function resourceGroupOf(id) {
    return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1];
}
function unique(values) {
    const seen = new Set();
    return values.filter((v) => {
        const key = String(v).toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ }),

/***/ 8110:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   mW: () => (/* binding */ resolveGate),
/* harmony export */   oF: () => (/* binding */ ruleName),
/* harmony export */   pu: () => (/* binding */ describeCondition),
/* harmony export */   tb: () => (/* binding */ describeWhere)
/* harmony export */ });
/* unused harmony exports dimensionFilter, idLabel */
/* harmony import */ var _azure_monitor_port_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(33781);
/* harmony import */ var _condition_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(32467);
/**
 * A gate's resources as Azure ids: 'target' through the strategy's descriptor (what it monitors:
 * load balancer, scale set, web app and slot), ids as given; the metric `$filter` of its
 * dimensions. Pure: no call to Azure.
 */


function resolveGate(gate, subscriptionId, target) {
    if (gate.kind === 'metric') {
        const metricResource = metricResourceOf(gate, subscriptionId, target);
        const filter = dimensionFilter(gate.dimensions);
        return {
            gate,
            condition: describeCondition(gate, metricResource.label),
            metricResource,
            ...(filter ? { filter } : {}),
        };
    }
    if (gate.kind === 'alerts') {
        const alertResources = gate.resources.flatMap((r) => alertResourcesOf(r, subscriptionId, target));
        return { gate, condition: describeCondition(gate, labels(alertResources)), alertResources };
    }
    return { gate, condition: describeCondition(gate, sourceLabel(gate)) };
}
/** The condition in words: 'Http5xx total of web app shop < 1', 'no alert fired on …', 'column rate < 1'. */
function describeCondition(gate, where) {
    if (gate.kind === 'metric')
        return `${gate.metrics.join(', ')} ${gate.aggregation}${dims(gate)} of ${where} ${(0,_condition_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCondition */ .Rx)(gate.condition)}`;
    if (gate.kind === 'alerts') {
        const rules = gate.rules.length > 0 ? ` of rule(s) ${gate.rules.map(lastSegment).join(', ')}` : '';
        const sev = gate.severities.length > 0 ? ` (${gate.severities.join(', ')})` : '';
        return `no alert${rules}${sev} fired on ${where}`;
    }
    const column = gate.column ? `column ${gate.column}` : 'the last column';
    return `${column} of the query on ${where} ${(0,_condition_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCondition */ .Rx)(gate.condition)}`;
}
/** What a gate reads, in words, without Azure (plan mode): the target by its label. */
function describeWhere(gate, target) {
    if (gate.kind === 'metric')
        return gate.resource.kind === 'target' ? (target?.metrics.label ?? 'the target') : idLabel(gate.resource.id);
    if (gate.kind === 'alerts')
        return gate.resources
            .map((r) => r.kind === 'target' ? (target?.alerts.map((a) => a.label).join(', ') ?? 'the target') : idLabel(r.id))
            .join(', ');
    return sourceLabel(gate);
}
function metricResourceOf(gate, subscriptionId, target) {
    if (gate.resource.kind === 'id')
        return { id: gate.resource.id, label: idLabel(gate.resource.id) };
    if (!target)
        throw new Error(`internal: ${gate.input} names 'target' but the strategy monitors nothing`);
    return { id: (0,_azure_monitor_port_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceIdOf */ .P)(subscriptionId, target.metrics), label: target.metrics.label };
}
function alertResourcesOf(r, subscriptionId, target) {
    if (r.kind === 'id')
        return [{ id: r.id, label: idLabel(r.id) }];
    if (!target)
        throw new Error("internal: an alerts gate names 'target' but the strategy monitors nothing");
    return target.alerts.map((a) => ({ id: (0,_azure_monitor_port_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceIdOf */ .P)(subscriptionId, a), label: a.label }));
}
/**
 * Azure Monitor's `$filter` grammar: values of one dimension joined by `or`, dimensions by `and`
 * ("A eq 'a1' and B eq 'b1' or B eq 'b2'", Metrics - List, api-version 2024-02-01:
 * specification/monitor/resource-manager/Microsoft.Insights/stable/2024-02-01/metrics_API.json).
 * Quotes in values are doubled, as OData escapes them.
 */
function dimensionFilter(dimensions) {
    if (dimensions.length === 0)
        return undefined;
    const quoteValue = (v) => `'${v.replace(/'/g, "''")}'`;
    return dimensions.map((d) => d.values.map((v) => `${d.name} eq ${quoteValue(v)}`).join(' or ')).join(' and ');
}
function dims(gate) {
    if (gate.dimensions.length === 0)
        return '';
    return ` [${gate.dimensions.map((d) => `${d.name}=${d.values.join('|')}`).join(', ')}]`;
}
function sourceLabel(gate) {
    return gate.source.kind === 'workspace' ? `workspace ${gate.source.id}` : idLabel(gate.source.id);
}
/** '…/providers/Microsoft.Insights/components/shop-ai' → 'components shop-ai'. */
function idLabel(id) {
    const parts = id.split('/').filter(Boolean);
    const name = parts.at(-1) ?? id;
    const type = parts.at(-2);
    return type ? `${type} ${name}` : name;
}
const lastSegment = (idOrName) => idOrName.split('/').filter(Boolean).at(-1) ?? idOrName;
function labels(resources) {
    const shown = resources.slice(0, 4).map((r) => r.label);
    return resources.length > 4 ? `${shown.join(', ')} and ${resources.length - 4} more` : shown.join(', ');
}
const ruleName = lastSegment;


/***/ }),

/***/ 28107:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  "in": () => (/* binding */ ruleProblem),
  A1: () => (/* binding */ runAnalysis),
  _Z: () => (/* binding */ wouldCheck)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __nccwpck_require__(98571);
// EXTERNAL MODULE: ./src/core/analysis/condition.ts
var analysis_condition = __nccwpck_require__(32467);
// EXTERNAL MODULE: ./src/core/analysis/resolve.ts
var resolve = __nccwpck_require__(8110);
;// CONCATENATED MODULE: ./src/core/analysis/judge.ts



function judgeMetric(r, answer) {
    const gate = r.gate;
    const errors = Object.entries(answer.errors ?? {}).filter(([name]) => gate.metrics.some((m) => same(m, name)));
    const label = r.metricResource?.label ?? 'the resource';
    if (errors.length > 0)
        throw new core_errors/* EngineError */.NJ('terminal', `Azure Monitor refused ${errors.map(([name, why]) => `metric '${name}' of ${label}: ${why}`).join('; ')}`);
    const values = {};
    for (const metric of gate.metrics) {
        const series = answer.series.filter((s) => same(s.metric, metric));
        if (series.length === 0)
            values[metric] = null;
        for (const s of series)
            values[seriesKey(metric, s, series.length)] = reduce(s.points, gate);
    }
    const verdict = verdictOf(Object.values(values), (v) => (0,analysis_condition/* holds */.v9)(gate.condition, v));
    const condition = (0,analysis_condition/* formatCondition */.Rx)(gate.condition);
    const shown = Object.entries(values)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => `${k} ${(0,analysis_condition/* formatValue */.Fl)(v)}`)
        .join(', ');
    if (verdict !== 'inconclusive')
        return { verdict, values, detail: `${shown} (${gate.aggregation}) ${verdictWord(verdict, condition)}` };
    const missing = Object.keys(values).filter((k) => values[k] === null);
    const names = missing.length > 0 ? missing.join(', ') : gate.metrics.join(', ');
    return { verdict, values, detail: `no data for ${names} (${gate.aggregation})${shown ? `; ${shown}` : ''}` };
}
/**
 * Alerts on the gate's resources that fired since it started, resolved since or not, and alerts
 * still firing that started before (Azure Pipelines' "Query Azure Monitor alerts" check also
 * fails on an active alert): a release is not judged good while its target is alerting.
 */
function judgeAlerts(r, alerts, from, to) {
    const gate = r.gate;
    const targets = new Map((r.alertResources ?? []).map((a) => [a.id.toLowerCase(), a.label]));
    const inWindow = (a) => a.startedAt === undefined || (a.startedAt >= from && a.startedAt <= to) || (a.startedAt <= to && isActive(a));
    const fired = alerts.filter((a) => targets.has(a.targetResource.toLowerCase()) &&
        inWindow(a) &&
        (gate.severities.length === 0 || gate.severities.some((s) => same(s, a.severity))) &&
        (gate.rules.length === 0 || gate.rules.some((rule) => ruleMatches(rule, a))));
    const values = { alerts: fired.length };
    if (fired.length === 0)
        return { verdict: 'successful', values, detail: `no alert fired since ${iso(from)}` };
    const list = fired
        .slice(0, 5)
        .map((a) => `'${a.name}' (${a.severity}, ${a.monitorCondition}) on ${targets.get(a.targetResource.toLowerCase())}`)
        .join('; ');
    const more = fired.length > 5 ? ` and ${fired.length - 5} more` : '';
    return { verdict: 'failed', values, detail: `${fired.length} alert(s) since ${iso(from)}: ${list}${more}` };
}
function judgeQuery(r, answer) {
    const gate = r.gate;
    const table = answer.tables[0];
    if (answer.partialError)
        return {
            verdict: 'inconclusive',
            values: {},
            detail: `the query returned a partial result: ${answer.partialError}`,
        };
    if (!table || table.rows.length === 0)
        return { verdict: 'inconclusive', values: {}, detail: 'the query returned no rows' };
    const index = columnIndex(gate, table.columns);
    const column = table.columns[index];
    const value = numberOf(table.rows[0][index]);
    const values = { [column]: value };
    if (value === null)
        return { verdict: 'inconclusive', values, detail: `${column} is empty in the first row (no data to judge)` };
    const verdict = (0,analysis_condition/* holds */.v9)(gate.condition, value) ? 'successful' : 'failed';
    return {
        verdict,
        values,
        detail: `${column} ${(0,analysis_condition/* formatValue */.Fl)(value)} ${verdictWord(verdict, (0,analysis_condition/* formatCondition */.Rx)(gate.condition))}`,
    };
}
/** Any value failing fails; else any value missing is inconclusive; else successful. */
function verdictOf(values, ok) {
    if (values.some((v) => v !== null && !ok(v)))
        return 'failed';
    if (values.length === 0 || values.some((v) => v === null))
        return 'inconclusive';
    return 'successful';
}
const verdictWord = (verdict, condition) => verdict === 'successful' ? `meets ${condition}` : `fails ${condition}`;
/** The window's points (Azure answers only those of the timespan asked) combined by the gate's aggregation. */
function reduce(points, gate) {
    const values = points
        .map((p) => p[gate.aggregation])
        .filter((v) => typeof v === 'number' && Number.isFinite(v));
    if (values.length === 0)
        return null;
    switch (gate.aggregation) {
        case 'total':
        case 'count':
            return values.reduce((a, b) => a + b, 0);
        case 'minimum':
            return Math.min(...values);
        case 'maximum':
            return Math.max(...values);
        case 'average':
            return values.reduce((a, b) => a + b, 0) / values.length;
    }
}
/** 'Http5xx', or 'Http5xx[Instance=web_1]' when a filter splits the metric into series. */
function seriesKey(metric, s, count) {
    const dims = Object.entries(s.dimensions);
    if (dims.length === 0 && count === 1)
        return metric;
    return `${metric}[${dims.map(([k, v]) => `${k}=${v}`).join(',')}]`;
}
function columnIndex(gate, columns) {
    if (!gate.column)
        return columns.length - 1;
    const exact = columns.indexOf(gate.column);
    if (exact >= 0)
        return exact;
    const loose = columns.findIndex((c) => same(c, gate.column));
    if (loose >= 0)
        return loose;
    throw new core_errors/* EngineError */.NJ('terminal', `the query of analysis gate '${gate.name}' has no column '${gate.column}'; ` +
        `its columns are ${columns.join(', ') || 'none'} (${gate.input}.column)`);
}
function numberOf(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : null;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))
        return Number(v);
    return null;
}
/**
 * A rule named in the gate (its name, or its resource id) against the alert: its rule id, or the
 * alert's name (Azure names an alert after its rule; log alerts may carry a portal URL as rule).
 */
function ruleMatches(rule, alert) {
    if (rule.startsWith('/'))
        return !!alert.alertRule && same(rule, alert.alertRule);
    return same(alert.name, rule) || (!!alert.alertRule && same((0,resolve/* ruleName */.oF)(alert.alertRule), rule));
}
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
const isActive = (a) => same(a.monitorCondition, 'Fired');
const iso = (ms) => new Date(ms).toISOString();

// EXTERNAL MODULE: ./src/core/analysis/reads.ts
var analysis_reads = __nccwpck_require__(78087);
;// CONCATENATED MODULE: ./src/core/analysis/tally.ts
class Tally {
    timing;
    measurements = [];
    successful = 0;
    failed = 0;
    inconclusive = 0;
    /** Why the gate ended before its measurements were all taken (an error, the budget, a stop). */
    ended;
    constructor(timing) {
        this.timing = timing;
    }
    add(m) {
        this.measurements.push(m);
        this[m.verdict]++;
    }
    /** Taken all measurements, or decided early. */
    get done() {
        return !!this.ended || this.decided !== undefined || this.measurements.length >= this.timing.count;
    }
    /** A verdict the limits already force. */
    get decided() {
        if (this.failed > this.timing.failureLimit)
            return 'failed';
        if (this.inconclusive > this.timing.inconclusiveLimit)
            return 'inconclusive';
        return undefined;
    }
    get verdict() {
        if (this.ended)
            return this.ended.verdict;
        return this.decided ?? (this.successful > 0 ? 'successful' : 'inconclusive');
    }
    /** The gate's result: verdict, whether it passes, and one line saying why. */
    result(name, kind, condition) {
        const verdict = this.verdict;
        const t = this.timing;
        const counts = `${this.successful} successful, ${this.failed} failed, ` + `${this.inconclusive} inconclusive of ${t.count}`;
        const why = this.ended
            ? this.ended.detail
            : verdict === 'failed'
                ? `${this.failed} failed measurement(s), more than failure-limit ${t.failureLimit}`
                : verdict === 'inconclusive'
                    ? this.inconclusive > t.inconclusiveLimit
                        ? `${this.inconclusive} inconclusive measurement(s), more than inconclusive-limit ${t.inconclusiveLimit}`
                        : 'no successful measurement'
                    : `${condition}`;
        // What the last deciding measurement saw ('rate 20 fails < 1'), so the verdict shows its numbers.
        const last = this.ended
            ? undefined
            : this.measurements.findLast((m) => m.verdict === verdict && verdict !== 'successful');
        const seen = last ? ` — ${last.detail}` : '';
        const passOnInconclusive = verdict === 'inconclusive' && t.inconclusive === 'pass' && !this.ended?.stopped;
        const passed = verdict === 'successful' || passOnInconclusive;
        const warning = passOnInconclusive
            ? `analysis '${name}' was inconclusive (${why}${seen}); passed because 'inconclusive' is 'pass'`
            : undefined;
        return {
            name,
            kind,
            verdict,
            passed,
            ...(warning ? { warning } : {}),
            ...(this.ended?.stopped ? { stopped: true } : {}),
            condition,
            measurements: this.measurements,
            detail: `${verdict}: ${why}${seen} (${counts})`,
        };
    }
}

;// CONCATENATED MODULE: ./src/core/analysis/run.ts






/** Judges the gates; returns one result per gate (none in plan mode, where each is a "would check" line). */
async function runAnalysis(gates, env) {
    const { ex } = env;
    if (gates.length === 0)
        return [];
    if (ex.planning || !env.monitor) {
        for (const g of gates)
            await ex.gate(labelOf(env, g), wouldCheck(g, env.target), unreachable);
        return [];
    }
    const monitor = env.monitor;
    const start = env.clock.now();
    const runs = gates.map((g) => ({
        r: (0,resolve/* resolveGate */.mW)(g, monitor.subscriptionId, env.target),
        tally: new Tally(g.timing),
        nextAt: start + g.timing.initialDelayMs + g.timing.intervalMs,
    }));
    env.log.info(`Analysis: ${gates.length} gate(s), ${gates.map((g) => `'${g.name}' ${cadence(g)}`).join(', ')}.`);
    try {
        await checkRules(runs, monitor, env);
        await measureUntilDone(runs, monitor, env);
    }
    catch (err) {
        endAll(runs, err, env);
    }
    const results = runs.map((run) => run.tally.result(run.r.gate.name, run.r.gate.kind, run.r.condition));
    for (const [i, result] of results.entries())
        await record(env, runs[i].r.gate, result);
    return results;
}
/** The verdict as a gate step of the journal; after a stop the executor takes no step: a summary line then. */
async function record(env, gate, result) {
    const label = labelOf(env, gate);
    try {
        await env.ex.gate(label, wouldCheck(gate, env.target), async () => ({
            passed: result.passed,
            detail: result.detail,
        }));
    }
    catch (err) {
        if (!(err instanceof core_errors/* CancelledError */.cc) || env.runSignal.aborted)
            throw err;
        env.ex.note({ kind: 'fact', label, value: result.detail });
    }
}
async function measureUntilDone(runs, monitor, env) {
    for (;;) {
        // One gate failing fails the analysis: the others stop rather than hold up the rollback.
        if (runs.some((g) => g.tally.done && fails(g)))
            return stopOthers(runs);
        const open = runs.filter((g) => !g.tally.done);
        if (open.length === 0)
            return;
        const next = Math.min(...open.map((g) => g.nextAt));
        const wait = next - env.clock.now();
        if (wait > 0)
            await env.ex.hold(`analysis measurement at ${new Date(next).toISOString()}`, wait);
        const due = open.filter((g) => g.nextAt <= next);
        await measureRound(due, monitor, env);
        for (const g of due)
            g.nextAt += g.r.gate.timing.intervalMs;
    }
}
function stopOthers(runs) {
    for (const g of runs)
        if (!g.tally.done)
            g.tally.ended = { verdict: 'inconclusive', detail: 'stopped: another gate failed first', stopped: true };
}
const fails = (g) => g.tally.verdict === 'failed' || (g.tally.verdict === 'inconclusive' && g.r.gate.timing.inconclusive === 'fail');
/** One round: the reads of the gates due, in parallel; each gate judged from its read. */
async function measureRound(due, monitor, env) {
    const now = env.clock.now();
    const at = new Date(now).toISOString();
    const byGate = new Map(due.map((g) => [g.r, g]));
    const reads = (0,analysis_reads/* roundReads */.I)(due.map((g) => g.r), env.context, now);
    await Promise.all(reads.map(async (read) => {
        let answer;
        try {
            answer = await env.ex.read(read.what, (call) => send(read, monitor, call));
        }
        catch (err) {
            for (const r of read.gates)
                cannotMeasure(byGate.get(r), err);
            return;
        }
        for (const r of read.gates) {
            const run = byGate.get(r);
            try {
                const judged = judge(read, r, answer, env.context.since);
                run.tally.add({ at, ...judged });
                const n = run.tally.measurements.length;
                env.log.info(`analysis '${r.gate.name}' ${n}/${r.gate.timing.count}: ${judged.verdict}: ${judged.detail}`);
            }
            catch (err) {
                cannotMeasure(run, err);
            }
        }
    }));
}
/** A read or an answer that cannot be judged (refused, misconfigured): the gate fails with the reason. */
function cannotMeasure(run, err) {
    if (err instanceof core_errors/* CancelledError */.cc || !(err instanceof core_errors/* EngineError */.NJ))
        throw err;
    run.tally.ended = { verdict: 'failed', detail: `could not measure: ${err.message}` };
}
function send(read, monitor, call) {
    if (read.kind === 'metrics')
        return monitor.metrics(read.request, call);
    if (read.kind === 'alerts')
        return monitor.firedAlerts(read.request, call);
    return monitor.query(read.request, call);
}
function judge(read, r, answer, since) {
    if (read.kind === 'metrics')
        return judgeMetric(r, answer);
    if (read.kind === 'alerts')
        return judgeAlerts(r, answer, since, read.request.to);
    return judgeQuery(r, answer);
}
/**
 * Alert rules named by the gates (metric alert rules: a name, or a Microsoft.Insights/metricAlerts
 * id) must exist and be enabled: a rule that cannot fire would pass the gate whatever the release
 * does. Read once per gate, before the first measurement.
 */
async function checkRules(runs, monitor, env) {
    for (const run of runs) {
        if (run.r.gate.kind !== 'alerts')
            continue;
        for (const rule of run.r.gate.rules) {
            const problem = await ruleProblem(run.r.gate, rule, monitor, env.ex, env.resourceGroup);
            if (problem) {
                run.tally.ended = { verdict: 'failed', detail: problem };
                break;
            }
        }
    }
}
/** Why a rule named by an alerts gate could not fail it (missing, disabled), or undefined. */
async function ruleProblem(gate, rule, monitor, ex, resourceGroup) {
    const ref = metricAlertRef(rule, resourceGroup);
    if (!ref)
        return undefined;
    const found = await ex.read(`reading alert rule ${ref.name}`, (call) => monitor.metricAlertRule(ref.resourceGroup, ref.name, call));
    if (!found)
        return `alert rule '${ref.name}' does not exist in resource group '${ref.resourceGroup}' (${gate.input}.rules)`;
    if (!found.enabled)
        return `alert rule '${ref.name}' is disabled: it cannot fire, so this gate could not fail (${gate.input}.rules)`;
    return undefined;
}
/** Where a metric alert rule named in a gate lives; undefined for other kinds of rule ids. */
function metricAlertRef(rule, resourceGroup) {
    if (!rule.startsWith('/')) {
        if (!resourceGroup)
            throw new core_errors/* EngineError */.NJ('input', `alert rule '${rule}' is named without a resource group`);
        return { resourceGroup, name: rule };
    }
    const m = /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Insights\/metricAlerts\/([^/]+)$/i.exec(rule);
    return m ? { resourceGroup: m[1], name: (0,resolve/* ruleName */.oF)(m[2]) } : undefined;
}
/** The analysis cannot go on (budget spent, run cancelled or stopped): every open gate ends with the reason. */
function endAll(runs, err, env) {
    const stopped = err instanceof core_errors/* CancelledError */.cc && !env.runSignal.aborted;
    if (err instanceof core_errors/* CancelledError */.cc && !stopped)
        throw err;
    if (!(err instanceof core_errors/* EngineError */.NJ))
        throw err;
    for (const run of runs) {
        if (run.tally.done)
            continue;
        run.tally.ended = stopped
            ? { verdict: 'inconclusive', detail: 'stopped: another check failed first', stopped: true }
            : { verdict: 'failed', detail: `could not finish: ${err.message}` };
    }
}
function labelOf(env, g) {
    return `${env.label ? `${env.label}: ` : ''}analysis '${g.name}'`;
}
/** The plan line of a gate: what it checks, how often, with which limits. */
function wouldCheck(g, target) {
    const t = g.timing;
    const delay = t.initialDelayMs > 0 ? ` after ${(0,duration/* formatDuration */.a)(t.initialDelayMs)}` : '';
    const limits = [
        `failure-limit ${t.failureLimit}`,
        `inconclusive-limit ${t.inconclusiveLimit}`,
        `inconclusive: ${t.inconclusive}`,
    ].join(', ');
    return `analysis '${g.name}': ${(0,resolve/* describeCondition */.pu)(g, (0,resolve/* describeWhere */.tb)(g, target))}, ${cadence(g)}${delay} (${limits})`;
}
/** 'every 1m × 3'. */
function cadence(g) {
    return `every ${(0,duration/* formatDuration */.a)(g.timing.intervalMs)} × ${g.timing.count}`;
}
const unreachable = async () => {
    throw new Error('internal: a planned gate was run');
};


/***/ }),

/***/ 33781:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ resourceIdOf),
/* harmony export */   u: () => (/* binding */ AGGREGATIONS)
/* harmony export */ });
/**
 * Azure Monitor, as analysis gates read it: metric values of a resource, the alerts fired in a
 * window, one alert rule, and a KQL query against Application Insights or a Log Analytics
 * workspace. Reads only; every call bounded by what is left of its step (`timeoutMs`) and
 * failures classified (transient: 429, 5xx, resets; terminal: a refused query, a missing role).
 * Implemented in src/azure/monitor.ts.
 */
const AGGREGATIONS = ['average', 'total', 'minimum', 'maximum', 'count'];
/** `/subscriptions/<sub>/resourceGroups/<group>/providers/<path>`. */
const resourceIdOf = (subscriptionId, r) => `/subscriptions/${subscriptionId}/resourceGroups/${r.resourceGroup}/providers/${r.path}`;


/***/ }),

/***/ 53204:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 18171:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PF: () => (/* binding */ describeStrategies),
/* harmony export */   YG: () => (/* binding */ summaryOf),
/* harmony export */   nU: () => (/* binding */ STRATEGY_NAMES)
/* harmony export */ });
/**
 * The strategies, by name, with the phrase the input table and help use for each: the one list the
 * settings, the input table and the registry share. A leaf module (it imports nothing), so that the
 * settings never import the strategies' code. The registry (registry.ts) must register a descriptor
 * for each name: the compiler holds it to that.
 */
const CATALOGUE = {
    rolling: 'one scale set in place',
    'blue-green': 'two scale sets behind a load balancer',
    'slot-swap': 'App Service',
    template: 'an ARM or Bicep template deployment is the release',
};
/** In the order the docs list them; the first is the default. */
const STRATEGY_NAMES = Object.keys(CATALOGUE);
/** "'rolling' (one scale set in place), … or 'slot-swap' (App Service)", for the input table. */
function describeStrategies() {
    const each = STRATEGY_NAMES.map((n) => `'${n}' (${CATALOGUE[n]})`);
    return `${each.slice(0, -1).join(', ')} or ${each.at(-1)}`;
}
const summaryOf = (name) => CATALOGUE[name];


/***/ }),

/***/ 570:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   AS: () => (/* binding */ recordPaused),
/* harmony export */   CO: () => (/* binding */ RECORD_TAGS),
/* harmony export */   Ci: () => (/* binding */ rollbackRecord),
/* harmony export */   KH: () => (/* binding */ iso),
/* harmony export */   M8: () => (/* binding */ recordIntent),
/* harmony export */   UU: () => (/* binding */ tagsForRecord),
/* harmony export */   en: () => (/* binding */ recordLive),
/* harmony export */   iZ: () => (/* binding */ defaultRollback),
/* harmony export */   j1: () => (/* binding */ recordFromTags),
/* harmony export */   zZ: () => (/* binding */ afterRollback)
/* harmony export */ });
const RECORD_TAGS = {
    current: 'immutable-deploy.current-version',
    previous: 'immutable-deploy.previous-version',
    deployedAt: 'immutable-deploy.deployed-at',
    runUrl: 'immutable-deploy.run-url',
    activeSlot: 'immutable-deploy.active-slot',
    target: 'immutable-deploy.target-version',
    state: 'immutable-deploy.state',
    failed: 'immutable-deploy.failed-version',
    /** A paused canary: the step it stopped at (1-based index into 'canary-steps') and the share (%) it left. */
    canaryStep: 'immutable-deploy.canary-step',
    canaryWeight: 'immutable-deploy.canary-weight',
};
/** What a paused canary leaves on the record: its progress goes once it is promoted or aborted. */
const CANARY_TAGS = [RECORD_TAGS.canaryStep, RECORD_TAGS.canaryWeight];
const MAX_VALUE = 256;
/** A time the record (or a scale-down tag) holds: the engine's clock now, plus `plusMs`, as ISO 8601. */
const iso = (ctx, plusMs = 0) => new Date(ctx.deps.clock.now() + plusMs).toISOString();
/** The record a target's tags hold (tag names are matched case-insensitively, as Azure does). */
function recordFromTags(tags) {
    const lower = new Map(Object.entries(tags).map(([k, v]) => [k.toLowerCase(), v]));
    const out = {};
    for (const [field, name] of Object.entries(RECORD_TAGS)) {
        const v = lower.get(name.toLowerCase());
        if (v !== undefined && v !== '')
            out[field] = v;
    }
    return out;
}
/** The tags that hold `record` (only its defined fields), values clipped to Azure's 256 characters. */
function tagsForRecord(record) {
    const tags = {};
    for (const [field, value] of Object.entries(record)) {
        const name = RECORD_TAGS[field];
        if (name && value !== undefined)
            tags[name] = clip(value);
    }
    return tags;
}
/** A URL longer than a tag value can hold keeps its start (scheme, host, path) and loses the rest. */
function clip(value) {
    return value.length <= MAX_VALUE ? value : `${value.slice(0, MAX_VALUE - 1)}…`;
}
/** Records that a run set out to make `target` live (before the first write to the target). */
async function recordIntent(tags, resourceId, intent, options) {
    await tags.merge(resourceId, tagsForRecord({
        target: intent.target,
        state: intent.state ?? 'deploying',
        ...(intent.runUrl ? { runUrl: intent.runUrl } : {}),
    }), options);
}
/**
 * Records that a canary of `target` stopped at an open pause: state 'paused', the step index (1-based)
 * and the share on the new release. `current` stays the stable release (written when a record
 * had none: the version production runs); 'promote' reads it back.
 */
async function recordPaused(tags, resourceId, paused, options) {
    const { target, step, weight, current, runUrl } = paused;
    const record = { target, current, state: 'paused', canaryStep: String(step), canaryWeight: String(weight), runUrl };
    await tags.merge(resourceId, tagsForRecord(record), options);
}
/** Records that `current` is live (previous before it), and clears the in-flight target (and a canary's progress). */
async function recordLive(tags, resourceId, live, options) {
    await tags.merge(resourceId, tagsForRecord(liveTags(live)), options);
    // A rollback without a last good version before the one it returned to clears 'previous': the
    // version rolled back must never be the default target of the next rollback.
    const stale = [
        RECORD_TAGS.target,
        ...CANARY_TAGS,
        ...(live.previous === undefined && live.state === 'rolled-back' ? [RECORD_TAGS.previous] : []),
    ];
    await tags.remove(resourceId, stale, options);
}
function liveTags(live) {
    const { current, previous, deployedAt, runUrl, failed } = live;
    return { current, previous, deployedAt, runUrl, state: live.state ?? 'live', failed };
}
/**
 * The record after a rollback to `to`: the last good version before it stays `previous` (when
 * known and not the version rolled back), the version rolled back is `failed`.
 */
function afterRollback(plan, to, fallbackFailed) {
    const failed = plan.record?.failed ?? (fallbackFailed !== to ? fallbackFailed : undefined);
    const previous = plan.record?.previous;
    return { previous: previous && previous !== to && previous !== failed ? previous : undefined, failed };
}
/**
 * Where a rollback returns to when no 'to-version' is given, and what the record says afterwards.
 * A run that set out to deploy a version and did not finish (state 'deploying' with a target: a
 * failed deploy left as it was, 'auto-rollback' false, or a cancelled one; or a canary paused
 * part-way, state 'paused') is undone back to the
 * version that was live before it (`current`), which keeps its own `previous`. Otherwise the
 * rollback returns to `previous` — unless that is the version a rollback already marked failed.
 */
function defaultRollback(record) {
    const unfinished = record.state === 'deploying' || record.state === 'paused';
    if (record.target && unfinished && record.current && record.current !== record.target) {
        return { version: record.current, record: { previous: record.previous, failed: record.target } };
    }
    const previous = record.previous && record.previous !== record.failed ? record.previous : undefined;
    return { version: previous, record: { failed: record.current } };
}
/** The record after a rollback to `to` (explicit or not): the default's when it returns there, else only what failed. */
function rollbackRecord(record, to, live) {
    const byDefault = defaultRollback(record);
    if (byDefault.version === to)
        return byDefault.record;
    return { failed: live !== to ? live : undefined };
}


/***/ }),

/***/ 53129:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  nb: () => (/* binding */ descriptorOf),
  fY: () => (/* binding */ strategyFor)
});

// UNUSED EXPORTS: STRATEGY_NAMES, checked, describeStrategies

;// CONCATENATED MODULE: ./src/core/deploy/descriptor.ts
/** The scale-set strategies' verify checks: instance health and the remote-access gate. */
function scaleSetChecks(settings) {
    const checks = [];
    if (settings.verify.instanceHealth)
        checks.push('instance health of the target');
    if (settings.verify.remoteAccess !== 'allow')
        checks.push(`remote access to the target (${settings.verify.remoteAccess})`);
    return checks;
}

// EXTERNAL MODULE: ./src/core/deploy/names.ts
var names = __nccwpck_require__(18171);
;// CONCATENATED MODULE: ./src/core/deploy/blue-green/descriptor.ts
/** blue-green, as the rest of the engine sees it: two scale sets behind one load balancer. */


const blueGreenDescriptor = {
    name: 'blue-green',
    summary: (0,names/* summaryOf */.YG)('blue-green'),
    targetInputs: [
        { input: 'scale-set', expected: "the base name of the pair ('<name>-blue', '<name>-green')" },
        { input: 'load-balancer', expected: 'the load balancer in front of both colours' },
    ],
    artifact: 'gallery-image',
    // The release record and the lease live on the load balancer: it is what the switch writes.
    recordHolder: (d, resourceGroup) => d.loadBalancer ? { kind: 'load-balancer', resourceGroup, name: d.loadBalancer } : undefined,
    targetName: (d) => d.scaleSet,
    targetChecks: scaleSetChecks,
    // Clean-up scales in the retired colour after its scale-down delay.
    cleanupWritesTarget: (d) => !!d.scaleSet && !!d.loadBalancer,
    // Loaded when clean-up asks: it reads the load balancer's pools, which parsing the inputs never needs.
    retiredCapacity: async (ctx, ports) => (await __nccwpck_require__.e(/* import() */ 415).then(__nccwpck_require__.bind(__nccwpck_require__, 68415))).idleColour(ctx, ports),
    // Azure Load Balancer has no weights: a canary's split is made by the Front Door in front of the pair.
    canary: "the weights of the colours' origins in an Azure Front Door origin group ('front-door-origin-group')",
    canaryInput: 'front-door-origin-group',
    // Live traffic reaches the release through the load balancer; alerts may fire on it or on a colour
    // (or on a scale set adopted as the first colour, named like the pair).
    monitored: (d, resourceGroup) => {
        if (!d.scaleSet || !d.loadBalancer)
            return undefined;
        const lb = {
            resourceGroup,
            path: `Microsoft.Network/loadBalancers/${d.loadBalancer}`,
            label: `load balancer ${d.loadBalancer}`,
        };
        const sets = [d.scaleSet, `${d.scaleSet}-blue`, `${d.scaleSet}-green`].map((name) => ({
            resourceGroup,
            path: `Microsoft.Compute/virtualMachineScaleSets/${name}`,
            label: `scale set ${name}`,
        }));
        return { metrics: lb, alerts: [lb, ...sets] };
    },
    loadStrategy: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(894)]).then(__nccwpck_require__.bind(__nccwpck_require__, 44894))).blueGreenStrategy,
};

// EXTERNAL MODULE: ./src/core/deploy/rolling/monitored.ts
var monitored = __nccwpck_require__(79030);
// EXTERNAL MODULE: ./src/core/deploy/rolling/record-home.ts
var record_home = __nccwpck_require__(75950);
;// CONCATENATED MODULE: ./src/core/deploy/rolling/descriptor.ts
/** rolling, as the rest of the engine sees it: one scale set, replaced in place. */




const rollingDescriptor = {
    name: 'rolling',
    summary: (0,names/* summaryOf */.YG)('rolling'),
    targetInputs: [{ input: 'scale-set', expected: "the scale set's name" }],
    artifact: 'gallery-image',
    template: 'model',
    recordHolder: record_home/* recordHolder */.AE,
    targetName: (d) => d.scaleSet,
    targetChecks: scaleSetChecks,
    cleanupWritesTarget: () => false,
    canary: "instance ratio: the share of the scale set's instances on the new model (Manual upgrade mode)",
    monitored: monitored/* monitoredScaleSet */.C,
    loadStrategy: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(693)]).then(__nccwpck_require__.bind(__nccwpck_require__, 84693))).rollingStrategy,
};

;// CONCATENATED MODULE: ./src/core/deploy/slot-swap/descriptor.ts

const slotSwapDescriptor = {
    name: 'slot-swap',
    summary: (0,names/* summaryOf */.YG)('slot-swap'),
    targetInputs: [{ input: 'app-service', expected: "the web app's name" }],
    artifact: 'web-artifact',
    recordHolder: (d, resourceGroup) => d.appService ? { kind: 'web-app', resourceGroup, name: d.appService } : undefined,
    targetName: (d) => d.appService,
    targetChecks: (s) => s.verify.instanceHealth || s.verify.remoteAccess !== 'allow'
        ? [`web app ${s.deploy.appService ?? ''} running its artifact`]
        : [],
    cleanupWritesTarget: () => false,
    canary: "App Service routing to the slot (the production site's ramp-up rule)",
    // After the swap the release serves from the production slot (the site itself); the staging slot
    // holds the previous release.
    monitored: (d, resourceGroup) => {
        if (!d.appService)
            return undefined;
        const site = { resourceGroup, path: `Microsoft.Web/sites/${d.appService}`, label: `web app ${d.appService}` };
        const slot = {
            resourceGroup,
            path: `Microsoft.Web/sites/${d.appService}/slots/${d.slot}`,
            label: `slot ${d.slot} of web app ${d.appService}`,
        };
        return { metrics: site, alerts: [site, slot] };
    },
    loadStrategy: async () => (await __nccwpck_require__.e(/* import() */ 898).then(__nccwpck_require__.bind(__nccwpck_require__, 57898))).slotSwapStrategy,
};

// EXTERNAL MODULE: ./src/core/deploy/template/holder.ts
var holder = __nccwpck_require__(95286);
;// CONCATENATED MODULE: ./src/core/deploy/template/descriptor.ts


const templateDescriptor = {
    name: 'template',
    summary: (0,names/* summaryOf */.YG)('template'),
    targetInputs: [{ input: 'template', expected: 'an ARM JSON template, a Bicep file or a .bicepparam file' }],
    artifact: 'gallery-image',
    template: 'release',
    recordHolder: (d, resourceGroup) => (d.template ? (0,holder/* holderOf */.K)(resourceGroup) : undefined),
    // No name for verify to check: what the template deploys is known to its probes only.
    targetName: () => undefined,
    targetChecks: () => [],
    cleanupWritesTarget: () => false,
    loadStrategy: async () => (await __nccwpck_require__.e(/* import() */ 736).then(__nccwpck_require__.bind(__nccwpck_require__, 2736))).templateStrategy,
};

;// CONCATENATED MODULE: ./src/core/deploy/registry.ts
/**
 * The strategies, found by name. Adding one is a folder under src/core/deploy/ with its descriptor
 * (descriptor.ts), its name in names.ts and one line here. A strategy that cannot say where its lease and release
 * record live is refused at load: it would deploy without a lock.
 */





/** One descriptor per name in names.ts, under that name (a missing or misnamed one does not compile). */
const BY_NAME_TYPED = {
    rolling: rollingDescriptor,
    'blue-green': blueGreenDescriptor,
    'slot-swap': slotSwapDescriptor,
    template: templateDescriptor,
};
const REGISTERED = names/* STRATEGY_NAMES */.nU.map((n) => BY_NAME_TYPED[n]);

const BY_NAME = new Map(REGISTERED.map((d) => [d.name, checked(d)]));
/** Fails closed: a strategy without a target or a home for its lease cannot be registered. */
function checked(d) {
    if (typeof d.recordHolder !== 'function' || d.targetInputs.length === 0) {
        throw new Error(`strategy '${d.name}' cannot be registered: it names no target inputs or no resource for its deploy lock`);
    }
    return d;
}
function descriptorOf(name) {
    const d = BY_NAME.get(name);
    if (!d)
        throw new Error(`unknown strategy '${name}'`);
    return d;
}
/** The strategy's implementation, loaded on first use (a descriptor naming another strategy's is refused). */
async function strategyFor(name) {
    const strategy = await descriptorOf(name).loadStrategy();
    if (strategy.name !== name)
        throw new Error(`strategy '${name}' registers the implementation of '${strategy.name}'`);
    return strategy;
}


/***/ }),

/***/ 79030:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ monitoredScaleSet)
/* harmony export */ });
function monitoredScaleSet(d, resourceGroup) {
    if (!d.scaleSet)
        return undefined;
    const set = {
        resourceGroup,
        path: `Microsoft.Compute/virtualMachineScaleSets/${d.scaleSet}`,
        label: `scale set ${d.scaleSet}`,
    };
    return { metrics: set, alerts: [set] };
}


/***/ }),

/***/ 75950:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AE: () => (/* binding */ recordHolder),
/* harmony export */   EZ: () => (/* binding */ recordResource),
/* harmony export */   aE: () => (/* binding */ readRecord),
/* harmony export */   mi: () => (/* binding */ recordIdOf)
/* harmony export */ });
/* unused harmony export groupIdOf */
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(570);

/** The lease's and the record's resource for the inputs. */
function recordHolder(d, resourceGroup) {
    if (!d.scaleSet)
        return undefined;
    if (d.template)
        return { kind: 'resource-group', resourceGroup, name: resourceGroup };
    return { kind: 'scale-set', resourceGroup, name: d.scaleSet };
}
/** The resource id whose tags hold the record: the scale set's, or its resource group's. */
function recordIdOf(ctx, info) {
    return ctx.settings.deploy.template ? groupIdOf(info.id) : info.id;
}
/** The record as the holder's tags say it (the scale set's tags are already in `info`). */
async function readRecord(ctx, ports, info, options) {
    if (!ctx.settings.deploy.template)
        return (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .recordFromTags */ .j1)(info.tags);
    const group = groupIdOf(info.id).split('/').pop();
    const state = await ports.leases.read({ kind: 'resource-group', resourceGroup: group, name: group }, options);
    return (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .recordFromTags */ .j1)(state?.tags ?? {});
}
/** The record's resource in words, as the planned writes name it ('scale set web', 'resource group rg'). */
function recordResource(t) {
    return t.ctx.settings.deploy.template ? `resource group ${t.ref.resourceGroup}` : t.resource;
}
/** '/subscriptions/…/resourceGroups/rg' of a resource id. */
const groupIdOf = (id) => /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+/i.exec(id)?.[0] ?? id;


/***/ }),

/***/ 5613:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ RolloutError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
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

/***/ 69116:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ versionOf),
/* harmony export */   Rg: () => (/* binding */ sameArtifact),
/* harmony export */   Ts: () => (/* binding */ imageForVersion),
/* harmony export */   oZ: () => (/* binding */ packageName),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   qB: () => (/* binding */ artifactOf)
/* harmony export */ });
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


/***/ }),

/***/ 51038:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bi: () => (/* binding */ templateProblems),
/* harmony export */   og: () => (/* binding */ secureValues),
/* harmony export */   vc: () => (/* binding */ declaredParameters)
/* harmony export */ });
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(45467);
/**
 * A template held against the inputs, the same whether it was read as ARM JSON when the inputs were
 * parsed or compiled from Bicep before the first write: it declares the image parameter (a string),
 * and every parameter the inputs give is one it declares (Azure refuses the others at validation:
 * "The following parameters were supplied, but do not correspond to any parameters defined in the
 * template"). ARM matches parameter names case-insensitively. A leaf module: the settings use it.
 */

/** The parameters a template declares, by lower-case name. */
function declaredParameters(template) {
    const raw = template['parameters'];
    const out = new Map();
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        return out;
    for (const [name, d] of Object.entries(raw)) {
        const type = d && typeof d === 'object' ? String(d['type'] ?? '') : '';
        out.set(name.toLowerCase(), { name, type: type.toLowerCase() });
    }
    return out;
}
/** Every mismatch between the template and the inputs, each naming the input at fault; `where`: "template 'web.json'". */
function templateProblems(template, imageParameter, given, where) {
    const declared = declaredParameters(template);
    const names = [...declared.values()].map((d) => d.name);
    const problems = [];
    const image = declared.get(imageParameter.toLowerCase());
    if (!image) {
        problems.push({
            input: 'image-parameter',
            message: `'${imageParameter}' is not a parameter of ${where}${(0,_settings_values_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(imageParameter, names)}; expected the name of the string parameter that receives the gallery image version id (it declares ${names.length} parameter(s))`,
        });
    }
    else if (image.type !== 'string') {
        problems.push({
            input: 'image-parameter',
            message: `'${image.name}' is a parameter of type '${image.type || 'none'}' in ${where}; expected a string parameter (it receives the gallery image version id)`,
        });
    }
    for (const name of given) {
        if (declared.has(name.toLowerCase()))
            continue;
        problems.push({
            input: 'template-parameters',
            message: `'${name}' is not a parameter of ${where}${(0,_settings_values_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(name, names)}; expected only parameters the template declares`,
        });
    }
    return problems;
}
/**
 * The values given for the template's secureString / secureObject parameters: masked in every log.
 * (Bicep templates are known only once compiled: the deploy stage registers theirs then.)
 */
function secureValues(template, parameters) {
    const secure = new Set([...declaredParameters(template).entries()]
        .filter(([, d]) => /^secure(string|object)$/.test(d.type))
        .map(([k]) => k));
    return Object.entries(parameters).flatMap(([k, v]) => {
        if (!secure.has(k.toLowerCase()) || !('value' in v) || v['value'] === undefined || v['value'] === null)
            return [];
        const value = v['value'];
        return [typeof value === 'string' ? value : JSON.stringify(value)].filter((s) => s.length > 0);
    });
}


/***/ }),

/***/ 39307:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 95286:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ holderOf)
/* harmony export */ });
/** The lease's and the record's home: the resource group. */
const holderOf = (resourceGroup) => ({
    kind: 'resource-group',
    resourceGroup,
    name: resourceGroup,
});


/***/ }),

/***/ 98571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/**
 * Human durations for log lines, messages and summaries, the one formatter of the engine:
 * '250ms', '4.5s', '20m', '1h 30m', '19m 59s', '7d'. Below a second: whole milliseconds; below a
 * minute: seconds to a tenth; from a minute on: whole seconds, split into days, hours, minutes and
 * seconds, zero parts left out. A single-unit result ('7d', '16h', '90s' is '1m 30s') is also what
 * the duration inputs read, so the bounds in messages and input descriptions can be typed back.
 */
const UNITS = [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
];
function formatDuration(ms) {
    const v = Number.isFinite(ms) ? Math.max(0, ms) : 0;
    if (Math.round(v) < 1000)
        return `${Math.round(v)}ms`;
    const tenths = Math.round(v / 100) / 10;
    if (tenths < 60)
        return `${tenths}s`;
    let rest = Math.round(v / 1000) * 1000;
    const parts = [];
    for (const [unit, size] of UNITS) {
        if (rest < size)
            continue;
        parts.push(`${Math.floor(rest / size)}${unit}`);
        rest %= size;
    }
    return parts.join(' ');
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NJ: () => (/* binding */ EngineError),
/* harmony export */   WB: () => (/* binding */ internalError),
/* harmony export */   Zn: () => (/* binding */ asEngineError),
/* harmony export */   _w: () => (/* binding */ internalStack),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   qK: () => (/* binding */ isProgrammingError)
/* harmony export */ });
class EngineError extends Error {
    kind;
    /** For a transient error: how long Azure asked us to wait before trying again (its Retry-After). */
    retryAfterMs;
    constructor(kind, message, options) {
        super(message, options);
        this.kind = kind;
        this.name = 'EngineError';
        if (options?.retryAfterMs !== undefined)
            this.retryAfterMs = options.retryAfterMs;
    }
}
class CancelledError extends EngineError {
    constructor(message = 'the run was cancelled') {
        super('cancelled', message);
        this.name = 'CancelledError';
    }
}
const PROGRAMMING_ERRORS = [TypeError, ReferenceError, RangeError, SyntaxError, EvalError, URIError];
/** A TypeError, ReferenceError, RangeError… : code did something it must not, never Azure's answer. */
const isProgrammingError = (err) => PROGRAMMING_ERRORS.some((type) => err instanceof type);
/** An 'internal' error: says it is a bug in immutable-deploy; the cause keeps the stack (see `internalStack`). */
function internalError(err, what) {
    const where = what ? ` while ${what}` : '';
    const message = `a bug in immutable-deploy${where}: ${err.name}: ${err.message} ` +
        '(please report it; the stack is in the debug log: --verbose, ACTIONS_STEP_DEBUG or system.debug)';
    return new EngineError('internal', message, { cause: err });
}
/** The stack of the bug behind an 'internal' error, for the debug log only. */
function internalStack(err) {
    if (!(err instanceof EngineError) || err.kind !== 'internal')
        return undefined;
    return err.cause instanceof Error ? err.cause.stack : err.stack;
}
/** Any thrown value as an EngineError, keeping the kind when it already has one. */
function asEngineError(err) {
    if (err instanceof EngineError)
        return err;
    if (err instanceof Error && err.name === 'AbortError')
        return new CancelledError();
    if (isProgrammingError(err))
        return internalError(err);
    const message = err instanceof Error ? err.message : String(err);
    return new EngineError('terminal', message, { cause: err });
}


/***/ }),

/***/ 44138:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   RB: () => (/* binding */ writeHalt),
/* harmony export */   ab: () => (/* binding */ haltTag),
/* harmony export */   ir: () => (/* binding */ readHalt),
/* harmony export */   qm: () => (/* binding */ versionRef),
/* harmony export */   vm: () => (/* binding */ waitForReplication)
/* harmony export */ });
/* unused harmony export HALT_TAG_PREFIX */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(34827);


const HALT_TAG_PREFIX = 'immutable-deploy.fleet-halt.';
const haltTag = (fleet) => `${HALT_TAG_PREFIX}${fleet}`;
/** Azure tag values hold at most 256 characters. */
const TAG_VALUE_MAX = 256;
/** The gallery image version an 'image-id' names, or undefined for anything else. */
function versionRef(imageId) {
    const m = imageId?.match(/^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)\/images\/([^/]+)\/versions\/([^/]+)$/i);
    return m ? { resourceGroup: m[1], gallery: m[2], definition: m[3], version: m[4] } : undefined;
}
/** The halt marker this fleet left on the version, if any. */
async function readHalt(gallery, ref, fleet, options) {
    const version = await gallery.getVersion(ref, options);
    if (!version)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('terminal', `the image version ${ref.definition}/${ref.version} does not exist in gallery ${ref.gallery}`);
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
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ) || err.kind !== 'transient')
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
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ) || err.kind !== 'transient' || attempt >= attempts)
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
    const wanted = [...new Set(regions.map(_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeRegion */ .wh))];
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
        const listed = status.regions.length === 0 ? new Set(version?.targetRegions.map((r) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeRegion */ .wh)(r.name))) : undefined;
        const stateOf = (region) => listed
            ? listed.has(region)
                ? 'Completed'
                : 'absent'
            : (status.regions.find((r) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeRegion */ .wh)(r.region) === region)?.state ?? 'absent');
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


/***/ }),

/***/ 55168:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XB: () => (/* binding */ wantsFleetTarget),
/* harmony export */   Z$: () => (/* binding */ refusedTargetRun),
/* harmony export */   Z7: () => (/* binding */ oneTargetSettings)
/* harmony export */ });
/* unused harmony export STEP_INPUTS */
/* harmony import */ var _settings_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(63794);
/* harmony import */ var _settings_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(24514);
/* harmony import */ var _settings_table_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(93937);
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(45467);
/* harmony import */ var _gallery_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(44138);
/* harmony import */ var _target_record_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(16565);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(34827);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(98189);








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
const chosen = (name, v) => given(v) && v.trim() !== (0,_settings_table_js__WEBPACK_IMPORTED_MODULE_2__/* .findInput */ .cu)(name)?.default;
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
        throw new _settings_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SettingsError */ .G(problems, options.namer);
    const fleet = (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .parseFleet */ .I9)(options.loadFleet(file), options);
    const waves = fleet.waves.map((wave) => ({ wave, target: wave.targets.find((t) => t.name === name) }));
    const found = waves.find((w) => w.target);
    if (!found?.target) {
        const names = fleet.waves.flatMap((w) => w.targets.map((t) => t.name));
        throw new _settings_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SettingsError */ .G([
            {
                input: 'fleet-target',
                message: `'${name}' is not a target of fleet '${fleet.name}'${(0,_settings_values_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(name, names)}`,
            },
        ], options.namer);
    }
    const target = found.target;
    const fromStep = (n) => (STEP_INPUTS.includes(n) || (FILE_FIRST.includes(n) && !target.inputs.has(n))) && chosen(n, read(n))
        ? read(n)
        : undefined;
    const settings = (0,_settings_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSettings */ .P)((n) => (n === 'stages' ? _types_js__WEBPACK_IMPORTED_MODULE_7__/* .TARGET_STAGES */ .m.join(',') : (fromStep(n) ?? target.inputs.get(n))), {
        ...options,
        namer: (n) => fromStep(n) !== undefined ? options.namer(n) : `${options.namer('fleet-file')} ${target.path}.${n}`,
    });
    // The halt marker's home: the version the step releases, or the fleet's (its first image target's).
    const imageId = fromStep('image-id') ?? fleetImageId(fleet);
    if (!imageId || !(0,_gallery_js__WEBPACK_IMPORTED_MODULE_4__/* .versionRef */ .qm)(imageId))
        throw new _settings_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SettingsError */ .G([
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
        ...((0,_target_record_js__WEBPACK_IMPORTED_MODULE_5__/* .takesImage */ .wz)(target)
            ? { awaitReplication: { region: target.region, timeoutMs: fleet.replicationTimeoutMs } }
            : {}),
    };
    return { ...settings, fleet: fleetOf };
}
/** The fleet's image version, as `fleet run` reads it: the 'image-id' of its first image target. */
function fleetImageId(fleet) {
    const targets = fleet.waves.flatMap((w) => w.targets);
    return targets.find((t) => (0,_target_record_js__WEBPACK_IMPORTED_MODULE_5__/* .takesImage */ .wz)(t) && (0,_gallery_js__WEBPACK_IMPORTED_MODULE_4__/* .versionRef */ .qm)(t.settings.publish.imageId))?.settings.publish.imageId;
}
/** Inputs given to the step that the fleet file decides: each one a problem. */
function conflicts(read) {
    const problems = [];
    for (const def of _settings_table_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc) {
        if ([...STEP_INPUTS, ...FLEET_INPUTS, ...FILE_FIRST].includes(def.name))
            continue;
        const value = read(def.name);
        if (!chosen(def.name, value))
            continue;
        if (def.name === 'stages' && value.replace(/\s/g, '') === _types_js__WEBPACK_IMPORTED_MODULE_7__/* .TARGET_STAGES */ .m.join(','))
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
    const ref = (0,_gallery_js__WEBPACK_IMPORTED_MODULE_4__/* .versionRef */ .qm)(membership?.imageId);
    if (!membership || !ref)
        return undefined;
    const startedAt = deps.clock.now();
    const gallery = await deps.gallery();
    const callTimeoutMs = 120_000;
    const marker = await (0,_gallery_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetries */ .LH)(() => (0,_gallery_js__WEBPACK_IMPORTED_MODULE_4__/* .readHalt */ .ir)(gallery, ref, membership.fleet, { timeoutMs: callTimeoutMs, signal: deps.signal }), deps);
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
        return refused(`fleet '${membership.fleet}' was halted for ${ref.version}: ${marker}; target ${membership.target} was not deployed (remove the tag '${(0,_gallery_js__WEBPACK_IMPORTED_MODULE_4__/* .haltTag */ .ab)(membership.fleet)}' from the image version to continue)`);
    const wait = membership.awaitReplication;
    // A plan reads what is there now: it does not wait for replication.
    if (!wait || settings.dryRun)
        return undefined;
    const replicated = await (0,_gallery_js__WEBPACK_IMPORTED_MODULE_4__/* .waitForReplication */ .vm)({ ...deps, gallery, callTimeoutMs }, ref, [wait.region], wait.timeoutMs);
    return replicated.ok ? undefined : refused(`${replicated.reason}; target ${membership.target} was not deployed`);
}


/***/ }),

/***/ 34827:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HL: () => (/* binding */ FleetFileError),
/* harmony export */   I9: () => (/* binding */ parseFleet),
/* harmony export */   wh: () => (/* binding */ normalizeRegion)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
/* harmony import */ var _deploy_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(53129);
/* harmony import */ var _lock_lock_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(29633);
/* harmony import */ var _settings_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(24514);
/* harmony import */ var _settings_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(63794);
/* harmony import */ var _settings_table_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(93937);
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(45467);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(98189);
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

/***/ 16565:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ readTargetRecord),
/* harmony export */   SF: () => (/* binding */ releaseVersion),
/* harmony export */   TV: () => (/* binding */ describeRecord),
/* harmony export */   YP: () => (/* binding */ standingOf),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   wz: () => (/* binding */ takesImage)
/* harmony export */ });
/* harmony import */ var _deploy_record_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(570);
/* harmony import */ var _deploy_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(53129);
/* harmony import */ var _deploy_slot_swap_artifact_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(69116);
/* harmony import */ var _lock_lock_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(29633);
/* harmony import */ var _gallery_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(44138);





/** Whether the target deploys the gallery image version (and so waits for its replication). */
const takesImage = (target) => (0,_deploy_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .descriptorOf */ .nb)(target.settings.deploy.strategy).artifact === 'gallery-image';
/** The version the target's release record holds once the fleet released it. */
function releaseVersion(target) {
    const d = target.settings.deploy;
    if (takesImage(target))
        return (0,_gallery_js__WEBPACK_IMPORTED_MODULE_3__/* .versionRef */ .qm)(target.settings.publish.imageId)?.version;
    if (d.containerImage)
        return (0,_deploy_slot_swap_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .versionOf */ .E4)({ containerImage: d.containerImage });
    return d.packageUrl ? (0,_deploy_slot_swap_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .versionOf */ .E4)({ packageUrl: d.packageUrl }) : undefined;
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
    const holder = (0,_lock_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .lockTarget */ .Nd)(target.settings);
    if (!holder)
        return undefined;
    const state = await leases.read(holder, options);
    return state ? (0,_deploy_record_js__WEBPACK_IMPORTED_MODULE_0__/* .recordFromTags */ .j1)(state.tags) : undefined;
}
/** In words, for the summary: what the record says the target runs. */
const describeRecord = (record) => record?.current ? `runs ${record.current}` : 'has no release record';
const messageOf = (err) => (err instanceof Error ? err.message : String(err));


/***/ }),

/***/ 98189:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 16199:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  NJ: () => (/* reexport */ core_errors/* EngineError */.NJ),
  GN: () => (/* reexport */ errors/* SettingsError */.G),
  pz: () => (/* reexport */ table/* inputsFor */.pz),
  S5: () => (/* reexport */ renderText),
  cn: () => (/* reexport */ runEngine)
});

// UNUSED EXPORTS: CancelledError, INPUTS, MASK, OUTPUTS, asEngineError, findInput, formatWrite, outputStrings, parseSettings, redactor, releaseHeldLock, renderMarkdown

// EXTERNAL MODULE: ./src/core/settings/parse.ts
var parse = __nccwpck_require__(24514);
// EXTERNAL MODULE: ./src/core/settings/errors.ts
var errors = __nccwpck_require__(63794);
// EXTERNAL MODULE: ./src/core/settings/table.ts
var table = __nccwpck_require__(93937);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/deploy/names.ts
var names = __nccwpck_require__(18171);
// EXTERNAL MODULE: ./src/core/deploy/registry.ts + 5 modules
var registry = __nccwpck_require__(53129);
// EXTERNAL MODULE: ./src/core/deploy/rollout-error.ts
var rollout_error = __nccwpck_require__(5613);
// EXTERNAL MODULE: ./src/core/rollout/for-stage.ts
var for_stage = __nccwpck_require__(55797);
// EXTERNAL MODULE: ./src/core/plan/action.ts
var plan_action = __nccwpck_require__(55461);
// EXTERNAL MODULE: ./src/core/analysis/for-stage.ts
var analysis_for_stage = __nccwpck_require__(6262);
// EXTERNAL MODULE: ./src/core/analysis/reads.ts
var reads = __nccwpck_require__(78087);
// EXTERNAL MODULE: ./src/core/analysis/resolve.ts
var resolve = __nccwpck_require__(8110);
// EXTERNAL MODULE: ./src/core/analysis/run.ts + 2 modules
var run = __nccwpck_require__(28107);
;// CONCATENATED MODULE: ./src/core/analysis/preflight.ts






/** How far back the preflight reads: enough for Azure to check the request, little to scan. */
const PREFLIGHT_WINDOW_MS = 5 * 60_000;
/** The preflight's own budget: a few reads, with room for Azure's throttling. */
const PREFLIGHT_BUDGET_MS = 2 * 60_000;
/** Checks every gate once; throws one error naming each gate Azure refuses. A no-op in plan mode. */
async function preflightAnalysis(ctx, version) {
    const { settings } = ctx;
    if (settings.analysis.length === 0 || settings.dryRun)
        return;
    const { monitor } = await ctx.azure();
    const ex = (0,for_stage/* executorFor */.lL)(ctx, {
        retryBaseMs: monitor.pollIntervalMs,
        timeoutMs: PREFLIGHT_BUDGET_MS,
        budgetName: 'analysis preflight',
    });
    const now = ctx.deps.clock.now();
    const context = { ...(version ? { version } : {}), since: now - PREFLIGHT_WINDOW_MS };
    const problems = [];
    for (const gate of settings.analysis) {
        const problem = await gateProblem(gate, { ctx, ex, monitor, context, now });
        if (problem)
            problems.push(`${gate.input} ('${gate.name}'): ${problem}`);
    }
    if (problems.length === 0) {
        ctx.deps.host.info(`Analysis preflight: Azure Monitor answers all ${settings.analysis.length} gate(s).`);
        return;
    }
    const refused = `Azure refuses ${problems.length} of them; nothing was written`;
    throw new core_errors/* EngineError */.NJ('terminal', `the analysis gates were checked before the deploy and ${refused}: ${problems.join('; ')}`);
}
/** What Azure refuses about one gate, or undefined. */
async function gateProblem(gate, env) {
    const { settings } = env.ctx;
    const resolved = (0,resolve/* resolveGate */.mW)(gate, env.monitor.subscriptionId, (0,analysis_for_stage/* monitoredTarget */.By)(settings));
    try {
        if (gate.kind === 'alerts') {
            for (const rule of gate.rules) {
                const problem = await (0,run/* ruleProblem */["in"])(gate, rule, env.monitor, env.ex, settings.deploy.resourceGroup ?? settings.resourceGroup);
                if (problem)
                    return problem;
            }
        }
        for (const read of (0,reads/* roundReads */.I)([resolved], env.context, env.now)) {
            const answer = await env.ex.read(read.what, (call) => send(shortened(read, env.now), env.monitor, call));
            const refused = metricErrors(read, answer);
            if (refused)
                return refused;
        }
        return undefined;
    }
    catch (err) {
        if (err instanceof core_errors/* CancelledError */.cc || !(err instanceof core_errors/* EngineError */.NJ))
            throw err;
        return err.message;
    }
}
/** The read over the last few minutes only; a query also ends in `| take 0` (Azure still compiles it all). */
function shortened(read, now) {
    const from = Math.max(read.request.from, now - PREFLIGHT_WINDOW_MS);
    if (read.kind === 'metrics')
        return { ...read, request: { ...read.request, from } };
    if (read.kind === 'alerts')
        return { ...read, request: { ...read.request, from } };
    // On a line of its own: a query may end in a // comment.
    return { ...read, request: { ...read.request, from, query: `${read.request.query}\n| take 0` } };
}
/** A metric Azure answered with an error code of its own (the call itself succeeded). */
function metricErrors(read, answer) {
    if (read.kind !== 'metrics')
        return undefined;
    const errors = Object.entries(answer.errors ?? {});
    return errors.length > 0 ? `${read.what}: ${errors.map(([m, e]) => `${m}: ${e}`).join('; ')}` : undefined;
}
function send(read, monitor, call) {
    if (read.kind === 'metrics')
        return monitor.metrics(read.request, call);
    if (read.kind === 'alerts')
        return monitor.firedAlerts(read.request, call);
    return monitor.query(read.request, call);
}

;// CONCATENATED MODULE: ./src/core/stages/deploy.ts
/**
 * deploy: replaces instances with the artifact through the chosen strategy. The artifact comes
 * from this run's publish (imageId / imageVersion outputs) or the inputs (image-id, or an explicit
 * image-version in gallery-name/image-definition). Everything is read and checked (strategy.inspect,
 * then planDeploy) before the first write, the deploy lock's lease included. A rollout that stops part-way is rolled back at once when auto-rollback
 * is on, and the step fails saying what failed, what was rolled back and what is live.
 * Plan mode (dry-run): the same reads, then the strategy describes its writes (planDeploy); none is made.
 */






const deployStage = {
    name: 'deploy',
    async run(ctx) {
        const strategy = await (0,registry/* strategyFor */.fY)(ctx.settings.deploy.strategy);
        const artifact = artifactOf(ctx);
        const record = await strategy.inspect(ctx);
        // Plan first (every read and check, no write): bad input fails here, before the lease is
        // written. Dry-run stops at the plan; a real run takes the deploy lock, then applies.
        const planned = await strategy.planDeploy(ctx, artifact, record);
        if (ctx.settings.dryRun)
            return planResult(ctx, planned);
        if (planned.writes.length > 0) {
            // A gate Azure would refuse fails here, with nothing written, not after the rollout.
            await preflightAnalysis(ctx, artifact.imageVersion);
            await ctx.takeDeployLock?.();
        }
        // A paused canary is no unfinished run: the strategy keeps it paused or refuses another release.
        if (record.target && record.state !== 'paused' && record.target !== artifact.imageVersion) {
            ctx.warn(`the target's record says an earlier run set out to deploy ${record.target} and did not finish; this deploy replaces it with ${artifact.imageVersion ?? 'the new artifact'}`);
        }
        try {
            const outcome = await strategy.deploy(ctx, artifact, record);
            ctx.deps.host.info(outcome.message);
            return {
                status: 'succeeded',
                outputs: {
                    ...outcome.outputs,
                    rollbackPlan: outcome.rollback,
                    deployUnchanged: outcome.rollback === undefined,
                },
                items: outcome.items,
                message: outcome.message,
                journal: outcome.journal,
            };
        }
        catch (err) {
            if (!(err instanceof rollout_error/* RolloutError */.a) || ctx.signal.aborted)
                throw err;
            return rollBackFailedRollout(ctx, strategy, err);
        }
    },
};
async function rollBackFailedRollout(ctx, strategy, err) {
    const { plan, items, outputs, liveUntouched, journal = [] } = err.details;
    const failedItems = [...items, { kind: 'check', label: 'rollout', value: err.message, ok: false }];
    if (!plan) {
        return {
            status: 'failed',
            outputs: { ...outputs, rolledBack: false },
            items: failedItems,
            message: `${err.message}; not rolled back: no previous version is known for this target`,
        };
    }
    if (liveUntouched)
        return confirmUntouched(ctx, strategy, err, plan, failedItems);
    if (!ctx.settings.verify.autoRollback) {
        return {
            status: 'failed',
            outputs: { ...outputs, rolledBack: false, rollbackPlan: plan },
            items: failedItems,
            message: `${err.message}; not rolled back ('auto-rollback' is false): run the 'rollback' stage to return to ${plan.to.imageVersion ?? 'the previous release'}`,
        };
    }
    ctx.warn(`the deploy failed: ${err.message}; rolling back (${plan.description})`);
    try {
        const rb = await strategy.rollback((0,for_stage/* revertContext */._x)(ctx), plan);
        return {
            status: 'failed',
            outputs: { ...outputs, rolledBack: true },
            items: [...failedItems, ...rb.items],
            message: `${err.message}; rolled back: ${rb.message}`,
            journal: [...journal, ...(rb.journal ?? [])],
        };
    }
    catch (rbErr) {
        if (ctx.signal.aborted)
            throw rbErr;
        const why = rbErr instanceof Error ? rbErr.message : String(rbErr);
        const live = await liveNow(ctx, strategy);
        const next = `re-run this step to finish the rollback, or run the 'rollback' stage (to-version ${plan.to.imageVersion ?? 'the previous release'})`;
        return {
            status: 'failed',
            outputs: { ...outputs, rolledBack: false },
            items: failedItems,
            message: `${err.message}; the rollback failed too: ${why}; ${live}; ${next}`,
            journal,
        };
    }
}
/** What production serves now, read fresh after a failed revert; never throws. */
async function liveNow(ctx, strategy) {
    if (!strategy.describeLive)
        return 'what is live could not be read';
    try {
        return `live now: ${await strategy.describeLive(ctx)}`;
    }
    catch (e) {
        return `what is live could not be read (${e instanceof Error ? e.message : String(e)})`;
    }
}
/**
 * Production never took the new version: nothing is rolled back. The strategy still confirms the
 * old release is live and clears this run's intent from the record.
 */
async function confirmUntouched(ctx, strategy, err, plan, items) {
    const outputs = { ...err.details.outputs, rolledBack: false };
    const live = plan.to.imageVersion ?? plan.to.containerImage ?? 'the previous release';
    // An aborted canary did serve a share of production traffic before it was returned.
    const untouched = err.details.outputs.canaryResult === 'aborted'
        ? 'the canary share is back on the stable release'
        : 'production never took the new version';
    try {
        const confirmed = await strategy.rollback((0,for_stage/* revertContext */._x)(ctx), plan);
        return {
            status: 'failed',
            outputs,
            items: [...items, ...confirmed.items],
            message: `${err.message}; ${untouched}: ${live} is still live`,
        };
    }
    catch (confirmErr) {
        if (ctx.signal.aborted)
            throw confirmErr;
        const why = confirmErr instanceof Error ? confirmErr.message : String(confirmErr);
        return {
            status: 'failed',
            outputs,
            items,
            message: `${err.message}; ${untouched}, but confirming ${live} is live failed: ${why}`,
        };
    }
}
/** What to deploy: this run's publish output, else image-id, else an explicit image-version. */
function artifactOf(ctx) {
    const { outputs, settings } = ctx;
    if ((0,registry/* descriptorOf */.nb)(settings.deploy.strategy).artifact === 'web-artifact')
        return { containerImage: settings.deploy.containerImage, packageUrl: settings.deploy.packageUrl };
    if (outputs.imageId)
        return { imageId: outputs.imageId, imageVersion: outputs.imageVersion };
    if (settings.publish.imageId)
        return { imageId: settings.publish.imageId };
    if (settings.publish.version.kind === 'explicit')
        return { imageVersion: settings.publish.version.version };
    throw new core_errors/* EngineError */.NJ('input', "input 'image-id': is required to deploy without a publish stage in this run; expected a gallery image version resource id (or an explicit 'image-version' with 'gallery-name' and 'image-definition')");
}
/** Plan mode: a strategy's planned writes as the step's result (logged, in the summary), succeeded. */
function planResult(ctx, plan) {
    for (const item of plan.items)
        ctx.deps.host.info(`plan: ${item.label}: ${item.value}`);
    const items = [...plan.items, ...plan.writes.map(plan_action/* planItem */.$P)];
    for (const w of items.filter((i) => i.write))
        ctx.deps.host.info(`plan: ${w.value}`);
    ctx.deps.host.info(plan.message);
    return { status: 'succeeded', outputs: plan.outputs, items, message: plan.message, journal: plan.journal };
}

;// CONCATENATED MODULE: ./src/core/stages/promote.ts
/**
 * promote: continues a canary that a deploy stopped at an open pause ('pause' without a duration
 * in 'canary-steps'), from the step after it, in a later run (`immutable-deploy promote`, or the CI
 * job behind an approval). The strategy reads the paused canary back from the target's release
 * record and refuses clearly, before any write, when nothing is paused, another version is, or the
 * steps no longer fit. As deploy does: plan first (every read, no write), then the deploy lock,
 * then the writes; plan mode stops at the plan. A promote that fails part-way returns the traffic
 * to the stable release ('abort') when 'auto-rollback' is on, and says what is live.
 */







const promoteStage = {
    name: 'promote',
    run: (ctx) => runCanaryAction(ctx, 'promote'),
};
/** The strategy's canary control, or an 'input' error naming the strategies that have one. */
async function controlOf(ctx, action) {
    const strategy = await (0,registry/* strategyFor */.fY)(ctx.settings.deploy.strategy);
    if (strategy.canary)
        return strategy.canary;
    const canaries = names/* STRATEGY_NAMES */.nU.filter((s) => (0,registry/* descriptorOf */.nb)(s).canary);
    const strategies = await Promise.all(canaries.map((s) => (0,registry/* strategyFor */.fY)(s)));
    const able = strategies.filter((s) => s.canary).map((s) => `'${s.name}'`);
    throw new core_errors/* EngineError */.NJ('input', `stage '${action}': strategy '${strategy.name}' has no canary that can pause; expected strategy ${able.join(' or ')} with 'canary-steps'`);
}
/** The release the inputs name, if they name one ('promote' then checks it is the paused one). */
function requestedArtifact(ctx) {
    try {
        return artifactOf(ctx);
    }
    catch {
        return undefined;
    }
}
/** 'promote' or 'abort' as a stage: plan, then the lock, then the writes (none: nothing to do). */
async function runCanaryAction(ctx, action) {
    const control = await controlOf(ctx, action);
    const artifact = action === 'promote' ? requestedArtifact(ctx) : undefined;
    const act = (c, ex) => action === 'promote' ? control.promote(c, ex, artifact) : control.abort(c, ex);
    const planning = await control.executor(ctx, true);
    const planned = await act(ctx, planning);
    const writes = planning.plannedWrites;
    if (ctx.settings.dryRun) {
        const message = `plan: ${action}, ${(0,plan_action/* countWrites */.GG)(writes.length)}, none made; afterwards: ${planned.message}`;
        return planResult(ctx, { writes, items: planning.facts, outputs: planned.outputs, message });
    }
    if (writes.length === 0) {
        // Nothing to do (already promoted or aborted): a failed verify after it has nothing of this run's to undo.
        ctx.deps.host.info(planned.message);
        const outputs = { ...planned.outputs, deployUnchanged: true };
        return { status: 'succeeded', outputs, items: planning.facts, message: planned.message };
    }
    await ctx.takeDeployLock?.();
    const ex = await control.executor(ctx, false);
    try {
        const run = await act(ctx, ex);
        ctx.deps.host.info(run.message);
        const outputs = { ...run.outputs, rollbackPlan: run.rollback, deployUnchanged: run.rollback === undefined };
        return { status: 'succeeded', outputs, items: ex.items, message: run.message, journal: ex.journal };
    }
    catch (err) {
        if (!(err instanceof rollout_error/* RolloutError */.a) || ctx.signal.aborted || err instanceof core_errors/* CancelledError */.cc)
            throw err;
        if (action === 'abort')
            return failed(err, err.message);
        // Past the switch (production moved to the new release): undo it as a failed deploy is undone.
        if (err.details.plan && !err.details.liveUntouched)
            return rollBackFailedRollout(ctx, await (0,registry/* strategyFor */.fY)(ctx.settings.deploy.strategy), err);
        return abortAfterFailedPromote(ctx, control, err);
    }
}
function failed(err, message, items = []) {
    const check = { kind: 'check', label: 'canary', value: err.message, ok: false };
    const outputs = err.details.outputs;
    return {
        status: 'failed',
        outputs,
        items: [...err.details.items, check, ...items],
        message,
        journal: err.details.journal,
    };
}
/**
 * A promote that stopped part-way (a write failed for good, production never swapped): with
 * 'auto-rollback', all traffic returns to the stable release as 'abort' does; otherwise the step
 * says what share is left where and what to run.
 */
async function abortAfterFailedPromote(ctx, control, err) {
    if (err.details.outputs.canaryResult === 'aborted')
        return failed(err, err.message);
    if (!ctx.settings.verify.autoRollback)
        return failed(err, `${err.message}; not aborted ('auto-rollback' is false): run 'promote' again, or 'abort'`);
    ctx.warn(`the promote failed: ${err.message}; aborting the canary`);
    try {
        const revert = (0,for_stage/* revertContext */._x)(ctx);
        const ex = await control.executor(revert, false);
        const run = await control.abort(revert, ex);
        const result = failed(err, `${err.message}; ${run.message}`, ex.items);
        return { ...result, outputs: { ...err.details.outputs, ...run.outputs } };
    }
    catch (abortErr) {
        if (ctx.signal.aborted)
            throw abortErr;
        const why = abortErr instanceof Error ? abortErr.message : String(abortErr);
        return failed(err, `${err.message}; the abort failed too: ${why}; run 'abort' again`);
    }
}

;// CONCATENATED MODULE: ./src/core/stages/abort.ts
/**
 * abort: returns all production traffic of a paused canary (or one a failed run left part-way) to
 * the stable release, weight 0, and records 'aborted' with the canary's version as failed; the
 * 'result' output is 'aborted'. Nothing paused and no share left: nothing written. Plan first,
 * then the deploy lock, then the writes, as 'promote' (promote.ts) and deploy do.
 */

const abortStage = {
    name: 'abort',
    run: (ctx) => runCanaryAction(ctx, 'abort'),
};

;// CONCATENATED MODULE: ./src/core/publish/version.ts
/**
 * Which gallery image version to publish: shared by publish and by Image Builder bakes (which
 * must name the exact version they distribute to before the build starts).
 */

const INT32_MAX = 2147483647;
/** Major.Minor.Patch with each part a 32-bit integer, as parts; undefined otherwise. */
function parseVersion(v) {
    const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v.trim());
    if (!m)
        return undefined;
    const parts = m.slice(1).map(Number);
    return parts.every((p) => p <= INT32_MAX) ? parts : undefined;
}
function compareVersions(a, b) {
    const x = parseVersion(a) ?? [-1, -1, -1];
    const y = parseVersion(b) ?? [-1, -1, -1];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}
/** The highest valid version among `names`, or undefined. */
function highestVersion(names) {
    return names
        .filter((n) => parseVersion(n))
        .sort(compareVersions)
        .at(-1);
}
/** Resolves the image-version input into a concrete, valid Major.Minor.Patch. Throws 'input' errors. */
function chooseVersion(ctx) {
    const { scheme } = ctx;
    switch (scheme.kind) {
        case 'explicit':
            return {
                version: valid(scheme.version, 'the explicit image-version'),
                reason: `image-version ${scheme.version} was given explicitly`,
                named: true,
            };
        case 'auto': {
            const highest = highestVersion(ctx.existing);
            if (!highest)
                return {
                    version: '1.0.0',
                    reason: 'image-version auto: the image definition has no version yet, so 1.0.0',
                    named: false,
                };
            const [major, minor, patch] = parseVersion(highest);
            if (patch >= INT32_MAX) {
                throw new core_errors/* EngineError */.NJ('input', `input 'image-version': auto cannot go above ${highest} (the patch number is at the 32-bit limit); give the next version explicitly, e.g. ${major}.${minor + 1}.0`);
            }
            return {
                version: `${major}.${minor}.${patch + 1}`,
                reason: `image-version auto: next patch above the highest existing version ${highest}`,
                named: false,
            };
        }
        case 'date':
            return dateVersion(ctx);
        case 'git-tag':
            return gitTagVersion(ctx.run);
    }
}
/** YYYY.MMDD.<run number> (UTC), MMDD without leading zeros so each part stays a plain integer. */
function dateVersion(ctx) {
    const iso = new Date(ctx.nowMs).toISOString();
    const year = Number(iso.slice(0, 4));
    const monthDay = Number(iso.slice(5, 7) + iso.slice(8, 10));
    const prefix = `${year}.${monthDay}`;
    const runNumber = ctx.run?.runNumber;
    if (runNumber !== undefined && Number.isInteger(runNumber) && runNumber >= 0) {
        return {
            version: valid(`${prefix}.${runNumber}`, "image-version 'date'"),
            reason: `image-version date: ${iso.slice(0, 10)} and run number ${runNumber}`,
            named: true,
        };
    }
    // No run number (a laptop run): the next free patch of today.
    const today = ctx.existing.filter((v) => v.startsWith(`${prefix}.`) && parseVersion(v));
    const next = today.length === 0 ? 0 : parseVersion(highestVersion(today))[2] + 1;
    return {
        version: valid(`${prefix}.${next}`, "image-version 'date'"),
        reason: `image-version date: ${iso.slice(0, 10)}; no run number, so the next free patch of the day`,
        named: false,
    };
}
function gitTagVersion(run) {
    const ref = run?.ref;
    const tag = ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
    if (!tag) {
        throw new core_errors/* EngineError */.NJ('input', `input 'image-version': 'git-tag' needs a run triggered by a tag (refs/tags/v1.2.3); this run's ref is ${ref ? `'${ref}'` : 'unknown'}`);
    }
    const version = tag.replace(/^(release[-/])?v?/i, '');
    if (!parseVersion(version)) {
        throw new core_errors/* EngineError */.NJ('input', `input 'image-version': the git tag '${tag}' is not a version; expected a tag like v1.4.2 (Major.Minor.Patch, each a 32-bit integer)`);
    }
    return { version, reason: `image-version git-tag: from tag ${tag}`, named: true };
}
function valid(version, what) {
    if (!parseVersion(version)) {
        throw new core_errors/* EngineError */.NJ('input', `${what} '${version}' is not a valid gallery image version; expected Major.Minor.Patch with each part a 32-bit integer`);
    }
    return version;
}

;// CONCATENATED MODULE: ./src/core/bake/base-image.ts


const URN = /^([^:\s]+):([^:\s]+):([^:\s]+):([^:\s]+)$/;
const GALLERY_VERSION = /^(\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)\/images\/([^/]+))\/versions\/([^/]+)$/i;
const MANAGED_IMAGE = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Compute\/images\/[^/]+$/i;
function parseSource(text, input) {
    const t = text.trim();
    if (URN.test(t))
        return { kind: 'marketplace', text: t };
    if (GALLERY_VERSION.test(t))
        return { kind: 'gallery-version', text: t };
    if (MANAGED_IMAGE.test(t))
        return { kind: 'managed-image', text: t };
    throw new core_errors/* EngineError */.NJ('input', `input '${input}': '${t}' is not a base image; expected 'publisher:offer:sku:version', a managed image id or a gallery image version id`);
}
const isLatest = (v) => v.toLowerCase() === 'latest';
/** Resolves `latest` to the concrete version Azure would pick now. Reads only. */
async function resolveBaseImage(source, ports, location, input, options) {
    if (source.kind === 'marketplace') {
        const [, publisher, offer, sku, version] = URN.exec(source.text);
        if (!isLatest(version))
            return source.text;
        if (!location)
            throw new core_errors/* EngineError */.NJ('input', `input '${input}': resolving '${source.text}' needs a region; set 'gallery-name' (its region is used)`);
        const resolved = await ports.marketplace.resolveVersion({ publisher: publisher, offer: offer, sku: sku }, location, options);
        if (!resolved)
            throw new core_errors/* EngineError */.NJ('input', `input '${input}': the marketplace image ${publisher}:${offer}:${sku} has no version in '${location}'`);
        return `${publisher}:${offer}:${sku}:${resolved}`;
    }
    if (source.kind === 'gallery-version') {
        const [, definitionId, resourceGroup, gallery, definition, version] = GALLERY_VERSION.exec(source.text);
        if (!isLatest(version))
            return source.text;
        const versions = await ports.gallery.listVersions({ resourceGroup: resourceGroup, gallery: gallery, definition: definition }, options);
        const eligible = versions
            .filter((v) => !v.excludeFromLatest && (v.provisioningState ?? 'Succeeded') === 'Succeeded')
            .map((v) => v.name);
        const latest = highestVersion(eligible);
        if (!latest)
            throw new core_errors/* EngineError */.NJ('input', `input '${input}': the gallery image ${gallery}/${definition} has no version to use as 'latest'`);
        return `${definitionId}/versions/${latest}`;
    }
    return source.text;
}
/** The Image Builder source for a resolved base image. */
function imageBuilderSource(resolved) {
    const urn = URN.exec(resolved);
    if (urn)
        return { type: 'PlatformImage', publisher: urn[1], offer: urn[2], sku: urn[3], version: urn[4] };
    if (GALLERY_VERSION.test(resolved))
        return { type: 'SharedImageVersion', imageVersionId: resolved };
    return { type: 'ManagedImage', imageId: resolved };
}

;// CONCATENATED MODULE: ./src/core/publish/provenance.ts
const TAGS = {
    bakeKey: 'immutable-deploy.bake-key',
    baseImage: 'immutable-deploy.base-image',
    commit: 'immutable-deploy.commit',
    repository: 'immutable-deploy.repository',
    runUrl: 'immutable-deploy.run-url',
    pipeline: 'immutable-deploy.pipeline',
    actor: 'immutable-deploy.run-by',
    system: 'immutable-deploy.system',
};
const MAX_VALUE = 256;
function provenanceTags(run, bake) {
    const tags = {
        [TAGS.bakeKey]: bake.bakeKey,
        [TAGS.baseImage]: bake.baseImage,
        [TAGS.commit]: run?.commit,
        [TAGS.repository]: run?.repository,
        [TAGS.runUrl]: run?.runUrl,
        [TAGS.pipeline]: run?.pipeline,
        [TAGS.actor]: run?.actor,
        [TAGS.system]: run?.system,
    };
    const out = {};
    for (const [name, value] of Object.entries(tags))
        if (value)
            out[name] = value.length > MAX_VALUE ? value.slice(0, MAX_VALUE) : value;
    return out;
}
/** The tags of `wanted` that `current` lacks or holds with another value. */
function missingTags(current, wanted) {
    return Object.fromEntries(Object.entries(wanted).filter(([k, v]) => current[k] !== v));
}

;// CONCATENATED MODULE: ./src/core/bake/cache.ts


const succeeded = (v) => (v.provisioningState ?? 'Succeeded').toLowerCase() === 'succeeded';
/** The newest successful version carrying `key`, if any. */
function findCached(versions, key) {
    return versions
        .filter((v) => succeeded(v) && v.tags[TAGS.bakeKey] === key)
        .sort((a, b) => compareVersions(a.name, b.name))
        .at(-1);
}
/** Why there was no hit, for the log: what the newest keyed version differs in. */
function missReason(versions, key, baseImage) {
    const keyed = versions.filter((v) => v.tags[TAGS.bakeKey]).sort((a, b) => compareVersions(a.name, b.name));
    const newest = keyed.at(-1);
    if (!newest)
        return 'no published version carries a bake key yet';
    const sameKeyFailed = versions.find((v) => v.tags[TAGS.bakeKey] === key && !succeeded(v));
    if (sameKeyFailed)
        return `version ${sameKeyFailed.name} has this key but is ${sameKeyFailed.provisioningState}`;
    const previousBase = newest.tags[TAGS.baseImage];
    if (previousBase && previousBase !== baseImage)
        return `the base image changed since ${newest.name} (${previousBase} → ${baseImage})`;
    return `the newest keyed version ${newest.name} was baked from other inputs (key ${cache_short(newest.tags[TAGS.bakeKey])})`;
}
const cache_short = (key) => key.slice(0, 12);

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./src/core/bake/bake-key.ts

/** Bumped when the key material's layout changes, so old cache entries stop matching. */
const BAKE_KEY_VERSION = 1;
function computeBakeKey(input) {
    assertResolved(input.resolvedBaseImage);
    const parts = {
        template: sha256(canonicalJson(templateEntries(input.templateFiles))),
        varFiles: sha256(canonicalJson((input.varFiles ?? []).map((file) => sha256(file.content)))),
        variables: sha256(canonicalJson(variableEntries(input.variables ?? {}, new Set(input.secretVariables ?? [])))),
        baseImage: sha256(input.resolvedBaseImage),
        builder: input.builder,
    };
    return { key: sha256(canonicalJson({ v: BAKE_KEY_VERSION, ...parts })), parts };
}
function templateEntries(files) {
    const entries = files.map((file) => [file.path.replace(/\\/g, '/'), sha256(file.content)]);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (let i = 1; i < entries.length; i++) {
        if (entries[i]?.[0] === entries[i - 1]?.[0])
            throw new Error(`template file listed twice: ${entries[i]?.[0]}`);
    }
    if (entries.length === 0)
        throw new Error('a bake key needs at least one template file');
    return entries;
}
/** Each value is hashed on its own, so no value (secret or not) reaches the key material. */
function variableEntries(variables, secrets) {
    return Object.keys(variables)
        .sort()
        .map((name) => {
        const value = canonicalJson(variables[name] ?? null);
        return [name, secrets.has(name) ? secretDigest(value) : sha256(value)];
    });
}
/**
 * A key derived from a secret is a guessing oracle for it (the rest of the inputs sit in the
 * repository); scrypt makes each guess expensive. The salt is fixed so the key stays stable.
 */
function secretDigest(value) {
    return (0,external_node_crypto_.scryptSync)(value, 'immutable-deploy/bake-key/v1', 32).toString('hex');
}
function assertResolved(baseImage) {
    const trimmed = baseImage.trim();
    const lastSegment = trimmed.split(/[:/]/).pop() ?? '';
    if (trimmed === '' || lastSegment.toLowerCase() === 'latest') {
        throw new Error(`the bake key needs the resolved base image version, not "${baseImage}"`);
    }
}
function sha256(content) {
    return (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
}
/** JSON with object keys sorted at every level, so equal values always serialise the same. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object') {
        if (typeof value === 'number' && !Number.isFinite(value))
            throw new Error(`cannot hash non-finite number ${value}`);
        return JSON.stringify(value ?? null);
    }
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const record = value;
    const keys = Object.keys(record).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __nccwpck_require__(98571);
;// CONCATENATED MODULE: ./src/core/publish/poll.ts
/**
 * A bounded wait on the injected clock and sleep: observe, and if not done, sleep for what the
 * observation asks (Azure's Retry-After or the connection's interval), never past the deadline.
 */

/** Polls until `observe` says done; returns its value. Throws `timedOut(...)` at the deadline, CancelledError on abort. */
async function pollUntil(options) {
    const { clock, sleep, signal } = options;
    const start = clock.now();
    const deadline = start + options.timeoutMs;
    let last;
    let delay = options.firstDelayMs ?? 0;
    for (;;) {
        if (delay > 0) {
            const remaining = deadline - clock.now();
            if (remaining <= 0)
                throw options.timedOut(last, clock.now() - start);
            try {
                await sleep(Math.min(delay, remaining), signal);
            }
            catch (err) {
                if (signal.aborted)
                    throw new core_errors/* CancelledError */.cc();
                throw err;
            }
        }
        if (signal.aborted)
            throw new core_errors/* CancelledError */.cc();
        const seen = await options.observe();
        last = seen.value;
        if (seen.done)
            return seen.value;
        if (clock.now() >= deadline)
            throw options.timedOut(last, clock.now() - start);
        // Never spin: a zero interval (Retry-After: 0) still yields a minimal pause.
        delay = Math.max(1, seen.pollAfterMs);
    }
}

;// CONCATENATED MODULE: ./src/core/bake/image-builder.ts




const RUN_OUTPUT_NAME = 'gallery';
/** What decides an Image Builder image: the customizers and the resolved source. */
function imageBuilderKeyInput(settings, resolvedBaseImage) {
    return {
        builder: 'image-builder',
        templateFiles: [{ path: 'image-builder/customizers.json', content: canonicalJson(settings.customizers) }],
        resolvedBaseImage,
    };
}
/** A template name per definition and version: a re-run of the same bake finds its own template. */
function templateName(definition, version) {
    return `immutable-deploy-${definition}-${version.replace(/\./g, '-')}`.slice(0, 64);
}
const FINISHED = new Set(['succeeded', 'partiallysucceeded', 'failed', 'canceled']);
/** Runs the bake; returns the gallery image version id Image Builder distributed to. */
async function bakeWithImageBuilder(b) {
    const { port, ref, signal, log } = b;
    const opts = { signal };
    const started = b.clock.now();
    log.info(`creating Image Builder template ${ref.name} in resource group ${ref.resourceGroup} (distributes to ${b.spec.galleryImageVersionId})`);
    await port.createTemplate(ref, b.spec, opts);
    let running = false;
    try {
        log.info(`running Image Builder template ${ref.name}`);
        const { pollAfterMs } = await port.run(ref, opts);
        running = true;
        let lastPhase = '';
        const remaining = Math.max(1, b.timeoutMs - (b.clock.now() - started));
        const final = await pollUntil({
            clock: b.clock,
            sleep: b.sleep,
            signal,
            timeoutMs: remaining,
            firstDelayMs: pollAfterMs,
            observe: async () => {
                const s = await port.status(ref, opts);
                const phase = `${s.runState ?? 'unknown'}${s.runSubState && s.runState === 'Running' ? ` / ${s.runSubState}` : ''}`;
                if (phase !== lastPhase)
                    log.info(`Image Builder ${ref.name}: ${phase} (after ${(0,duration/* formatDuration */.a)(b.clock.now() - started)})`);
                lastPhase = phase;
                return { done: FINISHED.has((s.runState ?? '').toLowerCase()), value: s, pollAfterMs: s.pollAfterMs };
            },
            timedOut: (last) => new core_errors/* EngineError */.NJ('transient', `the Image Builder build of ${ref.name} did not finish within ${(0,duration/* formatDuration */.a)(b.timeoutMs)} (input 'bake-timeout'; last state ${last?.runState ?? 'unknown'}${last?.runSubState ? `/${last.runSubState}` : ''}); it was asked to cancel`),
        });
        running = false;
        const state = (final.runState ?? '').toLowerCase();
        if (state !== 'succeeded' && state !== 'partiallysucceeded') {
            throw new core_errors/* EngineError */.NJ('terminal', `the Image Builder build of ${ref.name} ended ${final.runState}${final.message ? `: ${final.message}` : ''}`);
        }
        if (state === 'partiallysucceeded')
            b.warn(`the Image Builder build of ${ref.name} partially succeeded${final.message ? `: ${final.message}` : ''}`);
        const output = await port.runOutput(ref, RUN_OUTPUT_NAME, opts);
        if (!output?.artifactId)
            throw new core_errors/* EngineError */.NJ('terminal', `the Image Builder build of ${ref.name} succeeded but its run output '${RUN_OUTPUT_NAME}' names no artifact`);
        log.info(`Image Builder distributed ${output.artifactId}`);
        return output.artifactId;
    }
    catch (err) {
        if (running)
            await cancelQuietly(b, err);
        throw err;
    }
    finally {
        if (!b.keepTemplate)
            await deleteQuietly(b);
    }
}
async function cancelQuietly(b, reason) {
    // A cancelled run still owes Azure a cancel: use a fresh signal so the request can go out.
    const signal = reason instanceof core_errors/* CancelledError */.cc || b.signal.aborted ? new AbortController().signal : b.signal;
    try {
        await b.port.cancel(b.ref, { signal });
    }
    catch (err) {
        b.warn(`could not cancel the Image Builder build of ${b.ref.name}: ${err.message}`);
    }
}
async function deleteQuietly(b) {
    try {
        b.log.info(`deleting Image Builder template ${b.ref.name}`);
        await b.port.deleteTemplate(b.ref, { signal: b.signal.aborted ? new AbortController().signal : b.signal });
    }
    catch (err) {
        b.warn(`could not delete the Image Builder template ${b.ref.name} (delete it yourself, or set 'keep-image-template'): ${err.message}`);
    }
}

;// CONCATENATED MODULE: ./src/core/publish/target.ts

function galleryRef(settings, forWhat) {
    const { galleryName, imageDefinition, galleryResourceGroup } = settings.publish;
    const missing = [
        !galleryName && "'gallery-name'",
        !imageDefinition && "'image-definition'",
        !galleryResourceGroup && "'gallery-resource-group' (or 'resource-group')",
    ].filter(Boolean);
    if (missing.length > 0)
        throw new core_errors/* EngineError */.NJ('input', `${forWhat} needs ${missing.join(', ')}`);
    return { resourceGroup: galleryResourceGroup, gallery: galleryName, definition: imageDefinition };
}
const describeRef = (ref) => `${ref.gallery}/${ref.definition} (resource group ${ref.resourceGroup})`;
/** Reads the gallery and the definition; a missing one is a clear 'input' error unless it may be created. */
async function observeTarget(gallery, ref, publish, options) {
    const found = await gallery.getGallery(ref.resourceGroup, ref.gallery, options);
    if (!found)
        throw new core_errors/* EngineError */.NJ('input', `the gallery '${ref.gallery}' does not exist in resource group '${ref.resourceGroup}' (input 'gallery-name'); create it first`);
    const definition = await gallery.findDefinition(ref, options);
    if (!definition && !publish.createDefinition) {
        throw new core_errors/* EngineError */.NJ('input', `the image definition '${ref.definition}' does not exist in gallery '${ref.gallery}' (input 'image-definition'); create it, or set 'create-image-definition: true' with os-type, hyper-v-generation, image-publisher, image-offer and image-sku`);
    }
    return { gallery: found, definition };
}
/** Creates the definition when it is missing and asked for (a write: call after every check passed). */
async function ensureDefinition(gallery, ref, target, publish, log, options) {
    if (target.definition)
        return target.definition;
    const spec = publish.createDefinition;
    // Re-observe before acting: another run may have created it meanwhile.
    const again = await gallery.findDefinition(ref, options);
    if (again)
        return again;
    log.info(`creating image definition ${describeRef(ref)}: ${spec.osType}, ${spec.hyperVGeneration}, ${spec.publisher}/${spec.offer}/${spec.sku}`);
    return gallery.createDefinition(ref, { location: target.gallery.location, ...spec }, options);
}
/** The regions to replicate to; the gallery's own region must be among them (Azure requires it). */
function resolveRegions(publish, galleryLocation) {
    const home = normalize(galleryLocation);
    if (publish.targetRegions.length === 0)
        return [{ name: home, replicas: publish.replicaCount, storageAccountType: publish.storageAccountType }];
    if (!publish.targetRegions.some((r) => normalize(r.name) === home)) {
        const listed = publish.targetRegions.map((r) => r.name).join(', ');
        throw new core_errors/* EngineError */.NJ('input', `input 'target-regions' (${listed}) must include the gallery's region '${home}': Azure keeps every version in its gallery's region`);
    }
    return [...publish.targetRegions];
}
const normalize = (region) => region.toLowerCase().replace(/\s+/g, '');

;// CONCATENATED MODULE: ./src/core/bake/plan-steps.ts








/** Local checks: 'packer' needs a Packer runner, 'image-builder' a user-assigned identity. */
function checkBuilder(ctx, aib) {
    if (!aib && !ctx.deps.packer)
        throw new core_errors/* EngineError */.NJ('input', "builder 'packer': this step has no Packer runner");
    if (aib && !ctx.settings.bake.imageBuilder?.identity) {
        throw new core_errors/* EngineError */.NJ('input', "input 'image-builder-identity' is required with builder 'image-builder': Image Builder runs as a user-assigned identity");
    }
}
/** The builder's base image input, parsed. */
function baseInputOf(bake, aib) {
    const input = aib ? 'image-builder-source' : 'base-image-version';
    const text = aib ? bake.imageBuilder.source : bake.baseImageVersion;
    return { input, text, source: text ? parseSource(text, input) : undefined };
}
/** Azure is read for Image Builder, a named gallery, or a base image that names 'latest'. */
function needsAzure(aib, named, base) {
    return aib || named || (base.source?.kind !== 'managed-image' && /:latest$|\/latest$/i.test(base.text ?? ''));
}
/** Reads the gallery, the definition and its versions. */
async function observeGallery(ctx, ports, aib) {
    const opts = { signal: ctx.signal };
    const ref = galleryRef(ctx.settings, aib ? "builder 'image-builder' (it distributes to the gallery)" : "stage 'bake'");
    const target = await observeTarget(ports.gallery, ref, ctx.settings.publish, opts);
    const versions = target.definition ? await ports.gallery.listVersions(ref, opts) : [];
    return { ref, target, versions };
}
/** The base image the bake builds from, resolved ('template-defined' when the input is not set). */
async function resolveBase(ctx, base, ports, gallery) {
    if (!base.source) {
        ctx.warn("input 'base-image-version' is not set: the bake key covers the template, var files and variables but not the base image, so a newer base image will not trigger a bake");
        return 'template-defined';
    }
    const resolved = await resolveBaseImage(base.source, ports, gallery?.target.gallery.location, base.input, {
        signal: ctx.signal,
    });
    if (resolved !== base.source.text)
        ctx.deps.host.info(`base image ${base.source.text} resolves to ${resolved}`);
    return resolved;
}
/** The bake key of these inputs (Packer describes its own); logged, and the summary lines for it. */
async function bakeKeyFor(ctx, aib, resolved) {
    const bake = ctx.settings.bake;
    const key = aib
        ? computeBakeKey(imageBuilderKeyInput(bake.imageBuilder, resolved))
        : computeBakeKey(await ctx.deps.packer.describeInputs({ ...bake.packer, resolvedBaseImage: resolved }));
    const items = [
        { kind: 'fact', label: 'base image', value: resolved },
        { kind: 'fact', label: 'bake key', value: key.key },
    ];
    ctx.deps.host.info(`bake key ${key.key} (template ${cache_short(key.parts.template)}, var files ${cache_short(key.parts.varFiles)}, variables ${cache_short(key.parts.variables)}, base image ${cache_short(key.parts.baseImage)})`);
    return { key, items };
}
/** Looks for a version that already holds this bake key; logs the hit or why it missed. */
function consultCache(ctx, gallery, key, resolved) {
    const log = ctx.deps.host;
    if (!gallery) {
        log.info("no 'gallery-name'/'image-definition': the bake cache is not consulted");
        return { note: "the bake cache is not consulted (no 'gallery-name'/'image-definition')" };
    }
    const cached = findCached(gallery.versions, key.key);
    if (cached && !ctx.settings.bake.force) {
        log.info(`cache hit: version ${cached.name} of ${describeRef(gallery.ref)} already holds an image with bake key ${cache_short(key.key)}; not baking`);
        return {
            hit: cached,
            note: '',
            item: { kind: 'check', label: 'bake cache', value: `hit: version ${cached.name} has this bake key`, ok: true },
        };
    }
    const why = cached
        ? `force-bake is set (version ${cached.name} has this key)`
        : missReason(gallery.versions, key.key, resolved);
    log.info(`cache miss: ${why}`);
    return {
        note: cached ? why : `cache miss: ${why}`,
        item: { kind: 'check', label: 'bake cache', value: `miss: ${why}`, ok: true },
    };
}
/** The version Image Builder distributes to (or a publish in this run uses); it must be free. */
function chooseVersionFor(ctx, gallery) {
    const { settings, deps } = ctx;
    const chosen = chooseVersion({
        scheme: settings.publish.version,
        existing: gallery.versions.map((v) => v.name),
        run: deps.run,
        nowMs: deps.clock.now(),
    });
    const taken = gallery.versions.find((v) => v.name === chosen.version);
    if (taken) {
        throw new core_errors/* EngineError */.NJ('input', `image-version ${chosen.version} already exists in ${describeRef(gallery.ref)} and was not baked from these inputs (its bake key: ${taken.tags[TAGS.bakeKey] ?? 'none'}); choose another version, or 'auto'`);
    }
    deps.host.info(`version ${chosen.version}: ${chosen.reason}`);
    return { chosen, item: { kind: 'fact', label: 'version', value: `${chosen.version} (${chosen.reason})` } };
}

;// CONCATENATED MODULE: ./src/core/plan/gallery.ts
/** 'westeurope×1 Standard_LRS, northeurope×2 Standard_ZRS' */
const describeRegions = (regions) => regions.map((r) => `${r.name}×${r.replicas} ${r.storageAccountType}`).join(', ');
const versionResource = (ref, version) => `gallery image version ${ref.gallery}/${ref.definition} ${version}`;
/** The definition's id, also when it does not exist yet (it would be created under the gallery). */
function definitionIdOf(gallery, definition, ref) {
    return definition?.id ?? `${gallery.id}/images/${ref.definition}`;
}
/** The definition write, when the definition is missing and 'create-image-definition' asks for it. */
function definitionWrite(ref, definition, publish) {
    if (definition)
        return undefined;
    const spec = publish.createDefinition;
    return {
        resource: `image definition ${ref.gallery}/${ref.definition}`,
        operation: 'create',
        after: `${spec.osType}, ${spec.hyperVGeneration}, ${spec.publisher}/${spec.offer}/${spec.sku}`,
        why: "it does not exist and 'create-image-definition' is set",
    };
}

;// CONCATENATED MODULE: ./src/core/stages/bake.ts








const bakeStage = { name: 'bake', run: runBake };
async function runBake(ctx) {
    if (ctx.settings.bake.builder === 'none') {
        return {
            status: 'skipped',
            message: "builder 'none': nothing to bake; publish takes 'managed-image-id'",
            items: [{ kind: 'fact', label: 'builder', value: 'none' }],
        };
    }
    const decided = await decideBake(ctx);
    if (!('key' in decided))
        return decided;
    if (ctx.settings.dryRun)
        return planBake(ctx, decided);
    if (decided.aib)
        return bakeImageBuilder(ctx, decided);
    return bakeWithPacker(ctx, decided);
}
/** The plan steps in order (reads only); a cache hit ends the stage here. */
async function decideBake(ctx) {
    const { settings } = ctx;
    const aib = settings.bake.builder === 'image-builder';
    const items = [{ kind: 'fact', label: 'builder', value: settings.bake.builder }];
    checkBuilder(ctx, aib);
    const base = baseInputOf(settings.bake, aib);
    const named = !!(settings.publish.galleryName && settings.publish.imageDefinition);
    const ports = needsAzure(aib, named, base) ? await ctx.azure() : undefined;
    const gallery = aib || named ? await observeGallery(ctx, ports, aib) : undefined;
    const distributes = !!gallery && (aib || settings.stages.includes('publish'));
    const regions = distributes ? resolveRegions(settings.publish, gallery.target.gallery.location) : undefined;
    const resolved = await resolveBase(ctx, base, ports, gallery);
    const { key, items: keyItems } = await bakeKeyFor(ctx, aib, resolved);
    items.push(...keyItems);
    const cache = consultCache(ctx, gallery, key, resolved);
    if (cache.item)
        items.push(cache.item);
    if (cache.hit)
        return reuseCached(cache.hit, key, items);
    const version = distributes ? chooseVersionFor(ctx, gallery) : undefined;
    if (version)
        items.push(version.item);
    return { aib, ports, gallery, regions, chosen: version?.chosen, key, resolved, items, cacheNote: cache.note };
}
/** A cache hit: the version that holds this bake key is the output; nothing is baked. */
function reuseCached(cached, key, items) {
    const outputs = {
        imageVersion: cached.name,
        imageId: cached.id,
        baked: false,
        bakeKey: key.key,
        replicatedRegions: cached.targetRegions.map((r) => r.name),
    };
    return {
        status: 'succeeded',
        outputs,
        items,
        message: `cache hit: reused version ${cached.name} (bake key ${cache_short(key.key)})`,
    };
}
async function bakeWithPacker(ctx, d) {
    const { settings, deps, signal } = ctx;
    const { items } = d;
    const outcome = await deps.packer.bake({
        ...settings.bake.packer,
        timeoutMs: settings.bake.timeoutMs,
        signal,
        logger: deps.host,
    });
    const outputs = { baked: true, bakeKey: d.key.key, bakeBaseImage: d.resolved };
    if (outcome.managedImageId) {
        outputs.managedImageId = outcome.managedImageId;
        items.push({ kind: 'action', label: 'managed image', value: outcome.managedImageId });
    }
    if (outcome.galleryImageVersionId) {
        outputs.galleryImageVersionId = outcome.galleryImageVersionId;
        outputs.imageId = outcome.galleryImageVersionId;
        outputs.imageVersion = outcome.galleryImageVersionId.split('/').pop();
        items.push({ kind: 'action', label: 'gallery image version', value: outcome.galleryImageVersionId });
    }
    const what = outcome.galleryImageVersionId ?? outcome.managedImageId ?? 'an image';
    return {
        status: 'succeeded',
        outputs,
        items,
        message: `baked ${what} with Packer${outcome.packerVersion ? ` ${outcome.packerVersion}` : ''}`,
    };
}
async function bakeImageBuilder(ctx, d) {
    const { settings, deps, signal } = ctx;
    const ports = d.ports;
    const gallery = d.gallery;
    const chosen = d.chosen;
    const aib = settings.bake.imageBuilder;
    const definition = await ensureDefinition(ports.gallery, gallery.ref, gallery.target, settings.publish, deps.host, {
        signal,
    });
    const ref = {
        resourceGroup: settings.resourceGroup ?? gallery.ref.resourceGroup,
        name: templateName(gallery.ref.definition, chosen.version),
    };
    const imageId = await bakeWithImageBuilder({
        port: ports.imageBuilder,
        ref,
        spec: templateSpec(ctx, d, `${definition.id}/versions/${chosen.version}`),
        keepTemplate: aib.keepTemplate,
        timeoutMs: settings.bake.timeoutMs,
        clock: deps.clock,
        sleep: deps.sleep,
        signal,
        log: deps.host,
        warn: ctx.warn,
    });
    d.items.push({
        kind: 'action',
        label: 'Image Builder',
        value: `template ${ref.name} distributed ${chosen.version}${aib.keepTemplate ? ' (template kept)' : ' (template deleted)'}`,
    });
    const outputs = {
        baked: true,
        bakeKey: d.key.key,
        bakeBaseImage: d.resolved,
        imageVersion: chosen.version,
        imageId,
        galleryImageVersionId: imageId,
    };
    return {
        status: 'succeeded',
        outputs,
        items: d.items,
        message: `baked version ${chosen.version} with Image Builder`,
    };
}
/** The Image Builder template: the source, the customizers, and the version it distributes to. */
function templateSpec(ctx, d, versionId) {
    const { settings, deps } = ctx;
    const aib = settings.bake.imageBuilder;
    const publish = settings.publish;
    return {
        location: d.gallery.target.gallery.location,
        identityId: aib.identity,
        source: imageBuilderSource(d.resolved),
        customizers: aib.customizers,
        vmSize: aib.vmSize,
        buildTimeoutInMinutes: Math.min(960, Math.max(6, Math.ceil(settings.bake.timeoutMs / 60_000))),
        galleryImageVersionId: versionId,
        runOutputName: RUN_OUTPUT_NAME,
        targetRegions: d.regions,
        excludeFromLatest: publish.excludeFromLatest,
        replicationMode: publish.replicationMode,
        artifactTags: provenanceTags(deps.run, { bakeKey: d.key.key, baseImage: d.resolved }),
        tags: { [TAGS.bakeKey]: d.key.key },
    };
}
/**
 * Plan mode: the writes the bake would make. Packer is never run (its own Azure writes — build VM,
 * managed image — follow its template); an Image Builder template is neither created nor run.
 */
function planBake(ctx, d) {
    return d.aib ? planImageBuilderBake(ctx, d) : planPackerBake(ctx, d);
}
function planImageBuilderBake(ctx, d) {
    const { settings, deps } = ctx;
    const aib = settings.bake.imageBuilder;
    const g = d.gallery;
    const chosen = d.chosen;
    const plan = new plan_action/* Plan */.cw();
    const defWrite = definitionWrite(g.ref, g.target.definition, settings.publish);
    if (defWrite)
        plan.add(defWrite);
    const versionId = `${definitionIdOf(g.target.gallery, g.target.definition, g.ref)}/versions/${chosen.version}`;
    const template = `Image Builder template ${templateName(g.ref.definition, chosen.version)}`;
    plan.add({
        resource: template,
        operation: 'create',
        after: `source ${d.resolved}, ${aib.customizers.length} customizer(s), ${aib.vmSize}, distributes to version ${chosen.version} in ${describeRegions(d.regions)}`,
        why: `${d.cacheNote} (bake key ${cache_short(d.key.key)})`,
    });
    plan.add({
        resource: template,
        operation: 'run',
        after: versionResource(g.ref, chosen.version),
        why: `builds the image and distributes it (${chosen.reason})`,
    });
    if (!aib.keepTemplate)
        plan.add({
            resource: template,
            operation: 'delete',
            why: "a template is removed after its build ('keep-image-template' keeps it)",
        });
    const outputs = {
        baked: true,
        bakeKey: d.key.key,
        bakeBaseImage: d.resolved,
        imageVersion: chosen.version,
        imageId: versionId,
        galleryImageVersionId: versionId,
        plannedImageId: versionId,
    };
    return {
        status: 'succeeded',
        outputs,
        items: [...d.items, ...plan.items(deps.host)],
        message: `plan: would bake version ${chosen.version} with Image Builder (${(0,plan_action/* countWrites */.GG)(plan.size)}, none made)`,
    };
}
function planPackerBake(ctx, d) {
    const template = ctx.settings.bake.packer.template;
    const plan = new plan_action/* Plan */.cw();
    plan.add({
        resource: `Packer template ${template}`,
        operation: 'run',
        after: `a new image from base ${d.resolved}${d.chosen ? ` (published as version ${d.chosen.version})` : ''}`,
        why: `${d.cacheNote} (bake key ${cache_short(d.key.key)}); Packer's own Azure writes follow the template`,
    });
    const outputs = {
        baked: true,
        bakeKey: d.key.key,
        bakeBaseImage: d.resolved,
        plannedImage: `the image Packer builds from ${template}`,
    };
    return {
        status: 'succeeded',
        outputs,
        items: [...d.items, ...plan.items(ctx.deps.host)],
        message: `plan: would bake with Packer (${d.cacheNote}; ${(0,plan_action/* countWrites */.GG)(plan.size)}, none made)`,
    };
}

;// CONCATENATED MODULE: ./src/core/cleanup/actions.ts
/** `delete gallery version gal/web 1.3.0: not in use, 96 days old` */
const describeAction = (a) => `${a.write.operation} ${a.write.resource}: ${a.write.why}`;

// EXTERNAL MODULE: ./src/core/rollout/retry.ts
var retry = __nccwpck_require__(84639);
;// CONCATENATED MODULE: ./src/core/cleanup/signals.ts
/**
 * One abort signal per worker, fanned out from the run's signal through ONE listener on it. The SDK
 * adds an abort listener to the signal of every request in flight (and a sleep adds one too), so
 * workers sharing the run's signal would pile up one listener each: Node warns past 10
 * (MaxListenersExceededWarning) at any parallelism above that. A worker has one call in flight at
 * a time, so its own signal never holds more than a couple.
 */
function workerSignals(parent, n) {
    const controllers = Array.from({ length: n }, () => new AbortController());
    const abort = () => {
        for (const c of controllers)
            c.abort(parent.reason);
    };
    if (parent.aborted)
        abort();
    else
        parent.addEventListener('abort', abort, { once: true });
    return { list: controllers.map((c) => c.signal), dispose: () => parent.removeEventListener('abort', abort) };
}

;// CONCATENATED MODULE: ./src/core/cleanup/apply.ts



const CLEANUP_CONCURRENCY = 4;
const MAX_THROTTLED = 6;
const BASE_BACKOFF_MS = 5_000;
const MAX_BACKOFF_MS = 60_000;
const MIN_WAIT_MS = 1_000;
/** True for a throttled call (429) the SDK's retries did not get through. */
const isThrottle = (err) => err instanceof core_errors/* EngineError */.NJ &&
    err.kind === 'transient' &&
    (err.retryAfterMs !== undefined || /HTTP 429|TooManyRequests/i.test(err.message));
async function applyActions(ports, actions, o) {
    const results = new Array(actions.length);
    const gate = new Backoff(o);
    let next = 0;
    const width = Math.max(1, Math.min(o.concurrency ?? CLEANUP_CONCURRENCY, actions.length));
    const signals = workerSignals(o.signal, width);
    const worker = async (signal) => {
        while (next < actions.length) {
            const i = next++;
            results[i] = await runOne(ports, actions[i], { ...o, signal }, gate);
        }
    };
    try {
        await Promise.all(signals.list.map(worker));
    }
    finally {
        signals.dispose();
    }
    return results;
}
async function runOne(ports, action, o, gate) {
    for (let attempt = 1;; attempt++) {
        await gate.wait(o.signal);
        if (o.signal.aborted)
            throw new core_errors/* CancelledError */.cc('the run was cancelled during clean-up');
        if (o.deadline !== undefined && o.clock && o.clock.now() >= o.deadline)
            return { action, notStarted: true };
        try {
            const inUse = action.kind === 'delete-version' && o.check ? await o.check.inUse(action.version.version) : undefined;
            if (inUse)
                return { action, keptInUse: inUse };
            // The re-check took time: a write whose moment passed meanwhile is not started either.
            if (o.deadline !== undefined && o.clock && o.clock.now() >= o.deadline)
                return { action, notStarted: true };
            const end = o.callDeadline ?? o.deadline;
            const left = end !== undefined && o.clock ? { timeoutMs: Math.max(1, end - o.clock.now()) } : {};
            const started = await applyOne(ports, action, { signal: o.signal, ...left });
            gate.succeeded();
            if (action.kind !== 'delete-version')
                return { action };
            return { action, accepted: true, ...(started ? { pollAfterMs: started.pollAfterMs } : {}) };
        }
        catch (err) {
            if (o.signal.aborted)
                throw new core_errors/* CancelledError */.cc('the run was cancelled during clean-up');
            if (isThrottle(err) && attempt < MAX_THROTTLED && gate.canWait()) {
                gate.throttled(err);
                continue;
            }
            // Another transient failure (5xx, a reset, a conflict): this action alone backs off and tries again.
            if ((0,retry/* isRetryable */.r3)(err) && attempt < MAX_THROTTLED && o.sleep && o.clock && (await pauseBefore(o, err, attempt)))
                continue;
            return { action, error: err instanceof Error ? err.message : String(err) };
        }
    }
}
/** Backs off before the next try, unless that would pass the deadline; false: no room left. */
async function pauseBefore(o, err, attempt) {
    const wait = (0,retry/* backoffMs */.jo)(err, attempt, o.retryBaseMs ?? BASE_BACKOFF_MS);
    if (o.deadline !== undefined && o.clock.now() + wait >= o.deadline)
        return false;
    await o.sleep(Math.max(1, wait), o.signal);
    return true;
}
/** One pause shared by every worker: set by a throttle, waited through before each call. */
class Backoff {
    o;
    resumeAt = 0;
    inARow = 0;
    constructor(o) {
        this.o = o;
    }
    canWait() {
        return !!this.o.clock && !!this.o.sleep;
    }
    throttled(err) {
        const now = this.o.clock.now();
        // Azure's Retry-After, at least a second (a rounded-down 0 must not turn into a busy loop).
        const wait = err.retryAfterMs !== undefined
            ? Math.max(MIN_WAIT_MS, err.retryAfterMs)
            : Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** this.inARow);
        this.inARow += 1;
        this.resumeAt = Math.max(this.resumeAt, now + wait);
        this.o.onThrottle?.(wait);
    }
    succeeded() {
        this.inARow = 0;
    }
    /** Waits out the pause, on the worker's own signal. */
    async wait(signal) {
        if (!this.o.clock || !this.o.sleep)
            return;
        const ms = this.resumeAt - this.o.clock.now();
        if (ms > 0)
            await this.o.sleep(ms, signal);
    }
}
/** One action; every call bounded by what is left of clean-up's time. */
async function applyOne(ports, a, call) {
    switch (a.kind) {
        case 'delete-version':
            return ports.gallery.startDeleteVersion(a.version, call);
        case 'retire-version':
            return ports.gallery.retireVersion(a.version, a.change, call);
        case 'delete-managed-image':
            return ports.managedImages.delete(a.id, call);
        case 'delete-image-template':
            return ports.imageBuilder.deleteTemplate(a.template, call);
        case 'scale-in-colour':
            await ports.scaleSets.setCapacity(a.scaleSet, 0, a.etag, call);
            return;
    }
}

;// CONCATENATED MODULE: ./src/core/cleanup/confirm.ts

/** Pauses between listings double from Azure's Retry-After (of the DELETEs) up to this. */
const MAX_PAUSE_MS = 60_000;
async function confirmDeletes(gallery, definition, names, o) {
    const pending = new Set(names);
    const failed = new Map();
    let lastError;
    for (let pause = Math.max(1, o.firstPauseMs ?? 15_000); pending.size > 0; pause = Math.min(MAX_PAUSE_MS, pause * 2)) {
        if (o.clock.now() >= o.deadline)
            break;
        let retryAfterMs = 0;
        try {
            lastError = undefined;
            await listOnce(gallery, definition, pending, failed, o);
        }
        catch (err) {
            if (o.signal.aborted)
                throw new core_errors/* CancelledError */.cc('the run was cancelled while clean-up confirmed its deletes');
            lastError = err instanceof Error ? err.message : String(err);
            // A throttled listing waits at least as long as Azure asked.
            retryAfterMs = err instanceof core_errors/* EngineError */.NJ ? (err.retryAfterMs ?? 0) : 0;
        }
        if (pending.size === 0)
            break;
        const wait = Math.min(Math.max(pause, retryAfterMs), o.deadline - o.clock.now());
        if (wait <= 0)
            break;
        await o.sleep(wait, o.signal);
    }
    const why = lastError
        ? `not confirmed deleted by clean-up's time limit ('cleanup-timeout'; the last listing failed: ${lastError})`
        : "still deleting at clean-up's time limit ('cleanup-timeout')";
    for (const name of pending)
        failed.set(name, why);
    return failed;
}
/**
 * One listing of every page: a pending name listed 'Deleting' stays pending, in another state it
 * failed, not listed at all it is gone. Only a listing that reached its last page says "gone".
 */
async function listOnce(gallery, definition, pending, failed, o) {
    o.onListing?.();
    const stillThere = new Map();
    const timeoutMs = Math.max(1, o.deadline - o.clock.now());
    for await (const page of gallery.listVersionsPaged(definition, { signal: o.signal, timeoutMs })) {
        for (const v of page)
            if (pending.has(v.name))
                stillThere.set(v.name, v.provisioningState ?? 'unknown');
    }
    for (const name of [...pending]) {
        const state = stillThere.get(name);
        if (state?.toLowerCase() === 'deleting')
            continue;
        pending.delete(name);
        if (state !== undefined)
            failed.set(name, `the delete was accepted but the version is still there, provisioning state ${state}: Azure's operation ended without deleting it`);
    }
}
/** The applied results with every accepted delete settled: confirmed (done) or failed with why. */
async function confirmAccepted(ports, definition, sent, o) {
    const accepted = sent.flatMap((r) => r.accepted && r.action.kind === 'delete-version' ? [r.action.version.version] : []);
    if (accepted.length === 0)
        return [...sent];
    const hint = sent.reduce((m, r) => (r.accepted && r.pollAfterMs !== undefined ? Math.max(m ?? 0, r.pollAfterMs) : m), undefined);
    const firstPauseMs = hint !== undefined ? Math.min(MAX_PAUSE_MS, hint) : undefined;
    const verdicts = await confirmDeletes(ports.gallery, definition, accepted, {
        ...o,
        ...(firstPauseMs !== undefined ? { firstPauseMs } : {}),
    });
    return sent.map((r) => {
        if (!r.accepted || r.action.kind !== 'delete-version')
            return r;
        const why = verdicts.get(r.action.version.version);
        return why ? { action: r.action, error: why } : { action: r.action };
    });
}

;// CONCATENATED MODULE: ./src/core/cleanup/leftovers.ts
const ENDED = new Set(['succeeded', 'partiallysucceeded', 'failed', 'canceled']);
const BUSY = new Set(['creating', 'updating', 'deleting', 'migrating']);
const same = (a, b) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
function planLeftovers(input) {
    const actions = [];
    const skipped = [];
    for (const image of input.managedImages) {
        const resource = `managed image ${image.id.split('/').pop()}`;
        const usedBy = input.scaleSetImageIds.find((id) => same(id, image.id));
        const feeding = input.versions.find((v) => same(v.sourceId, image.id) && BUSY.has((v.provisioningState ?? '').toLowerCase()));
        if (input.keepManagedImage)
            skipped.push({ resource, reason: "'keep-managed-image' is true" });
        else if (usedBy)
            skipped.push({ resource, reason: 'a scale set model references it' });
        else if (feeding)
            skipped.push({ resource, reason: `gallery version ${feeding.name} is being created from it` });
        else if (same(input.pendingManagedImageId, image.id))
            skipped.push({ resource, reason: "this run's bake output, still to be published" });
        else if (BUSY.has((image.provisioningState ?? '').toLowerCase()))
            skipped.push({ resource, reason: `provisioning state ${image.provisioningState}` });
        else
            actions.push({
                kind: 'delete-managed-image',
                id: image.id,
                write: {
                    resource,
                    operation: 'delete',
                    why: 'intermediate image a bake left behind (tag immutable-deploy.bake-key); no scale set or version in flight uses it',
                },
            });
    }
    for (const t of input.templates) {
        const resource = `Image Builder template ${t.name}`;
        const state = (t.runState ?? '').toLowerCase();
        const ended = ENDED.has(state) || (!t.runState && (t.provisioningState ?? '').toLowerCase() === 'failed');
        if (input.keepTemplate)
            skipped.push({ resource, reason: "'keep-image-template' is true" });
        else if (!ended)
            skipped.push({
                resource,
                reason: t.runState ? `its build is ${t.runState}` : 'it has not run yet (a bake in progress)',
            });
        else
            actions.push({
                kind: 'delete-image-template',
                template: { resourceGroup: t.resourceGroup, name: t.name },
                write: {
                    resource,
                    operation: 'delete',
                    why: `template a bake left behind (tag immutable-deploy.bake-key), last run ${t.runState ?? t.provisioningState}`,
                },
            });
    }
    return { actions, skipped };
}
/** The idle colour is scaled in once its scale-down delay has passed. */
function planIdleColour(idle, now) {
    if (!idle)
        return {};
    const resource = `scale set ${idle.ref.name} (${idle.colour}, idle)`;
    if (idle.info.capacity === 0)
        return { note: `${resource}: already scaled in` };
    const after = idle.scaleDownAfter ? Date.parse(idle.scaleDownAfter) : NaN;
    if (Number.isNaN(after))
        return { note: `${resource}: no scale-down time recorded (tag immutable-deploy.scale-down-after); left running` };
    if (after > now)
        return { note: `${resource}: kept for instant rollback until ${idle.scaleDownAfter} (scale-down-delay)` };
    return {
        action: {
            kind: 'scale-in-colour',
            scaleSet: idle.ref,
            etag: idle.info.etag,
            write: {
                resource,
                operation: 'scale',
                before: `${idle.info.capacity} instance(s)`,
                after: '0 instance(s)',
                why: `its scale-down delay ended at ${idle.scaleDownAfter}`,
            },
        },
    };
}

;// CONCATENATED MODULE: ./src/core/cleanup/limits.ts
const DEFAULT_LIMITS = {
    parallelism: 8,
    maxDeletes: 1000,
    timeoutMs: 3 * 3_600_000,
    summaryNames: 20,
};
const positive = (n, fallback) => n !== undefined && Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
function limitsOf(settings) {
    return {
        parallelism: Math.min(64, positive(settings.parallelism, DEFAULT_LIMITS.parallelism)),
        maxDeletes: positive(settings.maxDeletes, DEFAULT_LIMITS.maxDeletes),
        timeoutMs: positive(settings.timeoutMs, DEFAULT_LIMITS.timeoutMs),
        summaryNames: positive(settings.summaryNames, DEFAULT_LIMITS.summaryNames),
    };
}
/**
 * The share of clean-up's time kept for confirming deletes (a tenth, at most 15 minutes): sends
 * stop that much before the deadline, so the deletes already sent are still listed and counted
 * rather than all reported unconfirmed.
 */
const confirmReserveMs = (timeoutMs) => Math.min(15 * 60_000, Math.floor(timeoutMs / 10));

// EXTERNAL MODULE: ./src/core/lock/lock.ts + 2 modules
var lock = __nccwpck_require__(29633);
// EXTERNAL MODULE: ./src/core/deploy/record.ts
var record = __nccwpck_require__(570);
;// CONCATENATED MODULE: ./src/core/cleanup/usage.ts


/** A user's tag on a version that keeps it whatever the policy says (any value but 'false'). */
const PROTECT_TAG = 'immutable-deploy.protect';
/** The release-record tags that name versions, with the words the summary uses for them. */
const RECORD_VERSION_TAGS = [
    { name: record/* RECORD_TAGS */.CO.current, role: 'live' },
    { name: record/* RECORD_TAGS */.CO.previous, role: 'previous (kept for rollback)' },
    { name: record/* RECORD_TAGS */.CO.target, role: 'being deployed' },
];
const lower = (s) => (s ?? '').toLowerCase();
class InUse {
    reasons = new Map();
    /** Keeps the first reason found for a version. */
    mark(version, why) {
        if (version && !this.reasons.has(version))
            this.reasons.set(version, why);
    }
    get(version) {
        return this.reasons.get(version);
    }
    get map() {
        return this.reasons;
    }
}
/** The versions of one definition, and how references resolve to them. */
class VersionIndex {
    names;
    prefix;
    /** What 'latest' resolves to now: the highest succeeded version not excluded from latest. */
    latest;
    constructor(definitionId, versions) {
        this.names = new Set(versions.map((v) => v.name));
        this.prefix = `${lower(definitionId)}/versions/`;
        const eligible = versions.filter((v) => v.excludeFromLatest !== true && lower(v.provisioningState) === 'succeeded');
        const latest = eligible.map((v) => v.name).sort((a, b) => compareVersions(b, a))[0];
        if (latest)
            this.latest = latest;
        this.definitionId = lower(definitionId);
    }
    definitionId;
    /** The version of this definition an image id names ('latest' resolved), or undefined. */
    byId(id, exactVersion) {
        const l = lower(id);
        if (!l)
            return undefined;
        if (l === this.definitionId || l === `${this.prefix}latest`)
            return exactVersion && this.names.has(exactVersion) ? exactVersion : this.latest;
        if (!l.startsWith(this.prefix))
            return undefined;
        const name = l.slice(this.prefix.length);
        return [...this.namesMatching(name)][0];
    }
    /** A tag value: a version id of this definition, or a bare version name. */
    byTagValue(value) {
        const v = (value ?? '').trim();
        if (!v)
            return undefined;
        if (v.includes('/'))
            return this.byId(v);
        return this.names.has(v) ? v : undefined;
    }
    *namesMatching(lowerName) {
        if (this.names.has(lowerName))
            yield lowerName;
        for (const n of this.names)
            if (n.toLowerCase() === lowerName)
                yield n;
    }
}
/** The user's protect tag, matched case-insensitively as Azure matches tag names. */
function isProtected(tags) {
    const entry = Object.entries(tags).find(([k]) => lower(k) === PROTECT_TAG);
    return entry !== undefined && lower(entry[1]) !== 'false';
}

;// CONCATENATED MODULE: ./src/core/cleanup/scan.ts



const KINDS = {
    'microsoft.compute/virtualmachinescalesets': 'scale set',
    'microsoft.network/loadbalancers': 'load balancer',
    'microsoft.web/sites': 'App Service',
    'microsoft.web/sites/slots': 'App Service slot',
};
function usagePortOf(ports) {
    if (!ports.usage)
        throw new core_errors/* EngineError */.NJ('terminal', 'clean-up cannot see what uses image versions (no usage scan on this Azure connection); nothing is deleted');
    return ports.usage;
}
/** `/subscriptions/s/resourceGroups/rg/providers/…/name` → { resourceGroup, name }. */
function refOf(id) {
    const m = /\/resourceGroups\/([^/]+)\/providers\/.+\/([^/]+)$/i.exec(id);
    return m ? { resourceGroup: m[1], name: m[2] } : undefined;
}
/** Marks the versions the release records of every target name (one paged read per record tag). */
async function markRecords(usage, index, inUse, o) {
    const lists = await Promise.all(RECORD_VERSION_TAGS.map(async (t) => ({ t, found: await usage.listByTagName(t.name, o) })));
    for (const { t, found } of lists) {
        for (const r of found)
            inUse.mark(index.byTagValue(tagValue(r, t.name)), `${t.role} on ${KINDS[r.type.toLowerCase()] ?? r.type} ${r.name} (its release record)`);
    }
}
const tagValue = (r, name) => Object.entries(r.tags).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
/** Marks what scale set models and the instances of `which` scale sets run; returns the scale sets that use this definition. */
async function markScaleSets(usage, scaleSets, which, index, inUse, o) {
    const users = new Map();
    for (const ss of scaleSets) {
        const v = index.byId(ss.imageId);
        if (v)
            inUse.mark(v, `${ss.imageId?.toLowerCase().includes('/versions/') ? '' : "'latest' of the definition, "}used by scale set ${ss.name}`);
        if (v && refOf(ss.id))
            users.set(ss.id.toLowerCase(), refOf(ss.id));
    }
    const lists = await mapBounded(scaleSets.filter(which), o.parallelism, o.signal, async (ss, signal) => {
        const ref = refOf(ss.id);
        return { ss, ref, machines: ref ? await usage.listInstanceImages(ref, { ...o, signal }) : [] };
    });
    for (const { ss, ref, machines } of lists) {
        for (const m of machines) {
            const v = index.byId(m.imageId, m.exactVersion);
            if (v)
                inUse.mark(v, `running on ${m.machine}`);
            if (v && ref)
                users.set(ss.id.toLowerCase(), ref);
        }
    }
    return [...users.values()];
}
/** The full scan, before any write. */
async function scanUsage(ports, index, o) {
    const usage = usagePortOf(ports);
    const inUse = new InUse();
    const [scaleSets, machines, templates] = await Promise.all([
        ports.scaleSets.listAllInSubscription(o),
        usage.listVirtualMachines(o),
        usage.listImageTemplates(o),
        markRecords(usage, index, inUse, o),
    ]);
    const watch = await markScaleSets(usage, scaleSets, (s) => s.capacity > 0, index, inUse, o);
    for (const m of machines)
        inUse.mark(index.byId(m.imageId, m.exactVersion), `running on ${m.machine}`);
    for (const t of templates)
        inUse.mark(index.byId(t.imageVersionId), `source of Image Builder template ${t.name}`);
    return { inUse, scaleSets, watch };
}
/**
 * Runs `fn` over `items`, at most `limit` at a time, results in input order; each worker calls with
 * its own signal (signals.ts), so the run's signal holds one listener, not `limit`.
 */
async function mapBounded(items, limit, signal, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async (own) => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i], own);
        }
    };
    const signals = workerSignals(signal, Math.max(1, Math.min(limit, items.length)));
    try {
        await Promise.all(signals.list.map(worker));
    }
    finally {
        signals.dispose();
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/cleanup/observe.ts







const observe_BUSY = new Set(['creating', 'updating']);
function factsOf(v) {
    const f = { name: v.name, protected: isProtected(v.tags) };
    if (v.provisioningState !== undefined)
        f.provisioningState = v.provisioningState;
    if (v.excludeFromLatest !== undefined)
        f.excludeFromLatest = v.excludeFromLatest;
    if (v.publishedDate !== undefined)
        f.publishedDate = v.publishedDate;
    if (v.endOfLifeDate !== undefined)
        f.endOfLifeDate = v.endOfLifeDate;
    // The source matters only while a version is being made from it (leftovers.ts keeps that image).
    if (v.sourceId !== undefined && observe_BUSY.has(observe_lower(v.provisioningState)))
        f.sourceId = v.sourceId;
    return f;
}
/** Every version of the definition as facts, one page held at a time. */
async function listFacts(ports, definition, signal) {
    const out = [];
    for await (const page of ports.gallery.listVersionsPaged(definition, { signal }))
        for (const v of page)
            out.push(factsOf(v));
    return out;
}
const observe_lower = (s) => (s ?? '').toLowerCase();
function definitionOf(ctx) {
    const p = ctx.settings.publish;
    if (!p.galleryName || !p.imageDefinition || !p.galleryResourceGroup) {
        throw new core_errors/* EngineError */.NJ('input', "input 'gallery-name': 'gallery-name', 'image-definition' and 'gallery-resource-group' (or 'resource-group') are required for clean-up; expected the image definition whose versions are retained");
    }
    return { resourceGroup: p.galleryResourceGroup, gallery: p.galleryName, definition: p.imageDefinition };
}
async function observeCleanup(ctx, ports, scan) {
    const signal = ctx.signal;
    const definition = definitionOf(ctx);
    const found = await ports.gallery.findDefinition(definition, { signal });
    if (!found) {
        throw new core_errors/* EngineError */.NJ('input', `input 'image-definition': '${definition.definition}' was not found in gallery '${definition.gallery}' (resource group '${definition.resourceGroup}'); expected an existing image definition`);
    }
    const [versions, record] = await Promise.all([listFacts(ports, definition, signal), targetRecord(ctx, ports)]);
    const index = new VersionIndex(found.id, versions);
    const usage = await scanUsage(ports, index, scan());
    const inUse = new Map();
    const mark = (version, why) => {
        if (version && !inUse.has(version))
            inUse.set(version, why);
    };
    mark(ctx.outputs.imageVersion, 'this run published or deployed it');
    mark(ctx.outputs.previousImageVersion, 'previous on the target in this run (kept for rollback)');
    if (record) {
        mark(record.record.current, `live on ${record.where}`);
        mark(record.record.previous, `previous on ${record.where} (kept for rollback)`);
        mark(record.record.target, `being deployed to ${record.where}`);
    }
    for (const v of versions)
        if (v.protected)
            mark(v.name, `protected by tag ${PROTECT_TAG}`);
    for (const [v, why] of usage.inUse.map)
        mark(v, why);
    mark(index.latest, "'latest' of the definition (what a new machine created from the definition gets)");
    const scaleSets = usage.scaleSets;
    const groups = [
        ...new Set([definition.resourceGroup, ctx.settings.resourceGroup].filter((g) => !!g).map((g) => g)),
    ];
    const templateGroup = ctx.settings.resourceGroup ?? definition.resourceGroup;
    const [imageLists, templates, idle] = await Promise.all([
        Promise.all(groups.map((g) => ports.managedImages.listByTag(g, TAGS.bakeKey, { signal }))),
        ports.imageBuilder.listByTag(templateGroup, TAGS.bakeKey, { signal }),
        idleColour(ctx, ports),
    ]);
    const managedImages = [...new Map(imageLists.flat().map((i) => [observe_lower(i.id), i])).values()];
    return {
        definition,
        versions,
        inUse,
        scaleSets,
        managedImages,
        templates,
        index,
        watch: usage.watch,
        ...(idle ? { idle } : {}),
    };
}
/** The release record on the deploy target, when one is configured: read where the strategy keeps it. */
async function targetRecord(ctx, ports) {
    const holder = (0,lock/* lockTarget */.Nd)(ctx.settings);
    if (!holder || !ports.leases)
        return undefined;
    const state = await ports.leases.read(holder, { signal: ctx.signal });
    const where = (0,lock/* describeTarget */.ff)(holder);
    if (!state)
        ctx.warn(`clean-up: ${where} was not found in resource group '${holder.resourceGroup}': no release record to protect`);
    return state ? { record: (0,record/* recordFromTags */.j1)(state.tags), where: where.replace(/'/g, '') } : undefined;
}
/** A retired part of the target the strategy keeps running for a while (blue-green's idle colour). */
async function idleColour(ctx, ports) {
    return (0,registry/* descriptorOf */.nb)(ctx.settings.deploy.strategy).retiredCapacity?.(ctx, ports);
}

// EXTERNAL MODULE: ./src/core/deploy/template/deployment-name.ts
var deployment_name = __nccwpck_require__(39307);
;// CONCATENATED MODULE: ./src/core/cleanup/deployments.ts



/** This engine's newest deployments kept per resource group (each run makes one, a rollback one more). */
const KEEP_DEPLOYMENTS = 20;
/** Not running: finished, or a delete that did not complete (it is sent again). */
const deployments_FINISHED = /^(succeeded|failed|canceled|deleting)$/i;
/** The deployments to delete: ours, finished, beyond the newest `keep` of ours (running ones count toward it). */
function planPrune(history, keep = KEEP_DEPLOYMENTS) {
    const ours = history
        .filter((d) => (0,deployment_name/* isOurs */.MU)(d.name))
        .sort((a, b) => (b.timestamp ?? '').localeCompare(a.timestamp ?? '') || b.name.localeCompare(a.name));
    return ours.slice(keep).filter((d) => deployments_FINISHED.test(d.provisioningState));
}
/** Prunes the group's history (or, in plan mode, lists the deletes); the stage's result with its items added. */
async function pruneDeploymentHistory(ctx, result) {
    const ports = await ctx.azure();
    const resourceGroup = ctx.settings.deploy.resourceGroup ?? ctx.settings.resourceGroup;
    if (!resourceGroup)
        return result;
    const ex = (0,for_stage/* executorFor */.lL)(ctx, {
        retryBaseMs: ports.deployments.pollIntervalMs,
        timeoutMs: ctx.settings.cleanup.timeoutMs,
        budgetName: 'cleanup-timeout',
    });
    const history = await ex.read(`listing the deployments of resource group ${resourceGroup}`, (call) => ports.deployments.list(resourceGroup, call));
    const prune = planPrune(history);
    const ours = history.filter((d) => (0,deployment_name/* isOurs */.MU)(d.name)).length;
    const fact = {
        kind: 'fact',
        label: 'deployment history',
        value: `resource group ${resourceGroup}: ${history.length} deployment(s), ${ours} of them this engine's; ` +
            `keep its newest ${KEEP_DEPLOYMENTS}; ${prune.length} to delete`,
    };
    let failures = 0;
    for (const d of prune) {
        const write = {
            resource: `template deployment ${d.name}`,
            operation: 'delete',
            why: `older than this engine's newest ${KEEP_DEPLOYMENTS} in resource group ${resourceGroup} ` +
                '(the record of a deployment only, not its resources)',
        };
        const ref = { resourceGroup, name: d.name };
        try {
            await ex.write({ write }, async (call) => {
                // Re-read: a deployment that started again under this name (it cannot, but) is never deleted.
                const now = await ports.deployments.get(ref, call);
                if (now && deployments_FINISHED.test(now.provisioningState))
                    await ports.deployments.delete(ref, call);
            });
        }
        catch (err) {
            if (ctx.signal.aborted || (err instanceof core_errors/* EngineError */.NJ && err.kind === 'cancelled'))
                throw err;
            failures += 1;
            ctx.warn(`clean-up: could not delete deployment ${d.name}: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
    const done = prune.length - failures;
    const items = [...(result.items ?? []), fact, ...ex.items];
    if (!ex.planning && done > 0)
        ctx.deps.host.info(`Clean-up: ${done} old deployment(s) deleted from the history of ${resourceGroup}.`);
    const cleanupFailures = (result.outputs?.cleanupFailures ?? 0) + failures;
    return {
        ...result,
        status: failures > 0 ? 'failed' : result.status,
        outputs: { ...result.outputs, cleanupFailures },
        items,
        ...(failures > 0 ? { message: `${result.message ?? 'clean-up'}; ${failures} deployment delete(s) failed` } : {}),
    };
}

;// CONCATENATED MODULE: ./src/core/cleanup/recheck.ts


function recheckUsage(ports, index, watch, o) {
    const watched = new Set(watch.map((r) => `${r.resourceGroup}/${r.name}`.toLowerCase()));
    let reads = 0;
    const read = async () => {
        reads += 1;
        const usage = usagePortOf(ports);
        const options = o();
        const inUse = new InUse();
        const [scaleSets] = await Promise.all([
            ports.scaleSets.listAllInSubscription(options),
            markRecords(usage, index, inUse, options),
        ]);
        const uses = (id, imageId) => index.byId(imageId) !== undefined || watched.has(key(id));
        await markScaleSets(usage, scaleSets, (s) => s.capacity > 0 && uses(s.id, s.imageId), index, inUse, options);
        return inUse;
    };
    const fresh = coalesce(read);
    return {
        get reads() {
            return reads;
        },
        inUse: async (version) => (await fresh()).get(version),
    };
}
const key = (id) => {
    const m = /\/resourceGroups\/([^/]+)\/providers\/.+\/([^/]+)$/i.exec(id);
    return m ? `${m[1]}/${m[2]}`.toLowerCase() : id.toLowerCase();
};
/**
 * A read shared by concurrent callers, each served by a read that started no earlier than its call:
 * a caller arriving while a read runs waits for the next one, which every such caller shares.
 */
function coalesce(read) {
    let running;
    let queued;
    const start = () => {
        const p = read();
        running = p;
        const clear = () => {
            if (running === p)
                running = undefined;
        };
        p.then(clear, clear);
        return p;
    };
    return () => {
        if (!running)
            return start();
        queued ??= running
            .then(() => undefined, () => undefined)
            .then(() => {
            queued = undefined;
            return start();
        });
        return queued;
    };
}

;// CONCATENATED MODULE: ./src/core/cleanup/report.ts
/** The classes of a kept version, in the order the decision lines give them. */
const KEPT_CLASSES = [
    { label: 'in use', test: (k) => k.inUse },
    { label: 'as the newest (keep-versions)', test: (k) => k.reason.startsWith('one of the newest') },
    {
        label: 'as younger than keep-days',
        test: (k) => k.reason.startsWith('younger than keep-days') || k.reason.startsWith('no published date'),
    },
    { label: 'as Azure is still changing them', test: (k) => k.reason.startsWith('provisioning state') },
    { label: 'as already retired', test: (k) => k.reason.startsWith('already') },
];
/**
 * What clean-up decided, one line per class — kept (in use, newest, keep-days, busy, already retired),
 * to delete, to retire, deferred, leftovers — each a count and the first `n` names: bounded, whatever
 * the gallery holds. In-use names carry what uses them.
 */
function decisionLines(p, n) {
    const lines = [`Clean-up of ${p.where}: ${p.versionCount ?? 0} version(s) seen.`];
    const kept = p.kept ?? [];
    const classified = new Set();
    for (const c of KEPT_CLASSES) {
        const members = kept.filter((k) => !classified.has(k) && c.test(k));
        members.forEach((k) => classified.add(k));
        if (members.length === 0)
            continue;
        const names = members.map((k) => (k.inUse ? `${k.version} (${k.reason})` : k.version));
        lines.push(`Clean-up: kept ${members.length} ${c.label}: ${firstNames(names, n)}.`);
    }
    const other = kept.filter((k) => !classified.has(k));
    if (other.length > 0) {
        const names = other.map((k) => `${k.version} (${k.reason})`);
        lines.push(`Clean-up: kept ${other.length} for other reasons: ${firstNames(names, n)}.`);
    }
    const byKind = (kind) => p.actions.filter((a) => a.kind === kind);
    const named = (as) => as.flatMap((a) => versionOf(a, a.kind));
    const deletes = byKind('delete-version');
    const retires = byKind('retire-version');
    if (deletes.length > 0)
        lines.push(`Clean-up: delete ${deletes.length} superseded: ${firstNames(named(deletes), n)}.`);
    if (retires.length > 0)
        lines.push(`Clean-up: retire ${retires.length} superseded: ${firstNames(named(retires), n)}.`);
    if (p.deferred > 0) {
        const names = p.deferredNames ? `: ${firstNames(p.deferredNames, n)}` : '';
        lines.push(`Clean-up: left ${p.deferred} superseded for the next run (cleanup-max-deletes)${names}.`);
    }
    const others = p.actions.filter((a) => a.kind !== 'delete-version' && a.kind !== 'retire-version');
    if (others.length > 0) {
        const names = others.map((a) => a.write.resource);
        lines.push(`Clean-up: ${others.length} other action(s) (bake leftovers, idle colour): ${firstNames(names, n)}.`);
    }
    if (kept.length === 0 && p.actions.length === 0)
        lines.push('Clean-up: nothing kept, nothing to do.');
    return lines;
}
const versionOf = (a, kind) => a.kind === kind && 'version' in a ? [a.version.version] : [];
/** 'a, b, c' or 'a, b, … and 3 more'. */
function firstNames(names, n, sep = ', ') {
    return names.length <= n ? names.join(sep) : `${names.slice(0, n).join(sep)}${sep}… and ${names.length - n} more`;
}
/** The outcome of the applied actions: 'failed' (with its outputs) when any failed. */
function reportApplied(p, results, f) {
    const done = results.filter((r) => !r.error && !r.keptInUse && !r.notStarted);
    const failed = results.filter((r) => r.error);
    const recheckKept = results.filter((r) => r.keptInUse);
    const notStarted = results.filter((r) => r.notStarted);
    const keptInUse = [
        ...p.keptInUse,
        ...recheckKept.map((r) => (r.action.kind === 'delete-version' ? r.action.version.version : '')),
    ];
    const outputs = {
        cleanedVersions: done.flatMap((r) => versionOf(r.action, 'delete-version')),
        retiredVersions: done.flatMap((r) => versionOf(r.action, 'retire-version')),
        keptInUse,
        cleanupFailures: failed.length + notStarted.length,
    };
    const n = f.summaryNames;
    const items = [
        ...p.facts,
        ...recheckKept.slice(0, n).map((r) => ({
            kind: 'fact',
            label: `kept ${r.action.write.resource}`,
            value: `in use at the re-check before its delete: ${r.keptInUse}`,
        })),
        ...done.slice(0, n).map((r) => ({
            kind: 'action',
            label: r.action.write.operation,
            value: `${r.action.write.resource}: ${r.action.write.why}`,
        })),
        ...(done.length > n
            ? [
                {
                    kind: 'fact',
                    label: 'done',
                    value: `… and ${done.length - n} more action(s) (outputs cleaned-versions / retired-versions list them all)`,
                },
            ]
            : []),
        ...failed.slice(0, n).map((r) => ({
            kind: 'check',
            label: `${r.action.write.operation} ${r.action.write.resource}`,
            value: r.error,
            ok: false,
        })),
        ...(f.throttles > 0
            ? [
                {
                    kind: 'fact',
                    label: 'throttled',
                    value: `Azure throttled ${f.throttles} call(s); clean-up paused and retried them`,
                },
            ]
            : []),
        ...(f.rechecks > 0
            ? [
                {
                    kind: 'fact',
                    label: 're-checks',
                    value: `${f.rechecks} fresh in-use check(s) before deletes`,
                },
            ]
            : []),
        ...(f.listings
            ? [
                {
                    kind: 'fact',
                    label: 'confirmed',
                    value: `deletes confirmed by ${f.listings} listing(s) of the definition's versions`,
                },
            ]
            : []),
    ];
    const summary = `${done.length} of ${p.actions.length} clean-up action(s) done (${outputs.cleanedVersions.length} version(s) deleted, ${outputs.retiredVersions.length} retired${keptInUse.length > 0 ? `, ${keptInUse.length} old version(s) kept in use` : ''}${p.deferred > 0 ? `, ${p.deferred} left for the next run` : ''})`;
    const problems = [
        ...failed.map((r) => `${r.action.write.resource} (${r.error})`),
        ...(notStarted.length > 0
            ? [`${notStarted.length} not started: clean-up's time limit ('cleanup-timeout') ran out`]
            : []),
    ];
    if (problems.length > 0) {
        const count = failed.length + notStarted.length;
        return {
            status: 'failed',
            outputs,
            items,
            message: `${count} clean-up action(s) failed: ${firstNames(problems, 5, '; ')}; ${summary}`,
        };
    }
    const nothing = p.actions.length === 0;
    return {
        status: nothing ? 'skipped' : 'succeeded',
        outputs,
        items,
        message: nothing ? `nothing to clean up in ${p.where}` : summary,
    };
}

;// CONCATENATED MODULE: ./src/core/cleanup/retention.ts

const DAY_MS = 86_400_000;
/** Provisioning states in which a version must not be touched (another run is publishing or deleting it). */
const retention_BUSY = new Set(['creating', 'updating', 'deleting', 'migrating']);
const ageDays = (publishedDate, now) => {
    const t = publishedDate ? Date.parse(publishedDate) : NaN;
    return Number.isNaN(t) ? undefined : Math.max(0, Math.floor((now - t) / DAY_MS));
};
function planRetention(input) {
    const { definition, policy, now } = input;
    const sorted = [...input.versions].sort((a, b) => compareVersions(b.name, a.name));
    const newest = new Set(sorted.slice(0, policy.keepVersions).map((v) => v.name));
    const actions = [];
    const kept = [];
    const where = `${definition.gallery}/${definition.definition}`;
    for (const v of sorted) {
        const age = ageDays(v.publishedDate, now);
        const ageText = age === undefined ? 'age unknown' : `${age} day${age === 1 ? '' : 's'} old`;
        const use = input.inUse.get(v.name);
        if (newest.has(v.name)) {
            kept.push({
                version: v.name,
                reason: `one of the newest ${policy.keepVersions}${use ? `; ${use}` : ''}`,
                inUse: false,
            });
            continue;
        }
        if (use) {
            kept.push({ version: v.name, reason: use, inUse: true });
            continue;
        }
        if (policy.keepDays > 0 && (age === undefined || age < policy.keepDays)) {
            kept.push({
                version: v.name,
                reason: age === undefined
                    ? `no published date to compare with keep-days ${policy.keepDays}`
                    : `younger than keep-days ${policy.keepDays} (${ageText})`,
                inUse: false,
            });
            continue;
        }
        if (retention_BUSY.has((v.provisioningState ?? '').toLowerCase())) {
            kept.push({
                version: v.name,
                reason: `provisioning state ${v.provisioningState}: Azure is still changing it`,
                inUse: false,
            });
            continue;
        }
        const why = `not in use, ${ageText}, not among the newest ${policy.keepVersions}${policy.keepDays > 0 ? ` nor younger than ${policy.keepDays} days` : ''}`;
        const version = { ...definition, version: v.name };
        const resource = `gallery image version ${where} ${v.name}`;
        if (policy.retire === 'delete') {
            actions.push({ kind: 'delete-version', version, write: { resource, operation: 'delete', why } });
        }
        else if (policy.retire === 'end-of-life') {
            const eol = v.endOfLifeDate ? Date.parse(v.endOfLifeDate) : NaN;
            if (!Number.isNaN(eol) && eol <= now) {
                kept.push({ version: v.name, reason: `already end-of-life since ${v.endOfLifeDate}`, inUse: false });
                continue;
            }
            const today = new Date(now).toISOString();
            actions.push({
                kind: 'retire-version',
                version,
                change: { endOfLifeDate: today },
                write: {
                    resource,
                    operation: 'update',
                    before: `end of life ${v.endOfLifeDate ?? 'none'}`,
                    after: `end of life ${today}`,
                    why,
                },
            });
        }
        else {
            if (v.excludeFromLatest === true) {
                kept.push({ version: v.name, reason: 'already excluded from latest', inUse: false });
                continue;
            }
            actions.push({
                kind: 'retire-version',
                version,
                change: { excludeFromLatest: true },
                write: { resource, operation: 'update', before: 'in latest', after: 'excluded from latest', why },
            });
        }
    }
    return { actions, kept };
}

;// CONCATENATED MODULE: ./src/core/stages/cleanup.ts












const cleanupStage = {
    name: 'cleanup',
    async run(ctx) {
        const result = await imageCleanup.run(ctx);
        // A template's resource group also keeps a deployment history: this engine's old ones are pruned.
        return ctx.settings.deploy.template ? pruneDeploymentHistory(ctx, result) : result;
    },
};
/** Image versions, bake leftovers and the idle colour. */
const imageCleanup = {
    name: 'cleanup',
    async run(ctx) {
        const ports = await ctx.azure();
        const limits = limitsOf(ctx.settings.cleanup);
        const { clock, sleep, host } = ctx.deps;
        const deadline = clock.now() + limits.timeoutMs;
        const scan = () => ({
            signal: ctx.signal,
            parallelism: limits.parallelism,
            timeoutMs: Math.max(1, deadline - clock.now()),
        });
        // Scaling in the idle colour writes to the deploy target: observe it under the deploy lock, so a
        // concurrent deploy that is bringing that colour up is waited for, never undercut.
        if ((0,registry/* descriptorOf */.nb)(ctx.settings.deploy.strategy).cleanupWritesTarget(ctx.settings.deploy))
            await ctx.takeDeployLock?.();
        const observed = await observeCleanup(ctx, ports, scan);
        const plan = planCleanup(ctx, observed, limits);
        for (const line of decisionLines(plan, limits.summaryNames))
            host.info(line);
        if (ctx.settings.dryRun)
            return describePlan(ctx, plan);
        const shown = plan.actions.slice(0, limits.summaryNames);
        for (const a of shown)
            host.info(`Clean-up: ${describeAction(a)}.`);
        if (plan.actions.length > shown.length)
            host.info(`Clean-up: … and ${plan.actions.length - shown.length} more action(s).`);
        let throttles = 0;
        const check = recheckUsage(ports, observed.index, observed.watch, scan);
        const sent = await applyActions(ports, plan.actions, {
            retryBaseMs: Math.min(ports.scaleSets.pollIntervalMs, 5_000),
            signal: ctx.signal,
            concurrency: limits.parallelism,
            clock,
            sleep,
            deadline: deadline - confirmReserveMs(limits.timeoutMs),
            callDeadline: deadline,
            check,
            onThrottle: () => void (throttles += 1),
        });
        let listings = 0;
        const results = await confirmAccepted(ports, observed.definition, sent, {
            signal: ctx.signal,
            clock,
            sleep,
            deadline,
            onListing: () => void (listings += 1),
        });
        return reportApplied(plan, results, { ...limits, throttles, rechecks: check.reads, listings });
    },
};
/** The actions by the retention policy (capped), for the leftovers and for the idle colour; the facts behind them. */
function planCleanup(ctx, observed, limits) {
    const now = ctx.deps.clock.now();
    const { settings } = ctx;
    const retention = planRetention({
        definition: observed.definition,
        versions: observed.versions,
        inUse: observed.inUse,
        policy: settings.cleanup,
        now,
    });
    const leftovers = planLeftovers({
        managedImages: observed.managedImages,
        templates: observed.templates,
        scaleSetImageIds: observed.scaleSets.flatMap((s) => (s.imageId ? [s.imageId] : [])),
        versions: observed.versions,
        pendingManagedImageId: ctx.outputs.managedImageId && !ctx.outputs.imageId ? ctx.outputs.managedImageId : undefined,
        keepManagedImage: settings.publish.keepManagedImage,
        keepTemplate: settings.bake.imageBuilder?.keepTemplate ?? false,
    });
    const idle = planIdleColour(observed.idle, now);
    const where = `${observed.definition.gallery}/${observed.definition.definition}`;
    // Retention lists versions newest first: the cap keeps the oldest, the rest wait for the next run.
    const versionWrites = retention.actions.slice(-limits.maxDeletes);
    const deferred = retention.actions.length - versionWrites.length;
    const inUse = retention.kept.filter((k) => k.inUse);
    const facts = [
        {
            kind: 'fact',
            label: 'retention',
            value: `${where}: ${observed.versions.length} version(s); keep the newest ${settings.cleanup.keepVersions}${settings.cleanup.keepDays > 0 ? ` and any younger than ${settings.cleanup.keepDays} days` : ''}; retire: ${settings.cleanup.retire}; ${observed.scaleSets.length} scale set(s) in the subscription checked`,
        },
        ...inUse
            .slice(0, limits.summaryNames)
            .map((k) => ({ kind: 'fact', label: `kept ${k.version}`, value: k.reason })),
        ...(inUse.length > limits.summaryNames
            ? [
                {
                    kind: 'fact',
                    label: 'kept in use',
                    value: `… and ${inUse.length - limits.summaryNames} more (output kept-in-use has them all)`,
                },
            ]
            : []),
        ...(deferred > 0
            ? [
                {
                    kind: 'fact',
                    label: 'deferred',
                    value: `${deferred} superseded version(s) left for the next run: at most ${limits.maxDeletes} per run (cleanup-max-deletes)`,
                },
            ]
            : []),
        ...leftovers.skipped.map((s) => ({ kind: 'fact', label: `kept ${s.resource}`, value: s.reason })),
        ...(idle.note ? [{ kind: 'fact', label: 'idle colour', value: idle.note }] : []),
    ];
    const actions = [...versionWrites, ...leftovers.actions, ...(idle.action ? [idle.action] : [])];
    return {
        actions,
        where,
        keptInUse: inUse.map((k) => k.version),
        facts,
        deferred,
        kept: retention.kept,
        deferredNames: retention.actions.slice(0, deferred).flatMap((a) => ('version' in a ? [a.version.version] : [])),
        versionCount: observed.versions.length,
    };
}
/** Plan mode: the actions as planned writes. */
function describePlan(ctx, p) {
    const plan = new plan_action/* Plan */.cw();
    for (const a of p.actions)
        plan.add(a.write);
    return {
        status: 'succeeded',
        outputs: { keptInUse: p.keptInUse, cleanedVersions: [], retiredVersions: [], cleanupFailures: 0 },
        items: [...p.facts, ...plan.items(ctx.deps.host)],
        message: `plan: ${(0,plan_action/* countWrites */.GG)(plan.size)}, none made`,
    };
}

// EXTERNAL MODULE: ./src/core/rollout/attempt.ts
var attempt = __nccwpck_require__(70652);
;// CONCATENATED MODULE: ./src/core/publish/attempt.ts
/**
 * One Azure write of publish, bounded by a deadline and tried again while it fails transiently
 * (honouring Azure's Retry-After) until that deadline: the rollout's shared retry loop
 * (src/core/rollout/attempt.ts). Only for idempotent writes (a PUT of the same body, a DELETE where
 * absent is fine).
 */



const DEFAULT_BACKOFF_MS = 5_000;
async function attemptWithin(a) {
    const context = {
        clock: a.clock,
        sleep: a.sleep,
        signal: a.signal,
        deadlineAt: a.clock.now() + a.timeoutMs,
        budget: a.bound,
        baseMs: a.backoffMs ?? DEFAULT_BACKOFF_MS,
    };
    try {
        return (await (0,attempt/* attempt */.CD)(context, a.what, (call) => a.call(call))).value;
    }
    catch (err) {
        if (!(err instanceof attempt/* GaveUp */.TL))
            throw err;
        if (!(err.error instanceof core_errors/* EngineError */.NJ) || err.error.kind !== 'transient')
            throw err.error;
        const message = `${a.what} did not succeed within ${(0,duration/* formatDuration */.a)(a.timeoutMs)} (input '${a.bound}'; ${err.attempts} tries); last error: ${err.error.message}`;
        throw new core_errors/* EngineError */.NJ('transient', message, { cause: err.error });
    }
}

;// CONCATENATED MODULE: ./src/core/publish/failed-version.ts



const failed_version_lower = (s) => (s ?? '').toLowerCase();
const isFailed = (v) => failed_version_lower(v.provisioningState) === 'failed';
/** The names that count for 'next' and 'latest': Failed versions left out. */
const usableNames = (versions) => versions.filter((v) => !isFailed(v)).map((v) => v.name);
/**
 * Deleting a version a scale set references breaks that scale set's scale-out and reimage, so a
 * Failed version in use is not replaced: the error says how to proceed. One paged list of the
 * subscription's scale sets.
 */
async function refuseIfInUse(w, vref, version) {
    const sets = await w.ports.scaleSets.listAllInSubscription({ signal: w.signal });
    const users = sets.filter((s) => failed_version_lower(s.imageId) === failed_version_lower(version.id)).map((s) => s.name);
    if (users.length === 0)
        return;
    throw new core_errors/* EngineError */.NJ('terminal', `version ${vref.version} of ${describeRef(vref)} ended provisioning state Failed, but scale set ${users.join(', ')} ` +
        "references it, so it is not deleted and replaced (that would break the scale set's scale-out and reimage). " +
        "To proceed: publish under another 'image-version' (or 'auto', which skips Failed versions), " +
        `or move ${users.length === 1 ? 'that scale set' : 'those scale sets'} to another version and re-run`);
}
/** Deletes the Failed version: one DELETE followed to its end, bounded and retried while transient. */
async function deleteFailed(w, vref) {
    await attemptWithin({
        clock: w.clock,
        sleep: w.sleep,
        signal: w.signal,
        timeoutMs: w.timeoutMs,
        what: `deleting the Failed version ${vref.version}`,
        bound: 'replication-timeout',
        call: (options) => w.ports.gallery.deleteVersion(vref, options),
    });
}
/**
 * A version this run created that ended Failed is deleted rather than marked `excludeFromLatest`:
 * Azure documents that flag only as keeping VMs deployed from the definition's 'latest' off the
 * version (publishingProfile.excludeFromLatest, Compute Gallery REST API); the version would still
 * hold its name, count against the definition and be offered to explicit references, and a PATCH
 * of a Failed version is itself an update Azure may refuse. Best effort: when the delete fails,
 * the next run replaces the version (explicit name) or skips it ('auto').
 */
async function discardFailed(w, vref) {
    w.log.info(`version ${vref.version} ended provisioning state Failed: deleting it, so that 'latest' never resolves to it`);
    try {
        await deleteFailed(w, vref);
        return `the Failed version ${vref.version} was deleted; a re-run publishes it again`;
    }
    catch (err) {
        if (w.signal.aborted)
            throw err;
        const why = err instanceof Error ? err.message : String(err);
        return `the Failed version ${vref.version} could not be deleted (${why}); a re-run replaces it`;
    }
}

;// CONCATENATED MODULE: ./src/core/publish/replication.ts



const FAILED = new Set(['failed', 'canceled']);
async function waitForReplication(w) {
    const seen = new Map();
    const status = await pollUntil({
        clock: w.clock,
        sleep: w.sleep,
        signal: w.signal,
        timeoutMs: w.timeoutMs,
        firstDelayMs: w.firstDelayMs,
        observe: async () => {
            const s = await w.gallery.replicationStatus(w.ref, { signal: w.signal });
            logProgress(w.log, w.ref.version, s, seen);
            const failed = s.regions.filter((r) => r.state === 'Failed');
            const state = (s.provisioningState ?? '').toLowerCase();
            const done = failed.length > 0 ||
                FAILED.has(state) ||
                (state === 'succeeded' && s.regions.every((r) => r.state === 'Completed'));
            return { done, value: s, pollAfterMs: s.pollAfterMs };
        },
        timedOut: (last, waited) => {
            const pending = (last?.regions ?? []).filter((r) => r.state !== 'Completed').map(describe);
            return new core_errors/* EngineError */.NJ('transient', `replication of version ${w.ref.version} did not finish within ${(0,duration/* formatDuration */.a)(w.timeoutMs)} (input 'replication-timeout'; waited ${(0,duration/* formatDuration */.a)(waited)})` +
                (pending.length > 0 ? `; still replicating: ${pending.join(', ')}` : '') +
                '. The version exists; a re-run with the same image-version waits for it again.');
        },
    });
    const failed = status.regions.filter((r) => r.state === 'Failed');
    if (failed.length > 0) {
        const names = failed.map((r) => `'${r.region}'${r.details ? ` (${r.details})` : ''}`).join(', ');
        throw new core_errors/* EngineError */.NJ('terminal', `replication of version ${w.ref.version} failed in ${failed.length === 1 ? 'region' : 'regions'} ${names}`);
    }
    if (FAILED.has((status.provisioningState ?? '').toLowerCase())) {
        throw new core_errors/* EngineError */.NJ('terminal', `version ${w.ref.version} ended in provisioning state ${status.provisioningState}`);
    }
    return status;
}
function describe(r) {
    return `${r.region} ${r.state}${r.progress !== undefined && r.state !== 'Completed' ? ` ${r.progress}%` : ''}`;
}
function logProgress(log, version, s, seen) {
    for (const r of s.regions) {
        const line = describe(r);
        if (seen.get(r.region) === line)
            continue;
        seen.set(r.region, line);
        log.info(`replication ${version}: ${line}${r.state === 'Failed' && r.details ? ` — ${r.details}` : ''}`);
    }
}

;// CONCATENATED MODULE: ./src/core/stages/publish.ts










const publishStage = { name: 'publish', run: runPublish };
const sameId = (a, b) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
async function runPublish(ctx) {
    const before = ctx.outputs;
    if (before.baked === false && before.imageId) {
        return {
            status: 'skipped',
            message: `the bake cache reused version ${before.imageVersion} (bake key ${cache_short(before.bakeKey ?? '')}); nothing to publish`,
            items: [{ kind: 'fact', label: 'version', value: `${before.imageVersion} (cached)` }],
        };
    }
    const ref = galleryRef(ctx.settings, "stage 'publish'");
    const p = await observePublish(ctx, ref, sourceOf(ctx));
    if (p.source.adopt)
        return adoptVersion(ctx, p, p.source.adopt);
    return publishManagedImage(ctx, p);
}
/** What to publish; fails when there is nothing. */
function sourceOf(ctx) {
    const { settings, outputs: before } = ctx;
    const adopt = before.galleryImageVersionId;
    const bakedImage = before.managedImageId;
    const managedImageId = bakedImage ?? settings.publish.managedImageId;
    const plannedImage = settings.dryRun && !adopt && !managedImageId ? before.plannedImage : undefined;
    if (!adopt && !managedImageId && !plannedImage) {
        throw new core_errors/* EngineError */.NJ('input', "stage 'publish' has nothing to publish: run 'bake' in the same run, or set 'managed-image-id' (with builder 'none')");
    }
    return { adopt, bakedImage, managedImageId, plannedImage };
}
/** Reads the gallery and definition; the regions, the provenance tags, the intermediate image to delete. */
async function observePublish(ctx, ref, source) {
    const { settings, deps, signal, outputs: before } = ctx;
    const publish = settings.publish;
    const ports = await ctx.azure();
    const target = await observeTarget(ports.gallery, ref, publish, { signal });
    const regions = resolveRegions(publish, target.gallery.location);
    const tags = provenanceTags(deps.run, { bakeKey: before.bakeKey, baseImage: before.bakeBaseImage });
    // The intermediate image a bake of this run produced is deleted after publishing, unless kept.
    const made = source.bakedImage ?? source.plannedImage;
    const deleteImage = made && !publish.keepManagedImage ? made : undefined;
    return { ports, ref, target, source, common: { tags, items: [], deleteImage, regions } };
}
/** The version the bake distributed: checked, then finished (or, when the planned bake would distribute it, nothing to write). */
async function adoptVersion(ctx, p, adopt) {
    const { settings, outputs: before } = ctx;
    const { items, regions } = p.common;
    const vref = versionRefOf(adopt, p.ref);
    if (settings.dryRun && before.plannedImageId === adopt) {
        // The bake of this plan would distribute the version, tagged; publishing it writes nothing more.
        items.push({ kind: 'fact', label: 'version', value: `${vref.version} (the bake would distribute it: planned)` });
        ctx.deps.host.info(`plan: version ${vref.version} would be distributed by the bake with its provenance tags; publish writes nothing`);
        const outputs = {
            imageVersion: vref.version,
            imageId: adopt,
            plannedImageId: adopt,
            replicatedRegions: regions.map((r) => r.name),
            baked: before.baked,
            bakeKey: before.bakeKey,
        };
        return {
            status: 'succeeded',
            outputs,
            items,
            message: `plan: version ${vref.version} comes from the bake; publish would write nothing`,
        };
    }
    const found = await p.ports.gallery.getVersion(vref, { signal: ctx.signal });
    if (!found)
        throw new core_errors/* EngineError */.NJ('terminal', `the bake reported gallery image version ${adopt}, but it does not exist`);
    items.push({ kind: 'fact', label: 'version', value: `${vref.version} (distributed by the bake)` });
    return finish(ctx, p.ports, vref, found, { ...p.common, firstDelayMs: 0, note: 'adopted' });
}
/** A managed image (or a planned one): the version to create, then the plan or the write. */
async function publishManagedImage(ctx, p) {
    const { managedImageId, plannedImage, bakedImage } = p.source;
    const image = plannedImage ? undefined : await p.ports.managedImages.get(managedImageId, { signal: ctx.signal });
    if (!image && !plannedImage)
        throw new core_errors/* EngineError */.NJ('input', `the managed image ${managedImageId} does not exist${bakedImage ? ' (the bake reported it)' : " (input 'managed-image-id')"}`);
    const { chosen, existing } = await publish_chooseVersionFor(ctx, p);
    const vref = { ...p.ref, version: chosen.version };
    if (existing && isFailed(existing))
        return replaceFailedVersion(ctx, p, chosen, existing);
    if (existing) {
        if (!sameId(existing.sourceId, managedImageId))
            throw conflict(chosen.version, p.ref, existing);
        ctx.deps.host.info(`version ${chosen.version} already holds ${managedImageId}: nothing to create (${chosen.reason})`);
        p.common.items.push({
            kind: 'fact',
            label: 'version',
            value: `${chosen.version} (already published from this image; re-run)`,
        });
        return finish(ctx, p.ports, vref, existing, { ...p.common, firstDelayMs: 0, note: 'already published' });
    }
    ctx.deps.host.info(`version ${chosen.version}: ${chosen.reason}`);
    p.common.items.push({ kind: 'fact', label: 'version', value: `${chosen.version} (${chosen.reason})` });
    if (ctx.settings.dryRun)
        return planPublish(ctx, p, chosen);
    return createVersion(ctx, p, chosen);
}
/**
 * Lists the versions and chooses the next (Failed versions do not count: 'auto' never builds on
 * one); the version of that name, when one exists.
 */
async function publish_chooseVersionFor(ctx, p) {
    const { settings, deps } = ctx;
    const versions = p.target.definition ? await p.ports.gallery.listVersions(p.ref, { signal: ctx.signal }) : [];
    const scheme = settings.publish.version;
    const chosen = chooseVersion({ scheme, existing: usableNames(versions), run: deps.run, nowMs: deps.clock.now() });
    return { chosen, existing: versions.find((v) => v.name === chosen.version) };
}
/** The version of the chosen name ended Failed: replaced (deleted, then created again) unless a scale set uses it. */
async function replaceFailedVersion(ctx, p, chosen, failed) {
    const vref = { ...p.ref, version: chosen.version };
    const work = failedWork(ctx, p);
    await refuseIfInUse(work, vref, failed);
    const held = failed.sourceId && !sameId(failed.sourceId, p.source.managedImageId) ? `, it held ${failed.sourceId}` : '';
    const plan = ctx.settings.dryRun ? 'plan: would replace it' : 'replacing it';
    ctx.deps.host.info(`version ${chosen.version} exists in provisioning state Failed (${chosen.reason}${held}): ${plan} (delete, then create again)`);
    p.common.items.push({
        kind: 'fact',
        label: 'version',
        value: `${chosen.version} (${chosen.reason}; replaces the Failed version)`,
    });
    if (ctx.settings.dryRun)
        return planPublish(ctx, p, chosen, true);
    await deleteFailed(work, vref);
    p.common.items.push({
        kind: 'action',
        label: 'Failed version',
        value: `deleted ${chosen.version}, then created it again`,
    });
    return createVersion(ctx, p, chosen, true);
}
function failedWork(ctx, p) {
    const { deps, signal, settings } = ctx;
    return {
        ports: p.ports,
        clock: deps.clock,
        sleep: deps.sleep,
        signal,
        log: deps.host,
        timeoutMs: settings.publish.replicationTimeoutMs,
    };
}
/** Plan mode: the definition and version writes, then the rest of `finish` as planned writes. */
function planPublish(ctx, p, chosen, replacing = false) {
    const { ref, target, source, common } = p;
    const plan = new plan_action/* Plan */.cw();
    const defWrite = definitionWrite(ref, target.definition, ctx.settings.publish);
    if (defWrite)
        plan.add(defWrite);
    if (replacing)
        plan.add({
            resource: versionResource(ref, chosen.version),
            operation: 'delete',
            before: 'provisioning state Failed',
            why: 'a Failed version holds the name; it is created again',
        });
    const from = source.plannedImage
        ? `${source.plannedImage} (planned)`
        : `managed image ${source.managedImageId.split('/').pop()}`;
    plan.add({
        resource: versionResource(ref, chosen.version),
        operation: 'create',
        after: `from ${from}, replicated to ${describeRegions(common.regions)}`,
        why: chosen.reason,
    });
    const id = `${definitionIdOf(target.gallery, target.definition, ref)}/versions/${chosen.version}`;
    const vref = { ...ref, version: chosen.version };
    return finishPlan(ctx, plan, vref, id, common.regions.map((r) => r.name), { ...common, firstDelayMs: 0, note: 'would publish' }, {}, true);
}
/** Creates the version (unless a concurrent run just did, from the same image), then finishes. */
async function createVersion(ctx, p, chosen, replacing = false) {
    const { ports, ref, target, source, common } = p;
    const log = ctx.deps.host;
    const opts = { signal: ctx.signal };
    const vref = { ...ref, version: chosen.version };
    await ensureDefinition(ports.gallery, ref, target, ctx.settings.publish, log, opts);
    // Re-observe before acting: a concurrent run may have taken the version meanwhile.
    const raced = await ports.gallery.getVersion(vref, opts);
    if (raced && !sameId(raced.sourceId, source.managedImageId))
        throw conflict(chosen.version, ref, raced);
    if (raced)
        return finish(ctx, ports, vref, raced, { ...common, firstDelayMs: 0, note: 'published' });
    const where = common.regions.map((r) => `${r.name}×${r.replicas} ${r.storageAccountType}`).join(', ');
    log.info(`publishing ${source.managedImageId} as ${describeRef(ref)} version ${chosen.version} to ${where}`);
    const spec = versionSpec(ctx, p);
    // A PUT of the same body: tried again while Azure answers transiently (a burst of 429/5xx or
    // resets outlasts the SDK's own retries), within 'replication-timeout'.
    const accepted = await attemptWithin({
        ...failedWork(ctx, p),
        what: replacing ? `creating version ${chosen.version} again` : `creating version ${chosen.version}`,
        bound: 'replication-timeout',
        call: (o) => ports.gallery.publishVersion(vref, spec, o),
    });
    const note = replacing ? 'replaced the Failed version with' : 'published';
    return finishCreated(ctx, p, vref, accepted.version, { ...common, firstDelayMs: accepted.pollAfterMs, note });
}
/** `finish` for a version this run created: when it ends Failed, it is deleted and the error says so. */
async function finishCreated(ctx, p, vref, created, f) {
    try {
        return await finish(ctx, p.ports, vref, created, f);
    }
    catch (err) {
        if (!(err instanceof core_errors/* EngineError */.NJ) || err.kind !== 'terminal')
            throw err;
        const now = await p.ports.gallery.getVersion(vref, { signal: ctx.signal }).catch(() => undefined);
        if (!now || !isFailed(now))
            throw err;
        const outcome = await discardFailed(failedWork(ctx, p), vref);
        throw new core_errors/* EngineError */.NJ('terminal', `${err.message}; ${outcome}`, { cause: err });
    }
}
/** The new version: from the managed image, replicated as asked, tagged with its provenance. */
function versionSpec(ctx, p) {
    const publish = ctx.settings.publish;
    return {
        location: p.target.gallery.location,
        sourceId: p.source.managedImageId,
        targetRegions: p.common.regions,
        replicaCount: publish.replicaCount,
        storageAccountType: publish.storageAccountType,
        excludeFromLatest: publish.excludeFromLatest,
        endOfLifeDate: publish.endOfLifeDate,
        replicationMode: publish.replicationMode,
        tags: p.common.tags,
    };
}
function conflict(version, ref, existing) {
    return new core_errors/* EngineError */.NJ('input', `image-version ${version} already exists in ${describeRef(ref)} and holds another image (${existing.sourceId ?? 'unknown source'}); gallery versions are immutable: choose another version, or 'auto'`);
}
/** The version id as a ref; it must live in the configured gallery and definition. */
function versionRefOf(id, ref) {
    const m = /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)\/images\/([^/]+)\/versions\/([^/]+)$/i.exec(id);
    if (!m)
        throw new core_errors/* EngineError */.NJ('terminal', `'${id}' is not a gallery image version id`);
    const [, resourceGroup, gallery, definition, version] = m;
    if (resourceGroup.toLowerCase() !== ref.resourceGroup.toLowerCase() ||
        gallery.toLowerCase() !== ref.gallery.toLowerCase() ||
        definition.toLowerCase() !== ref.definition.toLowerCase()) {
        throw new core_errors/* EngineError */.NJ('input', `the bake produced ${id}, outside the configured ${describeRef(ref)}; make the template's gallery destination and the publish inputs agree`);
    }
    return { resourceGroup, gallery, definition, version };
}
/** Waits for replication, completes the provenance tags, deletes the intermediate image; the outputs. */
async function finish(ctx, ports, vref, version, f) {
    const { settings, deps, signal, outputs: before } = ctx;
    const log = deps.host;
    if (settings.dryRun) {
        // Replication is followed with reads only; what is left to write are the tags and the clean-up.
        const regions = version.targetRegions.map((r) => r.name);
        return finishPlan(ctx, new plan_action/* Plan */.cw(), vref, version.id, regions, f, missingTags(version.tags, f.tags), false);
    }
    const status = await waitForReplication({
        gallery: ports.gallery,
        ref: vref,
        clock: deps.clock,
        sleep: deps.sleep,
        signal,
        log,
        timeoutMs: settings.publish.replicationTimeoutMs,
        firstDelayMs: f.firstDelayMs,
    });
    const replicated = status.regions.filter((r) => r.state === 'Completed').map((r) => r.region);
    f.items.push({ kind: 'check', label: 'replication', value: `Succeeded in ${replicated.join(', ')}`, ok: true });
    const lacking = missingTags(version.tags, f.tags);
    if (Object.keys(lacking).length > 0) {
        log.info(`tagging version ${vref.version} with ${Object.keys(lacking).join(', ')}`);
        await ports.gallery.tagVersion(vref, lacking, { signal });
    }
    if (f.deleteImage) {
        log.info(`deleting the intermediate managed image ${f.deleteImage} ('keep-managed-image' keeps it)`);
        await ports.managedImages.delete(f.deleteImage, { signal });
        f.items.push({ kind: 'action', label: 'managed image', value: `deleted ${f.deleteImage.split('/').pop()}` });
    }
    const outputs = {
        imageVersion: vref.version,
        imageId: version.id,
        replicatedRegions: replicated,
        ...(before.baked !== undefined ? { baked: before.baked } : {}),
        ...(before.bakeKey ? { bakeKey: before.bakeKey } : {}),
    };
    const message = `${f.note} version ${vref.version}, replicated to ${replicated.join(', ')}`;
    return { status: 'succeeded', outputs, items: f.items, message };
}
/** Plan mode: the rest of `finish` as planned writes (tags to complete, the intermediate image to delete); the would-be outputs. */
function finishPlan(ctx, plan, vref, id, regions, f, lacking, created) {
    const { outputs: before, deps } = ctx;
    const names = Object.keys(lacking);
    if (names.length > 0)
        plan.add({
            resource: versionResource(vref, vref.version),
            operation: 'tag',
            after: names.join(', '),
            why: 'its provenance tags are incomplete',
        });
    if (f.deleteImage) {
        const which = before.managedImageId
            ? `managed image ${f.deleteImage.split('/').pop()}`
            : `${f.deleteImage} (planned)`;
        plan.add({
            resource: which,
            operation: 'delete',
            why: "the bake's intermediate image, once published ('keep-managed-image' keeps it)",
        });
    }
    const outputs = {
        imageVersion: vref.version,
        imageId: id,
        replicatedRegions: regions,
        ...(created ? { plannedImageId: id } : {}),
        ...(before.baked !== undefined ? { baked: before.baked } : {}),
        ...(before.bakeKey ? { bakeKey: before.bakeKey } : {}),
    };
    const message = `plan: ${created ? `would publish version ${vref.version}` : `version ${vref.version} is ${f.note}`} (${(0,plan_action/* countWrites */.GG)(plan.size)}, none made)`;
    return { status: 'succeeded', outputs, items: [...f.items, ...plan.items(deps.host)], message };
}

;// CONCATENATED MODULE: ./src/core/stages/rollback.ts
/**
 * rollback: returns the target to an earlier release. After a failed verify in the same run it
 * undoes that run's deploy (the plan the deploy left in the outputs); on its own (and
 * `immutable-deploy rollback`) it returns to 'to-version', by default the previous version
 * recorded on the target's tags. Works for every strategy through Strategy.planRollback/rollback.
 * Plan mode (dry-run): the same reads, then the writes the rollback would make (planRollbackWrites).
 */



const rollbackStage = {
    name: 'rollback',
    async run(ctx) {
        const strategy = await (0,registry/* strategyFor */.fY)(ctx.settings.deploy.strategy);
        const toVersion = ctx.settings.verify.toVersion;
        let plan = toVersion ? undefined : ctx.outputs.rollbackPlan;
        if (!plan && !toVersion && ctx.outputs.deployUnchanged) {
            return {
                status: 'skipped',
                outputs: { rolledBack: false },
                message: 'the deploy changed nothing, so there is nothing to roll back',
            };
        }
        if (!plan) {
            const record = await strategy.inspect(ctx);
            plan = await strategy.planRollback(ctx, record, toVersion);
        }
        // Plan first (reads only), as deploy does: then the lease, then the writes.
        const planned = await strategy.planRollbackWrites(ctx, plan);
        if (ctx.settings.dryRun)
            return planResult(ctx, planned);
        if (planned.writes.length === 0) {
            return {
                status: 'succeeded',
                outputs: { ...planned.outputs, rolledBack: false },
                items: planned.items,
                message: `nothing to roll back: ${planned.message}`,
            };
        }
        await ctx.takeDeployLock?.();
        ctx.deps.host.info(`Rolling back: ${plan.description}.`);
        const outcome = await strategy.rollback((0,for_stage/* revertContext */._x)(ctx), plan);
        return {
            status: 'succeeded',
            outputs: { ...outcome.outputs, rolledBack: true },
            items: outcome.items,
            message: outcome.message,
            journal: outcome.journal,
        };
    },
};

// EXTERNAL MODULE: ./src/core/stages/verify.ts
var verify = __nccwpck_require__(80250);
;// CONCATENATED MODULE: ./src/core/stages/registry.ts








const STAGES = {
    bake: bakeStage,
    publish: publishStage,
    deploy: deployStage,
    promote: promoteStage,
    abort: abortStage,
    verify: verify/* verifyStage */.U,
    cleanup: cleanupStage,
    rollback: rollbackStage,
};
const builtinStage = (name) => STAGES[name];

;// CONCATENATED MODULE: ./src/core/run/outputs.ts

const camel = (kebab) => kebab.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
/**
 * Plan mode publishes only what is true without any write: the version the plan is about and what
 * the target ran before. No id of a resource that does not exist, no 'baked: true', no counts.
 */
const PLANNED_OUTPUTS = new Set(['image-version', 'previous-image-version', 'verify-result', 'record-file']);
/** The result output: 'planned' for a plan that went through, else the run's status. */
const resultOutput = (result) => result.dryRun && result.status === 'succeeded' ? 'planned' : result.status;
/**
 * Outputs a later step branches on, published even when no stage set them, so a condition such as
 * `steps.x.outputs.rolled-back == 'true'` never reads an unset output. Not in a plan.
 */
const DEFAULT_OUTPUTS = { 'rolled-back': 'false' };
/** The outputs as the strings a pipeline step publishes, keyed by the table's kebab-case names. */
function outputStrings(outputs, result) {
    // A canary says how it ended ('promoted' / 'paused' / 'aborted'); a plan stays 'planned'; a
    // promoted release that a failed verify rolled back is the run's status again.
    const undone = outputs.canaryResult === 'promoted' && outputs.rolledBack === true;
    const canary = undone ? undefined : outputs.canaryResult;
    const out = { result: result === 'planned' ? result : (canary ?? result) };
    for (const def of table/* OUTPUTS */.py) {
        const value = outputs[camel(def.name)] ??
            (result === 'planned' ? undefined : DEFAULT_OUTPUTS[def.name]);
        if (value === undefined || def.name === 'result')
            continue;
        if (result === 'planned' && !PLANNED_OUTPUTS.has(def.name))
            continue;
        out[def.name] = format(def.name, value);
    }
    return out;
}
function format(name, value) {
    if (name === 'probe-results') {
        return JSON.stringify(value.map(({ name: n, url, passed, attempts, reason }) => ({
            name: n,
            url,
            passed,
            attempts,
            reason,
        })));
    }
    if (name === 'check-results' || name === 'analysis-results')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return value.join(',');
    return String(value);
}

// EXTERNAL MODULE: ./src/core/run/redact.ts
var run_redact = __nccwpck_require__(89764);
;// CONCATENATED MODULE: ./src/core/run/summary.ts
/** Renders a run result as markdown (GitHub job summary, Azure DevOps attachment) or plain text (terminal). */


const ICON = {
    succeeded: '✅',
    failed: '❌',
    skipped: '⏭️',
    cancelled: '🛑',
    'not-run': '⚪',
};
const escapeCell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** The key facts of a run, in the order a reader looks for them. */
function keyFacts(result) {
    const o = result.outputs;
    const facts = [
        ['Image version', imageFact(result)],
        ['Image id', o.imageId],
        [
            'Baked',
            o.baked === undefined ? undefined : o.baked ? 'yes' : `no (reused the version with bake key ${o.bakeKey ?? '?'})`,
        ],
        [
            'Active slot',
            o.activeSlot &&
                (!o.previousSlot
                    ? o.activeSlot
                    : o.previousSlot === o.activeSlot
                        ? `${o.activeSlot} (unchanged)`
                        : `${o.previousSlot} → ${o.activeSlot}`),
        ],
        ['Upgraded instances', o.upgradedInstances?.toString()],
        ['Rolled back', o.rolledBack === undefined ? undefined : o.rolledBack ? 'yes' : 'no'],
        ['Verify', o.verifyResult],
    ];
    const shown = facts.filter((f) => f[1] !== undefined);
    // Plan mode: the outputs are what the run would produce, not what exists.
    return result.dryRun ? shown.map(([k, v]) => [k, `${v} (planned)`]) : shown;
}
/**
 * A rollback in the run that deployed keeps naming the release it undid (image-version) and what is
 * live again (previous-image-version); a rollback on its own names the version it returned to
 * (image-version) and the one it left (previous-image-version).
 */
function imageFact(result) {
    const { imageVersion: version, previousImageVersion: previous, rolledBack } = result.outputs;
    if (!version)
        return undefined;
    if (!previous)
        return version;
    if (!rolledBack)
        return `${previous} → ${version}`;
    const deployed = result.stages.some((s) => s.name === 'deploy' && (s.status === 'succeeded' || s.status === 'failed'));
    return deployed
        ? `${version} rolled back: ${previous} is live`
        : `${previous} → ${version}: ${version} is live again (rolled back)`;
}
/** Plan mode: the planned writes of the run (from the result, else from the stages' items). */
function plannedLines(result) {
    if (result.plan)
        return result.plan.map((w) => ({ stage: w.stage, line: (0,plan_action/* formatWrite */.jf)(w) }));
    return result.stages.flatMap((s) => s.items.filter((i) => i.write).map((i) => ({ stage: s.name, line: (0,plan_action/* formatWrite */.jf)(i.write) })));
}
function renderMarkdown(result) {
    const title = `### immutable-deploy: ${result.status}${result.dryRun ? ' (plan only)' : ''} in ${formatDuration(result.durationMs)}`;
    const lines = [title, ''];
    const error = errorLine(result);
    if (error)
        lines.push(`> **${error.label[0].toUpperCase()}${error.label.slice(1)}:** ${escapeCell(error.text)}`, '');
    lines.push('| Stage | Result | Duration | Notes |', '| --- | --- | --- | --- |');
    for (const s of result.stages) {
        const notes = echoesError(result, s) ? 'the error above' : (s.message ?? '');
        lines.push(`| ${s.name} | ${ICON[s.status]} ${s.status} | ${formatDuration(s.durationMs)} | ${escapeCell(notes)} |`);
    }
    if (result.dryRun) {
        const planned = plannedLines(result);
        lines.push('', `#### Plan: ${countWrites(planned.length)} (none made)`, '');
        lines.push(...(planned.length > 0 ? planned.map((p) => `- \`${p.stage}\` ${escapeCell(p.line)}`) : ['- nothing to change']));
    }
    const facts = keyFacts(result);
    if (facts.length > 0)
        lines.push('', '| | |', '| --- | --- |', ...facts.map(([k, v]) => `| ${k} | ${escapeCell(v)} |`));
    for (const stage of result.stages) {
        const items = onceEach(stage.items.filter((i) => !i.write));
        if (items.length > 0)
            lines.push('', `#### ${stage.name}`, '', ...items.map(markdownItem));
    }
    const warnings = newWarnings(result);
    if (warnings.length > 0)
        lines.push('', '#### Warnings', '', ...warnings.map((w) => `- ⚠️ ${w}`));
    return `${lines.join('\n')}\n`;
}
function markdownItem(item) {
    const mark = item.kind === 'check' ? (item.ok ? '✅ ' : '❌ ') : '';
    return `- ${mark}**${item.label}**: ${item.value}`;
}
function renderText(result) {
    const lines = [
        `immutable-deploy: ${result.status}${result.dryRun ? ' (plan only)' : ''} in ${(0,duration/* formatDuration */.a)(result.durationMs)}`,
    ];
    for (const s of result.stages)
        lines.push(...textStage(s, echoesError(result, s)));
    if (result.dryRun)
        lines.push(`  plan: ${(0,plan_action/* countWrites */.GG)(plannedLines(result).length)} (none made)`);
    for (const [k, v] of keyFacts(result))
        lines.push(`  ${k}: ${v}`);
    for (const w of newWarnings(result))
        lines.push(`  warning: ${w}`);
    const error = errorLine(result);
    if (error)
        lines.push(`  ${error.label}: ${error.text}`);
    return `${lines.join('\n')}\n`;
}
function textStage(s, echoed) {
    const message = echoed ? 'see the error below' : s.message;
    const head = `  ${s.name.padEnd(8)} ${s.status.padEnd(9)} ${(0,duration/* formatDuration */.a)(s.durationMs).padStart(7)}${message ? `  ${message}` : ''}`;
    const items = onceEach(s.items).map((i) => i.write
        ? `      + ${(0,plan_action/* formatWrite */.jf)(i.write)}`
        : `      ${i.kind === 'check' ? (i.ok ? 'pass' : 'FAIL') : '-'} ${i.label}: ${i.value}`);
    return [head, ...items];
}
/*
 * Errors read once. The same failure reaches the result several ways (the stage's message, the
 * run's error, a warning logged while rolling back, an item quoting a check's detail): the summary
 * says it in full once and points to it elsewhere.
 */
/** The run's error without the echo of its label ("verify failed: verify failed: …"). */
function errorLine(result) {
    if (!result.error)
        return undefined;
    const { kind, message } = result.error;
    if (kind === 'verify')
        return { label: 'verify failed', text: message.replace(/^verify failed: /, '') };
    return { label: 'error', text: message };
}
/** The stage whose message the run's error repeats word for word. */
const echoesError = (result, s) => !!result.error && !!s.message && result.error.message === `${s.name} failed: ${s.message}`;
/** Warnings, less those that repeat the run's error (logged live as it happened). */
function newWarnings(result) {
    const first = result.error?.message.replace(/^\w+ failed: /, '').split('; ')[0] ?? '';
    return first.length < 20 ? [...result.warnings] : result.warnings.filter((w) => !w.includes(first));
}
/** An item that quotes an earlier check's detail in full points to that check instead. */
function onceEach(items) {
    const seen = [];
    return items.map((item) => {
        const quoted = seen.find((c) => c.value.length >= 40 && item.value.includes(c.value));
        if (item.kind === 'check' && !item.write)
            seen.push(item);
        return quoted ? { ...item, value: item.value.replace(quoted.value, `see '${quoted.label}' above`) } : item;
    });
}

;// CONCATENATED MODULE: ./src/core/run/record.ts



const RECORD_SCHEMA = 'immutable-deploy/record@1';
function deploymentRecord(result, settings, run) {
    const d = settings.deploy;
    return {
        schema: RECORD_SCHEMA,
        status: result.status,
        dryRun: result.dryRun,
        startedAt: new Date(result.startedAt).toISOString(),
        durationMs: result.durationMs,
        run,
        target: { strategy: d.strategy, resourceGroup: d.resourceGroup, name: (0,registry/* descriptorOf */.nb)(d.strategy).targetName(d) },
        stages: result.stages,
        outputs: outputStrings(result.outputs, resultOutput(result)),
        facts: Object.fromEntries(keyFacts(result)),
        ...(result.outputs.analysisResults ? { analysis: result.outputs.analysisResults } : {}),
        warnings: result.warnings,
        error: result.error,
    };
}

;// CONCATENATED MODULE: ./src/core/run/files.ts


async function writeRunFiles(result, settings, deps, redact) {
    let out = result;
    if (settings.tfvarsFile)
        out = await writeTfvars(out, settings.tfvarsFile, deps);
    if (settings.recordFile) {
        const path = settings.recordFile;
        const withPath = { ...out, outputs: { ...out.outputs, recordFile: path } };
        const record = (0,run_redact/* redactDeep */.KL)(deploymentRecord(withPath, settings, deps.run), redact);
        const written = await write('record-file', path, `${JSON.stringify(record, null, 2)}\n`, deps);
        out = written === true ? withPath : warn(out, written, deps);
    }
    return out;
}
/** `{ image_id, image_version }` for a Terraform or Bicep step after this one. */
async function writeTfvars(result, path, deps) {
    const { imageId, imageVersion } = result.outputs;
    if (!imageId || !imageVersion) {
        return warn(result, `tfvars-file '${path}' was not written: this run has no image (run publish, or give 'image-id')`, deps);
    }
    const written = await write('tfvars-file', path, `${JSON.stringify({ image_id: imageId, image_version: imageVersion }, null, 2)}\n`, deps);
    return written === true ? result : warn(result, written, deps);
}
/** true when written, else the warning saying why not. */
async function write(input, path, content, deps) {
    if (!deps.writeFile)
        return `${input} '${path}' was not written: this host cannot write files`;
    try {
        await deps.writeFile(path, content);
        return true;
    }
    catch (err) {
        return `${input} '${path}' was not written: ${err instanceof Error ? err.message : String(err)}`;
    }
}
function warn(result, message, deps) {
    deps.host.warning(message);
    return { ...result, warnings: [...result.warnings, message] };
}

;// CONCATENATED MODULE: ./src/core/run/runner.ts
/**
 * The runner: runs the requested stages in order, passes each stage's outputs to the next, rolls
 * back after a failed verify, and always returns a result (also on failure and cancellation).
 */







async function runEngine(settings, deps) {
    const host = (0,run_redact/* redactingHost */.ou)(deps.host, settings.secrets);
    const run = new Run(settings, { ...deps, host });
    let result = await run.execute();
    result = await writeRunFiles(result, settings, { ...deps, host }, host.redact);
    for (const [name, value] of Object.entries(outputStrings(result.outputs, resultOutput(result))))
        host.setOutput(name, value);
    await host.writeSummary(result);
    // The caller gets the same redacted result the summary got: adapters print it (renderText).
    return (0,run_redact/* redactDeep */.KL)(result, host.redact);
}
class Run {
    settings;
    deps;
    reports = [];
    warnings = [];
    outputs = {};
    error;
    startedAt;
    /** The deploy lock, once a stage that writes to the target took it (src/core/lock/lock.ts). */
    lock;
    constructor(settings, deps) {
        this.settings = settings;
        this.deps = deps;
        this.startedAt = deps.clock.now();
    }
    async execute() {
        try {
            for (const name of this.settings.stages) {
                if (this.error) {
                    this.reports.push({
                        name,
                        status: this.error.kind === 'cancelled' ? 'cancelled' : 'not-run',
                        durationMs: 0,
                        items: [],
                    });
                    continue;
                }
                await this.runStage(name);
                // A verify fails by returning 'failed' or by throwing (stage.ts); either way the deploy is rolled back.
                if (name === 'verify' && this.reports.at(-1)?.status === 'failed')
                    await this.rollBackAfterVerify();
            }
        }
        finally {
            // Also after a failure or a cancellation: the next run must not wait for this one's lease.
            await this.releaseLock();
        }
        return this.result();
    }
    /**
     * Before each stage once the deploy lock is held: renew it when half of the lease has passed
     * (between stages only: a renewal changes the target's ETag). Plan mode never locks.
     */
    async guardTarget() {
        if (this.lock)
            await this.lock.renewIfDue(this.deps.host.signal);
    }
    /** StageContext.takeDeployLock: deploy and rollback call it after their reads, before their first write. */
    async takeLock() {
        if (this.settings.dryRun)
            return;
        const signal = this.deps.host.signal;
        if (this.lock?.heldLock)
            return this.lock.renewIfDue(signal);
        const target = (0,lock/* lockTarget */.Nd)(this.settings);
        if (!target || !this.deps.azure)
            return;
        const ports = await this.deps.azure();
        if (!ports.leases)
            return;
        const ctx = this.context();
        // One owner per process: matrix jobs share the run id, so a random part tells them apart.
        const owner = (0,lock/* ownerOf */.bf)(this.deps.run, (0,lock/* uniquePart */.J3)(this.deps.newId, this.startedAt));
        const leaseMs = this.settings.deploy.timeoutMs + lock/* LEASE_MARGIN_MS */.lo;
        this.lock = new lock/* DeployLock */.Fc(ports.leases, target, owner, leaseMs, {
            clock: this.deps.clock,
            sleep: this.deps.sleep,
            log: this.deps.host,
            warn: ctx.warn,
            run: this.deps.run,
            // From the moment a lease write is sent, so that the GitHub post step can release it.
            ...(this.deps.onLockChange ? { onChange: this.deps.onLockChange } : {}),
        });
        await this.lock.acquire(this.settings.deploy.lockTimeoutMs, signal);
    }
    /** Also after a failed acquire: a lease write that failed was settled by the lock itself. */
    async releaseLock() {
        await this.lock?.release();
    }
    stage(name) {
        return this.deps.stages?.[name] ?? builtinStage(name);
    }
    async runStage(name) {
        const { host, clock } = this.deps;
        const started = clock.now();
        try {
            if (host.signal.aborted)
                throw new core_errors/* CancelledError */.cc();
            const step = await host.group(`${name}`, async () => {
                await this.guardTarget();
                return this.stage(name).run(this.context());
            });
            this.outputs = withStepOutputs(this.outputs, step.outputs);
            this.report(name, step.status, started, step.message, step.items, step.journal);
            if (step.status === 'failed' && !this.cleanupWarning(name, step.message ?? 'no reason given')) {
                this.error = {
                    kind: name === 'verify' ? 'verify' : 'terminal',
                    message: `${name} failed: ${step.message ?? 'no reason given'}`,
                };
            }
            return step;
        }
        catch (err) {
            const error = host.signal.aborted
                ? new core_errors/* CancelledError */.cc(`the run was cancelled during stage '${name}'`)
                : (0,core_errors/* asEngineError */.Zn)(err);
            const stack = (0,core_errors/* internalStack */._w)(error);
            if (stack)
                host.debug(stack);
            if (error.kind !== 'cancelled' && this.cleanupWarning(name, error.message)) {
                this.report(name, 'failed', started, error.message, []);
                return undefined;
            }
            this.error = { kind: error.kind, message: error.message };
            this.report(name, error.kind === 'cancelled' ? 'cancelled' : 'failed', started, error.message, []);
            return undefined;
        }
    }
    /**
     * A clean-up failure is a warning, not a failed release, unless 'fail-on-cleanup-error': the
     * stage is reported failed, the run is not. True when the failure was turned into a warning.
     */
    cleanupWarning(name, message) {
        if (name !== 'cleanup' || this.settings.cleanup.failOnError)
            return false;
        this.context().warn(`clean-up failed (a warning: 'fail-on-cleanup-error' is false): ${message}`);
        return true;
    }
    /** A failed verify after a deploy in this run rolls the target back, when asked to. */
    async rollBackAfterVerify() {
        // A promote (a paused canary's release completed in this run) is undone like a deploy.
        const released = (name) => name === 'deploy' || name === 'promote';
        const deployed = this.reports.some((r) => released(r.name) && r.status === 'succeeded');
        if (!deployed || !this.settings.verify.autoRollback)
            return;
        const verifyError = this.error;
        this.error = undefined;
        this.context().warn('verify failed after the deploy: rolling back');
        // The outputs keep naming what this run deployed and what served production before it (as when
        // a rollout is rolled back inside the deploy stage); rolled-back and active-slot say what is live now.
        const { imageVersion, imageId, previousImageVersion, previousSlot } = this.outputs;
        const step = await this.runStage('rollback');
        const rolledBack = step?.status === 'succeeded' && step.outputs?.rolledBack !== false;
        const rollbackError = this.error; // set by runStage when the rollback failed
        this.outputs = {
            ...this.outputs,
            ...definedOnly({ imageVersion, imageId, previousImageVersion, previousSlot }),
            rolledBack,
        };
        const rollbackNote = rolledBack
            ? `; rolled back: ${step?.message ?? 'the previous version is live'}`
            : step && step.status !== 'failed'
                ? `; not rolled back: ${step.message ?? 'nothing to roll back'}`
                : `; the rollback failed too: ${rollbackError?.message ?? 'no reason given'}`;
        this.error = { kind: verifyError.kind, message: `${verifyError.message}${rollbackNote}` };
    }
    context() {
        return {
            settings: this.settings,
            outputs: this.outputs,
            deps: this.deps,
            signal: this.deps.host.signal,
            azure: () => {
                if (!this.deps.azure)
                    throw new core_errors/* EngineError */.NJ('input', 'this step has no Azure connection: set the Azure inputs (client-id, tenant-id, subscription-id, or cloud Custom with arm-endpoint)');
                return this.deps.azure();
            },
            warn: (message) => {
                this.warnings.push(message);
                this.deps.host.warning(message);
            },
            takeDeployLock: () => this.takeLock(),
            analysed: (results) => {
                this.outputs = withStepOutputs(this.outputs, { analysisResults: results });
            },
        };
    }
    report(name, status, started, message, items = [], journal) {
        this.reports.push({
            name,
            status,
            durationMs: this.deps.clock.now() - started,
            message,
            items,
            ...(journal && journal.length > 0 ? { journal } : {}),
        });
    }
    result() {
        const status = !this.error ? 'succeeded' : this.error.kind === 'cancelled' ? 'cancelled' : 'failed';
        return {
            status,
            outputs: this.outputs,
            stages: this.reports,
            warnings: this.warnings,
            error: this.error,
            startedAt: this.startedAt,
            durationMs: this.deps.clock.now() - this.startedAt,
            dryRun: this.settings.dryRun,
            ...(this.settings.dryRun
                ? { plan: this.reports.flatMap((r) => (0,plan_action/* writesOf */.AP)(r.items).map((w) => ({ stage: r.name, ...w }))) }
                : {}),
        };
    }
}
/** A step's outputs over the run's; analysis results add up (gates between batches, then verify's). */
function withStepOutputs(outputs, step) {
    const merged = { ...outputs, ...definedOnly(step) };
    if (outputs.analysisResults && step?.analysisResults)
        merged.analysisResults = [...outputs.analysisResults, ...step.analysisResults];
    return merged;
}
/** A stage that leaves an output undefined does not erase what an earlier stage reported. */
function definedOnly(outputs) {
    return Object.fromEntries(Object.entries(outputs ?? {}).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/core/index.ts
/** The engine's public surface, for the adapters. */












/***/ }),

/***/ 52625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QM: () => (/* binding */ parseLease),
/* harmony export */   ft: () => (/* binding */ LOCK_TAG),
/* harmony export */   gx: () => (/* binding */ formatLease),
/* harmony export */   gz: () => (/* binding */ leaseTagValue),
/* harmony export */   sG: () => (/* binding */ describeHolder)
/* harmony export */ });
/* harmony import */ var _deploy_record_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(570);
/**
 * The deploy lock's lease, as one tag on the deploy target:
 * `immutable-deploy.lock = <owner>;<expiry ISO 8601>;<run URL>` (Azure: values up to 256 characters;
 * the run URL is clipped last). Pure: parsing, formatting, expiry.
 */

const LOCK_TAG = 'immutable-deploy.lock';
function formatLease(lease) {
    return (0,_deploy_record_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(`${lease.owner};${new Date(lease.expiresAt).toISOString()};${lease.runUrl ?? ''}`);
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


/***/ }),

/***/ 29633:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Fc: () => (/* binding */ DeployLock),
  lo: () => (/* binding */ LEASE_MARGIN_MS),
  ff: () => (/* reexport */ release/* describeTarget */.ff),
  Nd: () => (/* binding */ lockTarget),
  bf: () => (/* reexport */ ownerOf),
  J3: () => (/* reexport */ uniquePart)
});

// UNUSED EXPORTS: CONFIRM_PAUSE_MS, MIN_CALL_MS, RENEW_TIMEOUT_MS, releaseHeldLock, settleLeaseWrite

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
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

// EXTERNAL MODULE: ./src/core/lock/lease.ts
var lock_lease = __nccwpck_require__(52625);
// EXTERNAL MODULE: ./src/core/lock/release.ts
var release = __nccwpck_require__(26394);
// EXTERNAL MODULE: ./src/core/deploy/registry.ts + 5 modules
var registry = __nccwpck_require__(53129);
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
                log.debug(`deploy lock: ${(0,release/* describeTarget */.ff)(this.target)} does not exist; no lease taken`);
                return;
            }
            if (attempt.kind === 'taken')
                return this.announceTaken(attempt.previous);
            if (attempt.kind === 'raced')
                continue; // someone wrote in between (412, or the read-back showed another lease)
            if (clock.now() >= deadline)
                throw this.heldTooLong(attempt.lease, timeoutMs);
            if (announced !== attempt.lease.owner) {
                log.info(`Waiting for the deploy lock on ${(0,release/* describeTarget */.ff)(this.target)}: held by ${(0,lock_lease/* describeHolder */.sG)(attempt.lease)} until ${iso(attempt.lease.expiresAt)} (waiting up to 'lock-timeout').`);
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
        if (!state || (0,lock_lease/* leaseTagValue */.gz)(state.tags) !== this.held.value) {
            const other = (0,lock_lease/* parseLease */.QM)((0,lock_lease/* leaseTagValue */.gz)(state?.tags ?? {}));
            throw new errors/* EngineError */.NJ('terminal', `the deploy lock on ${(0,release/* describeTarget */.ff)(this.target)} was lost${other ? ` to ${(0,lock_lease/* describeHolder */.sG)(other)}` : ''} (this run's lease expired before it was renewed); stopping before any further write`);
        }
        if (!(await this.write(state, now, now + RENEW_TIMEOUT_MS, signal))) {
            throw new errors/* EngineError */.NJ('transient', `the deploy lock on ${(0,release/* describeTarget */.ff)(this.target)} could not be renewed: the target changed while renewing; re-run`);
        }
    }
    /** Deletes the tag while it holds this run's lease. Never throws: a failed release warns (the lease expires). */
    async release() {
        const held = this.held;
        if (!held)
            return;
        this.held = undefined;
        const released = await (0,release/* releaseHeldLock */.yH)(this.port, { target: this.target, value: held.value }, this.deps);
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
                    throw new errors/* EngineError */.NJ('transient', `could not take the deploy lock on ${(0,release/* describeTarget */.ff)(this.target)} within 'lock-timeout' (${Math.round(timeoutMs / 1000)}s): ${err.message}`, { cause: err });
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
        const current = (0,lock_lease/* parseLease */.QM)((0,lock_lease/* leaseTagValue */.gz)(state.tags));
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
        const value = (0,lock_lease/* formatLease */.gx)(lease);
        const timeoutMs = this.callTimeout(deadline);
        this.deps.onChange?.({ target: this.target, value });
        try {
            const send = (s) => this.port.writeTag(this.target, state, lock_lease/* LOCK_TAG */.ft, value, { signal: s, timeoutMs });
            const written = await finishBeforeCancel(send, signal, this.deps.sleep, () => this.cancelled());
            if (written && (await this.confirmed(value, signal, timeoutMs))) {
                this.held = { lease, value, acquiredAt: now };
                this.deps.onChange?.(this.heldLock);
                return true;
            }
        }
        catch (err) {
            await (0,release/* settleLeaseWrite */.rg)(this.port, { target: this.target, value }, this.deps);
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
        return (0,lock_lease/* leaseTagValue */.gz)(after?.tags ?? {}) === value;
    }
    announceTaken(previous) {
        if (previous && previous.owner !== this.owner) {
            this.deps.warn(`took over the expired deploy lock on ${(0,release/* describeTarget */.ff)(this.target)} from ${(0,lock_lease/* describeHolder */.sG)(previous)} (it expired at ${iso(previous.expiresAt)} without being released)`);
        }
        this.deps.log.info(`Deploy lock on ${(0,release/* describeTarget */.ff)(this.target)} taken until ${iso(this.held.lease.expiresAt)}.`);
    }
    heldTooLong(lease, timeoutMs) {
        return new errors/* EngineError */.NJ('transient', `the deploy lock on ${(0,release/* describeTarget */.ff)(this.target)} is held by ${(0,lock_lease/* describeHolder */.sG)(lease)} until ${iso(lease.expiresAt)}; waited 'lock-timeout' (${Math.round(timeoutMs / 1000)}s) for it. Re-run when that run has finished, raise 'lock-timeout', or break a dead run's lease with 'immutable-deploy unlock --holder ${lease.owner}'`);
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
        return new errors/* CancelledError */.cc(`the run was cancelled while waiting for the deploy lock on ${(0,release/* describeTarget */.ff)(this.target)}`);
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

/***/ 26394:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V7: () => (/* binding */ RELEASE_TIMEOUT_MS),
/* harmony export */   ff: () => (/* binding */ describeTarget),
/* harmony export */   rg: () => (/* binding */ settleLeaseWrite),
/* harmony export */   yH: () => (/* binding */ releaseHeldLock)
/* harmony export */ });
/* harmony import */ var _lease_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(52625);

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
        await port.removeTagIfValue(held.target, _lease_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCK_TAG */ .ft, held.value, releaseCall());
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
        await port.removeTagIfValue(held.target, _lease_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCK_TAG */ .ft, held.value, releaseCall());
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
    const lease = (0,_lease_js__WEBPACK_IMPORTED_MODULE_0__/* .parseLease */ .QM)(held.value);
    const expiry = lease ? ` at ${new Date(lease.expiresAt).toISOString()}` : '';
    return `the deploy lock on ${describeTarget(held.target)} was not released (${messageOf(err)}); it expires with its lease${expiry}`;
}


/***/ }),

/***/ 55461:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ attempt),
/* harmony export */   TL: () => (/* binding */ GaveUp),
/* harmony export */   jp: () => (/* binding */ callOptions),
/* harmony export */   v7: () => (/* binding */ pause)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(84639);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ RolloutExecutor),
/* harmony export */   m: () => (/* binding */ StepFailedError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
/* harmony import */ var _plan_action_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(55461);
/* harmony import */ var _attempt_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(70652);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _x: () => (/* binding */ revertContext),
/* harmony export */   lL: () => (/* binding */ executorFor)
/* harmony export */ });
/* unused harmony export REVERT_MIN_MS */
/* harmony import */ var _executor_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(69352);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   r3: () => (/* binding */ isRetryable)
/* harmony export */ });
/* unused harmony export MAX_BACKOFF_MS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
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


/***/ }),

/***/ 89764:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ redactor),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   ou: () => (/* binding */ redactingHost)
/* harmony export */ });
/* unused harmony export MASK */
const MASK = '***';
function redactor(secrets) {
    // Longest first, so a secret that contains another is masked whole.
    const sorted = [...new Set(secrets)].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
    if (sorted.length === 0)
        return (text) => text;
    return (text) => sorted.reduce((out, secret) => out.split(secret).join(MASK), text);
}
/** Deep copy of a JSON-like value with every string redacted. */
function redactDeep(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactDeep(v, redact));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)]));
    }
    return value;
}
/**
 * The host with every secret registered first and every message, output and summary redacted.
 * Stages register secrets they meet at run time (a SAS URL read back from Azure) with
 * `setSecret`; from then on they are masked here too, not only by the CI host.
 */
function redactingHost(host, secrets) {
    const known = new Set();
    let redact = redactor([]);
    const add = (value) => {
        host.setSecret(value);
        known.add(value);
        redact = redactor([...known]);
    };
    for (const s of secrets)
        add(s);
    return {
        signal: host.signal,
        setSecret: add,
        redact: (text) => redact(text),
        info: (m) => host.info(redact(m)),
        debug: (m) => host.debug(redact(m)),
        warning: (m) => host.warning(redact(m)),
        error: (m) => host.error(redact(m)),
        group: (name, fn) => host.group(redact(name), fn),
        setOutput: (name, v) => host.setOutput(name, redact(v)),
        writeSummary: (result) => host.writeSummary(redactDeep(result, redact)),
    };
}


/***/ }),

/***/ 3420:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ boundsText),
/* harmony export */   O$: () => (/* binding */ boundedDuration),
/* harmony export */   k9: () => (/* binding */ IMAGE_BUILDER_MAX_MS)
/* harmony export */ });
/* unused harmony export DURATION_BOUNDS */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(98571);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(45467);
/**
 * The bounds of every duration input. A wait longer than any CI job may run is a typo ('90d' for
 * '90m'), and Node fires a timer longer than 2^31-1 ms (24.8 days) at once; so stage timeouts stop
 * at 7 days (GitHub's self-hosted job limit is 5), waits inside a stage at 1 day, single requests
 * and pauses between probe attempts at 1 hour. Zero is refused where it cannot work: a timeout of
 * zero fails at once, a probe interval of zero floods the endpoint. Zero stays allowed where it
 * means "none" (no wait for the deploy lock, no pause between batches, scale the old colour down
 * at once).
 */


const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const stageTimeout = { zero: false, maxMs: 7 * DAY };
const waitInStage = { zero: false, maxMs: DAY };
const single = { zero: false, maxMs: HOUR };
const DURATION_BOUNDS = {
    'bake-timeout': stageTimeout,
    'replication-timeout': stageTimeout,
    'deploy-timeout': stageTimeout,
    'cleanup-timeout': stageTimeout,
    // Zero: fail at once when another run holds the lock.
    'lock-timeout': { zero: true, maxMs: DAY },
    'pause-between-batches': { zero: true, maxMs: DAY },
    // Not a wait: the retired colour is tagged to be scaled down this long after the switch.
    'scale-down-delay': { zero: true, maxMs: 30 * DAY },
    'probe-timeout': waitInStage,
    'verify-command-timeout': waitInStage,
    'probe-request-timeout': single,
    'probe-interval': single,
};
/** Image Builder's longest build (the template's buildTimeoutInMinutes is at most 960). */
const IMAGE_BUILDER_MAX_MS = 16 * HOUR;
/** ' (above 0, at most 7d)' for the input table's descriptions. */
function boundsText(name) {
    const b = DURATION_BOUNDS[name];
    if (!b)
        throw new Error(`internal: no duration bounds for '${name}'`);
    return ` (${b.zero ? '0 or more' : 'above 0'}, at most ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(b.maxMs)})`;
}
/** A parser for the duration input `name`, within its bounds. */
function boundedDuration(name) {
    const b = DURATION_BOUNDS[name];
    if (!b)
        throw new Error(`internal: no duration bounds for '${name}'`);
    return (p, input, raw) => checkBounds(p, input, raw, (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(p, input, raw), b);
}
function checkBounds(p, input, raw, ms, b) {
    if (ms === undefined)
        return undefined;
    if (ms === 0 && !b.zero)
        return p.bad(input, raw, 'is zero; expected a duration above zero');
    if (ms > b.maxMs)
        return p.bad(input, raw, `is too long; expected at most ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(b.maxMs)}`);
    return ms;
}


/***/ }),

/***/ 63794:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ SettingsError)
/* harmony export */ });
/* unused harmony export formatProblems */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);

/** Every problem found in the inputs, reported at once before any call to Azure. */
class SettingsError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ {
    problems;
    constructor(problems, namer = (n) => n) {
        super('input', formatProblems(problems, namer));
        this.problems = problems;
        this.name = 'SettingsError';
    }
}
function formatProblems(problems, namer) {
    const lines = problems.map((p) => `input '${namer(p.input)}': ${p.message}`);
    if (lines.length === 1)
        return lines[0];
    return `${lines.length} inputs need fixing:\n${lines.map((l) => `  - ${l}`).join('\n')}`;
}


/***/ }),

/***/ 72048:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T: () => (/* binding */ parseInputs)
});

// EXTERNAL MODULE: ./src/core/settings/errors.ts
var errors = __nccwpck_require__(63794);
;// CONCATENATED MODULE: ./src/core/settings/files.ts
const CERTIFICATE = /-----BEGIN CERTIFICATE-----\r?\n[A-Za-z0-9+/=\r\n]+-----END CERTIFICATE-----/;
/** A PEM file holding at least one certificate. Without a reader only the path is kept. */
function parseCaFile(p, input, raw, read) {
    const path = raw.trim();
    if (!read)
        return path;
    const file = read(path);
    if (!file.ok) {
        return p.bad(input, path, `cannot be read: ${file.reason}; expected a PEM file of the CA certificate to trust`);
    }
    if (!CERTIFICATE.test(file.text)) {
        return p.bad(input, path, "is not a PEM certificate file; expected one or more '-----BEGIN CERTIFICATE-----' blocks (the content is not shown)");
    }
    return path;
}

// EXTERNAL MODULE: ./src/core/settings/values.ts
var settings_values = __nccwpck_require__(45467);
;// CONCATENATED MODULE: ./src/core/settings/customizers.ts
/**
 * `image-builder-customizers`: a YAML list of Image Builder customizers, checked against the fields
 * the imageTemplates REST API documents for each type (Microsoft.VirtualMachineImages, as modelled
 * by @azure/arm-imagebuilder 5). Values are never echoed: inline commands may hold secrets.
 */

const script = { scriptUri: 'string', sha256Checksum: 'string', inline: 'strings' };
const SHAPES = {
    Shell: { fields: script, oneOf: ['inline', 'scriptUri'] },
    PowerShell: {
        fields: { ...script, runElevated: 'boolean', runAsSystem: 'boolean', validExitCodes: 'integers' },
        oneOf: ['inline', 'scriptUri'],
    },
    File: {
        fields: { sourceUri: 'string', sha256Checksum: 'string', destination: 'string' },
        required: ['sourceUri', 'destination'],
    },
    WindowsRestart: { fields: { restartCommand: 'string', restartCheckCommand: 'string', restartTimeout: 'string' } },
    WindowsUpdate: { fields: { searchCriteria: 'string', filters: 'strings', updateLimit: 'integer' } },
};
const CUSTOMIZER_TYPES = Object.keys(SHAPES);
const COMMON = { type: 'string', name: 'string' };
const EXAMPLE = '\'- type: Shell\\n  inline: ["apt-get update"]\'';
function parseCustomizers(p, input, raw, parseYaml) {
    let value;
    try {
        value = parseYaml(raw);
    }
    catch (err) {
        const at = err.linePos?.[0];
        const where = at ? ` at line ${at.line}, column ${at.col}` : '';
        p.add(input, `is not valid YAML${where}; expected a YAML list such as ${EXAMPLE} (the value is not shown)`);
        return undefined;
    }
    if (!Array.isArray(value)) {
        p.add(input, `is a YAML ${kindOf(value)}, not a list; expected e.g. ${EXAMPLE}`);
        return undefined;
    }
    const before = p.items.length;
    value.forEach((item, i) => checkCustomizer(p, input, `item ${i + 1}`, item));
    return p.items.length === before ? value : undefined;
}
function checkCustomizer(p, input, at, item) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
        p.add(input, `${at} is a ${kindOf(item)}, not a map; expected a customizer such as {type: Shell, inline: [...]}`);
        return;
    }
    const fields = item;
    const type = fields.type;
    const canonical = typeof type === 'string' ? CUSTOMIZER_TYPES.find((t) => t.toLowerCase() === type.toLowerCase()) : undefined;
    if (!canonical) {
        const what = type === undefined
            ? 'has no type'
            : typeof type === 'string'
                ? `has type '${type}'`
                : `has a type that is a ${kindOf(type)}`;
        const hint = typeof type === 'string' ? (0,settings_values/* didYouMean */.au)(type, CUSTOMIZER_TYPES) : '';
        p.add(input, `${at} ${what}; expected one of ${CUSTOMIZER_TYPES.join(', ')}${hint}`);
        return;
    }
    const shape = SHAPES[canonical];
    const known = { ...COMMON, ...shape.fields };
    const label = `${at} (${canonical})`;
    for (const [key, v] of Object.entries(fields)) {
        const kind = known[key];
        const names = Object.keys(known);
        if (!kind)
            p.add(input, `${label} has unknown field '${key}'; expected ${names.join(', ')}${(0,settings_values/* didYouMean */.au)(key, names)}`);
        else if (!hasKind(v, kind))
            p.add(input, `${label} field '${key}' is a ${kindOf(v)}; expected ${KIND_TEXT[kind]}`);
    }
    checkPresence(p, input, label, fields, shape);
}
function checkPresence(p, input, label, fields, shape) {
    const given = (k) => fields[k] !== undefined && fields[k] !== null && fields[k] !== '';
    const all = (shape.required ?? []).map((r) => `'${r}'`).join(' and ');
    for (const k of shape.required ?? [])
        if (!given(k))
            p.add(input, `${label} needs '${k}'; expected ${all}`);
    if (shape.oneOf) {
        const count = shape.oneOf.filter(given).length;
        const pair = shape.oneOf.map((k) => `'${k}'`).join(' or ');
        if (count === 0)
            p.add(input, `${label} needs ${pair}; expected exactly one of them`);
        if (count > 1)
            p.add(input, `${label} has both ${shape.oneOf.map((k) => `'${k}'`).join(' and ')}; expected exactly one of them`);
    }
    if (fields.runAsSystem === true && fields.runElevated !== true) {
        p.add(input, `${label} has 'runAsSystem' without 'runElevated: true'; expected runElevated true as well`);
    }
}
const KIND_TEXT = {
    string: 'a string',
    strings: 'a list of strings',
    boolean: 'true or false',
    integer: 'a whole number',
    integers: 'a list of whole numbers',
};
function hasKind(v, kind) {
    switch (kind) {
        case 'string':
            return typeof v === 'string';
        case 'strings':
            return Array.isArray(v) && v.every((s) => typeof s === 'string');
        case 'boolean':
            return typeof v === 'boolean';
        case 'integer':
            return Number.isInteger(v);
        case 'integers':
            return Array.isArray(v) && v.every((n) => Number.isInteger(n));
    }
}
/** 'map', 'list of numbers', 'string'…: describes a value without showing it. */
function kindOf(v) {
    if (v === null || v === undefined)
        return 'null';
    if (Array.isArray(v)) {
        const kinds = new Set(v.map(kindOf));
        return kinds.size === 0 ? 'empty list' : kinds.size === 1 ? `list of ${[...kinds][0]}s` : 'list of mixed items';
    }
    return typeof v === 'object' ? 'map' : typeof v;
}

// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __nccwpck_require__(98571);
// EXTERNAL MODULE: ./src/core/settings/durations.ts
var durations = __nccwpck_require__(3420);
;// CONCATENATED MODULE: ./src/core/settings/publish-values.ts
/**
 * The items of `target-regions`, split on commas and newlines. Blank lines are fine (YAML blocks end
 * in one); an empty item between commas ('eastus,,westus', 'eastus,') is a lost region and refused.
 */
function splitRegions(p, input, raw) {
    const items = [];
    for (const line of raw.split(/\r?\n/).map((l) => l.trim())) {
        if (line === '')
            continue;
        const parts = line.split(',').map((s) => s.trim());
        if (parts.includes('')) {
            const expected = "expected 'region[:replicas[:storage type]]' items separated by commas or newlines";
            p.bad(input, line, `has an empty region between commas; ${expected}`);
        }
        items.push(...parts.filter((s) => s !== ''));
    }
    return items;
}
/** An ISO 8601 date (or date-time) that exists and, when `now` is known, lies in the future. */
function parseEndOfLife(p, input, raw, now) {
    const v = raw.trim();
    // Date.parse rolls '2027-02-30' over to March; the day must exist in its month.
    const day = v.slice(0, 10);
    const realDay = !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
    const at = new Date(v.length === 10 ? `${v}T00:00:00Z` : v).getTime();
    const ok = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(v) && realDay && !Number.isNaN(at);
    if (!ok)
        return p.bad(input, raw, "is not an ISO 8601 date; expected e.g. '2027-06-30'");
    if (now !== undefined && at <= now) {
        const today = new Date(now).toISOString().slice(0, 10);
        const why = 'the version would be end-of-life as soon as it is published';
        return p.bad(input, raw, `is not in the future (today is ${today}); expected a later date: ${why}`);
    }
    return v;
}

// EXTERNAL MODULE: ./src/core/settings/table.ts
var table = __nccwpck_require__(93937);
;// CONCATENATED MODULE: ./src/core/settings/yaml.ts
/**
 * The YAML parser the settings read YAML-valued inputs with (`yaml: true` in the input table). It is
 * injected, not imported, so the GitHub entry can fail bad input without loading a YAML library
 * when no such input is given (docs/decisions/0003-github-bundle-startup.md); `parseSettings` in
 * parse.ts gives the `yaml` package's `parse`.
 */
/** What a caller that loaded no YAML parser gives: reaching it is a bug (the table flag is missing). */
const noYamlParser = () => {
    throw new Error('internal: a YAML-valued input was parsed without a YAML parser');
};

;// CONCATENATED MODULE: ./src/core/settings/reader.ts
/**
 * Reads raw inputs by name, applies the table's defaults, and hands each value to a parser that
 * records problems instead of throwing.
 */



class InputReader {
    read;
    parseYaml;
    problems = new settings_values/* Problems */.Zw();
    secrets = new Set();
    constructor(read, parseYaml = noYamlParser) {
        this.read = read;
        this.parseYaml = parseYaml;
    }
    /** The value given, else the table's default, else undefined. */
    raw(name) {
        const def = (0,table/* findInput */.cu)(name);
        if (!def)
            throw new Error(`internal: input '${name}' is not in the input table`);
        const given = this.read(name);
        const value = given !== undefined && given.trim() !== '' ? given : def.default;
        // Parsers trim, so the trimmed value is what stages use and may log: mask that (it also masks the raw one).
        if (value !== undefined && def.secret && value.trim() !== '')
            this.secrets.add(value.trim());
        return value;
    }
    /** The value, parsed; undefined when absent or bad (a problem is recorded for bad). */
    get(name, parse) {
        const raw = this.raw(name);
        return raw === undefined ? undefined : parse(this.problems, name, raw);
    }
    /** Like `get`, for an input whose value may be YAML (`yaml: true` in the table): its parser gets the YAML parser. */
    getYaml(name, parse) {
        // The table flag is what decides whether the GitHub entry loads a YAML parser at all.
        if (!(0,table/* findInput */.cu)(name)?.yaml)
            throw new Error(`internal: input '${name}' is read as YAML but not marked yaml`);
        return this.get(name, (p, input, raw) => parse(p, input, raw, this.parseYaml));
    }
    /** Like `get`, but a missing value is a problem naming why the input is needed. */
    require(name, why, parse) {
        const raw = this.raw(name);
        if (raw === undefined) {
            this.problems.add(name, `is required ${why}`);
            return undefined;
        }
        return parse(this.problems, name, raw);
    }
    /** True when a problem was recorded for the input (or, for 'probes', for one of its items). */
    reported(name) {
        return this.problems.items.some((p) => p.input === name || p.input.startsWith(`${name}[`));
    }
    /** True when the input was given but could not be parsed: checks that depend on it would only add noise. */
    invalid(name) {
        return this.given(name) && this.reported(name);
    }
    /** True when the user gave the input (defaults don't count). */
    given(name) {
        const v = this.read(name);
        return v !== undefined && v.trim() !== '';
    }
}
/** A plain string, trimmed. */
const reader_text = (_p, _input, raw) => raw.trim();

;// CONCATENATED MODULE: ./src/core/settings/regions.ts
/**
 * Azure region names, for validating `target-regions` before any call. The lists follow
 * `az account list-locations` for each cloud (physical regions; logical-only names omitted).
 */
const AZURE_REGIONS = {
    AzureCloud: [
        'eastus',
        'eastus2',
        'southcentralus',
        'westus2',
        'westus3',
        'australiaeast',
        'southeastasia',
        'northeurope',
        'swedencentral',
        'uksouth',
        'westeurope',
        'centralus',
        'southafricanorth',
        'centralindia',
        'eastasia',
        'japaneast',
        'koreacentral',
        'canadacentral',
        'francecentral',
        'germanywestcentral',
        'italynorth',
        'norwayeast',
        'polandcentral',
        'spaincentral',
        'switzerlandnorth',
        'mexicocentral',
        'uaenorth',
        'brazilsouth',
        'israelcentral',
        'qatarcentral',
        'centralusstage',
        'eastusstage',
        'eastus2stage',
        'northcentralus',
        'westus',
        'japanwest',
        'jioindiawest',
        'newzealandnorth',
        'indonesiacentral',
        'malaysiawest',
        'chilecentral',
        'austriaeast',
        'belgiumcentral',
        'denmarkeast',
        'westcentralus',
        'southafricawest',
        'australiacentral',
        'australiacentral2',
        'australiasoutheast',
        'koreasouth',
        'southindia',
        'westindia',
        'canadaeast',
        'francesouth',
        'germanynorth',
        'norwaywest',
        'switzerlandwest',
        'ukwest',
        'uaecentral',
        'brazilsoutheast',
        'jioindiacentral',
        'swedensouth',
    ],
    AzureUSGovernment: ['usgovvirginia', 'usgovarizona', 'usgovtexas', 'usdodcentral', 'usdodeast'],
    AzureChinaCloud: ['chinaeast', 'chinanorth', 'chinaeast2', 'chinanorth2', 'chinaeast3', 'chinanorth3'],
};
/** Custom clouds (Azure Stack, the local emulator) use public region names too. */
const regionsOf = (cloud) => AZURE_REGIONS[cloud] ?? AZURE_REGIONS.AzureCloud;

;// CONCATENATED MODULE: ./src/core/settings/parse-build.ts
/** The bake and publish slices of the settings. */







const STORAGE_TYPES = ['Standard_LRS', 'Standard_ZRS', 'Premium_LRS'];
function parseBake(r, bakeRuns) {
    const builder = r.get('builder', (p, i, v) => (0,settings_values/* parseEnum */.nL)(p, i, v, ['packer', 'image-builder', 'none'])) ?? 'packer';
    const why = (kind) => `when stage 'bake' runs with builder '${kind}'`;
    // A misspelt builder falls back to 'packer': requiring packer's inputs would only add noise.
    const needed = bakeRuns && !r.invalid('builder');
    const packer = needed && builder === 'packer'
        ? {
            template: r.require('packer-template', why('packer'), reader_text) ?? '',
            variables: r.getYaml('packer-variables', parseVariables) ?? {},
            secretVariables: r.get('packer-secret-variables', (_p, _i, v) => (0,settings_values/* parseList */.E1)(v)) ?? [],
            varFiles: r.get('packer-var-files', (_p, _i, v) => (0,settings_values/* parseLines */.Li)(v)) ?? [],
            only: r.get('packer-only', (_p, _i, v) => (0,settings_values/* parseList */.E1)(v)) ?? [],
        }
        : undefined;
    if (packer)
        for (const name of packer.secretVariables)
            if (packer.variables[name])
                r.secrets.add(packer.variables[name]);
    const imageBuilder = needed && builder === 'image-builder'
        ? {
            source: r.require('image-builder-source', why('image-builder'), parseImageSource) ?? '',
            customizers: r.getYaml('image-builder-customizers', parseCustomizers) ?? [],
            vmSize: r.get('image-builder-vm-size', parseVmSize) ?? 'Standard_D2s_v3',
            identity: r.get('image-builder-identity', (p, i, v) => (0,settings_values/* parseResourceId */.RQ)(p, i, v, 'Microsoft.ManagedIdentity/userAssignedIdentities')),
            keepTemplate: r.get('keep-image-template', settings_values/* parseBool */.q6) ?? false,
        }
        : undefined;
    const timeoutMs = r.get('bake-timeout', (0,durations/* boundedDuration */.O$)('bake-timeout')) ?? 7_200_000;
    if (imageBuilder && timeoutMs > durations/* IMAGE_BUILDER_MAX_MS */.k9) {
        const limit = (0,duration/* formatDuration */.a)(durations/* IMAGE_BUILDER_MAX_MS */.k9);
        r.problems.bad('bake-timeout', r.raw('bake-timeout') ?? '', `is longer than Image Builder builds may run; expected at most ${limit} with builder 'image-builder'`);
    }
    return {
        builder,
        packer,
        imageBuilder,
        baseImageVersion: r.get('base-image-version', reader_text),
        timeoutMs,
        force: r.get('force-bake', settings_values/* parseBool */.q6) ?? false,
    };
}
/** Azure VM size names: 'Standard_D2s_v5', 'Standard_B2s', 'Standard_NC24ads_A100_v4', 'Standard_M8-2ms', 'Basic_A0'. */
const VM_SIZE = /^(Standard_[A-Z]{1,4}\d+(-\d+)?[A-Z]*(_[A-Z]{1,5}\d+[A-Z]*)?(_v\d+)?(_Promo)?|Basic_A\d)$/i;
function parseVmSize(p, input, raw) {
    const v = raw.trim();
    if (VM_SIZE.test(v))
        return v;
    const hint = VM_SIZE.test(`Standard_${v}`) ? `; did you mean 'Standard_${v}'?` : '';
    return p.bad(input, raw, `is not an Azure VM size; expected a size name such as 'Standard_D2s_v5' or 'Standard_B2s'${hint}`);
}
/** A YAML/JSON map, or key=value lines. */
function parseVariables(p, input, raw, parseYaml) {
    const trimmed = raw.trim();
    if (/^[A-Za-z_][\w-]*\s*=/.test(trimmed) && !trimmed.startsWith('{')) {
        const out = {};
        for (const line of (0,settings_values/* parseLines */.Li)(raw)) {
            const eq = line.indexOf('=');
            if (eq < 1)
                return p.bad(input, line, "is not a 'name=value' line");
            out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
        }
        return out;
    }
    let value;
    try {
        value = parseYaml(raw);
    }
    catch {
        value = undefined;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        // Not echoed: the text may hold the values of secret variables.
        p.add(input, 'is not a map of variables; expected YAML/JSON like {region: westeurope} or name=value lines (the value is not shown: it may hold secrets)');
        return undefined;
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
}
/** 'publisher:offer:sku:version', or a managed image / gallery image version id. */
function parseImageSource(p, input, raw) {
    const v = raw.trim();
    if (v.startsWith('/'))
        return (0,settings_values/* parseResourceId */.RQ)(p, input, v);
    if (/^[^:\s]+:[^:\s]+:[^:\s]+:[^:\s]+$/.test(v))
        return v;
    return p.bad(input, raw, "is not an image source; expected 'publisher:offer:sku:version', a managed image id or a gallery image version id");
}
function parsePublish(r, { stages, cloud, now }) {
    const needsGallery = stages.publish || stages.cleanup;
    const why = `when stage '${stages.publish ? 'publish' : 'cleanup'}' runs`;
    // Validated whenever given: a deploy-only step looks an explicit version up with them too.
    const parseGalleryName = (p, i, v) => (0,settings_values/* parseResourceName */.p$)(p, i, v, /^[A-Za-z0-9][A-Za-z0-9._]{0,79}$/);
    const galleryName = needsGallery
        ? r.require('gallery-name', why, parseGalleryName)
        : r.get('gallery-name', parseGalleryName);
    const imageDefinition = needsGallery
        ? r.require('image-definition', why, settings_values/* parseResourceName */.p$)
        : r.get('image-definition', settings_values/* parseResourceName */.p$);
    const replicaCount = r.get('replica-count', (p, i, v) => (0,settings_values/* parseInteger */.cG)(p, i, v, 1, 100)) ?? 1;
    const storageAccountType = r.get('storage-account-type', (p, i, v) => (0,settings_values/* parseEnum */.nL)(p, i, v, STORAGE_TYPES)) ?? 'Standard_LRS';
    const createDefinition = r.get('create-image-definition', settings_values/* parseBool */.q6) ? parseDefinition(r) : undefined;
    return {
        galleryName,
        galleryResourceGroup: r.get('gallery-resource-group', settings_values/* parseResourceName */.p$),
        imageDefinition,
        version: r.get('image-version', parseVersionScheme) ?? { kind: 'auto' },
        imageId: r.get('image-id', (p, i, v) => (0,settings_values/* parseResourceId */.RQ)(p, i, v, 'Microsoft.Compute/galleries/images/versions')),
        managedImageId: r.get('managed-image-id', (p, i, v) => (0,settings_values/* parseResourceId */.RQ)(p, i, v, 'Microsoft.Compute/images')),
        targetRegions: r.get('target-regions', (p, i, v) => parseTargetRegions(p, i, v, regionsOf(cloud), replicaCount, storageAccountType)) ?? [],
        replicaCount,
        storageAccountType,
        excludeFromLatest: r.get('exclude-from-latest', settings_values/* parseBool */.q6) ?? false,
        endOfLifeDate: r.get('end-of-life-date', (p, i, v) => parseEndOfLife(p, i, v, now)),
        replicationMode: r.get('replication-mode', (p, i, v) => (0,settings_values/* parseEnum */.nL)(p, i, v, ['Full', 'Shallow'])) ?? 'Full',
        replicationTimeoutMs: r.get('replication-timeout', (0,durations/* boundedDuration */.O$)('replication-timeout')) ?? 5_400_000,
        createDefinition,
        keepManagedImage: r.get('keep-managed-image', settings_values/* parseBool */.q6) ?? false,
    };
}
function parseDefinition(r) {
    const why = "when 'create-image-definition' is true";
    return {
        osType: r.get('os-type', (p, i, v) => (0,settings_values/* parseEnum */.nL)(p, i, v, ['Linux', 'Windows'])) ?? 'Linux',
        hyperVGeneration: r.get('hyper-v-generation', (p, i, v) => (0,settings_values/* parseEnum */.nL)(p, i, v, ['V1', 'V2'])) ?? 'V2',
        publisher: r.require('image-publisher', why, reader_text) ?? '',
        offer: r.require('image-offer', why, reader_text) ?? '',
        sku: r.require('image-sku', why, reader_text) ?? '',
    };
}
function parseVersionScheme(p, input, raw) {
    const v = raw.trim();
    const keyword = v.toLowerCase();
    if (keyword === 'auto' || keyword === 'date' || keyword === 'git-tag')
        return { kind: keyword };
    if ((0,settings_values/* isGalleryVersion */.fu)(v))
        return { kind: 'explicit', version: v };
    return p.bad(input, raw, "is not a gallery image version; expected 'auto', 'date', 'git-tag' or Major.Minor.Patch with each part a 32-bit integer (e.g. '1.4.2')");
}
function parseTargetRegions(p, input, raw, known, defaultReplicas, defaultStorage) {
    const regions = [];
    for (const item of splitRegions(p, input, raw)) {
        const [name = '', replicas, storage, ...extra] = item.split(':').map((s) => s.trim());
        if (extra.length > 0) {
            p.add(input, `'${item}' has too many parts; expected 'region[:replicas[:storage type]]', e.g. 'westeurope:2:Standard_ZRS'`);
            continue;
        }
        const region = name.toLowerCase().replace(/\s+/g, '');
        if (!known.includes(region)) {
            p.add(input, `'${name}' is not an Azure region${(0,settings_values/* didYouMean */.au)(region, known) || "; expected a region name such as 'westeurope'"}`);
            continue;
        }
        if (regions.some((r) => r.name === region)) {
            p.add(input, `'${name}' is listed twice; expected each region once`);
            continue;
        }
        const count = replicas === undefined ? defaultReplicas : (0,settings_values/* parseInteger */.cG)(p, input, replicas, 1, 100);
        const type = storage === undefined ? defaultStorage : (0,settings_values/* parseEnum */.nL)(p, input, storage, STORAGE_TYPES);
        if (count !== undefined && type !== undefined)
            regions.push({ name: region, replicas: count, storageAccountType: type });
    }
    return regions;
}

;// CONCATENATED MODULE: ./src/core/settings/container-image.ts
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const REGISTRY = `${LABEL}(?:\\.${LABEL})*(?::[0-9]{1,5})?`;
const TAG = '[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}';
const REFERENCE = new RegExp(`^(?:${REGISTRY}/)?${COMPONENT}(?:/${COMPONENT})*(?::(${TAG}))?(?:@(sha256:[a-f0-9]{64}))?$`);
/** Image names stop at 255 characters (registry and path). */
const MAX_NAME = 255;
function parseContainerImage(p, input, raw) {
    const v = raw.trim();
    const m = REFERENCE.exec(v);
    const name = v.split('@')[0].replace(/:[^/:]*$/, '');
    if (!m || name.length > MAX_NAME) {
        const hint = REFERENCE.test(v.toLowerCase()) ? ' (repository paths are lower case)' : '';
        const expected = "expected e.g. 'myregistry.azurecr.io/web:1.4.2' or '...@sha256:<digest>'";
        return p.bad(input, raw, `is not a container image reference${hint}; ${expected}`);
    }
    const [, tag, digest] = m;
    if (!digest && (!tag || tag === 'latest')) {
        return p.bad(input, raw, "is not an immutable reference; expected a unique tag (not 'latest') or an @sha256 digest");
    }
    return v;
}

;// CONCATENATED MODULE: ./src/core/settings/parse-canary.ts

const EXPECTED = "expected 'N%' (1..100), 'pause <duration>' (e.g. 'pause 5m'), 'pause' or 'analysis'";
/** The steps, or undefined (with problems recorded) when any step is bad. */
function parseCanarySteps(p, input, raw, parseYaml) {
    const items = itemsOf(p, input, raw, parseYaml);
    if (!items)
        return undefined;
    const before = p.items.length;
    const steps = items.map((item, i) => parseStep(p, input, i + 1, item));
    if (p.items.length > before)
        return undefined;
    const parsed = steps;
    checkOrder(p, input, parsed, items);
    return p.items.length > before ? undefined : parsed;
}
function itemsOf(p, input, raw, parseYaml) {
    const text = raw.trim();
    if (!text.startsWith('-') && !text.startsWith('['))
        return (0,settings_values/* parseList */.E1)(text);
    let value;
    try {
        value = parseYaml(text);
    }
    catch (err) {
        return void p.add(input, `is not valid YAML (${err.message.split('\n')[0]})`);
    }
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number'))
        return p.bad(input, raw, `is not a list of steps; ${EXPECTED}`);
    return value.map((v) => String(v).trim()).filter((v) => v.length > 0);
}
function parseStep(p, input, n, item) {
    const v = item.trim().toLowerCase();
    const at = `step ${n} ${(0,settings_values/* quote */.hD)(item)}`;
    const weight = /^(\d+(?:\.\d+)?)\s*%$/.exec(v);
    if (weight) {
        const percent = Number(weight[1]);
        if (Number.isInteger(percent) && percent >= 1 && percent <= 100)
            return { kind: 'weight', percent };
        return void p.add(input, `${at} is not a share of traffic; expected a whole percent from 1% to 100%`);
    }
    if (v === 'analysis')
        return { kind: 'analysis' };
    // An open pause: the run stops there (state 'paused') until a later 'promote' or 'abort'.
    if (v === 'pause')
        return { kind: 'stop' };
    const pause = /^pause\s+(.+)$/.exec(v);
    if (pause) {
        const inner = new settings_values/* Problems */.Zw();
        const ms = (0,settings_values/* parseDuration */.E9)(inner, input, pause[1]);
        if (ms !== undefined && ms > 0)
            return { kind: 'pause', ms };
        return void p.add(input, `${at} has no valid duration; expected e.g. 'pause 30s', 'pause 5m' or 'pause 1h'`);
    }
    return void p.add(input, `${at} is not a step; ${EXPECTED}`);
}
function checkOrder(p, input, steps, items) {
    let last = 0;
    for (const [i, step] of steps.entries()) {
        if (step.kind !== 'weight')
            continue;
        const at = `step ${i + 1} ${(0,settings_values/* quote */.hD)(items[i])}`;
        if (step.percent <= last)
            return p.add(input, `${at} does not raise the share (it was ${last}%); expected each weight above the one before`);
        if (last === 100)
            return;
        last = step.percent;
        if (step.percent === 100 && i !== steps.length - 1)
            return p.add(input, `${at} completes the release; expected it to be the last step`);
    }
    if (last !== 100)
        p.add(input, `${last === 0 ? 'has no weight step' : `ends at ${last}%`}; expected the last step to be '100%'`);
}

// EXTERNAL MODULE: ./src/core/deploy/names.ts
var names = __nccwpck_require__(18171);
// EXTERNAL MODULE: ./src/core/deploy/registry.ts + 5 modules
var registry = __nccwpck_require__(53129);
;// CONCATENATED MODULE: ./src/core/settings/parse-front-door.ts
/**
 * The 'front-door-origin-group' input: the Azure Front Door (Standard/Premium) origin group that
 * carries a blue-green canary's traffic split. A resource id
 * (`/subscriptions/…/resourceGroups/…/providers/Microsoft.Cdn/profiles/{profile}/originGroups/{group}`)
 * or `<profile>/<originGroup>` in the deploy's resource group. Valid only where the strategy's
 * descriptor names it as its canary's input, and only with 'canary-steps'.
 */


const FRONT_DOOR_INPUT = 'front-door-origin-group';
const NAME = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const BY_ID = new RegExp(`^/subscriptions/([0-9a-fA-F-]{36})/resourceGroups/([-\\w._()]+)/providers/Microsoft\\.Cdn/profiles/(${NAME})/originGroups/(${NAME})/?$`, 'i');
const BY_NAME = new RegExp(`^(${NAME})/(${NAME})$`);
const parse_front_door_EXPECTED = "expected the origin group's resource id (/subscriptions/…/resourceGroups/…/providers/Microsoft.Cdn/profiles/<profile>/originGroups/<originGroup>) or '<profile>/<originGroup>'";
function parseOriginGroup(p, input, raw) {
    const v = raw.trim();
    const id = BY_ID.exec(v);
    if (id)
        return { subscriptionId: id[1], resourceGroup: id[2], profile: id[3], originGroup: id[4] };
    const named = BY_NAME.exec(v);
    if (named)
        return { profile: named[1], originGroup: named[2] };
    return p.bad(input, raw, `is not a Front Door origin group; ${parse_front_door_EXPECTED}`);
}
/** The input, checked against the strategy and 'canary-steps' (problems recorded, never thrown). */
function parseFrontDoor(r, strategy, canary) {
    const ref = r.get(FRONT_DOOR_INPUT, parseOriginGroup);
    const wants = (0,registry/* descriptorOf */.nb)(strategy).canaryInput === FRONT_DOOR_INPUT;
    if (r.invalid('strategy') || r.invalid('canary-steps'))
        return ref;
    if (r.given(FRONT_DOOR_INPUT) && !wants) {
        const able = names/* STRATEGY_NAMES */.nU.filter((s) => (0,registry/* descriptorOf */.nb)(s).canaryInput === FRONT_DOOR_INPUT).map((s) => `'${s}'`);
        r.problems.add(FRONT_DOOR_INPUT, `is not used with strategy '${strategy}'; expected strategy ${able.join(' or ')} with 'canary-steps'`);
        return undefined;
    }
    if (!wants)
        return undefined;
    if (canary && !r.given(FRONT_DOOR_INPUT))
        r.problems.add(FRONT_DOOR_INPUT, `is required with 'canary-steps' and strategy '${strategy}' (Azure Load Balancer has no weights: the split is made by Front Door); ${parse_front_door_EXPECTED}`);
    else if (!canary && ref)
        r.problems.add(FRONT_DOOR_INPUT, "is only used with 'canary-steps'; expected 'canary-steps' as well (e.g. '10%, analysis, 50%, 100%'), or no 'front-door-origin-group'");
    return canary ? ref : undefined;
}

;// CONCATENATED MODULE: ./src/core/settings/parse-deploy.ts
/** The deploy slice of the settings: strategy, target and rollout knobs. */








const percent = (min) => (p, i, v) => (0,settings_values/* parseInteger */.cG)(p, i, v, min, 100);
function parseDeploy(r, targetNeeded, resourceGroup) {
    const strategy = r.get('strategy', (p, i, v) => (0,settings_values/* parseEnum */.nL)(p, i, v, names/* STRATEGY_NAMES */.nU)) ?? names/* STRATEGY_NAMES */.nU[0];
    const why = (s) => `when stage '${targetNeeded}' runs with strategy '${s}'`;
    if (targetNeeded !== undefined && !resourceGroup && !r.reported('resource-group'))
        r.problems.add('resource-group', `is required when stage '${targetNeeded}' runs`);
    // A misspelt strategy falls back to the default: requiring that strategy's target would only add noise.
    const need = targetNeeded !== undefined && !r.invalid('strategy');
    const descriptor = (0,registry/* descriptorOf */.nb)(strategy);
    const required = new Set(descriptor.targetInputs.map((t) => t.input));
    const target = (input) => need && required.has(input) ? r.require(input, why(strategy), settings_values/* parseResourceName */.p$) : r.get(input, settings_values/* parseResourceName */.p$);
    const scaleSet = target('scale-set');
    const loadBalancer = target('load-balancer');
    const appService = target('app-service');
    const containerImage = r.get('container-image', parseContainerImage);
    const packageUrl = r.get('package-url', parsePackageUrl);
    if (packageUrl) {
        // The parsed URL is normalised (host lower-cased, escapes) so it may differ from the raw value
        // the reader registered; mask it too, and the SAS query on its own.
        r.secrets.add(packageUrl);
        const query = new URL(packageUrl).search;
        if (query.length > 1)
            r.secrets.add(query.slice(1));
    }
    const webArtifact = descriptor.artifact === 'web-artifact';
    if (need &&
        targetNeeded === 'deploy' &&
        webArtifact &&
        !containerImage &&
        !packageUrl &&
        !r.problems.items.some((p) => p.input === 'container-image' || p.input === 'package-url')) {
        r.problems.add('container-image', `is required when stage 'deploy' runs with strategy '${strategy}' (or set 'package-url')`);
    }
    if (containerImage && packageUrl)
        r.problems.add('package-url', "cannot be combined with 'container-image'; expected one artifact for the slot");
    return {
        strategy,
        resourceGroup,
        scaleSet,
        rolloutMode: r.get('rollout-mode', (p, i, v) => (0,settings_values/* parseEnum */.nL)(p, i, v, ['auto', 'rolling', 'manual', 'automatic'])) ??
            'auto',
        rolling: parseRolling(r),
        loadBalancer,
        previewPort: r.get('preview-port', (p, i, v) => (0,settings_values/* parseInteger */.cG)(p, i, v, 1, 65535)),
        scaleDownDelayMs: r.get('scale-down-delay', (0,durations/* boundedDuration */.O$)('scale-down-delay')) ?? 1_800_000,
        appService,
        slot: r.get('slot', (p, i, v) => (0,settings_values/* parseResourceName */.p$)(p, i, v, /^[A-Za-z0-9][A-Za-z0-9-]{0,58}$/)) ?? 'staging',
        containerImage,
        packageUrl,
        warmupPath: r.get('warmup-path', parsePath) ?? '/',
        swapWithPreview: r.get('swap-with-preview', settings_values/* parseBool */.q6) ?? false,
        timeoutMs: r.get('deploy-timeout', (0,durations/* boundedDuration */.O$)('deploy-timeout')) ?? 3_600_000,
        lockTimeoutMs: r.get('lock-timeout', (0,durations/* boundedDuration */.O$)('lock-timeout')) ?? 900_000,
        ...canaryOf(r, strategy),
    };
}
/** 'canary-steps' and what carries its traffic when the strategy needs an input for it. */
function canaryOf(r, strategy) {
    const canary = parseCanary(r, strategy);
    const frontDoorOriginGroup = parseFrontDoor(r, strategy, canary);
    return { canary, ...(frontDoorOriginGroup ? { frontDoorOriginGroup } : {}) };
}
/** 'canary-steps', for a strategy whose descriptor says what carries a canary's traffic. */
function parseCanary(r, strategy) {
    const steps = r.getYaml('canary-steps', parseCanarySteps);
    if (!steps || (0,registry/* descriptorOf */.nb)(strategy).canary)
        return steps;
    const able = names/* STRATEGY_NAMES */.nU.filter((s) => (0,registry/* descriptorOf */.nb)(s).canary).map((s) => `'${s}'`);
    r.problems.add('canary-steps', `is not supported with strategy '${strategy}'; expected strategy ${able.join(' or ')}`);
    return undefined;
}
function parseRolling(r) {
    // Azure's own bounds for rollingUpgradePolicy (maxUnhealthyInstancePercent is 5-100).
    return {
        maxBatchPercent: r.get('max-batch-percent', percent(5)),
        maxUnhealthyPercent: r.get('max-unhealthy-percent', percent(5)),
        maxUnhealthyUpgradedPercent: r.get('max-unhealthy-upgraded-percent', percent(0)),
        pauseBetweenBatchesMs: r.get('pause-between-batches', (0,durations/* boundedDuration */.O$)('pause-between-batches')),
        maxSurge: r.get('max-surge', settings_values/* parseBool */.q6),
        prioritizeUnhealthy: r.get('prioritize-unhealthy', settings_values/* parseBool */.q6),
    };
}
function parsePackageUrl(p, input, raw) {
    try {
        const url = new URL(raw.trim());
        if (url.protocol === 'https:')
            return url.toString();
    }
    catch {
        // reported below
    }
    // The value may be a SAS URL: never echo it back.
    p.add(input, 'is not an https URL; expected the run-from-package URL of a zip (the value is secret and not shown)');
    return undefined;
}
function parsePath(p, input, raw) {
    const v = reader_text(p, input, raw);
    return v.startsWith('/') ? v : p.bad(input, raw, "is not a URL path; expected it to start with '/', e.g. '/healthz'");
}

// EXTERNAL MODULE: ./src/core/deploy/template/check.ts
var check = __nccwpck_require__(51038);
;// CONCATENATED MODULE: ./src/core/settings/parse-template.ts
/**
 * The template inputs: 'template' (ARM JSON, Bicep or a .bicepparam file), 'template-parameters'
 * (a deployment parameters file or a YAML map) and 'image-parameter'. An ARM JSON template is read
 * and checked here, before any call to Azure: it must be a template object and declare the image
 * parameter, and every parameter given must be one it declares. A Bicep file is compiled (and then
 * checked the same way) by the deploy stage before its first write (src/core/deploy/template/).
 * Problems name the input, the path and what is expected; a file's content is never echoed (a
 * template or parameters file may hold secrets).
 */


const KINDS = [
    [/\.json$/i, 'json'],
    [/\.bicep$/i, 'bicep'],
    [/\.bicepparam$/i, 'bicepparam'],
];
const EXPECTED_TEMPLATE = 'expected an ARM JSON template (.json), a Bicep file (.bicep) or a Bicep parameters file (.bicepparam)';
/** ARM parameter names: Bicep identifiers (letters, digits, underscores; not a digit first). */
const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;
/** The template slice of the deploy settings; undefined when no template is given. */
function parseTemplate(r, c) {
    const descriptor = (0,registry/* descriptorOf */.nb)(c.strategy);
    // A strategy whose release is the template deployment needs one; rolling takes one optionally.
    const required = descriptor.template === 'release';
    const strategyKnown = !r.invalid('strategy');
    if (!r.given('template')) {
        if (required && strategyKnown && (c.targetStage === 'deploy' || c.targetStage === 'rollback'))
            r.problems.add('template', `is required when stage '${c.targetStage}' runs with strategy '${c.strategy}'; ${EXPECTED_TEMPLATE}`);
        else if (r.given('template-parameters'))
            r.problems.add('template-parameters', "is used with 'template' only; expected it empty without a template");
        return undefined;
    }
    if (strategyKnown && !descriptor.template) {
        r.problems.add('template', `is not used by strategy '${c.strategy}'; expected it empty, or a strategy that deploys templates (see 'strategy')`);
        return undefined;
    }
    const imageParameter = r.get('image-parameter', parseParameterName) ?? 'imageId';
    const template = r.get('template', (p, i, v) => readTemplate(p, i, v, c.readFile));
    const parameters = r.getYaml('template-parameters', (p, i, v, y) => parseParameters(p, i, v, y, c.readFile)) ?? {};
    if (!template)
        return undefined;
    const settings = { path: template.path, kind: template.kind, parameters, imageParameter };
    if (!template.json)
        return settings;
    if (!r.reported('image-parameter') && !r.reported('template-parameters')) {
        const where = `template '${template.path}'`;
        for (const problem of (0,check/* templateProblems */.bi)(template.json, imageParameter, Object.keys(parameters), where))
            r.problems.add(problem.input, problem.message);
    }
    for (const v of (0,check/* secureValues */.og)(template.json, parameters))
        r.secrets.add(v);
    return { ...settings, json: template.json };
}
function parseParameterName(p, input, raw) {
    const v = raw.trim();
    return PARAMETER_NAME.test(v)
        ? v
        : p.bad(input, raw, 'is not a template parameter name; expected letters, digits and underscores, e.g. imageId');
}
function readTemplate(p, input, raw, read) {
    const path = raw.trim();
    const kind = KINDS.find(([re]) => re.test(path))?.[1];
    if (!kind)
        return p.bad(input, path, `is not a template file; ${EXPECTED_TEMPLATE}`);
    if (!read)
        return { path, kind };
    const file = read(path);
    if (!file.ok)
        return p.bad(input, path, `cannot be read: ${file.reason}; ${EXPECTED_TEMPLATE}`);
    if (kind !== 'json')
        return { path, kind };
    const json = parseJson(p, input, path, file.text, 'an ARM template');
    if (!json)
        return undefined;
    if (!isRecord(json) || !('resources' in json)) {
        return p.bad(input, path, "is not an ARM template; expected a JSON object with '$schema', 'parameters' and 'resources' (the content is not shown)");
    }
    return { path, kind, json };
}
/** A YAML map of name: value, or the path of a deployment parameters file (JSON). */
function parseParameters(p, input, raw, parseYaml, read) {
    const trimmed = raw.trim();
    let value;
    try {
        value = parseYaml(trimmed);
    }
    catch {
        value = undefined;
    }
    if (isRecord(value))
        return namesChecked(p, input, Object.fromEntries(Object.entries(value).map(([k, v]) => [k, { value: v }])));
    if (/\.bicepparam$/i.test(trimmed))
        return p.bad(input, trimmed, "is a Bicep parameters file; expected it as 'template' (it names its template with 'using')");
    if (!/\.json$/i.test(trimmed) || /\n/.test(trimmed)) {
        // Not echoed: a map of parameters may hold secrets.
        p.add(input, 'is neither a YAML map nor a parameters file; expected name: value lines (or {name: value}) or the path of a deployment parameters file ending in .json (the value is not shown: it may hold secrets)');
        return undefined;
    }
    if (!read)
        return p.bad(input, trimmed, 'cannot be read here; expected a parameters file this step can read');
    const file = read(trimmed);
    if (!file.ok)
        return p.bad(input, trimmed, `cannot be read: ${file.reason}; expected a deployment parameters file`);
    const json = parseJson(p, input, trimmed, file.text, 'a deployment parameters file');
    if (json === undefined)
        return undefined;
    const params = isRecord(json) ? json['parameters'] : undefined;
    if (!isRecord(params) || !Object.values(params).every((v) => isRecord(v) && ('value' in v || 'reference' in v))) {
        return p.bad(input, trimmed, "is not a deployment parameters file; expected JSON with 'parameters': {name: {value: …}} (the content is not shown)");
    }
    return namesChecked(p, input, params);
}
function namesChecked(p, input, params) {
    const bad = Object.keys(params).filter((k) => !PARAMETER_NAME.test(k));
    for (const k of bad)
        p.add(input, `names parameter '${k}'; expected parameter names of letters, digits and underscores`);
    return bad.length > 0 ? undefined : params;
}
/** JSON.parse, with a problem that gives the line and column of a syntax error but never the text. */
function parseJson(p, input, path, text, what) {
    try {
        return JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (err) {
        const at = /position (\d+)/.exec(err instanceof Error ? err.message : '');
        const where = at ? ` at ${lineColumn(text, Number(at[1]))}` : '';
        return p.bad(input, path, `is not valid JSON${where}; expected ${what} (the content is not shown)`);
    }
}
function lineColumn(text, offset) {
    const before = text.slice(0, offset).split('\n');
    return `line ${before.length}, column ${before.at(-1).length + 1}`;
}
const isRecord = (v) => !!v && typeof v === 'object' && !Array.isArray(v);

// EXTERNAL MODULE: ./src/core/analysis/condition.ts
var condition = __nccwpck_require__(32467);
// EXTERNAL MODULE: ./src/core/analysis/placeholders.ts
var placeholders = __nccwpck_require__(20582);
// EXTERNAL MODULE: ./src/core/azure/monitor-port.ts
var monitor_port = __nccwpck_require__(33781);
;// CONCATENATED MODULE: ./src/core/settings/parse-analysis.ts
/**
 * The `analysis` input: a YAML list of gates, each a `metric`, `alerts` or `query` entry with the
 * shared timing fields (Argo Rollouts' spirit: interval, count or duration, failure-limit,
 * inconclusive-limit, inconclusive, initial-delay). Every bad field is one problem naming
 * `analysis[i].field`, the bad value and what is expected; nothing reaches Azure before.
 */






const SHARED_KEYS = [
    'name',
    'interval',
    'count',
    'duration',
    'failure-limit',
    'inconclusive-limit',
    'inconclusive',
    'initial-delay',
];
const KIND_KEYS = {
    metric: ['metric', 'metrics', 'resource', 'aggregation', 'dimensions', 'namespace', 'condition', 'window'],
    alerts: ['alerts', 'rules', 'severities'],
    query: ['query', 'workspace', 'resource', 'column', 'condition', 'window'],
};
const ALL_KEYS = [...new Set([...SHARED_KEYS, ...Object.values(KIND_KEYS).flat()])];
/** The keys a gate of each kind takes: the config file's JSON schema is checked against them. */
const GATE_KEYS = { shared: SHARED_KEYS, ...KIND_KEYS };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A gate's whole span (initial delay + count × interval) stays within a wait inside a stage. */
const MAX_SPAN_MS = DAY;
const ANALYSIS_DEFAULTS = { intervalMs: MINUTE, count: 3 };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The gates; `deploy` and `resourceGroup` say whether 'target' names anything. */
function parseAnalysis(r, deploy, resourceGroup) {
    const gates = r.getYaml('analysis', parseList) ?? [];
    const targetKnown = !r.invalid('strategy');
    if (targetKnown)
        checkTarget(r.problems, gates, deploy, resourceGroup);
    return gates;
}
function parseList(p, input, raw, parseYaml) {
    let value;
    try {
        value = parseYaml(raw);
    }
    catch (err) {
        return void p.add(input, `is not valid YAML (${err.message.split('\n')[0]})`);
    }
    if (!Array.isArray(value))
        return p.bad(input, raw, `is a YAML ${describe(value)}, not a list; expected e.g. '- metric: Http5xx' entries`);
    const gates = value.flatMap((item, index) => {
        const gate = parseGate(p, `${input}[${index}]`, item);
        return gate ? [gate] : [];
    });
    return uniqueNames(p, input, gates);
}
function parseGate(p, at, item) {
    if (!item || typeof item !== 'object' || Array.isArray(item))
        return p.bad(at, JSON.stringify(item) ?? String(item), "is not a gate; expected a map with 'metric', 'alerts' or 'query'");
    const fields = item;
    const kinds = ['metric', 'alerts', 'query'].filter((k) => k === 'metric' ? has(fields, 'metric') || has(fields, 'metrics') : has(fields, k));
    if (kinds.length !== 1) {
        const found = kinds.length === 0 ? 'none of them' : kinds.map((k) => `'${k}'`).join(' and ');
        return void p.add(at, `needs exactly one of 'metric' (or 'metrics'), 'alerts' or 'query'; it has ${found}`);
    }
    const kind = kinds[0];
    const allowed = [...SHARED_KEYS, ...KIND_KEYS[kind]];
    for (const key of Object.keys(fields)) {
        if (allowed.includes(key))
            continue;
        const known = ALL_KEYS.includes(key) ? ` (a key of other gate kinds)` : '';
        p.add(at, `has unknown key '${key}'${known}; expected ${allowed.join(', ')}${known ? '' : (0,settings_values/* didYouMean */.au)(kebab(key), allowed)}`);
    }
    const before = p.items.length;
    const timing = parseTiming(p, at, fields);
    const name = str(fields, 'name');
    const base = { input: at, timing: timing ?? DEFAULT_TIMING };
    const gate = kind === 'metric'
        ? parseMetric(p, at, fields, base, name ?? `metric ${metricNames(fields).join(',')}`)
        : kind === 'alerts'
            ? parseAlerts(p, at, fields, base, name ?? 'alerts')
            : parseQuery(p, at, fields, base, name ?? 'query');
    return p.items.length === before ? gate : undefined;
}
const DEFAULT_TIMING = {
    intervalMs: ANALYSIS_DEFAULTS.intervalMs,
    count: ANALYSIS_DEFAULTS.count,
    failureLimit: 0,
    inconclusiveLimit: 0,
    inconclusive: 'fail',
    initialDelayMs: 0,
};
function parseTiming(p, at, f) {
    const intervalMs = parse_analysis_duration(p, at, f, 'interval', { min: 1000, max: HOUR }) ?? DEFAULT_TIMING.intervalMs;
    const count = field(p, at, f, 'count', (pp, i, v) => (0,settings_values/* parseInteger */.cG)(pp, i, v, 1, 1000));
    const durationMs = parse_analysis_duration(p, at, f, 'duration', { min: 1000, max: MAX_SPAN_MS });
    if (count !== undefined && durationMs !== undefined)
        p.add(`${at}.duration`, "cannot be combined with 'count'; expected one of them (count = duration / interval)");
    const measurements = count ?? (durationMs !== undefined ? Math.max(1, Math.round(durationMs / intervalMs)) : 3);
    const failureLimit = field(p, at, f, 'failure-limit', (pp, i, v) => (0,settings_values/* parseInteger */.cG)(pp, i, v, 0, 1000)) ?? 0;
    const inconclusiveLimit = field(p, at, f, 'inconclusive-limit', (pp, i, v) => (0,settings_values/* parseInteger */.cG)(pp, i, v, 0, 1000)) ?? 0;
    const inconclusive = field(p, at, f, 'inconclusive', (pp, i, v) => (0,settings_values/* parseEnum */.nL)(pp, i, v, ['fail', 'pass'])) ?? 'fail';
    const initialDelayMs = parse_analysis_duration(p, at, f, 'initial-delay', { min: 0, max: HOUR }) ?? 0;
    const span = initialDelayMs + measurements * intervalMs;
    if (span > MAX_SPAN_MS)
        p.add(at, `takes ${(0,duration/* formatDuration */.a)(span)} (initial-delay + ${measurements} × interval); ` +
            `expected at most ${(0,duration/* formatDuration */.a)(MAX_SPAN_MS)}`);
    return { intervalMs, count: measurements, failureLimit, inconclusiveLimit, inconclusive, initialDelayMs };
}
function parseMetric(p, at, f, base, name) {
    if (has(f, 'metric') && has(f, 'metrics'))
        p.add(`${at}.metrics`, "cannot be combined with 'metric'; expected one of them");
    const metrics = metricNames(f);
    if (metrics.length === 0)
        p.add(`${at}.metric`, "names no metric; expected a metric name such as 'Http5xx'");
    if (metrics.length > 20)
        p.add(`${at}.metrics`, `names ${metrics.length} metrics; expected at most 20 (one call)`);
    const aggregation = str(f, 'aggregation');
    const agg = aggregation === undefined
        ? void p.add(`${at}.aggregation`, `is required; expected one of ${monitor_port/* AGGREGATIONS */.u.map((a) => `'${a}'`).join(', ')}`)
        : (0,settings_values/* parseEnum */.nL)(p, `${at}.aggregation`, aggregation, monitor_port/* AGGREGATIONS */.u);
    const condition = requiredCondition(p, at, f);
    const resource = parseResource(p, `${at}.resource`, f.resource ?? 'target');
    const windowMs = parse_analysis_duration(p, at, f, 'window', { min: 1000, max: DAY });
    const namespace = str(f, 'namespace');
    const dimensions = parseDimensions(p, `${at}.dimensions`, f.dimensions);
    if (!agg || !condition || !resource)
        return undefined;
    return {
        kind: 'metric',
        name,
        ...base,
        resource,
        metrics,
        aggregation: agg,
        dimensions,
        condition,
        ...(namespace ? { namespace } : {}),
        ...(windowMs !== undefined ? { windowMs } : {}),
    };
}
function parseAlerts(p, at, f, base, name) {
    const list = listOf(f.alerts);
    const resources = list.flatMap((v, i) => {
        const r = parseResource(p, list.length > 1 ? `${at}.alerts[${i}]` : `${at}.alerts`, v);
        return r ? [r] : [];
    });
    if (list.length === 0)
        p.add(`${at}.alerts`, "names no resource; expected 'target', a resource id or a list of them");
    const rules = listOf(f.rules)
        .map(String)
        .map((rule, i) => {
        const v = rule.trim();
        if (v.startsWith('/'))
            (0,settings_values/* parseResourceId */.RQ)(p, `${at}.rules[${i}]`, v);
        else if (!/^[^<>*%&:\\?/+]{1,260}$/.test(v))
            p.bad(`${at}.rules[${i}]`, v, "is not an alert rule name or id; expected the rule's name or resource id");
        return v;
    });
    const severities = listOf(f.severities).map((s, i) => severity(p, `${at}.severities[${i}]`, String(s)) ?? '');
    return { kind: 'alerts', name, ...base, resources, rules, severities };
}
function parseQuery(p, at, f, base, name) {
    const query = str(f, 'query');
    if (!query)
        p.add(`${at}.query`, 'is empty; expected a KQL query whose first row holds the value to judge');
    for (const problem of query ? (0,placeholders/* placeholderProblems */.y7)(query) : [])
        p.add(`${at}.query`, problem);
    const source = querySource(p, at, f);
    const condition = requiredCondition(p, at, f);
    const column = str(f, 'column');
    const windowMs = parse_analysis_duration(p, at, f, 'window', { min: 1000, max: 30 * DAY });
    if (!query || !source || !condition)
        return undefined;
    return {
        kind: 'query',
        name,
        ...base,
        source,
        query,
        condition,
        ...(column ? { column } : {}),
        ...(windowMs !== undefined ? { windowMs } : {}),
    };
}
/** A workspace (GUID or workspace resource id) or a resource (Application Insights component, any resource id). */
function querySource(p, at, f) {
    const workspace = str(f, 'workspace');
    const resource = str(f, 'resource');
    if ((workspace === undefined) === (resource === undefined)) {
        p.add(at, `${workspace === undefined ? 'names no' : 'names both a workspace and a resource as'} data source; expected 'workspace' (a Log Analytics workspace id) or 'resource' (e.g. an Application Insights resource id)`);
        return undefined;
    }
    if (workspace !== undefined) {
        if (GUID.test(workspace))
            return { kind: 'workspace', id: workspace.toLowerCase() };
        const id = (0,settings_values/* parseResourceId */.RQ)(new settings_values/* Problems */.Zw(), `${at}.workspace`, workspace, 'Microsoft.OperationalInsights/workspaces');
        if (id)
            return { kind: 'resource', id };
        return p.bad(`${at}.workspace`, workspace, "is not a Log Analytics workspace; expected its workspace id (a GUID) or its resource id '/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.OperationalInsights/workspaces/<name>'");
    }
    const id = (0,settings_values/* parseResourceId */.RQ)(p, `${at}.resource`, resource);
    return id ? { kind: 'resource', id } : undefined;
}
function parseResource(p, at, value) {
    const v = String(value).trim();
    if (v.toLowerCase() === 'target')
        return { kind: 'target' };
    if (!v.startsWith('/'))
        return p.bad(at, v, "is not 'target' or a resource id; expected 'target' (the deploy target) or '/subscriptions/…'");
    const id = (0,settings_values/* parseResourceId */.RQ)(p, at, v);
    return id ? { kind: 'id', id } : undefined;
}
function parseDimensions(p, at, value) {
    if (value === undefined || value === null)
        return [];
    if (typeof value !== 'object' || Array.isArray(value)) {
        p.add(at, `is a ${describe(value)}, not a map; expected e.g. '{ Instance: "*" }' or '{ StatusCode: [500, 503] }'`);
        return [];
    }
    return Object.entries(value).flatMap(([name, v]) => {
        const values = listOf(v).map(String);
        if (!/^[A-Za-z0-9_.\- ]{1,128}$/.test(name)) {
            p.add(at, `has dimension ${(0,settings_values/* quote */.hD)(name)}, not a dimension name; expected letters, digits, '_', '.', '-'`);
            return [];
        }
        if (values.length === 0) {
            p.add(`${at}.${name}`, "names no value; expected a value, a list of values or '*'");
            return [];
        }
        return [{ name, values }];
    });
}
function requiredCondition(p, at, f) {
    const raw = str(f, 'condition');
    if (raw === undefined)
        return void p.add(`${at}.condition`, `is required; ${condition/* CONDITION_EXPECTED */.$Y}`);
    const parsed = (0,condition/* parseCondition */.zB)(raw);
    return parsed.ok ? parsed.condition : p.bad(`${at}.condition`, raw, parsed.error);
}
function severity(p, at, raw) {
    const m = /^(?:sev)?\s*([0-4])$/i.exec(raw.trim());
    return m ? `Sev${m[1]}` : p.bad(at, raw, "is not an alert severity; expected 'Sev0' … 'Sev4' (or 0 … 4)");
}
/** The 'target' of the gates must name something for this strategy (its target inputs are given). */
function checkTarget(p, gates, deploy, resourceGroup) {
    const descriptor = (0,registry/* descriptorOf */.nb)(deploy.strategy);
    const rg = deploy.resourceGroup ?? resourceGroup;
    for (const g of gates) {
        const byName = g.kind === 'alerts' ? g.rules.filter((rule) => !rule.startsWith('/')) : [];
        if (!rg && byName.length > 0)
            p.add(`${g.input}.rules`, `names rule '${byName[0]}' without a resource group; expected 'resource-group' set, or the rule's resource id`);
    }
    const monitored = rg ? descriptor.monitored?.(deploy, rg) : undefined;
    if (monitored)
        return;
    const inputs = descriptor.targetInputs.map((t) => `'${t.input}'`).join(' and ');
    for (const g of gates) {
        const usesTarget = (g.kind === 'metric' && g.resource.kind === 'target') ||
            (g.kind === 'alerts' && g.resources.some((r) => r.kind === 'target'));
        if (usesTarget)
            p.add(`${g.input}.${g.kind === 'metric' ? 'resource' : 'alerts'}`, `is 'target', but strategy '${deploy.strategy}' has no target here; ` +
                `expected a resource id, or set ${inputs} and 'resource-group'`);
    }
}
/** Gate names are unique: they key the results. Default names get their position when they repeat. */
function uniqueNames(p, input, gates) {
    const seen = new Map();
    for (const g of gates)
        seen.set(g.name, (seen.get(g.name) ?? 0) + 1);
    return gates.map((g) => {
        if ((seen.get(g.name) ?? 0) < 2)
            return g;
        const index = g.input.slice(input.length);
        return { ...g, name: `${g.name} ${index}` };
    });
}
function metricNames(f) {
    return listOf(f.metric ?? f.metrics)
        .map((v) => String(v).trim())
        .filter((v) => v.length > 0);
}
function parse_analysis_duration(p, at, f, key, bounds) {
    return field(p, at, f, key, (pp, i, v) => {
        const ms = (0,settings_values/* parseDuration */.E9)(pp, i, v);
        if (ms === undefined)
            return undefined;
        if (ms < bounds.min)
            return pp.bad(i, v, bounds.min === 0 ? 'is negative' : `is too short; expected at least ${(0,duration/* formatDuration */.a)(bounds.min)}`);
        if (ms > bounds.max)
            return pp.bad(i, v, `is too long; expected at most ${(0,duration/* formatDuration */.a)(bounds.max)}`);
        return ms;
    });
}
function field(p, at, f, key, parse) {
    const raw = str(f, key);
    return raw === undefined ? undefined : parse(p, `${at}.${key}`, raw);
}
const has = (f, key) => f[key] !== undefined && f[key] !== null;
function str(f, key) {
    if (!has(f, key))
        return undefined;
    const v = f[key];
    return typeof v === 'object' ? JSON.stringify(v) : String(v).trim();
}
/** A YAML list, or one value, or a comma list in a string. */
function listOf(value) {
    if (value === undefined || value === null)
        return [];
    if (Array.isArray(value))
        return value;
    if (typeof value === 'string')
        return value
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s.length > 0);
    return [value];
}
const kebab = (key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/_/g, '-');
const describe = (value) => value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value === 'object' ? 'map' : typeof value;

// EXTERNAL MODULE: ./src/core/verify/body-match.ts
var body_match = __nccwpck_require__(10501);
// EXTERNAL MODULE: ./src/core/verify/status-matcher.ts
var status_matcher = __nccwpck_require__(79008);
;// CONCATENATED MODULE: ./src/core/verify/argv.ts
function parseArgv(raw, parseYaml) {
    const text = raw.trim();
    if (text === '')
        return { ok: false, error: 'is empty; expected a command, e.g. ./smoke.sh --env prod' };
    if (text.startsWith('[') || text.startsWith('- '))
        return fromList(text, parseYaml);
    return splitWords(text);
}
function fromList(text, parseYaml) {
    let value;
    try {
        value = parseYaml(text);
    }
    catch (err) {
        return { ok: false, error: `is not a valid YAML/JSON list (${err.message.split('\n')[0]})` };
    }
    if (!Array.isArray(value) || value.length === 0)
        return { ok: false, error: 'is not a non-empty list of arguments' };
    if (value.some((v) => v === null || typeof v === 'object'))
        return { ok: false, error: 'has an argument that is not a string or number; expected a flat list' };
    return { ok: true, argv: value.map(String) };
}
const OPERATORS = new Set(['|', '||', '&', '&&', ';', '>', '>>', '<', '<<', '2>', '2>&1']);
function splitWords(text) {
    const words = [];
    let word = '';
    let inWord = false;
    let quote;
    const bare = [];
    let wordBare = true;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote === "'") {
            if (c === "'")
                quote = undefined;
            else
                word += c;
            continue;
        }
        if (quote === '"') {
            if (c === '"')
                quote = undefined;
            else if (c === '\\' && i + 1 < text.length && '\\"$`'.includes(text[i + 1]))
                word += text[++i];
            else
                word += c;
            continue;
        }
        if (c === "'" || c === '"') {
            quote = c;
            inWord = true;
            wordBare = false;
        }
        else if (c === '\\') {
            if (i + 1 >= text.length)
                return { ok: false, error: 'ends with a lone backslash' };
            const next = text[++i];
            if (next !== '\n')
                word += next;
            inWord = true;
            wordBare = false;
        }
        else if (/\s/.test(c)) {
            if (inWord) {
                words.push(word);
                bare.push(wordBare);
            }
            word = '';
            inWord = false;
            wordBare = true;
        }
        else {
            word += c;
            inWord = true;
        }
    }
    if (quote)
        return { ok: false, error: `has an unclosed ${quote === "'" ? 'single' : 'double'} quote` };
    if (inWord) {
        words.push(word);
        bare.push(wordBare);
    }
    const op = words.find((w, i) => bare[i] && OPERATORS.has(w));
    if (op)
        return {
            ok: false,
            error: `uses the shell operator '${op}', but the command runs without a shell; put a script in the repository and run that`,
        };
    return { ok: true, argv: words };
}

;// CONCATENATED MODULE: ./src/core/settings/parse-verify.ts
/** The verify slice: HTTP probes from `probe-urls` and/or the `probes` YAML list, plus gates. */






function parseVerify(r) {
    const defaults = probeDefaults(r);
    const fromUrls = (r.get('probe-urls', (_p, _i, v) => (0,settings_values/* parseLines */.Li)(v)) ?? []).flatMap((raw) => {
        const url = (0,settings_values/* parseHttpUrl */.f$)(r.problems, 'probe-urls', raw);
        return url ? [{ ...defaults, name: url, url }] : [];
    });
    const fromList = r.getYaml('probes', (p, i, v, y) => parseProbeList(p, i, v, defaults, y)) ?? [];
    const argv = r.getYaml('verify-command', (p, i, v, y) => {
        const parsed = parseArgv(v, y);
        return parsed.ok ? parsed.argv : p.bad(i, v, parsed.error);
    });
    const commandTimeoutMs = r.get('verify-command-timeout', (0,durations/* boundedDuration */.O$)('verify-command-timeout')) ?? 300_000;
    return {
        probes: [...fromUrls, ...fromList],
        gate: defaults,
        liveUrl: r.get('live-url', settings_values/* parseHttpUrl */.f$),
        previewUrl: r.get('preview-url', settings_values/* parseHttpUrl */.f$),
        ...(argv ? { command: { argv, timeoutMs: commandTimeoutMs } } : {}),
        instanceHealth: r.get('instance-health', settings_values/* parseBool */.q6) ?? true,
        remoteAccess: r.get('remote-access', (p, i, v) => (0,settings_values/* parseEnum */.nL)(p, i, v, ['deny', 'warn', 'allow'])) ?? 'warn',
        autoRollback: r.get('auto-rollback', settings_values/* parseBool */.q6) ?? true,
        toVersion: r.get('to-version', (p, i, v) => (0,settings_values/* isGalleryVersion */.fu)(v.trim())
            ? v.trim()
            : p.bad(i, v, "is not a gallery image version; expected Major.Minor.Patch, e.g. '1.4.2'")),
    };
}
function probeDefaults(r) {
    return {
        expectStatus: r.get('probe-expect-status', fromResult(status_matcher/* parseStatusMatcher */.W6)) ?? [{ min: 200, max: 299 }],
        bodyMatch: r.get('probe-body-match', fromResult(body_match/* parseBodyMatch */.TT)),
        successes: r.get('probe-successes', (p, i, v) => (0,settings_values/* parseInteger */.cG)(p, i, v, 1, 1000)) ?? 3,
        failureLimit: positiveOrUndefined(r.get('probe-failure-limit', (p, i, v) => (0,settings_values/* parseInteger */.cG)(p, i, v, 0, 1000))),
        intervalMs: r.get('probe-interval', PROBE_DURATIONS.interval) ?? 5000,
        requestTimeoutMs: r.get('probe-request-timeout', PROBE_DURATIONS.requestTimeout) ?? 10_000,
        timeoutMs: r.get('probe-timeout', PROBE_DURATIONS.timeout) ?? 300_000,
    };
}
const positiveOrUndefined = (n) => (n ? n : undefined);
/** A probe's own interval and timeouts have the bounds of the probe-* inputs they override. */
const PROBE_DURATIONS = {
    interval: (0,durations/* boundedDuration */.O$)('probe-interval'),
    requestTimeout: (0,durations/* boundedDuration */.O$)('probe-request-timeout'),
    timeout: (0,durations/* boundedDuration */.O$)('probe-timeout'),
};
/** Adapts the verify module's `ParseResult` parsers to the problem-recording style. */
function fromResult(parse) {
    return (p, input, raw) => {
        const result = parse(raw);
        if (result.ok)
            return result.value;
        for (const e of result.errors)
            p.add(input, e);
        return undefined;
    };
}
const PROBE_KEYS = [
    'url',
    'name',
    'expect-status',
    'body-match',
    'successes',
    'interval',
    'request-timeout',
    'timeout',
    'failure-limit',
    'headers',
];
function parseProbeList(p, input, raw, defaults, parseYaml) {
    let value;
    try {
        value = parseYaml(raw);
    }
    catch (err) {
        // The text is not echoed: probes may carry secret header values.
        p.add(input, `is not valid YAML (${err.message.split('\n')[0]})`);
        return undefined;
    }
    if (!Array.isArray(value)) {
        p.add(input, `is a YAML ${parse_verify_describe(value)}, not a list; expected e.g. '- url: https://app/health'`);
        return undefined;
    }
    return value.flatMap((item, index) => {
        const probe = parseProbe(p, `${input}[${index}]`, item, defaults);
        return probe ? [probe] : [];
    });
}
/** 'map', 'string', 'number'… for messages that must not echo the value. */
const parse_verify_describe = (value) => value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value === 'object' ? 'map' : typeof value;
function parseProbe(p, at, item, defaults) {
    if (!item || typeof item !== 'object' || Array.isArray(item))
        return p.bad(at, JSON.stringify(item) ?? String(item), 'is not a probe; expected a map with at least a url');
    const fields = item;
    for (const key of Object.keys(fields)) {
        if (!PROBE_KEYS.includes(key))
            p.add(at, `has unknown key '${key}'; expected ${PROBE_KEYS.join(', ')}${(0,settings_values/* didYouMean */.au)(key.replace(/[A-Z]/g, (c) => `-${c}`), PROBE_KEYS)}`);
    }
    const str = (k) => (fields[k] === undefined || fields[k] === null ? undefined : String(fields[k]));
    if (str('url') === undefined) {
        p.add(at, 'has no url; expected an http(s) URL');
        return undefined;
    }
    const url = (0,settings_values/* parseHttpUrl */.f$)(p, `${at}.url`, str('url'));
    if (!url)
        return undefined;
    const field = (k, parse, fallback) => str(k) === undefined ? fallback : (parse(p, `${at}.${k}`, str(k)) ?? fallback);
    return {
        ...defaults,
        name: str('name') ?? url,
        url,
        expectStatus: field('expect-status', fromResult(status_matcher/* parseStatusMatcher */.W6), defaults.expectStatus),
        bodyMatch: field('body-match', fromResult(body_match/* parseBodyMatch */.TT), defaults.bodyMatch),
        successes: field('successes', (pp, i, v) => (0,settings_values/* parseInteger */.cG)(pp, i, v, 1, 1000), defaults.successes),
        failureLimit: positiveOrUndefined(field('failure-limit', (pp, i, v) => (0,settings_values/* parseInteger */.cG)(pp, i, v, 0, 1000), defaults.failureLimit ?? 0)),
        intervalMs: field('interval', PROBE_DURATIONS.interval, defaults.intervalMs),
        requestTimeoutMs: field('request-timeout', PROBE_DURATIONS.requestTimeout, defaults.requestTimeoutMs),
        timeoutMs: field('timeout', PROBE_DURATIONS.timeout, defaults.timeoutMs),
        headers: parseHeaders(p, `${at}.headers`, fields.headers),
    };
}
function parseHeaders(p, at, value) {
    if (value === undefined)
        return undefined;
    // Never echoed: header values are secrets.
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        p.add(at, `is a ${parse_verify_describe(value)}, not a map of header names to values (the value is not shown: headers are secret)`);
        return undefined;
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reader_text(p, at, String(v))]));
}

// EXTERNAL MODULE: ./src/core/run/redact.ts
var run_redact = __nccwpck_require__(89764);
;// CONCATENATED MODULE: ./src/core/settings/types.ts
const STAGE_ORDER = ['bake', 'publish', 'deploy', 'promote', 'abort', 'verify', 'cleanup', 'rollback'];
/** What `stages: all` means: a whole release; rollback runs only when asked or after a failed verify. */
const ALL_STAGES = ['bake', 'publish', 'deploy', 'verify', 'cleanup'];

;// CONCATENATED MODULE: ./src/core/settings/parse-inputs.ts
/**
 * `parseInputs(read, options)` turns raw inputs from any adapter into one frozen, typed settings
 * object. Every problem is collected and reported at once, before any call to Azure.
 *
 * YAML-valued inputs are read with the parser the caller gives: `parseSettings` (parse.ts) gives
 * the `yaml` package; the GitHub entry calls this directly and loads a parser only when such an
 * input is given (docs/decisions/0003-github-bundle-startup.md).
 */













const ARM_ENDPOINTS = {
    AzureCloud: 'https://management.azure.com',
    AzureUSGovernment: 'https://management.usgovcloudapi.net',
    AzureChinaCloud: 'https://management.chinacloudapi.cn',
};
function parseInputs(read, options) {
    const r = new InputReader(read, options.parseYaml);
    // A bad 'stages' is reported alone: guessing the stages would add requirements the user never asked for.
    const stages = r.get('stages', parseStages) ?? [];
    const has = (s) => stages.includes(s);
    const resourceGroup = r.get('resource-group', settings_values/* parseResourceName */.p$);
    const azure = parseAzure(r, options.readFile);
    const bake = parseBake(r, has('bake'));
    const stageFlags = { publish: has('publish'), bake: has('bake'), cleanup: has('cleanup') };
    const publish = parsePublish(r, { stages: stageFlags, cloud: azure.cloud, now: options.now });
    const targetStage = ['deploy', 'promote', 'abort', 'rollback'].find(has) ??
        (has('verify') && hasTarget(r) ? 'verify' : undefined);
    const parsedDeploy = parseDeploy(r, targetStage, resourceGroup);
    const template = parseTemplate(r, { strategy: parsedDeploy.strategy, targetStage, readFile: options.readFile });
    const deploy = template ? { ...parsedDeploy, template } : parsedDeploy;
    const verify = parseVerify(r);
    const settings = {
        stages,
        dryRun: r.get('dry-run', settings_values/* parseBool */.q6) ?? false,
        resourceGroup,
        recordFile: r.get('record-file', reader_text),
        tfvarsFile: r.get('tfvars-file', (p, i, v) => v.trim().endsWith('.tfvars.json')
            ? v.trim()
            : p.bad(i, v, "is not a Terraform JSON variables file; expected a path ending in '.tfvars.json' (e.g. 'image.auto.tfvars.json')")),
        azure,
        bake,
        // The table's default for gallery-resource-group is resource-group.
        publish: { ...publish, galleryResourceGroup: publish.galleryResourceGroup ?? resourceGroup },
        deploy,
        verify,
        analysis: parseAnalysis(r, deploy, resourceGroup),
        cleanup: parseCleanup(r),
        secrets: [],
    };
    checkStageInputs(r, settings);
    for (const url of [verify.liveUrl, verify.previewUrl])
        for (const v of url ? urlSecrets(url) : [])
            r.secrets.add(v);
    for (const probe of verify.probes) {
        for (const v of Object.values(probe.headers ?? {}))
            r.secrets.add(v);
        for (const v of urlSecrets(probe.url))
            r.secrets.add(v);
    }
    if (r.problems.items.length > 0) {
        // Belt and braces: no secret the inputs hold may be echoed in a problem.
        const redact = (0,run_redact/* redactor */.$p)([...r.secrets]);
        throw new errors/* SettingsError */.G(r.problems.items.map((p) => ({ input: p.input, message: redact(p.message) })), options.namer);
    }
    return deepFreeze({ ...settings, secrets: [...r.secrets] });
}
/** A verify-only step may still check a scale set or App Service named in the inputs. */
const hasTarget = (r) => r.given('scale-set') || r.given('app-service');
function parseStages(p, input, raw) {
    const names = (0,settings_values/* parseList */.E1)(raw).map((s) => s.toLowerCase());
    if (names.length === 1 && names[0] === 'all')
        return [...ALL_STAGES];
    const known = [...STAGE_ORDER, 'all'];
    const bad = names.filter((n) => !STAGE_ORDER.includes(n));
    for (const n of bad) {
        if (n === 'all')
            p.add(input, `'all' cannot be combined with other stages; expected 'all' alone or a comma list of ${STAGE_ORDER.join(', ')}`);
        else
            p.add(input, `'${n}' is not a stage; expected 'all' or a comma list of ${STAGE_ORDER.join(', ')}${(0,settings_values/* didYouMean */.au)(n, known)}`);
    }
    if (names.length === 0)
        return p.bad(input, raw, `names no stage; expected 'all' or a comma list of ${STAGE_ORDER.join(', ')}`);
    const twice = names.filter((n, i) => names.indexOf(n) !== i && names.indexOf(n, i + 1) === -1);
    for (const n of twice)
        p.add(input, `'${n}' is listed twice; expected each stage once`);
    if (bad.length > 0 || twice.length > 0)
        return undefined;
    // Stages always run in the pipeline's order, whatever order they were listed in.
    return STAGE_ORDER.filter((s) => names.includes(s));
}
function parseAzure(r, readFile) {
    const cloud = r.get('cloud', (p, i, v) => (0,settings_values/* parseEnum */.nL)(p, i, v, ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud', 'Custom'])) ?? 'AzureCloud';
    // A misspelt cloud falls back to AzureCloud; checks against that guess would only add noise.
    const cloudKnown = !r.invalid('cloud');
    const custom = cloud === 'Custom';
    const armEndpoint = custom
        ? (r.require('arm-endpoint', "when 'cloud' is 'Custom'", settings_values/* parseHttpsUrl */.mX) ?? '')
        : ARM_ENDPOINTS[cloud];
    if (!custom && cloudKnown && r.given('arm-endpoint'))
        r.problems.add('arm-endpoint', `is only used with cloud 'Custom'; expected it empty for cloud '${cloud}'`);
    const auth = r.get('auth', (p, i, v) => (0,settings_values/* parseEnum */.nL)(p, i, v, ['auto', 'oidc', 'client-secret', 'azure-cli', 'static-token'])) ?? 'auto';
    const guid = (p, i, v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v.trim())
        ? v.trim()
        : p.bad(i, v, "is not a GUID; expected e.g. '00000000-0000-0000-0000-000000000000'");
    const settings = {
        cloud,
        armEndpoint,
        caFile: r.get('ca-file', (p, i, v) => parseCaFile(p, i, v, readFile)),
        subscriptionId: r.get('subscription-id', guid),
        tenantId: r.get('tenant-id', guid),
        clientId: r.get('client-id', guid),
        clientSecret: r.get('client-secret', reader_text),
        auth,
        accessToken: r.get('access-token', reader_text),
    };
    if (auth === 'static-token' && !custom && cloudKnown)
        r.problems.add('auth', "'static-token' works only with cloud 'Custom'; expected 'auto', 'oidc', 'client-secret' or 'azure-cli'");
    if (auth === 'static-token' && !settings.accessToken)
        r.problems.add('access-token', "is required when 'auth' is 'static-token'");
    for (const name of ['client-id', 'tenant-id']) {
        const needed = auth === 'oidc' || auth === 'client-secret';
        if (needed && !r.given(name))
            r.problems.add(name, `is required when 'auth' is '${auth}'`);
    }
    if (auth === 'client-secret' && !settings.clientSecret)
        r.problems.add('client-secret', "is required when 'auth' is 'client-secret'");
    return settings;
}
/** cleanup-max-deletes' ceiling: a cap, not a target, far above what one definition holds. */
const MAX_DELETES = 1_000_000;
function parseCleanup(r) {
    return {
        keepVersions: r.get('keep-versions', (p, i, v) => (0,settings_values/* parseInteger */.cG)(p, i, v, 1, 1000)) ?? 5,
        keepDays: r.get('keep-days', (p, i, v) => (0,settings_values/* parseInteger */.cG)(p, i, v, 0, 36500)) ?? 0,
        retire: r.get('retire', (p, i, v) => (0,settings_values/* parseEnum */.nL)(p, i, v, ['delete', 'end-of-life', 'exclude'])) ?? 'delete',
        failOnError: r.get('fail-on-cleanup-error', settings_values/* parseBool */.q6) ?? false,
        parallelism: r.get('cleanup-parallelism', (p, i, v) => (0,settings_values/* parseInteger */.cG)(p, i, v, 1, 64)) ?? 8,
        maxDeletes: r.get('cleanup-max-deletes', (p, i, v) => (0,settings_values/* parseInteger */.cG)(p, i, v, 1, MAX_DELETES)) ?? 1000,
        timeoutMs: r.get('cleanup-timeout', (0,durations/* boundedDuration */.O$)('cleanup-timeout')) ?? 3 * 3_600_000,
    };
}
/** Requirements that span stages: what a stage needs when an earlier stage does not run in this step. */
function checkStageInputs(r, s) {
    const has = (st) => s.stages.includes(st);
    // An input already reported as bad is not reported again as missing.
    const managedImageIdBad = r.reported('managed-image-id');
    if (has('publish') &&
        !has('bake') &&
        s.bake.builder !== 'none' &&
        !s.publish.managedImageId &&
        !managedImageIdBad &&
        !r.invalid('builder')) {
        // publish-only step: it needs the artifact a bake step produced.
        r.problems.add('managed-image-id', "is required when stage 'publish' runs without 'bake' (pass the bake step's managed-image-id output)");
    }
    if (has('publish') && s.bake.builder === 'none' && !s.publish.managedImageId && !managedImageIdBad) {
        r.problems.add('managed-image-id', "is required when 'builder' is 'none'");
    }
    if ((has('publish') || has('cleanup')) &&
        !s.publish.galleryResourceGroup &&
        !r.reported('gallery-resource-group') &&
        !r.reported('resource-group')) {
        r.problems.add('gallery-resource-group', `is required when stage '${has('publish') ? 'publish' : 'cleanup'}' runs (or set 'resource-group')`);
    }
    const strategyKnown = !r.invalid('strategy');
    const descriptor = (0,registry/* descriptorOf */.nb)(s.deploy.strategy);
    const vmss = descriptor.artifact === 'gallery-image';
    const imageChoiceBad = r.reported('image-id') || r.reported('image-version');
    // A gallery-image deploy that does not publish must be told which image to roll out.
    const imageNeeded = has('deploy') && vmss && strategyKnown && !has('publish') && !s.publish.imageId;
    if (imageNeeded && s.publish.version.kind !== 'explicit' && !imageChoiceBad) {
        r.problems.add('image-id', "is required when stage 'deploy' runs without 'publish' (or set 'image-version' to an explicit version with 'gallery-name' and 'image-definition')");
    }
    if (imageNeeded &&
        s.publish.version.kind === 'explicit' &&
        !(s.publish.galleryName && s.publish.imageDefinition) &&
        !r.reported('gallery-name') &&
        !r.reported('image-definition')) {
        r.problems.add('gallery-name', "and 'image-definition' are required to find an explicit 'image-version' when stage 'deploy' runs without 'publish'");
    }
    const probesBad = r.reported('probe-urls') || r.reported('probes');
    const target = strategyKnown ? descriptor.targetName(s.deploy) : s.deploy.scaleSet || s.deploy.appService;
    // A target alone is something to check only when a target check is on.
    const targetChecked = !!target && (s.verify.instanceHealth || s.verify.remoteAccess !== 'allow');
    const otherChecks = !!(s.verify.liveUrl || s.verify.previewUrl || s.verify.command) ||
        s.analysis.length > 0 ||
        r.reported('analysis') ||
        r.reported('live-url') ||
        r.reported('preview-url') ||
        r.reported('verify-command');
    if (has('verify') && s.verify.probes.length === 0 && !targetChecked && !probesBad && !otherChecks) {
        r.problems.add('probe-urls', "is required when stage 'verify' has nothing else to check; expected at least one URL (or 'probes', 'live-url', 'verify-command', or a 'scale-set' / 'app-service' target)");
    }
    const canaryActions = ['promote', 'abort'].filter(has);
    const clash = has('abort') ? ['deploy', 'promote', 'rollback'].find(has) : undefined;
    if (clash) {
        r.problems.add('stages', `lists both '${clash}' and 'abort'; expected 'abort' as its own step (it returns a paused canary's traffic to the stable release)`);
    }
    else if (canaryActions.length > 0 && has('rollback')) {
        r.problems.add('stages', "lists both 'promote' and 'rollback'; expected 'rollback' as its own step");
    }
    if (has('rollback') && has('deploy')) {
        r.problems.add('stages', "lists both 'deploy' and 'rollback'; a deploy rolls back by itself on a failed verify ('auto-rollback'), so run 'rollback' as its own step");
    }
}
/** Query parameters that carry keys (Azure Functions' `code`, SAS `sig`, …) and URL passwords. */
const SECRET_QUERY = /^(code|sig|key|api[-_]?key|token|access[-_]?token|secret|password|pwd)$/i;
function urlSecrets(raw) {
    const url = new URL(raw);
    const fromQuery = [...url.searchParams].filter(([k, v]) => SECRET_QUERY.test(k) && v.length > 0).map(([, v]) => v);
    const password = url.password ? [url.password, decodeURIComponent(url.password)] : [];
    return [...fromQuery, ...fromQuery.map(encodeURIComponent), ...password];
}
function deepFreeze(value) {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const v of Object.values(value))
            deepFreeze(v);
    }
    return value;
}


/***/ }),

/***/ 24514:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseSettings)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(38815);
/* harmony import */ var _parse_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(72048);
/**
 * `parseSettings(read)` turns raw inputs from any adapter into one frozen, typed settings object.
 * Every problem is collected and reported at once, before any call to Azure. The parsing is
 * `parseInputs` (parse-inputs.ts); this gives it the `yaml` package for YAML-valued inputs.
 */


function parseSettings(read, options = {}) {
    return (0,_parse_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputs */ .T)(read, { ...options, parseYaml: options.parseYaml ?? ((text) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text)) });
}


/***/ }),

/***/ 93937:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cu: () => (/* binding */ findInput),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   py: () => (/* binding */ OUTPUTS),
/* harmony export */   pz: () => (/* binding */ inputsFor)
/* harmony export */ });
/* harmony import */ var _deploy_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(18171);
/* harmony import */ var _durations_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3420);
/**
 * The one table of inputs and outputs. `action.yml`, `task.json`, the CLI flags, the config-file
 * JSON Schema and the README tables are all generated from (and checked against) this file.
 */


const camel = (kebab) => kebab.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
function group(g, defs) {
    return defs.map((d) => ({
        ...d,
        group: g,
        ado: {
            name: d.ado?.name ?? camel(d.name),
            type: d.ado?.type ?? 'string',
            ...(d.ado?.options ? { options: d.ado.options } : {}),
        },
    }));
}
const bool = { type: 'boolean' };
const multi = { type: 'multiLine' };
const pick = (...options) => ({ type: 'pickList', options });
const INPUTS = [
    ...group('general', [
        {
            name: 'stages',
            description: "Stages to run, in order: 'all' (bake,publish,deploy,verify,cleanup) or a comma list of bake, publish, deploy, promote, abort, verify, cleanup, rollback ('promote' continues a canary paused by 'pause' in 'canary-steps', 'abort' returns its traffic).",
            default: 'all',
        },
        {
            name: 'config',
            description: 'Path to a YAML file mapping any of these inputs (kebab-case keys) to values, at most 1 MiB; inputs given directly override it.',
            ado: { type: 'filePath' },
        },
        {
            name: 'dry-run',
            description: 'Plan mode: do every read for real, print the writes that would be made, make none.',
            default: 'false',
            ado: bool,
        },
        {
            name: 'resource-group',
            description: 'Resource group of the deployment target (and the default for the gallery).',
        },
        { name: 'record-file', description: 'Path of a JSON file receiving the deployment record of this run.' },
        {
            name: 'tfvars-file',
            description: 'Path of a Terraform variables file receiving {image_id, image_version} for an infrastructure-as-code step after this one (name it *.auto.tfvars.json and Terraform loads it by itself).',
        },
        {
            name: 'fleet-file',
            description: "Path of a fleet file (docs/fleets.md). With 'fleet-target', this run releases that one target (deploy, verify) with its inputs from the file: a matrix job of a fleet fanned out on CI jobs.",
            // Not 'filePath': Azure Pipelines passes the sources directory for an empty filePath input.
        },
        {
            name: 'fleet-target',
            description: "With 'fleet-file': the target this run releases. Refused while the fleet is halted for the version; besides sign-in inputs, image-id, dry-run and record-file, inputs are taken from the file only.",
        },
    ]),
    ...group('azure', [
        {
            name: 'azure-subscription',
            description: 'Azure Resource Manager service connection.',
            adapters: ['azure-devops'],
            ado: { name: 'azureSubscription', type: 'connectedService:AzureRM' },
        },
        {
            name: 'subscription-id',
            description: "Azure subscription id (Azure DevOps: the service connection's unless given here, as it must be for cloud 'Custom' with access-token).",
        },
        { name: 'tenant-id', description: 'Microsoft Entra tenant id.', adapters: ['github', 'cli'] },
        {
            name: 'client-id',
            description: 'Client id of the app registration or user-assigned identity.',
            adapters: ['github', 'cli'],
        },
        {
            name: 'client-secret',
            description: 'Client secret, when OIDC is not used. Prefer OIDC.',
            adapters: ['github', 'cli'],
            secret: true,
        },
        {
            name: 'auth',
            description: "How to sign in: 'auto' (OIDC when the job has id-token permission, else client secret, else the Azure CLI session), 'oidc', 'client-secret', 'azure-cli' or 'static-token'.",
            default: 'auto',
            adapters: ['github', 'cli'],
            ado: pick('auto', 'oidc', 'client-secret', 'azure-cli', 'static-token'),
        },
        {
            name: 'cloud',
            description: "Azure cloud: 'AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud', or 'Custom' with arm-endpoint.",
            default: 'AzureCloud',
            ado: pick('AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud', 'Custom'),
        },
        {
            name: 'arm-endpoint',
            description: "Resource Manager endpoint for cloud 'Custom' (e.g. the local emulator), as an https URL.",
        },
        {
            name: 'ca-file',
            description: 'PEM file of a CA certificate to trust for arm-endpoint (the emulator writes one).',
            ado: { type: 'filePath' },
        },
        {
            name: 'access-token',
            description: "Static bearer token for cloud 'Custom' (e.g. the emulator): when given, the run signs in with it (auth 'auto' or 'static-token'; Azure DevOps needs no service connection then).",
            secret: true,
        },
    ]),
    ...group('bake', [
        {
            name: 'builder',
            description: "How to bake: 'packer', 'image-builder' (Azure Image Builder) or 'none' (publish an existing managed image).",
            default: 'packer',
            ado: pick('packer', 'image-builder', 'none'),
        },
        {
            name: 'packer-template',
            description: 'Packer template: an HCL2 .pkr.hcl file, a folder of them, or a JSON template.',
            ado: { type: 'filePath' },
        },
        {
            name: 'packer-variables',
            description: 'Packer variables as a YAML/JSON map or key=value lines.',
            ado: multi,
            yaml: true,
        },
        {
            name: 'packer-secret-variables',
            description: 'Names of Packer variables whose values are secret (masked in logs, hashed in the bake key).',
            ado: multi,
        },
        { name: 'packer-var-files', description: 'Extra Packer var files, one per line.', ado: multi },
        { name: 'packer-only', description: 'Comma list of Packer builds to run (-only).' },
        {
            name: 'image-builder-source',
            description: "Image Builder source: 'publisher:offer:sku:version' (marketplace), a managed image id or a gallery image version id.",
        },
        {
            name: 'image-builder-customizers',
            description: "Image Builder customizers as a YAML list, each with a type and that type's fields: Shell or PowerShell (inline or scriptUri), File (sourceUri and destination), WindowsRestart, WindowsUpdate.",
            ado: multi,
            yaml: true,
        },
        {
            name: 'image-builder-vm-size',
            description: "VM size of the Image Builder build VM, as Azure names sizes (e.g. 'Standard_D2s_v5').",
            default: 'Standard_D2s_v3',
        },
        { name: 'image-builder-identity', description: 'Resource id of the user-assigned identity Image Builder runs as.' },
        {
            name: 'keep-image-template',
            description: 'Keep the Image Builder template after the bake.',
            default: 'false',
            ado: bool,
        },
        {
            name: 'base-image-version',
            description: "Resolved base image version, part of the bake key when the builder can't resolve it itself.",
        },
        {
            name: 'bake-timeout',
            description: `Longest a bake may take (e.g. 90m)${(0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .boundsText */ .Fv)('bake-timeout')}; Image Builder builds at most 16h.`,
            default: '2h',
        },
        {
            name: 'force-bake',
            description: 'Bake even when a published version already has the same bake key.',
            default: 'false',
            ado: bool,
        },
    ]),
    ...group('publish', [
        { name: 'gallery-name', description: 'Azure Compute Gallery name.' },
        { name: 'gallery-resource-group', description: 'Resource group of the gallery (default: resource-group).' },
        { name: 'image-definition', description: 'Gallery image definition name.' },
        {
            name: 'image-version',
            description: "Version to publish: 'auto' (next patch), an explicit Major.Minor.Patch, 'date' (YYYY.MMDD.<run number>) or 'git-tag'. For a deploy-only step: the version to deploy.",
            default: 'auto',
        },
        {
            name: 'image-id',
            description: 'Gallery image version resource id to deploy (deploy-only steps; default: the one this run published).',
        },
        { name: 'managed-image-id', description: "Managed image to publish when builder is 'none'." },
        {
            name: 'target-regions',
            description: "Regions to replicate to, comma or newline separated, each 'region[:replicas[:storage type]]'. Default: the gallery's region.",
            ado: multi,
        },
        { name: 'replica-count', description: 'Default replicas per region (1-100).', default: '1' },
        {
            name: 'storage-account-type',
            description: "Default replica storage: 'Standard_LRS', 'Standard_ZRS' or 'Premium_LRS'.",
            default: 'Standard_LRS',
            ado: pick('Standard_LRS', 'Standard_ZRS', 'Premium_LRS'),
        },
        { name: 'exclude-from-latest', description: "Exclude the version from 'latest'.", default: 'false', ado: bool },
        { name: 'end-of-life-date', description: 'End-of-life date of the version (ISO 8601 date, in the future).' },
        {
            name: 'replication-mode',
            description: "'Full' or 'Shallow' replication.",
            default: 'Full',
            ado: pick('Full', 'Shallow'),
        },
        {
            name: 'replication-timeout',
            description: `Longest to wait for replication to every target region${(0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .boundsText */ .Fv)('replication-timeout')}.`,
            default: '90m',
        },
        {
            name: 'create-image-definition',
            description: 'Create the image definition when it does not exist (with os-type, hyper-v-generation, publisher, offer, sku).',
            default: 'false',
            ado: bool,
        },
        {
            name: 'os-type',
            description: "OS of a created image definition: 'Linux' or 'Windows'.",
            default: 'Linux',
            ado: pick('Linux', 'Windows'),
        },
        {
            name: 'hyper-v-generation',
            description: "Generation of a created image definition: 'V1' or 'V2'.",
            default: 'V2',
            ado: pick('V1', 'V2'),
        },
        { name: 'image-publisher', description: 'Publisher of a created image definition.' },
        { name: 'image-offer', description: 'Offer of a created image definition.' },
        { name: 'image-sku', description: 'SKU of a created image definition.' },
        {
            name: 'keep-managed-image',
            description: 'Keep the intermediate managed image after publishing.',
            default: 'false',
            ado: bool,
        },
    ]),
    ...group('deploy', [
        {
            name: 'strategy',
            description: `How instances are replaced: ${(0,_deploy_names_js__WEBPACK_IMPORTED_MODULE_0__/* .describeStrategies */ .PF)()}.`,
            default: _deploy_names_js__WEBPACK_IMPORTED_MODULE_0__/* .STRATEGY_NAMES */ .nU[0],
            ado: pick(..._deploy_names_js__WEBPACK_IMPORTED_MODULE_0__/* .STRATEGY_NAMES */ .nU),
        },
        {
            name: 'scale-set',
            description: "Scale set name (rolling) or the base name of the blue-green pair ('<name>-blue', '<name>-green').",
        },
        {
            name: 'rollout-mode',
            description: "Rolling: 'auto' (the scale set's upgrade policy), 'rolling' (Azure's rolling upgrade), 'manual' (the engine drives batches gated by verify) or 'automatic'.",
            default: 'auto',
            ado: pick('auto', 'rolling', 'manual', 'automatic'),
        },
        { name: 'max-batch-percent', description: 'Rolling: largest share of instances upgraded at once (5-100).' },
        { name: 'max-unhealthy-percent', description: 'Rolling: largest share of unhealthy instances tolerated (5-100).' },
        {
            name: 'max-unhealthy-upgraded-percent',
            description: 'Rolling: largest share of unhealthy upgraded instances tolerated (0-100).',
        },
        {
            name: 'pause-between-batches',
            description: `Rolling: pause between batches (e.g. 30s)${(0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .boundsText */ .Fv)('pause-between-batches')}.`,
        },
        { name: 'max-surge', description: 'Rolling: create new instances before deleting old ones.', ado: bool },
        { name: 'prioritize-unhealthy', description: 'Rolling: upgrade unhealthy instances first.', ado: bool },
        { name: 'load-balancer', description: 'Blue-green: the load balancer in front of both colours.' },
        {
            name: 'preview-port',
            description: 'Blue-green: frontend port of the preview rule that reaches the idle colour.',
        },
        {
            name: 'scale-down-delay',
            description: `Blue-green: how long the old colour keeps running for instant rollback${(0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .boundsText */ .Fv)('scale-down-delay')}.`,
            default: '30m',
        },
        { name: 'app-service', description: 'Slot swap: the App Service (web app) name.' },
        { name: 'slot', description: 'Slot swap: the slot that receives the new artifact.', default: 'staging' },
        {
            name: 'container-image',
            description: 'Slot swap: the immutable container image reference (with digest or unique tag).',
        },
        {
            name: 'package-url',
            description: 'Slot swap: a run-from-package URL (a SAS URL is treated as a secret).',
            secret: true,
        },
        { name: 'warmup-path', description: 'Slot swap: the path the slot must answer before the swap.', default: '/' },
        {
            name: 'swap-with-preview',
            description: "Slot swap: apply production's config to the slot, verify, then complete (or reset).",
            default: 'false',
            ado: bool,
        },
        {
            name: 'canary-steps',
            description: "Canary: shift production traffic to the new release step by step, as a YAML list or one line such as '10%, pause 5m, analysis, 50%, pause, 100%'. 'N%' sets the new release's share (rising, ending at 100%: the strategy's own switch), 'pause D' waits, 'pause' alone stops the run (result 'paused') until a later 'promote' or 'abort' stage, 'analysis' runs the analysis gates and probes; a failure returns all traffic to the stable release (docs/strategies.md). Slot swap: 'N%' routes that share to the slot, '100%' swaps. Rolling (Manual upgrade mode): 'N%' replaces instances until that share of the scale set's instances runs the new image (rounded up, at least one), '100%' replaces the rest in batches. Blue-green: through the Front Door named by 'front-door-origin-group' ('N%' weights its preview origin, '100%' disables it and switches the load balancer).",
            ado: multi,
            yaml: true,
        },
        {
            name: 'front-door-origin-group',
            description: "Canary (blue-green): the Azure Front Door (Standard/Premium) origin group in front of the pair, as a resource id or '<profile>/<originGroup>' in resource-group. It holds one origin on the load balancer's live rule (host = its frontend's public IP or DNS name, HTTP port = the live rule's frontend port) and one on the preview rule; each 'N%' step is one weight write of the preview origin, '100%' disables it and switches the load balancer (docs/strategies.md).",
        },
        {
            name: 'template',
            description: "An ARM JSON template (.json), a Bicep file (.bicep) or a Bicep parameters file (.bicepparam) deployed to resource-group in incremental mode: with 'rolling' it replaces the model update (the template sets the new image, then instances are replaced in batches); 'template' deploys it as the release. Bicep needs the bicep CLI or az.",
            ado: { type: 'filePath' },
        },
        {
            name: 'template-parameters',
            description: 'Template parameters: a deployment parameters file (.json) or a YAML map of name: value (the image parameter is set by the engine).',
            ado: multi,
            yaml: true,
        },
        {
            name: 'image-parameter',
            description: 'The template parameter that receives the gallery image version id being deployed.',
            default: 'imageId',
        },
        {
            name: 'deploy-timeout',
            description: `Longest a deploy may take${(0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .boundsText */ .Fv)('deploy-timeout')}.`,
            default: '60m',
        },
        {
            name: 'lock-timeout',
            description: `How long to wait for another run that holds the deploy lock${(0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .boundsText */ .Fv)('lock-timeout')}; 0 fails at once.`,
            default: '15m',
        },
    ]),
    ...group('verify', [
        {
            name: 'probe-urls',
            description: 'HTTP probe URLs, one per line; each must answer as expected for probe-successes attempts in a row.',
            ado: multi,
        },
        {
            name: 'probes',
            description: 'Probes as a YAML list of {url, name, expect-status, body-match, successes, interval, request-timeout, timeout, failure-limit, headers}; fields default to the probe-* inputs.',
            ado: multi,
            yaml: true,
        },
        {
            name: 'probe-expect-status',
            description: "Expected status codes, e.g. '200' or '200-299,304'.",
            default: '200-299',
        },
        { name: 'probe-body-match', description: 'Text the body must contain, or a /regex/flags.' },
        { name: 'probe-successes', description: 'Consecutive successful answers a probe needs.', default: '3' },
        {
            name: 'probe-failure-limit',
            description: 'Consecutive failures after which a probe gives up early (0 = only the timeout).',
            default: '0',
        },
        {
            name: 'probe-interval',
            description: `Pause between probe attempts${(0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .boundsText */ .Fv)('probe-interval')}.`,
            default: '5s',
        },
        {
            name: 'probe-request-timeout',
            description: `Timeout of each probe request${(0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .boundsText */ .Fv)('probe-request-timeout')}.`,
            default: '10s',
        },
        {
            name: 'probe-timeout',
            description: `Overall time a probe may take to pass${(0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .boundsText */ .Fv)('probe-timeout')}.`,
            default: '5m',
        },
        {
            name: 'live-url',
            description: 'URL of the production endpoint (e.g. http://<load balancer address>/healthz): verify probes it with the probe-* settings, and Manual rollouts gate every batch on it.',
        },
        {
            name: 'preview-url',
            description: 'URL of the preview endpoint (the idle colour or the staging slot), probed like live-url before traffic moves.',
        },
        {
            name: 'verify-command',
            description: "A command verify runs, as a YAML/JSON list of arguments (['./smoke.sh', '--env', 'prod']) or one line split like a shell would (quotes, no expansion); it runs without a shell and must exit 0.",
            yaml: true,
        },
        {
            name: 'verify-command-timeout',
            description: `Longest verify-command may run before it is stopped and the check fails${(0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .boundsText */ .Fv)('verify-command-timeout')}.`,
            default: '5m',
        },
        {
            name: 'instance-health',
            description: 'Require every scale-set instance on the latest model and Healthy (re-read until probe-successes reads in a row pass, within probe-timeout).',
            default: 'true',
            ado: bool,
        },
        {
            name: 'remote-access',
            description: "Gate on SSH/RDP reachable from the Internet, password login or public IPs: 'deny', 'warn' or 'allow'.",
            default: 'warn',
            ado: pick('deny', 'warn', 'allow'),
        },
        {
            name: 'analysis',
            description: "Analysis gates as a YAML list, each a 'metric' (Azure Monitor metrics of 'target' or a resource id, an aggregation and a condition such as '< 1'), 'alerts' (no alert fired on the target or listed resources, optionally by rule or severity) or 'query' (KQL against an Application Insights resource or a Log Analytics workspace, a condition on its first row), with interval, count or duration, failure-limit, inconclusive-limit, inconclusive (fail or pass) and initial-delay; judged in verify and between Manual rolling batches (docs/analysis-gates.md).",
            ado: multi,
            yaml: true,
        },
        {
            name: 'auto-rollback',
            description: 'Roll back automatically when verify fails after a deploy.',
            default: 'true',
            ado: bool,
        },
        {
            name: 'to-version',
            description: 'Rollback: the image version to return to (default: the previous version recorded on the target).',
        },
    ]),
    ...group('cleanup', [
        { name: 'keep-versions', description: 'Newest image versions kept per image definition.', default: '5' },
        { name: 'keep-days', description: 'Versions younger than this many days are kept.', default: '0' },
        {
            name: 'retire',
            description: "What happens to superseded versions: 'delete', 'end-of-life' or 'exclude' (from latest).",
            default: 'delete',
            ado: pick('delete', 'end-of-life', 'exclude'),
        },
        {
            name: 'fail-on-cleanup-error',
            description: 'Fail the step when clean-up fails (otherwise a warning).',
            default: 'false',
            ado: bool,
        },
        {
            name: 'cleanup-parallelism',
            description: 'Clean-up writes sent at once (1 to 64); all of them pause when Azure throttles.',
            default: '8',
        },
        {
            name: 'cleanup-max-deletes',
            description: 'Most image versions deleted or retired per run (at least 1), the oldest first; the rest wait for the next run.',
            default: '1000',
        },
        {
            name: 'cleanup-timeout',
            description: `Longest clean-up may run: no delete starts after it, and deletes not confirmed by then are failures${(0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .boundsText */ .Fv)('cleanup-timeout')}.`,
            default: '3h',
        },
    ]),
];
const OUTPUTS = [
    {
        name: 'result',
        description: "'succeeded', 'failed' or 'cancelled'; a canary's 'promoted', 'paused' or 'aborted'; 'planned' for a plan (dry-run), which publishes only 'image-version', 'previous-image-version', 'verify-result' and 'record-file'.",
    },
    { name: 'image-version', description: 'The gallery image version published or deployed.' },
    { name: 'image-id', description: 'Resource id of the gallery image version.' },
    { name: 'managed-image-id', description: 'Resource id of the intermediate managed image the bake produced.' },
    {
        name: 'baked',
        description: "'true' when an image was baked, 'false' when a cached version with the same bake key was reused.",
    },
    { name: 'bake-key', description: 'Hash of everything that determines the image.' },
    { name: 'replicated-regions', description: 'Comma list of regions the version is replicated to.' },
    { name: 'previous-image-version', description: 'The image version the target ran before this deploy.' },
    { name: 'upgraded-instances', description: 'Number of instances replaced.' },
    { name: 'active-slot', description: "What serves production now: 'blue'/'green' or the App Service slot." },
    { name: 'previous-slot', description: 'What served production before.' },
    { name: 'preview-url', description: 'URL of the idle colour or the staging slot.' },
    { name: 'swapped', description: "'true' when an App Service swap happened." },
    {
        name: 'canary-weight',
        description: "Canary: the share of production traffic (%) on the new release when the run ended (rolling: the share of the scale set's instances on the new image).",
    },
    { name: 'canary-step', description: "Canary: the last step reached, as 'n/total: step'." },
    { name: 'rolled-back', description: "'true' when the run rolled the target back." },
    { name: 'verify-result', description: "'passed', 'failed' or 'skipped'." },
    { name: 'probe-results', description: 'JSON array of every probe: name, url, passed, attempts, reason.' },
    {
        name: 'check-results',
        description: 'JSON array of every other verify check (instance health, remote access, command): name, passed, warning, detail.',
    },
    {
        name: 'analysis-results',
        description: 'JSON array of every analysis gate run (between Manual rolling batches, then in verify): name, kind, during, verdict (successful, failed or inconclusive), passed, condition, measurements, detail.',
    },
    { name: 'cleaned-versions', description: 'Comma list of image versions deleted.' },
    { name: 'retired-versions', description: 'Comma list of image versions marked end-of-life or excluded.' },
    { name: 'kept-in-use', description: 'Comma list of old versions kept because something uses them.' },
    { name: 'cleanup-failures', description: 'Number of clean-up operations that failed.' },
    { name: 'record-file', description: 'Path of the JSON deployment record.' },
].map((o) => ({ ...o, ado: camel(o.name) }));
const inputsFor = (adapter) => INPUTS.filter((i) => !i.adapters || i.adapters.includes(adapter));
/**
 * By name, not a scan: parsing looks up every input, and a scan's predicate runs often enough to be
 * optimised on a background thread, which costs the GitHub entry ~2 MiB when it fails bad input
 * (docs/decisions/0003-github-bundle-startup.md).
 */
const BY_NAME = new Map(INPUTS.map((i) => [i.name, i]));
const findInput = (name) => BY_NAME.get(name);


/***/ }),

/***/ 45467:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Li: () => (/* binding */ parseLines),
/* harmony export */   RQ: () => (/* binding */ parseResourceId),
/* harmony export */   Zw: () => (/* binding */ Problems),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   f$: () => (/* binding */ parseHttpUrl),
/* harmony export */   fu: () => (/* binding */ isGalleryVersion),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   mX: () => (/* binding */ parseHttpsUrl),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   p$: () => (/* binding */ parseResourceName),
/* harmony export */   q6: () => (/* binding */ parseBool)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(21916);
/**
 * Parsers for single input values. None throws: each records a problem that names the input, the
 * bad value and what was expected, so `parseSettings` can report every problem at once.
 */

class Problems {
    items = [];
    add(input, message) {
        this.items.push({ input, message });
    }
    /** Records "'value' is not <what>; <expected>" and returns undefined, for one-line returns. */
    bad(input, value, expected) {
        this.add(input, `${quote(value)} ${expected}`);
        return undefined;
    }
}
/** The value in quotes, newlines shown as '\\n' (one problem stays one line), cut at 80 characters. */
const quote = (value) => {
    const flat = value.replace(/\r?\n/g, '\\n');
    return `'${flat.length > 80 ? `${flat.slice(0, 77)}...` : flat}'`;
};
/** "did you mean 'x'?" when a known value is close enough to be a typo. */
function didYouMean(value, known) {
    if (known.length === 0)
        return '';
    // Compare case-insensitively ('premium-lrs' is one edit from 'Premium_LRS'), suggest the known spelling.
    const lower = known.map((k) => k.toLowerCase());
    const best = nearest(value.toLowerCase(), lower);
    const limit = Math.max(2, Math.floor(lower[best.index].length / 3));
    return best.distance <= limit ? `; did you mean '${known[best.index]}'?` : '';
}
/**
 * The first of `known` at the least edit distance from `value` (fastest-levenshtein's `closest`),
 * measuring only the candidates that can win: the length difference is a lower bound of the
 * distance, so candidates are measured by increasing length difference until it exceeds the best
 * distance found. Measuring all ~60 regions made the distance function hot enough to be optimised
 * on a background thread, ~2 MiB more for a GitHub step failing bad input
 * (docs/decisions/0003-github-bundle-startup.md).
 */
function nearest(value, known) {
    let index = 0;
    let best = Infinity;
    const gaps = known.map((k) => Math.abs(k.length - value.length));
    const widest = Math.max(...gaps);
    for (let gap = 0; gap <= Math.min(best, widest); gap++) {
        for (let i = 0; i < known.length; i++) {
            if (gaps[i] !== gap)
                continue;
            const d = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(value, known[i]);
            if (d < best || (d === best && i < index))
                [best, index] = [d, i];
        }
    }
    return { index, distance: best };
}
function parseBool(p, input, raw) {
    const v = raw.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(v))
        return true;
    if (['false', 'no', '0', 'off'].includes(v))
        return false;
    return p.bad(input, raw, "is not a boolean; expected 'true' or 'false'");
}
function parseInteger(p, input, raw, min, max) {
    const v = raw.trim();
    if (!/^-?\d+$/.test(v))
        return p.bad(input, raw, `is not a whole number; expected an integer from ${min} to ${max}`);
    const n = Number(v);
    if (n < min || n > max)
        return p.bad(input, raw, `is out of range; expected an integer from ${min} to ${max}`);
    return n;
}
function parseEnum(p, input, raw, allowed) {
    const v = raw.trim();
    const hit = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
    if (hit)
        return hit;
    const list = allowed.map((a) => `'${a}'`).join(', ');
    return p.bad(input, raw, `is not one of ${list}${didYouMean(v, allowed)}`);
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Durations: '90s', '5m', '1h30m', '250ms', or a bare number of seconds. */
function parseDuration(p, input, raw) {
    const v = raw.trim().toLowerCase();
    if (/^\d+(\.\d+)?$/.test(v))
        return Math.round(Number(v) * 1000);
    const parts = [...v.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
    if (parts.length === 0 || parts.map((m) => m[0]).join('') !== v) {
        return p.bad(input, raw, "is not a duration; expected e.g. '30s', '5m', '1h30m' or a number of seconds");
    }
    return Math.round(parts.reduce((sum, m) => sum + Number(m[1]) * UNIT_MS[m[2]], 0));
}
/** Splits on commas and newlines, trims, drops empties. */
function parseList(raw) {
    return raw
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
/** Splits on newlines only (for values that may contain commas). */
function parseLines(raw) {
    return raw
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s.length > 0 && !s.startsWith('#'));
}
function parseHttpsUrl(p, input, raw) {
    try {
        const url = new URL(raw.trim());
        if (url.protocol === 'https:')
            return url.toString().replace(/\/$/, '');
    }
    catch {
        // fall through to the problem below
    }
    return p.bad(input, raw, "is not an https URL; expected e.g. 'https://management.example.com'");
}
function parseHttpUrl(p, input, raw) {
    try {
        const url = new URL(raw.trim());
        if (url.protocol === 'https:' || url.protocol === 'http:')
            return url.toString();
    }
    catch {
        // fall through to the problem below
    }
    return p.bad(input, raw, "is not an http(s) URL; expected e.g. 'https://app.example.com/health'");
}
const INT32_MAX = 2_147_483_647;
/** A gallery image version name: Major.Minor.Patch, each a 32-bit integer. */
function isGalleryVersion(v) {
    const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
    return !!m && m.slice(1).every((part) => Number(part) <= INT32_MAX);
}
/** Azure resource names: the characters ARM allows in most names, length 1-80. */
function parseResourceName(p, input, raw, pattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/) {
    const v = raw.trim();
    if (pattern.test(v))
        return v;
    return p.bad(input, raw, 'is not a valid Azure resource name; expected letters, digits, periods, underscores or hyphens, starting with a letter or digit');
}
/** An ARM resource id, optionally of one resource type (e.g. 'Microsoft.Compute/galleries/images/versions'). */
function parseResourceId(p, input, raw, type) {
    const v = raw.trim();
    const m = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/([^/]+)\/(.+)$/i.exec(v);
    if (!m)
        return p.bad(input, raw, "is not an Azure resource id; expected '/subscriptions/<id>/resourceGroups/<group>/providers/<namespace>/<type>/<name>'");
    if (type) {
        const segments = m[2].split('/');
        const actual = [m[1], ...segments.filter((_, i) => i % 2 === 0)].join('/');
        // An odd number of segments means the last type has no name ('.../images' names no image).
        if (segments.length % 2 !== 0 || segments.includes('') || actual.toLowerCase() !== type.toLowerCase()) {
            const [namespace, ...types] = type.split('/');
            const shape = `/subscriptions/<id>/resourceGroups/<group>/providers/${namespace}/${types.map((t) => `${t}/<name>`).join('/')}`;
            return p.bad(input, raw, `is not a ${type} resource id; expected '${shape}'`);
        }
    }
    return v;
}


/***/ }),

/***/ 80250:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ targetIsChecked),
/* harmony export */   U: () => (/* binding */ verifyStage)
/* harmony export */ });
/* harmony import */ var _analysis_for_stage_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6262);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(74296);
/* harmony import */ var _deploy_endpoint_probes_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(53204);
/* harmony import */ var _deploy_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(53129);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(98571);
/* harmony import */ var _verify_http_probe_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(28954);
/**
 * verify: health gates. HTTP probes (probe-urls / probes, plus the live and preview endpoints),
 * the target's checks through its strategy (scale-set instance health from ONE paged list per look,
 * the remote-access gate), and an optional command. Results per check in the outputs and the
 * summary; the analysis gates (Azure Monitor metrics, fired alerts, KQL: src/core/analysis/) at the
 * same time, stopped early once another check has failed.
 *
 * Plan mode (dry-run) lists the checks it would run and runs none: probes are reads, but a plan
 * judges nothing — the release it would verify was not deployed — and verify-command may write.
 */






const verifyStage = {
    name: 'verify',
    async run(ctx) {
        const { settings, deps, signal } = ctx;
        const descriptor = (0,_deploy_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .descriptorOf */ .nb)(settings.deploy.strategy);
        const targetChecked = targetIsChecked(settings);
        const strategy = descriptor.targetName(settings.deploy) ? await descriptor.loadStrategy() : undefined;
        const endpoints = [
            ...(0,_deploy_endpoint_probes_js__WEBPACK_IMPORTED_MODULE_3__/* .endpointsFromSettings */ .I9)(settings),
            ...(strategy ? await strategy.endpoints(ctx) : []),
        ];
        // Only live endpoints: after a switch or swap the preview endpoint serves the previous release
        // (the rollback target), which the deploy already gated before moving traffic.
        const probes = [
            ...settings.verify.probes,
            ...(0,_deploy_endpoint_probes_js__WEBPACK_IMPORTED_MODULE_3__/* .endpointProbes */ .ZR)(settings, endpoints.filter((e) => e.role === 'live')),
        ];
        if (settings.dryRun)
            return planVerify(ctx, probes.map((p) => `probe ${p.name === p.url ? p.url : `${p.name} (${p.url})`}: ${p.successes} success(es) in a row`), targetChecked);
        if (probes.length > 0)
            deps.host.info(`Probing ${probes.length} endpoint${probes.length === 1 ? '' : 's'}.`);
        const stop = new AbortController();
        const both = AbortSignal.any([signal, stop.signal]);
        // A failed probe or check fails verify whatever the gates say: they stop early, not judged.
        const stopGates = new AbortController();
        const stopGatesOn = (list) => {
            if (list.some((x) => !x.passed))
                stopGates.abort();
            return list;
        };
        const [probeRun, checkRun, gateRun] = await Promise.allSettled([
            probes.length > 0
                ? (0,_verify_http_probe_js__WEBPACK_IMPORTED_MODULE_4__/* .runProbes */ .j5)(probes, {
                    http: deps.http,
                    clock: deps.clock,
                    sleep: deps.sleep,
                    log: deps.host,
                    signal: both,
                }).then(stopGatesOn)
                : Promise.resolve([]),
            targetChecked && strategy
                ? strategy
                    .checkTarget(ctx)
                    .then(stopGatesOn)
                    .catch((e) => {
                    stop.abort(e);
                    stopGates.abort(e);
                    throw e;
                })
                : Promise.resolve([]),
            (0,_analysis_for_stage_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyAnalysis */ .WR)(ctx, stopGates.signal),
        ]);
        if (signal.aborted)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CancelledError */ .cc('the run was cancelled during verify');
        if (checkRun.status === 'rejected')
            throw checkRun.reason;
        if (probeRun.status === 'rejected')
            throw probeRun.reason;
        if (gateRun.status === 'rejected')
            throw gateRun.reason;
        const results = probeRun.value;
        const checks = [...checkRun.value];
        const gates = gateRun.value;
        if (settings.verify.command)
            checks.push(await runCommand(ctx, settings.verify.command));
        const items = [
            ...results.map((r) => ({ kind: 'check', label: r.name, value: r.reason, ok: r.passed })),
            ...checks.map((c) => ({
                kind: 'check',
                label: c.name,
                value: c.warning ? `warning: ${c.detail}` : c.detail,
                ok: c.passed,
            })),
            ...gates.map(gateItem),
        ];
        for (const r of results)
            (r.passed ? deps.host.info : deps.host.error).call(deps.host, (0,_verify_http_probe_js__WEBPACK_IMPORTED_MODULE_4__/* .formatProbeResult */ .X9)(r));
        for (const c of checks) {
            if (c.warning)
                ctx.warn(`verify: ${c.name}: ${c.detail}`);
            else
                (c.passed ? deps.host.info : deps.host.error).call(deps.host, `${c.passed ? 'PASS' : 'FAIL'} ${c.name}: ${c.detail}`);
        }
        for (const g of gates) {
            if (g.warning)
                ctx.warn(`verify: ${g.warning}`);
            else if (!g.stopped)
                (g.passed ? deps.host.info : deps.host.error).call(deps.host, `${g.passed ? 'PASS' : 'FAIL'} analysis '${g.name}': ${g.detail}`);
        }
        const failedProbes = results.filter((r) => !r.passed);
        const failedChecks = checks.filter((c) => !c.passed);
        const failedGates = gates.filter((g) => !g.passed && !g.stopped);
        const total = results.length + checks.length + gates.length;
        const failedCount = failedProbes.length + failedChecks.length + failedGates.length;
        const outputs = {
            verifyResult: failedCount === 0 ? 'passed' : 'failed',
            probeResults: results,
            ...(checks.length > 0 ? { checkResults: checks } : {}),
            ...(gates.length > 0 ? { analysisResults: gates } : {}),
        };
        const what = checks.length === 0 && gates.length === 0 ? 'probes' : 'checks';
        if (failedCount === 0)
            return { status: 'succeeded', outputs, items, message: `${total} of ${total} ${what} passed` };
        const names = [
            ...failedProbes.map((r) => `'${r.name}'`),
            ...failedChecks.map((c) => `'${c.name}' (${c.detail})`),
            ...failedGates.map((g) => `analysis '${g.name}' (${g.detail})`),
        ].join(', ');
        return { status: 'failed', outputs, items, message: `${failedCount} of ${total} ${what} failed: ${names}` };
    },
};
/** A gate's summary line; a gate stopped because another check failed first is a fact, not a verdict. */
function gateItem(g) {
    const label = `analysis '${g.name}'`;
    if (g.stopped)
        return { kind: 'fact', label, value: 'not judged: another check failed first' };
    return { kind: 'check', label, value: g.warning ? `warning: ${g.detail}` : g.detail, ok: g.passed };
}
/** Whether verify checks the target itself (which calls Azure): a target is named and a check asks for it. */
function targetIsChecked(settings) {
    const named = (0,_deploy_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .descriptorOf */ .nb)(settings.deploy.strategy).targetName(settings.deploy);
    return !!named && (settings.verify.instanceHealth || settings.verify.remoteAccess !== 'allow');
}
async function runCommand(ctx, command) {
    const shown = command.argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
    const name = 'command';
    if (!ctx.deps.commands)
        return { name, passed: false, detail: `cannot run '${shown}': this adapter offers no command runner` };
    ctx.deps.host.info(`Running verify-command: ${shown}`);
    const r = await ctx.deps.commands.run(command.argv, { timeoutMs: command.timeoutMs, signal: ctx.signal });
    if (ctx.signal.aborted)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CancelledError */ .cc('the run was cancelled while verify-command ran');
    const tail = r.outputTail ? `; output: …${r.outputTail.slice(-300)}` : '';
    if (r.startError)
        return { name, passed: false, detail: `'${shown}' could not start: ${r.startError}` };
    if (r.timedOut)
        return {
            name,
            passed: false,
            detail: `'${shown}' did not finish within ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a)(command.timeoutMs)} and was stopped${tail}`,
        };
    if (r.exitCode === 0)
        return { name, passed: true, detail: `'${shown}' exited 0 in ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a)(r.durationMs)}` };
    return { name, passed: false, detail: `'${shown}' exited ${r.exitCode ?? 'abnormally'}; expected 0${tail}` };
}
/** Plan mode: the checks verify would run, none run; verify-result 'skipped'. */
function planVerify(ctx, probes, targetChecked) {
    const { settings, deps } = ctx;
    const checks = [...probes];
    if (targetChecked)
        checks.push(...(0,_deploy_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .descriptorOf */ .nb)(settings.deploy.strategy).targetChecks(settings));
    if (settings.verify.command)
        checks.push(`command: ${settings.verify.command.argv.join(' ')}`);
    checks.push(...(0,_analysis_for_stage_js__WEBPACK_IMPORTED_MODULE_0__/* .plannedGates */ .Zz)(settings));
    const items = checks.map((c) => ({ kind: 'fact', label: 'would check', value: c }));
    for (const c of checks)
        deps.host.info(`plan: would check ${c}`);
    const message = `plan: verify would run ${checks.length} check(s); none runs in plan mode`;
    return { status: 'succeeded', outputs: { verifyResult: 'skipped' }, items, message };
}


/***/ }),

/***/ 10501:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ formatBodyMatch),
/* harmony export */   TT: () => (/* binding */ parseBodyMatch),
/* harmony export */   YF: () => (/* binding */ validateBodyMatch),
/* harmony export */   kG: () => (/* binding */ bodyExcerpt),
/* harmony export */   l1: () => (/* binding */ compileBodyMatch)
/* harmony export */ });
/**
 * Flags a body regex may carry. `g` and `y` are refused: they make `RegExp.test` stateful
 * (lastIndex), so the same body could match on one attempt and not the next.
 */
const ALLOWED_FLAGS = 'imsuv';
const EXPECTED = 'expected plain text to find in the body, or /pattern/flags with flags among i, m, s, u, v';
/** `/source/flags`, flags as letters only; anything else is plain text. */
const REGEX_FORM = /^\/([\s\S]*)\/([A-Za-z]*)$/;
/**
 * Parses a body expectation. Empty (or blank) text means "no body check" (`value: undefined`).
 * Text shaped like `/…/letters` is a regex; everything else is a case-sensitive substring.
 */
function parseBodyMatch(text) {
    if (text.trim() === '')
        return { ok: true, value: undefined };
    const form = REGEX_FORM.exec(text);
    if (!form)
        return { ok: true, value: { kind: 'substring', text } };
    const source = form[1] ?? '';
    const flags = form[2] ?? '';
    const errors = regexProblems(text, source, flags);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { kind: 'regex', source, flags } };
}
/** Problems with a body matcher built in code (the parser only builds valid ones). */
function validateBodyMatch(match) {
    if (match.kind === 'substring') {
        return match.text === '' ? [`Body text "" is empty; ${EXPECTED}.`] : [];
    }
    return regexProblems(formatBodyMatch(match), match.source, match.flags);
}
function regexProblems(shown, source, flags) {
    if (source === '')
        return [`Body pattern "${shown}" is an empty regular expression; ${EXPECTED}.`];
    const badFlags = [...flags].filter((flag) => !ALLOWED_FLAGS.includes(flag));
    if (badFlags.length > 0) {
        return [
            `Body pattern "${shown}" has unsupported flags "${badFlags.join('')}"; ${EXPECTED}` +
                ' (to find text that starts and ends with "/", escape it as a regex, e.g. /\\/health\\//).',
        ];
    }
    try {
        new RegExp(source, flags);
        return [];
    }
    catch (err) {
        return [`Body pattern "${shown}" is not a valid regular expression (${err.message}); ${EXPECTED}.`];
    }
}
/** A predicate for bodies; throws on an invalid regex (validate first). */
function compileBodyMatch(match) {
    if (match.kind === 'substring')
        return (body) => body.includes(match.text);
    const regex = new RegExp(match.source, match.flags);
    return (body) => regex.test(body);
}
/** `"ok"` or `/ok|healthy/i` — for logs and reasons. */
function formatBodyMatch(match) {
    return match.kind === 'substring' ? JSON.stringify(match.text) : `/${match.source}/${match.flags}`;
}
/** A quoted one-line excerpt of a body, whitespace collapsed, cut at `max` characters. */
function bodyExcerpt(body, max = 80) {
    const flat = body.replace(/\s+/g, ' ').trim();
    if (flat === '')
        return 'an empty body';
    const cut = flat.length > max ? `${flat.slice(0, max)}…` : flat;
    return JSON.stringify(cut);
}


/***/ }),

/***/ 28954:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  X9: () => (/* binding */ formatProbeResult),
  mW: () => (/* binding */ runProbe),
  j5: () => (/* binding */ runProbes)
});

// EXTERNAL MODULE: ./src/core/verify/body-match.ts
var body_match = __nccwpck_require__(10501);
// EXTERNAL MODULE: ./src/core/verify/status-matcher.ts
var status_matcher = __nccwpck_require__(79008);
;// CONCATENATED MODULE: ./src/core/verify/probe-attempt.ts


function prepareProbe(spec) {
    return {
        spec,
        bodyMatches: spec.bodyMatch ? (0,body_match/* compileBodyMatch */.l1)(spec.bodyMatch) : undefined,
        expectedStatus: (0,status_matcher/* formatStatusMatcher */.Eo)(spec.expectStatus),
    };
}
/**
 * Runs one GET with `timeoutMs` and classifies it. Rejects only with `signal.reason` when the
 * caller aborts; every other failure is an Outcome. Clients signal timeouts with an error named
 * "TimeoutError" (the web convention, as `AbortSignal.timeout` does), and a host name that does
 * not exist with one named "HostNotFoundError" (not worth another attempt).
 */
async function attemptOnce(probe, http, timeoutMs, signal) {
    const { spec } = probe;
    try {
        const request = http.get(spec.url, { timeoutMs, signal, headers: spec.headers });
        const answer = await untilAborted(request, signal);
        return classifyAnswer(probe, answer.status, answer.body);
    }
    catch (err) {
        if (signal?.aborted)
            throw signal.reason;
        if (err instanceof Error && err.name === 'TimeoutError') {
            return { ok: false, kind: 'timeout', detail: `request timed out after ${timeoutMs} ms` };
        }
        const kind = err instanceof Error && err.name === 'HostNotFoundError' ? 'unresolved' : 'error';
        return { ok: false, kind, detail: `request failed: ${errorMessage(err)}` };
    }
}
function classifyAnswer(probe, status, body) {
    if (!(0,status_matcher/* matchesStatus */.Oe)(probe.spec.expectStatus, status)) {
        const detail = `status ${status}, expected ${probe.expectedStatus}, with ${(0,body_match/* bodyExcerpt */.kG)(body, 60)}`;
        return { ok: false, kind: 'status', status, detail };
    }
    if (probe.bodyMatches && probe.spec.bodyMatch && !probe.bodyMatches(body)) {
        const detail = `status ${status} but body does not match ${(0,body_match/* formatBodyMatch */.Dq)(probe.spec.bodyMatch)}: ${(0,body_match/* bodyExcerpt */.kG)(body)}`;
        return { ok: false, kind: 'body', status, detail };
    }
    return { ok: true, status };
}
/** Identifies an outcome for logging: a change of key is a state change worth an info line. */
function outcomeKey(outcome) {
    if (outcome.ok)
        return 'ok';
    if (outcome.kind === 'status')
        return `status ${outcome.status}`;
    if (outcome.kind === 'error')
        return outcome.detail;
    return outcome.kind;
}
/**
 * Settles with `promise`, or rejects with the signal's reason as soon as it aborts, so a client
 * that ignores its signal cannot hold a cancelled probe.
 */
function untilAborted(promise, signal) {
    if (!signal)
        return promise;
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        if (signal.aborted) {
            promise.catch(() => undefined);
            onAbort();
            return;
        }
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
}
function errorMessage(err) {
    if (err instanceof Error)
        return err.message || err.name;
    return String(err);
}

;// CONCATENATED MODULE: ./src/core/verify/probe-spec.ts
/**
 * Validation of a whole ProbeSpec. The settings layer builds specs from parsed input; runProbe
 * re-checks them so a spec built in code cannot loop forever or divide nonsense.
 */


/** Every problem with `spec`, each message prefixed with the probe's name; empty when valid. */
function validateProbeSpec(spec) {
    const problems = [
        ...urlProblems(spec.url),
        ...(0,status_matcher/* validateStatusMatcher */.Hh)(spec.expectStatus),
        ...(spec.bodyMatch ? (0,body_match/* validateBodyMatch */.YF)(spec.bodyMatch) : []),
        ...numberProblems(spec),
    ];
    return problems.map((problem) => `Probe "${spec.name}": ${problem}`);
}
function urlProblems(url) {
    let protocol;
    try {
        protocol = new URL(url).protocol;
    }
    catch {
        return [`URL "${url}" is not a valid URL; expected an absolute http:// or https:// URL.`];
    }
    return protocol === 'http:' || protocol === 'https:'
        ? []
        : [`URL "${url}" uses ${protocol}; expected an absolute http:// or https:// URL.`];
}
function numberProblems(spec) {
    const checks = [
        ['successes', spec.successes, (n) => Number.isInteger(n) && n >= 1, 'a whole number of at least 1'],
        ['failureLimit', spec.failureLimit, (n) => Number.isInteger(n) && n >= 1, 'a whole number of at least 1'],
        ['intervalMs', spec.intervalMs, (n) => Number.isFinite(n) && n >= 0, 'milliseconds, 0 or more'],
        ['requestTimeoutMs', spec.requestTimeoutMs, (n) => Number.isFinite(n) && n > 0, 'milliseconds, more than 0'],
        ['timeoutMs', spec.timeoutMs, (n) => Number.isFinite(n) && n > 0, 'milliseconds, more than 0'],
    ];
    return checks
        .filter(([, value, ok]) => value !== undefined && !ok(value))
        .map(([field, value, , expected]) => `${field} ${String(value)} is invalid; expected ${expected}.`);
}

// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __nccwpck_require__(98571);
;// CONCATENATED MODULE: ./src/core/verify/http-probe.ts
/**
 * HTTP health probes for the verify stage: poll a URL until it answers as expected enough times
 * in a row, within a time budget measured on the injected clock.
 *
 * Cancellation: when `deps.signal` aborts, runProbe/runProbes reject with `signal.reason` (the
 * same contract as the Sleep port) instead of resolving a result. A cancelled probe has neither
 * passed nor failed, and the engine handles cancellation in one place.
 */




/**
 * Runs one probe to a verdict. Throws (synchronously rejected promise) when the spec is invalid,
 * and rejects with `deps.signal.reason` when cancelled; otherwise resolves, passed or not.
 *
 * Loop: attempt → classify → count. Passes at `successes` consecutive successes; fails at
 * `failureLimit` consecutive failures, or when the next attempt would start at or after the
 * deadline (start + timeoutMs). It never sleeps past the deadline, and each request's timeout is
 * clipped to the time left, so a run ends by the deadline plus the client's own slack.
 */
async function runProbe(spec, deps) {
    const problems = validateProbeSpec(spec);
    if (problems.length > 0)
        throw new Error(problems.join(' '));
    deps.signal?.throwIfAborted();
    const probe = prepareProbe(spec);
    const started = deps.clock.now();
    const deadline = started + spec.timeoutMs;
    const progress = { started, attempts: 0, consecutiveSuccesses: 0, consecutiveFailures: 0 };
    deps.log.info(`Probe "${spec.name}": checking ${spec.url} ${describeGoal(probe)}.`);
    for (;;) {
        const timeLeft = deadline - deps.clock.now();
        if (timeLeft <= 0)
            return finish(spec, progress, deps, 'budget');
        const outcome = await attemptOnce(probe, deps.http, Math.min(spec.requestTimeoutMs, timeLeft), deps.signal);
        const previousKey = progress.last ? outcomeKey(progress.last) : undefined;
        record(progress, outcome);
        logAttempt(deps.log, probe, progress, outcome);
        const verdict = verdictAfterAttempt(spec, progress, deps.clock.now() + spec.intervalMs >= deadline);
        if (verdict !== undefined)
            return finish(spec, progress, deps, verdict);
        if (outcomeKey(outcome) !== previousKey)
            logStateChange(deps.log, spec.name, outcome);
        await deps.sleep(spec.intervalMs, deps.signal);
    }
}
/**
 * Runs probes in parallel; results come back in the order of `specs`. If one probe throws (the
 * caller aborted, or a spec is invalid) the others are cancelled, awaited, and the error rethrown.
 */
async function runProbes(specs, deps) {
    const stopOthers = new AbortController();
    const signal = deps.signal ? AbortSignal.any([deps.signal, stopOthers.signal]) : stopOthers.signal;
    const runs = specs.map((spec) => runProbe(spec, { ...deps, signal }).catch((err) => {
        stopOthers.abort(err);
        throw err;
    }));
    const settled = await Promise.allSettled(runs);
    const rejected = settled.find((s) => s.status === 'rejected');
    if (rejected)
        throw deps.signal?.aborted ? deps.signal.reason : rejected.reason;
    return settled.map((s) => s.value);
}
/** One line for summaries: `PASS api (https://…/health): Passed: 3 consecutive successes …` */
function formatProbeResult(result) {
    const label = result.name === result.url ? result.url : `${result.name} (${result.url})`;
    return `${result.passed ? 'PASS' : 'FAIL'} ${label}: ${result.reason}`;
}
function record(progress, outcome) {
    progress.attempts += 1;
    progress.last = outcome;
    if (outcome.ok) {
        progress.consecutiveSuccesses += 1;
        progress.consecutiveFailures = 0;
    }
    else {
        progress.consecutiveSuccesses = 0;
        progress.consecutiveFailures += 1;
        progress.lastFailure = outcome;
    }
}
function verdictAfterAttempt(spec, progress, noTimeForNext) {
    if (progress.consecutiveSuccesses >= spec.successes)
        return 'passed';
    // A host name that does not exist will not start resolving on the next attempt: fail at once.
    if (progress.last && !progress.last.ok && progress.last.kind === 'unresolved')
        return 'unresolved';
    if (spec.failureLimit !== undefined && progress.consecutiveFailures >= spec.failureLimit)
        return 'failure-limit';
    return noTimeForNext ? 'budget' : undefined;
}
function reasonFor(verdict, spec, progress, durationMs) {
    const attempts = plural(progress.attempts, 'attempt');
    const took = (0,duration/* formatDuration */.a)(durationMs);
    const lastFailure = progress.lastFailure?.detail;
    switch (verdict) {
        case 'passed':
            return `Passed: ${plural(progress.consecutiveSuccesses, 'consecutive success', 'consecutive successes')} after ${attempts} in ${took}.`;
        case 'unresolved':
            return `Failed at once: ${lastFailure}; check the URL.`;
        case 'failure-limit':
            return `Failed: gave up after ${plural(progress.consecutiveFailures, 'consecutive failure')} (${attempts} in ${took}); last: ${lastFailure}.`;
        case 'budget': {
            const last = lastFailure ? `; last failure: ${lastFailure}` : '';
            return (`Failed: ${progress.consecutiveSuccesses} of ${spec.successes} consecutive successes within the ` +
                `${(0,duration/* formatDuration */.a)(spec.timeoutMs)} timeout (${attempts})${last}.`);
        }
    }
}
function finish(spec, progress, deps, verdict) {
    const durationMs = deps.clock.now() - progress.started;
    const reason = reasonFor(verdict, spec, progress, durationMs);
    const passed = verdict === 'passed';
    const message = `Probe "${spec.name}": ${reason}`;
    if (passed)
        deps.log.info(message);
    else
        deps.log.warning(message);
    const last = progress.last;
    return {
        name: spec.name,
        url: spec.url,
        passed,
        attempts: progress.attempts,
        consecutiveSuccesses: progress.consecutiveSuccesses,
        lastStatus: last && 'status' in last ? last.status : undefined,
        lastError: last && !last.ok ? last.detail : undefined,
        reason,
        durationMs,
    };
}
function describeGoal(probe) {
    const { spec } = probe;
    const body = spec.bodyMatch ? ` and body matching ${(0,body_match/* formatBodyMatch */.Dq)(spec.bodyMatch)}` : '';
    const limit = spec.failureLimit !== undefined ? `, giving up after ${plural(spec.failureLimit, 'consecutive failure')}` : '';
    return (`until ${plural(spec.successes, 'consecutive success', 'consecutive successes')} ` +
        `(status ${probe.expectedStatus}${body}) within ${(0,duration/* formatDuration */.a)(spec.timeoutMs)}${limit}`);
}
function logAttempt(log, probe, progress, outcome) {
    const { spec } = probe;
    const what = outcome.ok
        ? `status ${outcome.status} ok (${progress.consecutiveSuccesses}/${spec.successes})`
        : `${outcome.detail} (${plural(progress.consecutiveFailures, 'consecutive failure')})`;
    log.debug(`Probe "${spec.name}": attempt ${progress.attempts}: ${what}.`);
}
function logStateChange(log, name, outcome) {
    log.info(outcome.ok
        ? `Probe "${name}": now succeeding (status ${outcome.status}).`
        : `Probe "${name}": failing: ${outcome.detail}.`);
}
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}


/***/ }),

/***/ 79008:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eo: () => (/* binding */ formatStatusMatcher),
/* harmony export */   Hh: () => (/* binding */ validateStatusMatcher),
/* harmony export */   Oe: () => (/* binding */ matchesStatus),
/* harmony export */   W6: () => (/* binding */ parseStatusMatcher)
/* harmony export */ });
const MIN_STATUS = 100;
const MAX_STATUS = 599;
const EXAMPLE = 'e.g. "200", "200,204,300-399" or "2xx"';
function matchesStatus(matcher, status) {
    return matcher.some((rule) => typeof rule === 'number' ? rule === status : status >= rule.min && status <= rule.max);
}
/** "200, 300-399" — for logs and reasons. */
function formatStatusMatcher(matcher) {
    return matcher.map((rule) => (typeof rule === 'number' ? String(rule) : `${rule.min}-${rule.max}`)).join(', ');
}
/** Problems with a matcher built in code (the parser only builds valid ones). */
function validateStatusMatcher(matcher) {
    if (matcher.length === 0)
        return [`Expected statuses are empty; expected at least one code or range, ${EXAMPLE}.`];
    const errors = [];
    for (const rule of matcher) {
        const [min, max] = typeof rule === 'number' ? [rule, rule] : [rule.min, rule.max];
        const shown = typeof rule === 'number' ? String(rule) : `${rule.min}-${rule.max}`;
        if (!isStatusCode(min) || !isStatusCode(max)) {
            errors.push(`Status "${shown}" is not within ${MIN_STATUS}-${MAX_STATUS}; expected whole status codes in that range.`);
        }
        else if (min > max) {
            errors.push(`Status range "${shown}" is reversed; expected the lower code first, e.g. 200-299.`);
        }
    }
    return errors;
}
/**
 * Parses comma-separated entries: a code ("200"), an inclusive range ("300-399") or a class
 * ("2xx"). Whitespace around entries is ignored. Every bad entry yields its own message.
 */
function parseStatusMatcher(text) {
    if (text.trim() === '') {
        return { ok: false, errors: [`Status list "${text}" is empty; expected status codes, ${EXAMPLE}.`] };
    }
    const rules = [];
    const errors = [];
    const entries = text.split(',').map((entry) => entry.trim());
    if (entries.includes('')) {
        errors.push(`Status list "${text}" has an empty entry; expected codes or ranges separated by single commas, ${EXAMPLE}.`);
    }
    for (const entry of entries.filter((e) => e !== '')) {
        const parsed = parseEntry(entry);
        if (typeof parsed === 'string')
            errors.push(parsed);
        else
            rules.push(parsed);
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: rules };
}
/** One entry: the rule, or an error message naming the entry. */
function parseEntry(entry) {
    const statusClass = /^([1-5])xx$/i.exec(entry);
    if (statusClass) {
        const hundreds = Number(statusClass[1]) * 100;
        return { min: hundreds, max: hundreds + 99 };
    }
    if (/^\d+$/.test(entry)) {
        const code = Number(entry);
        return isStatusCode(code) ? code : outOfRange(entry);
    }
    const range = /^(\d+)\s*-\s*(\d+)$/.exec(entry);
    if (range) {
        const min = Number(range[1]);
        const max = Number(range[2]);
        if (!isStatusCode(min) || !isStatusCode(max))
            return outOfRange(entry);
        if (min > max)
            return `Status range "${entry}" is reversed; expected the lower code first, e.g. ${max}-${min}.`;
        return { min, max };
    }
    return `Status "${entry}" is not a status code or range; expected a code like 200, a range like 200-299 or a class like 2xx.`;
}
function outOfRange(entry) {
    return `Status "${entry}" is outside ${MIN_STATUS}-${MAX_STATUS}; expected codes between ${MIN_STATUS} and ${MAX_STATUS}.`;
}
function isStatusCode(value) {
    return Number.isInteger(value) && value >= MIN_STATUS && value <= MAX_STATUS;
}


/***/ }),

/***/ 487:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j1: () => (/* binding */ realDeadline),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
const systemClock = { now: () => Date.now() };
/** Waits `ms`; rejects with `signal.reason` as soon as the signal aborts (or at once if it has). */
const realSleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted) {
        reject(signal.reason);
        return;
    }
    const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
    };
    const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
});
/** A signal that aborts after `ms` of real time. */
const realDeadline = (ms) => AbortSignal.timeout(Math.max(1, Math.round(ms)));


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 57349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveBlockMap = __nccwpck_require__(87103);
var resolveBlockSeq = __nccwpck_require__(90334);
var resolveFlowCollection = __nccwpck_require__(13142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 23683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(45937);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 45937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var composeCollection = __nccwpck_require__(57349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(17788);
var utilEmptyScalarPosition = __nccwpck_require__(22599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 89984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(61342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var identity = __nccwpck_require__(41127);
var composeDoc = __nccwpck_require__(23683);
var resolveEnd = __nccwpck_require__(17788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 87103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(74051);
var utilMapIncludes = __nccwpck_require__(81187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 48913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 90334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(92223);
var resolveProps = __nccwpck_require__(34631);
var utilFlowIndentCheck = __nccwpck_require__(74051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 17788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 13142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(81187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 76842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var resolveEnd = __nccwpck_require__(17788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 34631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 22599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 74051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 81187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var toJS = __nccwpck_require__(74043);
var Schema = __nccwpck_require__(45840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(71596);
var applyReviver = __nccwpck_require__(83661);
var createNode = __nccwpck_require__(42404);
var directives = __nccwpck_require__(61342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 71596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 83661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 42404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 61342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 91464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 38815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(45840);
var errors = __nccwpck_require__(91464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(84047);
var visit = __nccwpck_require__(10204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 57249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var visit = __nccwpck_require__(10204);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 40101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 66673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(83661);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 57165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyPair = __nccwpck_require__(59748);
var addPairToJSMap = __nccwpck_require__(97104);
var identity = __nccwpck_require__(41127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 63301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 84454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(61212);
var addPairToJSMap = __nccwpck_require__(97104);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 92223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyCollection = __nccwpck_require__(61212);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var toJS = __nccwpck_require__(74043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 97104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(57249);
var merge = __nccwpck_require__(90452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 41127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 74043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 60110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);
var errors = __nccwpck_require__(91464);
var stringifyString = __nccwpck_require__(83069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 91733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 97715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(60110);
var cstStringify = __nccwpck_require__(91733);
var cstVisit = __nccwpck_require__(97715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 40361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 66628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 84047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var log = __nccwpck_require__(57249);
var identity = __nccwpck_require__(41127);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 45840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var tags = __nccwpck_require__(90018);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 47451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLMap = __nccwpck_require__(84454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 73632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLSeq = __nccwpck_require__(92223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 66464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(83069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 73959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 38405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 59874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 70896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 33559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 90018:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);
var schema = __nccwpck_require__(70896);
var schema$1 = __nccwpck_require__(33559);
var binary = __nccwpck_require__(56083);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var schema$2 = __nccwpck_require__(35913);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 56083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(20181);
var Scalar = __nccwpck_require__(63301);
var stringifyString = __nccwpck_require__(83069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 88398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 35782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 10873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 90452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 50303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var pairs = __nccwpck_require__(18385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 18385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLSeq = __nccwpck_require__(92223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 35913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var binary = __nccwpck_require__(56083);
var bool = __nccwpck_require__(88398);
var float = __nccwpck_require__(35782);
var int = __nccwpck_require__(10873);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 81528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 46752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 34475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var identity = __nccwpck_require__(41127);
var stringifyComment = __nccwpck_require__(59799);
var stringifyString = __nccwpck_require__(83069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 61212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 59799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 28689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 59748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 83069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var foldFlowLines = __nccwpck_require__(34475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 10204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"0.1.0"};

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6476);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
