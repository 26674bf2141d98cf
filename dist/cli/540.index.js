export const id = 540;
export const ids = [540];
export const modules = {

/***/ 42540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KqlError: () => (/* reexport */ types/* KqlError */.B),
  evaluateKql: () => (/* binding */ evaluateKql),
  evaluateKqlAsync: () => (/* binding */ evaluateKqlAsync),
  isKqlParserLoaded: () => (/* binding */ isKqlParserLoaded),
  loadKqlParser: () => (/* binding */ loadKqlParser)
});

// EXTERNAL MODULE: ./src/emulator/monitor/kql/types.ts
var types = __webpack_require__(80300);
;// CONCATENATED MODULE: ./src/emulator/monitor/kql/errors.ts
/** KqlError builders that point at the construct in the query text. */

/** A query that names something the tables or the language do not have, or mixes types. */
function semanticError(q, at, message) {
    return new types/* KqlError */.B(`${message} (at ${describePosition(q.text, at)})`, 'SemanticError');
}
/** A valid KQL construct that this evaluator does not implement: says what it does implement. */
function unsupported(q, at, what, supported) {
    return new types/* KqlError */.B(`${what} is not supported by the emulator's KQL evaluator (at ${describePosition(q.text, at)}); ` +
        `it supports ${supported}.`, 'SemanticError');
}
/** "line 1, column 43" for an offset into the query text. */
function describePosition(text, offset) {
    const before = text.slice(0, Math.max(0, offset));
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return `line ${line}, column ${column}`;
}

;// CONCATENATED MODULE: ./src/emulator/monitor/kql/kusto-parser.ts
/**
 * The Kusto.Language parser (`@kusto/language-service-next`, Microsoft's own KQL parser compiled to
 * JavaScript with Bridge.NET), loaded on the first query: it adds about 5 MB of script, 0.3 s and
 * 70 MB to the process, which the emulator pays only when something queries logs.
 *
 * Only the syntax tree is used (no semantic analysis: that needs the full function catalogue, a
 * further 0.5 s). This module is the only one that touches Bridge objects; syntax.ts reads the tree
 * through the small `KustoNode` view below.
 */


let loaded;
let loading;
/** Loads the parser once (dynamic import, so a bundle keeps it in a chunk of its own). */
function loadKustoParser() {
    loading ??= (async () => {
        // Order matters: the second script runs against the `Bridge` global the first one installs.
        await __webpack_require__.e(/* import() */ 982).then(__webpack_require__.t.bind(__webpack_require__, 31982, 23));
        await __webpack_require__.e(/* import() */ 96).then(__webpack_require__.t.bind(__webpack_require__, 32096, 23));
        const globals = globalThis;
        const kindNames = new Map();
        for (const [name, value] of Object.entries(globals.Kusto.Language.Syntax.SyntaxKind)) {
            if (typeof value === 'number')
                kindNames.set(value, name);
        }
        loaded = { globals, kindNames };
        return loaded;
    })();
    return loading.then(() => undefined);
}
function isKustoParserLoaded() {
    return loaded !== undefined;
}
/** Parses `text`; a syntax error becomes a KqlError with the parser's diagnostic and its position. */
function parseKusto(text) {
    if (!loaded) {
        throw new Error('The KQL parser is not loaded yet: await loadKqlParser() (or use evaluateKqlAsync) first.');
    }
    const { globals, kindNames } = loaded;
    const root = globals.Kusto.Language.Parsing.QueryParser.ParseQuery$1(text);
    const diagnostics = globals.System.Linq.Enumerable.from(root.GetContainedSyntaxDiagnostics()).ToArray();
    const first = diagnostics.find((d) => d.Severity === 'Error');
    if (first) {
        throw new types/* KqlError */.B(`Syntax error: ${first.Message} (${first.Code}) at ${describePosition(text, first.Start)}`);
    }
    return { root, kindOf: (node) => kindNames.get(node.Kind) ?? `SyntaxKind ${node.Kind}` };
}

;// CONCATENATED MODULE: ./src/emulator/monitor/kql/naming.ts
/**
 * Result column names, as Kusto.Language's binder gives them: a name the query writes, else the
 * name inferred from the expression (scalar.ts, functions.ts, aggregates.ts), else Column1,
 * Column2, … skipping the input row's names. Two declarations of one name in an operator (a
 * written name or a bare column name, twice) are an error ("A column with the name 'x' is already
 * declared"); otherwise the later name gets a suffix (count_, count_1; n, n1; Column1, Column11).
 */

/** Names the columns one operator declares; `taken` holds the input row's names. */
function nameColumns(q, requests, policy, taken) {
    /** Name -> whether a declaration (not an inferred name) took it. */
    const declared = new Map();
    let suffix = 1;
    const fresh = () => {
        while (taken.has(`Column${suffix}`))
            suffix++;
        return `Column${suffix++}`;
    };
    return requests.map((request) => {
        let name = request.explicit ?? request.inferred ?? fresh();
        const declaration = request.explicit !== undefined || request.reference === true;
        if (declared.has(name)) {
            if (declaration && declared.get(name)) {
                throw semanticError(q, request.at, `A column with the name '${name}' is already declared`);
            }
            if (policy === 'extend') {
                // Kusto keeps the last of two inferred names; naming the columns says which one is meant.
                throw semanticError(q, request.at, `Two columns of this extend are named '${name}'; name them with '='`);
            }
            let n = 1;
            while (declared.has(`${name}${n}`))
                n++;
            name = `${name}${n}`;
        }
        declared.set(name, declaration);
        return name;
    });
}

;// CONCATENATED MODULE: ./src/emulator/monitor/kql/values.ts
const MS_PER_TICK = 1e-4;
const MS_PER_DAY = 86_400_000;
function isNumeric(type) {
    return type === 'int' || type === 'long' || type === 'real';
}
function isInteger(type) {
    return type === 'int' || type === 'long';
}
/** A contract cell (ISO datetime text, timespan milliseconds, JSON) as an internal value. */
function fromCell(type, cell) {
    if (cell === undefined || cell === null)
        return type === 'string' ? '' : null;
    switch (type) {
        case 'string':
            return typeof cell === 'string' ? cell : String(cell);
        case 'datetime': {
            return datetimeOrNull(typeof cell === 'number' ? cell : Date.parse(String(cell)));
        }
        case 'bool':
            return typeof cell === 'boolean' ? cell : null;
        case 'dynamic':
            return cell;
        default:
            return typeof cell === 'number' ? cell : null;
    }
}
/** An internal value as a contract cell: datetimes as ISO 8601 text, '' for a string's null. */
function toCell(type, value) {
    if (type === 'string')
        return value ?? '';
    if (value === null)
        return null;
    if (type === 'datetime')
        return new Date(value).toISOString();
    return value;
}
/** Milliseconds from 0001-01-01 (where .NET ticks, and so Kusto's bins, start) to 1970-01-01. */
const EPOCH_OFFSET_MS = 62135596800000;
/** 10000-01-01: datetimes end with 9999-12-31 (https://learn.microsoft.com/kusto/query/scalar-data-types/datetime). */
const DATETIME_END_MS = 253402300800000;
/** A datetime in milliseconds, or null when it leaves the range a datetime can hold. */
function datetimeOrNull(ms) {
    return Number.isFinite(ms) && ms >= -EPOCH_OFFSET_MS && ms < DATETIME_END_MS ? ms : null;
}
const TIMESPAN_UNITS = new Map([
    ['d', MS_PER_DAY],
    ['day', MS_PER_DAY],
    ['days', MS_PER_DAY],
    ['h', 3_600_000],
    ['hr', 3_600_000],
    ['hrs', 3_600_000],
    ['hour', 3_600_000],
    ['hours', 3_600_000],
    ['m', 60_000],
    ['min', 60_000],
    ['minute', 60_000],
    ['minutes', 60_000],
    ['s', 1000],
    ['sec', 1000],
    ['second', 1000],
    ['seconds', 1000],
    ['ms', 1],
    ['milli', 1],
    ['millis', 1],
    ['millisecond', 1],
    ['milliseconds', 1],
    ['microsecond', 0.001],
    ['microseconds', 0.001],
    ['tick', MS_PER_TICK],
    ['ticks', MS_PER_TICK],
]);
/**
 * A timespan literal's text in milliseconds: `5m`, `1.5h`, `30s`, `100ms`, `2d`, `timespan(1h)`,
 * `time(1.02:03:04)`, `time(null)` (https://learn.microsoft.com/kusto/query/scalar-data-types/timespan).
 * Returns undefined for a form this evaluator does not read.
 */
