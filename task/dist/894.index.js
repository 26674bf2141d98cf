export const id = 894;
export const ids = [894];
export const modules = {

/***/ 6003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GG: () => (/* binding */ SCALE_DOWN_AFTER_TAG),
/* harmony export */   QS: () => (/* binding */ COLOUR_TAG),
/* harmony export */   Rt: () => (/* binding */ observePair)
/* harmony export */ });
/* unused harmony exports COLOURS, other, pairInputs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const COLOURS = ['blue', 'green'];
const other = (c) => (c === 'blue' ? 'green' : 'blue');
/** Tag naming a scale set's colour (set on colours the engine creates; set it to adopt `<name>` as green). */
const COLOUR_TAG = 'immutable-deploy.colour';
/** Tags on a retired colour: when the scale-down delay ends (clean-up scales it in then). */
const SCALE_DOWN_AFTER_TAG = 'immutable-deploy.scale-down-after';
function pairInputs(ctx) {
    const d = ctx.settings.deploy;
    const resourceGroup = d.resourceGroup ?? ctx.settings.resourceGroup;
    if (!resourceGroup)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', "input 'resource-group': is required for the blue-green strategy; expected the resource group of the scale sets and the load balancer");
    if (!d.scaleSet)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', "input 'scale-set': is required for the blue-green strategy; expected the base name of the pair ('<name>-blue', '<name>-green')");
    if (!d.loadBalancer)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', "input 'load-balancer': is required for the blue-green strategy; expected the load balancer in front of both colours");
    return { resourceGroup, base: d.scaleSet, lbName: d.loadBalancer };
}
const lower = (s) => (s ?? '').toLowerCase();
const describeRules = (lb) => lb.rules
    .map((r) => `${r.name} (port ${r.frontendPort} → ${lb.pools.find((p) => lower(p.id) === lower(r.poolId))?.name ?? 'no pool'})`)
    .join(', ') || 'none';
/** Reads the load balancer and the colours and works out which is live. Read-only. */
async function observePair(ctx, ports, options) {
    const pair = pairInputs(ctx);
    const lb = await readLoadBalancer(ports, pair, options);
    const { found, adopted } = await findColours(ports, lb, pair, options);
    const pools = poolsOf(lb, found, pair);
    const { previewRule, liveRules, activeColour } = trafficOf(lb, pools, ctx.settings.deploy.previewPort, pair);
    const activeInfo = found[activeColour];
    if (!activeInfo) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `input 'scale-set': the live rules of load balancer '${pair.lbName}' send traffic to pool '${pools[activeColour].name}' (${activeColour}), but no scale set '${pair.base}-${activeColour}' exists; expected the live colour's scale set`);
    }
    const idleColour = other(activeColour);
    const state = (c, info) => ({
        colour: c,
        ref: { resourceGroup: pair.resourceGroup, name: info?.name ?? `${pair.base}-${c}` },
        info,
        poolId: pools[c].id,
        poolName: pools[c].name,
    });
    return {
        lb,
        active: { ...state(activeColour, activeInfo), info: activeInfo },
        idle: state(idleColour, found[idleColour]),
        liveRules,
        previewRule,
        adopting: adopted === activeColour && !found[idleColour],
    };
}
/** The load balancer, with at least one backend pool per colour. */
async function readLoadBalancer(ports, { resourceGroup, base, lbName }, options) {
    const lb = await ports.loadBalancers.getLoadBalancer(resourceGroup, lbName, options);
    if (!lb)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `input 'load-balancer': load balancer '${lbName}' was not found in resource group '${resourceGroup}'; expected the load balancer in front of both colours`);
    if (lb.pools.length < 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `input 'load-balancer': load balancer '${lbName}' has ${lb.pools.length} backend pool(s) (${lb.pools.map((p) => p.name).join(', ') || 'none'}); expected two, one per colour (e.g. '${base}-blue' and '${base}-green')`);
    }
    return lb;
}
/** The scale sets of the colours; a plain `<name>` is adopted as a colour that does not exist yet. */
async function findColours(ports, lb, { resourceGroup, base }, options) {
    const [blue, green, plain] = await Promise.all([`${base}-blue`, `${base}-green`, base].map((name) => ports.scaleSets.get({ resourceGroup, name }, options)));
    const found = {};
    if (blue)
        found.blue = blue;
    if (green)
        found.green = green;
    const adopted = plain ? adoptedColour(lb, plain, found, base) : undefined;
    if (adopted)
        found[adopted] = plain;
    if (!found.blue && !found.green) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `input 'scale-set': no scale set '${base}-blue', '${base}-green' or '${base}' in resource group '${resourceGroup}'; expected the blue-green pair, or one scale set to adopt as its first colour`);
    }
    return { found, adopted };
}
/** The colour the plain scale set takes: its tag, else the missing colour whose pool it joins, else a missing one. */
function adoptedColour(lb, plain, found, base) {
    const tagged = lower(Object.entries(plain.tags).find(([k]) => lower(k) === COLOUR_TAG)?.[1]);
    const colour = tagged === 'blue' || tagged === 'green'
        ? tagged
        : (COLOURS.find((c) => !found[c] && poolOf(lb, plain, c, base) !== undefined) ?? COLOURS.find((c) => !found[c]));
    return colour && !found[colour] ? colour : undefined;
}
/** Each colour's backend pool: the one an existing colour joins, else the one named for it or left. */
function poolsOf(lb, found, pair) {
    const pools = existingPools(lb, found, pair.lbName);
    for (const c of COLOURS)
        pools[c] ??= poolForMissing(lb, c, lower(pools[other(c)]?.id), pair);
    return pools;
}
/** Each existing colour's pool is the one of this load balancer its model joins; one pool per colour. */
function existingPools(lb, found, lbName) {
    const pools = {};
    for (const c of COLOURS) {
        const info = found[c];
        if (!info)
            continue;
        const pool = lb.pools.find((p) => info.network.backendPoolIds.includes(lower(p.id)));
        if (!pool) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `input 'load-balancer': scale set '${info.name}' (${c}) is in none of the backend pools of load balancer '${lbName}' (${lb.pools.map((p) => p.name).join(', ')}); expected each colour in its own pool of that load balancer`);
        }
        pools[c] = { id: pool.id, name: pool.name };
    }
    if (pools.blue && pools.green && lower(pools.blue.id) === lower(pools.green.id)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `input 'load-balancer': both colours are in backend pool '${pools.blue.name}' of load balancer '${lbName}'; expected one pool per colour`);
    }
    return pools;
}
/** The pool for a colour that does not exist yet: the one named for it, or the one pool left. */
function poolForMissing(lb, c, taken, { base, lbName }) {
    const named = lb.pools.find((p) => [`${base}-${c}`, c].includes(lower(p.name)) && lower(p.id) !== taken);
    const left = lb.pools.filter((p) => lower(p.id) !== taken);
    const pool = named ?? (left.length === 1 ? left[0] : undefined);
    if (!pool) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `input 'load-balancer': load balancer '${lbName}' has no backend pool for the ${c} colour; expected a pool named '${base}-${c}' or '${c}' (pools: ${lb.pools.map((p) => p.name).join(', ')})`);
    }
    return { id: pool.id, name: pool.name };
}
/** Rules: the preview rule by its frontend port; the live rules are those sending traffic to a colour (exactly one). */
function trafficOf(lb, pools, previewPort, { lbName }) {
    const previewRule = previewPort !== undefined ? previewRuleOf(lb, previewPort, lbName) : undefined;
    const colourOfPool = (id) => COLOURS.find((c) => lower(pools[c].id) === lower(id));
    const liveRules = lb.rules.filter((r) => r !== previewRule && colourOfPool(r.poolId) !== undefined);
    const liveColours = [...new Set(liveRules.map((r) => colourOfPool(r.poolId)))];
    if (liveColours.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `input 'load-balancer': no rule of load balancer '${lbName}' sends traffic to the pool of either colour (rules: ${describeRules(lb)}); expected a live rule on '${pools.blue.name}' or '${pools.green.name}'`);
    }
    if (liveColours.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `input 'preview-port': rules of load balancer '${lbName}' send traffic to both colours (${describeRules(lb)}); expected 'preview-port' to name the preview rule, the others being live`);
    }
    return { previewRule, liveRules, activeColour: liveColours[0] };
}
/** The rule whose frontend port is 'preview-port'. */
function previewRuleOf(lb, previewPort, lbName) {
    const rule = lb.rules.find((r) => r.frontendPort === previewPort);
    if (!rule) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .NJ('input', `input 'preview-port': load balancer '${lbName}' has no rule with frontend port ${previewPort}; expected the preview rule's frontend port (rules: ${describeRules(lb)})`);
    }
    return rule;
}
function poolOf(lb, info, colour, base) {
    const pool = lb.pools.find((p) => info.network.backendPoolIds.includes(lower(p.id)));
    return pool && [`${base}-${colour}`, colour].includes(lower(pool.name)) ? pool.id : undefined;
}


/***/ }),

/***/ 4894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  blueGreenStrategy: () => (/* binding */ blueGreenStrategy)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/plan/action.ts
var action = __webpack_require__(5461);
// EXTERNAL MODULE: ./src/core/plan/record.ts
var plan_record = __webpack_require__(4530);
// EXTERNAL MODULE: ./src/core/rollout/for-stage.ts
var for_stage = __webpack_require__(5797);
// EXTERNAL MODULE: ./src/core/deploy/instance-health.ts
var instance_health = __webpack_require__(3019);
// EXTERNAL MODULE: ./src/core/deploy/planned-image.ts
var planned_image = __webpack_require__(9149);
// EXTERNAL MODULE: ./src/core/deploy/record.ts
var deploy_record = __webpack_require__(570);
// EXTERNAL MODULE: ./src/core/deploy/remote-access.ts
var remote_access = __webpack_require__(1768);
// EXTERNAL MODULE: ./src/core/deploy/rollout-error.ts
var rollout_error = __webpack_require__(5613);
// EXTERNAL MODULE: ./src/core/deploy/gallery-image.ts
var gallery_image = __webpack_require__(9733);
// EXTERNAL MODULE: ./src/core/deploy/blue-green/colours.ts
var colours = __webpack_require__(6003);
// EXTERNAL MODULE: ./src/core/deploy/canary/analysis.ts
var analysis = __webpack_require__(9312);
// EXTERNAL MODULE: ./src/core/deploy/canary/walk.ts
var walk = __webpack_require__(779);
// EXTERNAL MODULE: ./src/core/deploy/http-gate.ts
var http_gate = __webpack_require__(5175);
;// CONCATENATED MODULE: ./src/core/deploy/blue-green/canary-origins.ts

