export const id = 737;
export const ids = [737];
export const modules = {

/***/ 3737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createAzurePorts: () => (/* binding */ createAzurePorts)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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

;// CONCATENATED MODULE: ./src/azure/image-sdk.ts


/** Without a usable Retry-After: how long between polls of replication / builds on real Azure. */
const DEFAULT_POLL_MS = 15_000;
function imageSdk(conn) {
    let compute;
    let builder;
    const options = () => armClientOptions({ endpoint: conn.endpoint, caFile: conn.caFile });
    return {
        conn,
        pollMs: conn.pollIntervalMs ?? DEFAULT_POLL_MS,
        compute: () => (compute ??= Promise.all(/* import() */[__webpack_require__.e(818), __webpack_require__.e(834), __webpack_require__.e(760)]).then(__webpack_require__.bind(__webpack_require__, 3760)).then(({ ComputeManagementClient }) => new ComputeManagementClient(conn.credential, conn.subscriptionId, options()))),
        imageBuilder: () => (builder ??= Promise.all(/* import() */[__webpack_require__.e(818), __webpack_require__.e(834), __webpack_require__.e(437)]).then(__webpack_require__.bind(__webpack_require__, 6437)).then(({ ImageBuilderClient }) => new ImageBuilderClient(conn.credential, conn.subscriptionId, options()))),
        lro: (signal) => (conn.pollIntervalMs !== undefined ? { abortSignal: signal, updateIntervalInMs: conn.pollIntervalMs } : { abortSignal: signal }),
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
/** Classifies an SDK failure where it arises: cancelled, transient (a re-run may fix it), terminal. */
function classify(err, what, signal) {
    if (err instanceof errors/* EngineError */.NJ)
        return err;
    const e = (err ?? {});
    if (signal?.aborted || e.name === 'AbortError')
        return new errors/* CancelledError */.cc(`the run was cancelled while ${what}`);
    const status = e.statusCode;
    const code = e.code && e.code !== 'REQUEST_SEND_ERROR' ? `${e.code}: ` : '';
    const detail = `${code}${e.message ?? String(err)}`;
    if (status === undefined)
        return new errors/* EngineError */.NJ('transient', `${what} failed: ${detail} (no answer from Azure Resource Manager)`, { cause: err });
    if (TRANSIENT_STATUS.has(status))
        return new errors/* EngineError */.NJ('transient', `${what} failed with HTTP ${status} after the SDK's retries: ${detail}`, { cause: err });
    if (status === 401 || status === 403) {
        return new errors/* EngineError */.NJ('terminal', `${what} was refused (HTTP ${status}): ${detail}; check the identity's role assignments on the resource group`, { cause: err });
    }
    return new errors/* EngineError */.NJ('terminal', `${what} failed (HTTP ${status}): ${detail}`, { cause: err });
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
/** `{ resourceGroup, name }` of a resource id of the given provider type (e.g. Microsoft.Compute/images). */
function parseId(id, type) {
    const m = new RegExp(`/resourceGroups/([^/]+)/providers/${type.replace('.', '\\.')}/([^/]+)$`, 'i').exec(id);
    if (!m)
        throw new errors/* EngineError */.NJ('input', `'${id}' is not a ${type} resource id`);
    return { resourceGroup: m[1], name: m[2] };
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
            await client.virtualMachineImageTemplates.run(ref.resourceGroup, ref.name, { ...sdk.lro(signal), onResponse: probe.onResponse }).submitted();
            runRetryAfter = probe.ms(sdk.pollMs);
            return { pollAfterMs: runRetryAfter };
        }),
        status: (ref, { signal }) => guard(`reading ${name(ref)}`, signal, async () => {
            const client = await sdk.imageBuilder();
            const probe = retryAfterProbe();
            const t = await orUndefined(() => client.virtualMachineImageTemplates.get(ref.resourceGroup, ref.name, { abortSignal: signal, onResponse: probe.onResponse }));
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
            const out = await orUndefined(() => client.virtualMachineImageTemplates.getRunOutput(ref.resourceGroup, ref.name, runOutputName, { abortSignal: signal }));
            return out ? { name: out.name ?? runOutputName, artifactId: out.artifactId, artifactUri: out.artifactUri } : undefined;
        }),
        cancel: (ref, { signal }) => guard(`cancelling the build of ${name(ref)}`, signal, async () => {
            const client = await sdk.imageBuilder();
            await client.virtualMachineImageTemplates.cancel(ref.resourceGroup, ref.name, sdk.lro(signal)).submitted();
        }),
        deleteTemplate: (ref, { signal }) => guard(`deleting ${name(ref)}`, signal, async () => {
            const client = await sdk.imageBuilder();
            await orUndefined(() => client.virtualMachineImageTemplates.delete(ref.resourceGroup, ref.name, sdk.lro(signal)));
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
                targetRegions: spec.targetRegions.map((r) => ({ name: r.name, replicaCount: r.replicas, storageAccountType: r.storageAccountType })),
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
            return { type: 'PlatformImage', publisher: source.publisher, offer: source.offer, sku: source.sku, version: source.version };
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
            const d = await orUndefined(async () => (await sdk.compute()).galleryImages.get(ref.resourceGroup, ref.gallery, ref.definition, { abortSignal: signal }));
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
        getVersion: (ref, { signal }) => guard(`reading ${versionName(ref)}`, signal, async () => {
            const v = await orUndefined(async () => (await sdk.compute()).galleryImageVersions.get(ref.resourceGroup, ref.gallery, ref.definition, ref.version, { abortSignal: signal }));
            return v ? toVersion(v) : undefined;
        }),
        publishVersion: (ref, spec, { signal }) => guard(`creating ${versionName(ref)}`, signal, async () => {
            const client = await sdk.compute();
            const probe = retryAfterProbe();
            const body = {
                location: spec.location,
                tags: { ...spec.tags },
                storageProfile: { source: { id: spec.sourceId } },
                publishingProfile: {
                    targetRegions: spec.targetRegions.map((r) => ({ name: r.name, regionalReplicaCount: r.replicas, storageAccountType: r.storageAccountType })),
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
                targetRegions: spec.targetRegions.map((r) => ({ name: r.name, replicas: r.replicas, storageAccountType: r.storageAccountType })),
                excludeFromLatest: spec.excludeFromLatest,
            };
            return { version, pollAfterMs };
        }),
        replicationStatus: (ref, { signal }) => guard(`reading the replication status of ${versionName(ref)}`, signal, async () => {
            const client = await sdk.compute();
            const probe = retryAfterProbe();
            const v = await client.galleryImageVersions.get(ref.resourceGroup, ref.gallery, ref.definition, ref.version, { expand: 'ReplicationStatus', abortSignal: signal, onResponse: probe.onResponse });
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
        targetRegions: (v.publishingProfile?.targetRegions ?? []).map((r) => ({ name: normalize(r.name), replicas: r.regionalReplicaCount, storageAccountType: r.storageAccountType })),
        excludeFromLatest: v.publishingProfile?.excludeFromLatest,
    };
}

;// CONCATENATED MODULE: ./src/azure/image-managed.ts

function managedImagesPort(sdk) {
    return {
        get: (id, { signal }) => guard(`reading managed image ${id}`, signal, async () => {
            const { resourceGroup, name } = parseId(id, 'Microsoft.Compute/images');
            const image = await orUndefined(async () => (await sdk.compute()).images.get(resourceGroup, name, { abortSignal: signal }));
            return image ? { id: image.id, location: (image.location ?? '').toLowerCase(), provisioningState: image.provisioningState } : undefined;
        }),
        delete: (id, { signal }) => guard(`deleting managed image ${id}`, signal, async () => {
            const { resourceGroup, name } = parseId(id, 'Microsoft.Compute/images');
            await orUndefined(async () => (await sdk.compute()).images.delete(resourceGroup, name, sdk.lro(signal)));
        }),
    };
}

;// CONCATENATED MODULE: ./src/azure/image-marketplace.ts

function marketplacePort(sdk) {
    return {
        resolveVersion: (image, location, { signal }) => guard(`listing the versions of marketplace image ${image.publisher}:${image.offer}:${image.sku} in ${location}`, signal, async () => {
            const client = await sdk.compute();
            const list = await orUndefined(() => client.virtualMachineImages.list(location, image.publisher, image.offer, image.sku, { abortSignal: signal }));
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
    return { gallery: galleryPort(sdk), managedImages: managedImagesPort(sdk), imageBuilder: imageBuilderPort(sdk), marketplace: marketplacePort(sdk) };
}

;// CONCATENATED MODULE: ./src/azure/index.ts

async function createAzurePorts(conn) {
    return { ...createImagePorts(conn) };
}


/***/ })

};
