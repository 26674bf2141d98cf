export const id = 146;
export const ids = [146];
export const modules = {

/***/ 61146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createAzurePorts: () => (/* binding */ createAzurePorts)
});

// EXTERNAL MODULE: ./src/core/azure/app-service-port.ts
var app_service_port = __webpack_require__(64064);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/azure/transport.ts

/** Retries that keep tests fast: 429/503 honour Retry-After (scaled by the emulator), others back off 5–50 ms. */
const FAST_RETRY = { maxRetries: 4, retryDelayInMs: 5, maxRetryDelayInMs: 50 };
/**
 * Builds client options that point an ARM SDK client at `endpoint` and trust the given CA there.
 * The CA goes through core-rest-pipeline's `tlsOptions` (its tlsPolicy sets `ca` on the request's
 * https agent), so neither NODE_EXTRA_CA_CERTS nor disabled TLS verification is involved.
 * Note: `ca` replaces the default trust store for requests of this client, which is what we want
 * for the emulator; for public Azure pass no CA.
 */
function armClientOptions(input) {
    const endpoint = input.endpoint.replace(/\/+$/, '');
    const scopes = input.scopes ?? [`${endpoint}/.default`];
    const ca = input.caPem ?? (input.caFile ? (0,external_node_fs_.readFileSync)(input.caFile, 'utf8') : undefined);
    const options = { endpoint, baseUri: endpoint, credentials: { scopes }, credentialScopes: scopes };
    if (ca)
        options.tlsOptions = { ca };
    const retry = input.retryOptions ?? (isLoopback(endpoint) ? FAST_RETRY : undefined);
    if (retry)
        options.retryOptions = retry;
    if (input.userAgentPrefix)
        options.userAgentOptions = { userAgentPrefix: input.userAgentPrefix };
    return options;
}
function isLoopback(endpoint) {
    const host = new URL(endpoint).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

;// CONCATENATED MODULE: ./src/azure/clients.ts

const byConnection = new WeakMap();
function clientsFor(conn) {
    let clients = byConnection.get(conn);
    if (!clients) {
        clients = createClients(conn);
        byConnection.set(conn, clients);
    }
    return clients;
}
function createClients(conn) {
    const options = armClientOptions({ endpoint: conn.endpoint, caFile: conn.caFile });
    const lazy = (load) => {
        let client;
        return () => (client ??= load().then((Client) => new Client(conn.credential, conn.subscriptionId, options)));
    };
    const poll = conn.pollIntervalMs !== undefined ? { updateIntervalInMs: conn.pollIntervalMs } : {};
    return {
        compute: lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(818), __webpack_require__.e(834), __webpack_require__.e(760)]).then(__webpack_require__.bind(__webpack_require__, 93760))).ComputeManagementClient),
        network: lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(818), __webpack_require__.e(738), __webpack_require__.e(685)]).then(__webpack_require__.bind(__webpack_require__, 71685))).NetworkManagementClient),
        web: lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(818), __webpack_require__.e(834), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584))).WebSiteManagementClient),
        resources: lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(818), __webpack_require__.e(738), __webpack_require__.e(802)]).then(__webpack_require__.bind(__webpack_require__, 14802))).ResourceManagementClient),
        imageBuilder: lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(818), __webpack_require__.e(834), __webpack_require__.e(437)]).then(__webpack_require__.bind(__webpack_require__, 6437))).ImageBuilderClient),
        monitor: lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(818), __webpack_require__.e(834), __webpack_require__.e(729)]).then(__webpack_require__.bind(__webpack_require__, 92729))).MonitorClient),
        poll,
        lro: (signal) => ({ abortSignal: signal, ...poll }),
    };
}

// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/azure/sign-in-errors.ts
var sign_in_errors = __webpack_require__(92582);
;// CONCATENATED MODULE: ./src/azure/errors.ts
/**
 * Where Azure SDK failures become classified EngineErrors, for every port: cancelled, transient
 * (a re-run may fix it, with Azure's Retry-After when it sent one), terminal, internal (a bug in
 * our code). Branches on RestError's statusCode and error code, as the SDK intends. Sign-in
 * failures: ./sign-in-errors.ts.
 */



/**
 * core-lro's message when the operation's status is Failed ("The long-running operation has
 * failed. <code>. <message>", @azure/core-lro poller/operation.js). Nothing else it throws means
 * the operation failed: "Polling completed without succeeding or failing" and "Polling was
 * unsuccessful … doesn't necessarily indicate the operation has failed" are not.
 */
const LRO_FAILED = /^The long-running operation has failed\b/;
/** core-lro's message when the operation's status is Canceled in Azure (not our AbortSignal). */
const LRO_CANCELED = /^Operation was canceled$/;
const statusOf = (err) => err?.statusCode;
/** Runs an SDK call; a 404 becomes undefined. */
async function orUndefined(call) {
    try {
        return await call();
    }
    catch (err) {
        if (statusOf(err) === 404)
            return undefined;
        throw err;
    }
}
const TRANSIENT_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/**
 * Conflicts that clear by themselves once the operation holding the resource ends. ARM and
 * Network: AnotherOperationInProgress ("Another operation on this or dependent resource is in
 * progress"; ARM's common deployment errors: "wait for the concurrent operation to complete"),
 * Network's RetryableError, Compute's OperationPreempted (a newer operation superseded this one).
 */
const TRANSIENT_CODES = new Set(['anotheroperationinprogress', 'retryableerror', 'operationpreempted']);
/**
 * Compute answers 409 OperationNotAllowed / Conflict with this wording while another operation runs
 * (for a scale set: "The request failed due to conflict with a concurrent request", see
 * src/emulator/conflicts.ts for where that answer is documented).
 */
const IN_PROGRESS = /another operation|operation[^.]*\bis (still )?in progress|pending operation|conflict with a concurrent request/i;
/** Classifies an SDK failure where it arises: cancelled, transient (a re-run may fix it), terminal, internal. */
function classify(err, what, signal) {
    if (err instanceof errors/* EngineError */.NJ)
        return err;
    const e = (err ?? {});
    if (signal?.aborted || e.name === 'AbortError')
        return new errors/* CancelledError */.cc(`the run was cancelled while ${what}`);
    if ((0,sign_in_errors/* isSignInError */.l1)(err))
        return (0,sign_in_errors/* signInFailure */.VZ)(err, what);
    if ((0,errors/* isProgrammingError */.qK)(err) && !fromSdk(err))
        return (0,errors/* internalError */.WB)(err, what);
    const status = e.statusCode;
    const code = e.code && e.code !== 'REQUEST_SEND_ERROR' ? `${e.code}: ` : '';
    const detail = `${code}${e.message ?? String(err)}`;
    const options = { cause: err, ...retryAfterOf(e) };
    if (status === undefined)
        return statusless(e, what, detail, options);
    if (TRANSIENT_STATUS.has(status))
        return new errors/* EngineError */.NJ('transient', `${what} failed with HTTP ${status} after the SDK's retries: ${detail}`, options);
    if (status === 409 && clearsByItself(e)) {
        return new errors/* EngineError */.NJ('transient', `${what} failed (HTTP 409, another operation holds the resource; a re-run waits for it): ${detail}`, options);
    }
    if (status === 412) {
        return new errors/* EngineError */.NJ('transient', `${what} failed (HTTP 412: the resource changed since it was read; a re-run reads it again): ${detail}`, options);
    }
    if (status === 401 || status === 403) {
        return new errors/* EngineError */.NJ('terminal', `${what} was refused (HTTP ${status}): ${detail}; check the identity's role assignments on the resource group`, options);
    }
    return new errors/* EngineError */.NJ('terminal', `${what} failed (HTTP ${status}): ${detail}`, options);
}
/** No HTTP status: core-lro's verdicts on the operation, else no answer from Resource Manager. */
function statusless(e, what, detail, options) {
    const message = e.message ?? '';
    // Azure answered, and the operation failed: a re-run will not fix it without a change.
    if (LRO_FAILED.test(message))
        return new errors/* EngineError */.NJ('terminal', `${what} failed: the operation ended Failed in Azure: ${message}`, options);
    if (LRO_CANCELED.test(message)) {
        return new errors/* EngineError */.NJ('transient', `${what} failed: Azure reports the operation Canceled (a newer operation on the resource may have superseded it)`, options);
    }
    return new errors/* EngineError */.NJ('transient', `${what} failed: ${detail} (no answer from Azure Resource Manager)`, options);
}
function clearsByItself(e) {
    if (TRANSIENT_CODES.has((e.code ?? '').toLowerCase()))
        return true;
    const code = (e.code ?? '').toLowerCase();
    return (code === 'operationnotallowed' || code === 'conflict') && IN_PROGRESS.test(e.message ?? '');
}
/** A TypeError & co. thrown inside the SDK (its frames are in @azure/*) is the SDK's, not ours. */
function fromSdk(err) {
    const frame = (err.stack ?? '').split('\n').find((l) => /^\s+at /.test(l)) ?? '';
    return /[\\/]node_modules[\\/]@(azure|typespec)[\\/]/.test(frame);
}
/**
 * Azure's wait hint from the RestError's response: `retry-after-ms` / `x-ms-retry-after-ms`
 * (milliseconds), else `Retry-After` (seconds, or an HTTP date) — the headers and the order
 * core-rest-pipeline's throttling retry reads them in.
 */
function retryAfterOf(e, now = Date.now()) {
    const get = (name) => e.response?.headers?.get?.(name)?.trim();
    for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
        const ms = Number(get(name));
        if (get(name) && Number.isFinite(ms) && ms >= 0)
            return { retryAfterMs: ms };
    }
    const raw = get('retry-after');
    if (!raw)
        return {};
    const seconds = Number(raw);
    if (Number.isFinite(seconds) && seconds >= 0)
        return { retryAfterMs: seconds * 1000 };
    const date = Date.parse(raw);
    return Number.isNaN(date) ? {} : { retryAfterMs: Math.max(0, date - now) };
}
/** Wraps a port call so every failure leaves as a classified EngineError. */
async function guard(what, signal, call) {
    try {
        return await call();
    }
    catch (err) {
        throw classify(err, what, signal);
    }
}
/**
 * `guard` for a call bounded by `timeoutMs` (CallOptions): the SDK call gets a signal that also
 * aborts when the bound passes, and that ending is transient, not a cancellation.
 */
async function guardWithin(what, options, call) {
    const { signal, timeoutMs } = options;
    if (timeoutMs === undefined)
        return guard(what, signal, () => call(signal));
    const timer = AbortSignal.timeout(Math.max(1, Math.ceil(timeoutMs)));
    try {
        return await call(AbortSignal.any([signal, timer]));
    }
    catch (err) {
        if (timer.aborted && !signal.aborted) {
            throw new errors/* EngineError */.NJ('transient', `${what} did not finish within ${(0,duration/* formatDuration */.a)(timeoutMs)}`, {
                cause: err,
            });
        }
        throw classify(err, what, signal);
    }
}

;// CONCATENATED MODULE: ./src/azure/image-sdk.ts


/** Without a usable Retry-After: how long between polls of replication / builds on real Azure. */
const DEFAULT_POLL_MS = 15_000;
function imageSdk(conn) {
    const clients = clientsFor(conn);
    return {
        conn,
        pollMs: conn.pollIntervalMs ?? DEFAULT_POLL_MS,
        compute: clients.compute,
        imageBuilder: clients.imageBuilder,
        lro: clients.lro,
    };
}
/** Records the Retry-After of the responses of one call (seconds; HTTP dates ignored). */
function retryAfterProbe() {
    let seconds;
    return {
        onResponse: (r) => {
            const raw = r.headers.get('retry-after');
            const n = raw === undefined ? NaN : Number(raw);
            if (Number.isFinite(n) && n >= 0)
                seconds = n;
        },
        ms: (fallback) => (seconds !== undefined && seconds > 0 ? seconds * 1000 : fallback),
    };
}
/** `{ resourceGroup, name }` of a resource id of the given provider type (e.g. Microsoft.Compute/images). */
function parseId(id, type) {
    const m = new RegExp(`/resourceGroups/([^/]+)/providers/${type.replace('.', '\\.')}/([^/]+)$`, 'i').exec(id);
    if (!m)
        throw new errors/* EngineError */.NJ('input', `'${id}' is not a ${type} resource id`);
    return { resourceGroup: m[1], name: m[2] };
}