function parseTimespanLiteral(text) {
    const inner = /^(?:timespan|time)\s*\(\s*(.*?)\s*\)$/i.exec(text.trim())?.[1] ?? text.trim();
    if (inner.toLowerCase() === 'null')
        return null;
    const unit = /^([+-]?)(\d+(?:\.\d+)?)\s*([a-z]+)$/i.exec(inner);
    if (unit) {
        const factor = TIMESPAN_UNITS.get(unit[3].toLowerCase());
        if (factor === undefined)
            return undefined;
        return (unit[1] === '-' ? -1 : 1) * Number(unit[2]) * factor;
    }
    const clock = /^([+-]?)(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/.exec(inner);
    if (!clock)
        return undefined;
    const [, sign, days, hours, minutes, seconds, fraction] = clock;
    const ms = Number(days ?? 0) * MS_PER_DAY +
        Number(hours) * 3_600_000 +
        Number(minutes) * 60_000 +
        Number(seconds ?? 0) * 1000 +
        Number(`0.${fraction ?? '0'}`) * 1000;
    return sign === '-' ? -ms : ms;
}
/**
 * A datetime literal's text in milliseconds: `datetime(2024-01-02)`, `datetime(2024-01-02 03:04)`,
 * `datetime(2024-01-02T03:04:05.1234567Z)`, `datetime(null)`; always UTC
 * (https://learn.microsoft.com/kusto/query/scalar-data-types/datetime). Undefined for other forms.
 */
function parseDatetimeLiteral(text) {
    const inner = /^(?:datetime|date)\s*\(\s*(.*?)\s*\)$/i.exec(text.trim())?.[1];
    if (inner === undefined)
        return undefined;
    if (inner.toLowerCase() === 'null')
        return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*Z?$/i.exec(inner);
    if (!m)
        return undefined;
    const [, y, mo, d, h, mi, s, fraction] = m;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)) +
        Number(`0.${fraction ?? '0'}`) * 1000;
    return Number.isFinite(ms) ? ms : undefined;
}
/** Orders two non-null values of one type (strings ordinally, as .NET's ordinal comparison does). */
function compareNonNull(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        if (Number.isNaN(a))
            return Number.isNaN(b) ? 0 : -1;
        if (Number.isNaN(b))
            return 1;
        return a < b ? -1 : a > b ? 1 : 0;
    }
    if (typeof a === 'boolean' && typeof b === 'boolean')
        return Number(a) - Number(b);
    const x = String(a);
    const y = String(b);
    return x < y ? -1 : x > y ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/emulator/monitor/kql/convert.ts

/** Types whose text form this evaluator writes (datetime and timespan text are not emulated). */
function hasTextForm(type) {
    return type !== 'datetime' && type !== 'timespan';
}
/** tostring(): null gives '' ("If the value is null, the result is an empty string"). */
function toText(value) {
    if (value === null)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return JSON.stringify(value);
}
/** todouble() / toreal(): numbers, numeric text, bools (1/0), timespans as ticks. */
function toReal(type, value) {
    if (value === null)
        return null;
    if (type === 'timespan')
        return value / MS_PER_TICK;
    if (typeof value === 'number')
        return value;
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    if (typeof value === 'string')
        return parseReal(value);
    return null;
}
/** tolong() / toint(): like todouble(), truncated toward zero; integer text only. */
function toInteger(type, value, bits) {
    let n;
    if (typeof value === 'string')
        n = /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : null;
    else
        n = toReal(type, value);
    if (n === null || !Number.isFinite(n))
        return null;
    const truncated = Math.trunc(n);
    if (bits === 32)
        return truncated >= -2147483648 && truncated <= 2147483647 ? truncated : null;
    return Number.isSafeInteger(truncated) ? truncated : null;
}
/** tobool(): 'true' / 'false' in any case, numbers (non-zero is true). */
function toBool(value) {
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'number')
        return Number.isNaN(value) ? null : value !== 0;
    if (typeof value === 'string') {
        const t = value.trim().toLowerCase();
        return t === 'true' ? true : t === 'false' ? false : null;
    }
    return null;
}
function parseReal(text) {
    const t = text.trim();
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) {
        const special = { nan: NaN, inf: Infinity, '+inf': Infinity, '-inf': -Infinity };
        return special[t.toLowerCase()] ?? null;
    }
    return Number(t);
}

;// CONCATENATED MODULE: ./src/emulator/monitor/kql/strings.ts
const lower = (s) => s.toLowerCase();
const PREDICATES = {
    contains: (h, n) => lower(h).includes(lower(n)),
    contains_cs: (h, n) => h.includes(n),
    startswith: (h, n) => lower(h).startsWith(lower(n)),
    startswith_cs: (h, n) => h.startsWith(n),
    endswith: (h, n) => lower(h).endsWith(lower(n)),
    endswith_cs: (h, n) => h.endsWith(n),
    has: (h, n) => hasTerm(lower(h), lower(n), true, true),
    has_cs: (h, n) => hasTerm(h, n, true, true),
    hasprefix: (h, n) => hasTerm(lower(h), lower(n), true, false),
    hasprefix_cs: (h, n) => hasTerm(h, n, true, false),
    hassuffix: (h, n) => hasTerm(lower(h), lower(n), false, true),
    hassuffix_cs: (h, n) => hasTerm(h, n, false, true),
};
/** The test an operator applies; `!op` is the negation of `op`. */
function stringPredicate(op) {
    const negated = op.startsWith('!');
    const base = PREDICATES[negated ? op.slice(1) : op];
    if (!base)
        throw new Error(`no string predicate ${op}`);
    return negated ? (h, n) => !base(h, n) : base;
}
const isTermChar = (c) => c !== undefined && /[A-Za-z0-9]/.test(c);
/**
 * True when `needle` occurs in `haystack` on term boundaries: at its start (when `start`) and at its
 * end (when `end`). A needle edge that is itself no term character needs no boundary there.
 */
