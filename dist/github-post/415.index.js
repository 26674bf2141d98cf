export const id = 415;
export const ids = [415];
export const modules = {

/***/ 86003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GG: () => (/* binding */ SCALE_DOWN_AFTER_TAG),
/* harmony export */   QS: () => (/* binding */ COLOUR_TAG),
/* harmony export */   Rt: () => (/* binding */ observePair)
/* harmony export */ });
/* unused harmony exports COLOURS, other, pairInputs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

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

/***/ 68415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   idleColour: () => (/* binding */ idleColour)
/* harmony export */ });
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(570);
/* harmony import */ var _colours_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86003);


async function idleColour(ctx, ports) {
    const d = ctx.settings.deploy;
    if (!d.scaleSet || !d.loadBalancer)
        return undefined;
    const pair = await (0,_colours_js__WEBPACK_IMPORTED_MODULE_1__/* .observePair */ .Rt)(ctx, ports, { signal: ctx.signal });
    const info = pair.idle.info;
    // A canary paused on the idle colour: Front Door still sends it a share, whatever an older
    // scale-down time tagged on it says (promote or abort decides; abort leaves it to a later clean-up).
    if (!info || (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .recordFromTags */ .j1)(pair.lb.tags).state === 'paused')
        return undefined;
    const scaleDownAfter = Object.entries(info.tags).find(([k]) => k.toLowerCase() === _colours_js__WEBPACK_IMPORTED_MODULE_1__/* .SCALE_DOWN_AFTER_TAG */ .GG)?.[1];
    return { colour: pair.idle.colour, ref: pair.idle.ref, info, ...(scaleDownAfter ? { scaleDownAfter } : {}) };
}


/***/ })

};