;// CONCATENATED MODULE: ./src/azure/bounded.ts
/**
 * A port call bounded by what is left of its step's deadline: the run's signal combined with a
 * timeout. When the timeout (not the run) stopped it, the failure is transient and says so — Azure
 * may still be working on the operation, and a re-run acts on what it then finds.
 */

async function bounded(what, options, fn) {
    const timeout = options.timeoutMs !== undefined ? AbortSignal.timeout(Math.max(1, options.timeoutMs)) : undefined;
    const signal = timeout ? AbortSignal.any([options.signal, timeout]) : options.signal;
    try {
        return await fn(signal);
    }
    catch (err) {
        if (timeout?.aborted && !options.signal.aborted)
            throw timedOut(what, err);
        throw err;
    }
}
function timedOut(what, cause) {
    return new errors/* EngineError */.NJ('transient', `${what} did not finish within the time left of 'deploy-timeout'; Azure may still be working on it (a re-run picks up from what it finds)`, { cause });
}

;// CONCATENATED MODULE: ./src/azure/scale-sets.ts





function scaleSetPort(conn) {
    const compute = clientsFor(conn).compute;
    const { poll } = clientsFor(conn);
    return {
        pollIntervalMs: conn.pollIntervalMs ?? DEFAULT_POLL_MS,
        get: (ref, o) => call(`reading scale set ${ref.name}`, o, async (signal) => {
            const ss = await orUndefined(async () => (await compute()).virtualMachineScaleSets.get(ref.resourceGroup, ref.name, { abortSignal: signal }));
            return ss ? toInfo(ss) : undefined;
        }),
        setImage: (ref, change, o) => call(`pointing scale set ${ref.name} at image ${change.imageId}`, o, async (signal) => {
            const c = await compute();
            const upgradePolicy = change.rollingPolicy ? { rollingUpgradePolicy: { ...change.rollingPolicy } } : undefined;
            const written = await c.virtualMachineScaleSets.update(ref.resourceGroup, ref.name, {
                virtualMachineProfile: { storageProfile: { imageReference: { id: change.imageId } } },
                ...(upgradePolicy ? { upgradePolicy } : {}),
            }, { abortSignal: signal, ...poll, ...(change.etag ? { ifMatch: change.etag } : {}) });
            return toInfo(written);
        }),
        setRollingPolicy: (ref, policy, etag, o) => call(`restoring the rolling upgrade policy of scale set ${ref.name}`, o, async (signal) => {
            const c = await compute();
            const written = await c.virtualMachineScaleSets.update(ref.resourceGroup, ref.name, { upgradePolicy: { rollingUpgradePolicy: { ...policy } } }, { abortSignal: signal, ...poll, ...(etag ? { ifMatch: etag } : {}) });
            return toInfo(written);
        }),
        listInstances: (ref, o) => call(`listing the instances of scale set ${ref.name}`, o, async (signal) => {
            const c = await compute();
            const out = [];
            for await (const vm of c.virtualMachineScaleSetVMs.list(ref.resourceGroup, ref.name, {
                expand: 'instanceView',
                abortSignal: signal,
            }))
                out.push(toInstance(vm));
            return out;
        }),
        updateInstances: (ref, instanceIds, o) => call(`replacing instance(s) ${instanceIds.join(', ')} of scale set ${ref.name}`, o, async (signal) => {
            const c = await compute();
            await c.virtualMachineScaleSets.updateInstances(ref.resourceGroup, ref.name, { instanceIds: [...instanceIds] }, { abortSignal: signal, ...poll });
        }),
        startRollingUpgrade: (ref, o) => call(`starting a rolling upgrade of scale set ${ref.name}`, o, async (signal) => {
            const c = await compute();
            // Accepted is enough: the upgrade is followed with latestRollingUpgrade.
            await c.virtualMachineScaleSetRollingUpgrades.beginStartOSUpgrade(ref.resourceGroup, ref.name, {
                abortSignal: signal,
                ...poll,
            });
        }),
        latestRollingUpgrade: (ref, o) => call(`reading the rolling upgrade of scale set ${ref.name}`, o, async (signal) => {
            const latest = await orUndefined(async () => (await compute()).virtualMachineScaleSetRollingUpgrades.getLatest(ref.resourceGroup, ref.name, {
                abortSignal: signal,
            }));
            if (!latest)
                return undefined;
            const p = latest.progress ?? {};
            const info = {
                code: latest.runningStatus?.code ?? 'Unknown',
                startTime: isoOf(latest.runningStatus?.startTime),
                lastAction: latest.runningStatus?.lastAction,
                successful: p.successfulInstanceCount ?? 0,
                failed: p.failedInstanceCount ?? 0,
                inProgress: p.inProgressInstanceCount ?? 0,
                pending: p.pendingInstanceCount ?? 0,
                ...(latest.error ? { error: `${latest.error.code ?? 'Error'}: ${latest.error.message ?? ''}`.trim() } : {}),
            };
            return info;
        }),
        cancelRollingUpgrade: (ref, o) => call(`cancelling the rolling upgrade of scale set ${ref.name}`, o, async (signal) => {
            const c = await compute();
            await c.virtualMachineScaleSetRollingUpgrades.beginCancel(ref.resourceGroup, ref.name, {
                abortSignal: signal,
                ...poll,
            });
        }),
        getImageVersion: (imageId, o) => call(`reading gallery image version ${imageId}`, o, async (signal) => {
            const m = /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)\/images\/([^/]+)\/versions\/([^/]+)$/i.exec(imageId);
            if (!m)
                throw new errors/* EngineError */.NJ('input', `'${imageId}' is not a gallery image version resource id; expected /subscriptions/…/galleries/<gallery>/images/<definition>/versions/<version>`);
            const c = await compute();
            const v = await orUndefined(() => c.galleryImageVersions.get(m[1], m[2], m[3], m[4], { abortSignal: signal }));
            if (!v)
                return undefined;
            const regions = (v.publishingProfile?.targetRegions ?? []).map((r) => normalizeRegion(r.name));
            const info = {
                id: v.id ?? imageId,
                version: v.name ?? m[4],
                provisioningState: v.provisioningState,
                regions: regions.length > 0 ? regions : [normalizeRegion(v.location)],
            };
            return info;
        }),
    };
}
/**
 * Runs one port call with the run's signal plus, when given, a timeout; every failure leaves as a
 * classified EngineError (a stale ETag is 'transient': nothing was written, a re-run re-reads).
 */