function hasTerm(haystack, needle, start, end) {
    if (needle === '')
        return true;
    const needStart = start && isTermChar(needle[0]);
    const needEnd = end && isTermChar(needle[needle.length - 1]);
    for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
        const startOk = !needStart || !isTermChar(haystack[i - 1]);
        const endOk = !needEnd || !isTermChar(haystack[i + needle.length]);
        if (startOk && endOk)
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/emulator/monitor/kql/binary.ts





const ARITHMETIC = new Set(['+', '-', '*', '/', '%']);
const COMPARISON = new Set(['==', '!=', '<', '<=', '>', '>=']);
function compileBinary(expr, scope) {
    const left = compile(expr.left, scope);
    const right = compile(expr.right, scope);
    const { op } = expr;
    if (op === 'and' || op === 'or')
        return logic(expr, left, right, scope);
    if (ARITHMETIC.has(op))
        return arithmetic(expr, left, right, scope);
    if (COMPARISON.has(op))
        return comparison(expr, left, right, scope);
    if (op === '=~' || op === '!~')
        return equalsIgnoringCase(expr, left, right, scope);
    return stringOperator(expr, op, left, right, scope);
}
function notDefined(scope, expr, left, right) {
    return semanticError(scope, expr.at, `The operator '${expr.op}' is not defined for the operand types ${left.type} and ${right.type}`);
}
/** and / or: "Returns true only if both operands are true" / "if either of the operands is true". */
function logic(expr, left, right, scope) {
    if (left.type !== 'bool' || right.type !== 'bool')
        throw notDefined(scope, expr, left, right);
    const both = expr.op === 'and';
    return derive('bool', [left, right], (row) => {
        const a = left.eval(row) === true;
        const b = right.eval(row) === true;
        return both ? a && b : a || b;
    });
}
function arithmetic(expr, left, right, scope) {
    const rule = arithmeticRule(expr.op, left.type, right.type);
    if (!rule)
        throw notDefined(scope, expr, left, right);
    const [type, apply] = rule;
    const divides = expr.op === '/' || expr.op === '%';
    const integer = isInteger(left.type) && isInteger(right.type);
    return derive(type, [left, right], (row) => {
        const a = left.eval(row);
        const b = right.eval(row);
        if (a === null || b === null)
            return null;
        if (divides && integer && b === 0) {
            // Integer division by zero is not documented; refusing beats guessing a result.
            throw semanticError(scope, expr.at, `Integer division by zero in '${expr.op}'; convert an operand with todouble()`);
        }
        const result = apply(a, b);
        return type === 'datetime' ? datetimeOrNull(result) : result;
    });
}
/** "If one of the operands is of type real, the result will be of type real. If both operands are
 * of integer types (int or long), the result will be of type long"; the modulo "always returns a
 * small non-negative number"; datetime and timespan follow datetime-timespan-arithmetic. */
function arithmeticRule(op, l, r) {
    const integer = isInteger(l) && isInteger(r);
    if (isNumeric(l) && isNumeric(r)) {
        const type = integer ? 'long' : 'real';
        if (op === '/')
            return [type, integer ? (a, b) => Math.trunc(a / b) : (a, b) => a / b];
        if (op === '%')
            return [type, (a, b) => ((a % b) + Math.abs(b)) % Math.abs(b)];
        return [type, NUMERIC[op]];
    }
    const pair = `${l} ${op} ${r}`;
    const span = l === 'timespan' || r === 'timespan';
    switch (pair) {
        case 'datetime - datetime':
            return ['timespan', NUMERIC['-']];
        case 'datetime + timespan':
        case 'timespan + datetime':
        case 'datetime - timespan':
            return ['datetime', NUMERIC[op]];
        case 'timespan + timespan':
        case 'timespan - timespan':
            return ['timespan', NUMERIC[op]];
        case 'timespan / timespan':
            return ['real', (a, b) => a / b];
    }
    if (span && op === '*' && (isNumeric(l) || isNumeric(r)))
        return ['timespan', NUMERIC['*']];
    if (l === 'timespan' && op === '/' && isNumeric(r))
        return ['timespan', (a, b) => a / b];
    return undefined;
}
const NUMERIC = {
    '+': (a, b) => a + b,
    '-': (a, b) => a - b,
    '*': (a, b) => a * b,
};
/** How two operand types compare: undefined when they don't. */
function comparableAs(l, r) {
    if (isNumeric(l) && isNumeric(r))
        return 'same';
    if (l === r && l !== 'dynamic')
        return 'same';
    if ((l === 'dynamic') !== (r === 'dynamic')) {
        const other = l === 'dynamic' ? r : l;
        return other === 'string' || other === 'bool' || isNumeric(other) ? 'dynamic' : undefined;
    }
    return undefined;
}
/**
 * ==, !=, <, <=, >, >=. With nulls: "Applying the equality operator to two null values yields
 * bool(null). Applying the equality operator to a null value and a non-null value yields
 * bool(false)" (inequality: null and true), and an ordering with a null is null (the page's
 * `val > 3` example).
 */
function comparison(expr, left, right, scope) {
    const how = comparableAs(left.type, right.type);
    const ordering = expr.op !== '==' && expr.op !== '!=';
    const stringy = left.type === 'string' || right.type === 'string' || left.type === 'bool' || right.type === 'bool';
    if (!how || (ordering && stringy))
        throw notDefined(scope, expr, left, right);
    const scalarType = left.type === 'dynamic' ? right.type : left.type;
    const read = how === 'dynamic' ? dynamicReader(expr, scope, scalarType) : (v) => v;
    const test = COMPARE[expr.op];
    return derive('bool', [left, right], (row) => {
        const a = read(left.eval(row));
        const b = read(right.eval(row));
        if (a === null || b === null) {
            if (ordering || (a === null && b === null))
                return null;
            return expr.op === '!=';
        }
        return test(compareNonNull(a, b));
    });
}
const COMPARE = {
    '==': (c) => c === 0,
    '!=': (c) => c !== 0,
    '<': (c) => c < 0,
    '<=': (c) => c <= 0,
    '>': (c) => c > 0,
    '>=': (c) => c >= 0,
};
/**
 * Reads a dynamic operand compared with a scalar of `type`: a JSON value of the matching kind is
 * compared as that scalar; any other kind is refused (the emulator does not guess Kusto's implicit
 * conversions), naming the conversion function that makes the query explicit.
 */
function dynamicReader(expr, scope, type) {
    const kind = type === 'string' ? 'string' : type === 'bool' ? 'boolean' : 'number';
    const convert = type === 'string' ? 'tostring' : type === 'bool' ? 'tobool' : 'todouble';
    return (value) => {
        if (value === null || typeof value === kind)
            return value;
        const found = Array.isArray(value) ? 'array' : typeof value === 'object' ? 'property bag' : typeof value;
        throw semanticError(scope, expr.at, `'${expr.op}' compares a dynamic ${found} with a ${type}; convert it with ${convert}()`);
    };
}
/** =~ and !~: case-insensitive equality of strings (dynamic values as their text). */
function equalsIgnoringCase(expr, left, right, scope) {
    const text = textReader(expr, left, right, scope);
    const negate = expr.op === '!~';
    return derive('bool', [left, right], (row) => {
        const equal = text(left, row).toLowerCase() === text(right, row).toLowerCase();
        return negate ? !equal : equal;
    });
}
function stringOperator(expr, op, left, right, scope) {
    const text = textReader(expr, left, right, scope);
    const test = stringPredicate(op);
    return derive('bool', [left, right], (row) => test(text(left, row), text(right, row)));
}
/** String operands, and dynamic ones as tostring() gives them. */
function textReader(expr, left, right, scope) {
    const ok = (t) => t === 'string' || t === 'dynamic';
    if (!ok(left.type) || !ok(right.type))
        throw notDefined(scope, expr, left, right);
    return (side, row) => toText(side.eval(row));
}
/**
 * x in (a, b), !in, in~ (case-insensitive), !in~. `in` is equality with any element, so a null
 * operand is in no list (the null-values page's equality rules).
 */
function compileIn(expr, scope) {
    const left = compile(expr.left, scope);
    const list = expr.list.map((e) => compile(e, scope));
    const caseless = expr.op === 'in~' || expr.op === '!in~';
    for (const item of list) {
        const how = comparableAs(left.type, item.type);
        if (left.type === 'dynamic' && kindOfType(item.type) !== kindOfType(list[0].type)) {
            throw semanticError(scope, expr.at, `'${expr.op}' over a dynamic value needs elements of one type`);
        }
        if (item.type === 'dynamic' && left.type !== 'dynamic') {
            throw semanticError(scope, expr.at, `'${expr.op}' needs scalar elements; convert the dynamic one first`);
        }
        const textual = left.type === 'string' || item.type === 'string' || left.type === 'dynamic';
        if (!how || (caseless && !textual)) {
            throw semanticError(scope, expr.at, `'${expr.op}' compares a ${left.type} with a ${item.type} element`);
        }
    }
    const negate = expr.op.startsWith('!');
    const read = left.type === 'dynamic' ? inReader(expr, scope, list) : (v) => v;
    const norm = (v) => (caseless && typeof v === 'string' ? v.toLowerCase() : v);
    return derive('bool', [left, ...list], (row) => {
        const v = read(left.eval(row));
        const found = v !== null &&
            list.some((item) => {
                const e = item.eval(row);
                return e !== null && compareNonNull(norm(v), norm(e)) === 0;
            });
        return negate ? !found : found;
    });
}
function kindOfType(type) {
    return isNumeric(type) ? 'number' : type;
}
function inReader(expr, scope, list) {
    const type = list[0]?.type ?? 'string';
    return dynamicReader(expr, scope, type);
}
/**
 * x between (low .. high), inclusive, and !between (https://learn.microsoft.com/kusto/query/between-operator):
 * numbers, datetimes and timespans; for a datetime the high end may be a timespan, the range's length.
 * A null anywhere makes both false, as `x >= low and x <= high` / `x < low or x > high` are under the
 * and/or rules.
 */
function compileBetween(expr, scope) {
    const left = compile(expr.left, scope);
    const low = compile(expr.low, scope);
    const high = compile(expr.high, scope);
    const ordered = (t) => isNumeric(t) || t === 'datetime' || t === 'timespan';
    const same = (t) => (isNumeric(left.type) ? isNumeric(t) : t === left.type);
    const length = left.type === 'datetime' && high.type === 'timespan';
    if (!ordered(left.type) || !same(low.type) || !(same(high.type) || length)) {
        const types = `${left.type} between (${low.type} .. ${high.type})`;
        throw semanticError(scope, expr.at, `'between' is not defined for ${types}`);
    }
    return derive('bool', [left, low, high], (row) => {
        const x = left.eval(row);
        const a = low.eval(row);
        const b = high.eval(row);
        if (x === null || a === null || b === null)
            return false;
        const end = length ? a + b : b;
        const inside = x >= a && x <= end;
        return expr.negated ? !inside : inside;
    });
}

;// CONCATENATED MODULE: ./src/emulator/monitor/kql/aggregates.ts



/** `prefix_argument` as Kusto names it, `prefix_` when the argument has no name. */
const prefixed = (prefix, arg) => `${prefix}_${arg?.name ?? ''}`;
function wrongType(scope, call, arg, wanted) {
    return semanticError(scope, call.at, `'${call.name}()' expects ${wanted}, not ${arg.type}`);
}
function arity(scope, call, min, max) {
    if (call.args.length < min || call.args.length > max) {
        const wanted = min === max ? `${min}` : `${min} to ${max}`;
        throw semanticError(scope, call.at, `'${call.name}()' takes ${wanted} arguments, not ${call.args.length}`);
    }
}
const count = (_args, call, scope) => {
    arity(scope, call, 0, 0);
    return { type: 'long', name: 'count_', create: () => counter(() => true) };
};
const countif = ([predicate], call, scope) => {
    arity(scope, call, 1, 1);
    if (predicate.type !== 'bool')
        throw wrongType(scope, call, predicate, 'a bool predicate');
    return {
        type: 'long',
        name: prefixed('countif', predicate),
        create: () => counter((row) => predicate.eval(row) === true),
    };
};
function counter(test) {
    let n = 0;
    return {
        add(row) {
            if (test(row))
                n++;
        },
        result: () => n,
    };
}
/** sum(): int and long sum to long, real to real, timespan to timespan. */
const sum = ([arg], call, scope) => {
    arity(scope, call, 1, 1);
    const a = arg;
    if (!isNumeric(a.type) && a.type !== 'timespan')
        throw wrongType(scope, call, a, 'a number or timespan');
    const type = isInteger(a.type) ? 'long' : a.type;
    return {
        type,
        name: prefixed('sum', a),
        create() {
            let total = 0;
            return {
                add(row) {
                    total += a.eval(row) ?? 0;
                },
                result: () => total,
            };
        },
    };
};
/** avg(): numbers average to real; timespan and datetime to their own type. */
const avg = ([arg], call, scope) => {
    arity(scope, call, 1, 1);
    const a = arg;
    if (!isNumeric(a.type) && a.type !== 'timespan' && a.type !== 'datetime')
        throw wrongType(scope, call, a, 'a number, timespan or datetime');
    const type = isNumeric(a.type) ? 'real' : a.type;
    return {
        type,
        name: prefixed('avg', a),
        create() {
            let total = 0;
            let n = 0;
            return {
                add(row) {
                    const v = a.eval(row);
                    if (v === null)
                        return;
                    total += v;
                    n++;
                },
                result: () => (n === 0 ? null : total / n),
            };
        },
    };
};
/** min() / max() of numbers, datetimes and timespans (strings and bools are not emulated). */
const extreme = (prefix) => ([arg], call, scope) => {
    arity(scope, call, 1, 1);
    const a = arg;
    if (!isNumeric(a.type) && a.type !== 'timespan' && a.type !== 'datetime')
        throw wrongType(scope, call, a, 'a number, timespan or datetime');
    const better = prefix === 'min' ? (c) => c < 0 : (c) => c > 0;
    return {
        type: a.type,
        name: prefixed(prefix, a),
        create() {
            let best = null;
            return {
                add(row) {
                    const v = a.eval(row);
                    if (v !== null && (best === null || better(compareNonNull(v, best))))
                        best = v;
                },
                result: () => best,
            };
        },
    };
};
/**
 * percentile(expr, p): the documented "nearest-rank percentile" computed exactly (Kusto estimates it
 * with t-digest; on the small sets the emulator holds the estimate is the exact value). int gives long.
 */
const percentile = ([arg, p], call, scope) => {
    arity(scope, call, 2, 2);
    const a = arg;
    if (!isNumeric(a.type) && a.type !== 'timespan' && a.type !== 'datetime')
        throw wrongType(scope, call, a, 'a number, timespan or datetime');
    const rank = p.constant?.value;
    if (!isNumeric(p.type) || typeof rank !== 'number' || rank < 0 || rank > 100) {
        throw semanticError(scope, call.at, `'percentile()' expects a constant percentile between 0 and 100`);
    }
    return {
        type: a.type === 'int' ? 'long' : a.type,
        // Aggregates.AddPercentileColumns: percentile_<argument>_<percentile with '.' as '_'>.
        name: a.name === undefined ? undefined : `percentile_${a.name}_${String(rank).replace('.', '_')}`,
        create() {
            const values = [];
            return {
                add(row) {
                    const v = a.eval(row);
                    if (v !== null)
                        values.push(v);
                },
                result() {
                    if (values.length === 0)
                        return null;
                    values.sort((x, y) => x - y);
                    const index = Math.max(1, Math.ceil((rank / 100) * values.length)) - 1;
                    return values[index];
                },
            };
        },
    };
};
/** dcount(expr[, accuracy]): the distinct count, exact here (Kusto's estimate is exact on small sets). */
const dcount = ([arg, accuracy], call, scope) => {
    arity(scope, call, 1, 2);
    if (accuracy && !accuracy.constant)
        throw semanticError(scope, call.at, `'dcount()' expects a constant accuracy`);
    const a = arg;
    return {
        type: 'long',
        name: prefixed('dcount', a),
        create() {
            const seen = new Set();
            return {
                add(row) {
                    const v = a.eval(row);
                    if (v !== null)
                        seen.add(typeof v === 'object' ? JSON.stringify(v) : v);
                },
                result: () => seen.size,
            };
        },
    };
};
const DEFINITIONS = new Map([
    ['count', count],
    ['countif', countif],
    ['sum', sum],
    ['avg', avg],
    ['min', extreme('min')],
    ['max', extreme('max')],
    ['percentile', percentile],
    ['dcount', dcount],
]);
const AGGREGATE_NAMES = new Set(DEFINITIONS.keys());
/** Compiles an aggregation call; its arguments read the input rows of `rowScope`. */
function compileAggregate(call, rowScope) {
    const define = DEFINITIONS.get(call.name);
    if (!define)
        throw new Error(`no aggregation ${call.name}`);
    return define(call.args.map((a) => compile(a, rowScope)), call, rowScope);
}

;// CONCATENATED MODULE: ./src/emulator/monitor/kql/functions.ts





function compileCall(call, scope) {
    if (AGGREGATE_NAMES.has(call.name)) {
        if (scope.aggregate)
            return scope.aggregate(call);
        throw semanticError(scope, call.at, `'${call.name}()' is an aggregation function: use it in summarize`);
    }
    const fn = FUNCTIONS.get(call.name);
    if (!fn)
        throw unsupportedFunction(scope, call.name, call.at);
    const [min, max] = fn.arity;
    if (call.args.length < min || call.args.length > max) {
        const wanted = min === max ? `${min}` : `${min} to ${max}`;
        throw semanticError(scope, call.at, `'${call.name}()' takes ${wanted} arguments, not ${call.args.length}`);
    }
    return fn.compile(call.args.map((a) => compile(a, scope)), call, scope);
}
function isKnownFunction(name) {
    return FUNCTIONS.has(name) || AGGREGATE_NAMES.has(name);
}
function unsupportedFunction(q, name, at) {
    const functions = [...FUNCTIONS.keys()].join(', ');
    const aggregations = [...AGGREGATE_NAMES].join(', ');
    return unsupported(q, at, `The function '${name}()'`, `the functions ${functions} and the aggregations ${aggregations}`);
}
function argTypeError(scope, call, arg, wanted) {
    return semanticError(scope, call.at, `'${call.name}()' expects ${wanted}, not ${arg.type}`);
}
const conversion = (type, convert) => ({
    arity: [1, 1],
    compile([arg], call, scope) {
        if (arg.type === 'datetime')
            throw argTypeError(scope, call, arg, 'a value other than a datetime');
        return derive(type, [arg], (row) => convert(arg, arg.eval(row)), arg.name);
    },
});
const toDouble = conversion('real', (a, v) => toReal(a.type, v));
/** iff(): the branches share a type; numbers widen to the widest (Kusto's CommonNonDynamic). */
const iff = {
    arity: [3, 3],
    compile([cond, then, otherwise], call, scope) {
        if (cond.type !== 'bool')
            throw argTypeError(scope, call, cond, 'a bool condition');
        const type = commonType(then.type, otherwise.type);
        if (!type) {
            const types = `${then.type} and ${otherwise.type}`;
            throw semanticError(scope, call.at, `'${call.name}()' branches have different types: ${types}`);
        }
        // A null condition takes the else branch (where and iff treat null as false).
        return derive(type, [cond, then, otherwise], (row) => cond.eval(row) === true ? then.eval(row) : otherwise.eval(row));
    },
};
function commonType(a, b) {
    if (a === b)
        return a;
    if (isNumeric(a) && isNumeric(b))
        return a === 'real' || b === 'real' ? 'real' : 'long';
    return undefined;
}
/** bin(value, roundTo), alias floor(): "Rounds values down to an integer multiple of a given bin size". */
const bin = {
    arity: [2, 2],
    compile([value, size], call, scope) {
        const v = value;
        const s = size;
        const type = binType(v.type, s.type);
        if (!type)
            throw semanticError(scope, call.at, `'${call.name}()' is not defined for ${v.type} and ${s.type}`);
        // Datetime bins count from 0001-01-01, where .NET ticks start, so 7d bins start on a Monday as in Kusto.
        const offset = v.type === 'datetime' ? EPOCH_OFFSET_MS : 0;
        return derive(type, [v, s], (row) => {
            const x = v.eval(row);
            const step = s.eval(row);
            if (x === null || step === null || step <= 0)
                return null;
            const floored = Math.floor((x + offset) / step) * step - offset;
            return type === 'datetime' ? datetimeOrNull(floored) : floored;
        }, v.name);
    },
};
/** Numbers bin to the widest of the two types (Kusto's ReturnTypeKind.Widest); times by a timespan. */
function binType(value, size) {
    if (isNumeric(value) && isNumeric(size)) {
        if (value === 'real' || size === 'real')
            return 'real';
        return value === 'int' && size === 'int' ? 'int' : 'long';
    }
    return (value === 'datetime' || value === 'timespan') && size === 'timespan' ? value : undefined;
}
/** round(number, precision = 0): half away from zero (round(2.15, 1) is 2.2 on the function's page). */
const round = {
    arity: [1, 2],
    compile([value, precision], call, scope) {
        if (!isNumeric(value.type))
            throw argTypeError(scope, call, value, 'a number');
        if (precision && !(isInteger(precision.type) && precision.constant)) {
            throw semanticError(scope, call.at, `'round()' expects a constant integer precision`);
        }
        const digits = precision?.constant?.value ?? 0;
        return derive(value.type, [value], (row) => roundTo(value.eval(row), digits), value.name);
    },
};
function roundTo(x, digits) {
    if (x === null || !Number.isFinite(x))
        return x;
    // toPrecision(15) drops binary noise first: 2.15 * 10 is 21.499999999999996.
    const scaled = Number((digits >= 0 ? x * 10 ** digits : x / 10 ** -digits).toPrecision(15));
    const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled));
    return digits >= 0 ? rounded / 10 ** digits : rounded * 10 ** -digits;
}
const TEXT_FORMS = 'values other than datetime and timespan (their text form is not emulated)';
const strcat = {
    arity: [1, 64],
    compile(args, call, scope) {
        const bad = args.find((a) => !hasTextForm(a.type));
        if (bad)
            throw argTypeError(scope, call, bad, TEXT_FORMS);
        return derive('string', args, (row) => args.map((a) => toText(a.eval(row))).join(''));
    },
};
const functions_text = (transform) => ({
    arity: [1, 1],
    compile([arg], call, scope) {
        if (arg.type !== 'string')
            throw argTypeError(scope, call, arg, 'a string');
        return derive('string', [arg], (row) => transform(arg.eval(row)));
    },
});
/** isempty(): "true if the argument is an empty string or is null"; isnull(): strings are never null. */
const emptiness = (negate, stringsCount) => ({
    arity: [1, 1],
    compile([arg]) {
        const a = arg;
        const isString = a.type === 'string';
        return derive('bool', [a], (row) => {
            const v = a.eval(row);
            const empty = isString ? stringsCount && v === '' : v === null || (stringsCount && v === '');
            return negate ? !empty : empty;
        });
    },
});
const FUNCTIONS = new Map([
    [
        'ago',
        {
            arity: [1, 1],
            compile([span], call, scope) {
                if (span.type !== 'timespan')
                    throw argTypeError(scope, call, span, 'a timespan');
                return derive('datetime', [span], (row) => {
                    const s = span.eval(row);
                    return s === null ? null : datetimeOrNull(scope.now - s);
                });
            },
        },
    ],
    [
        'now',
        {
            arity: [0, 1],
            compile([offset], call, scope) {
                if (!offset)
                    return constant('datetime', scope.now);
                if (offset.type !== 'timespan')
                    throw argTypeError(scope, call, offset, 'a timespan offset');
                return derive('datetime', [offset], (row) => {
                    const s = offset.eval(row);
                    return s === null ? null : datetimeOrNull(scope.now + s);
                });
            },
        },
    ],
    ['todouble', toDouble],
    ['toreal', toDouble],
    ['tolong', conversion('long', (a, v) => toInteger(a.type, v, 64))],
    ['toint', conversion('int', (a, v) => toInteger(a.type, v, 32))],
    ['tobool', conversion('bool', (_a, v) => toBool(v))],
    ['toboolean', conversion('bool', (_a, v) => toBool(v))],
    [
        'tostring',
        {
            arity: [1, 1],
            compile([arg], call, scope) {
                if (!hasTextForm(arg.type))
                    throw argTypeError(scope, call, arg, TEXT_FORMS);
                return derive('string', [arg], (row) => toText(arg.eval(row)), arg.name);
            },
        },
    ],
    ['iff', iff],
    ['iif', iff],
    ['isempty', emptiness(false, true)],
    ['isnotempty', emptiness(true, true)],
    ['isnull', emptiness(false, false)],
    ['isnotnull', emptiness(true, false)],
    [
        'not',
        {
            arity: [1, 1],
            compile([arg], call, scope) {
                if (arg.type !== 'bool')
                    throw argTypeError(scope, call, arg, 'a bool');
                return derive('bool', [arg], (row) => {
                    const v = arg.eval(row);
                    return v === null ? null : !v;
                });
            },
        },
    ],
    ['round', round],
    ['bin', bin],
    ['floor', bin],
    ['strcat', strcat],
    ['tolower', functions_text((s) => s.toLowerCase())],
    ['toupper', functions_text((s) => s.toUpperCase())],
]);

