export const id = 20;
export const ids = [20];
export const modules = {

/***/ 78087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ roundReads)
/* harmony export */ });
/* unused harmony export ACTIVE_LOOKBACK_MS */
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20582);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mW: () => (/* binding */ resolveGate),
/* harmony export */   oF: () => (/* binding */ ruleName),
/* harmony export */   pu: () => (/* binding */ describeCondition),
/* harmony export */   tb: () => (/* binding */ describeWhere)
/* harmony export */ });
/* unused harmony exports dimensionFilter, idLabel */
/* harmony import */ var _azure_monitor_port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33781);
/* harmony import */ var _condition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32467);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "in": () => (/* binding */ ruleProblem),
  A1: () => (/* binding */ runAnalysis),
  _Z: () => (/* binding */ wouldCheck)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/core/analysis/condition.ts
var analysis_condition = __webpack_require__(32467);
// EXTERNAL MODULE: ./src/core/analysis/resolve.ts
var resolve = __webpack_require__(8110);
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
var analysis_reads = __webpack_require__(78087);
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


/***/ }),

/***/ 28954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X9: () => (/* binding */ formatProbeResult),
  mW: () => (/* binding */ runProbe),
  j5: () => (/* binding */ runProbes)
});

// EXTERNAL MODULE: ./src/core/verify/body-match.ts
var body_match = __webpack_require__(10501);
// EXTERNAL MODULE: ./src/core/verify/status-matcher.ts
var status_matcher = __webpack_require__(79008);
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
var duration = __webpack_require__(98571);
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


/***/ })

};