async function call(what, options, fn) {
    try {
        return await bounded(what, options, fn);
    }
    catch (err) {
        if (err instanceof errors/* EngineError */.NJ)
            throw err;
        if (statusOf(err) === 412) {
            throw new errors/* EngineError */.NJ('transient', `${what}: the resource changed since it was read (HTTP 412, ETag mismatch); nothing was written, re-run to act on its current state`, { cause: err });
        }
        throw classify(err, what, options.signal);
    }
}
const normalizeRegion = (name) => (name ?? '').toLowerCase().replace(/\s+/g, '');
const isoOf = (d) => d === undefined ? undefined : d instanceof Date ? d.toISOString() : String(d);
function modeOf(raw) {
    const m = (raw ?? 'Manual').toLowerCase();
    return m === 'rolling' ? 'Rolling' : m === 'automatic' ? 'Automatic' : 'Manual';
}
function toInfo(ss) {
    const profile = ss.virtualMachineProfile;
    const ref = profile?.storageProfile?.imageReference;
    const nics = profile?.networkProfile?.networkInterfaceConfigurations ?? [];
    const ipConfigs = nics.flatMap((n) => n.ipConfigurations ?? []);
    const extensions = profile?.extensionProfile?.extensions ?? [];
    const hasHealthExtension = extensions.some((e) => /^ApplicationHealth(Linux|Windows)$/i.test(String(e.typePropertiesType ?? '')));
    const healthProbeId = profile?.networkProfile?.healthProbe?.id;
    const linux = profile?.osProfile?.linuxConfiguration;
    const windows = profile?.osProfile?.windowsConfiguration;
    const osType = linux
        ? 'Linux'
        : windows
            ? 'Windows'
            : profile?.storageProfile?.osDisk?.osType;
    const policy = ss.upgradePolicy?.rollingUpgradePolicy;
    return {
        id: ss.id ?? '',
        name: ss.name ?? '',
        location: normalizeRegion(ss.location),
        etag: ss.etag,
        provisioningState: ss.provisioningState,
        imageId: ref?.id,
        imageDescription: ref?.id ??
            ref?.sharedGalleryImageId ??
            ref?.communityGalleryImageId ??
            ([ref?.publisher, ref?.offer, ref?.sku, ref?.version].filter(Boolean).join(':') || 'no image reference'),
        upgradeMode: modeOf(ss.upgradePolicy?.mode),
        rollingPolicy: policy
            ? {
                maxBatchInstancePercent: policy.maxBatchInstancePercent,
                maxUnhealthyInstancePercent: policy.maxUnhealthyInstancePercent,
                maxUnhealthyUpgradedInstancePercent: policy.maxUnhealthyUpgradedInstancePercent,
                pauseTimeBetweenBatches: policy.pauseTimeBetweenBatches,
                maxSurge: policy.maxSurge,
                prioritizeUnhealthyInstances: policy.prioritizeUnhealthyInstances,
            }
            : undefined,
        capacity: ss.sku?.capacity ?? 0,
        tags: { ...(ss.tags ?? {}) },
        healthSignal: healthProbeId ? 'probe' : hasHealthExtension ? 'extension' : 'none',
        osType,
        linuxPasswordAuth: osType === 'Linux' || linux ? linux?.disablePasswordAuthentication !== true : undefined,
        network: {
            nsgIds: nics.flatMap((n) => (n.networkSecurityGroup?.id ? [n.networkSecurityGroup.id] : [])),
            subnetIds: [...new Set(ipConfigs.flatMap((ip) => (ip.subnet?.id ? [ip.subnet.id] : [])))],
            backendPoolIds: ipConfigs.flatMap((ip) => (ip.loadBalancerBackendAddressPools ?? []).flatMap((p) => (p.id ? [p.id.toLowerCase()] : []))),
            healthProbeId,
            publicIpPerInstance: ipConfigs.some((ip) => ip.publicIPAddressConfiguration !== undefined && ip.publicIPAddressConfiguration !== null),
        },
    };
}
function toInstance(vm) {
    const statuses = vm.instanceView?.statuses ?? [];
    const codeAfter = (prefix) => statuses
        .map((s) => s.code ?? '')
        .find((c) => c.startsWith(prefix))
        ?.slice(prefix.length)
        .split('/')[0];
    const healthCode = vm.instanceView?.vmHealth?.status?.code;
    const health = healthCode
        ? (healthCode.replace(/^HealthState\//, '').toLowerCase() ?? 'unknown')
        : 'none';
    return {
        instanceId: vm.instanceId ?? '',
        name: vm.name ?? '',
        imageId: vm.storageProfile?.imageReference?.id,
        latestModelApplied: vm.latestModelApplied === true,
        health: ['healthy', 'unhealthy', 'unknown'].includes(health) ? health : healthCode ? 'unknown' : 'none',
        provisioningState: codeAfter('ProvisioningState/') ?? vm.provisioningState?.toLowerCase(),
        power: codeAfter('PowerState/'),
    };
}

;// CONCATENATED MODULE: ./src/azure/app-service.ts





const RUN_FROM_PACKAGE = 'WEBSITE_RUN_FROM_PACKAGE';
const isProduction = (slot) => slot.toLowerCase() === app_service_port/* PRODUCTION_SLOT */.P;
const label = (r) => (isProduction(r.slot) ? `site ${r.site}` : `slot ${r.slot} of site ${r.site}`);
function appServicePort(conn) {
    const web = clientsFor(conn).web;
    const { lro } = clientsFor(conn);
    const appSettings = async (r, signal) => {
        const c = await web();
        const d = isProduction(r.slot)
            ? await c.webApps.listApplicationSettings(r.resourceGroup, r.site, { abortSignal: signal })
            : await c.webApps.listApplicationSettingsSlot(r.resourceGroup, r.site, r.slot, { abortSignal: signal });
        return { ...(d.properties ?? {}) };
    };
    const configOf = async (c, r, signal) => isProduction(r.slot)
        ? c.webApps.getConfiguration(r.resourceGroup, r.site, { abortSignal: signal })
        : c.webApps.getConfigurationSlot(r.resourceGroup, r.site, r.slot, { abortSignal: signal });
    return {
        pollIntervalMs: conn.pollIntervalMs ?? DEFAULT_POLL_MS,
        getSlot: (r, o) => call(`reading ${label(r)}`, o, async (signal) => {
            const c = await web();
            const site = await orUndefined(() => isProduction(r.slot)
                ? c.webApps.get(r.resourceGroup, r.site, { abortSignal: signal })
                : c.webApps.getSlot(r.resourceGroup, r.site, r.slot, { abortSignal: signal }));
            if (!site)
                return undefined;
            const config = await configOf(c, r, signal);
            const settings = await appSettings(r, signal);
            const pkg = settings[RUN_FROM_PACKAGE];
            return {
                ...r,
                slot: isProduction(r.slot) ? app_service_port/* PRODUCTION_SLOT */.P : r.slot.toLowerCase(),
                id: site.id,
                location: site.location ?? '',
                state: site.state ?? undefined,
                defaultHostName: site.defaultHostName ?? undefined,
                hostNames: [...(site.hostNames ?? [])],
                linuxFxVersion: config.linuxFxVersion || site.siteConfig?.linuxFxVersion || undefined,
                runFromPackage: pkg && pkg !== '0' ? pkg : undefined,
                tags: { ...(site.tags ?? {}) },
                rampUp: (config.experiments?.rampUpRules ?? []).map((x) => ({
                    name: x.name ?? '',
                    actionHostName: x.actionHostName ?? '',
                    percent: x.reroutePercentage ?? 0,
                })),
            };
        }),
        listSlots: (resourceGroup, site, o) => call(`listing the slots of site ${site}`, o, async (signal) => {
            const c = await web();
            const exists = await orUndefined(() => c.webApps.get(resourceGroup, site, { abortSignal: signal }));
            if (!exists)
                return undefined;
            const names = [];
            for await (const s of c.webApps.listSlots(resourceGroup, site, { abortSignal: signal }))
                names.push(String(s.name).split('/').pop());
            return names;
        }),
        setArtifact: (r, artifact, o) => call(`pointing ${label(r)} at the new artifact`, o, async (signal) => {
            const c = await web();
            if (artifact.containerImage !== undefined) {
                const fx = `DOCKER|${artifact.containerImage}`;
                const settings = await appSettings(r, signal);
                const config = await configOf(c, r, signal);
                const pkgSet = settings[RUN_FROM_PACKAGE] !== undefined && settings[RUN_FROM_PACKAGE] !== '0';
                if (config.linuxFxVersion === fx && !pkgSet)
                    return false;
                // A run-from-package setting would win over the image: drop it first.
                if (pkgSet) {
                    const rest = { ...settings };
                    delete rest[RUN_FROM_PACKAGE];
                    await putSettings(c, r, rest, signal);
                }
                if (config.linuxFxVersion !== fx) {
                    if (isProduction(r.slot))
                        await c.webApps.updateConfiguration(r.resourceGroup, r.site, { linuxFxVersion: fx }, { abortSignal: signal });
                    else
                        await c.webApps.updateConfigurationSlot(r.resourceGroup, r.site, r.slot, { linuxFxVersion: fx }, { abortSignal: signal });
                }
                return true;
            }
            const settings = await appSettings(r, signal);
            if (settings[RUN_FROM_PACKAGE] === artifact.packageUrl)
                return false;
            await putSettings(c, r, { ...settings, [RUN_FROM_PACKAGE]: artifact.packageUrl }, signal);
            return true;
        }),
        restart: (r, o) => call(`restarting ${label(r)}`, o, async (signal) => {
            const c = await web();
            if (isProduction(r.slot))
                await c.webApps.restart(r.resourceGroup, r.site, { synchronous: true, abortSignal: signal });
            else
                await c.webApps.restartSlot(r.resourceGroup, r.site, r.slot, { synchronous: true, abortSignal: signal });
        }),
        swap: (source, targetSlot, o) => call(`swapping ${label(source)} into ${targetSlot}`, o, async (signal) => {
            const c = await web();
            const entity = { targetSlot, preserveVnet: true };
            if (isProduction(source.slot))
                await c.webApps.swapSlotWithProduction(source.resourceGroup, source.site, entity, lro(signal));
            else
                await c.webApps.swapSlot(source.resourceGroup, source.site, source.slot, entity, lro(signal));
        }),
        applySlotConfig: (source, targetSlot, o) => call(`applying the ${targetSlot} configuration to ${label(source)} (swap with preview)`, o, async (signal) => {
            const c = await web();
            const entity = { targetSlot, preserveVnet: true };
            if (isProduction(source.slot))
                await c.webApps.applySlotConfigToProduction(source.resourceGroup, source.site, entity, {
                    abortSignal: signal,
                });
            else
                await c.webApps.applySlotConfigurationSlot(source.resourceGroup, source.site, source.slot, entity, {
                    abortSignal: signal,
                });
        }),
        resetSlotConfig: (source, o) => call(`resetting the configuration of ${label(source)}`, o, async (signal) => {
            const c = await web();
            if (isProduction(source.slot))
                await c.webApps.resetProductionSlotConfig(source.resourceGroup, source.site, { abortSignal: signal });
            else
                await c.webApps.resetSlotConfigurationSlot(source.resourceGroup, source.site, source.slot, {
                    abortSignal: signal,
                });
        }),
        setRampUp: (r, rule, o) => call(`routing ${rule.percent}% of site ${r.site} to ${rule.actionHostName}`, o, async (signal) => {
            const c = await web();
            const config = await c.webApps.getConfiguration(r.resourceGroup, r.site, { abortSignal: signal });
            const rules = config.experiments?.rampUpRules ?? [];
            const others = rules.filter((x) => x.name !== rule.name);
            const mine = rules.find((x) => x.name === rule.name);
            const want = rule.percent > 0;
            const same = want
                ? mine?.reroutePercentage === rule.percent && mine.actionHostName === rule.actionHostName
                : !mine;
            if (same)
                return false;
            const next = want
                ? [...others, { name: rule.name, actionHostName: rule.actionHostName, reroutePercentage: rule.percent }]
                : others;
            // PATCH: the rest of the site's config stays as it is.
            await c.webApps.updateConfiguration(r.resourceGroup, r.site, { experiments: { rampUpRules: next } }, { abortSignal: signal });
            return true;
        }),
    };
}
async function putSettings(c, r, settings, signal) {
    if (isProduction(r.slot))
        await c.webApps.updateApplicationSettings(r.resourceGroup, r.site, { properties: settings }, { abortSignal: signal });
    else
        await c.webApps.updateApplicationSettingsSlot(r.resourceGroup, r.site, r.slot, { properties: settings }, { abortSignal: signal });
}

;// CONCATENATED MODULE: ./src/azure/deployments-rest.ts
/** The Deployments api-version @azure/arm-resourcesdeployments 2 sends (its routes and shapes as in 2025-04-01). */
const DEPLOYMENTS_API_VERSION = '2026-06-01';
/** One request; `url` is a path under the endpoint (api-version added) or an absolute link from Azure. */
async function send(deps, method, url, signal, body) {
    const { createHttpHeaders, createPipelineRequest } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(818)]).then(__webpack_require__.bind(__webpack_require__, 1818));
    const client = await deps.client();
    const absolute = /^https?:\/\//i.test(url) ? url : `${deps.endpoint}${url}?api-version=${DEPLOYMENTS_API_VERSION}`;
    const request = createPipelineRequest({
        url: absolute,
        method,
        abortSignal: signal,
        headers: createHttpHeaders({ accept: 'application/json', 'content-type': 'application/json' }),
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const response = await client.sendRequest(request);
    const parsed = parseBody(response.bodyAsText ?? undefined);
    return { status: response.status, body: parsed, response };
}
/** Throws Azure's error as a RestError (status, code, headers), as the generated SDKs do. */
async function fail(answer, what) {
    const { RestError } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(818)]).then(__webpack_require__.bind(__webpack_require__, 1818));
    const error = errorOf(answer.body);
    throw new RestError(error?.message ?? `${what}: HTTP ${answer.status}`, {
        statusCode: answer.status,
        ...(error?.code ? { code: error.code } : {}),
        response: answer.response,
        request: answer.response.request,
    });
}
/**
 * Follows a 202 + Location to its end: the final answer (200 with a body, 204, or an error
 * status). Polls at Retry-After (milliseconds headers first, as core-rest-pipeline reads them),
 * else at `pollMs`; the signal bounds it.
 */