;// CONCATENATED MODULE: ./src/emulator/monitor/kql/scalar.ts




function compile(expr, scope) {
    switch (expr.kind) {
        case 'literal':
            return constant(expr.type, expr.value);
        case 'name':
            return compileName(expr, scope);
        case 'paren': {
            const inner = compile(expr.inner, scope);
            return { ...inner };
        }
        case 'unary':
            return compileUnary(expr, scope);
        case 'binary':
            return compileBinary(expr, scope);
        case 'in':
            return compileIn(expr, scope);
        case 'between':
            return compileBetween(expr, scope);
        case 'call':
            return compileCall(expr, scope);
        case 'member':
            return compileMember(expr, scope);
    }
}
function constant(type, value, name) {
    return { type, eval: () => value, constant: { value }, ...(name !== undefined ? { name } : {}) };
}
/**
 * Builds a Compiled from parts; when every part is constant the result is computed once, so
 * `let`, `take`, `bin()` sizes and percentiles see constants.
 */
function derive(type, parts, evaluate, name) {
    const named = name !== undefined ? { name } : {};
    if (parts.every((p) => p.constant)) {
        const value = evaluate([]);
        return { type, eval: () => value, constant: { value }, ...named };
    }
    return { type, eval: evaluate, ...named };
}
function compileName(expr, scope) {
    const index = scope.columns.findIndex((c) => c.name === expr.name);
    const bound = scope.lets.get(expr.name);
    if (index >= 0 && bound) {
        throw semanticError(scope, expr.at, `'${expr.name}' names both a column and a let value; rename one of them`);
    }
    if (bound)
        return { ...bound, name: expr.name };
    if (index >= 0) {
        if (scope.noColumns)
            throw semanticError(scope, expr.at, `${scope.noColumns} ('${expr.name}')`);
        const column = scope.columns[index];
        return { type: column.type, eval: (row) => row[index] ?? null, name: column.name };
    }
    throw semanticError(scope, expr.at, `Failed to resolve scalar expression named '${expr.name}'`);
}
function compileUnary(expr, scope) {
    const operand = compile(expr.operand, scope);
    if (!isNumeric(operand.type) && operand.type !== 'timespan') {
        throw semanticError(scope, expr.at, `The operator '${expr.op}' is not defined for the operand type ${operand.type}`);
    }
    // Integer arithmetic yields long (https://learn.microsoft.com/kusto/query/numerical-operators).
    const type = isInteger(operand.type) ? 'long' : operand.type;
    if (expr.op === '+')
        return derive(type, [operand], (row) => operand.eval(row));
    return derive(type, [operand], (row) => {
        const v = operand.eval(row);
        return v === null ? null : -v;
    });
}
/**
 * `d.key`, `d['key']`, `d[0]` on a dynamic value; a missing member is null
 * (https://learn.microsoft.com/kusto/query/scalar-data-types/dynamic#dynamic-object-accessors).
 */
