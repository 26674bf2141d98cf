import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 21916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
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
__webpack_unused_export__ = closest;


/***/ }),

/***/ 78347:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lb: () => (/* binding */ issueCommand),
/* harmony export */   n5: () => (/* binding */ githubNamer),
/* harmony export */   oy: () => (/* binding */ githubRead)
/* harmony export */ });
/* unused harmony export formatCommand */
/**
 * The two things the GitHub runner's documented contract gives an action without @actions/core:
 * inputs as INPUT_* environment variables, and workflow commands (`::name key=value::message`) on
 * stdout. main.ts uses them to fail bad input before it loads @actions/core (whose OIDC client
 * brings undici); both behave exactly as the toolkit's `getInput` and `issueCommand`, which
 * __tests__/adapters/github-runner-io.test.ts checks against @actions/core itself.
 */
/**
 * `os.EOL`, without importing node:os: the bundle reaches each built-in through a `createRequire`,
 * whose path handling is enough to get a function optimised on a background thread (~2 MiB).
 */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
/** GitHub names inputs as they appear in `with:`: the kebab-case name. */
const githubNamer = (name) => name;
/** `core.getInput(name)` (trimmed, not required); undefined when not given. */
const githubRead = (name) => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim() || undefined;
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** One workflow command line, as the toolkit formats it (empty properties are left out). */
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter((e) => !!e[1])
        .map(([k, v]) => `${k}=${escapeProperty(v)}`);
    return `::${command}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}
function issueCommand(command, properties, message) {
    process.stdout.write(formatCommand(command, properties, message) + EOL);
}


/***/ }),

/***/ 31653:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DO: () => (/* binding */ yamlInputGiven),
/* harmony export */   KJ: () => (/* binding */ usesInputFiles),
/* harmony export */   Pz: () => (/* binding */ prepareDirect),
/* harmony export */   VD: () => (/* binding */ bugStack),
/* harmony export */   dg: () => (/* binding */ registerSecrets),
/* harmony export */   gI: () => (/* binding */ given),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   pE: () => (/* binding */ parseOptionsFor)
/* harmony export */ });
/* unused harmony export INPUT_FILE_INPUTS */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
/* harmony import */ var _core_settings_parse_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(72048);
/* harmony import */ var _core_settings_table_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(93937);
/* harmony import */ var _runtime_time_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(487);
/* harmony import */ var _text_file_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7056);
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
const INPUT_FILE_INPUTS = ['config', 'fleet-file', 'fleet-target'];
const usesInputFiles = (read) => INPUT_FILE_INPUTS.some((n) => given(read(n)));
/** Whether a YAML-valued input (`yaml: true` in the table) is given: only then is a YAML parser needed. */
const yamlInputGiven = (options) => (0,_core_settings_table_js__WEBPACK_IMPORTED_MODULE_2__/* .inputsFor */ .pz)(options.adapter).some((d) => d.yaml && (given(options.read(d.name)) || d.default !== undefined));
/** Registers the raw value of every secret input `read` gives with the host. */
function registerSecrets(options, read) {
    for (const def of (0,_core_settings_table_js__WEBPACK_IMPORTED_MODULE_2__/* .inputsFor */ .pz)(options.adapter)) {
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
    now: (options.clock ?? _runtime_time_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .ml).now(),
    readFile: (path) => (0,_text_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readTextFile */ .G)(path),
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
    return (0,_core_settings_parse_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputs */ .T)(read, { ...parseOptionsFor(options), parseYaml });
}
/** The stack of an unexpected error (a bug), for debug logs; undefined for the engine's own errors. */
function bugStack(err) {
    if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ)
        return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .internalStack */ ._w)(err);
    return err instanceof Error ? err.stack : undefined;
}
/** The message of anything thrown, never its stack. */
function errorMessage(err) {
    if (err instanceof Error)
        return err.message || err.name;
    return String(err);
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
    loadStrategy: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(20), __nccwpck_require__.e(942), __nccwpck_require__.e(894)]).then(__nccwpck_require__.bind(__nccwpck_require__, 44894))).blueGreenStrategy,
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
    loadStrategy: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(20), __nccwpck_require__.e(942), __nccwpck_require__.e(693)]).then(__nccwpck_require__.bind(__nccwpck_require__, 84693))).rollingStrategy,
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
    loadStrategy: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(20), __nccwpck_require__.e(333)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92333))).slotSwapStrategy,
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

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

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

/***/ 54848:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

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

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

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

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

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
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/adapters/shared/prepare-direct.ts
var prepare_direct = __nccwpck_require__(31653);
// EXTERNAL MODULE: ./src/adapters/github/runner-io.ts
var runner_io = __nccwpck_require__(78347);
;// CONCATENATED MODULE: ./src/adapters/github/main.ts


/**
 * Inputs given directly parse without the config/fleet file readers, and without a YAML parser
 * unless a YAML-valued input is given; a config or fleet file loads them all first.
 */
async function prepare(options) {
    if ((0,prepare_direct/* usesInputFiles */.KJ)(options.read)) {
        const { prepareStep } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(628)]).then(__nccwpck_require__.bind(__nccwpck_require__, 39628));
        return prepareStep(options);
    }
    if (!(0,prepare_direct/* yamlInputGiven */.DO)(options))
        return (0,prepare_direct/* prepareDirect */.Pz)(options);
    const yaml = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 38815, 19));
    return (0,prepare_direct/* prepareDirect */.Pz)(options, (text) => yaml.parse(text));
}
async function main() {
    let settings;
    try {
        settings = await prepare({
            adapter: 'github',
            read: runner_io/* githubRead */.oy,
            namer: runner_io/* githubNamer */.n5,
            host: { setSecret: (v) => (0,runner_io/* issueCommand */.Lb)('add-mask', {}, v) },
        });
    }
    catch (err) {
        // SettingsError (bad input, nothing ran) or a bug: one message, never a stack trace
        // (`core.debug(stack)` then `core.setFailed(message)`, without loading the toolkit).
        const stack = (0,prepare_direct/* bugStack */.VD)(err);
        if (stack)
            (0,runner_io/* issueCommand */.Lb)('debug', {}, stack);
        process.exitCode = 1;
        (0,runner_io/* issueCommand */.Lb)('error', {}, (0,prepare_direct/* errorMessage */.gJ)(err));
        return;
    }
    const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(421), __nccwpck_require__.e(20), __nccwpck_require__.e(628), __nccwpck_require__.e(193)]).then(__nccwpck_require__.bind(__nccwpck_require__, 193));
    await run(settings);
}
void main();

;// CONCATENATED MODULE: ./scripts/ncc/github-main.ts
// Build entry (see scripts/ncc/tsconfig.json): the bundle runs this module.