const INPUT = 'front-door-origin-group';
const MAX_WEIGHT = 1000;
const IP_LITERAL = /^(\d{1,3}(\.\d{1,3}){3}|\[?[0-9a-f:]+\]?)$/i;
const lower = (s) => (s ?? '').toLowerCase();
const describeOrigin = (o) => `${o.name} (${o.hostName}:${o.httpPort ?? 80}, ${o.enabled ? 'enabled' : 'disabled'}, weight ${o.weight ?? 50}, priority ${o.priority ?? 1})`;
/**
 * Whether `origin` forwards to `at`: same HTTP port and same address. A DNS name (the public IP's
 * FQDN, a custom name) cannot be told from here: the port decides and `unverified` says so.
 */
function reaches(origin, at, unverified) {
    if ((origin.httpPort ?? 80) !== at.rule.frontendPort)
        return false;
    if (IP_LITERAL.test(origin.hostName))
        return lower(origin.hostName) === lower(at.address);
    unverified.add(origin.name);
    return true;
}
/** The live and preview origins, or an input error naming what the group holds. */
function canaryOrigins(group, live, preview, lbName) {
    const unverified = new Set();
    const lives = group.origins.filter((o) => live.some((at) => reaches(o, at, unverified)));
    const previews = group.origins.filter((o) => reaches(o, preview, unverified));
    const others = group.origins.filter((o) => !lives.includes(o) && !previews.includes(o));
    const found = group.origins.map(describeOrigin).join(', ') || 'no origins';
    const liveAt = live.map((at) => `${at.address ?? '?'}:${at.rule.frontendPort}`).join(' or ');
    const previewAt = `${preview.address ?? '?'}:${preview.rule.frontendPort}`;
    const expected = `expected two origins: one on load balancer '${lbName}''s live rule (${liveAt}) and one on its preview rule ${preview.rule.name} (${previewAt})`;
    const fail = (what) => new errors/* EngineError */.NJ('input', `input '${INPUT}': origin group '${group.name}' ${what} (it holds ${found}); ${expected}`);
    if (lives.length !== 1 || previews.length !== 1 || others.length > 0 || lives[0] === previews[0]) {
        const what = previews.length === 0
            ? 'has no origin on the preview rule'
            : lives.length === 0
                ? 'has no origin on the live rule'
                : others.length > 0
                    ? `holds origin(s) on neither rule (${others.map((o) => o.name).join(', ')})`
                    : 'has more than one origin on a rule';
        throw fail(what);
    }
    const origins = { live: lives[0], preview: previews[0] };
    if ((origins.live.priority ?? 1) !== (origins.preview.priority ?? 1))
        throw fail(`gives its origins different priorities (${origins.live.priority ?? 1} and ${origins.preview.priority ?? 1}): Front Door then sends everything to the lower one, whatever the weights`);
    return { origins, unverified: [...unverified] };
}
/** The live origin's weight for the canary: as large as fits the largest step below 100%. */
function baseWeight(steps) {
    const most = Math.max(0, ...steps.flatMap((s) => (s.kind === 'weight' && s.percent < 100 ? [s.percent] : [])));
    if (most === 0)
        return MAX_WEIGHT;
    return Math.max(1, Math.min(MAX_WEIGHT, Math.floor((MAX_WEIGHT * (100 - most)) / most)));
}
/** The preview origin's weight for `percent` against live weight `base`, and the share it gives (%). */
function previewWeight(base, percent) {
    const exact = (base * percent) / (100 - percent);
    const weight = Math.min(MAX_WEIGHT, Math.max(1, Math.round(exact)));
    return { weight, share: (100 * weight) / (base + weight) };
}
/** The share in words, with what rounding made of it when that differs (to 0.1%). */
function shareText(percent, share) {
    const achieved = Math.round(share * 10) / 10;
    return achieved === percent ? `${percent}%` : `${percent}% (${achieved}% after rounding the weights)`;
}

// EXTERNAL MODULE: ./src/core/deploy/endpoints.ts
var endpoints = __webpack_require__(6537);
;// CONCATENATED MODULE: ./src/core/deploy/blue-green/shared.ts




const versionOf = (info) => (info?.imageId ? (0,gallery_image/* versionOfId */.X2)(info.imageId) : undefined);
/** Consecutive looks at an instance that is up but unhealthy after which the wait gives up. */
const UNHEALTHY_LOOKS = 3;
function checkGalleryImage(info) {
    if (!(0,gallery_image/* isGalleryVersionId */.uR)(info.imageId)) {
        throw new errors/* EngineError */.NJ('input', `input 'scale-set': scale set '${info.name}' runs '${info.imageDescription}', not a gallery image version; blue-green replaces one Azure Compute Gallery image version with another (expected imageReference.id …/galleries/<gallery>/images/<definition>/versions/<version>)`);
    }
}
/** Base URL of a rule's frontend: the public IP (or private address) and the rule's frontend port. */
async function frontendBase(ports, pair, frontendPort, frontendId, signal) {
    if (frontendPort === undefined)
        return undefined;
    const fe = pair.lb.frontends.find((f) => f.id.toLowerCase() === (frontendId ?? '').toLowerCase()) ?? pair.lb.frontends[0];
    const address = fe?.publicIpAddressId
        ? await ports.loadBalancers.publicIpAddress(fe.publicIpAddressId, { signal })
        : fe?.privateIpAddress;
    return address ? `http://${address}:${frontendPort}` : undefined;
}
async function urls(ctx, ports, pair) {
    const live = pair.liveRules[0];
    const preview = pair.previewRule;
    const liveBase = ctx.settings.verify.liveUrl
        ? undefined
        : await frontendBase(ports, pair, live?.frontendPort, live?.frontendId, ctx.signal);
    const previewBase = ctx.settings.verify.previewUrl || !preview
        ? undefined
        : await frontendBase(ports, pair, preview.frontendPort, preview.frontendId, ctx.signal);
    return {
        live: (0,endpoints/* endpointUrl */.P)(ctx, 'live', liveBase),
        preview: preview || ctx.settings.verify.previewUrl ? (0,endpoints/* endpointUrl */.P)(ctx, 'preview', previewBase) : undefined,
    };
}
/** The colour and image a rollback plan returns to; a plan that names neither is refused. */
function rollbackTarget(plan) {
    const toColour = plan.to.slot;
    if (toColour !== 'blue' && toColour !== 'green')
        throw new errors/* EngineError */.NJ('input', `the rollback plan '${plan.description}' names no colour to return to (got '${toColour ?? ''}')`);
    const imageId = plan.to.imageId;
    if (!imageId)
        throw new errors/* EngineError */.NJ('input', `the rollback plan '${plan.description}' names no image version`);
    return { toColour, image: { id: imageId, version: plan.to.imageVersion ?? (0,gallery_image/* versionOfId */.X2)(imageId) } };
}
const isFailed = (pair) => (pair.lb.provisioningState ?? '').toLowerCase() === 'failed';

;// CONCATENATED MODULE: ./src/core/deploy/blue-green/release.ts








const lbResource = (pair) => `load balancer ${pair.lb.name}`;
/**
 * Brings `colour` to `image` at `capacity` instances, each booted on the new model: created from
 * the live model, or scaled in, re-pointed and scaled out (whatever the upgrade mode, no rolling
 * upgrade of an idle colour follows), or its stale instances brought to the model.
 */
async function prepareColour(r, pair, colour, image, capacity, note) {
    const { ctx, ports, ex } = r;
    const port = ports.scaleSets;
    const ref = colour.ref;
    const resource = `scale set ${ref.name}`;
    const label = `${colour.colour} colour`;
    const info = colour.info;
    if (!info) {
        const after = `copy of ${pair.active.ref.name}'s model in pool ${colour.poolName}, image ${image.version}, ${capacity} instance(s)`;
        const spec = {
            imageId: image.id,
            poolMap: { [pair.active.poolId]: colour.poolId },
            capacity,
            tags: { [colours/* COLOUR_TAG */.QS]: colour.colour },
        };
        if (!ex.planning)
            ctx.deps.host.info(`Creating scale set ${ref.name} (${colour.colour}) from the model of ${pair.active.ref.name} with image ${image.version} and ${capacity} instance(s).`);
        // A create is a PUT of the whole model: repeating it after a failure in flight is safe.
        await ex.write({ write: { resource, operation: 'create', after, why: `the ${colour.colour} colour does not exist yet${note}` } }, (call) => port.createFromModel(pair.active.ref, ref, spec, call).then(() => undefined), {
            kind: 'action',
            label,
            value: `created scale set ${ref.name} (copy of ${pair.active.ref.name}'s model) on ${image.version} with ${capacity} instance(s)`,
        });
        return;
    }
    if (failed(info.provisioningState))
        await repairColour(r, colour);
    let now = info.capacity;
    const repoint = !(0,gallery_image/* sameId */.s)(info.imageId, image.id);
    if (repoint) {
        if (now > 0) {
            await ex.write({
                write: {
                    resource,
                    operation: 'scale',
                    before: `${now}`,
                    after: '0 instance(s)',
                    why: `scale in before re-pointing the model, so every instance boots on ${image.version}`,
                },
            }, (call) => setCapacity(r, colour, 0, call), {
                kind: 'action',
                label,
                value: `${ref.name} scaled in to 0 (it ran ${versionOf(info) ?? info.imageDescription})`,
            });
        }
        await ex.write({
            write: {
                resource,
                operation: 'update',
                before: `image ${versionOf(info) ?? info.imageDescription}`,
                after: image.version,
                why: `the idle ${colour.colour} colour gets the release${note}`,
            },
        }, async (call) => {
            const fresh = await port.get(ref, call);
            if (fresh && (0,gallery_image/* sameId */.s)(fresh.imageId, image.id) && !failed(fresh.provisioningState))
                return;
            await port.setImage(ref, { imageId: image.id, etag: fresh?.etag }, call);
        }, { kind: 'action', label, value: `${ref.name} model → image ${image.version}` });
        now = 0;
    }
    if (now !== capacity) {
        await ex.write({
            write: {
                resource,
                operation: 'scale',
                before: `${now}`,
                after: `${capacity} instance(s)`,
                why: `the live colour's capacity (${pair.active.ref.name})`,
            },
        }, (call) => setCapacity(r, colour, capacity, call), { kind: 'action', label, value: `${ref.name} scaled to ${capacity} instance(s)` });
    }
    if (!repoint) {
        // New instances boot on the model; only those that were there before can be stale.
        const stale = (await ex.read(`listing the instances of ${ref.name}`, (call) => port.listInstances(ref, call))).filter((i) => !(0,gallery_image/* onImage */.Vu)(i, image.id));
        if (stale.length === 0)
            return;
        const ids = stale.map((i) => i.instanceId);
        await ex.write({
            write: {
                resource: `${stale.length} instance(s) of ${resource}`,
                operation: 'replace',
                after: `image ${image.version}`,
                why: 'they do not run the latest model',
            },
        }, (call) => port.updateInstances(ref, ids, call), { kind: 'action', label, value: `${stale.length} instance(s) of ${ref.name} brought to the latest model` });
    }
}
/**
 * A colour whose last write ended Failed (a create or scale that did not complete) is written again
 * as a whole — Azure's way out of provisioning state Failed — before anything else is done with it:
 * traffic is never switched to a scale set in that state.
 */