function compileMember(expr, scope) {
    const target = compile(expr.target, scope);
    if (target.type !== 'dynamic') {
        throw semanticError(scope, expr.at, `Member access needs a dynamic value; '${String(expr.key)}' is read from a ${target.type}`);
    }
    const key = expr.key;
    // Kusto names the column after the path: customDimensions.x -> customDimensions_x (Binder.GetExpressionResultName).
    const name = target.name ? `${target.name}_${String(key)}` : String(key);
    return derive('dynamic', [target], (row) => member(target.eval(row), key), name);
}
function member(value, key) {
    if (value === null || typeof value !== 'object')
        return null;
    if (Array.isArray(value)) {
        if (typeof key !== 'number')
            return null;
        const list = value;
        return list[key < 0 ? list.length + key : key] ?? null;
    }
    if (typeof key !== 'string')
        return null;
    const bag = value;
    return Object.prototype.hasOwnProperty.call(bag, key) ? (bag[key] ?? null) : null;
}

;// CONCATENATED MODULE: ./src/emulator/monitor/kql/summarize.ts
/**
 * summarize (https://learn.microsoft.com/kusto/query/summarize-operator): the by columns, then one
 * column per aggregate expression. "When the input table is empty, the output depends on whether
 * GroupExpression is used: If GroupExpression is not provided, the output will be a single (empty)
 * row. If GroupExpression is provided, the output will have no rows." An aggregate expression may
 * wrap aggregations in scalar operators (`failed = countif(…) * 100`).
 */





