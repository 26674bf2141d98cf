export const id = 798;
export const ids = [798];
export const modules = {

/***/ 16258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ armClientOptions)
/* harmony export */ });
/* unused harmony export FAST_RETRY */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

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
    const ca = input.caPem ?? (input.caFile ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(input.caFile, 'utf8') : undefined);
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


/***/ }),

/***/ 1798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildWorld: () => (/* binding */ buildWorld)
/* harmony export */ });
/* harmony import */ var _azure_transport_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16258);
/* harmony import */ var _world_monitoring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89730);


const credential = {
    getToken: async () => ({ token: 'world-token', expiresOnTimestamp: Date.now() + 3_600_000 }),
};
const fast = { updateIntervalInMs: 2 };
/** Simulated seconds per real second while building: instance boots take milliseconds. */
const BUILD_TIME_SCALE = 20_000;
async function buildWorld(emu, world) {
    const scale = emu.control.context.clock.timeScale;
    emu.control.setTimeScale(Math.max(scale, BUILD_TIME_SCALE));
    try {
        const c = await clients(emu, world);
        await c.resources.resourceGroups.createOrUpdate(world.resourceGroup, { location: world.location });
        seedGallery(emu, c, world);
        const targets = {};
        for (const t of world.targets)
            targets[t.name] = await buildTarget(emu, c, world, t);
        const monitoring = world.monitoring ? (0,_world_monitoring_js__WEBPACK_IMPORTED_MODULE_1__/* .buildMonitoring */ .$V)(emu, world.monitoring, world) : undefined;
        emu.control.clearRequests();
        const info = { name: world.name, resourceGroup: world.resourceGroup, location: world.location, targets };
        return monitoring ? { ...info, monitoring } : info;
    }
    finally {
        emu.control.setTimeScale(scale);
    }
}
async function clients(emu, world) {
    const [{ ComputeManagementClient }, { NetworkManagementClient }, { WebSiteManagementClient }, { ResourceManagementClient },] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(818), __webpack_require__.e(834), __webpack_require__.e(760)]).then(__webpack_require__.bind(__webpack_require__, 93760)),
        Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(818), __webpack_require__.e(738), __webpack_require__.e(685)]).then(__webpack_require__.bind(__webpack_require__, 71685)),
        Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(818), __webpack_require__.e(834), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584)),
        Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(818), __webpack_require__.e(738), __webpack_require__.e(802)]).then(__webpack_require__.bind(__webpack_require__, 14802)),
    ]);
    const options = (0,_azure_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .armClientOptions */ .I)({ endpoint: emu.endpoint, caFile: emu.caFile });
    const sub = emu.subscriptionId;
    return {
        rgId: `/subscriptions/${sub}/resourceGroups/${world.resourceGroup}`,
        resources: new ResourceManagementClient(credential, sub, options),
        compute: new ComputeManagementClient(credential, sub, options),
        network: new NetworkManagementClient(credential, sub, options),
        web: new WebSiteManagementClient(credential, sub, options),
    };
}
/** Gallery, image definitions and versions replicated to the world's location, as published. */
function seedGallery(emu, c, world) {
    const { location } = world;
    const galleryId = `${c.rgId}/providers/Microsoft.Compute/galleries/${world.gallery.name}`;
    const succeeded = { provisioningState: 'Succeeded' };
    emu.control.seedResource({
        id: galleryId,
        body: {
            location,
            properties: {
                ...succeeded,
                identifier: { uniqueName: `${emu.subscriptionId}-${world.gallery.name.toUpperCase()}` },
            },
        },
    });
    for (const image of world.gallery.images) {
        const imageId = `${galleryId}/images/${image.name}`;
        emu.control.seedResource({
            id: imageId,
            body: {
                location,
                properties: {
                    ...succeeded,
                    osType: image.osType,
                    osState: 'Generalized',
                    hyperVGeneration: 'V2',
                    identifier: { publisher: 'contoso', offer: image.name, sku: 'v1' },
                },
            },
        });
        for (const version of image.versions) {
            emu.control.seedResource({
                id: `${imageId}/versions/${version}`,
                body: {
                    location,
                    properties: {
                        ...succeeded,
                        publishingProfile: {
                            targetRegions: [{ name: location, regionalReplicaCount: 1 }],
                            publishedDate: emu.control.now().toISOString(),
                        },
                    },
                },
            });
        }
    }
}
function buildTarget(emu, c, world, t) {
    if (t.shape === 'web-app')
        return appService(emu, c, world, t);
    return scaleSetTarget(emu, c, world, t);
}
async function scaleSetTarget(emu, c, world, t) {
    const lb = `${t.name}-lb`;
    const lbId = `${c.rgId}/providers/Microsoft.Network/loadBalancers/${lb}`;
    const blueGreen = t.shape === 'scale-set-pair';
    const livePool = blueGreen ? `${t.name}-blue` : t.name;
    const rule = (name, port, pool) => ({
        name,
        protocol: 'Tcp',
        frontendPort: port,
        backendPort: 8080,
        frontendIPConfiguration: { id: `${lbId}/frontendIPConfigurations/public` },
        backendAddressPool: { id: `${lbId}/backendAddressPools/${pool}` },
        probe: { id: `${lbId}/probes/health` },
    });
    await c.network.loadBalancers.beginCreateOrUpdateAndWait(world.resourceGroup, lb, {
        location: world.location,
        sku: { name: 'Standard' },
        frontendIPConfigurations: [{ name: 'public' }],
        backendAddressPools: blueGreen ? [{ name: `${t.name}-blue` }, { name: `${t.name}-green` }] : [{ name: t.name }],
        probes: [{ name: 'health', protocol: 'Http', port: 8080, requestPath: '/healthz' }],
        loadBalancingRules: [
            rule('live', t.livePort, livePool),
            ...(blueGreen ? [rule('preview', t.previewPort, `${t.name}-green`)] : []),
        ],
    }, fast);
    const mode = blueGreen ? 'Manual' : t.upgradeMode;
    const imageId = `${c.rgId}/providers/Microsoft.Compute/galleries/${world.gallery.name}/images/${t.image}/versions/${t.version}`;
    await c.compute.virtualMachineScaleSets.beginCreateOrUpdateAndWait(world.resourceGroup, livePool, {
        location: world.location,
        sku: { name: 'Standard_B2s', capacity: t.capacity },
        upgradePolicy: {
            mode,
            ...(mode === 'Rolling'
                ? { rollingUpgradePolicy: { maxBatchInstancePercent: 25, pauseTimeBetweenBatches: 'PT0S' } }
                : {}),
        },
        virtualMachineProfile: {
            storageProfile: { imageReference: { id: imageId } },
            osProfile: {
                computerNamePrefix: t.name,
                adminUsername: 'azureuser',
                linuxConfiguration: { disablePasswordAuthentication: true },
            },
            networkProfile: {
                healthProbe: { id: `${lbId}/probes/health` },
                networkInterfaceConfigurations: [
                    {
                        name: 'nic',
                        primary: true,
                        ipConfigurations: [
                            { name: 'ipc', loadBalancerBackendAddressPools: [{ id: `${lbId}/backendAddressPools/${livePool}` }] },
                        ],
                    },
                ],
            },
        },
    }, fast);
    const url = (port) => `${emu.control.endpointFor(lbId, port)}/healthz`;
    const inputs = {
        strategy: t.strategy,
        'scale-set': t.name,
        'gallery-name': world.gallery.name,
        'image-definition': t.image,
        'live-url': url(t.livePort),
    };
    if (blueGreen)
        Object.assign(inputs, {
            'load-balancer': lb,
            'preview-port': String(t.previewPort),
            'preview-url': url(t.previewPort),
        });
    return { strategy: t.strategy, inputs };
}
async function appService(emu, c, world, t) {
    const siteConfig = { linuxFxVersion: `DOCKER|${t.container}` };
    await c.web.webApps.beginCreateOrUpdateAndWait(world.resourceGroup, t.name, { location: world.location, kind: 'app,linux,container', siteConfig }, fast);
    await c.web.webApps.beginCreateOrUpdateSlotAndWait(world.resourceGroup, t.name, t.slot, { location: world.location, siteConfig }, fast);
    const siteId = `${c.rgId}/providers/Microsoft.Web/sites/${t.name}`;
    return {
        strategy: t.strategy,
        inputs: {
            strategy: t.strategy,
            'app-service': t.name,
            slot: t.slot,
            'live-url': `${emu.control.urlFor(siteId)}/`,
            'preview-url': `${emu.control.urlFor(siteId, t.slot)}/`,
        },
    };
}


/***/ })

};