async function repairColour(r, colour) {
    const { ports, ex } = r;
    await ex.write({
        write: {
            resource: `scale set ${colour.ref.name}`,
            operation: 'update',
            after: 'its model written again as it stands',
            why: 'its last write ended in provisioning state Failed',
        },
    }, async (call) => {
        const fresh = await ports.scaleSets.get(colour.ref, call);
        if (!fresh || !failed(fresh.provisioningState))
            return;
        await ports.scaleSets.rewriteModel(colour.ref, fresh.etag, call);
    }, {
        kind: 'action',
        label: `${colour.colour} colour`,
        value: `${colour.ref.name} was in provisioning state Failed: its model was written again`,
    });
}
async function setCapacity(r, colour, capacity, call) {
    const fresh = await r.ports.scaleSets.get(colour.ref, call);
    if (!fresh)
        throw new errors/* EngineError */.NJ('terminal', `scale set ${colour.ref.name} disappeared during the release`);
    if (fresh.capacity === capacity && !failed(fresh.provisioningState))
        return;
    await r.ports.scaleSets.setCapacity(colour.ref, capacity, fresh.etag, call);
}
const failed = (state) => (state ?? '').toLowerCase() === 'failed';
/** Waits until the colour has `capacity` instances, all on the image, provisioned, running and healthy. */
async function waitHealthy(r, colour, image, capacity) {
    const { ctx, ports, ex } = r;
    let unhealthyLooks = 0;
    const look = async (call) => {
        const instances = await ports.scaleSets.listInstances(colour.ref, call);
        const seen = (0,instance_health/* judgeInstances */.qY)(instances, image.id);
        const countOk = instances.length === capacity;
        if (seen.ok && countOk) {
            const state = (0,instance_health/* noHealthSource */.Bg)(instances) ? `provisioned and running (${instance_health/* NO_HEALTH_SOURCE */.th})` : 'running and healthy';
            return { state: 'done', detail: `${instances.length} of ${capacity} instance(s) on the new image, ${state}` };
        }
        const detail = [!countOk ? `${instances.length} of ${capacity} instance(s)` : '', ...seen.problems]
            .filter(Boolean)
            .join('; ');
        const broken = instances.filter((i) => i.provisioningState === 'failed');
        if (broken.length > 0)
            return {
                state: 'failed',
                detail: `instance(s) ${broken.map((i) => i.instanceId).join(', ')} failed to provision; ${detail}`,
            };
        const upButSick = instances.some((i) => (0,gallery_image/* onImage */.Vu)(i, image.id) &&
            i.provisioningState === 'succeeded' &&
            i.power === 'running' &&
            i.health === 'unhealthy');
        unhealthyLooks = upButSick ? unhealthyLooks + 1 : 0;
        if (unhealthyLooks >= UNHEALTHY_LOOKS)
            return { state: 'failed', detail: `unhealthy in ${UNHEALTHY_LOOKS} looks in a row: ${detail}` };
        return { state: 'pending', detail };
    };
    const would = `${colour.colour} colour (${colour.ref.name}): ${capacity} instance(s) on ${image.version}, running and healthy`;
    return ex.wait(`${colour.colour} colour healthy`, would, look, {
        intervalMs: ctx.settings.verify.gate.intervalMs,
        until: 'healthy',
    });
}
/** Live rule(s) → `to`'s pool, the preview rule → `from`'s: the planned line of the switch. */
function switchWrite(pair, to, from, why) {
    const live = pair.liveRules.map((x) => x.name).join(', ');
    const preview = pair.previewRule;
    return {
        resource: lbResource(pair),
        operation: 'switch',
        before: `live rule(s) ${live} → pool ${from.poolName} (${from.colour})${preview ? `, preview rule ${preview.name} → pool ${to.poolName}` : ''}`,
        after: `live rule(s) ${live} → pool ${to.poolName} (${to.colour})${preview ? `, preview rule ${preview.name} → pool ${from.poolName}` : ''}`,
        why,
    };
}
/**
 * ONE write of the load balancer, guarded by the ETag read right before it. A load balancer already
 * switched is left alone — unless its last write ended Failed: then its rules are written again.
 */
async function switchTo(r, pair, to, from, why, itemValue) {
    const { ctx, ports, ex } = r;
    await ex.write({ write: switchWrite(pair, to, from, why), touchesProduction: true }, async (call) => {
        const fresh = await (0,colours/* observePair */.Rt)(ctx, ports, call);
        if (fresh.active.colour === to.colour && !isFailed(fresh))
            return;
        if (isFailed(fresh))
            ctx.warn(`load balancer '${fresh.lb.name}' is in provisioning state Failed (an earlier write did not complete): writing its rules again`);
        const switches = Object.fromEntries(fresh.liveRules.map((x) => [x.name, to.poolId]));
        if (fresh.previewRule)
            switches[fresh.previewRule.name] = from.poolId;
        await ports.loadBalancers.switchRules(fresh.lb, switches, fresh.lb.etag, call);
    }, { kind: 'action', label: 'switch', value: itemValue });
}
/**
 * A load balancer whose last write ended Failed is written again as it stands (same rules, fresh ETag).
 * The rules it had then may never have taken effect: the step ends once the live endpoint no longer
 * answers from the other colour.
 */
async function repairFailed(r, pair) {
    let repaired;
    await r.ex.write({
        write: {
            resource: lbResource(pair),
            operation: 'update',
            after: 'its rules as they stand',
            why: 'its last write ended in provisioning state Failed',
        },
    }, async (call) => {
        const fresh = await (0,colours/* observePair */.Rt)(r.ctx, r.ports, call);
        if (!isFailed(fresh))
            return;
        r.ctx.warn(`load balancer '${fresh.lb.name}' is in provisioning state Failed (an earlier write did not complete): writing its rules again`);
        const switches = Object.fromEntries(fresh.liveRules.map((x) => [x.name, fresh.active.poolId]));
        if (fresh.previewRule)
            switches[fresh.previewRule.name] = fresh.idle.poolId;
        await r.ports.loadBalancers.switchRules(fresh.lb, switches, fresh.lb.etag, call);
        repaired = fresh;
    });
    if (repaired) {
        const { active, idle } = repaired;
        await confirmSwitch(r, repaired, active, versionOf(active.info) ?? '', versionOf(idle.info));
    }
}
/** The intent tag: the release record names the version in flight before the first write. */
async function markIntent(r, pair, version, state = 'deploying') {
    await r.ex.write({ write: (0,plan_record/* intentWrite */.Yu)(lbResource(pair), version, state) }, (call) => (0,deploy_record/* recordIntent */.M8)(r.ports.tags, pair.lb.id, { target: version, runUrl: r.ctx.deps.run?.runUrl, state }, call));
}
/** The record of what is live (it also clears target-version), then the retired colour's scale-down time. */
async function recordLivePair(r, pair, record, live, retired, why) {
    const { ctx, ports, ex } = r;
    const planned = why ??
        (0,plan_record/* liveWrite */.ul)(lbResource(pair), record, {
            current: live.current,
            previous: live.previous,
            state: live.state,
            extra: [`active-slot ${live.colour}`, live.failed ? `failed-version ${live.failed}` : '']
                .filter(Boolean)
                .join(', '),
        });
    const tags = (0,deploy_record/* tagsForRecord */.UU)({
        current: live.current,
        previous: live.previous,
        deployedAt: (0,deploy_record/* iso */.KH)(ctx),
        runUrl: ctx.deps.run?.runUrl,
        state: live.state ?? 'live',
        activeSlot: live.colour,
        failed: live.failed,
    });
    await ex.write({ write: planned }, async (call) => {
        await ports.tags.merge(pair.lb.id, tags, call);
        const stale = [
            deploy_record/* RECORD_TAGS */.CO.target,
            // A canary promoted (or rolled back) past its open pause: its progress goes with the target.
            deploy_record/* RECORD_TAGS */.CO.canaryStep,
            deploy_record/* RECORD_TAGS */.CO.canaryWeight,
            ...(live.state === 'rolled-back' && !live.previous ? [deploy_record/* RECORD_TAGS */.CO.previous] : []),
        ];
        await ports.tags.remove(pair.lb.id, stale, call);
    });
    if (retired?.info)
        await markRetired(r, retired);
}
/** The retired colour keeps running for scale-down-delay; clean-up scales it in after this time. */
async function markRetired(r, retired) {
    const at = (0,deploy_record/* iso */.KH)(r.ctx, r.ctx.settings.deploy.scaleDownDelayMs);
    await r.ex.write({
        write: {
            resource: `scale set ${retired.ref.name}`,
            operation: 'tag',
            after: `${colours/* SCALE_DOWN_AFTER_TAG */.GG} ${at}`,
            why: `the ${retired.colour} colour keeps running for 'scale-down-delay' (instant rollback); clean-up scales it in after that`,
        },
    }, (call) => r.ports.tags.merge(retired.info.id, { [colours/* SCALE_DOWN_AFTER_TAG */.GG]: at }, call));
}
/**
 * Makes `to` live with `image`: prepare, health, preview, ONE switch, live check. A failure before
 * the switch leaves live traffic untouched (`ex.productionTouched` stays false); after it, the
 * caller's rollback plan (one write back) undoes it.
 */