function summarize(op, input, base) {
    const rowScope = { ...base, columns: input.columns };
    const by = op.by.map((item) => {
        const c = compile(item.expr, rowScope);
        // Kusto refuses dynamic group keys ("The value of type 'dynamic' is not allowed in this context").
        if (c.type === 'dynamic')
            throw semanticError(base, item.at, "The value of type 'dynamic' is not allowed as a summarize by key");
        return c;
    });
    const slots = [];
    const aggregates = op.aggregates.map((item) => compileAggregateExpression(item.expr, item.at, rowScope, slots));
    if (by.length === 0 && aggregates.length === 0)
        throw semanticError(base, op.at, 'summarize needs an aggregation or a by clause');
    const groups = groupRows(input.rows, by, slots);
    if (by.length === 0 && groups.length === 0)
        groups.push({ keys: [], accumulators: slots.map((s) => s.create()) });
    const names = nameColumns(base, [...requests(op.by, by), ...requests(op.aggregates, aggregates)], 'project', new Set(input.columns.map((c) => c.name)));
    const types = [...by, ...aggregates].map((c) => c.type);
    return {
        columns: names.map((name, i) => ({ name, type: types[i] })),
        rows: groups.map((group) => {
            const results = group.accumulators.map((a) => a.result());
            return [...group.keys, ...aggregates.map((a) => a.eval(results))];
        }),
    };
}
/** Compiles one aggregate expression: its aggregation calls become slots, read back by index. */
function compileAggregateExpression(expr, at, rowScope, slots) {
    const before = slots.length;
    const scope = {
        ...rowScope,
        noColumns: 'A summarize aggregate reads columns only inside an aggregation function',
        aggregate(call) {
            const slot = compileAggregate(call, rowScope);
            const index = slots.push(slot) - 1;
            return {
                type: slot.type,
                eval: (results) => results[index] ?? null,
                ...(slot.name !== undefined ? { name: slot.name } : {}),
            };
        },
    };
    const compiled = compile(expr, scope);
    if (slots.length === before)
        throw semanticError(rowScope, at, 'A summarize aggregate must call an aggregation function');
    return compiled;
}
/** Groups rows by their key values, in order of first appearance. */
function groupRows(rows, by, slots) {
    const groups = new Map();
    for (const row of rows) {
        const keys = by.map((k) => k.eval(row));
        const id = keys.map((v) => `${typeof v}:${String(v)}`).join('\u0000');
        let group = groups.get(id);
        if (!group) {
            group = { keys, accumulators: slots.map((s) => s.create()) };
            groups.set(id, group);
        }
        for (const accumulator of group.accumulators)
            accumulator.add(row);
    }
    return [...groups.values()];
}

;// CONCATENATED MODULE: ./src/emulator/monitor/kql/operators.ts





function applyOperator(op, input, base) {
    const scope = { ...base, columns: input.columns };
    switch (op.op) {
        case 'where':
            return where(op.predicate, op.at, input, scope);
        case 'extend':
            return extend(op.items, input, scope);
        case 'project':
            return project(op.items, input, scope);
        case 'take':
            return { columns: input.columns, rows: input.rows.slice(0, rowCount(op.count, scope)) };
        case 'sort':
            return { columns: input.columns, rows: sorted(input.rows, op.by, scope) };
        case 'top':
            return { columns: input.columns, rows: sorted(input.rows, [op.by], scope).slice(0, rowCount(op.count, scope)) };
        case 'summarize':
            return summarize(op, input, base);
        case 'count':
            // "Returns the number of records in the input record set" as one column named Count.
            return { columns: [{ name: 'Count', type: 'long' }], rows: [[input.rows.length]] };
    }
}
/** where: a null predicate counts as false (null-values page, "Null values and the where operator"). */
function where(predicate, at, input, scope) {
    const test = compile(predicate, scope);
    if (test.type !== 'bool')
        throw semanticError(scope, at, `The where predicate must have the type bool, not ${test.type}`);
    return { columns: input.columns, rows: input.rows.filter((row) => test.eval(row) === true) };
}
/**
 * extend: each expression reads the input row; a column whose name exists replaces it in place
 * ("If the column name already exists, the existing column is replaced"), new ones are appended.
 */
function extend(items, input, scope) {
    const compiled = items.map((item) => compile(item.expr, scope));
    const taken = new Set(input.columns.map((c) => c.name));
    const names = nameColumns(scope, requests(items, compiled), 'extend', taken);
    const columns = [...input.columns];
    const sources = input.columns.map((_c, i) => i);
    names.forEach((name, i) => {
        const existing = columns.findIndex((c) => c.name === name);
        const slot = existing >= 0 ? existing : columns.length;
        columns[slot] = { name, type: compiled[i].type };
        sources[slot] = compiled[i];
    });
    const rows = input.rows.map((row) => sources.map((s) => (typeof s === 'number' ? row[s] : s.eval(row))));
    return { columns, rows };
}
function project(items, input, scope) {
    const compiled = items.map((item) => compile(item.expr, scope));
    const names = nameColumns(scope, requests(items, compiled), 'project', new Set(input.columns.map((c) => c.name)));
    return {
        columns: names.map((name, i) => ({ name, type: compiled[i].type })),
        rows: input.rows.map((row) => compiled.map((c) => c.eval(row))),
    };
}
function requests(items, compiled) {
    return items.map((item, i) => ({
        ...(item.name !== undefined ? { explicit: item.name } : {}),
        ...(compiled[i].name !== undefined ? { inferred: compiled[i].name } : {}),
        ...(item.expr.kind === 'name' ? { reference: true } : {}),
        at: item.at,
    }));
}
/** take / limit / top: a constant, non-negative integer count. */
function rowCount(expr, scope) {
    const count = compile(expr, scope);
    const value = count.constant?.value;
    if (!isInteger(count.type) || typeof value !== 'number' || value < 0) {
        throw semanticError(scope, expr.at, 'The row count must be a constant, non-negative integer');
    }
    return value;
}
/** A stable sort; nulls go first or last as each key says, whatever its direction. */
function sorted(rows, by, scope) {
    const keys = by.map((key) => {
        const c = compile(key.expr, scope);
        if (c.type === 'dynamic')
            throw semanticError(scope, key.expr.at, 'Sorting by a dynamic value is not supported; convert it first');
        return { ...key, c };
    });
    const decorated = rows.map((row) => ({ row, values: keys.map((k) => k.c.eval(row)) }));
    decorated.sort((x, y) => {
        for (let i = 0; i < keys.length; i++) {
            const { descending, nullsFirst } = keys[i];
            const a = x.values[i] ?? null;
            const b = y.values[i] ?? null;
            if (a === null || b === null) {
                if (a === b)
                    continue;
                return (a === null) === nullsFirst ? -1 : 1;
            }
            const c = compareNonNull(a, b);
            if (c !== 0)
                return descending ? -c : c;
        }
        return 0;
    });
    return decorated.map((d) => d.row);
}

;// CONCATENATED MODULE: ./src/emulator/monitor/kql/evaluate.ts




function evaluateQuery(query, q, ctx) {
    const tables = new Map();
    const lets = new Map();
    const base = { text: q.text, lets, now: ctx.now };
    const source = (name, at) => {
        const bound = tables.get(name);
        if (bound)
            return bound;
        const table = ctx.tables.get(name);
        if (!table)
            throw semanticError(q, at, `Failed to resolve table expression named '${name}'`);
        const relation = fromTable(table);
        tables.set(name, relation);
        return relation;
    };
    const run = (pipeline) => pipeline.operators.reduce((rel, op) => applyOperator(op, rel, base), source(pipeline.source, pipeline.sourceAt));
    for (const statement of query.lets)
        bindLet(statement, base, run, lets, tables, ctx);
    return toTable(run(query.result));
}
function bindLet(statement, base, run, lets, tables, ctx) {
    const { name, value } = statement;
    lets.delete(name);
    tables.delete(name);
    if (value.kind === 'tabular') {
        tables.set(name, run(value.pipeline));
        return;
    }
    const expr = value.expr;
    // `let t = requests;` names a table: a bare name that is no scalar let.
    if (expr.kind === 'name' && !lets.has(expr.name) && (tables.has(expr.name) || ctx.tables.has(expr.name))) {
        tables.set(name, run({ source: expr.name, sourceAt: expr.at, operators: [] }));
        return;
    }
    const compiled = compile(expr, { ...base, columns: [] });
    const result = compiled.eval([]);
    lets.set(name, { type: compiled.type, eval: () => result, constant: { value: result } });
}
function fromTable(table) {
    const columns = table.columns.map((c) => ({ name: c.name, type: c.type }));
    return { columns, rows: table.rows.map((row) => columns.map((c, i) => fromCell(c.type, row[i]))) };
}
function toTable(relation) {
    return {
        name: 'PrimaryResult',
        columns: relation.columns.map((c) => ({ name: c.name, type: c.type })),
        rows: relation.rows.map((row) => relation.columns.map((c, i) => toCell(c.type, row[i] ?? null))),
    };
}

