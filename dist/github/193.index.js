export const id = 193;
export const ids = [193];
export const modules = {

/***/ 193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run_run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/core/settings/parse.ts
var parse = __webpack_require__(24514);
// EXTERNAL MODULE: ./src/core/settings/errors.ts
var errors = __webpack_require__(63794);
// EXTERNAL MODULE: ./src/core/settings/table.ts
var table = __webpack_require__(93937);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/deploy/names.ts
var names = __webpack_require__(18171);
// EXTERNAL MODULE: ./src/core/deploy/registry.ts + 5 modules
var registry = __webpack_require__(53129);
// EXTERNAL MODULE: ./src/core/deploy/rollout-error.ts
var rollout_error = __webpack_require__(5613);
// EXTERNAL MODULE: ./src/core/rollout/for-stage.ts
var for_stage = __webpack_require__(55797);
// EXTERNAL MODULE: ./src/core/plan/action.ts
var plan_action = __webpack_require__(55461);
// EXTERNAL MODULE: ./src/core/analysis/run.ts + 2 modules
var run = __webpack_require__(28107);
;// CONCATENATED MODULE: ./src/core/analysis/for-stage.ts



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
    return rg ? (0,registry/* descriptorOf */.nb)(settings.deploy.strategy).monitored?.(settings.deploy, rg) : undefined;
}
/** A verify-only step's version: the 'image-version' input when it names one. */
const explicitVersion = (s) => s.publish.version.kind === 'explicit' ? s.publish.version.version : undefined;
/** Plan mode: one "would check" line per gate. */
function plannedGates(settings) {
    const target = monitoredTarget(settings);
    return settings.analysis.map((g) => (0,run/* wouldCheck */._Z)(g, target));
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
    const ex = (0,for_stage/* executorFor */.lL)({ ...ctx, signal: AbortSignal.any([ctx.signal, stop]) }, { retryBaseMs: ports.monitor.pollIntervalMs, timeoutMs: analysisBudgetMs(gates), budgetName: 'analysis' });
    const results = await (0,run/* runAnalysis */.A1)(gates, {
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

// EXTERNAL MODULE: ./src/core/analysis/reads.ts
var reads = __webpack_require__(78087);
// EXTERNAL MODULE: ./src/core/analysis/resolve.ts
var resolve = __webpack_require__(8110);
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
    const resolved = (0,resolve/* resolveGate */.mW)(gate, env.monitor.subscriptionId, monitoredTarget(settings));
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
var external_node_crypto_ = __webpack_require__(77598);
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
var duration = __webpack_require__(98571);
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
var retry = __webpack_require__(84639);
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

// EXTERNAL MODULE: ./src/core/lock/lock.ts + 4 modules
var lock = __webpack_require__(93491);
// EXTERNAL MODULE: ./src/core/deploy/record.ts
var record = __webpack_require__(570);
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
var deployment_name = __webpack_require__(39307);
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
var attempt = __webpack_require__(70652);
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

// EXTERNAL MODULE: ./src/core/deploy/endpoint-probes.ts
var endpoint_probes = __webpack_require__(53204);
// EXTERNAL MODULE: ./src/core/verify/http-probe.ts + 2 modules
var http_probe = __webpack_require__(28954);
;// CONCATENATED MODULE: ./src/core/stages/verify.ts
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
        const descriptor = (0,registry/* descriptorOf */.nb)(settings.deploy.strategy);
        const targetChecked = targetIsChecked(settings);
        const strategy = descriptor.targetName(settings.deploy) ? await descriptor.loadStrategy() : undefined;
        const endpoints = [
            ...(0,endpoint_probes/* endpointsFromSettings */.I9)(settings),
            ...(strategy ? await strategy.endpoints(ctx) : []),
        ];
        // Only live endpoints: after a switch or swap the preview endpoint serves the previous release
        // (the rollback target), which the deploy already gated before moving traffic.
        const probes = [
            ...settings.verify.probes,
            ...(0,endpoint_probes/* endpointProbes */.ZR)(settings, endpoints.filter((e) => e.role === 'live')),
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
                ? (0,http_probe/* runProbes */.j5)(probes, {
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
            verifyAnalysis(ctx, stopGates.signal),
        ]);
        if (signal.aborted)
            throw new core_errors/* CancelledError */.cc('the run was cancelled during verify');
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
            (r.passed ? deps.host.info : deps.host.error).call(deps.host, (0,http_probe/* formatProbeResult */.X9)(r));
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
    const named = (0,registry/* descriptorOf */.nb)(settings.deploy.strategy).targetName(settings.deploy);
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
        throw new core_errors/* CancelledError */.cc('the run was cancelled while verify-command ran');
    const tail = r.outputTail ? `; output: …${r.outputTail.slice(-300)}` : '';
    if (r.startError)
        return { name, passed: false, detail: `'${shown}' could not start: ${r.startError}` };
    if (r.timedOut)
        return {
            name,
            passed: false,
            detail: `'${shown}' did not finish within ${(0,duration/* formatDuration */.a)(command.timeoutMs)} and was stopped${tail}`,
        };
    if (r.exitCode === 0)
        return { name, passed: true, detail: `'${shown}' exited 0 in ${(0,duration/* formatDuration */.a)(r.durationMs)}` };
    return { name, passed: false, detail: `'${shown}' exited ${r.exitCode ?? 'abnormally'}; expected 0${tail}` };
}
/** Plan mode: the checks verify would run, none run; verify-result 'skipped'. */
function planVerify(ctx, probes, targetChecked) {
    const { settings, deps } = ctx;
    const checks = [...probes];
    if (targetChecked)
        checks.push(...(0,registry/* descriptorOf */.nb)(settings.deploy.strategy).targetChecks(settings));
    if (settings.verify.command)
        checks.push(`command: ${settings.verify.command.argv.join(' ')}`);
    checks.push(...plannedGates(settings));
    const items = checks.map((c) => ({ kind: 'fact', label: 'would check', value: c }));
    for (const c of checks)
        deps.host.info(`plan: would check ${c}`);
    const message = `plan: verify would run ${checks.length} check(s); none runs in plan mode`;
    return { status: 'succeeded', outputs: { verifyResult: 'skipped' }, items, message };
}

;// CONCATENATED MODULE: ./src/core/stages/registry.ts








const STAGES = {
    bake: bakeStage,
    publish: publishStage,
    deploy: deployStage,
    promote: promoteStage,
    abort: abortStage,
    verify: verifyStage,
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
var run_redact = __webpack_require__(89764);
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
    const title = `### immutable-deploy: ${result.status}${result.dryRun ? ' (plan only)' : ''} in ${(0,duration/* formatDuration */.a)(result.durationMs)}`;
    const lines = [title, ''];
    const error = errorLine(result);
    if (error)
        lines.push(`> **${error.label[0].toUpperCase()}${error.label.slice(1)}:** ${escapeCell(error.text)}`, '');
    lines.push('| Stage | Result | Duration | Notes |', '| --- | --- | --- | --- |');
    for (const s of result.stages) {
        const notes = echoesError(result, s) ? 'the error above' : (s.message ?? '');
        lines.push(`| ${s.name} | ${ICON[s.status]} ${s.status} | ${(0,duration/* formatDuration */.a)(s.durationMs)} | ${escapeCell(notes)} |`);
    }
    if (result.dryRun) {
        const planned = plannedLines(result);
        lines.push('', `#### Plan: ${(0,plan_action/* countWrites */.GG)(planned.length)} (none made)`, '');
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
        `immutable-deploy: ${result.status}${result.dryRun ? ' (plan only)' : ''} in ${formatDuration(result.durationMs)}`,
    ];
    for (const s of result.stages)
        lines.push(...textStage(s, echoesError(result, s)));
    if (result.dryRun)
        lines.push(`  plan: ${countWrites(plannedLines(result).length)} (none made)`);
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
    const head = `  ${s.name.padEnd(8)} ${s.status.padEnd(9)} ${formatDuration(s.durationMs).padStart(7)}${message ? `  ${message}` : ''}`;
    const items = onceEach(s.items).map((i) => i.write
        ? `      + ${formatWrite(i.write)}`
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











// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
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

;// CONCATENATED MODULE: ./src/runtime/ids.ts
/**
 * Randomness for the engine's NewId port (the core itself never draws random numbers): 12 hex
 * characters of a v4 UUID, 48 random bits, plenty to tell apart the runs of one target.
 */

const randomId = () => (0,external_node_crypto_.randomUUID)().replace(/-/g, '').slice(0, 12);

// EXTERNAL MODULE: ./src/runtime/time.ts
var time = __webpack_require__(487);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/azure/credentials.ts
var credentials = __webpack_require__(84329);
;// CONCATENATED MODULE: ./src/adapters/shared/azure-connection.ts
/**
 * Signs in and builds the Azure ports, for the stages that need them. The sign-in is planned
 * eagerly (pure, no SDK loaded) so a missing credential fails before anything runs; the SDKs load
 * only when a stage first asks for the ports.
 */



/** verify alone, with HTTP probes only, never calls Azure (analysis gates read Azure Monitor). */
function azure_connection_needsAzure(settings) {
    return settings.stages.some((s) => s !== 'verify') || targetIsChecked(settings) || settings.analysis.length > 0;
}
/** Plans the sign-in; throws an input error when it can't work (no subscription, no credential). */
function planSignIn(settings, source) {
    const planned = (0,credentials/* planCredential */.lZ)(settings.azure, source);
    if (!planned.subscriptionId) {
        throw new core_errors/* EngineError */.NJ('input', "input 'subscription-id': is required for stages that call Azure (Azure DevOps: 'subscriptionId', or a service connection scoped to a subscription)");
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
            const { createCredential } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 84329));
            const { createAzurePorts } = await __webpack_require__.e(/* import() */ 146).then(__webpack_require__.bind(__webpack_require__, 61146));
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

;// CONCATENATED MODULE: ./src/adapters/shared/packer-connection.ts
/**
 * The Packer runner for `builder: packer` bakes, with the run's Azure sign-in handed to Packer's
 * azure-arm builder through its documented variables (src/packer/azure-credentials.ts).
 */

async function packerPort(settings, signIn, env = process.env) {
    if (!settings.stages.includes('bake') || settings.bake.builder !== 'packer')
        return undefined;
    const { createPackerPort } = await __webpack_require__.e(/* import() */ 763).then(__webpack_require__.bind(__webpack_require__, 11763));
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
                throw new core_errors/* EngineError */.NJ('input', "Packer's OIDC sign-in needs the job's ID token request variables; grant 'permissions: id-token: write'");
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
            throw new core_errors/* EngineError */.NJ('input', "Packer bakes can't use a certificate service connection; use workload identity federation or a client secret");
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
        throw new core_errors/* EngineError */.NJ('input', 'workload identity federation for Packer needs SYSTEM_OIDCREQUESTURI, which Azure Pipelines agents (3.225+) set');
    const url = `${base}?api-version=7.1&serviceConnectionId=${encodeURIComponent(serviceConnectionId)}`;
    const res = await fetch(url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${systemAccessToken}`, 'Content-Type': 'application/json' },
        signal: AbortSignal.timeout(30_000),
    });
    const body = (await res.json().catch(() => ({})));
    if (!res.ok || !body.oidcToken)
        throw new core_errors/* EngineError */.NJ('transient', `Azure Pipelines did not issue an ID token for service connection '${serviceConnectionId}' (HTTP ${res.status})`);
    return body.oidcToken;
}

// EXTERNAL MODULE: ./src/adapters/shared/prepare.ts + 2 modules
var prepare = __webpack_require__(39628);
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

// EXTERNAL MODULE: ./src/core/fleet/one-target.ts + 2 modules
var one_target = __webpack_require__(96087);
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
    const signIn = azure_connection_needsAzure(settings) ? planSignIn(settings, source()) : undefined;
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
        ...(signIn ? { azure: azureLoader(settings, signIn, (line) => options.host.info(line)) } : {}),
        ...(packer ? { packer } : {}),
        ...options.deps,
        host: options.host,
    };
    // A fleet target refuses while its fleet is halted for the version (and waits for its replication).
    const refused = deps.azure && settings.fleet ? await (0,one_target/* refusedTargetRun */.Z$)(settings, targetRunDeps(deps)) : undefined;
    return refused ?? runEngine(settings, deps);
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

;// CONCATENATED MODULE: ./src/adapters/github/credential-source.ts
/**
 * What the GitHub adapter contributes to Azure sign-in (see src/azure/credentials.ts): the OIDC ID
 * token callback, offered only when the job may request one (permissions: id-token: write sets
 * ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN). `core.getIDToken` is called once per Entra token request.
 */

function githubCredentialSource(env = process.env) {
    const canRequestIdToken = Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
    return canRequestIdToken
        ? { kind: 'github', getIdToken: (audience) => core/* getIDToken */.V9(audience) }
        : { kind: 'github' };
}

;// CONCATENATED MODULE: ./src/adapters/github/host.ts
/** The engine's Host on @actions/core: annotations, log groups, GITHUB_OUTPUT, the job summary. */


function githubHost(signal) {
    return {
        signal,
        info: (m) => core/* info */.pq(m),
        debug: (m) => core/* debug */.Yz(m),
        warning: (m) => core/* warning */.$e(m),
        error: (m) => core/* error */.z3(m),
        group: (name, fn) => core/* group */.Os(name, fn),
        setSecret: (v) => core/* setSecret */.Pq(v),
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        writeSummary: async (result) => {
            if (!process.env.GITHUB_STEP_SUMMARY)
                return;
            try {
                await core/* summary */.z.addRaw(renderMarkdown(result)).write();
            }
            catch (err) {
                core/* warning */.$e(`could not write the job summary: ${err instanceof Error ? err.message : String(err)}`);
            }
        },
    };
}
/** State shared with the post step (`post.ts`): what this run holds and must release. */
const HELD_STATE = 'held';

// EXTERNAL MODULE: ./src/adapters/github/runner-io.ts
var runner_io = __webpack_require__(78347);
;// CONCATENATED MODULE: ./src/adapters/github/run.ts
/**
 * The GitHub Action's run once its inputs have parsed (loaded on demand by main.ts): the Host on
 * @actions/core, the outcome via `core.setFailed` exactly once.
 */





async function run_run(settings) {
    const signals = signalController((s) => core/* warning */.$e(`${s} received: cancelling the run`));
    try {
        const options = {
            adapter: 'github',
            read: runner_io/* githubRead */.oy,
            namer: runner_io/* githubNamer */.n5,
            host: githubHost(signals.controller.signal),
            credentials: githubCredentialSource,
        };
        // What the post step must release; stages that take the deploy lock record it here.
        const save = (held) => core/* saveState */.LZ(HELD_STATE, JSON.stringify(held));
        save({});
        const result = await executeStep({ ...options, deps: { onLockChange: (lock) => save(lock ? { lock } : {}) } }, settings);
        if (result.status !== 'succeeded')
            core/* setFailed */.C1(failureMessage(result));
    }
    catch (err) {
        // A sign-in that can't work (an input error, nothing ran) or a bug: one message, never a stack trace.
        const stack = (0,prepare/* bugStack */.VD)(err);
        if (stack)
            core/* debug */.Yz(stack);
        core/* setFailed */.C1((0,prepare/* errorMessage */.gJ)(err));
    }
    finally {
        signals.dispose();
    }
}


/***/ }),

/***/ 84329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createCredential: () => (/* binding */ createCredential),
/* harmony export */   lZ: () => (/* binding */ planCredential)
/* harmony export */ });
/* unused harmony exports AUTHORITY_HOSTS, GITHUB_OIDC_AUDIENCE, authorityHostFor, staticTokenCredential, signInMethod, namedSignIn, identityCredential */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _sign_in_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92582);


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
    const identity = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(818), __webpack_require__.e(738), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 23952));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VZ: () => (/* binding */ signInFailure),
/* harmony export */   l1: () => (/* binding */ isSignInError),
/* harmony export */   vE: () => (/* binding */ signInError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
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

/***/ 53204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};