async function follow(deps, first, signal) {
    let answer = first;
    for (;;) {
        const location = answer.response.headers.get('location') ?? answer.response.headers.get('azure-asyncoperation');
        if (answer.status !== 202 || !location)
            return answer;
        await pause(retryAfterMs(answer.response) ?? deps.pollMs, signal);
        answer = await send(deps, 'GET', location, signal);
    }
}
/** Every item of a paged list (`value` and `nextLink`). */
async function pages(deps, path, signal, what) {
    const items = [];
    let next = path;
    while (next) {
        const answer = await send(deps, 'GET', next, signal);
        if (answer.status !== 200)
            await fail(answer, what);
        const value = answer.body?.['value'];
        if (Array.isArray(value))
            items.push(...value);
        const link = answer.body?.['nextLink'];
        next = typeof link === 'string' && link.length > 0 ? link : undefined;
    }
    return items;
}
/** `{ error: { code, message, … } }` (CloudError), or the error object itself. */
function errorOf(body) {
    const error = body?.['error'];
    if (error && typeof error === 'object')
        return error;
    return undefined;
}
function parseBody(text) {
    if (!text)
        return undefined;
    try {
        const value = JSON.parse(text);
        return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function retryAfterMs(response) {
    for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
        const ms = Number(response.headers.get(name));
        if (response.headers.get(name) && Number.isFinite(ms) && ms >= 0)
            return ms;
    }
    const seconds = Number(response.headers.get('retry-after'));
    return response.headers.get('retry-after') && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
function pause(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const timer = setTimeout(done, Math.max(1, ms));
        function done() {
            signal.removeEventListener('abort', stop);
            resolve();
        }
        function stop() {
            clearTimeout(timer);
            reject(signal.reason);
        }
        signal.addEventListener('abort', stop, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/azure/deployments.ts




function deploymentPort(conn) {
    const deps = {
        client: clientsFor(conn).resources,
        endpoint: conn.endpoint.replace(/\/+$/, ''),
        pollMs: conn.pollIntervalMs ?? DEFAULT_POLL_MS,
    };
    const rgPath = (rg) => `/subscriptions/${conn.subscriptionId}/resourcegroups/${encodeURIComponent(rg)}`;
    const group = (rg) => `${rgPath(rg)}/providers/Microsoft.Resources/deployments`;
    const path = (ref, action = '') => `${group(ref.resourceGroup)}/${encodeURIComponent(ref.name)}${action}`;
    const body = (input, extra = {}) => ({
        properties: { mode: 'Incremental', template: input.template, parameters: input.parameters, ...extra },
        ...(input.tags ? { tags: { ...input.tags } } : {}),
    });
    return {
        pollIntervalMs: deps.pollMs,
        resourceGroupId: (rg) => `/subscriptions/${conn.subscriptionId}/resourceGroups/${rg}`,
        validate: (ref, input, o) => call(`validating template deployment ${ref.name}`, o, async (signal) => {
            const answer = await follow(deps, await send(deps, 'POST', path(ref, '/validate'), signal, body(input)), signal);
            // An invalid template is Azure's answer, not a failure of the call: 400 with the error.
            if (answer.status === 400)
                return { ok: false, error: toError(errorOf(answer.body)) };
            if (answer.status >= 300)
                await fail(answer, 'validate');
            const error = errorOf(answer.body);
            return error ? { ok: false, error: toError(error) } : { ok: true };
        }),
        whatIf: (ref, input, o) => call(`what-if of template deployment ${ref.name}`, o, async (signal) => {
            // DeploymentWhatIf has no tags (deployments.json 2026-06-01): they are the deployment's, not its what-if's.
            const { tags: _tags, ...request } = body(input, { whatIfSettings: { resultFormat: 'FullResourcePayloads' } });
            const answer = await follow(deps, await send(deps, 'POST', path(ref, '/whatIf'), signal, request), signal);
            if (answer.status === 400)
                return { ok: false, error: toError(errorOf(answer.body)) };
            if (answer.status >= 300)
                await fail(answer, 'what-if');
            const error = errorOf(answer.body);
            if (error)
                return { ok: false, error: toError(error) };
            const props = (answer.body?.['properties'] ?? {});
            const changes = Array.isArray(props['changes']) ? props['changes'] : [];
            return { ok: true, changes: changes.map(toResourceChange) };
        }),
        start: (ref, input, o) => call(`starting template deployment ${ref.name} in resource group ${ref.resourceGroup}`, o, async (signal) => {
            const answer = await send(deps, 'PUT', path(ref), signal, body(input));
            if (answer.status !== 200 && answer.status !== 201)
                await fail(answer, 'start');
        }),
        get: (ref, o) => call(`reading template deployment ${ref.name}`, o, async (signal) => {
            const answer = await send(deps, 'GET', path(ref), signal);
            if (answer.status === 404)
                return undefined;
            if (answer.status !== 200)
                await fail(answer, 'get');
            return deployments_toInfo(answer.body ?? {});
        }),
        failedOperations: (ref, o) => call(`listing the operations of template deployment ${ref.name}`, o, async (signal) => {
            // DeploymentOperations_List lives outside the provider namespace:
            // /subscriptions/{id}/resourcegroups/{rg}/deployments/{name}/operations.
            const at = `${rgPath(ref.resourceGroup)}/deployments/${encodeURIComponent(ref.name)}/operations`;
            const all = (await pages(deps, at, signal, 'operations'));
            return all.filter((op) => /^failed$/i.test(String(prop(op, 'provisioningState') ?? ''))).map(toFailure);
        }),
        list: (resourceGroup, o) => call(`listing the template deployments of resource group ${resourceGroup}`, o, async (signal) => {
            const all = (await pages(deps, group(resourceGroup), signal, 'list'));
            return all.map(deployments_toInfo);
        }),
        delete: (ref, o) => call(`deleting template deployment ${ref.name} from the history`, o, async (signal) => {
            const answer = await follow(deps, await send(deps, 'DELETE', path(ref), signal), signal);
            if (answer.status === 404 || answer.status === 204 || answer.status === 200)
                return;
            await fail(answer, 'delete');
        }),
        cancel: (ref, o) => call(`cancelling template deployment ${ref.name}`, o, async (signal) => {
            const answer = await send(deps, 'POST', path(ref, '/cancel'), signal);
            // 409: it is not running any more (ended, or never started): nothing to cancel.
            if (answer.status >= 300 && answer.status !== 404 && answer.status !== 409)
                await fail(answer, 'cancel');
        }),
    };
}
const prop = (o, name) => (o['properties'] ?? {})[name];
const deployments_text = (v) => (typeof v === 'string' && v.length > 0 ? v : undefined);
function deployments_toInfo(d) {
    const error = prop(d, 'error');
    return {
        name: String(d['name'] ?? ''),
        id: String(d['id'] ?? ''),
        provisioningState: String(prop(d, 'provisioningState') ?? 'NotSpecified'),
        ...(deployments_text(prop(d, 'timestamp')) ? { timestamp: deployments_text(prop(d, 'timestamp')) } : {}),
        ...(error && typeof error === 'object' ? { error: toError(error) } : {}),
        tags: { ...(d['tags'] ?? {}) },
        parameters: valuesOf(prop(d, 'parameters')),
    };
}
/** `{ name: { value } }` as `{ name: value }` (Key Vault references and secure values have none). */
function valuesOf(raw) {
    if (!raw || typeof raw !== 'object')
        return {};
    return Object.fromEntries(Object.entries(raw).flatMap(([k, v]) => v && typeof v === 'object' && 'value' in v ? [[k, v['value']]] : []));
}
function toError(e) {
    const details = Array.isArray(e?.details) ? e.details.map(toError) : [];
    return {
        code: String(e?.code ?? 'Unknown'),
        message: String(e?.message ?? 'no message given'),
        ...(deployments_text(e?.target) ? { target: deployments_text(e?.target) } : {}),
        ...(details.length > 0 ? { details } : {}),
    };
}
function toFailure(op) {
    const target = (prop(op, 'targetResource') ?? {});
    const type = deployments_text(target['resourceType']);
    const name = deployments_text(target['resourceName']);
    const id = deployments_text(target['id']);
    const status = prop(op, 'statusMessage');
    // statusMessage is { status, error } (StatusMessage), but Azure also puts a bare error or text there.
    const raw = status && typeof status === 'object' ? (status['error'] ?? status) : undefined;
    const error = raw && typeof raw === 'object' && ('code' in raw || 'message' in raw)
        ? toError(raw)
        : deployments_text(status)
            ? { code: 'Error', message: deployments_text(status) }
            : undefined;
    return {
        resource: type && name ? `${type} ${name}` : (id ?? 'an unnamed resource'),
        ...(id ? { resourceId: id } : {}),
        ...(deployments_text(prop(op, 'statusCode')) ? { statusCode: deployments_text(prop(op, 'statusCode')) } : {}),
        ...(error ? { error } : {}),
    };
}
function toResourceChange(c) {
    const delta = Array.isArray(c['delta']) ? c['delta'].map(toPropertyChange) : [];
    return {
        resourceId: String(c['resourceId'] ?? ''),
        change: String(c['changeType'] ?? 'Unsupported'),
        delta,
        ...(deployments_text(c['unsupportedReason']) ? { unsupportedReason: deployments_text(c['unsupportedReason']) } : {}),
    };
}
function toPropertyChange(p) {
    const children = Array.isArray(p['children']) ? p['children'].map(toPropertyChange) : [];
    return {
        path: String(p['path'] ?? ''),
        change: String(p['propertyChangeType'] ?? 'Modify'),
        ...('before' in p ? { before: p['before'] } : {}),
        ...('after' in p ? { after: p['after'] } : {}),
        ...(children.length > 0 ? { children } : {}),
    };
}

;// CONCATENATED MODULE: ./src/azure/write-only-if-match.ts
const POLICY_NAME = 'immutableDeployWriteOnlyIfMatch';
const MARKER = 'x-immutable-deploy-write-if-match';
const WRITES = new Set(['PUT', 'PATCH', 'DELETE']);
const writeOnlyIfMatchPolicy = {
    name: POLICY_NAME,
    sendRequest(request, next) {
        const etag = request.headers.get(MARKER);
        if (etag !== undefined) {
            request.headers.delete(MARKER);
            if (WRITES.has(request.method.toUpperCase()))
                request.headers.set('If-Match', etag);
        }
        return next(request);
    },
};
/**
 * Operation options that send `If-Match: etag` on the operation's write and on nothing else.
 * Installs the policy on `client`'s pipeline once (clients are shared per connection).
 */
function ifMatchOnWrite(client, etag) {
    if (!client.pipeline.getOrderedPolicies().some((p) => p.name === POLICY_NAME))
        client.pipeline.addPolicy(writeOnlyIfMatchPolicy);
    return { requestOptions: { customHeaders: { [MARKER]: etag } } };
}

;// CONCATENATED MODULE: ./src/azure/front-door.ts






const front_door_label = (r) => `origin group ${r.originGroup} of Front Door profile ${r.profile}`;
function frontDoorPort(conn) {
    const { lro } = clientsFor(conn);
    const bySubscription = new Map();
    const cdn = (ref) => {
        const sub = ref.subscriptionId ?? conn.subscriptionId;
        let client = bySubscription.get(sub);
        if (!client) {
            const options = armClientOptions({ endpoint: conn.endpoint, caFile: conn.caFile });
            client = Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(513)]).then(__webpack_require__.bind(__webpack_require__, 49513)).then((m) => new m.CdnManagementClient(conn.credential, sub, options));
            bySubscription.set(sub, client);
        }
        return client;
    };
    return {
        pollIntervalMs: conn.pollIntervalMs ?? DEFAULT_POLL_MS,
        getOriginGroup: (ref, o) => call(`reading ${front_door_label(ref)}`, o, async (signal) => {
            const c = await cdn(ref);
            const group = await orUndefined(() => c.afdOriginGroups.get(ref.resourceGroup, ref.profile, ref.originGroup, { abortSignal: signal }));
            if (!group)
                return undefined;
            const origins = [];
            const list = c.afdOrigins.listByOriginGroup(ref.resourceGroup, ref.profile, ref.originGroup, {
                abortSignal: signal,
            });
            for await (const origin of list)
                origins.push(toOrigin(origin));
            return {
                id: group.id,
                name: group.name,
                provisioningState: group.provisioningState,
                origins,
            };
        }),
        setOrigin: (ref, name, change, o) => call(`setting origin ${name} of ${front_door_label(ref)}`, o, async (signal) => {
            const c = await cdn(ref);
            const current = toOrigin(await c.afdOrigins.get(ref.resourceGroup, ref.profile, ref.originGroup, name, { abortSignal: signal }));
            const weightOk = change.weight === undefined || current.weight === change.weight;
            const settled = !['failed', 'updating', 'creating'].includes((current.provisioningState ?? '').toLowerCase());
            if (weightOk && current.enabled === change.enabled && settled)
                return false;
            const body = {
                ...(change.weight !== undefined ? { weight: change.weight } : {}),
                enabledState: change.enabled ? 'Enabled' : 'Disabled',
            };
            await c.afdOrigins.beginUpdateAndWait(ref.resourceGroup, ref.profile, ref.originGroup, name, body, {
                ...lro(signal),
                ...(current.etag ? ifMatchOnWrite(c, current.etag) : {}),
            });
            return true;
        }),
    };
}
function toOrigin(o) {
    const etag = o.etag;
    return {
        id: o.id,
        name: o.name,
        hostName: o.hostName ?? '',
        httpPort: o.httpPort ?? undefined,
        httpsPort: o.httpsPort ?? undefined,
        weight: o.weight ?? undefined,
        priority: o.priority ?? undefined,
        enabled: (o.enabledState ?? 'Enabled').toLowerCase() === 'enabled',
        provisioningState: o.provisioningState,
        ...(etag ? { etag } : {}),
    };
}

;// CONCATENATED MODULE: ./src/azure/image-builder.ts


function imageBuilderPort(sdk) {
    const name = (ref) => `Image Builder template ${ref.name}`;
    let runRetryAfter;
    return {
        createTemplate: (ref, spec, { signal }) => guard(`creating ${name(ref)}`, signal, async () => {
            const client = await sdk.imageBuilder();
            await client.virtualMachineImageTemplates.createOrUpdate(ref.resourceGroup, ref.name, toTemplate(spec), sdk.lro(signal));
        }),
        run: (ref, { signal }) => guard(`starting a build of ${name(ref)}`, signal, async () => {
            const client = await sdk.imageBuilder();
            const probe = retryAfterProbe();
            // One POST; the run is followed through `status` (its sub-states are the progress).
            await client.virtualMachineImageTemplates
                .run(ref.resourceGroup, ref.name, { ...sdk.lro(signal), onResponse: probe.onResponse })
                .submitted();
            runRetryAfter = probe.ms(sdk.pollMs);
            return { pollAfterMs: runRetryAfter };
        }),
        status: (ref, { signal }) => guard(`reading ${name(ref)}`, signal, async () => {
            const client = await sdk.imageBuilder();
            const probe = retryAfterProbe();
            const t = await orUndefined(() => client.virtualMachineImageTemplates.get(ref.resourceGroup, ref.name, {
                abortSignal: signal,
                onResponse: probe.onResponse,
            }));
            const pollAfterMs = probe.ms(runRetryAfter ?? sdk.pollMs);
            if (!t)
                return { exists: false, pollAfterMs };
            const last = t.lastRunStatus;
            return {
                exists: true,
                provisioningState: t.provisioningState,
                ...(last?.runState ? { runState: last.runState } : {}),
                ...(last?.runSubState ? { runSubState: last.runSubState } : {}),
                ...(last?.message ? { message: last.message } : {}),
                pollAfterMs,
            };
        }),
        runOutput: (ref, runOutputName, { signal }) => guard(`reading run output ${runOutputName} of ${name(ref)}`, signal, async () => {
            const client = await sdk.imageBuilder();
            const out = await orUndefined(() => client.virtualMachineImageTemplates.getRunOutput(ref.resourceGroup, ref.name, runOutputName, {
                abortSignal: signal,
            }));
            return out
                ? { name: out.name ?? runOutputName, artifactId: out.artifactId, artifactUri: out.artifactUri }
                : undefined;
        }),
        cancel: (ref, { signal }) => guard(`cancelling the build of ${name(ref)}`, signal, async () => {
            const client = await sdk.imageBuilder();
            await client.virtualMachineImageTemplates.cancel(ref.resourceGroup, ref.name, sdk.lro(signal)).submitted();
        }),
        deleteTemplate: (ref, { signal }) => guard(`deleting ${name(ref)}`, signal, async () => {
            const client = await sdk.imageBuilder();
            await orUndefined(() => client.virtualMachineImageTemplates.delete(ref.resourceGroup, ref.name, sdk.lro(signal)));
        }),
        listByTag: (resourceGroup, tagName, { signal }) => guard(`listing the Image Builder templates of resource group ${resourceGroup}`, signal, async () => {
            const client = await sdk.imageBuilder();
            const out = [];
            const wanted = tagName.toLowerCase();
            for await (const t of client.virtualMachineImageTemplates.listByResourceGroup(resourceGroup, {
                abortSignal: signal,
            })) {
                const tags = { ...(t.tags ?? {}) };
                if (!Object.keys(tags).some((k) => k.toLowerCase() === wanted))
                    continue;
                out.push({
                    resourceGroup,
                    name: t.name,
                    id: t.id,
                    tags,
                    ...(t.provisioningState ? { provisioningState: t.provisioningState } : {}),
                    ...(t.lastRunStatus?.runState ? { runState: t.lastRunStatus.runState } : {}),
                });
            }
            return out;
        }),
    };
}
const CUSTOMIZER_TYPES = ['Shell', 'PowerShell', 'File', 'WindowsRestart', 'WindowsUpdate'];
function toTemplate(spec) {
    return {
        location: spec.location,
        tags: { ...spec.tags },
        identity: { type: 'UserAssigned', userAssignedIdentities: { [spec.identityId]: {} } },
        source: toSource(spec.source),
        // The user's customizers pass through; only the type's casing is made canonical.
        customize: spec.customizers.map((c) => {
            const type = CUSTOMIZER_TYPES.find((t) => t.toLowerCase() === String(c['type']).toLowerCase()) ?? String(c['type']);
            return { ...c, type };
        }),
        distribute: [
            {
                type: 'SharedImage',
                runOutputName: spec.runOutputName,
                galleryImageId: spec.galleryImageVersionId,
                targetRegions: spec.targetRegions.map((r) => ({
                    name: r.name,
                    replicaCount: r.replicas,
                    storageAccountType: r.storageAccountType,
                })),
                excludeFromLatest: spec.excludeFromLatest,
                replicationMode: spec.replicationMode,
                artifactTags: { ...spec.artifactTags },
            },
        ],
        vmProfile: { vmSize: spec.vmSize },
        buildTimeoutInMinutes: spec.buildTimeoutInMinutes,
    };
}
function toSource(source) {
    switch (source.type) {
        case 'PlatformImage':
            return {
                type: 'PlatformImage',
                publisher: source.publisher,
                offer: source.offer,
                sku: source.sku,
                version: source.version,
            };
        case 'ManagedImage':
            return { type: 'ManagedImage', imageId: source.imageId };
        case 'SharedImageVersion':
            return { type: 'SharedImageVersion', imageVersionId: source.imageVersionId };
    }
}

;// CONCATENATED MODULE: ./src/azure/image-gallery.ts




function galleryPort(sdk) {
    /** Retry-After of the create of each version, reused for its replication polls when the GET names none. */
    const createRetryAfter = new Map();
    const key = (r) => `${r.resourceGroup}/${r.gallery}/${r.definition}/${r.version}`.toLowerCase();
    const versionName = (r) => `version ${r.version} of ${r.gallery}/${r.definition}`;
    return {
        getGallery: (resourceGroup, gallery, { signal }) => guard(`reading gallery ${gallery}`, signal, async () => {
            const g = await orUndefined(async () => (await sdk.compute()).galleries.get(resourceGroup, gallery, { abortSignal: signal }));
            return g ? { id: g.id, location: normalize(g.location) } : undefined;
        }),
        findDefinition: (ref, { signal }) => guard(`reading image definition ${ref.gallery}/${ref.definition}`, signal, async () => {
            const d = await orUndefined(async () => (await sdk.compute()).galleryImages.get(ref.resourceGroup, ref.gallery, ref.definition, {
                abortSignal: signal,
            }));
            return d ? toDefinition(d) : undefined;
        }),
        createDefinition: (ref, spec, { signal }) => guard(`creating image definition ${ref.gallery}/${ref.definition}`, signal, async () => {
            const client = await sdk.compute();
            const d = await client.galleryImages.createOrUpdate(ref.resourceGroup, ref.gallery, ref.definition, {
                location: spec.location,
                osType: spec.osType,
                osState: 'Generalized',
                hyperVGeneration: spec.hyperVGeneration,
                identifier: { publisher: spec.publisher, offer: spec.offer, sku: spec.sku },
            }, sdk.lro(signal));
            return toDefinition(d);
        }),
        listVersions: (ref, { signal }) => guard(`listing the versions of ${ref.gallery}/${ref.definition}`, signal, async () => {
            const client = await sdk.compute();
            const out = [];
            for await (const v of client.galleryImageVersions.listByGalleryImage(ref.resourceGroup, ref.gallery, ref.definition, { abortSignal: signal }))
                out.push(toVersion(v));
            return out;
        }),
        listVersionsPaged: (ref, { signal, timeoutMs }) => ({
            // One page per SDK response (byPage follows nextLink); one bound for the whole listing.
            async *[Symbol.asyncIterator]() {
                const what = `listing the versions of ${ref.gallery}/${ref.definition}`;
                const timer = timeoutMs !== undefined ? AbortSignal.timeout(Math.max(1, Math.ceil(timeoutMs))) : undefined;
                const client = await guard(what, signal, () => sdk.compute());
                const abortSignal = timer ? AbortSignal.any([signal, timer]) : signal;
                const pages = client.galleryImageVersions
                    .listByGalleryImage(ref.resourceGroup, ref.gallery, ref.definition, { abortSignal })
                    .byPage();
                for (;;) {
                    let page;
                    try {
                        page = await pages.next();
                    }
                    catch (err) {
                        if (timer?.aborted && !signal.aborted)
                            throw new errors/* EngineError */.NJ('transient', `${what} did not finish within ${(0,duration/* formatDuration */.a)(timeoutMs)}`, {
                                cause: err,
                            });
                        throw classify(err, what, signal);
                    }
                    if (page.done)
                        return;
                    yield page.value.map(toVersion);
                }
            },
        }),
        getVersion: (ref, { signal }) => guard(`reading ${versionName(ref)}`, signal, async () => {
            const v = await orUndefined(async () => (await sdk.compute()).galleryImageVersions.get(ref.resourceGroup, ref.gallery, ref.definition, ref.version, {
                abortSignal: signal,
            }));
            return v ? toVersion(v) : undefined;
        }),
        publishVersion: (ref, spec, options) => guardWithin(`creating ${versionName(ref)}`, options, async (signal) => {
            const client = await sdk.compute();
            const probe = retryAfterProbe();
            const body = {
                location: spec.location,
                tags: { ...spec.tags },
                storageProfile: { source: { id: spec.sourceId } },
                publishingProfile: {
                    targetRegions: spec.targetRegions.map((r) => ({
                        name: r.name,
                        regionalReplicaCount: r.replicas,
                        storageAccountType: r.storageAccountType,
                    })),
                    replicaCount: spec.replicaCount,
                    storageAccountType: spec.storageAccountType,
                    excludeFromLatest: spec.excludeFromLatest,
                    replicationMode: spec.replicationMode,
                    ...(spec.endOfLifeDate ? { endOfLifeDate: new Date(spec.endOfLifeDate) } : {}),
                },
            };
            const poller = client.galleryImageVersions.createOrUpdate(ref.resourceGroup, ref.gallery, ref.definition, ref.version, body, { ...sdk.lro(signal), onResponse: probe.onResponse });
            // One write. The poller is not followed: replication is, region by region, with replicationStatus.
            await poller.submitted();
            const pollAfterMs = probe.ms(sdk.pollMs);
            createRetryAfter.set(key(ref), pollAfterMs);
            const id = `/subscriptions/${sdk.conn.subscriptionId}/resourceGroups/${ref.resourceGroup}/providers/Microsoft.Compute/galleries/${ref.gallery}/images/${ref.definition}/versions/${ref.version}`;
            const version = {
                id,
                name: ref.version,
                location: spec.location,
                tags: { ...spec.tags },
                provisioningState: 'Creating',
                sourceId: spec.sourceId,
                targetRegions: spec.targetRegions.map((r) => ({
                    name: r.name,
                    replicas: r.replicas,
                    storageAccountType: r.storageAccountType,
                })),
                excludeFromLatest: spec.excludeFromLatest,
            };
            return { version, pollAfterMs };
        }),
        replicationStatus: (ref, { signal }) => guard(`reading the replication status of ${versionName(ref)}`, signal, async () => {
            const client = await sdk.compute();
            const probe = retryAfterProbe();
            const v = await client.galleryImageVersions.get(ref.resourceGroup, ref.gallery, ref.definition, ref.version, {
                expand: 'ReplicationStatus',
                abortSignal: signal,
                onResponse: probe.onResponse,
            });
            const status = {
                provisioningState: v.provisioningState,
                aggregatedState: v.replicationStatus?.aggregatedState,
                regions: (v.replicationStatus?.summary ?? []).map((s) => ({
                    region: normalize(s.region),
                    state: regionState(s.state),
                    ...(s.progress !== undefined ? { progress: s.progress } : {}),
                    ...(s.details ? { details: s.details } : {}),
                })),
                pollAfterMs: probe.ms(createRetryAfter.get(key(ref)) ?? sdk.pollMs),
            };
            return status;
        }),
        tagVersion: (ref, tags, { signal }) => guard(`tagging ${versionName(ref)}`, signal, async () => {
            const client = await sdk.compute();
            const current = await client.galleryImageVersions.get(ref.resourceGroup, ref.gallery, ref.definition, ref.version, { abortSignal: signal });
            // ARM replaces the whole tags map on PATCH: send the union.
            await client.galleryImageVersions.update(ref.resourceGroup, ref.gallery, ref.definition, ref.version, { tags: { ...(current.tags ?? {}), ...tags } }, sdk.lro(signal));
        }),
        deleteVersion: (ref, options) => guardWithin(`deleting ${versionName(ref)}`, options, async (signal) => {
            const client = await sdk.compute();
            // Followed to its end: a delete that ends Failed is reported, not assumed done.
            await orUndefined(() => client.galleryImageVersions.delete(ref.resourceGroup, ref.gallery, ref.definition, ref.version, sdk.lro(signal)));
        }),
        startDeleteVersion: (ref, options) => guardWithin(`deleting ${versionName(ref)}`, options, async (signal) => {
            const client = await sdk.compute();
            // GalleryImageVersions_Delete is long-running (azure-rest-api-specs, Compute GalleryRP
            // galleryImageVersion.json: 200/202/204, x-ms-long-running-operation; 202 carries
            // Azure-AsyncOperation and Location). submitted() resolves on that first answer: the
            // operation is accepted and not followed; a 404 means already gone.
            const probe = retryAfterProbe();
            await orUndefined(() => client.galleryImageVersions
                .delete(ref.resourceGroup, ref.gallery, ref.definition, ref.version, {
                ...sdk.lro(signal),
                onResponse: probe.onResponse,
            })
                .submitted());
            return { pollAfterMs: probe.ms(sdk.pollMs) };
        }),
        retireVersion: (ref, change, { signal }) => guard(`retiring ${versionName(ref)}`, signal, async () => {
            const client = await sdk.compute();
            const publishingProfile = {
                ...(change.endOfLifeDate !== undefined ? { endOfLifeDate: new Date(change.endOfLifeDate) } : {}),
                ...(change.excludeFromLatest !== undefined ? { excludeFromLatest: change.excludeFromLatest } : {}),
            };
            // PATCH of the publishing profile only; target regions and tags stay as they are.
            await client.galleryImageVersions.update(ref.resourceGroup, ref.gallery, ref.definition, ref.version, { publishingProfile }, sdk.lro(signal));
        }),
    };
}
const normalize = (region) => (region ?? '').toLowerCase().replace(/\s+/g, '');
function regionState(state) {
    switch ((state ?? '').toLowerCase()) {
        case 'completed':
            return 'Completed';
        case 'failed':
            return 'Failed';
        case 'replicating':
            return 'Replicating';
        default:
            return 'Unknown';
    }
}
function toDefinition(d) {
    return { id: d.id, location: normalize(d.location), osType: d.osType, hyperVGeneration: d.hyperVGeneration };
}
function toVersion(v) {
    return {
        id: v.id,
        name: v.name,
        location: normalize(v.location),
        tags: { ...(v.tags ?? {}) },
        provisioningState: v.provisioningState,
        sourceId: v.storageProfile?.source?.id,
        targetRegions: (v.publishingProfile?.targetRegions ?? []).map((r) => ({
            name: normalize(r.name),
            replicas: r.regionalReplicaCount,
            storageAccountType: r.storageAccountType,
        })),
        excludeFromLatest: v.publishingProfile?.excludeFromLatest,
        ...(v.publishingProfile?.publishedDate ? { publishedDate: image_gallery_isoOf(v.publishingProfile.publishedDate) } : {}),
        ...(v.publishingProfile?.endOfLifeDate ? { endOfLifeDate: image_gallery_isoOf(v.publishingProfile.endOfLifeDate) } : {}),
    };
}
const image_gallery_isoOf = (d) => (d instanceof Date ? d.toISOString() : String(d));

;// CONCATENATED MODULE: ./src/azure/image-managed.ts


function managedImagesPort(sdk) {
    return {
        get: (id, { signal }) => guard(`reading managed image ${id}`, signal, async () => {
            const { resourceGroup, name } = parseId(id, 'Microsoft.Compute/images');
            const image = await orUndefined(async () => (await sdk.compute()).images.get(resourceGroup, name, { abortSignal: signal }));
            return image
                ? {
                    id: image.id,
                    location: (image.location ?? '').toLowerCase(),
                    provisioningState: image.provisioningState,
                }
                : undefined;
        }),
        delete: (id, { signal }) => guard(`deleting managed image ${id}`, signal, async () => {
            const { resourceGroup, name } = parseId(id, 'Microsoft.Compute/images');
            await orUndefined(async () => (await sdk.compute()).images.delete(resourceGroup, name, sdk.lro(signal)));
        }),
        listByTag: (resourceGroup, tagName, { signal }) => guard(`listing the managed images of resource group ${resourceGroup}`, signal, async () => {
            const client = await sdk.compute();
            const out = [];
            const wanted = tagName.toLowerCase();
            for await (const image of client.images.listByResourceGroup(resourceGroup, { abortSignal: signal })) {
                const tags = { ...(image.tags ?? {}) };
                if (!Object.keys(tags).some((k) => k.toLowerCase() === wanted))
                    continue;
                out.push({
                    id: image.id,
                    location: (image.location ?? '').toLowerCase(),
                    provisioningState: image.provisioningState,
                    tags,
                });
            }
            return out;
        }),
    };
}

;// CONCATENATED MODULE: ./src/azure/image-marketplace.ts

function marketplacePort(sdk) {
    return {
        resolveVersion: (image, location, { signal }) => guard(`listing the versions of marketplace image ${image.publisher}:${image.offer}:${image.sku} in ${location}`, signal, async () => {
            const client = await sdk.compute();
            const list = await orUndefined(() => client.virtualMachineImages.list(location, image.publisher, image.offer, image.sku, {
                abortSignal: signal,
            }));
            // Azure's $orderby on name is not a version order: sort numerically here.
            const names = (list ?? []).map((v) => v.name).filter((n) => !!n && /^\d+(\.\d+)*$/.test(n));
            return names.sort(compareDotted).at(-1);
        }),
    };
}
function compareDotted(a, b) {
    const x = a.split('.').map(Number);
    const y = b.split('.').map(Number);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const d = (x[i] ?? 0) - (y[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/azure/image-ports.ts





function createImagePorts(conn) {
    const sdk = imageSdk(conn);
    return {
        gallery: galleryPort(sdk),
        managedImages: managedImagesPort(sdk),
        imageBuilder: imageBuilderPort(sdk),
        marketplace: marketplacePort(sdk),
    };
}

;// CONCATENATED MODULE: ./src/azure/leases.ts





const PROVIDER = {
    'scale-set': 'Microsoft.Compute/virtualMachineScaleSets',
    'load-balancer': 'Microsoft.Network/loadBalancers',
    'web-app': 'Microsoft.Web/sites',
    'resource-group': '',
};
const LABEL = {
    'scale-set': 'scale set',
    'load-balancer': 'load balancer',
    'web-app': 'web app',
    'resource-group': 'resource group',
};
/** Runs a guarded write; a 412 (the target changed since it was read) is `false`, nothing written. */
async function guardedWrite(write) {
    try {
        await write();
        return true;
    }
    catch (err) {
        if (statusOf(err) === 412)
            return false;
        throw err;
    }
}
const isFailed = (state) => state?.toLowerCase() === 'failed';
function leasePort(conn) {
    const clients = clientsFor(conn);
    const { compute: computeClient, network: networkClient, resources: resourcesClient, web: webClient, poll } = clients;
    const idOf = (t) => t.kind === 'resource-group'
        ? `/subscriptions/${conn.subscriptionId}/resourceGroups/${t.resourceGroup}`
        : `/subscriptions/${conn.subscriptionId}/resourceGroups/${t.resourceGroup}/providers/${PROVIDER[t.kind]}/${t.name}`;
    const label = (t) => `${LABEL[t.kind]} ${t.name}`;
    /** PATCH of the scale set's tags alone (no instance is touched), If-Match on the ETag `state` saw. */
    const patchScaleSet = async (t, state, tags, signal) => {
        const c = await computeClient();
        const ifMatch = state.etag ? { ifMatch: state.etag } : {};
        return guardedWrite(() => c.virtualMachineScaleSets.update(t.resourceGroup, t.name, { tags }, { abortSignal: signal, ...poll, ...ifMatch }));
    };
    /** PUT of the whole load balancer as read now with `tags`, refused unless it is the version `state` saw. */
    const putLoadBalancer = async (t, state, tags, signal) => {
        const c = await networkClient();
        const current = await c.loadBalancers.get(t.resourceGroup, t.name, { abortSignal: signal });
        if (state.etag && current.etag !== state.etag)
            return false;
        const body = { ...structuredClone(current), tags };
        // If-Match on the PUT only (not on its status poll / final GET): see write-only-if-match.ts.
        const headers = state.etag ? ifMatchOnWrite(c, state.etag) : {};
        return guardedWrite(() => c.loadBalancers.beginCreateOrUpdateAndWait(t.resourceGroup, t.name, body, {
            abortSignal: signal,
            ...poll,
            ...headers,
        }));
    };
    return {
        pollIntervalMs: conn.pollIntervalMs ?? DEFAULT_POLL_MS,
        guarded: (kind) => kind !== 'web-app' && kind !== 'resource-group',
        read: (t, o) => call(`reading the deploy lock on ${label(t)}`, o, async (signal) => {
            const options = { abortSignal: signal };
            if (t.kind === 'scale-set') {
                const ss = await orUndefined(async () => (await computeClient()).virtualMachineScaleSets.get(t.resourceGroup, t.name, options));
                return ss
                    ? { tags: { ...(ss.tags ?? {}) }, etag: ss.etag, failed: isFailed(ss.provisioningState) }
                    : undefined;
            }
            if (t.kind === 'load-balancer') {
                const lb = await orUndefined(async () => (await networkClient()).loadBalancers.get(t.resourceGroup, t.name, options));
                return lb
                    ? { tags: { ...(lb.tags ?? {}) }, etag: lb.etag, failed: isFailed(lb.provisioningState) }
                    : undefined;
            }
            if (t.kind === 'resource-group') {
                const group = await orUndefined(async () => (await resourcesClient()).resourceGroups.get(t.resourceGroup, options));
                return group ? { tags: { ...(group.tags ?? {}) } } : undefined;
            }
            const site = await orUndefined(async () => (await webClient()).webApps.get(t.resourceGroup, t.name, options));
            return site ? { tags: { ...(site.tags ?? {}) } } : undefined;
        }),
        writeTag: (t, state, name, value, o) => call(`writing the deploy lock on ${label(t)}`, o, async (signal) => {
            const tags = { ...state.tags, [name]: value };
            if (t.kind === 'scale-set')
                return patchScaleSet(t, state, tags, signal);
            if (t.kind === 'load-balancer')
                return putLoadBalancer(t, state, tags, signal);
            const c = await resourcesClient();
            const merge = { operation: 'Merge', properties: { tags: { [name]: value } } };
            await c.tagsOperations.beginUpdateAtScopeAndWait(idOf(t), merge, { abortSignal: signal, ...poll });
            return true;
        }),
        rewrite: (t, state, o) => call(`repairing ${label(t)} after a failed deploy lock write`, o, async (signal) => {
            if (t.kind === 'scale-set')
                return patchScaleSet(t, state, { ...state.tags }, signal);
            if (t.kind === 'load-balancer')
                return putLoadBalancer(t, state, { ...state.tags }, signal);
            return true;
        }),
        removeTagIfValue: (t, name, value, o) => call(`releasing the deploy lock on ${label(t)}`, o, async (signal) => {
            const c = await resourcesClient();
            // Operation Delete with name AND value: removed only while it still holds our lease.
            const remove = { operation: 'Delete', properties: { tags: { [name]: value } } };
            await orUndefined(() => c.tagsOperations.beginUpdateAtScopeAndWait(idOf(t), remove, { abortSignal: signal, ...poll }));
        }),
    };
}

;// CONCATENATED MODULE: ./src/azure/load-balancers.ts





function loadBalancerPort(conn) {
    const network = clientsFor(conn).network;
    const { lro } = clientsFor(conn);
    async function switchRules(lb, switches, etag, signal) {
        const what = `switching rule(s) ${Object.keys(switches).join(', ')} of load balancer ${lb.name}`;
        const c = await guard(what, signal, network);
        // The full body is needed for the PUT: read it, refuse if it is not the version the caller
        // decided on, then write it back guarded by the same ETag (Azure answers 412 if it moved).
        const current = await guard(`reading load balancer ${lb.name}`, signal, () => c.loadBalancers.get(lb.resourceGroup, lb.name, { abortSignal: signal }));
        if (current.etag !== etag)
            throw stale(lb.name);
        const body = structuredClone(current);
        for (const [ruleName, poolId] of Object.entries(switches)) {
            const rule = body.loadBalancingRules?.find((r) => r.name?.toLowerCase() === ruleName.toLowerCase());
            if (!rule)
                throw new errors/* EngineError */.NJ('input', `load balancer ${lb.name} has no rule '${ruleName}'`);
            rule.backendAddressPool = { id: poolId };
            if (rule.backendAddressPools && rule.backendAddressPools.length > 0)
                rule.backendAddressPools = [{ id: poolId }];
        }
        try {
            const written = await c.loadBalancers.beginCreateOrUpdateAndWait(lb.resourceGroup, lb.name, body, {
                ...lro(signal),
                // If-Match on the PUT only: the status poll and the final GET must not carry it.
                ...ifMatchOnWrite(c, etag),
            });
            return load_balancers_toInfo(written, lb.resourceGroup);
        }
        catch (err) {
            if (statusOf(err) === 412)
                throw stale(lb.name);
            throw classify(err, what, signal);
        }
    }
    return {
        getLoadBalancer: (resourceGroup, name, { signal }) => guard(`reading load balancer ${name}`, signal, async () => {
            const lb = await orUndefined(async () => (await network()).loadBalancers.get(resourceGroup, name, { abortSignal: signal }));
            return lb ? load_balancers_toInfo(lb, resourceGroup) : undefined;
        }),
        switchRules: (lb, switches, etag, options) => bounded(`switching rule(s) ${Object.keys(switches).join(', ')} of load balancer ${lb.name}`, options, (signal) => switchRules(lb, switches, etag, signal)),
        publicIpAddress: (publicIpId, { signal }) => guard(`reading public IP address ${publicIpId.split('/').pop()}`, signal, async () => {
            const m = /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Network\/publicIPAddresses\/([^/]+)$/i.exec(publicIpId);
            if (!m)
                return undefined;
            const ip = await orUndefined(async () => (await network()).publicIPAddresses.get(m[1], m[2], { abortSignal: signal }));
            return ip?.ipAddress ?? undefined;
        }),
    };
}
function stale(name) {
    return new errors/* EngineError */.NJ('transient', `load balancer ${name} changed while the switch was being prepared (ETag mismatch): nothing was switched; re-run the step`);
}
function load_balancers_toInfo(lb, resourceGroup) {
    const ref = (r) => r?.id ?? undefined;
    return {
        id: lb.id,
        name: lb.name,
        resourceGroup,
        location: lb.location ?? '',
        etag: lb.etag ?? '',
        provisioningState: lb.provisioningState,
        frontends: (lb.frontendIPConfigurations ?? []).map((f) => ({
            id: f.id,
            name: f.name,
            publicIpAddressId: ref(f.publicIPAddress),
            privateIpAddress: f.privateIPAddress ?? undefined,
        })),
        pools: (lb.backendAddressPools ?? []).map((p) => ({
            id: p.id,
            name: p.name,
            memberCount: p.backendIPConfigurations?.length ?? 0,
        })),
        probes: (lb.probes ?? []).map((p) => ({
            id: p.id,
            name: p.name,
            protocol: p.protocol,
            port: p.port,
            requestPath: p.requestPath ?? undefined,
        })),
        rules: (lb.loadBalancingRules ?? []).map((r) => ({
            id: r.id,
            name: r.name,
            protocol: r.protocol,
            frontendPort: r.frontendPort ?? 0,
            backendPort: r.backendPort ?? undefined,
            frontendId: ref(r.frontendIPConfiguration),
            poolId: ref(r.backendAddressPool) ?? ref(r.backendAddressPools?.[0]),
            probeId: ref(r.probe),
        })),
        tags: { ...(lb.tags ?? {}) },
    };
}

;// CONCATENATED MODULE: ./src/azure/monitor-alerts.ts

const ALERTS_API_VERSION = '2019-03-01';
/** Alerts per page: the most Alerts_GetAll allows without includeContext. */
const PAGE_COUNT = 250;
/** More pages than any window of one release should hold; a bound on a runaway nextLink chain. */
const MAX_PAGES = 40;
let http;
async function listFiredAlerts(client, endpoint, subscriptionId, request, signal) {
    const base = endpoint.replace(/\/+$/, '');
    const query = new URLSearchParams({
        'api-version': ALERTS_API_VERSION,
        customTimeRange: `${new Date(request.from).toISOString()}/${new Date(request.to).toISOString()}`,
        pageCount: String(PAGE_COUNT),
    });
    if (request.targetResource)
        query.set('targetResource', request.targetResource);
    if (request.severity)
        query.set('severity', request.severity);
    if (request.alertRule)
        query.set('alertRule', request.alertRule);
    const group = request.resourceGroup ? `/resourceGroups/${encodeURIComponent(request.resourceGroup)}` : '';
    const scope = `${base}/subscriptions/${encodeURIComponent(subscriptionId)}${group}`;
    let url = `${scope}/providers/Microsoft.AlertsManagement/alerts?${query}`;
    const alerts = [];
    for (let page = 1; url; page++) {
        // Fail closed: an alert list read in part could hide the alert that fails the gate.
        if (page > MAX_PAGES)
            throw new errors/* EngineError */.NJ('terminal', `the alerts list has more than ${MAX_PAGES * PAGE_COUNT} alerts; narrow the gate`);
        const body = await getJson(client, url, signal);
        for (const a of body.value ?? [])
            alerts.push(toAlert(a));
        url = nextPage(typeof body.nextLink === 'string' ? body.nextLink : undefined, base);
    }
    return alerts;
}
async function getJson(client, url, signal) {
    // Loaded with the monitor SDK, on first use (the bundles must not load it at start).
    const { createDefaultHttpClient, createPipelineRequest, RestError } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(818)]).then(__webpack_require__.bind(__webpack_require__, 1818));
    const request = createPipelineRequest({ url, method: 'GET', abortSignal: signal });
    request.headers.set('accept', 'application/json');
    const response = await client.pipeline.sendRequest((http ??= createDefaultHttpClient()), request);
    const body = parse(response.bodyAsText);
    if (response.status >= 200 && response.status < 300)
        return body;
    const error = (body.error ?? {});
    throw new RestError(error.message ?? `HTTP ${response.status}`, {
        code: error.code,
        statusCode: response.status,
        request,
        response,
    });
}
function parse(text) {
    if (!text)
        return {};
    try {
        const v = JSON.parse(text);
        return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
    }
    catch {
        return {};
    }
}
function toAlert(a) {
    const e = a.properties?.essentials ?? {};
    const started = e.startDateTime ? Date.parse(e.startDateTime) : NaN;
    return {
        id: a.id ?? '',
        name: a.name ?? '',
        severity: e.severity ?? '',
        targetResource: e.targetResource ?? '',
        ...(e.alertRule ? { alertRule: e.alertRule } : {}),
        monitorCondition: e.monitorCondition ?? '',
        ...(Number.isFinite(started) ? { startedAt: started } : {}),
    };
}
/** The next page, only on the endpoint the first page came from (the request carries a token). */
function nextPage(next, base) {
    if (!next)
        return undefined;
    let origin;
    try {
        origin = new URL(next).origin;
    }
    catch {
        origin = undefined;
    }
    if (origin !== new URL(base).origin)
        throw new errors/* EngineError */.NJ('terminal', `the alerts list continues on another host (${origin ?? 'not a URL'}); refused`);
    return next;
}

;// CONCATENATED MODULE: ./src/azure/monitor-metrics.ts
/** The grain of every bucket: Azure Monitor's finest for platform metrics. */
const GRAIN = 'PT1M';
async function listMetrics(client, request, signal) {
    const response = await client.metrics.list(withoutLeadingSlash(request.resourceId), {
        timespan: `${new Date(request.from).toISOString()}/${new Date(request.to).toISOString()}`,
        interval: GRAIN,
        metricnames: request.names.join(','),
        aggregation: request.aggregations.join(','),
        ...(request.filter ? { filter: request.filter } : {}),
        ...(request.namespace ? { metricnamespace: request.namespace } : {}),
        abortSignal: signal,
    });
    return toAnswer(response);
}
function toAnswer(response) {
    const series = [];
    const errors = {};
    for (const metric of response.value ?? []) {
        const name = metric.name?.value ?? '';
        if (metric.errorCode && metric.errorCode !== 'Success') {
            errors[name] = `${metric.errorCode}${metric.errorMessage ? `: ${metric.errorMessage}` : ''}`;
            continue;
        }
        for (const ts of metric.timeseries ?? []) {
            const dimensions = Object.fromEntries((ts.metadatavalues ?? []).map((m) => [m.name?.value ?? '', m.value ?? '']));
            series.push({ metric: name, dimensions, points: (ts.data ?? []).map(toPoint) });
        }
    }
    return Object.keys(errors).length > 0 ? { series, errors } : { series };
}
function toPoint(v) {
    const at = v.timeStamp instanceof Date ? v.timeStamp.getTime() : Date.parse(String(v.timeStamp));
    const point = { at };
    for (const key of ['average', 'total', 'minimum', 'maximum', 'count']) {
        const value = v[key];
        if (typeof value === 'number')
            point[key] = value;
    }
    return point;
}
/** The SDK's path template adds the slash itself ('/{+resourceUri}/providers/…'). */
const withoutLeadingSlash = (id) => id.replace(/^\/+/, '');

;// CONCATENATED MODULE: ./src/azure/monitor-endpoints.ts
/**
 * Where the Log Analytics query API lives for the connection's cloud, and the token scope it
 * takes. The cloud is known by its Resource Manager endpoint (src/core/settings/parse.ts maps the
 * 'cloud' input to it); a custom cloud (the emulator) serves the query API on its own endpoint.
 * Endpoints and audiences: https://learn.microsoft.com/azure/azure-monitor/logs/api/access-api and
 * @azure/monitor-query-logs' KnownMonitorLogsQueryAudience (public, China, US Government).
 */
const LOGS_BY_ARM = {
    'https://management.azure.com': 'https://api.loganalytics.io',
    'https://management.usgovcloudapi.net': 'https://api.loganalytics.us',
    'https://management.chinacloudapi.cn': 'https://api.loganalytics.azure.cn',
};
function logsEndpointFor(armEndpoint) {
    const arm = armEndpoint.replace(/\/+$/, '');
    const base = LOGS_BY_ARM[arm.toLowerCase()] ?? arm;
    return { endpoint: `${base}/v1`, scope: `${base}/.default` };
}

;// CONCATENATED MODULE: ./src/azure/monitor-logs.ts



function lazyLogsClient(conn) {
    let client;
    return () => (client ??= (async () => {
        const { LogsQueryClient } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(818), __webpack_require__.e(534)]).then(__webpack_require__.bind(__webpack_require__, 89534));
        const { endpoint, scope } = logsEndpointFor(conn.endpoint);
        const options = armClientOptions({ endpoint, caFile: conn.caFile, scopes: [scope] });
        return new LogsQueryClient(conn.credential, {
            endpoint: options.endpoint,
            credentials: { scopes: options.credentials.scopes },
            ...(options.tlsOptions ? { tlsOptions: options.tlsOptions } : {}),
            ...(options.retryOptions ? { retryOptions: options.retryOptions } : {}),
        });
    })());
}
async function runQuery(client, request, signal) {
    const timespan = { startTime: new Date(request.from), endTime: new Date(request.to) };
    const options = { abortSignal: signal };
    try {
        const result = request.source.kind === 'workspace'
            ? await client.queryWorkspace(request.source.id, request.query, timespan, options)
            : await client.queryResource(withoutLeadingSlash(request.source.id), request.query, timespan, options);
        return monitor_logs_toAnswer(result);
    }
    catch (err) {
        throw withInnerErrors(err);
    }
}
/**
 * The query API nests what is wrong with a query ("BadArgumentError: The request had some invalid
 * properties" → SemanticError → "SEM0100: The operator '==' is not defined for …"; see
 * https://learn.microsoft.com/azure/azure-monitor/logs/api/errors): the innermost messages join the
 * error's own, so the gate says what to fix.
 */
function withInnerErrors(err) {
    const e = err;
    const inner = [];
    for (let x = e?.details?.error?.innererror; x && inner.length < 5; x = x.innererror)
        if (x.message)
            inner.push(x.code ? `${x.code}: ${x.message}` : x.message);
    if (inner.length > 0 && e && typeof e === 'object')
        e.message = `${e.message ?? ''} (${inner.join('; ')})`;
    return err;
}
function monitor_logs_toAnswer(result) {
    const partial = result.status === 'PartialFailure';
    const tables = (partial ? result.partialTables : result.tables) ?? [];
    return {
        tables: tables.map((t) => ({
            name: t.name,
            columns: t.columnDescriptors.map((c) => c.name ?? ''),
            rows: t.rows,
        })),
        ...(partial ? { partialError: `${result.partialError.code}: ${result.partialError.message}` } : {}),
    };
}

;// CONCATENATED MODULE: ./src/azure/monitor.ts








const READER = 'Monitoring Reader';
const LOGS_READER = 'Log Analytics Reader (or Monitoring Reader on an Application Insights resource)';
function monitorPort(conn) {
    const monitor = clientsFor(conn).monitor;
    const logs = lazyLogsClient(conn);
    return {
        subscriptionId: conn.subscriptionId,
        pollIntervalMs: conn.pollIntervalMs ?? DEFAULT_POLL_MS,
        metrics: (request, o) => read(`reading metric(s) ${request.names.join(', ')} of ${request.resourceId}`, o, READER, async (signal) => listMetrics(await monitor(), request, signal)),
        firedAlerts: (request, o) => read('listing the alerts fired', o, READER, async (signal) => listFiredAlerts(await monitor(), conn.endpoint, conn.subscriptionId, request, signal)),
        metricAlertRule: (resourceGroup, name, o) => read(`reading alert rule ${name}`, o, READER, async (signal) => {
            const client = await monitor();
            const rule = await orUndefined(() => client.metricAlerts.get(resourceGroup, name, { abortSignal: signal }));
            return rule ? { id: rule.id ?? '', name: rule.name ?? name, enabled: rule.enabled !== false } : undefined;
        }),
        query: (request, o) => read(`running a query on ${request.source.id}`, o, LOGS_READER, async (signal) => runQuery(await logs(), request, signal)),
    };
}
/** A bounded, classified read; a refusal says which role is missing. */
async function read(what, o, role, fn) {
    try {
        return await call(what, o, fn);
    }
    catch (err) {
        const status = err instanceof errors/* EngineError */.NJ ? statusOf(err.cause) : undefined;
        if (err instanceof errors/* EngineError */.NJ && (status === 401 || status === 403))
            throw new errors/* EngineError */.NJ('terminal', `${err.message} (analysis gates need the ${role} role)`, { cause: err.cause });
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/azure/network-security.ts



function networkSecurityPort(conn) {
    const network = clientsFor(conn).network;
    return {
        getSecurityGroup: (id, o) => call(`reading network security group ${id}`, o, async (signal) => {
            const m = /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Network\/networkSecurityGroups\/([^/]+)$/i.exec(id);
            if (!m)
                return undefined;
            const c = await network();
            const nsg = await orUndefined(() => c.networkSecurityGroups.get(m[1], m[2], { abortSignal: signal }));
            if (!nsg)
                return undefined;
            return {
                id: nsg.id ?? id,
                rules: [...(nsg.securityRules ?? []), ...(nsg.defaultSecurityRules ?? [])].map(toRule),
            };
        }),
        subnetSecurityGroupId: (subnetId, o) => call(`reading subnet ${subnetId}`, o, async (signal) => {
            const m = /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Network\/virtualNetworks\/([^/]+)\/subnets\/([^/]+)$/i.exec(subnetId);
            if (!m)
                return undefined;
            const c = await network();
            const subnet = await orUndefined(() => c.subnets.get(m[1], m[2], m[3], { abortSignal: signal }));
            return subnet?.networkSecurityGroup?.id;
        }),
    };
}
function toRule(r) {
    const list = (one, many) => [...(one ? [one] : []), ...(many ?? [])];
    return {
        name: r.name ?? '',
        direction: r.direction ?? '',
        access: r.access ?? '',
        priority: r.priority ?? 0,
        protocol: r.protocol ?? '*',
        sourcePrefixes: list(r.sourceAddressPrefix, r.sourceAddressPrefixes),
        destinationPorts: list(r.destinationPortRange, r.destinationPortRanges),
    };
}

;// CONCATENATED MODULE: ./src/azure/scale-sets-bluegreen.ts




/** scale-sets.ts's `call`, with a long-running operation that ended Failed classified 'terminal' (see deploy-guard.ts). */
const scale_sets_bluegreen_call = (what, o, fn) => call(what, o, async (signal) => {
    try {
        return await fn(signal);
    }
    catch (err) {
        if (err.statusCode !== undefined || signal.aborted)
            throw err;
        throw classify(err, what, o.signal);
    }
});
function blueGreenScaleSetMethods(conn) {
    const compute = clientsFor(conn).compute;
    const { poll } = clientsFor(conn);
    return {
        createFromModel: (source, target, change, o) => scale_sets_bluegreen_call(`creating scale set ${target.name} from the model of ${source.name}`, o, async (signal) => {
            const c = await compute();
            const model = await c.virtualMachineScaleSets.get(source.resourceGroup, source.name, { abortSignal: signal });
            const body = copyModel(model, change);
            // Create-only: If-None-Match: * never overwrites a scale set someone else created meanwhile.
            const created = await c.virtualMachineScaleSets.createOrUpdate(target.resourceGroup, target.name, body, {
                abortSignal: signal,
                ifNoneMatch: '*',
                ...poll,
            });
            return toInfo(created);
        }),
        rewriteModel: (ref, etag, o) => scale_sets_bluegreen_call(`writing the model of scale set ${ref.name} again`, o, async (signal) => {
            const c = await compute();
            const model = await c.virtualMachineScaleSets.get(ref.resourceGroup, ref.name, { abortSignal: signal });
            const body = copyModel(model, {
                imageId: String(model.virtualMachineProfile?.storageProfile?.imageReference?.id ?? ''),
                poolMap: {},
                capacity: model.sku?.capacity ?? 0,
            });
            const written = await c.virtualMachineScaleSets.createOrUpdate(ref.resourceGroup, ref.name, body, {
                abortSignal: signal,
                ...poll,
                ...(etag ? { ifMatch: etag } : {}),
            });
            return toInfo(written);
        }),
        setCapacity: (ref, capacity, etag, o) => scale_sets_bluegreen_call(`scaling scale set ${ref.name} to ${capacity} instance(s)`, o, async (signal) => {
            const c = await compute();
            const written = await c.virtualMachineScaleSets.update(ref.resourceGroup, ref.name, { sku: { capacity } }, { abortSignal: signal, ...poll, ...(etag ? { ifMatch: etag } : {}) });
            return toInfo(written);
        }),
    };
}
/** The writable part of `model`, with the new image, the backend pools mapped, capacity and tags. */
function copyModel(model, change) {
    const profile = structuredClone(model.virtualMachineProfile);
    if (!profile)
        throw new errors/* EngineError */.NJ('input', `scale set ${model.name} has no virtual machine profile to copy`);
    profile.storageProfile = { ...profile.storageProfile, imageReference: { id: change.imageId } };
    const map = new Map(Object.entries(change.poolMap).map(([from, to]) => [from.toLowerCase(), to]));
    for (const nic of profile.networkProfile?.networkInterfaceConfigurations ?? []) {
        for (const ip of nic.ipConfigurations ?? []) {
            ip.loadBalancerBackendAddressPools = (ip.loadBalancerBackendAddressPools ?? []).map((p) => ({
                id: map.get(String(p.id).toLowerCase()) ?? p.id,
            }));
        }
    }
    delete profile.timeCreated;
    return {
        location: model.location,
        tags: { ...(model.tags ?? {}), ...(change.tags ?? {}) },
        sku: { ...model.sku, capacity: change.capacity },
        ...(model.zones ? { zones: model.zones } : {}),
        ...(model.plan ? { plan: model.plan } : {}),
        ...(model.identity
            ? {
                identity: {
                    type: model.identity.type,
                    userAssignedIdentities: model.identity.userAssignedIdentities
                        ? Object.fromEntries(Object.keys(model.identity.userAssignedIdentities).map((k) => [k, {}]))
                        : undefined,
                },
            }
            : {}),
        upgradePolicy: model.upgradePolicy,
        ...(model.overprovision !== undefined ? { overprovision: model.overprovision } : {}),
        ...(model.singlePlacementGroup !== undefined ? { singlePlacementGroup: model.singlePlacementGroup } : {}),
        ...(model.platformFaultDomainCount !== undefined
            ? { platformFaultDomainCount: model.platformFaultDomainCount }
            : {}),
        ...(model.orchestrationMode ? { orchestrationMode: model.orchestrationMode } : {}),
        virtualMachineProfile: profile,
    };
}

;// CONCATENATED MODULE: ./src/azure/scale-sets-cleanup.ts


function cleanupScaleSetMethods(conn) {
    const compute = clientsFor(conn).compute;
    return {
        listAllInSubscription: (o) => call(`listing the scale sets of subscription ${conn.subscriptionId}`, o, async (signal) => {
            const c = await compute();
            const out = [];
            for await (const ss of c.virtualMachineScaleSets.listAll({ abortSignal: signal })) {
                out.push({
                    id: ss.id ?? '',
                    name: ss.name ?? '',
                    imageId: ss.virtualMachineProfile?.storageProfile?.imageReference?.id,
                    capacity: ss.sku?.capacity ?? 0,
                });
            }
            return out;
        }),
    };
}

;// CONCATENATED MODULE: ./src/azure/resource-tags.ts


function tagsPort(conn) {
    const resources = clientsFor(conn).resources;
    const { poll } = clientsFor(conn);
    return {
        merge: (resourceId, tags, o) => call(`tagging ${resourceId}`, o, async (signal) => {
            const c = await resources();
            await c.tagsOperations.beginUpdateAtScopeAndWait(resourceId, { operation: 'Merge', properties: { tags: { ...tags } } }, { abortSignal: signal, ...poll });
        }),
        remove: (resourceId, names, o) => call(`removing tags from ${resourceId}`, o, async (signal) => {
            if (names.length === 0)
                return;
            const c = await resources();
            // Operation Delete removes the named tags (with an empty value: whatever their value).
            await c.tagsOperations.beginUpdateAtScopeAndWait(resourceId, { operation: 'Delete', properties: { tags: Object.fromEntries(names.map((n) => [n, ''])) } }, { abortSignal: signal, ...poll });
        }),
    };
}

;// CONCATENATED MODULE: ./src/azure/scale-sets-ports.ts





function createScaleSetPorts(conn) {
    return {
        scaleSets: { ...scaleSetPort(conn), ...blueGreenMethods(conn), ...cleanupScaleSetMethods(conn) },
        networkSecurity: networkSecurityPort(conn),
        tags: tagsPort(conn),
    };
}
// ----- blue-green: src/azure/scale-sets-bluegreen.ts ---------------------------
function blueGreenMethods(conn) {
    return blueGreenScaleSetMethods(conn);
}

;// CONCATENATED MODULE: ./src/azure/usage-scan.ts



const imageOf = (machine, ref) => ({
    machine,
    ...(ref?.id ? { imageId: ref.id } : {}),
    ...(ref?.exactVersion ? { exactVersion: ref.exactVersion } : {}),
});
/** OData string literal: a quote is doubled. */
const literal = (s) => `'${s.replace(/'/g, "''")}'`;
function usagePort(conn) {
    const clients = clientsFor(conn);
    const sub = conn.subscriptionId;
    return {
        listByTagName: (name, o) => call(`listing the resources of subscription ${sub} tagged ${name}`, o, async (signal) => {
            const c = await clients.resources();
            const out = [];
            for await (const r of c.resources.list({ filter: `tagName eq ${literal(name)}`, abortSignal: signal })) {
                out.push({ id: r.id ?? '', name: r.name ?? '', type: r.type ?? '', tags: { ...(r.tags ?? {}) } });
            }
            return out;
        }),
        listVirtualMachines: (o) => call(`listing the virtual machines of subscription ${sub}`, o, async (signal) => {
            const c = await clients.compute();
            const out = [];
            for await (const vm of c.virtualMachines.listAll({ abortSignal: signal }))
                out.push(imageOf(`virtual machine ${vm.name}`, vm.storageProfile?.imageReference));
            return out;
        }),
        listInstanceImages: (ref, o) => call(`listing the instances of scale set ${ref.name}`, o, async (signal) => {
            const c = await clients.compute();
            const out = [];
            // A scale set deleted since it was listed has no instances (404): nothing runs there.
            const listed = await orUndefined(async () => {
                for await (const vm of c.virtualMachineScaleSetVMs.list(ref.resourceGroup, ref.name, {
                    abortSignal: signal,
                })) {
                    out.push(imageOf(`instance ${vm.instanceId} of scale set ${ref.name}`, vm.storageProfile?.imageReference));
                }
                return true;
            });
            return listed ? out : [];
        }),
        listImageTemplates: (o) => call(`listing the Image Builder templates of subscription ${sub}`, o, async (signal) => {
            const c = await clients.imageBuilder();
            const out = [];
            for await (const t of c.virtualMachineImageTemplates.list({ abortSignal: signal })) {
                const source = t.source;
                const id = source?.type === 'SharedImageVersion' ? (source.exactVersion ?? source.imageVersionId) : undefined;
                out.push({ name: t.name ?? '', ...(id ? { imageVersionId: id } : {}) });
                if (id && source?.exactVersion && source.imageVersionId)
                    out.push({ name: t.name ?? '', imageVersionId: source.imageVersionId });
            }
            return out;
        }),
    };
}

;// CONCATENATED MODULE: ./src/azure/index.ts









async function createAzurePorts(conn) {
    return {
        ...createImagePorts(conn),
        loadBalancers: loadBalancerPort(conn),
        appService: appServicePort(conn),
        frontDoor: frontDoorPort(conn),
        ...createScaleSetPorts(conn),
        leases: leasePort(conn),
        deployments: deploymentPort(conn),
        usage: usagePort(conn),
        monitor: monitorPort(conn),
    };
}


/***/ }),

/***/ 64064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ PRODUCTION_SLOT)
/* harmony export */ });
const PRODUCTION_SLOT = 'production';


/***/ })

};