async function release(r, pair, to, image, note = '') {
    const links = await prepareAndPreview(r, pair, to, image, note);
    await switchAndCheck(r, pair, to, image, links);
}
/** The idle colour brought to `image`, healthy, its preview passed: live traffic not touched yet. */
async function prepareAndPreview(r, pair, to, image, note = '') {
    const { ctx, ports, ex } = r;
    const from = pair.active;
    const capacity = Math.max(1, from.info.capacity);
    await prepareColour(r, pair, to, image, capacity, note);
    const health = await waitHealthy(r, to, image, capacity);
    const untouched = `live traffic was not touched (${from.colour}, ${from.ref.name}, still serves ${versionOf(from.info) ?? 'the previous image'})`;
    if (!health.ok)
        throw new errors/* EngineError */.NJ('verify', `the ${to.colour} colour (${to.ref.name}) did not become healthy on ${image.version}: ${health.detail}; ${untouched}`);
    const links = await urls(ctx, ports, pair);
    if (links.preview) {
        const url = links.preview;
        const preview = await ex.gate(`preview ${url}`, `preview ${url} (${to.colour}) before the switch`, async () => {
            const result = await (0,http_gate/* httpGate */.I)(ctx, `preview (${to.colour})`, url, ex.deadline, { warmup: true });
            return { passed: result.passed, detail: result.reason };
        });
        if (!preview.ok)
            throw new errors/* EngineError */.NJ('verify', `the preview endpoint of the ${to.colour} colour did not pass: ${preview.detail}; ${untouched}`);
    }
    else if (!ex.planning) {
        ctx.warn(`blue-green: load balancer '${pair.lb.name}' has no preview rule (set 'preview-port' or 'preview-url'): the ${to.colour} colour was checked by instance health only before the switch`);
    }
    return links;
}
/** ONE switch of the live rule(s) to `to`, then production checked on the live endpoint. */
async function switchAndCheck(r, pair, to, image, links) {
    const { ctx, ex } = r;
    const from = pair.active;
    const gates = `once ${to.ref.name} is healthy${links.preview ? ' and its preview answers' : ''}`;
    const moved = `live rule(s) ${pair.liveRules.map((x) => x.name).join(', ')} → ${to.poolName} (${to.colour})${pair.previewRule ? `, preview rule ${pair.previewRule.name} → ${from.poolName}` : ''}: one load balancer write`;
    await switchTo(r, pair, to, from, `one write, ${gates}`, moved);
    if (links.live) {
        const url = links.live;
        const rollsBack = ctx.settings.verify.autoRollback
            ? "switched back when it fails ('auto-rollback')"
            : "not switched back automatically ('auto-rollback' is false)";
        const switched = await awaitSwitched(r, url, to.colour, image.version, versionOf(from.info));
        if (!switched.ok)
            throw new errors/* EngineError */.NJ('verify', `production did not move to the ${to.colour} colour (${image.version}) after the switch: ${switched.detail}`);
        const live = await ex.gate(`live ${url}`, `live ${url} after the switch (${rollsBack})`, async () => {
            const result = await (0,http_gate/* httpGate */.I)(ctx, `live (${to.colour})`, url, ex.deadline);
            return { passed: result.passed, detail: result.reason };
        });
        if (!live.ok)
            throw new errors/* EngineError */.NJ('verify', `production did not pass on the ${to.colour} colour (${image.version}) after the switch: ${live.detail}`);
    }
    else if (!ex.planning) {
        ctx.warn(`blue-green: no live URL (set 'live-url'): production was not probed after the switch`);
    }
}
/** The version an answer names: a JSON body's `version` field (how the app reports what it runs). */
function servedVersion(body) {
    try {
        const parsed = JSON.parse(body);
        const version = parsed?.version;
        return typeof version === 'string' ? version : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * After a switch write, new flows reach the new colour only once the load balancer has applied it:
 * Azure answers the write before every host has the change, and a backend takes flows only once its
 * probe passed. So the live check does not start while the colour left behind still answers: it
 * waits for `probe-successes` answers in a row on `url` that do not name `leaving` (the version
 * that colour runs), within 'probe-timeout'. Answers that name no version cannot tell the colours
 * apart: they do not hold the check (the live gate that follows judges them), and the step says so.
 */
async function awaitSwitched(r, url, colour, version, leaving) {
    const { ctx, ex } = r;
    const gate = ctx.settings.verify.gate;
    const started = ctx.deps.clock.now();
    let streak = 0;
    let named = 0;
    const look = async () => {
        const answer = await ctx.deps.http
            .get(url, { timeoutMs: gate.requestTimeoutMs, signal: ctx.signal, headers: gate.headers })
            .catch(() => undefined);
        const served = answer ? servedVersion(answer.body) : undefined;
        if (served !== undefined)
            named++;
        const old = leaving !== undefined && leaving !== version && served === leaving;
        streak = old ? 0 : streak + 1;
        const seen = served ? `${served} answered` : answer ? `HTTP ${answer.status}, no version named` : 'no answer';
        if (streak >= gate.successes) {
            const how = named > 0 ? `no answer from ${leaving ?? 'the previous colour'}` : 'the answers name no version';
            return { state: 'done', detail: `${gate.successes} answer(s) in a row after the switch: ${how}` };
        }
        if (ctx.deps.clock.now() - started >= gate.timeoutMs)
            return { state: 'failed', detail: `${leaving} still answered on ${url} after 'probe-timeout' (last: ${seen})` };
        return { state: 'pending', detail: `${seen}: waiting for the load balancer to send new flows to ${colour}` };
    };
    const result = await ex.wait(`${colour} colour takes the live flows`, `${url} answers from ${colour} (${version})`, look, {
        intervalMs: gate.intervalMs,
        until: `answering from ${colour}`,
    });
    if (result.ok && !ex.planning && named === 0)
        ctx.warn(`blue-green: the answers of ${url} name no version (a JSON 'version' field): the switch to ${colour} could not be told from the previous colour still answering`);
    return result;
}
/**
 * A switch back (rollback) that is done: the live endpoint is watched until the colour left behind
 * no longer answers, so the step ends with production where it says it is. It does not fail the
 * rollback (the load balancer has the rules): it warns when the old colour still answers.
 */
async function confirmSwitch(r, pair, to, version, leaving) {
    const { live } = await urls(r.ctx, r.ports, pair);
    if (!live)
        return;
    const moved = await awaitSwitched(r, live, to.colour, version, leaving);
    if (!moved.ok && !r.ex.planning)
        r.ctx.warn(`blue-green: after the switch to ${to.colour}: ${moved.detail}`);
}

;// CONCATENATED MODULE: ./src/core/deploy/blue-green/canary.ts








/** Reads the origin group and finds the two origins (before any write); an input error when it does not fit. */
async function readCanaryDoor(r, pair, steps) {
    const { ctx, ports, ex } = r;
    const given = ctx.settings.deploy.frontDoorOriginGroup;
    const resourceGroup = given?.resourceGroup ?? ctx.settings.deploy.resourceGroup ?? ctx.settings.resourceGroup;
    if (!given || !resourceGroup)
        throw new errors/* EngineError */.NJ('input', `input '${INPUT}': is required for a blue-green canary; expected the Front Door origin group in front of the pair`);
    if (!pair.previewRule)
        throw new errors/* EngineError */.NJ('input', `input 'preview-port': is required for a blue-green canary (the preview origin reaches the idle colour through the preview rule); expected the preview rule's frontend port on load balancer '${pair.lb.name}'`);
    const ref = { ...given, resourceGroup };
    const where = `origin group ${ref.originGroup} of Front Door profile ${ref.profile}`;
    const group = await ex.read(`reading ${where}`, (call) => ports.frontDoor.getOriginGroup(ref, call));
    if (!group)
        throw new errors/* EngineError */.NJ('input', `input '${INPUT}': ${where} was not found in resource group '${resourceGroup}'; expected the Front Door (Standard/Premium) origin group in front of the pair`);
    const addresses = await ruleAddresses(r, pair, [...pair.liveRules, pair.previewRule]);
    const live = addresses.slice(0, -1);
    const { origins, unverified } = canaryOrigins(group, live, addresses.at(-1), pair.lb.name);
    if (unverified.length > 0 && !ex.planning)
        ctx.warn(`blue-green canary: origin(s) ${unverified.join(', ')} of ${where} name a host, not an IP address: matched to the load balancer's rules by port only`);
    const state = {
        previewEnabled: origins.preview.enabled,
        previewWeight: origins.preview.weight,
        previewFailed: canary_isFailed(origins.preview),
        liveWeight: origins.live.weight,
        liveEnabled: origins.live.enabled,
        liveFailed: canary_isFailed(origins.live),
    };
    return { ref, origins, base: baseWeight(steps), state };
}
/** Each rule's frontend address (its public IP address, else its private one). */
async function ruleAddresses(r, pair, rules) {
    const seen = new Map();
    const addressOf = (frontendId) => {
        const fe = pair.lb.frontends.find((f) => f.id.toLowerCase() === (frontendId ?? '').toLowerCase()) ?? pair.lb.frontends[0];
        if (!fe)
            return Promise.resolve(undefined);
        if (!fe.publicIpAddressId)
            return Promise.resolve(fe.privateIpAddress);
        const ipId = fe.publicIpAddressId;
        let address = seen.get(ipId);
        if (!address) {
            address = r.ex.read(`reading public IP address ${ipId.split('/').pop()}`, (call) => r.ports.loadBalancers.publicIpAddress(ipId, call));
            seen.set(ipId, address);
        }
        return address;
    };
    return Promise.all(rules.map(async (rule) => ({ rule, address: await addressOf(rule.frontendId) })));
}
/**
 * Gets `image` live on `to` through the canary's steps, or as far as an open pause ('paused');
 * throws CanaryAborted when a check failed (preview origin off).
 */
async function releaseByCanary(r, pair, to, image, steps, door, progress, note = '') {
    // The idle colour is scaled in and re-pointed next: Front Door must send it nothing meanwhile.
    await setPreview(r, door, { enabled: false }, 'before the idle colour is rebuilt');
    const links = await prepareAndPreview(r, pair, to, image, note);
    if (steps.some((s) => s.kind === 'weight' && s.percent < 100))
        await setBase(r, door);
    return (0,walk/* walkCanary */.eU)(r.ex, steps, canaryTarget(r, pair, to, image, door, progress, links), progress);
}
/**
 * 'promote': the idle colour already runs `image` and `progress.weight` is on it through the
 * preview origin (checked by the caller); the steps continue from `from`.
 */
async function resumeByCanary(r, pair, image, steps, door, progress, from) {
    const links = await urls(r.ctx, r.ports, pair);
    const target = canaryTarget(r, pair, pair.idle, image, door, progress, links);
    return (0,walk/* walkCanary */.eU)(r.ex, steps, target, progress, { from });
}
/** Where the canary's share goes, in words. */
const canaryWhere = (to, door) => `the ${to.colour} colour (${to.ref.name}) through origin ${door.origins.preview.name}`;
function canaryTarget(r, pair, to, image, door, progress, links) {
    return {
        where: canaryWhere(to, door),
        setWeight: (percent) => percent === 0
            ? setPreview(r, door, { enabled: false }, 'abort: all traffic back on the stable colour')
            : setPreview(r, door, { enabled: true, percent }),
        analyse: (label) => analyse(r, pair, to, image, links.preview, label),
        complete: async () => {
            await setPreview(r, door, { enabled: false }, 'before the load balancer switch');
            progress.weight = 0;
            await switchAndCheck(r, pair, to, image, links);
        },
        pause: (index, weight) => recordCanaryPaused(r, pair, to, image.version, { index, weight }),
    };
}
/** An open pause: ONE tag write of the load balancer's record (state paused, version, step, share). */
async function recordCanaryPaused(r, pair, to, version, at) {
    const write = {
        resource: lbResource(pair),
        operation: 'tag',
        after: `state paused at step ${at.index + 1} (${at.weight}% to the ${to.colour} colour), target-version ${version}`,
        why: "canary: an open pause; 'promote' continues from the next step, 'abort' returns the traffic",
    };
    const paused = {
        target: version,
        step: at.index + 1,
        weight: at.weight,
        current: versionOf(pair.active.info),
        runUrl: r.ctx.deps.run?.runUrl,
    };
    await r.ex.write({ write }, (call) => (0,deploy_record/* recordPaused */.AS)(r.ports.tags, pair.lb.id, paused, call));
}
/**
 * A rollback (or the confirmation after a failed deploy) with 'canary-steps' set: the preview
 * origin is disabled first, whatever share an earlier run left on the idle colour.
 */
async function closePreviewOrigin(r, pair, steps) {
    const door = await readCanaryDoor(r, pair, steps);
    await setPreview(r, door, { enabled: false }, 'the share an earlier canary left on the idle colour returns');
}
/** 'abort': the preview origin disabled (no write when it is already, and no write of ours failed). */
async function closeCanaryDoor(r, door) {
    await setPreview(r, door, { enabled: false }, 'abort: all traffic back on the stable colour');
}
/** The share (%) the preview origin takes as Azure holds it now (0: disabled). */
function shareNow(door) {
    const s = door.state;
    if (!s.previewEnabled)
        return 0;
    const live = s.liveEnabled ? (s.liveWeight ?? 50) : 0;
    const preview = s.previewWeight ?? 50;
    return (100 * preview) / (live + preview);
}
/**
 * What a paused canary left on the origins, or why they differ now (a weight set outside the
 * engine since): the live origin enabled at the base weight, the preview origin at one of `shares`
 * (the pause's, or one a promote stopped part-way set since; 0: disabled).
 */
function doorDiffers(door, shares) {
    const s = door.state;
    const { live, preview } = door.origins;
    if (s.liveFailed || s.previewFailed)
        return `the last write of origin ${s.liveFailed ? live.name : preview.name} ended Failed`;
    if (!s.liveEnabled || s.liveWeight !== door.base)
        return `origin ${live.name} is ${s.liveEnabled ? `enabled, weight ${s.liveWeight ?? 50}` : 'disabled'}, not enabled with weight ${door.base}`;
    const has = s.previewEnabled ? (s.previewWeight ?? 50) : undefined;
    const weightOf = (p) => (p === 0 ? undefined : previewWeight(door.base, p).weight);
    if (shares.some((p) => weightOf(p) === has))
        return undefined;
    const said = (p) => (p === 0 ? 'disabled (0%)' : `enabled, weight ${weightOf(p)} (${p}%)`);
    const now = has === undefined ? 'disabled' : `enabled, weight ${has} (${Math.round(shareNow(door) * 10) / 10}% of the traffic)`;
    return `origin ${preview.name} is ${now}, not ${shares.map(said).join(' or ')}`;
}
const canary_isFailed = (o) => (o.provisioningState ?? '').toLowerCase() === 'failed';
const originResource = (door, o) => `Front Door origin ${door.ref.profile}/${door.ref.originGroup}/${o.name}`;
/** The live origin: weight S, enabled (one write at the canary's start; skipped when Azure has it). */
async function setBase(r, door) {
    const { live } = door.origins;
    const s = door.state;
    if (s.liveEnabled && s.liveWeight === door.base && !s.liveFailed)
        return;
    const write = {
        resource: originResource(door, live),
        operation: 'update',
        before: `weight ${s.liveWeight ?? 50}, ${s.liveEnabled ? 'enabled' : 'disabled'}`,
        after: `weight ${door.base}, enabled`,
        why: `canary: the live origin's base weight, so each step's share is a whole weight of the preview origin (1..1000)`,
    };
    const change = { weight: door.base, enabled: true };
    await r.ex.write({ write }, async (call) => void (await r.ports.frontDoor.setOrigin(door.ref, live.name, change, call)));
    Object.assign(s, { liveEnabled: true, liveWeight: door.base, liveFailed: false });
}
/** One write of the preview origin: `percent` of the traffic on the idle colour, or disabled. */
async function setPreview(r, door, to, why) {
    const { preview } = door.origins;
    const s = door.state;
    const was = s.previewEnabled ? `enabled, weight ${s.previewWeight ?? 50}` : 'disabled';
    const before = s.previewFailed ? `${was} (its last write ended Failed)` : was;
    if (!to.enabled && !s.previewEnabled && !s.previewFailed)
        return;
    const { weight, share } = to.enabled ? previewWeight(door.base, to.percent) : { weight: undefined, share: 0 };
    if (to.enabled && s.previewEnabled && s.previewWeight === weight && !s.previewFailed)
        return;
    const text = to.enabled ? shareText(to.percent, share) : '0%';
    const write = {
        resource: originResource(door, preview),
        operation: 'update',
        before,
        after: to.enabled ? `enabled, weight ${weight} (live ${door.base}): ${text} of the traffic` : 'disabled',
        why: to.enabled
            ? `canary: ${text} of production traffic to the new release on the preview rule`
            : `canary: no traffic to the idle colour${why ? ` (${why})` : ''}`,
    };
    const change = to.enabled ? { weight, enabled: true } : { enabled: false };
    await r.ex.write({ write }, async (call) => void (await r.ports.frontDoor.setOrigin(door.ref, preview.name, change, call)), { kind: 'action', label: 'canary', value: `${text} of production traffic on origin ${preview.name}` });
    Object.assign(s, { previewFailed: false }, to.enabled ? { previewEnabled: true, previewWeight: weight } : { previewEnabled: false });
}
/** An 'analysis' step: the gates on the idle colour, then its preview probed; why to stop, or undefined. */
async function analyse(r, pair, to, image, previewUrl, label) {
    const { ctx, ex } = r;
    const gates = await (0,analysis/* canaryGates */.d)(ctx, ex, {
        label,
        target: colourMonitored(pair, to),
        version: image.version,
        previousVersion: versionOf(pair.active.info),
    });
    if (gates !== undefined)
        return gates;
    if (!previewUrl)
        return undefined;
    const check = await ex.gate(`preview ${previewUrl}`, `${label}: the ${to.colour} colour answers`, async () => {
        const result = await (0,http_gate/* httpGate */.I)(ctx, `${label}: preview (${to.colour})`, previewUrl, ex.deadline);
        return { passed: result.passed, detail: result.reason };
    });
    return check.ok ? undefined : `the ${to.colour} colour did not answer on its preview: ${check.detail}`;
}
/** While the canary runs, the new release's share is served (and measured) by the idle colour's scale set. */
function colourMonitored(pair, to) {
    const set = {
        resourceGroup: to.ref.resourceGroup,
        path: `Microsoft.Compute/virtualMachineScaleSets/${to.ref.name}`,
        label: `scale set ${to.ref.name} (${to.colour})`,
    };
    const lb = {
        resourceGroup: pair.lb.resourceGroup,
        path: `Microsoft.Network/loadBalancers/${pair.lb.name}`,
        label: `load balancer ${pair.lb.name}`,
    };
    return { metrics: set, alerts: [set, lb] };
}

// EXTERNAL MODULE: ./src/core/deploy/canary/outputs.ts
var canary_outputs = __webpack_require__(1090);
;// CONCATENATED MODULE: ./src/core/deploy/blue-green/canary-record.ts







/**
 * After an abort (the preview origin disabled): the record says the live colour still runs what it
 * ran, the canary's version failed, state 'aborted'; the in-flight target is cleared.
 */
async function recordAborted(r, pair, record, version, live) {
    const current = live ?? record.current;
    if (!current)
        return;
    const write = {
        resource: lbResource(pair),
        operation: 'tag',
        after: `current-version ${current}, failed-version ${version}, state aborted`,
        why: `the canary was aborted: the ${pair.active.colour} colour still serves the stable release`,
    };
    const done = {
        current,
        previous: record.previous,
        deployedAt: record.deployedAt ?? (0,deploy_record/* iso */.KH)(r.ctx),
        failed: version,
        state: 'aborted',
        runUrl: r.ctx.deps.run?.runUrl,
    };
    await r.ex.write({ write }, (call) => (0,deploy_record/* recordLive */.en)(r.ports.tags, pair.lb.id, done, call));
}
/**
 * A canary's failure, for the deploy's error: its outputs, the record marked 'aborted' after an
 * abort (a record that cannot say so is a warning: traffic is already back on the stable colour),
 * and a warning saying what share is where when the run was cancelled part-way.
 */
async function canaryFailed(r, pair, record, version, progress, err) {
    const where = `the ${pair.idle.colour} colour (${pair.idle.ref.name}) through Front Door`;
    const left = (0,walk/* shareLeft */.zZ)(progress, where);
    if (left && (r.ctx.signal.aborted || err instanceof errors/* CancelledError */.cc))
        r.ctx.warn(`canary stopped: ${left}`);
    if (err instanceof walk/* CanaryAborted */.YB && !r.ctx.signal.aborted)
        await recordAborted(r, pair, record, version, versionOf(pair.active.info)).catch((e) => r.ctx.warn(`the release record could not be marked aborted: ${e.message}`));
    return (0,canary_outputs/* canaryOutputs */.J)(progress, err);
}

// EXTERNAL MODULE: ./src/core/deploy/canary/pause.ts
var pause = __webpack_require__(3822);
;// CONCATENATED MODULE: ./src/core/deploy/blue-green/canary-control.ts
/**
 * blue-green's 'promote' and 'abort' of a canary stopped at an open pause (canary/control.ts). The
 * paused canary is read back from the release record on the load balancer. Before promote writes
 * anything it re-checks what the pause left: the idle colour still runs the paused release (and is
 * scaled out), the load balancer still sends live traffic to the other colour, and the Front Door
 * origins still hold the canary's weights (a share set outside the engine since is refused, with
 * what they hold). Promote then continues the same steps from the one after the pause (the last is
 * the load balancer switch, as a canary without pauses ends); abort disables the preview origin
 * (all traffic back on the stable colour) and records 'aborted'. Both run on the rollout executor,
 * for real or planned.
 */












const blueGreenCanary = {
    async executor(ctx, planning) {
        const ports = await ctx.azure();
        return (0,for_stage/* executorFor */.lL)(ctx, { retryBaseMs: ports.scaleSets.pollIntervalMs, planning });
    },
    promote: async (ctx, ex, artifact) => runPromote({ ctx, ports: await ctx.azure(), ex }, artifact),
    abort: async (ctx, ex) => runAbort({ ctx, ports: await ctx.azure(), ex }),
};
/** A colour in words: "the green colour (web-green)". */
const named = (c) => `the ${c.colour} colour (${c.ref.name})`;
/** Where a paused canary's share goes, in words (the record and the summary name it so). */
const pausedWhere = (c) => `${named(c)} through Front Door`;
/** A paused canary in words: the share, and what serves the rest. */
function pausedMessage(pair, paused, steps) {
    const now = (0,pause/* describePaused */.K$)(paused, steps, pausedWhere(pair.idle));
    const rest = `${versionOf(pair.active.info) ?? 'the previous image'} serves the rest from ${named(pair.active)}`;
    return `${now}; ${rest}; ${pause/* WHAT_NEXT */.jh}`;
}
/** The version the inputs name, if any (a promote may name none: whatever is paused). */
function requested(artifact) {
    const id = artifact?.imageId;
    return artifact?.imageVersion ?? (id ? (0,gallery_image/* versionOfId */.X2)(id) : undefined);
}
async function observe(r) {
    const { ctx, ports, ex } = r;
    const pair = await ex.read(`reading load balancer ${ctx.settings.deploy.loadBalancer ?? ''}`, (call) => (0,colours/* observePair */.Rt)(ctx, ports, call));
    checkGalleryImage(pair.active.info);
    return { pair, record: (0,deploy_record/* recordFromTags */.j1)(pair.lb.tags) };
}
/** The load balancer already sends live traffic to the paused release: neither promote nor abort applies. */
function switchedAlready(pair, paused) {
    return new errors/* EngineError */.NJ('terminal', `load balancer ${pair.lb.name} already sends live traffic to ${named(pair.active)}, which runs ${paused.version}, the canary's release; run the 'rollback' stage to return to the stable release`);
}
/**
 * The shares the preview origin may hold while the record says paused: the pause's own, and those
 * a promote cancelled part-way may have set since (the weights up to the next open pause; 0 when
 * it reached the 100% step, whose first write disables the preview origin).
 */
function sharesSince(steps, paused) {
    const shares = [paused.weight];
    for (const step of steps.slice(paused.index + 1)) {
        if (step.kind === 'stop')
            break;
        if (step.kind === 'weight')
            shares.push(step.percent === 100 ? 0 : step.percent);
    }
    return shares;
}
const stable = (pair) => ({
    activeSlot: pair.active.colour,
    previousSlot: pair.active.colour,
});
async function runPromote(r, artifact) {
    const { ctx, ex } = r;
    const { pair, record } = await observe(r);
    const steps = ctx.settings.deploy.canary;
    const want = requested(artifact);
    const live = versionOf(pair.active.info);
    if (!(0,pause/* pausedCanary */.jW)(record) && want && live === want && record.state === 'live') {
        // Promoted already (a CI job run again): nothing to write, and the outputs say what is true.
        const message = `nothing to promote: ${want} is already live on ${named(pair.active)}`;
        ex.note({ kind: 'fact', label: 'blue-green', value: message });
        return { outputs: { ...stable(pair), imageVersion: want, canaryWeight: 100, canaryResult: 'promoted' }, message };
    }
    const paused = (0,pause/* resumePoint */._y)(record, steps, want, pausedWhere(pair.idle));
    if (live === paused.version)
        return caughtUp(r, pair, record, paused);
    const now = (0,pause/* describePaused */.K$)(paused, steps, pausedWhere(pair.idle));
    const idle = pair.idle;
    const held = versionOf(idle.info);
    if (!idle.info?.imageId || held !== paused.version || idle.info.capacity < 1)
        throw new errors/* EngineError */.NJ('input', `the ${now}, but ${named(idle)} now runs ${held ?? 'no gallery image'} on ${idle.info?.capacity ?? 0} instance(s); run 'abort', then deploy again`);
    const door = await readCanaryDoor(r, pair, steps);
    const differs = doorDiffers(door, sharesSince(steps, paused));
    if (differs)
        throw new errors/* EngineError */.NJ('input', `the ${now}, but in origin group ${door.ref.originGroup} ${differs}: a share was set outside the canary since; set the origins back, or run 'abort' (it disables origin ${door.origins.preview.name}) and deploy again`);
    const image = { id: idle.info.imageId, version: paused.version };
    const outputs = { ...stable(pair), imageId: image.id, imageVersion: image.version, previousImageVersion: live };
    const rollback = {
        strategy: 'blue-green',
        to: { slot: pair.active.colour, imageId: pair.active.info.imageId, imageVersion: live },
        description: `load balancer ${pair.lb.name}: live rule(s) back to ${pair.active.colour} (${pair.active.ref.name}, ${live ?? 'previous image'}) from ${idle.colour} (${image.version})`,
        record: { previous: record.current === live ? record.previous : record.current, failed: image.version },
    };
    ex.note({ kind: 'fact', label: 'blue-green', value: `${now}: promoting from step ${paused.index + 2}` });
    const progress = { weight: paused.weight, step: (0,walk/* stepName */.u)(steps, paused.index) };
    try {
        const end = await resumeByCanary(r, pair, image, steps, door, progress, paused.index + 1);
        if (end === 'paused') {
            const again = { ...paused, index: progress.pausedAt, weight: progress.weight };
            return {
                outputs: { ...outputs, ...(0,canary_outputs/* canaryOutputs */.J)(progress) },
                message: pausedMessage(pair, again, steps),
                rollback,
            };
        }
        await recordLivePair(r, pair, record, { current: image.version, previous: live, colour: idle.colour }, pair.active);
    }
    catch (err) {
        const failed = { ...outputs, ...(await canaryFailed(r, pair, record, image.version, progress, err)) };
        if (ctx.signal.aborted || err instanceof errors/* CancelledError */.cc || !(err instanceof errors/* EngineError */.NJ))
            throw err;
        const details = { plan: rollback, items: ex.items, outputs: failed, liveUntouched: !ex.productionTouched };
        throw new rollout_error/* RolloutError */.a(err.message, { ...details, journal: ex.journal }, err.kind === 'input' ? 'terminal' : err.kind);
    }
    const message = `canary promoted: ${image.version} is live on ${named(idle)}; ${pair.active.colour} (${live ?? 'previous image'}) waits for a switch back`;
    const done = { ...outputs, activeSlot: idle.colour, ...(0,canary_outputs/* canaryOutputs */.J)(progress) };
    return { outputs: done, message, rollback };
}
/**
 * An earlier promote switched the load balancer and stopped before the record said so (cancelled):
 * the preview origin is made sure to be off (the preview rule now reaches the old colour) and the
 * record completed, as deploy catches up a record that lags a switch.
 */
async function caughtUp(r, pair, record, paused) {
    const steps = r.ctx.settings.deploy.canary;
    const door = await readCanaryDoor(r, pair, steps);
    await closeCanaryDoor(r, door);
    const { active, idle } = pair;
    const live = { current: paused.version, previous: record.current, colour: active.colour };
    await recordLivePair(r, pair, record, live, idle);
    const message = `canary promoted: ${paused.version} is live on ${named(active)}; an earlier promote switched the load balancer, the record is caught up`;
    const canary = {
        canaryWeight: 100,
        canaryStep: (0,walk/* stepName */.u)(steps, steps.length - 1),
        canaryResult: 'promoted',
    };
    const outputs = { activeSlot: active.colour, previousSlot: idle.colour, imageVersion: paused.version, ...canary };
    return { outputs: { ...outputs, previousImageVersion: record.current }, message };
}
/** Abort: the preview origin disabled, the record says 'aborted'; nothing paused and no share left: no write. */
async function runAbort(r) {
    const { ctx, ex } = r;
    const { pair, record } = await observe(r);
    const paused = (0,pause/* pausedCanary */.jW)(record);
    const live = versionOf(pair.active.info);
    if (paused && live === paused.version)
        throw switchedAlready(pair, paused);
    const steps = ctx.settings.deploy.canary;
    const door = await readCanaryDoor(r, pair, steps ?? []);
    const share = Math.round(shareNow(door) * 10) / 10;
    const outputs = { ...stable(pair), imageVersion: live };
    const where = pausedWhere(pair.idle);
    if (!paused && share === 0 && !door.state.previewFailed) {
        // Aborted already (a CI job run again) or nothing ever paused: nothing to write.
        const done = record.state === 'aborted' && record.failed ? ` (the canary of ${record.failed} was aborted)` : '';
        const message = `nothing to abort: no canary is paused on ${where} and no production traffic goes to it${done}; ${live ?? 'the previous image'} is live on the ${pair.active.colour} colour`;
        ex.note({ kind: 'fact', label: 'blue-green', value: message });
        return { outputs: { ...outputs, canaryWeight: 0, ...(done ? { canaryResult: 'aborted' } : {}) }, message };
    }
    const was = paused ? (0,pause/* describePaused */.K$)(paused, steps, where) : `${share}% of production traffic on ${where}`;
    ex.note({ kind: 'fact', label: 'blue-green', value: `${was}: aborting` });
    await closeCanaryDoor(r, door);
    const version = paused?.version ?? record.target;
    if (version && version !== record.current)
        await recordAborted(r, pair, record, version, live);
    const step = paused && steps && paused.index < steps.length ? (0,walk/* stepName */.u)(steps, paused.index) : undefined;
    const message = `canary aborted (was ${was}): all production traffic is back on ${live ?? 'the previous image'}, ${named(pair.active)}`;
    const canary = { canaryWeight: 0, ...(step ? { canaryStep: step } : {}), canaryResult: 'aborted' };
    return { outputs: { ...outputs, ...canary }, message };
}

;// CONCATENATED MODULE: ./src/core/deploy/blue-green/strategy.ts
/**
 * strategy: blue-green — two scale sets behind one load balancer. The idle colour is brought to
 * the new image at the live colour's capacity (created from a copy of the live model the first
 * time, else scaled in, re-pointed and scaled out, so every instance boots on the new model), the
 * engine waits until every instance is healthy and the preview endpoint answers, then moves the
 * live rule(s) to the idle pool — and the preview rule to the old pool — in ONE ETag-guarded write
 * of the load balancer. Production is checked on the live endpoint; if it does not pass, the
 * deploy stage rolls back (with 'auto-rollback': one more write). The old colour keeps running for
 * `scale-down-delay` (instant rollback); the time that delay ends is tagged on it for clean-up.
 *
 * Every write, wait and gate runs on the rollout executor (release.ts); plan mode is the same code
 * on a planning executor. The release record (current / previous version, live colour) is kept as
 * tags on the load balancer.
 */


















async function runFor(ctx, planning) {
    const ports = await ctx.azure();
    return { ctx, ports, ex: (0,for_stage/* executorFor */.lL)(ctx, { retryBaseMs: ports.scaleSets.pollIntervalMs, planning }) };
}
const plan = (ex, outcome) => ({
    journal: ex.journal,
    writes: ex.plannedWrites,
    items: ex.facts,
    outputs: outcome.outputs,
    message: outcome.message,
});
/** A deploy, executed or planned: the same reads, the same decisions, the same steps. */
async function deployOn(r, artifact, record) {
    const { ctx, ports, ex } = r;
    const pair = await ex.read(`reading load balancer ${ctx.settings.deploy.loadBalancer ?? ''}`, (call) => (0,colours/* observePair */.Rt)(ctx, ports, call));
    checkGalleryImage(pair.active.info);
    const image = ex.planning
        ? await (0,planned_image/* imageForPlan */.S)(ctx, ports.scaleSets, pair.active.info, artifact, ex.call())
        : { ...(await (0,gallery_image/* resolveImage */.AT)(ports.scaleSets, ctx.settings, pair.active.info, artifact, ex.call())), planned: false };
    const from = pair.active;
    const previous = versionOf(from.info);
    const links = await urls(ctx, ports, pair);
    const base = { imageId: image.id, imageVersion: image.version };
    const would = ex.planning ? 'would get' : 'gets';
    const paused = (0,pause/* pausedCanary */.jW)(record);
    if (paused)
        return stayPaused(r, pair, paused, image.version, { ...base, previewUrl: links.preview });
    if ((0,gallery_image/* sameId */.s)(from.info.imageId, image.id)) {
        if (isFailed(pair))
            await repairFailed(r, pair);
        const stale = (await ex.read(`listing the instances of ${from.ref.name}`, (call) => ports.scaleSets.listInstances(from.ref, call))).filter((i) => !(0,gallery_image/* onImage */.Vu)(i, image.id));
        if (stale.length === 0) {
            if (record.current !== image.version || record.target) {
                // An earlier run that switched and then stopped left the record half-written: finish it,
                // including the retired colour's scale-down time.
                const retired = record.target === image.version ? pair.idle : undefined;
                const prev = record.current !== image.version ? record.current : record.previous;
                await recordLivePair(r, pair, record, { current: image.version, previous: prev, colour: from.colour }, retired, (0,plan_record/* catchUpWrite */.wZ)(lbResource(pair), record, image.version, prev));
            }
            ex.note({
                kind: 'fact',
                label: 'blue-green',
                value: `${from.colour} (${from.ref.name}) already serves ${image.version}: nothing ${ex.planning ? 'to switch' : 'to do'}`,
            });
            const unchanged = ex.planning ? ex.plannedWrites.length === 0 : undefined;
            return {
                outputs: {
                    ...base,
                    activeSlot: from.colour,
                    previousSlot: from.colour,
                    previewUrl: links.preview,
                    previousImageVersion: record.current === image.version ? record.previous : record.current,
                    upgradedInstances: 0,
                    ...(unchanged === undefined ? {} : { deployUnchanged: unchanged }),
                },
                items: ex.items,
                message: ex.planning
                    ? `plan: the ${from.colour} colour already serves ${image.version} (${(0,action/* countWrites */.GG)(ex.plannedWrites.length)})`
                    : `the ${from.colour} colour (${from.ref.name}) already serves ${image.version}: no change`,
            };
        }
    }
    const to = pair.idle;
    ex.note({
        kind: 'fact',
        label: 'blue-green',
        value: `${from.colour} (${from.ref.name}, ${previous ?? from.info.imageDescription}) is live on load balancer ${pair.lb.name}; ${to.colour} (${to.ref.name}) ${would} ${image.version}`,
    });
    if (pair.adopting && !ex.planning)
        ex.note({
            kind: 'fact',
            label: 'adoption',
            value: `scale set ${from.ref.name} is adopted as the ${from.colour} colour; ${to.ref.name} is created next to it`,
        });
    const rollback = {
        strategy: 'blue-green',
        to: { slot: from.colour, imageId: from.info.imageId, imageVersion: previous },
        description: `load balancer ${pair.lb.name}: live rule(s) back to ${from.colour} (${from.ref.name}, ${previous ?? 'previous image'}) from ${to.colour} (${image.version})`,
        record: { previous: record.current === previous ? record.previous : record.current, failed: image.version },
    };
    // A failed release: the old colour served production before and serves it still.
    const outputs = { ...base, activeSlot: from.colour, previousSlot: from.colour, previousImageVersion: previous };
    // A canary's Front Door origin group is read and checked before the first write.
    const canary = ctx.settings.deploy.canary;
    const door = canary ? await readCanaryDoor(r, pair, canary) : undefined;
    const progress = { weight: 0, step: '' };
    await markIntent(r, pair, image.version);
    let end = 'completed';
    try {
        if (canary && door)
            end = await releaseByCanary(r, pair, to, image, canary, door, progress, (0,planned_image/* plannedNote */.x)(image));
        else
            await release(r, pair, to, image, (0,planned_image/* plannedNote */.x)(image));
        if (end === 'paused') {
            const at = { version: image.version, index: progress.pausedAt, weight: progress.weight };
            const message = pausedMessage(pair, at, canary);
            const now = { ...outputs, previewUrl: links.preview, ...(0,canary_outputs/* canaryOutputs */.J)(progress) };
            if (ex.planning)
                return {
                    outputs: now,
                    items: ex.items,
                    message: `plan: ${image.version} would go to the ${to.colour} colour (${to.ref.name}) as far as the canary's open pause (${(0,action/* countWrites */.GG)(ex.plannedWrites.length)}, none made)`,
                };
            return { outputs: now, items: ex.items, message, rollback };
        }
        // Part of the release: a record that cannot say what is live fails it (and rolls it back).
        await recordLivePair(r, pair, record, { current: image.version, previous, colour: to.colour }, from);
    }
    catch (err) {
        const failed = canary
            ? { ...outputs, ...(await canaryFailed(r, pair, record, image.version, progress, err)) }
            : outputs;
        if (ctx.signal.aborted || !(err instanceof errors/* EngineError */.NJ) || err.kind === 'cancelled')
            throw err;
        // Before the switch write, live traffic never moved: the plan then only confirms the old colour is live.
        throw new rollout_error/* RolloutError */.a(err.message, { plan: rollback, items: ex.items, outputs: failed, liveUntouched: !ex.productionTouched, journal: ex.journal }, err.kind === 'input' ? 'terminal' : err.kind);
    }
    const scaleDownAt = (0,deploy_record/* iso */.KH)(ctx, ctx.settings.deploy.scaleDownDelayMs);
    const upgraded = Math.max(1, from.info.capacity);
    const canaryEnd = canary ? (0,canary_outputs/* canaryOutputs */.J)(progress) : {};
    if (ex.planning) {
        return {
            outputs: {
                ...base,
                activeSlot: to.colour,
                previousSlot: from.colour,
                previewUrl: links.preview,
                previousImageVersion: previous,
                upgradedInstances: upgraded,
                ...canaryEnd,
            },
            items: ex.items,
            message: `plan: ${image.version} would go live on the ${to.colour} colour (${to.ref.name}) (${(0,action/* countWrites */.GG)(ex.plannedWrites.length)}, none made)`,
        };
    }
    ex.note({
        kind: 'fact',
        label: `${from.colour} colour`,
        value: `${from.ref.name} keeps running ${previous ?? 'the previous image'} for instant rollback until ${scaleDownAt} (scale-down-delay)`,
    });
    const after = await urls(ctx, ports, await ex.read(`reading load balancer ${pair.lb.name}`, (call) => (0,colours/* observePair */.Rt)(ctx, ports, call)));
    return {
        outputs: {
            ...base,
            activeSlot: to.colour,
            previousSlot: from.colour,
            previewUrl: after.preview,
            previousImageVersion: previous,
            upgradedInstances: upgraded,
            ...canaryEnd,
        },
        items: ex.items,
        message: `${image.version} is live on the ${to.colour} colour (${to.ref.name}); ${from.colour} (${previous ?? 'previous image'}) stays up until ${scaleDownAt}`,
        rollback,
    };
}
/**
 * A deploy while a canary is paused moves no traffic: the same release stays paused (no write; the
 * outputs say so), another release is refused until the paused one is promoted or aborted.
 */
function stayPaused(r, pair, paused, version, base) {
    const { ctx, ex } = r;
    const steps = ctx.settings.deploy.canary;
    const message = pausedMessage(pair, paused, steps);
    if (paused.version !== version)
        throw new errors/* EngineError */.NJ('input', `${message.replace(/^canary/, 'the canary')}, before deploying ${version}`);
    ex.note({ kind: 'fact', label: 'blue-green', value: `${message} (this deploy changed nothing)` });
    const step = steps && paused.index < steps.length ? (0,walk/* stepName */.u)(steps, paused.index) : `${paused.index + 1}: pause`;
    const canary = { canaryWeight: paused.weight, canaryStep: step, canaryResult: 'paused' };
    const outputs = { ...base, activeSlot: pair.active.colour, previousSlot: pair.active.colour, ...canary };
    return {
        outputs: { ...outputs, ...(ex.planning ? { deployUnchanged: true } : {}) },
        items: ex.items,
        message: `${ex.planning ? 'plan: ' : ''}${message} (this deploy changed nothing)`,
    };
}
/** A rollback, executed or planned: back to the colour and image the plan names. */
async function rollbackOn(r, plan) {
    const { ctx, ports, ex } = r;
    const pair = await ex.read(`reading load balancer ${ctx.settings.deploy.loadBalancer ?? ''}`, (call) => (0,colours/* observePair */.Rt)(ctx, ports, call));
    const canary = ctx.settings.deploy.canary;
    if (canary && ctx.settings.deploy.frontDoorOriginGroup)
        await closePreviewOrigin(r, pair, canary);
    const { toColour, image } = rollbackTarget(plan);
    const record = (0,deploy_record/* recordFromTags */.j1)(pair.lb.tags);
    const fromVersion = versionOf(pair.active.info);
    const lb = lbResource(pair);
    if (pair.active.colour === toColour && (0,gallery_image/* sameId */.s)(pair.active.info.imageId, image.id)) {
        if (isFailed(pair))
            await repairFailed(r, pair);
        if (record.target) {
            const state = record.current === image.version ? 'live' : 'rolled-back';
            const after = state === 'rolled-back' ? (0,deploy_record/* afterRollback */.zZ)(plan, image.version, record.target) : { previous: record.previous };
            await recordLivePair(r, pair, record, {
                current: image.version,
                previous: after.previous,
                colour: toColour,
                state,
                failed: 'failed' in after ? after.failed : undefined,
            }, undefined, (0,plan_record/* catchUpWrite */.wZ)(lb, record, image.version, after.previous));
        }
        ex.note({
            kind: 'fact',
            label: 'blue-green',
            value: `${toColour} (${pair.active.ref.name}) serves ${image.version}: live traffic is there, nothing to switch`,
        });
        return {
            outputs: {
                activeSlot: toColour,
                previousSlot: toColour,
                imageVersion: image.version,
                imageId: image.id,
                ...(ex.planning ? { rolledBack: false } : {}),
            },
            items: ex.items,
            message: ex.planning
                ? `plan: ${image.version} is live on the ${toColour} colour; nothing to switch (${(0,action/* countWrites */.GG)(ex.plannedWrites.length)})`
                : `${image.version} is live on the ${toColour} colour (${pair.active.ref.name}); live traffic is there, nothing to switch`,
        };
    }
    if (pair.active.colour === toColour) {
        throw new errors/* EngineError */.NJ('terminal', `the rollback plan returns to the ${toColour} colour, which is live already but runs ${fromVersion ?? pair.active.info.imageDescription}, not ${image.version}; roll back with 'to-version' instead`);
    }
    ex.note({ kind: 'fact', label: 'rollback', value: plan.description });
    await markIntent(r, pair, image.version, 'rolling-back');
    const target = pair.idle;
    if (target.info && (0,gallery_image/* sameId */.s)(target.info.imageId, image.id) && target.info.capacity > 0) {
        // The usual case: the old colour is still up (scale-down-delay) — check it, then one write.
        const health = await waitHealthy(r, target, image, target.info.capacity);
        if (!health.ok)
            throw new errors/* EngineError */.NJ('terminal', `cannot roll back to the ${target.colour} colour (${target.ref.name}): ${health.detail}; ${pair.active.colour} stays live`);
        const value = `live rule(s) → ${target.poolName} (${target.colour}, ${image.version}): one load balancer write`;
        await switchTo(r, pair, target, pair.active, 'one write back to the colour still up (scale-down-delay), once it is healthy', value);
        await confirmSwitch(r, pair, target, image.version, fromVersion);
    }
    else {
        ex.note({
            kind: 'fact',
            label: `${target.colour} colour`,
            value: `${target.ref.name} does not run ${image.version} (any more): ${ex.planning ? 'it would be brought up first' : 'bringing it up first'}`,
        });
        await release(r, pair, target, image);
    }
    const after = (0,deploy_record/* afterRollback */.zZ)(plan, image.version, fromVersion);
    await recordLivePair(r, pair, record, {
        current: image.version,
        previous: after.previous,
        colour: target.colour,
        state: 'rolled-back',
        failed: after.failed,
    }, pair.active);
    return {
        outputs: {
            rolledBack: true,
            activeSlot: target.colour,
            previousSlot: pair.active.colour,
            imageVersion: image.version,
            imageId: image.id,
            previousImageVersion: fromVersion,
        },
        items: ex.items,
        message: ex.planning
            ? `plan: ${plan.description} (${(0,action/* countWrites */.GG)(ex.plannedWrites.length)}, none made)`
            : `${image.version} is live again on the ${target.colour} colour (${target.ref.name}); ${pair.active.colour} (${fromVersion ?? 'newer image'}) is idle`,
    };
}
const blueGreenStrategy = {
    name: 'blue-green',
    async inspect(ctx) {
        const ports = await ctx.azure();
        const pair = await (0,colours/* observePair */.Rt)(ctx, ports, { signal: ctx.signal });
        checkGalleryImage(pair.active.info);
        const record = (0,deploy_record/* recordFromTags */.j1)(pair.lb.tags);
        return {
            ...record,
            current: record.current ?? versionOf(pair.active.info),
            activeSlot: pair.active.colour,
        };
    },
    async deploy(ctx, artifact, record) {
        const r = await runFor(ctx);
        return { ...(await deployOn(r, artifact, record)), journal: r.ex.journal };
    },
    async planDeploy(ctx, artifact, record) {
        const r = await runFor(ctx, true);
        return plan(r.ex, await deployOn(r, artifact, record));
    },
    async rollback(ctx, rollback) {
        const r = await runFor(ctx);
        return { ...(await rollbackOn(r, rollback)), journal: r.ex.journal };
    },
    async planRollbackWrites(ctx, rollback) {
        const r = await runFor(ctx, true);
        return plan(r.ex, await rollbackOn(r, rollback));
    },
    canary: blueGreenCanary,
    async describeLive(ctx) {
        const ports = await ctx.azure();
        const pair = await (0,colours/* observePair */.Rt)(ctx, ports, { signal: ctx.signal, timeoutMs: 60_000 });
        const state = isFailed(pair) ? ' (its last write ended Failed)' : '';
        return `load balancer ${pair.lb.name}${state} sends live traffic to ${pair.active.colour} (${pair.active.ref.name}, ${versionOf(pair.active.info) ?? pair.active.info.imageDescription})`;
    },
    async endpoints(ctx) {
        const ports = await ctx.azure();
        const pair = await (0,colours/* observePair */.Rt)(ctx, ports, { signal: ctx.signal });
        const { live, preview } = await urls(ctx, ports, pair);
        const out = [];
        if (live)
            out.push({ role: 'live', url: live });
        if (preview)
            out.push({ role: 'preview', url: preview });
        return out;
    },
    async checkTarget(ctx) {
        const ports = await ctx.azure();
        const pair = await (0,colours/* observePair */.Rt)(ctx, ports, { signal: ctx.signal });
        const checks = [];
        if (ctx.settings.verify.instanceHealth) {
            const check = await (0,instance_health/* instanceHealthCheck */.s9)(ctx, ports.scaleSets, pair.active.ref, ctx.settings.verify.gate, pair.active.info.imageId);
            checks.push({ ...check, name: `instance health (${pair.active.colour}, ${pair.active.ref.name})` });
        }
        const remote = await (0,remote_access/* remoteAccessCheck */.l)(ports.networkSecurity, pair.active.info, ctx.settings.verify.remoteAccess, {
            signal: ctx.signal,
        });
        if (remote)
            checks.push(remote);
        return checks;
    },
    async planRollback(ctx, record, toVersion) {
        const ports = await ctx.azure();
        const pair = await (0,colours/* observePair */.Rt)(ctx, ports, { signal: ctx.signal });
        checkGalleryImage(pair.active.info);
        const idleVersion = versionOf(pair.idle.info);
        const live = versionOf(pair.active.info);
        const byDefault = (0,deploy_record/* defaultRollback */.iZ)(record).version;
        const version = toVersion ??
            byDefault ??
            (pair.idle.info && pair.idle.info.capacity > 0 && idleVersion !== record.failed ? idleVersion : undefined);
        const from = live ?? 'the live image';
        if (!version) {
            throw new errors/* EngineError */.NJ('input', `input 'to-version': is required: load balancer '${pair.lb.name}' has no previous version recorded (tag ${deploy_record/* RECORD_TAGS */.CO.previous}) and the ${pair.idle.colour} colour holds nothing to return to; expected the image version to return to, e.g. '1.4.2'`);
        }
        if (version === live) {
            return {
                strategy: 'blue-green',
                to: { slot: pair.active.colour, imageId: pair.active.info.imageId, imageVersion: version },
                description: `${version} is already live on ${pair.active.colour}`,
            };
        }
        const what = toVersion ? "'to-version'" : "'to-version' (default: the recorded previous version)";
        const image = pair.idle.info && versionOf(pair.idle.info) === version
            ? { id: pair.idle.info.imageId, version }
            : await (0,gallery_image/* checkImageUsable */.uk)(ports.scaleSets, pair.active.info, (0,gallery_image/* siblingVersionId */.eH)(pair.active.info.imageId, version), what, { signal: ctx.signal });
        return {
            strategy: 'blue-green',
            to: { slot: pair.idle.colour, imageId: image.id, imageVersion: image.version },
            description: `load balancer ${pair.lb.name}: live rule(s) to ${pair.idle.colour} (${pair.idle.ref.name}, ${image.version}) from ${pair.active.colour} (${from})`,
            record: (0,deploy_record/* rollbackRecord */.Ci)(record, image.version, live),
        };
    },
};


/***/ }),