;// CONCATENATED MODULE: ./src/emulator/monitor/kql/syntax-literals.ts


const LITERAL_TYPES = {
    LongLiteralExpression: 'long',
    IntLiteralExpression: 'int',
    RealLiteralExpression: 'real',
    BooleanLiteralExpression: 'bool',
    StringLiteralExpression: 'string',
    CompoundStringLiteralExpression: 'string',
    TimespanLiteralExpression: 'timespan',
    DateTimeLiteralExpression: 'datetime',
    DynamicExpression: 'dynamic',
};
/** The literal `node` stands for, or undefined when `kind` is no literal this evaluator reads. */
function literalOf(node, kind, q) {
    const type = LITERAL_TYPES[kind];
    if (!type)
        return undefined;
    const text = q.text.slice(node.TextStart, node.End);
    const value = syntax_literals_valueOf(type, text, node);
    if (value === undefined) {
        throw unsupported(q, node.TextStart, `The ${type} literal '${text}'`, `${type} literals in their documented common forms`);
    }
    return { kind: 'literal', type, value, at: node.TextStart };
}
function syntax_literals_valueOf(type, text, node) {
    switch (type) {
        case 'string':
            return typeof node.LiteralValue === 'string' ? node.LiteralValue : undefined;
        case 'timespan':
            return parseTimespanLiteral(text);
        case 'datetime':
            return parseDatetimeLiteral(text);
        case 'bool':
            return boolOf(unwrap(text, ['bool', 'boolean']));
        case 'dynamic':
            return dynamicOf(node.LiteralValue);
        default:
            return numberOf(type, unwrap(text, ['long', 'int', 'real', 'double']));
    }
}
/** `long(7)` -> `7`; `7` -> `7`. */
function unwrap(text, names) {
    const m = /^([a-z]+)\s*\(\s*(.*?)\s*\)$/i.exec(text.trim());
    return m && names.includes(m[1].toLowerCase()) ? m[2] : text.trim();
}
function boolOf(text) {
    const t = text.toLowerCase();
    if (t === 'null')
        return null;
    return t === 'true' ? true : t === 'false' ? false : undefined;
}
function numberOf(type, text) {
    const t = text.toLowerCase();
    if (t === 'null')
        return null;
    if (type === 'real') {
        // real(nan), real(+inf), real(-inf) (https://learn.microsoft.com/kusto/query/scalar-data-types/real).
        const special = { nan: NaN, '+inf': Infinity, inf: Infinity, '-inf': -Infinity };
        if (t in special)
            return special[t];
    }
    const hex = /^([+-]?)0x([0-9a-f]+)$/.exec(t);
    if (hex)
        return (hex[1] === '-' ? -1 : 1) * parseInt(hex[2], 16);
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t))
        return undefined;
    const n = Number(t);
    if (type !== 'real' && !Number.isSafeInteger(n))
        return undefined;
    return n;
}
/** `dynamic({"a":1})`: the library hands over the JSON text between the parentheses. */
function dynamicOf(literal) {
    if (typeof literal !== 'string')
        return undefined;
    try {
        return JSON.parse(literal);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/emulator/monitor/kql/syntax.ts



const SUPPORTED_OPERATORS = 'the operators where, extend, project, summarize, take/limit, sort/order by, top and count';
const SUPPORTED_EXPRESSIONS = 'literals, names, arithmetic, comparisons, and/or, in/!in, between, string operators, function calls ' +
    'and dynamic member access';
const BINARY = {
    AddExpression: '+',
    SubtractExpression: '-',
    MultiplyExpression: '*',
    DivideExpression: '/',
    ModuloExpression: '%',
    EqualExpression: '==',
    NotEqualExpression: '!=',
    LessThanExpression: '<',
    LessThanOrEqualExpression: '<=',
    GreaterThanExpression: '>',
    GreaterThanOrEqualExpression: '>=',
    EqualTildeExpression: '=~',
    BangTildeExpression: '!~',
    AndExpression: 'and',
    OrExpression: 'or',
    ContainsExpression: 'contains',
    NotContainsExpression: '!contains',
    ContainsCsExpression: 'contains_cs',
    NotContainsCsExpression: '!contains_cs',
    HasExpression: 'has',
    NotHasExpression: '!has',
    HasCsExpression: 'has_cs',
    NotHasCsExpression: '!has_cs',
    HasPrefixExpression: 'hasprefix',
    NotHasPrefixExpression: '!hasprefix',
    HasPrefixCsExpression: 'hasprefix_cs',
    NotHasPrefixCsExpression: '!hasprefix_cs',
    HasSuffixExpression: 'hassuffix',
    NotHasSuffixExpression: '!hassuffix',
    HasSuffixCsExpression: 'hassuffix_cs',
    NotHasSuffixCsExpression: '!hassuffix_cs',
    StartsWithExpression: 'startswith',
    NotStartsWithExpression: '!startswith',
    StartsWithCsExpression: 'startswith_cs',
    NotStartsWithCsExpression: '!startswith_cs',
    EndsWithExpression: 'endswith',
    NotEndsWithExpression: '!endswith',
    EndsWithCsExpression: 'endswith_cs',
    NotEndsWithCsExpression: '!endswith_cs',
};
const IN = {
    InExpression: 'in',
    NotInExpression: '!in',
    InCsExpression: 'in~',
    NotInCsExpression: '!in~',
};
/** Reads one parsed query into the evaluator's tree. */
function toQuery(parsed, q) {
    return new Reader(parsed, q).query();
}
/** A string or integer index written as a literal (`-1`, the last element, included). */
function constantKey(expr) {
    if (expr.kind === 'unary' && expr.op === '-') {
        const inner = constantKey(expr.operand);
        return typeof inner === 'number' ? -inner : undefined;
    }
    if (expr.kind !== 'literal')
        return undefined;
    return typeof expr.value === 'string' || (typeof expr.value === 'number' && Number.isInteger(expr.value))
        ? expr.value
        : undefined;
}
class Reader {
    parsed;
    q;
    constructor(parsed, q) {
        this.parsed = parsed;
        this.q = q;
    }
    query() {
        const lets = [];
        const results = [];
        const root = this.parsed.root;
        if (this.items(this.kid(root, 'Directives')).length > 0)
            throw this.refuse(root, 'A query directive');
        for (const statement of this.items(this.kid(root, 'Statements'))) {
            const kind = this.kind(statement);
            if (kind === 'LetStatement')
                lets.push(this.let(statement));
            else if (kind === 'ExpressionStatement')
                results.push(this.pipeline(this.need(statement, 'Expression')));
            else
                throw this.refuse(statement, `The '${this.firstWord(statement)}' statement (${kind})`);
        }
        const result = results[0];
        if (!result)
            throw semanticError(this.q, root.End, 'The query has no tabular expression to return');
        if (results.length > 1)
            throw this.refuse(root, 'A query with more than one result table');
        return { lets, result };
    }
    let(node) {
        const name = this.simpleName(this.need(node, 'Name'));
        const value = this.need(node, 'Expression');
        const at = node.TextStart;
        if (this.kind(value) === 'PipeExpression')
            return { name, value: { kind: 'tabular', pipeline: this.pipeline(value) }, at };
        return { name, value: { kind: 'scalar', expr: this.expr(value) }, at };
    }
    pipeline(node) {
        const operators = [];
        let current = node;
        while (this.kind(current) === 'PipeExpression') {
            operators.unshift(this.operator(this.need(current, 'Operator')));
            current = this.need(current, 'Expression');
        }
        if (this.kind(current) !== 'NameReference') {
            throw unsupported(this.q, current.TextStart, `A query starting with '${this.firstWord(current)}' (${this.kind(current)})`, 'queries that start with a table name, e.g. requests | where …');
        }
        return { source: this.simpleName(current), sourceAt: current.TextStart, operators };
    }
    operator(node) {
        const at = node.TextStart;
        const kind = this.kind(node);
        if (this.items(this.kid(node, 'Parameters')).length > 0)
            throw this.refuse(node, `A parameter of '${this.firstWord(node)}'`);
        switch (kind) {
            case 'FilterOperator':
                return { op: 'where', predicate: this.expr(this.need(node, 'Condition')), at };
            case 'ExtendOperator':
                return { op: 'extend', items: this.named(this.kid(node, 'Expressions')), at };
            case 'ProjectOperator':
                return { op: 'project', items: this.named(this.kid(node, 'Expressions')), at };
            case 'TakeOperator':
                return { op: 'take', count: this.expr(this.need(node, 'Expression')), at };
            case 'SortOperator':
                return { op: 'sort', by: this.items(this.kid(node, 'Expressions')).map((e) => this.ordered(e)), at };
            case 'TopOperator':
                return {
                    op: 'top',
                    count: this.expr(this.need(node, 'Expression')),
                    by: this.ordered(this.need(node, 'ByExpression')),
                    at,
                };
            case 'SummarizeOperator': {
                const by = this.kid(node, 'ByClause');
                return {
                    op: 'summarize',
                    aggregates: this.named(this.kid(node, 'Aggregates')),
                    by: by ? this.named(this.kid(by, 'Expressions')) : [],
                    at,
                };
            }
            case 'CountOperator':
                return { op: 'count', at };
            default:
                throw unsupported(this.q, at, `The '${this.firstWord(node)}' operator (${kind})`, SUPPORTED_OPERATORS);
        }
    }
    named(list) {
        return this.items(list).map((node) => {
            const kind = this.kind(node);
            if (kind === 'SimpleNamedExpression') {
                return {
                    name: this.simpleName(this.need(node, 'Name')),
                    expr: this.expr(this.need(node, 'Expression')),
                    at: node.TextStart,
                };
            }
            if (kind === 'CompoundNamedExpression')
                throw this.refuse(node, 'Naming several columns at once, (a, b) = …,');
            return { expr: this.expr(node), at: node.TextStart };
        });
    }
    /** `expr [asc|desc] [nulls first|last]`: desc by default, nulls first for asc and last for desc. */
    ordered(node) {
        // https://learn.microsoft.com/kusto/query/sort-operator: "desc" is the default order; "nulls first"
        // is the default for asc and "nulls last" for desc.
        if (this.kind(node) !== 'OrderedExpression')
            return { expr: this.expr(node), descending: true, nullsFirst: false };
        const ordering = this.kid(node, 'Ordering');
        const direction = ordering ? this.kid(ordering, 'AscOrDescKeyword') : undefined;
        const descending = direction?.Text?.toLowerCase() !== 'asc';
        const nulls = ordering ? this.kid(ordering, 'NullsClause') : undefined;
        const firstOrLast = nulls ? this.kid(nulls, 'FirstOrLastKeyword')?.Text?.toLowerCase() : undefined;
        return {
            expr: this.expr(this.need(node, 'Expression')),
            descending,
            nullsFirst: firstOrLast === undefined ? !descending : firstOrLast === 'first',
        };
    }
    expr(node) {
        const kind = this.kind(node);
        const at = node.TextStart;
        const binary = BINARY[kind];
        if (binary)
            return { kind: 'binary', op: binary, left: this.sub(node, 'Left'), right: this.sub(node, 'Right'), at };
        const inOp = IN[kind];
        if (inOp)
            return this.in(node, inOp);
        switch (kind) {
            case 'NameReference':
                return { kind: 'name', name: this.simpleName(node), at };
            case 'ParenthesizedExpression':
                return { kind: 'paren', inner: this.sub(node, 'Expression'), at };
            case 'UnaryMinusExpression':
                return { kind: 'unary', op: '-', operand: this.sub(node, 'Expression'), at };
            case 'UnaryPlusExpression':
                return { kind: 'unary', op: '+', operand: this.sub(node, 'Expression'), at };
            case 'BetweenExpression':
            case 'NotBetweenExpression':
                return this.between(node, kind === 'NotBetweenExpression');
            case 'FunctionCallExpression':
                return this.call(node);
            case 'PathExpression':
                return this.path(node);
            case 'ElementExpression':
                return this.element(node);
            case 'SimpleNamedExpression':
                throw semanticError(this.q, at, `'${this.text(node)}' assigns a name here; compare with '=='`);
            default: {
                const literal = literalOf(node, kind, this.q);
                if (literal)
                    return literal;
                throw unsupported(this.q, at, `The expression '${this.text(node)}' (${kind})`, SUPPORTED_EXPRESSIONS);
            }
        }
    }
    in(node, op) {
        const right = this.need(node, 'Right');
        if (this.kind(right) !== 'ExpressionList') {
            throw unsupported(this.q, right.TextStart, `'${op}' over '${this.text(right)}'`, `'${op}' over a list of scalars, e.g. x ${op} ('a', 'b')`);
        }
        const list = this.items(this.kid(right, 'Expressions')).map((e) => this.expr(e));
        return { kind: 'in', op, left: this.sub(node, 'Left'), list, at: node.TextStart };
    }
    between(node, negated) {
        const range = this.need(node, 'Right');
        return {
            kind: 'between',
            negated,
            left: this.sub(node, 'Left'),
            low: this.sub(range, 'First'),
            high: this.sub(range, 'Second'),
            at: node.TextStart,
        };
    }
    call(node) {
        const name = this.simpleName(this.need(node, 'Name'));
        // An unknown function is refused by name before its arguments (which may be, e.g., `*`).
        if (!isKnownFunction(name))
            throw unsupportedFunction(this.q, name, node.TextStart);
        const args = this.items(this.kid(this.need(node, 'ArgumentList'), 'Expressions')).map((e) => this.expr(e));
        return { kind: 'call', name, args, at: node.TextStart };
    }
    /** `target.name` */
    path(node) {
        const selector = this.need(node, 'Selector');
        if (this.kind(selector) !== 'NameReference')
            throw this.refuse(selector, `The member access '${this.text(node)}'`);
        return { kind: 'member', target: this.sub(node, 'Expression'), key: this.simpleName(selector), at: node.TextStart };
    }
    /** `target['name']`, `target[0]` */
    element(node) {
        const selector = this.need(this.need(node, 'Selector'), 'Expression');
        const key = constantKey(this.expr(selector));
        if (key === undefined) {
            throw unsupported(this.q, selector.TextStart, `The index '${this.text(selector)}'`, "constant indexes, e.g. d['key'] or a[0]");
        }
        return { kind: 'member', target: this.sub(node, 'Expression'), key, at: node.TextStart };
    }
    sub(node, name) {
        return this.expr(this.need(node, name));
    }
    kind(node) {
        return this.parsed.kindOf(node);
    }
    kid(node, name) {
        for (let i = 0; i < node.ChildCount; i++) {
            if (node.GetName(i) === name)
                return node.GetChild(i) ?? undefined;
        }
        return undefined;
    }
    need(node, name) {
        const child = this.kid(node, name);
        if (!child || child.IsMissing)
            throw semanticError(this.q, node.End, `'${this.text(node)}' lacks its ${name}`);
        return child;
    }
    /** The elements of a syntax list, separators dropped. */
    items(list) {
        const out = [];
        for (let i = 0; i < (list?.ChildCount ?? 0); i++) {
            const child = list.GetChild(i);
            if (!child || child.IsToken)
                continue;
            const element = this.kind(child) === 'SeparatedElement' ? child.GetChild(0) : child;
            if (element)
                out.push(element);
        }
        return out;
    }
    simpleName(node) {
        if (typeof node.SimpleName !== 'string')
            throw this.refuse(node, `The name '${this.text(node)}'`);
        return node.SimpleName;
    }
    text(node) {
        return this.q.text.slice(node.TextStart, node.End);
    }
    firstWord(node) {
        return this.text(node).split(/[\s(]/)[0] ?? '';
    }
    refuse(node, what) {
        return unsupported(this.q, node.TextStart, what, `${SUPPORTED_OPERATORS} over ${SUPPORTED_EXPRESSIONS}`);
    }
}

;// CONCATENATED MODULE: ./src/emulator/monitor/kql/index.ts
/**
 * The emulator's KQL evaluator: the supported subset of the Kusto Query Language over in-memory
 * tables, for the Application Insights / Log Analytics query APIs. Anything outside the subset is
 * refused with a KqlError that names it, never answered approximately.
 *
 * The parser (Kusto.Language) is loaded on first use with a dynamic import. `evaluateKql` is
 * synchronous, as the contract in types.ts says, so it needs the parser loaded already: a route
 * awaits `loadKqlParser()` once (or calls `evaluateKqlAsync`, which does both).
 */




const evaluateKql = (query, ctx) => {
    const q = { text: query };
    return evaluateQuery(toQuery(parseKusto(query), q), q, ctx);
};
/** Loads the KQL parser (about 0.3 s and 70 MB the first time; free afterwards). */
function loadKqlParser() {
    return loadKustoParser();
}
/** Whether evaluateKql can run now, without awaiting loadKqlParser(). */
function isKqlParserLoaded() {
    return isKustoParserLoaded();
}
/** Loads the parser if needed, then evaluates. */
async function evaluateKqlAsync(query, ctx) {
    await loadKustoParser();
    return evaluateKql(query, ctx);
}


/***/ })

};