/***/ 6537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ endpointUrl)
/* harmony export */ });
/* harmony import */ var _http_gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5175);

function endpointUrl(ctx, role, derivedBase) {
    const given = role === 'live' ? ctx.settings.verify.liveUrl : ctx.settings.verify.previewUrl;
    if (given)
        return given;
    return derivedBase ? (0,_http_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .joinUrl */ .w)(derivedBase, ctx.settings.deploy.warmupPath) : undefined;
}


/***/ }),

/***/ 5175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ httpGate),
/* harmony export */   w: () => (/* binding */ joinUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _verify_http_probe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8954);
/**
 * The HTTP gates the blue-green and slot-swap strategies pass before and after switching traffic:
 * "the preview / slot answers its warm-up path", "production answers after the switch". Built on
 * the verify stage's probe loop (injected clock, sleep and HTTP; honours the run's signal) with the
 * probe-* thresholds (`verify.gate`), and bounded by the deploy's own deadline (deploy-timeout).
 */


/** Joins a base URL (scheme://host[:port][/prefix]) and a path. */
function joinUrl(base, path) {
    return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
/**
 * Waits until `url` passes the probe-* gate (expected status, body match, successes in a row).
 * `warmup`: a warm-up waits for the app to come up, so only the deadline stops it (no failure
 * limit, no probe-timeout); otherwise the gate's own timeout and failure limit apply too.
 * Returns the probe result (passed or not); throws only on cancellation.
 */
async function httpGate(ctx, name, url, deadline, options = {}) {
    if (ctx.signal.aborted)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc();
    const gate = ctx.settings.verify.gate;
    const timeoutMs = Math.max(1, options.warmup ? deadline.left() : Math.min(gate.timeoutMs, deadline.left()));
    try {
        return await (0,_verify_http_probe_js__WEBPACK_IMPORTED_MODULE_1__/* .runProbe */ .mW)({ ...gate, ...(options.warmup ? { failureLimit: undefined } : {}), name, url, timeoutMs }, { http: ctx.deps.http, clock: ctx.deps.clock, sleep: ctx.deps.sleep, log: ctx.deps.host, signal: ctx.signal });
    }
    catch (err) {
        if (ctx.signal.aborted)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc(`the run was cancelled while waiting for ${name}`);
        throw err;
    }
}


/***/ })

};
