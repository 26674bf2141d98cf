export const id = 794;
export const ids = [794];
export const modules = {

/***/ 7794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/core/settings/parse.ts + 7 modules
var parse = __webpack_require__(1878);
// EXTERNAL MODULE: ./src/core/settings/errors.ts
var errors = __webpack_require__(3794);
// EXTERNAL MODULE: ./src/core/settings/table.ts
var table = __webpack_require__(3937);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
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
    return names.filter((n) => parseVersion(n)).sort(compareVersions).at(-1);
}
/** Resolves the image-version input into a concrete, valid Major.Minor.Patch. Throws 'input' errors. */
function chooseVersion(ctx) {
    const { scheme } = ctx;
    switch (scheme.kind) {
        case 'explicit':
            return { version: valid(scheme.version, 'the explicit image-version'), reason: `image-version ${scheme.version} was given explicitly`, named: true };
        case 'auto': {
            const highest = highestVersion(ctx.existing);
            if (!highest)
                return { version: '1.0.0', reason: 'image-version auto: the image definition has no version yet, so 1.0.0', named: false };
            const [major, minor, patch] = parseVersion(highest);
            if (patch >= INT32_MAX) {
                throw new core_errors/* EngineError */.NJ('input', `input 'image-version': auto cannot go above ${highest} (the patch number is at the 32-bit limit); give the next version explicitly, e.g. ${major}.${minor + 1}.0`);
            }
            return { version: `${major}.${minor}.${patch + 1}`, reason: `image-version auto: next patch above the highest existing version ${highest}`, named: false };
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
        return { version: valid(`${prefix}.${runNumber}`, "image-version 'date'"), reason: `image-version date: ${iso.slice(0, 10)} and run number ${runNumber}`, named: true };
    }
    // No run number (a laptop run): the next free patch of today.
    const today = ctx.existing.filter((v) => v.startsWith(`${prefix}.`) && parseVersion(v));
    const next = today.length === 0 ? 0 : parseVersion(highestVersion(today))[2] + 1;
    return { version: valid(`${prefix}.${next}`, "image-version 'date'"), reason: `image-version date: ${iso.slice(0, 10)}; no run number, so the next free patch of the day`, named: false };
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
        const eligible = versions.filter((v) => !v.excludeFromLatest && (v.provisioningState ?? 'Succeeded') === 'Succeeded').map((v) => v.name);
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
var external_node_crypto_ = __webpack_require__(7598);
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
/** '90m', '2h', '45s' for log lines. */
function poll_formatDuration(ms) {
    if (ms % 3_600_000 === 0 && ms >= 3_600_000)
        return `${ms / 3_600_000}h`;
    if (ms % 60_000 === 0 && ms >= 60_000)
        return `${ms / 60_000}m`;
    if (ms >= 1000)
        return `${Math.round(ms / 1000)}s`;
    return `${ms}ms`;
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
                    log.info(`Image Builder ${ref.name}: ${phase} (after ${poll_formatDuration(b.clock.now() - started)})`);
                lastPhase = phase;
                return { done: FINISHED.has((s.runState ?? '').toLowerCase()), value: s, pollAfterMs: s.pollAfterMs };
            },
            timedOut: (last) => new core_errors/* EngineError */.NJ('transient', `the Image Builder build of ${ref.name} did not finish within ${poll_formatDuration(b.timeoutMs)} (input 'bake-timeout'; last state ${last?.runState ?? 'unknown'}${last?.runSubState ? `/${last.runSubState}` : ''}); it was asked to cancel`),
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
    const missing = [!galleryName && "'gallery-name'", !imageDefinition && "'image-definition'", !galleryResourceGroup && "'gallery-resource-group' (or 'resource-group')"].filter(Boolean);
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
    const resolved = await resolveBaseImage(base.source, ports, gallery?.target.gallery.location, base.input, { signal: ctx.signal });
    if (resolved !== base.source.text)
        ctx.deps.host.info(`base image ${base.source.text} resolves to ${resolved}`);
    return resolved;
}
/** The bake key of these inputs (Packer describes its own); logged, and the summary lines for it. */
async function bakeKeyFor(ctx, aib, resolved) {
    const bake = ctx.settings.bake;
    const key = aib ? computeBakeKey(imageBuilderKeyInput(bake.imageBuilder, resolved)) : computeBakeKey(await ctx.deps.packer.describeInputs({ ...bake.packer, resolvedBaseImage: resolved }));
    const items = [{ kind: 'fact', label: 'base image', value: resolved }, { kind: 'fact', label: 'bake key', value: key.key }];
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
        return { hit: cached, note: '', item: { kind: 'check', label: 'bake cache', value: `hit: version ${cached.name} has this bake key`, ok: true } };
    }
    const why = cached ? `force-bake is set (version ${cached.name} has this key)` : missReason(gallery.versions, key.key, resolved);
    log.info(`cache miss: ${why}`);
    return { note: cached ? why : `cache miss: ${why}`, item: { kind: 'check', label: 'bake cache', value: `miss: ${why}`, ok: true } };
}
/** The version Image Builder distributes to (or a publish in this run uses); it must be free. */
function chooseVersionFor(ctx, gallery) {
    const { settings, deps } = ctx;
    const chosen = chooseVersion({ scheme: settings.publish.version, existing: gallery.versions.map((v) => v.name), run: deps.run, nowMs: deps.clock.now() });
    const taken = gallery.versions.find((v) => v.name === chosen.version);
    if (taken) {
        throw new core_errors/* EngineError */.NJ('input', `image-version ${chosen.version} already exists in ${describeRef(gallery.ref)} and was not baked from these inputs (its bake key: ${taken.tags[TAGS.bakeKey] ?? 'none'}); choose another version, or 'auto'`);
    }
    deps.host.info(`version ${chosen.version}: ${chosen.reason}`);
    return { chosen, item: { kind: 'fact', label: 'version', value: `${chosen.version} (${chosen.reason})` } };
}

;// CONCATENATED MODULE: ./src/core/plan/action.ts
/**
 * One line per write: `<operation> <resource>: <before> → <after>; <why>`.
 * e.g. `update scale set web: image 1.0.0 → 2.0.0; 5 instance(s) in 3 batch(es), manual rollout`.
 */
function action_formatWrite(w) {
    const change = w.before !== undefined && w.after !== undefined ? `${w.before} → ${w.after}` : (w.after ?? (w.before !== undefined ? `${w.before} → (gone)` : undefined));
    return `${w.operation} ${w.resource}: ${change ? `${change}; ` : ''}${w.why}`;
}
/** The summary item of a planned write (kind 'action', label 'planned', the structured write kept). */
function planItem(w) {
    return { kind: 'action', label: 'planned', value: action_formatWrite(w), write: w };
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
            log.info(`plan: ${action_formatWrite(w)}`);
        return this.list.map(planItem);
    }
}
/** 'n write(s)' for messages. */
const action_countWrites = (n) => (n === 0 ? 'no write' : `${n} write${n === 1 ? '' : 's'}`);

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
        return { status: 'skipped', message: "builder 'none': nothing to bake; publish takes 'managed-image-id'", items: [{ kind: 'fact', label: 'builder', value: 'none' }] };
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
    return { status: 'succeeded', outputs, items, message: `cache hit: reused version ${cached.name} (bake key ${cache_short(key.key)})` };
}
async function bakeWithPacker(ctx, d) {
    const { settings, deps, signal } = ctx;
    const { items } = d;
    const outcome = await deps.packer.bake({ ...settings.bake.packer, timeoutMs: settings.bake.timeoutMs, signal, logger: deps.host });
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
    return { status: 'succeeded', outputs, items, message: `baked ${what} with Packer${outcome.packerVersion ? ` ${outcome.packerVersion}` : ''}` };
}
async function bakeImageBuilder(ctx, d) {
    const { settings, deps, signal } = ctx;
    const ports = d.ports;
    const gallery = d.gallery;
    const chosen = d.chosen;
    const aib = settings.bake.imageBuilder;
    const definition = await ensureDefinition(ports.gallery, gallery.ref, gallery.target, settings.publish, deps.host, { signal });
    const ref = { resourceGroup: settings.resourceGroup ?? gallery.ref.resourceGroup, name: templateName(gallery.ref.definition, chosen.version) };
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
    d.items.push({ kind: 'action', label: 'Image Builder', value: `template ${ref.name} distributed ${chosen.version}${aib.keepTemplate ? ' (template kept)' : ' (template deleted)'}` });
    const outputs = {
        baked: true,
        bakeKey: d.key.key,
        bakeBaseImage: d.resolved,
        imageVersion: chosen.version,
        imageId,
        galleryImageVersionId: imageId,
    };
    return { status: 'succeeded', outputs, items: d.items, message: `baked version ${chosen.version} with Image Builder` };
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
    const plan = new Plan();
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
    plan.add({ resource: template, operation: 'run', after: versionResource(g.ref, chosen.version), why: `builds the image and distributes it (${chosen.reason})` });
    if (!aib.keepTemplate)
        plan.add({ resource: template, operation: 'delete', why: "a template is removed after its build ('keep-image-template' keeps it)" });
    const outputs = {
        baked: true,
        bakeKey: d.key.key,
        bakeBaseImage: d.resolved,
        imageVersion: chosen.version,
        imageId: versionId,
        galleryImageVersionId: versionId,
        plannedImageId: versionId,
    };
    return { status: 'succeeded', outputs, items: [...d.items, ...plan.items(deps.host)], message: `plan: would bake version ${chosen.version} with Image Builder (${action_countWrites(plan.size)}, none made)` };
}
function planPackerBake(ctx, d) {
    const template = ctx.settings.bake.packer.template;
    const plan = new Plan();
    plan.add({
        resource: `Packer template ${template}`,
        operation: 'run',
        after: `a new image from base ${d.resolved}${d.chosen ? ` (published as version ${d.chosen.version})` : ''}`,
        why: `${d.cacheNote} (bake key ${cache_short(d.key.key)}); Packer's own Azure writes follow the template`,
    });
    const outputs = { baked: true, bakeKey: d.key.key, bakeBaseImage: d.resolved, plannedImage: `the image Packer builds from ${template}` };
    return { status: 'succeeded', outputs, items: [...d.items, ...plan.items(ctx.deps.host)], message: `plan: would bake with Packer (${d.cacheNote}; ${action_countWrites(plan.size)}, none made)` };
}

;// CONCATENATED MODULE: ./src/core/cleanup/actions.ts
/** `delete gallery version gal/web 1.3.0: not in use, 96 days old` */
const describeAction = (a) => `${a.write.operation} ${a.write.resource}: ${a.write.why}`;

;// CONCATENATED MODULE: ./src/core/cleanup/apply.ts

const CLEANUP_CONCURRENCY = 4;
async function applyActions(ports, actions, signal, concurrency = CLEANUP_CONCURRENCY) {
    const results = new Array(actions.length);
    let next = 0;
    const worker = async () => {
        while (next < actions.length) {
            const i = next++;
            const action = actions[i];
            if (signal.aborted)
                throw new core_errors/* CancelledError */.cc('the run was cancelled during clean-up');
            try {
                await applyOne(ports, action, signal);
                results[i] = { action };
            }
            catch (err) {
                if (signal.aborted)
                    throw new core_errors/* CancelledError */.cc('the run was cancelled during clean-up');
                results[i] = { action, error: err instanceof Error ? err.message : String(err) };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, actions.length)) }, worker));
    return results;
}
async function applyOne(ports, a, signal) {
    switch (a.kind) {
        case 'delete-version':
            return ports.gallery.deleteVersion(a.version, { signal });
        case 'retire-version':
            return ports.gallery.retireVersion(a.version, a.change, { signal });
        case 'delete-managed-image':
            return ports.managedImages.delete(a.id, { signal });
        case 'delete-image-template':
            return ports.imageBuilder.deleteTemplate(a.template, { signal });
        case 'scale-in-colour':
            await ports.scaleSets.setCapacity(a.scaleSet, 0, a.etag, { signal });
            return;
    }
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
            actions.push({ kind: 'delete-managed-image', id: image.id, write: { resource, operation: 'delete', why: 'intermediate image a bake left behind (tag immutable-deploy.bake-key); no scale set or version in flight uses it' } });
    }
    for (const t of input.templates) {
        const resource = `Image Builder template ${t.name}`;
        const state = (t.runState ?? '').toLowerCase();
        const ended = ENDED.has(state) || (!t.runState && (t.provisioningState ?? '').toLowerCase() === 'failed');
        if (input.keepTemplate)
            skipped.push({ resource, reason: "'keep-image-template' is true" });
        else if (!ended)
            skipped.push({ resource, reason: t.runState ? `its build is ${t.runState}` : 'it has not run yet (a bake in progress)' });
        else
            actions.push({ kind: 'delete-image-template', template: { resourceGroup: t.resourceGroup, name: t.name }, write: { resource, operation: 'delete', why: `template a bake left behind (tag immutable-deploy.bake-key), last run ${t.runState ?? t.provisioningState}` } });
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
            write: { resource, operation: 'scale', before: `${idle.info.capacity} instance(s)`, after: '0 instance(s)', why: `its scale-down delay ended at ${idle.scaleDownAfter}` },
        },
    };
}

;// CONCATENATED MODULE: ./src/core/deploy/blue-green/colours.ts

const COLOURS = ['blue', 'green'];
const other = (c) => (c === 'blue' ? 'green' : 'blue');
/** Tag naming a scale set's colour (set on colours the engine creates; set it to adopt `<name>` as green). */
const COLOUR_TAG = 'immutable-deploy.colour';
/** Tags on a retired colour: when the scale-down delay ends (clean-up, issue #6, scales it in then). */
const SCALE_DOWN_AFTER_TAG = 'immutable-deploy.scale-down-after';
function pairInputs(ctx) {
    const d = ctx.settings.deploy;
    const resourceGroup = d.resourceGroup ?? ctx.settings.resourceGroup;
    if (!resourceGroup)
        throw new core_errors/* EngineError */.NJ('input', "input 'resource-group': is required for the blue-green strategy; expected the resource group of the scale sets and the load balancer");
    if (!d.scaleSet)
        throw new core_errors/* EngineError */.NJ('input', "input 'scale-set': is required for the blue-green strategy; expected the base name of the pair ('<name>-blue', '<name>-green')");
    if (!d.loadBalancer)
        throw new core_errors/* EngineError */.NJ('input', "input 'load-balancer': is required for the blue-green strategy; expected the load balancer in front of both colours");
    return { resourceGroup, base: d.scaleSet, lbName: d.loadBalancer };
}
const lower = (s) => (s ?? '').toLowerCase();
const describeRules = (lb) => lb.rules.map((r) => `${r.name} (port ${r.frontendPort} → ${lb.pools.find((p) => lower(p.id) === lower(r.poolId))?.name ?? 'no pool'})`).join(', ') || 'none';
/** Reads the load balancer and the colours and works out which is live. Read-only. */
async function observePair(ctx, ports, options) {
    const pair = pairInputs(ctx);
    const lb = await readLoadBalancer(ports, pair, options);
    const { found, adopted } = await findColours(ports, lb, pair, options);
    const pools = poolsOf(lb, found, pair);
    const { previewRule, liveRules, activeColour } = trafficOf(lb, pools, ctx.settings.deploy.previewPort, pair);
    const activeInfo = found[activeColour];
    if (!activeInfo) {
        throw new core_errors/* EngineError */.NJ('input', `input 'scale-set': the live rules of load balancer '${pair.lbName}' send traffic to pool '${pools[activeColour].name}' (${activeColour}), but no scale set '${pair.base}-${activeColour}' exists; expected the live colour's scale set`);
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
        throw new core_errors/* EngineError */.NJ('input', `input 'load-balancer': load balancer '${lbName}' was not found in resource group '${resourceGroup}'; expected the load balancer in front of both colours`);
    if (lb.pools.length < 2) {
        throw new core_errors/* EngineError */.NJ('input', `input 'load-balancer': load balancer '${lbName}' has ${lb.pools.length} backend pool(s) (${lb.pools.map((p) => p.name).join(', ') || 'none'}); expected two, one per colour (e.g. '${base}-blue' and '${base}-green')`);
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
        throw new core_errors/* EngineError */.NJ('input', `input 'scale-set': no scale set '${base}-blue', '${base}-green' or '${base}' in resource group '${resourceGroup}'; expected the blue-green pair, or one scale set to adopt as its first colour`);
    }
    return { found, adopted };
}
/** The colour the plain scale set takes: its tag, else the missing colour whose pool it joins, else a missing one. */
function adoptedColour(lb, plain, found, base) {
    const tagged = lower(Object.entries(plain.tags).find(([k]) => lower(k) === COLOUR_TAG)?.[1]);
    const colour = tagged === 'blue' || tagged === 'green' ? tagged : COLOURS.find((c) => !found[c] && poolOf(lb, plain, c, base) !== undefined) ?? COLOURS.find((c) => !found[c]);
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
            throw new core_errors/* EngineError */.NJ('input', `input 'load-balancer': scale set '${info.name}' (${c}) is in none of the backend pools of load balancer '${lbName}' (${lb.pools.map((p) => p.name).join(', ')}); expected each colour in its own pool of that load balancer`);
        }
        pools[c] = { id: pool.id, name: pool.name };
    }
    if (pools.blue && pools.green && lower(pools.blue.id) === lower(pools.green.id)) {
        throw new core_errors/* EngineError */.NJ('input', `input 'load-balancer': both colours are in backend pool '${pools.blue.name}' of load balancer '${lbName}'; expected one pool per colour`);
    }
    return pools;
}
/** The pool for a colour that does not exist yet: the one named for it, or the one pool left. */
function poolForMissing(lb, c, taken, { base, lbName }) {
    const named = lb.pools.find((p) => [`${base}-${c}`, c].includes(lower(p.name)) && lower(p.id) !== taken);
    const left = lb.pools.filter((p) => lower(p.id) !== taken);
    const pool = named ?? (left.length === 1 ? left[0] : undefined);
    if (!pool) {
        throw new core_errors/* EngineError */.NJ('input', `input 'load-balancer': load balancer '${lbName}' has no backend pool for the ${c} colour; expected a pool named '${base}-${c}' or '${c}' (pools: ${lb.pools.map((p) => p.name).join(', ')})`);
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
        throw new core_errors/* EngineError */.NJ('input', `input 'load-balancer': no rule of load balancer '${lbName}' sends traffic to the pool of either colour (rules: ${describeRules(lb)}); expected a live rule on '${pools.blue.name}' or '${pools.green.name}'`);
    }
    if (liveColours.length > 1) {
        throw new core_errors/* EngineError */.NJ('input', `input 'preview-port': rules of load balancer '${lbName}' send traffic to both colours (${describeRules(lb)}); expected 'preview-port' to name the preview rule, the others being live`);
    }
    return { previewRule, liveRules, activeColour: liveColours[0] };
}
/** The rule whose frontend port is 'preview-port'. */
function previewRuleOf(lb, previewPort, lbName) {
    const rule = lb.rules.find((r) => r.frontendPort === previewPort);
    if (!rule) {
        throw new core_errors/* EngineError */.NJ('input', `input 'preview-port': load balancer '${lbName}' has no rule with frontend port ${previewPort}; expected the preview rule's frontend port (rules: ${describeRules(lb)})`);
    }
    return rule;
}
function poolOf(lb, info, colour, base) {
    const pool = lb.pools.find((p) => info.network.backendPoolIds.includes(lower(p.id)));
    return pool && [`${base}-${colour}`, colour].includes(lower(pool.name)) ? pool.id : undefined;
}

;// CONCATENATED MODULE: ./src/core/deploy/record.ts
const RECORD_TAGS = {
    current: 'immutable-deploy.current-version',
    previous: 'immutable-deploy.previous-version',
    deployedAt: 'immutable-deploy.deployed-at',
    runUrl: 'immutable-deploy.run-url',
    activeSlot: 'immutable-deploy.active-slot',
    target: 'immutable-deploy.target-version',
    state: 'immutable-deploy.state',
};
const record_MAX_VALUE = 256;
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
    return value.length <= record_MAX_VALUE ? value : `${value.slice(0, record_MAX_VALUE - 1)}…`;
}
/** Records that a run set out to make `target` live (before the first write to the target). */
async function recordIntent(tags, resourceId, intent, options) {
    await tags.merge(resourceId, tagsForRecord({ target: intent.target, state: intent.state ?? 'deploying', ...(intent.runUrl ? { runUrl: intent.runUrl } : {}) }), options);
}
/** Records that `current` is live (previous before it), and clears the in-flight target. */
async function recordLive(tags, resourceId, live, options) {
    await tags.merge(resourceId, tagsForRecord({ current: live.current, previous: live.previous, deployedAt: live.deployedAt, runUrl: live.runUrl, state: live.state ?? 'live' }), options);
    await tags.remove(resourceId, [RECORD_TAGS.target], options);
}

;// CONCATENATED MODULE: ./src/core/cleanup/observe.ts





const observe_lower = (s) => (s ?? '').toLowerCase();
function definitionOf(ctx) {
    const p = ctx.settings.publish;
    if (!p.galleryName || !p.imageDefinition || !p.galleryResourceGroup) {
        throw new core_errors/* EngineError */.NJ('input', "input 'gallery-name': 'gallery-name', 'image-definition' and 'gallery-resource-group' (or 'resource-group') are required for clean-up; expected the image definition whose versions are retained");
    }
    return { resourceGroup: p.galleryResourceGroup, gallery: p.galleryName, definition: p.imageDefinition };
}
async function observeCleanup(ctx, ports) {
    const signal = ctx.signal;
    const definition = definitionOf(ctx);
    const found = await ports.gallery.findDefinition(definition, { signal });
    if (!found) {
        throw new core_errors/* EngineError */.NJ('input', `input 'image-definition': '${definition.definition}' was not found in gallery '${definition.gallery}' (resource group '${definition.resourceGroup}'); expected an existing image definition`);
    }
    const [versions, scaleSets, record] = await Promise.all([
        ports.gallery.listVersions(definition, { signal }),
        ports.scaleSets.listAllInSubscription({ signal }),
        targetRecord(ctx, ports),
    ]);
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
    const byId = new Map(versions.map((v) => [observe_lower(v.id), v]));
    const definitionId = observe_lower(found.id);
    const latest = versions.filter((v) => v.excludeFromLatest !== true && observe_lower(v.provisioningState) === 'succeeded').sort((a, b) => compareVersions(b.name, a.name))[0];
    for (const ss of scaleSets) {
        const v = byId.get(observe_lower(ss.imageId));
        if (v)
            mark(v.name, `used by scale set ${ss.name}`);
        else if (latest && observe_lower(ss.imageId) === definitionId)
            mark(latest.name, `'latest' of the definition, used by scale set ${ss.name}`);
    }
    const groups = [...new Set([definition.resourceGroup, ctx.settings.resourceGroup].filter((g) => !!g).map((g) => g))];
    const templateGroup = ctx.settings.resourceGroup ?? definition.resourceGroup;
    const [imageLists, templates, idle] = await Promise.all([
        Promise.all(groups.map((g) => ports.managedImages.listByTag(g, TAGS.bakeKey, { signal }))),
        ports.imageBuilder.listByTag(templateGroup, TAGS.bakeKey, { signal }),
        idleColour(ctx, ports),
    ]);
    const managedImages = [...new Map(imageLists.flat().map((i) => [observe_lower(i.id), i])).values()];
    return { definition, versions, inUse, scaleSets, managedImages, templates, ...(idle ? { idle } : {}) };
}
/** The release record on the deploy target, when one is configured (rolling: scale set; blue-green: load balancer). */
async function targetRecord(ctx, ports) {
    const d = ctx.settings.deploy;
    const resourceGroup = d.resourceGroup ?? ctx.settings.resourceGroup;
    if (!resourceGroup)
        return undefined;
    if (d.strategy === 'blue-green' && d.loadBalancer) {
        const lb = await ports.loadBalancers.getLoadBalancer(resourceGroup, d.loadBalancer, { signal: ctx.signal });
        if (!lb)
            ctx.warn(`clean-up: load balancer '${d.loadBalancer}' (input 'load-balancer') was not found in resource group '${resourceGroup}': no release record to protect`);
        return lb ? { record: recordFromTags(lb.tags), where: `load balancer ${lb.name}` } : undefined;
    }
    if (d.strategy === 'rolling' && d.scaleSet) {
        const ss = await ports.scaleSets.get({ resourceGroup, name: d.scaleSet }, { signal: ctx.signal });
        if (!ss)
            ctx.warn(`clean-up: scale set '${d.scaleSet}' (input 'scale-set') was not found in resource group '${resourceGroup}': no release record to protect; only scale sets that exist count as users`);
        return ss ? { record: recordFromTags(ss.tags), where: `scale set ${ss.name}` } : undefined;
    }
    return undefined;
}
async function idleColour(ctx, ports) {
    const d = ctx.settings.deploy;
    if (d.strategy !== 'blue-green' || !d.scaleSet || !d.loadBalancer)
        return undefined;
    const pair = await observePair(ctx, ports, { signal: ctx.signal });
    const info = pair.idle.info;
    if (!info)
        return undefined;
    const scaleDownAfter = Object.entries(info.tags).find(([k]) => observe_lower(k) === SCALE_DOWN_AFTER_TAG)?.[1];
    return { colour: pair.idle.colour, ref: pair.idle.ref, info, ...(scaleDownAfter ? { scaleDownAfter } : {}) };
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
            kept.push({ version: v.name, reason: `one of the newest ${policy.keepVersions}${use ? `; ${use}` : ''}`, inUse: false });
            continue;
        }
        if (use) {
            kept.push({ version: v.name, reason: use, inUse: true });
            continue;
        }
        if (policy.keepDays > 0 && (age === undefined || age < policy.keepDays)) {
            kept.push({ version: v.name, reason: age === undefined ? `no published date to compare with keep-days ${policy.keepDays}` : `younger than keep-days ${policy.keepDays} (${ageText})`, inUse: false });
            continue;
        }
        if (retention_BUSY.has((v.provisioningState ?? '').toLowerCase())) {
            kept.push({ version: v.name, reason: `provisioning state ${v.provisioningState}: Azure is still changing it`, inUse: false });
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
            actions.push({ kind: 'retire-version', version, change: { endOfLifeDate: today }, write: { resource, operation: 'update', before: `end of life ${v.endOfLifeDate ?? 'none'}`, after: `end of life ${today}`, why } });
        }
        else {
            if (v.excludeFromLatest === true) {
                kept.push({ version: v.name, reason: 'already excluded from latest', inUse: false });
                continue;
            }
            actions.push({ kind: 'retire-version', version, change: { excludeFromLatest: true }, write: { resource, operation: 'update', before: 'in latest', after: 'excluded from latest', why } });
        }
    }
    return { actions, kept };
}

;// CONCATENATED MODULE: ./src/core/stages/cleanup.ts






const cleanupStage = {
    name: 'cleanup',
    async run(ctx) {
        const ports = await ctx.azure();
        // Scaling in the idle colour writes to the deploy target: observe it under the deploy lock, so a
        // concurrent deploy that is bringing that colour up is waited for, never undercut.
        if (ctx.settings.deploy.strategy === 'blue-green' && ctx.settings.deploy.scaleSet && ctx.settings.deploy.loadBalancer)
            await ctx.takeDeployLock?.();
        const plan = planCleanup(ctx, await observeCleanup(ctx, ports));
        if (ctx.settings.dryRun)
            return describePlan(ctx, plan);
        for (const a of plan.actions)
            ctx.deps.host.info(`Clean-up: ${describeAction(a)}.`);
        return reportApplied(plan, await applyActions(ports, plan.actions, ctx.signal));
    },
};
/** The actions by the retention policy, for the leftovers and for the idle colour; the facts behind them. */
function planCleanup(ctx, observed) {
    const now = ctx.deps.clock.now();
    const { settings } = ctx;
    const retention = planRetention({ definition: observed.definition, versions: observed.versions, inUse: observed.inUse, policy: settings.cleanup, now });
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
    const facts = [
        { kind: 'fact', label: 'retention', value: `${where}: ${observed.versions.length} version(s); keep the newest ${settings.cleanup.keepVersions}${settings.cleanup.keepDays > 0 ? ` and any younger than ${settings.cleanup.keepDays} days` : ''}; retire: ${settings.cleanup.retire}; ${observed.scaleSets.length} scale set(s) in the subscription checked` },
        ...retention.kept.filter((k) => k.inUse).map((k) => ({ kind: 'fact', label: `kept ${k.version}`, value: k.reason })),
        ...leftovers.skipped.map((s) => ({ kind: 'fact', label: `kept ${s.resource}`, value: s.reason })),
        ...(idle.note ? [{ kind: 'fact', label: 'idle colour', value: idle.note }] : []),
    ];
    return {
        actions: [...retention.actions, ...leftovers.actions, ...(idle.action ? [idle.action] : [])],
        where,
        keptInUse: retention.kept.filter((k) => k.inUse).map((k) => k.version),
        facts,
    };
}
/** Plan mode: the actions as planned writes. */
function describePlan(ctx, p) {
    const plan = new Plan();
    for (const a of p.actions)
        plan.add(a.write);
    return {
        status: 'succeeded',
        outputs: { keptInUse: p.keptInUse, cleanedVersions: [], retiredVersions: [], cleanupFailures: 0 },
        items: [...p.facts, ...plan.items(ctx.deps.host)],
        message: `plan: ${action_countWrites(plan.size)}, none made`,
    };
}
/** The outcome of the applied actions: 'failed' (with its outputs) when any failed. */
function reportApplied(p, results) {
    const { actions, keptInUse } = p;
    const done = results.filter((r) => !r.error);
    const failed = results.filter((r) => r.error);
    const outputs = {
        cleanedVersions: done.flatMap((r) => (r.action.kind === 'delete-version' ? [r.action.version.version] : [])),
        retiredVersions: done.flatMap((r) => (r.action.kind === 'retire-version' ? [r.action.version.version] : [])),
        keptInUse,
        cleanupFailures: failed.length,
    };
    const items = [
        ...p.facts,
        ...done.map((r) => ({ kind: 'action', label: r.action.write.operation, value: `${r.action.write.resource}: ${r.action.write.why}` })),
        ...failed.map((r) => ({ kind: 'check', label: `${r.action.write.operation} ${r.action.write.resource}`, value: r.error, ok: false })),
    ];
    const summary = `${done.length} of ${actions.length} clean-up action(s) done (${outputs.cleanedVersions.length} version(s) deleted, ${outputs.retiredVersions.length} retired${keptInUse.length > 0 ? `, ${keptInUse.length} old version(s) kept in use` : ''})`;
    if (failed.length > 0) {
        return { status: 'failed', outputs, items, message: `${failed.length} clean-up action(s) failed: ${failed.map((r) => `${r.action.write.resource} (${r.error})`).join('; ')}; ${summary}` };
    }
    return { status: actions.length === 0 ? 'skipped' : 'succeeded', outputs, items, message: actions.length === 0 ? `nothing to clean up in ${p.where}` : summary };
}

;// CONCATENATED MODULE: ./src/core/deploy/rollout-error.ts
/**
 * A rollout that stopped part-way (a batch failed its gate, Azure's rolling upgrade faulted, the
 * unhealthy budget ran out): carries what was done and the plan that undoes it, so the deploy stage
 * can roll back (auto-rollback) and say what failed, what was rolled back and what is live.
 */

class RolloutError extends core_errors/* EngineError */.NJ {
    details;
    constructor(message, details, kind = 'terminal') {
        super(kind, message);
        this.details = details;
        this.name = 'RolloutError';
    }
}

// EXTERNAL MODULE: ./src/core/verify/body-match.ts
var body_match = __webpack_require__(501);
// EXTERNAL MODULE: ./src/core/verify/status-matcher.ts
var status_matcher = __webpack_require__(9008);
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
 * "TimeoutError" (the web convention, as `AbortSignal.timeout` does).
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
        return { ok: false, kind: 'error', detail: `request failed: ${errorMessage(err)}` };
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

;// CONCATENATED MODULE: ./src/core/verify/http-probe.ts



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
    if (spec.failureLimit !== undefined && progress.consecutiveFailures >= spec.failureLimit)
        return 'failure-limit';
    return noTimeForNext ? 'budget' : undefined;
}
function reasonFor(verdict, spec, progress, durationMs) {
    const attempts = plural(progress.attempts, 'attempt');
    const took = http_probe_formatDuration(durationMs);
    const lastFailure = progress.lastFailure?.detail;
    switch (verdict) {
        case 'passed':
            return `Passed: ${plural(progress.consecutiveSuccesses, 'consecutive success', 'consecutive successes')} after ${attempts} in ${took}.`;
        case 'failure-limit':
            return `Failed: gave up after ${plural(progress.consecutiveFailures, 'consecutive failure')} (${attempts} in ${took}); last: ${lastFailure}.`;
        case 'budget': {
            const last = lastFailure ? `; last failure: ${lastFailure}` : '';
            return (`Failed: ${progress.consecutiveSuccesses} of ${spec.successes} consecutive successes within the ` +
                `${http_probe_formatDuration(spec.timeoutMs)} timeout (${attempts})${last}.`);
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
        `(status ${probe.expectedStatus}${body}) within ${http_probe_formatDuration(spec.timeoutMs)}${limit}`);
}
function logAttempt(log, probe, progress, outcome) {
    const { spec } = probe;
    const what = outcome.ok
        ? `status ${outcome.status} ok (${progress.consecutiveSuccesses}/${spec.successes})`
        : `${outcome.detail} (${plural(progress.consecutiveFailures, 'consecutive failure')})`;
    log.debug(`Probe "${spec.name}": attempt ${progress.attempts}: ${what}.`);
}
function logStateChange(log, name, outcome) {
    log.info(outcome.ok ? `Probe "${name}": now succeeding (status ${outcome.status}).` : `Probe "${name}": failing: ${outcome.detail}.`);
}
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
/** "850 ms", "12.5 s", "60 s". */
function http_probe_formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    return `${Number((ms / 1000).toFixed(1))} s`;
}

;// CONCATENATED MODULE: ./src/core/deploy/http-gate.ts
/**
 * The HTTP gates the blue-green and slot-swap strategies pass before and after switching traffic:
 * "the preview / slot answers its warm-up path", "production answers after the switch". Built on
 * the verify stage's probe loop (injected clock, sleep and HTTP; honours the run's signal) with the
 * probe-* thresholds (`verify.gate`), and bounded by the deploy's own deadline (deploy-timeout).
 */


function deadlineOf(ctx, timeoutMs = ctx.settings.deploy.timeoutMs) {
    const at = ctx.deps.clock.now() + timeoutMs;
    return { at, left: () => Math.max(0, at - ctx.deps.clock.now()) };
}
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
        throw new core_errors/* CancelledError */.cc();
    const gate = ctx.settings.verify.gate;
    const timeoutMs = Math.max(1, options.warmup ? deadline.left() : Math.min(gate.timeoutMs, deadline.left()));
    try {
        return await runProbe({ ...gate, ...(options.warmup ? { failureLimit: undefined } : {}), name, url, timeoutMs }, { http: ctx.deps.http, clock: ctx.deps.clock, sleep: ctx.deps.sleep, log: ctx.deps.host, signal: ctx.signal });
    }
    catch (err) {
        if (ctx.signal.aborted)
            throw new core_errors/* CancelledError */.cc(`the run was cancelled while waiting for ${name}`);
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/core/deploy/instance-health.ts
/**
 * Instance health of a scale set for verify and for the gates of a rollout: every instance on the
 * latest model, provisioned, running and Healthy (Application Health extension or LB probe). Each
 * look is ONE paged list with instance views; the check re-reads until `successes` looks in a row
 * pass, gives up after `failureLimit` failing looks in a row, or at its timeout.
 */

/** Judges one listing. `imageId`: when given, each instance must also run that image. */
function judgeInstances(instances, imageId) {
    const problems = [];
    for (const i of instances) {
        const why = [];
        if (!i.latestModelApplied)
            why.push('not on the latest model');
        if (imageId && i.imageId?.toLowerCase() !== imageId.toLowerCase())
            why.push(`runs ${versionOf(i.imageId)}`);
        if (i.provisioningState && i.provisioningState !== 'succeeded')
            why.push(`provisioning ${i.provisioningState}`);
        if (i.power && i.power !== 'running')
            why.push(`power ${i.power}`);
        if (i.health === 'unhealthy' || i.health === 'unknown')
            why.push(i.health);
        if (why.length > 0)
            problems.push(`${i.instanceId} ${why.join(', ')}`);
    }
    if (instances.length === 0)
        problems.push('the scale set has no instances');
    return { ok: problems.length === 0, total: instances.length, problems };
}
async function instanceHealthCheck(ctx, port, ref, gate, imageId) {
    const { clock, sleep } = ctx.deps;
    const started = clock.now();
    const deadline = started + gate.timeoutMs;
    let okInRow = 0;
    let failInRow = 0;
    let looks = 0;
    let last;
    for (;;) {
        if (ctx.signal.aborted)
            throw new core_errors/* CancelledError */.cc('the run was cancelled during the instance-health check');
        const instances = await port.listInstances(ref, { signal: ctx.signal, timeoutMs: Math.max(1, deadline - clock.now()) });
        looks += 1;
        const noSignal = instances.length > 0 && instances.every((i) => i.health === 'none');
        last = judgeInstances(instances, imageId);
        if (last.ok) {
            okInRow += 1;
            failInRow = 0;
        }
        else {
            okInRow = 0;
            failInRow += 1;
        }
        const signalNote = noSignal ? ' (no health signal: judged by provisioning and power state only)' : '';
        if (okInRow >= gate.successes) {
            return { name: 'instance health', passed: true, detail: `${last.total} of ${last.total} instances on the latest model and healthy, ${okInRow} look(s) in a row${signalNote}` };
        }
        const fail = (why) => ({
            name: 'instance health',
            passed: false,
            detail: `${why} after ${looks} look(s): ${last.problems.slice(0, 10).join('; ')}${last.problems.length > 10 ? `; … (${last.problems.length} in all)` : ''}${signalNote}`,
        });
        if (!last.ok && gate.failureLimit !== undefined && failInRow >= gate.failureLimit)
            return fail(`${failInRow} failing look(s) in a row`);
        if (clock.now() + gate.intervalMs >= deadline)
            return last.ok ? fail(`only ${okInRow} of ${gate.successes} passing looks in a row within the timeout`) : fail('not healthy within the timeout');
        await sleep(gate.intervalMs, ctx.signal);
    }
}
function versionOf(imageId) {
    if (!imageId)
        return 'no gallery image';
    return /\/versions\/([^/]+)$/i.exec(imageId)?.[1] ?? imageId.split('/').at(-1) ?? imageId;
}

;// CONCATENATED MODULE: ./src/core/deploy/remote-access.ts
const INTERNET_SOURCES = new Set(['*', 'internet', '0.0.0.0/0', '0.0.0.0/00', 'any', '::/0']);
const REMOTE_PORTS = [
    { port: 22, name: 'SSH' },
    { port: 3389, name: 'RDP' },
];
async function remoteAccessCheck(net, info, gate, options) {
    if (gate === 'allow')
        return undefined;
    const findings = [];
    const nsgIds = [...info.network.nsgIds];
    for (const subnetId of info.network.subnetIds) {
        const id = await net.subnetSecurityGroupId(subnetId, options);
        if (id)
            nsgIds.push(id);
    }
    const groups = [];
    for (const id of [...new Set(nsgIds.map((i) => i.toLowerCase()))]) {
        const nsg = await net.getSecurityGroup(id, options);
        if (nsg)
            groups.push(nsg);
    }
    for (const { port, name } of REMOTE_PORTS) {
        if (groups.length === 0) {
            // No NSG filters anything: only a public IP makes the port reachable (reported below).
            if (info.network.publicIpPerInstance)
                findings.push(`${name} (${port}) is not filtered by any network security group`);
            continue;
        }
        const allowing = groups.map((g) => ({ g, rule: decidingRule(g.rules, port) }));
        if (allowing.every((a) => a.rule?.access.toLowerCase() === 'allow')) {
            const rules = allowing.map((a) => `${a.rule.name} in ${lastSegment(a.g.id)}`).join(', ');
            findings.push(`${name} (${port}) is open to the Internet (${rules})`);
        }
    }
    if (info.linuxPasswordAuth)
        findings.push('the Linux profile allows password authentication (disablePasswordAuthentication is not true)');
    if (info.network.publicIpPerInstance)
        findings.push('instances get public IP addresses (publicIPAddressConfiguration)');
    const detail = findings.length === 0 ? 'no SSH/RDP from the Internet, no password login, no public instance IPs' : findings.join('; ');
    return { name: 'remote access', passed: findings.length === 0 || gate === 'warn', warning: findings.length > 0 && gate === 'warn', detail };
}
/** The first inbound rule, by priority, that matches Internet TCP traffic to `port`. */
function decidingRule(rules, port) {
    return [...rules]
        .filter((r) => r.direction.toLowerCase() === 'inbound')
        .sort((a, b) => a.priority - b.priority)
        .find((r) => ['*', 'tcp'].includes(r.protocol.toLowerCase()) && r.sourcePrefixes.some((s) => INTERNET_SOURCES.has(s.toLowerCase())) && r.destinationPorts.some((p) => coversPort(p, port)));
}
function coversPort(range, port) {
    const r = range.trim();
    if (r === '*')
        return true;
    const m = /^(\d+)(?:-(\d+))?$/.exec(r);
    if (!m)
        return false;
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    return port >= lo && port <= hi;
}
const lastSegment = (id) => id.split('/').filter(Boolean).at(-1) ?? id;

;// CONCATENATED MODULE: ./src/core/deploy/rolling/target.ts
/**
 * The rolling strategy's target: the scale set named in the inputs, read and checked before any
 * write, and the gallery image version to roll out (resolved and checked too). Every problem here
 * is an EngineError of kind 'input' naming the input, the bad value and what is expected.
 */

const VERSION_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/[^/]+\/providers\/Microsoft\.Compute\/galleries\/[^/]+\/images\/[^/]+\/versions\/([^/]+)$/i;
const isGalleryVersionId = (id) => !!id && VERSION_ID.test(id);
const versionOfId = (id) => VERSION_ID.exec(id)?.[2] ?? id.split('/').at(-1) ?? id;
const sameId = (a, b) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
function scaleSetRef(settings) {
    const name = settings.deploy.scaleSet;
    const resourceGroup = settings.deploy.resourceGroup ?? settings.resourceGroup;
    if (!name)
        throw new core_errors/* EngineError */.NJ('input', "input 'scale-set': is required for the rolling strategy; expected the scale set's name");
    if (!resourceGroup)
        throw new core_errors/* EngineError */.NJ('input', "input 'resource-group': is required for the rolling strategy; expected the scale set's resource group");
    return { resourceGroup, name };
}
/** Reads the scale set and checks the rolling strategy can work on it. */
async function readTarget(port, ref, options) {
    const info = await port.get(ref, options);
    if (!info) {
        throw new core_errors/* EngineError */.NJ('input', `input 'scale-set': scale set '${ref.name}' was not found in resource group '${ref.resourceGroup}'; expected an existing Virtual Machine Scale Set`);
    }
    if (!isGalleryVersionId(info.imageId)) {
        throw new core_errors/* EngineError */.NJ('input', `input 'scale-set': scale set '${ref.name}' runs '${info.imageDescription}', not a gallery image version; the rolling strategy replaces one Azure Compute Gallery image version with another (expected imageReference.id …/galleries/<gallery>/images/<definition>/versions/<version>)`);
    }
    return info;
}
/** The image version id to deploy: from the artifact (publish output / image-id), or an explicit image-version in the gallery. */
async function resolveImage(port, settings, info, artifact, options) {
    let id = artifact.imageId;
    let input = "'image-id'";
    if (!id && artifact.imageVersion) {
        const { galleryName, imageDefinition, galleryResourceGroup } = settings.publish;
        if (!galleryName || !imageDefinition || !galleryResourceGroup) {
            throw new core_errors/* EngineError */.NJ('input', `input 'image-version': '${artifact.imageVersion}' needs 'gallery-name' and 'image-definition' (and 'gallery-resource-group' or 'resource-group') to find the version`);
        }
        const sub = VERSION_ID.exec(info.imageId ?? '')?.[1] ?? info.id.split('/')[2];
        id = `/subscriptions/${sub}/resourceGroups/${galleryResourceGroup}/providers/Microsoft.Compute/galleries/${galleryName}/images/${imageDefinition}/versions/${artifact.imageVersion}`;
        input = "'image-version'";
    }
    if (!id)
        throw new core_errors/* EngineError */.NJ('input', "input 'image-id': is required to deploy without a publish stage in the same run; expected a gallery image version resource id (or an explicit 'image-version' with 'gallery-name' and 'image-definition')");
    if (!isGalleryVersionId(id)) {
        throw new core_errors/* EngineError */.NJ('input', `input ${input}: '${id}' is not a gallery image version resource id; expected /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Compute/galleries/<gallery>/images/<definition>/versions/<Major.Minor.Patch>`);
    }
    return checkImageUsable(port, info, id, input, options);
}
/** The version exists, succeeded, and is replicated to the scale set's region (else Azure would refuse the model). */
async function checkImageUsable(port, info, id, input, options) {
    const version = await port.getImageVersion(id, options);
    if (!version)
        throw new core_errors/* EngineError */.NJ('input', `input ${input}: gallery image version '${versionOfId(id)}' was not found (${id}); expected a published version`);
    if (version.provisioningState && !/^succeeded$/i.test(version.provisioningState)) {
        throw new core_errors/* EngineError */.NJ('input', `input ${input}: gallery image version '${version.version}' is ${version.provisioningState}; expected a version whose publishing succeeded`);
    }
    if (version.regions.length > 0 && !version.regions.includes(info.location)) {
        throw new core_errors/* EngineError */.NJ('input', `input ${input}: gallery image version '${version.version}' is not replicated to ${info.location}, the region of scale set '${info.name}' (it is in ${version.regions.join(', ')}); expected a target region '${info.location}' when publishing`);
    }
    return { id: version.id, version: version.version };
}
/** The image id of `version` in the same gallery image definition as `currentId`. */
function siblingVersionId(currentId, version) {
    return currentId.replace(/\/versions\/[^/]+$/i, `/versions/${version}`);
}
/** What the scale set ran before: the model's image, or (a re-run, model already moved) the instances' / the record's. */
function previousImage(info, instances, target, record) {
    if (info.imageId && !sameId(info.imageId, target.id))
        return { id: info.imageId, version: versionOfId(info.imageId) };
    const other = instances.find((i) => i.imageId && !sameId(i.imageId, target.id))?.imageId;
    if (other)
        return { id: other, version: versionOfId(other) };
    const recorded = record.current && record.current !== target.version ? record.current : record.previous;
    return recorded ? { id: siblingVersionId(target.id, recorded), version: recorded } : undefined;
}

;// CONCATENATED MODULE: ./src/core/deploy/endpoints.ts

function endpointUrl(ctx, role, derivedBase) {
    const given = role === 'live' ? ctx.settings.verify.liveUrl : ctx.settings.verify.previewUrl;
    if (given)
        return given;
    return derivedBase ? joinUrl(derivedBase, ctx.settings.deploy.warmupPath) : undefined;
}

;// CONCATENATED MODULE: ./src/core/deploy/blue-green/shared.ts



const iso = (ctx, plusMs = 0) => new Date(ctx.deps.clock.now() + plusMs).toISOString();
const shared_versionOf = (info) => (info?.imageId ? versionOfId(info.imageId) : undefined);
const onImage = (i, id) => sameId(i.imageId, id) && i.latestModelApplied;
/** Consecutive looks at an instance that is up but unhealthy after which the wait gives up. */
const UNHEALTHY_LOOKS = 3;
function checkGalleryImage(info) {
    if (!isGalleryVersionId(info.imageId)) {
        throw new core_errors/* EngineError */.NJ('input', `input 'scale-set': scale set '${info.name}' runs '${info.imageDescription}', not a gallery image version; blue-green replaces one Azure Compute Gallery image version with another (expected imageReference.id …/galleries/<gallery>/images/<definition>/versions/<version>)`);
    }
}
/** Base URL of a rule's frontend: the public IP (or private address) and the rule's frontend port. */
async function frontendBase(ports, pair, frontendPort, frontendId, signal) {
    if (frontendPort === undefined)
        return undefined;
    const fe = pair.lb.frontends.find((f) => f.id.toLowerCase() === (frontendId ?? '').toLowerCase()) ?? pair.lb.frontends[0];
    const address = fe?.publicIpAddressId ? await ports.loadBalancers.publicIpAddress(fe.publicIpAddressId, { signal }) : fe?.privateIpAddress;
    return address ? `http://${address}:${frontendPort}` : undefined;
}
async function urls(ctx, ports, pair) {
    const live = pair.liveRules[0];
    const preview = pair.previewRule;
    const liveBase = ctx.settings.verify.liveUrl ? undefined : await frontendBase(ports, pair, live?.frontendPort, live?.frontendId, ctx.signal);
    const previewBase = ctx.settings.verify.previewUrl || !preview ? undefined : await frontendBase(ports, pair, preview.frontendPort, preview.frontendId, ctx.signal);
    return { live: endpointUrl(ctx, 'live', liveBase), preview: preview || ctx.settings.verify.previewUrl ? endpointUrl(ctx, 'preview', previewBase) : undefined };
}
/**
 * Brings `colour` to `image` at `capacity` instances, each booted on the new model. Idempotent:
 * what is already right is left alone, so a re-run after a cancel picks up where it stopped.
 */
/** The colour and image a rollback plan returns to; a plan that names neither is refused. */
function rollbackTarget(plan) {
    const toColour = plan.to.slot;
    if (toColour !== 'blue' && toColour !== 'green')
        throw new core_errors/* EngineError */.NJ('input', `the rollback plan '${plan.description}' names no colour to return to (got '${toColour ?? ''}')`);
    const imageId = plan.to.imageId;
    if (!imageId)
        throw new core_errors/* EngineError */.NJ('input', `the rollback plan '${plan.description}' names no image version`);
    return { toColour, image: { id: imageId, version: plan.to.imageVersion ?? versionOfId(imageId) } };
}
const isFailed = (pair) => (pair.lb.provisioningState ?? '').toLowerCase() === 'failed';

;// CONCATENATED MODULE: ./src/core/plan/record.ts
/** The intent tag written before the first write to the target. */
function intentWrite(resource, target, state = 'deploying') {
    return { resource, operation: 'tag', after: `target-version ${target}, state ${state}`, why: 'the release record names the version in flight before the first write' };
}
/** The record of what is live, written after the last write (it also clears target-version). */
function liveWrite(resource, record, live) {
    const rest = [live.previous ? `previous-version ${live.previous}` : undefined, `state ${live.state ?? 'live'}`, live.extra].filter(Boolean).join(', ');
    return { resource, operation: 'tag', before: `current-version ${record.current ?? 'none'}`, after: `${live.current} (${rest})`, why: 'the release record says what is live' };
}
/** A record that lags what the target already runs (an earlier run stopped before writing it). */
function catchUpWrite(resource, record, current, previous) {
    return { ...liveWrite(resource, record, { current, previous }), why: `the release record lags what runs${record.target ? ` (an earlier run left target-version ${record.target})` : ''}` };
}

;// CONCATENATED MODULE: ./src/core/deploy/planned-image.ts

async function imageForPlan(ctx, port, info, artifact, options) {
    const planned = ctx.outputs.plannedImageId;
    if (artifact.imageId && planned && sameId(artifact.imageId, planned))
        return { id: artifact.imageId, version: artifact.imageVersion ?? versionOfId(artifact.imageId), planned: true };
    return { ...(await resolveImage(port, ctx.settings, info, artifact, options)), planned: false };
}
/** ' (planned: publish in this run would create it)' for a planned image, '' otherwise. */
const plannedNote = (image) => (image.planned ? ' (planned: an earlier stage of this run would create it)' : '');

;// CONCATENATED MODULE: ./src/core/deploy/blue-green/plan.ts








const lbResource = (pair) => `load balancer ${pair.lb.name}`;
const wouldCheck = (value) => ({ kind: 'fact', label: 'would check', value });
/** prepareColour(), described: create, or scale in / re-point / scale out, or bring stale instances to the model. */
async function prepareWrites(ctx, ports, pair, colour, image, capacity, note, plan) {
    const ref = colour.ref;
    const resource = `scale set ${ref.name}`;
    const info = colour.info;
    if (!info) {
        plan.add({ resource, operation: 'create', after: `copy of ${pair.active.ref.name}'s model in pool ${colour.poolName}, image ${image.version}, ${capacity} instance(s)`, why: `the ${colour.colour} colour does not exist yet${note}` });
        return;
    }
    let now = info.capacity;
    if (!sameId(info.imageId, image.id)) {
        if (now > 0)
            plan.add({ resource, operation: 'scale', before: `${now}`, after: '0 instance(s)', why: `scale in before re-pointing the model, so every instance boots on ${image.version}` });
        plan.add({ resource, operation: 'update', before: `image ${shared_versionOf(info) ?? info.imageDescription}`, after: image.version, why: `the idle ${colour.colour} colour gets the release${note}` });
        now = 0;
    }
    if (now !== capacity)
        plan.add({ resource, operation: 'scale', before: `${now}`, after: `${capacity} instance(s)`, why: `the live colour's capacity (${pair.active.ref.name})` });
    if (sameId(info.imageId, image.id)) {
        const stale = (await ports.scaleSets.listInstances(ref, { signal: ctx.signal })).filter((i) => !onImage(i, image.id));
        if (stale.length > 0)
            plan.add({ resource: `${stale.length} instance(s) of ${resource}`, operation: 'replace', after: `image ${image.version}`, why: 'they do not run the latest model' });
    }
}
/** switchTo(), described: ONE load balancer write moving the live rule(s) (and the preview rule). */
function switchWrite(pair, to, from, why) {
    const live = pair.liveRules.map((r) => r.name).join(', ');
    const preview = pair.previewRule;
    return {
        resource: lbResource(pair),
        operation: 'switch',
        before: `live rule(s) ${live} → pool ${from.poolName} (${from.colour})${preview ? `, preview rule ${preview.name} → pool ${to.poolName}` : ''}`,
        after: `live rule(s) ${live} → pool ${to.poolName} (${to.colour})${preview ? `, preview rule ${preview.name} → pool ${from.poolName}` : ''}`,
        why,
    };
}
function retireWrite(ctx, retired) {
    return {
        resource: `scale set ${retired.ref.name}`,
        operation: 'tag',
        after: `${SCALE_DOWN_AFTER_TAG} ${iso(ctx, ctx.settings.deploy.scaleDownDelayMs)}`,
        why: `the ${retired.colour} colour keeps running for 'scale-down-delay' (instant rollback); clean-up scales it in after that`,
    };
}
/** release(), described: prepare the colour, the checks before the switch, the switch, the live check. */
async function releaseWrites(ctx, ports, pair, to, image, note, plan, items) {
    const from = pair.active;
    const capacity = Math.max(1, from.info.capacity);
    await prepareWrites(ctx, ports, pair, to, image, capacity, note, plan);
    const links = await urls(ctx, ports, pair);
    items.push(wouldCheck(`${to.colour} colour (${to.ref.name}): ${capacity} instance(s) on ${image.version}, running and healthy`));
    if (links.preview)
        items.push(wouldCheck(`preview ${links.preview} (${to.colour}) before the switch`));
    const gates = `once ${to.ref.name} is healthy${links.preview ? ' and its preview answers' : ''}`;
    plan.add(switchWrite(pair, to, from, `one write, ${gates}`));
    if (links.live)
        items.push(wouldCheck(`live ${links.live} after the switch (switched back at once if it fails)`));
}
async function planDeploy(ctx, artifact, record) {
    const ports = await ctx.azure();
    const opt = { signal: ctx.signal };
    const pair = await observePair(ctx, ports, opt);
    checkGalleryImage(pair.active.info);
    const image = await imageForPlan(ctx, ports.scaleSets, pair.active.info, artifact, opt);
    const from = pair.active;
    const previous = shared_versionOf(from.info);
    const links = await urls(ctx, ports, pair);
    const base = { imageId: image.id, imageVersion: image.version };
    const plan = new Plan();
    const lb = lbResource(pair);
    if (sameId(from.info.imageId, image.id)) {
        if (isFailed(pair))
            plan.add({ resource: lb, operation: 'update', after: 'its rules as they stand', why: 'its last write ended in provisioning state Failed' });
        const stale = (await ports.scaleSets.listInstances(from.ref, opt)).filter((i) => !onImage(i, image.id));
        if (stale.length === 0) {
            if (record.current !== image.version || record.target) {
                plan.add(catchUpWrite(lb, record, image.version, record.current !== image.version ? record.current : record.previous));
                if (record.target === image.version && pair.idle.info)
                    plan.add(retireWrite(ctx, pair.idle));
            }
            return {
                writes: plan.writes,
                items: [{ kind: 'fact', label: 'blue-green', value: `${from.colour} (${from.ref.name}) already serves ${image.version}: nothing to switch` }],
                outputs: { ...base, activeSlot: from.colour, previousSlot: pair.idle.colour, previewUrl: links.preview, previousImageVersion: record.current === image.version ? record.previous : record.current, upgradedInstances: 0, deployUnchanged: plan.size === 0 },
                message: `plan: the ${from.colour} colour already serves ${image.version} (${action_countWrites(plan.size)})`,
            };
        }
    }
    const to = pair.idle;
    const items = [
        { kind: 'fact', label: 'blue-green', value: `${from.colour} (${from.ref.name}, ${previous ?? from.info.imageDescription}) is live on load balancer ${pair.lb.name}; ${to.colour} (${to.ref.name}) would get ${image.version}` },
    ];
    plan.add(intentWrite(lb, image.version));
    await releaseWrites(ctx, ports, pair, to, image, plannedNote(image), plan, items);
    plan.add(liveWrite(lb, record, { current: image.version, previous, extra: `active-slot ${to.colour}` }));
    plan.add(retireWrite(ctx, from));
    return {
        writes: plan.writes,
        items,
        outputs: { ...base, activeSlot: to.colour, previousSlot: from.colour, previewUrl: links.preview, previousImageVersion: previous, upgradedInstances: Math.max(1, from.info.capacity) },
        message: `plan: ${image.version} would go live on the ${to.colour} colour (${to.ref.name}) (${action_countWrites(plan.size)}, none made)`,
    };
}
async function planRollbackWrites(ctx, rollback) {
    const ports = await ctx.azure();
    const pair = await observePair(ctx, ports, { signal: ctx.signal });
    const { toColour, image } = rollbackTarget(rollback);
    const record = recordFromTags(pair.lb.tags);
    const fromVersion = shared_versionOf(pair.active.info);
    const lb = lbResource(pair);
    const plan = new Plan();
    if (pair.active.colour === toColour && sameId(pair.active.info.imageId, image.id)) {
        if (record.target)
            plan.add(catchUpWrite(lb, record, image.version, record.previous));
        return {
            writes: plan.writes,
            items: [{ kind: 'fact', label: 'blue-green', value: `${toColour} (${pair.active.ref.name}) serves ${image.version}: live traffic is there, nothing to switch` }],
            outputs: { activeSlot: toColour, previousSlot: pair.idle.colour, imageVersion: image.version, imageId: image.id, rolledBack: false },
            message: `plan: ${image.version} is live on the ${toColour} colour; nothing to switch (${action_countWrites(plan.size)})`,
        };
    }
    if (pair.active.colour === toColour) {
        throw new core_errors/* EngineError */.NJ('terminal', `the rollback plan returns to the ${toColour} colour, which is live already but runs ${fromVersion ?? pair.active.info.imageDescription}, not ${image.version}; roll back with 'to-version' instead`);
    }
    plan.add(intentWrite(lb, image.version, 'rolling-back'));
    const target = pair.idle;
    const items = [{ kind: 'fact', label: 'rollback', value: rollback.description }];
    if (target.info && sameId(target.info.imageId, image.id) && target.info.capacity > 0) {
        items.push(wouldCheck(`${target.colour} colour (${target.ref.name}): ${target.info.capacity} instance(s) on ${image.version}, running and healthy`));
        plan.add(switchWrite(pair, target, pair.active, `one write back to the colour still up (scale-down-delay), once it is healthy`));
    }
    else {
        items.push({ kind: 'fact', label: `${target.colour} colour`, value: `${target.ref.name} does not run ${image.version} (any more): it would be brought up first` });
        await releaseWrites(ctx, ports, pair, target, image, '', plan, items);
    }
    plan.add(liveWrite(lb, record, { current: image.version, previous: fromVersion ?? record.current, state: 'rolled-back', extra: `active-slot ${target.colour}` }));
    plan.add(retireWrite(ctx, pair.active));
    return {
        writes: plan.writes,
        items,
        outputs: { rolledBack: true, activeSlot: target.colour, previousSlot: pair.active.colour, imageVersion: image.version, imageId: image.id, previousImageVersion: fromVersion },
        message: `plan: ${rollback.description} (${action_countWrites(plan.size)}, none made)`,
    };
}

;// CONCATENATED MODULE: ./src/core/deploy/blue-green/strategy.ts










async function prepareColour(ctx, ports, pair, colour, image, capacity, opt, items) {
    const port = ports.scaleSets;
    const ref = colour.ref;
    const info = await port.get(ref, opt());
    if (!info) {
        ctx.deps.host.info(`Creating scale set ${ref.name} (${colour.colour}) from the model of ${pair.active.ref.name} with image ${image.version} and ${capacity} instance(s).`);
        await port.createFromModel(pair.active.ref, ref, { imageId: image.id, poolMap: { [pair.active.poolId]: colour.poolId }, capacity, tags: { [COLOUR_TAG]: colour.colour } }, opt());
        items.push({ kind: 'action', label: `${colour.colour} colour`, value: `created scale set ${ref.name} (copy of ${pair.active.ref.name}'s model) on ${image.version} with ${capacity} instance(s)` });
        return;
    }
    let current = info;
    if (!sameId(current.imageId, image.id)) {
        // Scale in first, then re-point the model: every instance then boots on the new model,
        // whatever the upgrade mode (no rolling upgrade of an idle colour to follow).
        if (current.capacity > 0) {
            current = await port.setCapacity(ref, 0, current.etag, opt());
            items.push({ kind: 'action', label: `${colour.colour} colour`, value: `${ref.name} scaled in to 0 (it ran ${shared_versionOf(info) ?? info.imageDescription})` });
        }
        current = await port.setImage(ref, { imageId: image.id, etag: current.etag }, opt());
        items.push({ kind: 'action', label: `${colour.colour} colour`, value: `${ref.name} model → image ${image.version}` });
    }
    if (current.capacity !== capacity) {
        await port.setCapacity(ref, capacity, current.etag, opt());
        items.push({ kind: 'action', label: `${colour.colour} colour`, value: `${ref.name} scaled to ${capacity} instance(s)` });
    }
    const stale = (await port.listInstances(ref, opt())).filter((i) => !onImage(i, image.id));
    if (stale.length > 0) {
        await port.updateInstances(ref, stale.map((i) => i.instanceId), opt());
        items.push({ kind: 'action', label: `${colour.colour} colour`, value: `${stale.length} instance(s) of ${ref.name} brought to the latest model` });
    }
}
/** Waits until the colour has `capacity` instances, all on `imageId`, provisioned, running and healthy. */
async function waitHealthy(ctx, ports, ref, imageId, capacity, deadline, opt) {
    const gate = ctx.settings.verify.gate;
    let unhealthyLooks = 0;
    for (;;) {
        if (ctx.signal.aborted)
            throw new core_errors/* CancelledError */.cc(`the run was cancelled while waiting for scale set ${ref.name} to be healthy`);
        const instances = await ports.scaleSets.listInstances(ref, opt());
        const look = judgeInstances(instances, imageId);
        const countOk = instances.length === capacity;
        if (look.ok && countOk)
            return { ok: true, detail: `${instances.length} of ${capacity} instance(s) on the new image, running and healthy` };
        const detail = [!countOk ? `${instances.length} of ${capacity} instance(s)` : '', ...look.problems].filter(Boolean).join('; ');
        const failed = instances.filter((i) => i.provisioningState === 'failed');
        if (failed.length > 0)
            return { ok: false, detail: `instance(s) ${failed.map((i) => i.instanceId).join(', ')} failed to provision; ${detail}` };
        const upButSick = instances.some((i) => onImage(i, imageId) && i.provisioningState === 'succeeded' && i.power === 'running' && i.health === 'unhealthy');
        unhealthyLooks = upButSick ? unhealthyLooks + 1 : 0;
        if (unhealthyLooks >= UNHEALTHY_LOOKS)
            return { ok: false, detail: `unhealthy in ${UNHEALTHY_LOOKS} looks in a row: ${detail}` };
        if (deadline.left() <= 0)
            return { ok: false, detail: `still not healthy when 'deploy-timeout' ran out: ${detail}` };
        try {
            await ctx.deps.sleep(Math.min(gate.intervalMs, Math.max(1, deadline.left())), ctx.signal);
        }
        catch (err) {
            if (ctx.signal.aborted)
                throw new core_errors/* CancelledError */.cc(`the run was cancelled while waiting for scale set ${ref.name} to be healthy`);
            throw err;
        }
    }
}
/** Live rule(s) → `to`'s pool, preview rule → the other colour's pool: ONE write, guarded by a fresh ETag. */
async function switchTo(ctx, ports, to, from, opt) {
    const fresh = await observePair(ctx, ports, opt());
    if (fresh.active.colour === to.colour) {
        // Already switched (a re-run after a cancel) — unless that write ended Failed: apply it again.
        if (!isFailed(fresh))
            return fresh;
        await reapply(ctx, ports, fresh, opt);
        return observePair(ctx, ports, opt());
    }
    const switches = Object.fromEntries(fresh.liveRules.map((r) => [r.name, to.poolId]));
    if (fresh.previewRule)
        switches[fresh.previewRule.name] = from.poolId;
    await ports.loadBalancers.switchRules(fresh.lb, switches, fresh.lb.etag, opt());
    return observePair(ctx, ports, opt());
}
/** A load balancer whose last write ended Failed is written again as it stands (same rules, fresh ETag). */
async function reapply(ctx, ports, pair, opt) {
    ctx.warn(`load balancer '${pair.lb.name}' is in provisioning state Failed (an earlier write did not complete): writing its rules again`);
    const switches = Object.fromEntries(pair.liveRules.map((r) => [r.name, pair.active.poolId]));
    if (pair.previewRule)
        switches[pair.previewRule.name] = pair.idle.poolId;
    await ports.loadBalancers.switchRules(pair.lb, switches, pair.lb.etag, opt());
}
async function recordLivePair(ctx, ports, pair, live, retired, opt) {
    const runUrl = ctx.deps.run?.runUrl;
    await ports.tags.merge(pair.lb.id, tagsForRecord({ current: live.current, previous: live.previous, deployedAt: iso(ctx), runUrl, state: live.state ?? 'live', activeSlot: live.colour }), opt());
    await ports.tags.remove(pair.lb.id, [RECORD_TAGS.target], opt());
    // The retired colour keeps running for scale-down-delay; clean-up (issue #6) acts after this time.
    if (retired?.info)
        await ports.tags.merge(retired.info.id, { [SCALE_DOWN_AFTER_TAG]: iso(ctx, ctx.settings.deploy.scaleDownDelayMs) }, opt());
}
async function release(ctx, ports, pair, to, image, deadline, opt, items, progress = { productionTouched: false }) {
    const from = pair.active;
    const capacity = Math.max(1, from.info.capacity);
    await prepareColour(ctx, ports, pair, to, image, capacity, opt, items);
    const health = await waitHealthy(ctx, ports, to.ref, image.id, capacity, deadline, opt);
    items.push({ kind: 'check', label: `${to.colour} colour healthy`, value: health.detail, ok: health.ok });
    const untouched = `live traffic was not touched (${from.colour}, ${from.ref.name}, still serves ${shared_versionOf(from.info) ?? 'the previous image'})`;
    if (!health.ok)
        throw new core_errors/* EngineError */.NJ('verify', `the ${to.colour} colour (${to.ref.name}) did not become healthy on ${image.version}: ${health.detail}; ${untouched}`);
    const before = await urls(ctx, ports, pair);
    if (before.preview) {
        const preview = await httpGate(ctx, `preview (${to.colour})`, before.preview, deadline, { warmup: true });
        items.push({ kind: 'check', label: `preview ${before.preview}`, value: preview.reason, ok: preview.passed });
        if (!preview.passed)
            throw new core_errors/* EngineError */.NJ('verify', `the preview endpoint of the ${to.colour} colour did not pass: ${preview.reason}; ${untouched}`);
    }
    else {
        ctx.warn(`blue-green: load balancer '${pair.lb.name}' has no preview rule (set 'preview-port' or 'preview-url'): the ${to.colour} colour was checked by instance health only before the switch`);
    }
    progress.productionTouched = true;
    const after = await switchTo(ctx, ports, to, from, opt);
    items.push({ kind: 'action', label: 'switch', value: `live rule(s) ${pair.liveRules.map((r) => r.name).join(', ')} → ${to.poolName} (${to.colour})${pair.previewRule ? `, preview rule ${pair.previewRule.name} → ${from.poolName}` : ''}: one load balancer write` });
    const liveUrl = before.live;
    if (liveUrl) {
        const live = await httpGate(ctx, `live (${to.colour})`, liveUrl, deadline);
        items.push({ kind: 'check', label: `live ${liveUrl}`, value: live.reason, ok: live.passed });
        if (!live.passed) {
            // Traffic has moved: the caller's rollback plan (one write back to the old colour) undoes it.
            throw new SwitchedError(`production did not pass on the ${to.colour} colour (${image.version}) after the switch: ${live.reason}`);
        }
    }
    else {
        ctx.warn(`blue-green: no live URL (set 'live-url'): production was not probed after the switch`);
    }
    return after;
}
/** A failure after the live rules moved: undoing it takes the rollback plan. */
class SwitchedError extends core_errors/* EngineError */.NJ {
    constructor(message) {
        super('verify', message);
    }
}
const blueGreenStrategy = {
    name: 'blue-green',
    planDeploy: planDeploy,
    planRollbackWrites: planRollbackWrites,
    async inspect(ctx) {
        const ports = await ctx.azure();
        const pair = await observePair(ctx, ports, { signal: ctx.signal });
        checkGalleryImage(pair.active.info);
        const record = recordFromTags(pair.lb.tags);
        return { ...record, current: record.current ?? shared_versionOf(pair.active.info), activeSlot: pair.active.colour };
    },
    async deploy(ctx, artifact, record) {
        const ports = await ctx.azure();
        const deadline = deadlineOf(ctx);
        const opt = () => ({ signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
        const pair = await observePair(ctx, ports, opt());
        checkGalleryImage(pair.active.info);
        const image = await resolveImage(ports.scaleSets, ctx.settings, pair.active.info, artifact, opt());
        const from = pair.active;
        const previous = shared_versionOf(from.info);
        const links = await urls(ctx, ports, pair);
        const base = { imageId: image.id, imageVersion: image.version };
        if (sameId(from.info.imageId, image.id)) {
            if (isFailed(pair))
                await reapply(ctx, ports, pair, opt);
            const stale = (await ports.scaleSets.listInstances(from.ref, opt())).filter((i) => !onImage(i, image.id));
            if (stale.length === 0) {
                if (record.current !== image.version || record.target) {
                    // An earlier run that switched and then stopped (cancelled) left the record half-written:
                    // finish it, including the retired colour's scale-down time.
                    const retired = record.target === image.version ? pair.idle : undefined;
                    await recordLivePair(ctx, ports, pair, { current: image.version, previous: record.current !== image.version ? record.current : record.previous, colour: from.colour }, retired, opt);
                }
                return {
                    outputs: { ...base, activeSlot: from.colour, previousSlot: pair.idle.colour, previewUrl: links.preview, previousImageVersion: record.current === image.version ? record.previous : record.current, upgradedInstances: 0 },
                    items: [{ kind: 'fact', label: 'blue-green', value: `${from.colour} (${from.ref.name}) already serves ${image.version}: nothing to do` }],
                    message: `the ${from.colour} colour (${from.ref.name}) already serves ${image.version}: no change`,
                };
            }
        }
        const to = pair.idle;
        const items = [
            { kind: 'fact', label: 'blue-green', value: `${from.colour} (${from.ref.name}, ${previous ?? from.info.imageDescription}) is live on load balancer ${pair.lb.name}; ${to.colour} (${to.ref.name}) gets ${image.version}` },
        ];
        if (pair.adopting)
            items.push({ kind: 'fact', label: 'adoption', value: `scale set ${from.ref.name} is adopted as the ${from.colour} colour; ${to.ref.name} is created next to it` });
        const plan = {
            strategy: 'blue-green',
            to: { slot: from.colour, imageId: from.info.imageId, imageVersion: previous },
            description: `load balancer ${pair.lb.name}: live rule(s) back to ${from.colour} (${from.ref.name}, ${previous ?? 'previous image'}) from ${to.colour} (${image.version})`,
        };
        await recordIntent(ports.tags, pair.lb.id, { target: image.version, runUrl: ctx.deps.run?.runUrl }, opt());
        const progress = { productionTouched: false };
        try {
            await release(ctx, ports, pair, to, image, deadline, opt, items, progress);
        }
        catch (err) {
            if (ctx.signal.aborted || err instanceof core_errors/* CancelledError */.cc || !(err instanceof core_errors/* EngineError */.NJ))
                throw err;
            // Before the switch write, live traffic never moved: the plan then only confirms the old colour is live.
            const outputs = { ...base, activeSlot: from.colour, previousSlot: to.colour, previousImageVersion: previous };
            throw new RolloutError(err.message, { plan, items, outputs, liveUntouched: !progress.productionTouched }, err.kind);
        }
        await recordLivePair(ctx, ports, pair, { current: image.version, previous, colour: to.colour }, from, opt);
        const scaleDownAt = iso(ctx, ctx.settings.deploy.scaleDownDelayMs);
        items.push({ kind: 'fact', label: `${from.colour} colour`, value: `${from.ref.name} keeps running ${previous ?? 'the previous image'} for instant rollback until ${scaleDownAt} (scale-down-delay)` });
        const after = await urls(ctx, ports, await observePair(ctx, ports, opt()));
        return {
            outputs: { ...base, activeSlot: to.colour, previousSlot: from.colour, previewUrl: after.preview, previousImageVersion: previous, upgradedInstances: Math.max(1, from.info.capacity) },
            items,
            message: `${image.version} is live on the ${to.colour} colour (${to.ref.name}); ${from.colour} (${previous ?? 'previous image'}) stays up until ${scaleDownAt}`,
            rollback: plan,
        };
    },
    async endpoints(ctx) {
        const ports = await ctx.azure();
        const pair = await observePair(ctx, ports, { signal: ctx.signal });
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
        const pair = await observePair(ctx, ports, { signal: ctx.signal });
        const checks = [];
        if (ctx.settings.verify.instanceHealth) {
            const check = await instanceHealthCheck(ctx, ports.scaleSets, pair.active.ref, ctx.settings.verify.gate, pair.active.info.imageId);
            checks.push({ ...check, name: `instance health (${pair.active.colour}, ${pair.active.ref.name})` });
        }
        const remote = await remoteAccessCheck(ports.networkSecurity, pair.active.info, ctx.settings.verify.remoteAccess, { signal: ctx.signal });
        if (remote)
            checks.push(remote);
        return checks;
    },
    async planRollback(ctx, record, toVersion) {
        const ports = await ctx.azure();
        const pair = await observePair(ctx, ports, { signal: ctx.signal });
        checkGalleryImage(pair.active.info);
        const idleVersion = shared_versionOf(pair.idle.info);
        const version = toVersion ?? record.previous ?? (pair.idle.info && (pair.idle.info.capacity > 0) ? idleVersion : undefined);
        const from = shared_versionOf(pair.active.info) ?? 'the live image';
        if (!version) {
            throw new core_errors/* EngineError */.NJ('input', `input 'to-version': is required: load balancer '${pair.lb.name}' has no previous version recorded (tag ${RECORD_TAGS.previous}) and the ${pair.idle.colour} colour holds nothing to return to; expected the image version to return to, e.g. '1.4.2'`);
        }
        if (version === shared_versionOf(pair.active.info)) {
            return { strategy: 'blue-green', to: { slot: pair.active.colour, imageId: pair.active.info.imageId, imageVersion: version }, description: `${version} is already live on ${pair.active.colour}` };
        }
        const what = toVersion ? "'to-version'" : "'to-version' (default: the recorded previous version)";
        const image = pair.idle.info && shared_versionOf(pair.idle.info) === version
            ? { id: pair.idle.info.imageId, version }
            : await checkImageUsable(ports.scaleSets, pair.active.info, siblingVersionId(pair.active.info.imageId, version), what, { signal: ctx.signal });
        return {
            strategy: 'blue-green',
            to: { slot: pair.idle.colour, imageId: image.id, imageVersion: image.version },
            description: `load balancer ${pair.lb.name}: live rule(s) to ${pair.idle.colour} (${pair.idle.ref.name}, ${image.version}) from ${pair.active.colour} (${from})`,
        };
    },
    async rollback(ctx, plan) {
        const ports = await ctx.azure();
        const deadline = deadlineOf(ctx);
        const opt = () => ({ signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
        const pair = await observePair(ctx, ports, opt());
        const { toColour, image } = rollbackTarget(plan);
        const record = recordFromTags(pair.lb.tags);
        const fromVersion = shared_versionOf(pair.active.info);
        const items = [];
        if (pair.active.colour === toColour && sameId(pair.active.info.imageId, image.id)) {
            if (record.target)
                await recordLivePair(ctx, ports, pair, { current: image.version, previous: record.previous, colour: toColour, state: record.current === image.version ? 'live' : 'rolled-back' }, undefined, opt);
            return {
                outputs: { activeSlot: toColour, previousSlot: pair.idle.colour, imageVersion: image.version, imageId: image.id },
                items: [{ kind: 'fact', label: 'blue-green', value: `${toColour} (${pair.active.ref.name}) serves ${image.version}: live traffic is there, nothing to switch` }],
                message: `${image.version} is live on the ${toColour} colour (${pair.active.ref.name}); live traffic is there, nothing to switch`,
            };
        }
        if (pair.active.colour === toColour) {
            throw new core_errors/* EngineError */.NJ('terminal', `the rollback plan returns to the ${toColour} colour, which is live already but runs ${fromVersion ?? pair.active.info.imageDescription}, not ${image.version}; roll back with 'to-version' instead`);
        }
        await recordIntent(ports.tags, pair.lb.id, { target: image.version, runUrl: ctx.deps.run?.runUrl, state: 'rolling-back' }, opt());
        const target = pair.idle;
        const ready = target.info && sameId(target.info.imageId, image.id) && target.info.capacity > 0;
        if (ready) {
            // The usual case: the old colour is still up (scale-down-delay) — check it, then one write.
            const health = await waitHealthy(ctx, ports, target.ref, image.id, target.info.capacity, deadline, opt);
            items.push({ kind: 'check', label: `${target.colour} colour healthy`, value: health.detail, ok: health.ok });
            if (!health.ok)
                throw new core_errors/* EngineError */.NJ('terminal', `cannot roll back to the ${target.colour} colour (${target.ref.name}): ${health.detail}; ${pair.active.colour} stays live`);
            await switchTo(ctx, ports, target, pair.active, opt);
            items.push({ kind: 'action', label: 'switch', value: `live rule(s) → ${target.poolName} (${target.colour}, ${image.version}): one load balancer write` });
        }
        else {
            items.push({ kind: 'fact', label: `${target.colour} colour`, value: `${target.ref.name} does not run ${image.version} (any more): bringing it up first` });
            await release(ctx, ports, pair, target, image, deadline, opt, items);
        }
        await recordLivePair(ctx, ports, pair, { current: image.version, previous: fromVersion ?? record.current, colour: target.colour, state: 'rolled-back' }, pair.active, opt);
        return {
            outputs: { rolledBack: true, activeSlot: target.colour, previousSlot: pair.active.colour, imageVersion: image.version, imageId: image.id, previousImageVersion: fromVersion },
            items,
            message: `${image.version} is live again on the ${target.colour} colour (${target.ref.name}); ${pair.active.colour} (${fromVersion ?? 'newer image'}) is idle`,
        };
    },
};

;// CONCATENATED MODULE: ./src/core/deploy/endpoint-probes.ts
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
    return [...settings.verify.probes, ...endpointProbes(settings, endpointsFromSettings(settings).filter((e) => e.role === 'live'))];
}

;// CONCATENATED MODULE: ./src/core/deploy/rolling/azure-rolling.ts
/**
 * Rolling mode: Azure runs the upgrade with the scale set's rollingUpgradePolicy once the model
 * changes; the engine follows `rollingUpgrades/latest` and reports progress per batch. A run is
 * told apart from an earlier one by its start time.
 */


/** Polls before concluding that no new upgrade started (the model already matched: a re-run). */
const POLLS_FOR_START = 3;
async function followRollingUpgrade(ctx, port, ref, before, deadline, version) {
    const items = [];
    let waitingForStart = 0;
    let lastDone = -1;
    let batch = 0;
    for (;;) {
        if (ctx.signal.aborted)
            throw new core_errors/* CancelledError */.cc(`the run was cancelled while following the rolling upgrade of scale set ${ref.name}`);
        if (deadline.left() <= 0) {
            throw new RolloutError(`Azure's rolling upgrade of scale set ${ref.name} did not finish within 'deploy-timeout'; it goes on in Azure (a re-run follows it)`, { items, outputs: {} }, 'transient');
        }
        const latest = await port.latestRollingUpgrade(ref, { signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
        const isNew = latest && (!before || latest.startTime !== before.startTime);
        if (!isNew) {
            if (++waitingForStart > POLLS_FOR_START)
                return { started: false, items };
            await ctx.deps.sleep(Math.min(port.pollIntervalMs, deadline.left()), ctx.signal);
            continue;
        }
        const done = latest.successful + latest.failed;
        if (done !== lastDone) {
            if (done > 0 && done > lastDone) {
                batch += 1;
                const line = `${done} of ${done + latest.inProgress + latest.pending} instance(s) upgraded to ${version}${latest.failed > 0 ? ` (${latest.failed} failed)` : ''}, ${latest.inProgress} in progress, ${latest.pending} pending`;
                ctx.deps.host.info(`Rolling upgrade of ${ref.name}, batch ${batch}: ${line}.`);
                items.push({ kind: 'action', label: `batch ${batch}`, value: line });
            }
            lastDone = done;
        }
        if (latest.code === 'RollingForward') {
            await ctx.deps.sleep(Math.min(port.pollIntervalMs, Math.max(1, deadline.left())), ctx.signal);
            continue;
        }
        if (latest.code === 'Completed')
            return { started: true, info: latest, items };
        const why = latest.code === 'Faulted' ? `faulted: ${latest.error ?? 'no error given'}` : `ended ${latest.code}${latest.lastAction === 'Cancel' ? ' (cancelled outside this run)' : ''}`;
        throw new RolloutError(`Azure's rolling upgrade of scale set ${ref.name} ${why} (${latest.successful} upgraded, ${latest.failed} failed, ${latest.pending} pending)`, {
            items: [...items, { kind: 'check', label: 'rolling upgrade', value: why, ok: false }],
            outputs: { upgradedInstances: latest.successful + latest.failed },
        });
    }
}

;// CONCATENATED MODULE: ./src/core/deploy/rolling/manual.ts
/**
 * Manual mode: the engine drives the batches itself with updateInstances. Batch size from the
 * inputs (or the scale set's policy); before each batch the unhealthy budget is checked; after it,
 * the batch must come back Healthy on the new image AND the verify probes must pass (our edge over
 * Azure's own policy: the gate is the user's real health check); the pause is respected between
 * batches. Instances already on the target image are skipped. Also used to finish a rollout Azure
 * did not start, and to replace instances during a rollback (gates off, no budget).
 */





const manual_onImage = (i, imageId) => sameId(i.imageId, imageId) && i.latestModelApplied;
const isBad = (i) => i.health === 'unhealthy' || i.provisioningState === 'failed' || (i.power !== undefined && i.power !== 'running' && i.power !== 'starting');
const pct = (part, whole) => (whole === 0 ? 0 : (part * 100) / whole);
/** The batches a rollout to `imageId` takes: pure, shared by the rollout and its plan. */
function planBatches(instances, imageId, knobs) {
    const total = instances.length;
    let stale = instances.filter((i) => !manual_onImage(i, imageId));
    if (knobs.prioritizeUnhealthy)
        stale = [...stale.filter(isBad), ...stale.filter((i) => !isBad(i))];
    const size = Math.max(1, Math.floor((total * knobs.batchPercent) / 100));
    const batches = [];
    for (let k = 0; k < stale.length; k += size)
        batches.push(stale.slice(k, k + size).map((i) => i.instanceId));
    return { total, stale, size, batches };
}
async function driveBatches(ctx, port, ref, imageId, opts) {
    const { knobs, deadline } = opts;
    const call = () => ({ signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
    const version = versionOf(imageId);
    let current = await port.listInstances(ref, call());
    const { total, stale, size, batches } = planBatches(current, imageId, knobs);
    const items = [];
    const upgraded = [];
    const failedUpgraded = new Set();
    const skipped = total - stale.length;
    ctx.deps.host.info(`Replacing ${stale.length} of ${total} instance(s) of scale set ${ref.name} with ${version} in ${batches.length} batch(es) of up to ${size}` +
        `${skipped > 0 ? ` (${skipped} already on it)` : ''}${knobs.pauseMs > 0 ? `, pausing ${knobs.pauseMs / 1000} s between batches` : ''}.`);
    const stop = (message) => {
        throw new RolloutError(message, { items, outputs: { upgradedInstances: upgraded.length } });
    };
    for (const [index, ids] of batches.entries()) {
        const n = index + 1;
        if (index > 0 && knobs.pauseMs > 0) {
            if (knobs.pauseMs >= deadline.left())
                stop(`the ${opts.purpose} ran out of 'deploy-timeout' before batch ${n} of ${batches.length} (pause ${knobs.pauseMs / 1000} s)`);
            await ctx.deps.sleep(knobs.pauseMs, ctx.signal);
        }
        if (ctx.signal.aborted)
            throw new core_errors/* CancelledError */.cc(`the run was cancelled before batch ${n} of ${batches.length}`);
        if (deadline.left() <= 0)
            stop(`the ${opts.purpose} ran out of 'deploy-timeout' before batch ${n} of ${batches.length}`);
        if (opts.enforceBudgets) {
            const unhealthy = current.filter(isBad).length;
            if (pct(unhealthy, total) > knobs.maxUnhealthyPercent) {
                stop(`stopped before batch ${n} of ${batches.length}: ${unhealthy} of ${total} instance(s) unhealthy (${Math.round(pct(unhealthy, total))}%), more than max-unhealthy-percent ${knobs.maxUnhealthyPercent}%`);
            }
        }
        ctx.deps.host.info(`Batch ${n} of ${batches.length}: replacing instance(s) ${ids.join(', ')} with ${version}.`);
        let lroError;
        try {
            await port.updateInstances(ref, ids, call());
        }
        catch (err) {
            if (ctx.signal.aborted || (err instanceof core_errors/* EngineError */.NJ && err.kind !== 'terminal'))
                throw err;
            lroError = err instanceof Error ? err.message : String(err);
        }
        upgraded.push(...ids);
        current = await settle(ctx, port, ref, ids, deadline);
        const batch = current.filter((i) => ids.includes(i.instanceId));
        const bad = batch.filter((i) => isBad(i) || !manual_onImage(i, imageId) || i.health === 'unknown');
        for (const i of bad)
            failedUpgraded.add(i.instanceId);
        const healthNote = bad.length === 0 ? 'healthy' : bad.map((i) => `instance ${i.instanceId} ${describe(i)}`).join(', ');
        if (opts.enforceBudgets && (lroError || pct(failedUpgraded.size, upgraded.length) > knobs.maxUnhealthyUpgradedPercent)) {
            items.push({ kind: 'check', label: `batch ${n}`, value: `instance(s) ${ids.join(', ')} → ${version}: ${healthNote}`, ok: false });
            stop(`batch ${n} of ${batches.length} failed: ${lroError ? `Azure: ${lroError}; ` : ''}${failedUpgraded.size} of ${upgraded.length} upgraded instance(s) not healthy (${healthNote}); max-unhealthy-upgraded-percent is ${knobs.maxUnhealthyUpgradedPercent}%`);
        }
        let probeNote = '';
        if (opts.probes.length > 0) {
            const results = await runProbes(opts.probes, { http: ctx.deps.http, clock: ctx.deps.clock, sleep: ctx.deps.sleep, log: ctx.deps.host, signal: ctx.signal });
            const failed = results.filter((r) => !r.passed);
            probeNote = failed.length === 0 ? `, ${results.length} probe(s) passed` : `, probe(s) failed: ${failed.map(formatProbeResult).join('; ')}`;
            if (failed.length > 0) {
                items.push({ kind: 'check', label: `batch ${n}`, value: `instance(s) ${ids.join(', ')} → ${version}: ${healthNote}${probeNote}`, ok: false });
                stop(`batch ${n} of ${batches.length} failed its gate: ${failed.map(formatProbeResult).join('; ')}`);
            }
        }
        items.push({ kind: 'action', label: `batch ${n}`, value: `instance(s) ${ids.join(', ')} → ${version}: ${healthNote}${probeNote}` });
    }
    return { upgraded, batches: batches.length, items };
}
/** Re-reads (one paged list per look) until the batch is out of transitional states, bounded by the deadline. */
async function settle(ctx, port, ref, ids, deadline) {
    for (;;) {
        const list = await port.listInstances(ref, { signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
        const settling = list.filter((i) => ids.includes(i.instanceId) && (i.health === 'unknown' || ['creating', 'updating'].includes(i.provisioningState ?? '') || i.power === 'starting'));
        if (settling.length === 0 || deadline.left() <= port.pollIntervalMs)
            return list;
        await ctx.deps.sleep(port.pollIntervalMs, ctx.signal);
    }
}
function describe(i) {
    const parts = [i.health !== 'none' ? i.health : undefined, i.provisioningState !== 'succeeded' ? i.provisioningState : undefined, i.power !== 'running' ? i.power : undefined].filter(Boolean);
    return parts.join('/') || 'not on the new image';
}

;// CONCATENATED MODULE: ./src/core/deploy/rolling/policy.ts
/** The rolling knobs: inputs override the scale set's rollingUpgradePolicy, which overrides Azure's defaults. */

const MODE_OF = { Rolling: 'rolling', Manual: 'manual', Automatic: 'automatic' };
const UPGRADE_MODE_FOR = { rolling: 'Rolling', manual: 'Manual', automatic: 'Automatic' };
/**
 * 'auto' follows the scale set's upgradePolicy.mode. An explicit mode must match it: a model change
 * on a Rolling scale set starts Azure's own upgrade (the engine could not drive batches), and on a
 * Manual one nothing would roll at all.
 */
function effectiveMode(requested, info) {
    const actual = MODE_OF[info.upgradeMode];
    if (requested === 'auto' || requested === actual)
        return actual;
    throw new core_errors/* EngineError */.NJ('input', `input 'rollout-mode': '${requested}' needs scale set '${info.name}' in upgradePolicy.mode ${UPGRADE_MODE_FOR[requested]}, but it is ${info.upgradeMode}; expected 'auto' or '${actual}' (or change the scale set's upgrade policy)`);
}
/** What the engine applies in Manual mode (and reports for the others). */
function knobs(settings, policy) {
    const o = settings.deploy.rolling;
    return {
        batchPercent: o.maxBatchPercent ?? policy?.maxBatchInstancePercent ?? 20,
        maxUnhealthyPercent: o.maxUnhealthyPercent ?? policy?.maxUnhealthyInstancePercent ?? 20,
        maxUnhealthyUpgradedPercent: o.maxUnhealthyUpgradedPercent ?? policy?.maxUnhealthyUpgradedInstancePercent ?? 20,
        pauseMs: o.pauseBetweenBatchesMs ?? isoDurationMs(policy?.pauseTimeBetweenBatches) ?? 0,
        prioritizeUnhealthy: o.prioritizeUnhealthy ?? policy?.prioritizeUnhealthyInstances ?? false,
        maxSurge: o.maxSurge ?? policy?.maxSurge ?? false,
    };
}
/** The policy to write for this deploy when inputs override it (Rolling mode), or undefined when they don't. */
function policyOverride(settings, current) {
    const o = settings.deploy.rolling;
    const given = Object.values(o).some((v) => v !== undefined);
    if (!given)
        return undefined;
    return {
        ...current,
        ...(o.maxBatchPercent !== undefined ? { maxBatchInstancePercent: o.maxBatchPercent } : {}),
        ...(o.maxUnhealthyPercent !== undefined ? { maxUnhealthyInstancePercent: o.maxUnhealthyPercent } : {}),
        ...(o.maxUnhealthyUpgradedPercent !== undefined ? { maxUnhealthyUpgradedInstancePercent: o.maxUnhealthyUpgradedPercent } : {}),
        ...(o.pauseBetweenBatchesMs !== undefined ? { pauseTimeBetweenBatches: `PT${Math.round(o.pauseBetweenBatchesMs / 1000)}S` } : {}),
        ...(o.maxSurge !== undefined ? { maxSurge: o.maxSurge } : {}),
        ...(o.prioritizeUnhealthy !== undefined ? { prioritizeUnhealthyInstances: o.prioritizeUnhealthy } : {}),
    };
}
/** ISO 8601 durations as Azure writes them (PT30S, PT1M30S, P1DT2H). */
function isoDurationMs(iso) {
    if (!iso)
        return undefined;
    const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(iso.trim());
    if (!m)
        return undefined;
    const [, d, h, min, s] = m;
    return ((Number(d ?? 0) * 24 + Number(h ?? 0)) * 60 + Number(min ?? 0)) * 60_000 + Math.round(Number(s ?? 0) * 1000);
}

;// CONCATENATED MODULE: ./src/core/deploy/rolling/plan.ts









const plan_onImage = (i, id) => sameId(i.imageId, id) && i.latestModelApplied;
const ids = (list) => (list.length <= 8 ? list.join(', ') : `${list.slice(0, 8).join(', ')}, … (${list.length})`);
async function planRollingDeploy(ctx, artifact, record) {
    const ports = await ctx.azure();
    const port = ports.scaleSets;
    const opt = { signal: ctx.signal };
    const ref = scaleSetRef(ctx.settings);
    const info = await readTarget(port, ref, opt);
    const mode = effectiveMode(ctx.settings.deploy.rolloutMode, info);
    const target = await imageForPlan(ctx, port, info, artifact, opt);
    const instances = await port.listInstances(ref, opt);
    const stale = instances.filter((i) => !plan_onImage(i, target.id));
    const previous = previousImage(info, instances, target, record);
    const base = { imageId: target.id, imageVersion: target.version, previousImageVersion: previous?.version };
    const resource = `scale set ${ref.name}`;
    const plan = new Plan();
    if (sameId(info.imageId, target.id) && stale.length === 0) {
        if (record.current !== target.version || record.target)
            plan.add(catchUpWrite(resource, record, target.version, record.current !== target.version ? record.current : record.previous));
        return {
            writes: plan.writes,
            items: [{ kind: 'fact', label: 'scale set', value: `${ref.name}: all ${instances.length} instance(s) already run ${target.version}; nothing to replace` }],
            outputs: { ...base, previousImageVersion: record.current === target.version ? record.previous : record.current, upgradedInstances: 0, deployUnchanged: plan.size === 0 },
            message: `plan: scale set ${ref.name} already runs ${target.version} (${action_countWrites(plan.size)})`,
        };
    }
    plan.add(intentWrite(resource, target.version));
    rolloutWrites(ctx, plan, ref, info, mode, target, instances, { from: previous?.version ?? versionOfId(info.imageId ?? ''), planned: plannedNote(target) });
    plan.add(liveWrite(resource, record, { current: target.version, previous: previous?.version ?? record.current }));
    const items = [{ kind: 'fact', label: 'scale set', value: `${ref.name} (${info.upgradeMode} upgrade mode, ${mode} rollout, ${instances.length} instance(s))` }];
    return {
        writes: plan.writes,
        items,
        outputs: { ...base, upgradedInstances: stale.length },
        message: `plan: scale set ${ref.name} ${previous?.version ?? 'previous image'} → ${target.version} on ${stale.length} instance(s) (${action_countWrites(plan.size)}, none made)`,
    };
}
async function planRollingRollback(ctx, rollback) {
    const ports = await ctx.azure();
    const port = ports.scaleSets;
    const opt = { signal: ctx.signal };
    const ref = scaleSetRef(ctx.settings);
    const info = await readTarget(port, ref, opt);
    const toId = rollback.to.imageId;
    if (!toId)
        throw new core_errors/* EngineError */.NJ('input', `the rollback plan for scale set '${ref.name}' names no image version`);
    const to = { id: toId, version: rollback.to.imageVersion ?? versionOfId(toId) };
    const record = recordFromTags(info.tags);
    const from = sameId(info.imageId, to.id) ? (record.target && record.target !== to.version ? record.target : record.current) : versionOfId(info.imageId);
    const instances = await port.listInstances(ref, opt);
    const stale = instances.filter((i) => !plan_onImage(i, to.id));
    const resource = `scale set ${ref.name}`;
    const plan = new Plan();
    const outputs = { rolledBack: true, imageVersion: to.version, imageId: to.id, previousImageVersion: from };
    if (sameId(info.imageId, to.id) && stale.length === 0) {
        if (record.target)
            plan.add(catchUpWrite(resource, record, to.version, from && from !== to.version ? from : record.previous));
        return { writes: plan.writes, items: [], outputs: { ...outputs, rolledBack: false }, message: `plan: scale set ${ref.name} already runs ${to.version} on every instance (${action_countWrites(plan.size)})` };
    }
    const latest = info.upgradeMode === 'Rolling' ? await port.latestRollingUpgrade(ref, opt) : undefined;
    if (latest?.code === 'RollingForward') {
        plan.add({ resource: `rolling upgrade of ${resource}`, operation: 'cancel', why: `an upgrade is in progress (started ${latest.startTime ?? 'earlier'}); it must stop before the model moves back` });
    }
    plan.add(intentWrite(resource, to.version, 'rolling-back'));
    const mode = info.upgradeMode === 'Rolling' ? 'rolling' : info.upgradeMode === 'Automatic' ? 'automatic' : 'manual';
    rolloutWrites(ctx, plan, ref, info, mode, to, instances, { from: from ?? versionOfId(info.imageId), planned: '', rollback: true });
    plan.add(liveWrite(resource, record, { current: to.version, previous: from && from !== to.version ? from : record.previous, state: 'rolled-back' }));
    return { writes: plan.writes, items: [{ kind: 'fact', label: 'rollback', value: rollback.description }], outputs, message: `plan: ${rollback.description} (${action_countWrites(plan.size)}, none made)` };
}
/** The model write and the instance replacements of a rollout to `image` (rollout() in strategy.ts, described). */
function rolloutWrites(ctx, plan, ref, info, mode, image, instances, o) {
    const resource = `scale set ${ref.name}`;
    const k = knobs(ctx.settings, info.rollingPolicy);
    const override = mode === 'rolling' && !o.rollback ? policyOverride(ctx.settings, info.rollingPolicy) : undefined;
    const moves = !sameId(info.imageId, image.id);
    const probes = o.rollback ? 0 : batchGateProbes(ctx.settings).length;
    // Manual mode (and a re-run whose model already moved) replaces instances in the engine's batches.
    const engineBatches = mode === 'manual' || !moves;
    const b = planBatches(instances, image.id, mode === 'automatic' ? { ...k, batchPercent: 100 } : k);
    const count = `${b.stale.length} of ${b.total} instance(s)`;
    const inBatches = `${count} in ${b.batches.length} batch(es) of up to ${b.size}`;
    const how = engineBatches
        ? `${inBatches}, ${mode === 'manual' ? 'manual rollout' : 'the model already points there'}${o.rollback ? ' (no gates: a rollback)' : `, each gated by instance health${probes > 0 ? ` and ${probes} probe(s)` : ''}`}`
        : mode === 'rolling'
            ? `Azure's rolling upgrade replaces ${inBatches} (${k.batchPercent}% per batch${k.pauseMs > 0 ? `, ${k.pauseMs / 1000} s pause` : ''})`
            : `Azure updates ${count} at once (automatic upgrade mode)`;
    if (moves || override) {
        const policy = override ? ` with rolling policy ${describePolicy(override, info.rollingPolicy)}` : '';
        plan.add({ resource, operation: 'update', before: `image ${o.from}`, after: `${image.version}${policy}`, why: `${how}${o.planned}` });
    }
    if (engineBatches) {
        b.batches.forEach((batch, index) => {
            plan.add({ resource: `instance(s) ${ids(batch)} of ${resource}`, operation: 'replace', after: `image ${image.version}`, why: `batch ${index + 1} of ${b.batches.length}` });
        });
    }
    if (override)
        plan.add({ resource, operation: 'update', after: 'its own rolling upgrade policy again', why: "the inputs' rolling policy holds for this deploy only" });
}
/** The fields the inputs change, in words. */
function describePolicy(next, current) {
    const p = Object.fromEntries(Object.entries(next).filter(([k, v]) => current?.[k] !== v));
    const parts = [
        p.maxBatchInstancePercent !== undefined ? `max batch ${p.maxBatchInstancePercent}%` : undefined,
        p.maxUnhealthyInstancePercent !== undefined ? `max unhealthy ${p.maxUnhealthyInstancePercent}%` : undefined,
        p.maxUnhealthyUpgradedInstancePercent !== undefined ? `max unhealthy upgraded ${p.maxUnhealthyUpgradedInstancePercent}%` : undefined,
        p.pauseTimeBetweenBatches ? `pause ${p.pauseTimeBetweenBatches}` : undefined,
        p.maxSurge !== undefined ? `max surge ${p.maxSurge}` : undefined,
        p.prioritizeUnhealthyInstances !== undefined ? `unhealthy first ${p.prioritizeUnhealthyInstances}` : undefined,
    ];
    return parts.filter(Boolean).join(', ') || 'as it is';
}

;// CONCATENATED MODULE: ./src/core/deploy/rolling/strategy.ts
/**
 * strategy: rolling — one scale set replaced in place. The model's imageReference.id goes to the
 * new gallery image version in ONE ETag-guarded write; then the instances are replaced:
 * - rolling: Azure's rolling upgrade (policy overridable for this deploy), followed and reported;
 * - manual: the engine's own batches gated by instance health and the verify probes (manual.ts);
 * - automatic: Azure updates every instance; the engine follows and reports.
 * Instances already on the version are skipped; a scale set fully on it is a no-op. The release
 * record (tags) says what was intended before the first write and what is live after the last.
 */












const strategy_onImage = (i, id) => sameId(i.imageId, id) && i.latestModelApplied;
/** What deploy and rollback both start from: the ports, the deadline, and the scale set as it is now. */
async function openTarget(ctx) {
    const ports = await ctx.azure();
    const port = ports.scaleSets;
    const deadline = deadlineOf(ctx);
    const opt = () => ({ signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
    const ref = scaleSetRef(ctx.settings);
    const info = await readTarget(port, ref, opt());
    return { ports, port, deadline, opt, ref, info };
}
const rollingStrategy = {
    name: 'rolling',
    planDeploy: planRollingDeploy,
    planRollbackWrites: planRollingRollback,
    async inspect(ctx) {
        const ports = await ctx.azure();
        const ref = scaleSetRef(ctx.settings);
        const opt = { signal: ctx.signal };
        const info = await readTarget(ports.scaleSets, ref, opt);
        effectiveMode(ctx.settings.deploy.rolloutMode, info);
        const latest = info.upgradeMode === 'Rolling' || ctx.settings.deploy.rolloutMode === 'rolling' ? await ports.scaleSets.latestRollingUpgrade(ref, opt) : undefined;
        if (latest?.code === 'RollingForward' && ctx.settings.stages.includes('deploy')) {
            throw new core_errors/* EngineError */.NJ('transient', `scale set '${ref.name}' has a rolling upgrade in progress (started ${latest.startTime ?? 'earlier'}); wait for it to end or cancel it, then re-run`);
        }
        if (ctx.settings.deploy.rolling.maxSurge && info.upgradeMode !== 'Rolling') {
            ctx.warn("input 'max-surge' applies to Azure's rolling upgrade only; this scale set's upgrade mode is " + info.upgradeMode + ', so it is ignored');
        }
        return recordFromTags(info.tags);
    },
    async deploy(ctx, artifact, record) {
        const { ports, port, deadline, opt, ref, info } = await openTarget(ctx);
        const mode = effectiveMode(ctx.settings.deploy.rolloutMode, info);
        const target = await resolveImage(port, ctx.settings, info, artifact, opt());
        const instances = await port.listInstances(ref, opt());
        const stale = instances.filter((i) => !strategy_onImage(i, target.id));
        const previous = previousImage(info, instances, target, record);
        const base = { imageId: target.id, imageVersion: target.version, previousImageVersion: previous?.version };
        if (sameId(info.imageId, target.id) && stale.length === 0) {
            if (record.current !== target.version || record.target) {
                await recordLive(ports.tags, info.id, { current: target.version, previous: record.current !== target.version ? record.current : record.previous, deployedAt: strategy_iso(ctx), runUrl: ctx.deps.run?.runUrl }, opt());
            }
            return {
                outputs: { ...base, previousImageVersion: record.current === target.version ? record.previous : record.current, upgradedInstances: 0 },
                items: [{ kind: 'fact', label: 'scale set', value: `${ref.name}: all ${instances.length} instance(s) already run ${target.version}; nothing to do` }],
                message: `scale set ${ref.name} already runs ${target.version} on every instance: no change`,
            };
        }
        const plan = previous
            ? { strategy: 'rolling', to: { imageId: previous.id, imageVersion: previous.version }, description: `scale set ${ref.name}: image ${target.version} → ${previous.version}` }
            : undefined;
        const items = [
            { kind: 'fact', label: 'scale set', value: `${ref.name} (${info.upgradeMode} upgrade mode, ${mode} rollout, ${instances.length} instance(s))` },
            { kind: 'action', label: 'image', value: `${previous?.version ?? versionOfId(info.imageId ?? '')} → ${target.version}` },
        ];
        try {
            await recordIntent(ports.tags, info.id, { target: target.version, runUrl: ctx.deps.run?.runUrl }, opt());
            const result = await rollOut(ctx, ports, ref, mode, target, deadline, stale.length);
            items.push(...result.items);
            await recordLive(ports.tags, info.id, { current: target.version, previous: previous?.version ?? record.current, deployedAt: strategy_iso(ctx), runUrl: ctx.deps.run?.runUrl }, opt());
            return {
                outputs: { ...base, upgradedInstances: result.upgraded },
                items,
                message: `scale set ${ref.name}: ${previous?.version ?? 'previous image'} → ${target.version} on ${result.upgraded} instance(s)${instances.length - stale.length > 0 ? ` (${instances.length - stale.length} already on it)` : ''}`,
                rollback: plan,
            };
        }
        catch (err) {
            if (ctx.signal.aborted || err instanceof core_errors/* CancelledError */.cc)
                throw err;
            const e = err instanceof core_errors/* EngineError */.NJ ? err : new core_errors/* EngineError */.NJ('terminal', err instanceof Error ? err.message : String(err), { cause: err });
            const details = e instanceof RolloutError ? e.details : { items: [], outputs: {} };
            throw new RolloutError(e.message, { plan, items: [...items, ...details.items], outputs: { ...base, ...details.outputs } }, e.kind);
        }
    },
    async endpoints() {
        // Behind a load balancer Azure gives no URL this machine can reach: live-url / preview-url do.
        return [];
    },
    async checkTarget(ctx) {
        const ports = await ctx.azure();
        const ref = scaleSetRef(ctx.settings);
        const info = await readTarget(ports.scaleSets, ref, { signal: ctx.signal });
        const checks = [];
        if (ctx.settings.verify.instanceHealth)
            checks.push(await instanceHealthCheck(ctx, ports.scaleSets, ref, ctx.settings.verify.gate, info.imageId));
        const remote = await remoteAccessCheck(ports.networkSecurity, info, ctx.settings.verify.remoteAccess, { signal: ctx.signal });
        if (remote)
            checks.push(remote);
        return checks;
    },
    async planRollback(ctx, record, toVersion) {
        const ports = await ctx.azure();
        const ref = scaleSetRef(ctx.settings);
        const opt = { signal: ctx.signal };
        const info = await readTarget(ports.scaleSets, ref, opt);
        const version = toVersion ?? record.previous;
        if (!version) {
            throw new core_errors/* EngineError */.NJ('input', `input 'to-version': is required: scale set '${ref.name}' has no previous version recorded (tag immutable-deploy.previous-version); expected the image version to return to, e.g. '1.4.2'`);
        }
        const image = await checkImageUsable(ports.scaleSets, info, siblingVersionId(info.imageId, version), toVersion ? "'to-version'" : "'to-version' (default: the recorded previous version)", opt);
        const from = record.current ?? versionOfId(info.imageId);
        return { strategy: 'rolling', to: { imageId: image.id, imageVersion: image.version }, description: `scale set ${ref.name}: image ${from} → ${image.version}` };
    },
    async rollback(ctx, plan) {
        const { ports, port, deadline, opt, ref, info } = await openTarget(ctx);
        const toId = plan.to.imageId;
        if (!toId)
            throw new core_errors/* EngineError */.NJ('input', `the rollback plan for scale set '${ref.name}' names no image version`);
        const to = { id: toId, version: plan.to.imageVersion ?? versionOfId(toId) };
        const record = recordFromTags(info.tags);
        const from = sameId(info.imageId, to.id) ? (record.target && record.target !== to.version ? record.target : record.current) : versionOfId(info.imageId);
        const before = await port.listInstances(ref, opt());
        const stale = before.filter((i) => !strategy_onImage(i, to.id));
        // Instances that run another image (the model may point elsewhere, so latestModelApplied says little here).
        const replaced = before.filter((i) => !sameId(i.imageId, to.id)).length;
        const items = [];
        if (!(sameId(info.imageId, to.id) && stale.length === 0)) {
            // A rolling upgrade still running (ours, cancelled mid-way) must stop before the model moves back.
            const latest = info.upgradeMode === 'Rolling' ? await port.latestRollingUpgrade(ref, opt()) : undefined;
            if (latest?.code === 'RollingForward')
                await stopRollingUpgrade(ctx, ports, ref, deadline);
            await recordIntent(ports.tags, info.id, { target: to.version, runUrl: ctx.deps.run?.runUrl, state: 'rolling-back' }, opt());
            const mode = info.upgradeMode === 'Rolling' ? 'rolling' : info.upgradeMode === 'Automatic' ? 'automatic' : 'manual';
            const result = await rollOut(ctx, ports, ref, mode, to, deadline, stale.length, { rollback: true });
            items.push(...result.items);
        }
        const after = await port.listInstances(ref, opt());
        const left = after.filter((i) => !strategy_onImage(i, to.id));
        if (left.length > 0) {
            throw new core_errors/* EngineError */.NJ('terminal', `the rollback of scale set ${ref.name} to ${to.version} left ${left.length} instance(s) on another image: ${left.map((i) => i.instanceId).join(', ')}`);
        }
        await recordLive(ports.tags, info.id, { current: to.version, previous: from && from !== to.version ? from : record.previous, deployedAt: strategy_iso(ctx), runUrl: ctx.deps.run?.runUrl, state: 'rolled-back' }, opt());
        items.push({ kind: 'action', label: 'rolled back', value: `${plan.description} (${replaced} instance(s) replaced)` });
        return {
            outputs: { rolledBack: true, imageVersion: to.version, imageId: to.id, previousImageVersion: from },
            items,
            message: `image ${to.version} is live again on scale set ${ref.name} (${replaced} instance(s) replaced${from ? `, ${from} rolled back` : ''})`,
        };
    },
};
/** Points the model at `image` (if it is not already) and replaces the stale instances per `mode`. */
async function rollOut(ctx, ports, ref, mode, image, deadline, staleCount, options = {}) {
    const port = ports.scaleSets;
    const opt = () => ({ signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
    const purpose = options.rollback ? 'rollback' : 'deploy';
    // Re-observe right before the write: the ETag guards it against a change in between.
    const fresh = (await port.get(ref, opt()));
    const k = knobs(ctx.settings, fresh.rollingPolicy);
    const override = mode === 'rolling' && !options.rollback ? policyOverride(ctx.settings, fresh.rollingPolicy) : undefined;
    const before = mode === 'rolling' ? await port.latestRollingUpgrade(ref, opt()) : undefined;
    let written = fresh;
    if (!sameId(fresh.imageId, image.id) || override) {
        ctx.deps.host.info(`Scale set ${ref.name}: imageReference → ${image.version}${override ? ' with the rolling upgrade policy from the inputs' : ''}.`);
        written = await port.setImage(ref, { imageId: image.id, etag: fresh.etag, ...(override ? { rollingPolicy: override } : {}) }, opt());
    }
    try {
        if (mode === 'automatic') {
            // The update operation ended when Azure had updated every instance; report what it did.
            const after = await port.listInstances(ref, opt());
            const done = after.filter((i) => strategy_onImage(i, image.id)).length;
            if (done < after.length) {
                // Automatic mode leaves no stale instance once the operation ends; finish any a re-run found.
                const report = await driveBatches(ctx, port, ref, image.id, { knobs: { ...k, batchPercent: 100 }, probes: [], enforceBudgets: !options.rollback, deadline, purpose });
                return { upgraded: staleCount, items: report.items };
            }
            return { upgraded: staleCount, items: [{ kind: 'action', label: 'automatic upgrade', value: `Azure updated ${staleCount} instance(s) to ${image.version} at once` }] };
        }
        if (mode === 'rolling') {
            const followed = await followRollingUpgrade(ctx, port, ref, before, deadline, image.version);
            if (followed.started)
                return { upgraded: staleCount, items: followed.items };
            // No upgrade started (the model already matched: a re-run after a cancelled rollout): finish the stale instances by batches.
            ctx.deps.host.info(`Scale set ${ref.name}: no rolling upgrade started; replacing the remaining instances in batches per the policy.`);
            const report = await driveBatches(ctx, port, ref, image.id, { knobs: k, probes: [], enforceBudgets: !options.rollback, deadline, purpose });
            return { upgraded: report.upgraded.length, items: report.items };
        }
        const report = await driveBatches(ctx, port, ref, image.id, { knobs: k, probes: options.rollback ? [] : batchGateProbes(ctx.settings), enforceBudgets: !options.rollback, deadline, purpose });
        return { upgraded: report.upgraded.length, items: report.items };
    }
    catch (err) {
        if (ctx.signal.aborted && mode === 'rolling')
            await stopRollingUpgradeAfterCancel(ports, ref);
        if (options.rollback && mode === 'rolling' && err instanceof RolloutError && !ctx.signal.aborted) {
            // Azure's upgrade refused to go on (e.g. the broken release counts against its budgets):
            // the rollback replaces what is left itself, without budgets.
            ctx.warn(`${err.message}; replacing the remaining instances directly`);
            const report = await driveBatches(ctx, port, ref, image.id, { knobs: { ...k, batchPercent: 100 }, probes: [], enforceBudgets: false, deadline, purpose });
            return { upgraded: staleCount, items: [...err.details.items, ...report.items] };
        }
        throw err;
    }
    finally {
        if (override && !ctx.signal.aborted)
            await restorePolicy(ctx, ports, ref, fresh, written, deadline);
    }
}
/** The override held for this deploy only: the scale set gets its own policy back. */
async function restorePolicy(ctx, ports, ref, original, written, deadline) {
    try {
        const now = await ports.scaleSets.get(ref, { signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
        await ports.scaleSets.setRollingPolicy(ref, original.rollingPolicy ?? {}, now?.etag ?? written.etag, { signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
    }
    catch (err) {
        ctx.warn(`could not restore the rolling upgrade policy of scale set ${ref.name} after this deploy's override: ${err instanceof Error ? err.message : String(err)}`);
    }
}
/** Cancels the running upgrade and waits until it has stopped. */
async function stopRollingUpgrade(ctx, ports, ref, deadline) {
    const port = ports.scaleSets;
    ctx.deps.host.info(`Scale set ${ref.name}: cancelling the rolling upgrade in progress before rolling back.`);
    await port.cancelRollingUpgrade(ref, { signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
    while (deadline.left() > 0) {
        const latest = await port.latestRollingUpgrade(ref, { signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
        if (latest?.code !== 'RollingForward')
            return;
        await ctx.deps.sleep(Math.min(port.pollIntervalMs, deadline.left()), ctx.signal);
    }
}
/**
 * The step was cancelled while Azure rolled: ask Azure to stop before its next batch, so
 * cancelling the step stops the rollout. The record still names the target: a re-run completes it
 * (or `rollback` undoes it). Best effort, on its own short-lived signal.
 */
async function stopRollingUpgradeAfterCancel(ports, ref) {
    try {
        await ports.scaleSets.cancelRollingUpgrade(ref, { signal: new AbortController().signal, timeoutMs: 30_000 });
    }
    catch {
        // nothing running any more, or Azure unreachable: the record already says what was intended
    }
}
const strategy_iso = (ctx) => new Date(ctx.deps.clock.now()).toISOString();

// EXTERNAL MODULE: ./src/core/azure/app-service-port.ts
var app_service_port = __webpack_require__(4064);
;// CONCATENATED MODULE: ./src/core/deploy/slot-swap/artifact.ts
/** `reg.io/web:1.4.2` → '1.4.2'; `reg.io/web@sha256:abcd…` → 'sha256:abcdef012345'; a package URL → its file name without '.zip'. */
function artifact_versionOf(artifact) {
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
function artifact_describe(artifact) {
    if (!artifact)
        return 'nothing';
    return artifact.containerImage !== undefined ? artifact.containerImage : `package ${packageName(artifact.packageUrl)}`;
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

;// CONCATENATED MODULE: ./src/core/deploy/slot-swap/shared.ts





/** Reads and checks the site and the slot; every problem is an 'input' error, before any write. */
async function observe(ctx) {
    const d = ctx.settings.deploy;
    const rg = d.resourceGroup;
    const site = d.appService;
    if (!rg)
        throw new core_errors/* EngineError */.NJ('input', "input 'resource-group' is required for strategy 'slot-swap'");
    if (!site)
        throw new core_errors/* EngineError */.NJ('input', "input 'app-service' is required for strategy 'slot-swap'; expected the web app's name");
    if (d.slot.toLowerCase() === app_service_port/* PRODUCTION_SLOT */.P) {
        throw new core_errors/* EngineError */.NJ('input', "input 'slot': 'production' is the live site; expected a deployment slot (e.g. 'staging') that is swapped into production");
    }
    const { appService: app } = await ctx.azure();
    const options = { signal: ctx.signal };
    const prodRef = { resourceGroup: rg, site, slot: app_service_port/* PRODUCTION_SLOT */.P };
    const production = await app.getSlot(prodRef, options);
    if (!production)
        throw new core_errors/* EngineError */.NJ('input', `input 'app-service': web app '${site}' was not found in resource group '${rg}'; expected an existing App Service`);
    const slotRef = { resourceGroup: rg, site, slot: d.slot.toLowerCase() };
    const slot = await app.getSlot(slotRef, options);
    if (!slot) {
        const slots = (await app.listSlots(rg, site, options)) ?? [];
        const known = slots.length > 0 ? `one of its slots: ${slots.join(', ')}` : 'a deployment slot, but the site has none (create one, e.g. az webapp deployment slot create --slot staging)';
        throw new core_errors/* EngineError */.NJ('input', `input 'slot': '${d.slot}' is not a deployment slot of web app '${site}'; expected ${known}`);
    }
    // A run-from-package URL read back from Azure may carry a SAS token: the host masks it from now on.
    for (const url of [production.runFromPackage, slot.runFromPackage]) {
        if (!url)
            continue;
        ctx.deps.host.setSecret(url);
        const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
        if (query.length >= 3)
            ctx.deps.host.setSecret(query);
    }
    return { app, production, slot, prodRef, slotRef };
}
function wanted(ctx, artifact) {
    const image = artifact.containerImage ?? ctx.settings.deploy.containerImage;
    const pkg = artifact.packageUrl ?? ctx.settings.deploy.packageUrl;
    if (image)
        return { containerImage: image };
    if (pkg)
        return { packageUrl: pkg };
    throw new core_errors/* EngineError */.NJ('input', "input 'container-image' is required for strategy 'slot-swap' (or set 'package-url'); expected the immutable artifact to deploy");
}
const slotUrl = (ctx, role, info) => endpointUrl(ctx, role, info.defaultHostName ? `https://${info.defaultHostName}` : undefined);
function requireUrl(ctx, role, info) {
    const url = slotUrl(ctx, role, info);
    if (!url)
        throw new core_errors/* EngineError */.NJ('input', `${info.slot === app_service_port/* PRODUCTION_SLOT */.P ? `site ${info.site}` : `slot ${info.slot}`} has no host name; set input '${role}-url'`);
    return url;
}
/** Warm-up: the slot answers its warm-up path with 2xx several times in a row. */
function planFor(t, to, from) {
    return {
        strategy: 'slot-swap',
        to: { ...to, slot: t.slotRef.slot },
        description: `web app ${t.prodRef.site}: ${from ? artifact_versionOf(from) : 'nothing'} → ${artifact_versionOf(to)} (swap slot ${t.slotRef.slot} back into production)`,
    };
}
function recordOf(t) {
    const live = artifactOf(t.production);
    const fromTags = recordFromTags(t.production.tags);
    return { ...fromTags, current: fromTags.current ?? (live ? artifact_versionOf(live) : undefined), activeSlot: t.slotRef.slot };
}
const shared_iso = (ctx) => new Date(ctx.deps.clock.now()).toISOString();
function toArtifact(plan) {
    if (plan.to.containerImage)
        return { containerImage: plan.to.containerImage };
    if (plan.to.packageUrl)
        return { packageUrl: plan.to.packageUrl };
    throw new core_errors/* EngineError */.NJ('input', `the rollback plan '${plan.description}' names no container image or package to return to`);
}

;// CONCATENATED MODULE: ./src/core/deploy/slot-swap/plan.ts





const siteResource = (t) => `web app ${t.prodRef.site}`;
const plan_wouldCheck = (value) => ({ kind: 'fact', label: 'would check', value });
/** release(), described: point the slot at the artifact, restart, warm-up, (preview), swap, live check. */
function plan_releaseWrites(ctx, t, artifact, plan, items) {
    const slot = `slot ${t.slotRef.slot} of ${siteResource(t)}`;
    const inSlot = artifactOf(t.slot);
    const path = ctx.settings.deploy.warmupPath;
    if (!sameArtifact(inSlot, artifact))
        plan.add({ resource: slot, operation: 'update', before: artifact_describe(inSlot), after: artifact_describe(artifact), why: 'the new artifact goes to the slot first; production is not touched' });
    plan.add({ resource: slot, operation: 'restart', why: `loads ${artifact_describe(artifact)}` });
    const preview = slotUrl(ctx, 'preview', t.slot);
    items.push(plan_wouldCheck(`slot ${t.slotRef.slot} answers ${path}${preview ? ` (${preview})` : ''} before the swap`));
    if (ctx.settings.deploy.swapWithPreview) {
        plan.add({ resource: slot, operation: 'update', after: "production's slot settings", why: "swap with preview: the slot is checked with production's settings before the swap completes" });
        items.push(plan_wouldCheck(`slot ${t.slotRef.slot} with production's settings`));
    }
    const live = artifactOf(t.production);
    plan.add({
        resource: siteResource(t),
        operation: 'swap',
        before: `production ${artifact_describe(live)}`,
        after: artifact_describe(artifact),
        why: `slot ${t.slotRef.slot} → production once the slot answers ${path}; ${artifact_describe(live)} then waits in the slot for a swap back`,
    });
    const liveUrl = slotUrl(ctx, 'live', t.production);
    if (liveUrl)
        items.push(plan_wouldCheck(`production ${liveUrl} after the swap (swapped back at once if it fails)`));
}
async function plan_planDeploy(ctx, artifact) {
    const want = wanted(ctx, artifact);
    const t = await observe(ctx);
    const live = artifactOf(t.production);
    const record = recordOf(t);
    const previewUrl = slotUrl(ctx, 'preview', t.slot);
    const common = { activeSlot: app_service_port/* PRODUCTION_SLOT */.P, previousSlot: t.slotRef.slot, previewUrl, imageVersion: artifact_versionOf(want) };
    const plan = new Plan();
    if (sameArtifact(live, want)) {
        if (record.current !== artifact_versionOf(want) || record.target)
            plan.add(catchUpWrite(siteResource(t), record, artifact_versionOf(want), record.current !== artifact_versionOf(want) ? record.current : record.previous));
        return {
            writes: plan.writes,
            items: [{ kind: 'fact', label: siteResource(t), value: `already runs ${artifact_describe(want)}: nothing to swap` }],
            outputs: { ...common, swapped: false, previousImageVersion: artifact_versionOf(want), deployUnchanged: plan.size === 0 },
            message: `plan: web app ${t.prodRef.site} already runs ${artifact_describe(want)} (${action_countWrites(plan.size)})`,
        };
    }
    const items = [{ kind: 'fact', label: siteResource(t), value: `production runs ${artifact_describe(live)}; ${artifact_describe(want)} would go through slot ${t.slotRef.slot}` }];
    plan.add(intentWrite(siteResource(t), artifact_versionOf(want)));
    plan_releaseWrites(ctx, t, want, plan, items);
    plan.add(liveWrite(siteResource(t), record, { current: artifact_versionOf(want), previous: live ? artifact_versionOf(live) : record.current }));
    return {
        writes: plan.writes,
        items,
        outputs: { ...common, swapped: true, previousImageVersion: live ? artifact_versionOf(live) : undefined },
        message: `plan: ${artifact_describe(want)} would go live on web app ${t.prodRef.site} through slot ${t.slotRef.slot} (${action_countWrites(plan.size)}, none made)`,
    };
}
async function plan_planRollbackWrites(ctx, rollback) {
    const t = await observe(ctx);
    const to = toArtifact(rollback);
    const live = artifactOf(t.production);
    const record = recordOf(t);
    const plan = new Plan();
    if (sameArtifact(live, to)) {
        if (record.target)
            plan.add(catchUpWrite(siteResource(t), record, artifact_versionOf(to), record.previous));
        return {
            writes: plan.writes,
            items: [{ kind: 'fact', label: siteResource(t), value: `production runs ${artifact_describe(to)}: nothing to swap` }],
            outputs: { activeSlot: app_service_port/* PRODUCTION_SLOT */.P, previousSlot: t.slotRef.slot, swapped: false, imageVersion: artifact_versionOf(to), rolledBack: false },
            message: `plan: ${artifact_describe(to)} is live on web app ${t.prodRef.site}; nothing to swap (${action_countWrites(plan.size)})`,
        };
    }
    const items = [{ kind: 'fact', label: 'rollback', value: rollback.description }];
    plan.add(intentWrite(siteResource(t), artifact_versionOf(to), 'rolling-back'));
    if (sameArtifact(artifactOf(t.slot), to)) {
        plan.add({ resource: siteResource(t), operation: 'swap', before: `production ${artifact_describe(live)}`, after: artifact_describe(to), why: `swap back: slot ${t.slotRef.slot} still holds ${artifact_describe(to)}` });
        const liveUrl = slotUrl(ctx, 'live', t.production);
        if (liveUrl)
            items.push(plan_wouldCheck(`production ${liveUrl} after the swap back`));
    }
    else {
        items.push({ kind: 'fact', label: `slot ${t.slotRef.slot}`, value: `holds ${artifact_describe(artifactOf(t.slot))}, not ${artifact_describe(to)}: it would be deployed through the slot` });
        plan_releaseWrites(ctx, t, to, plan, items);
    }
    plan.add(liveWrite(siteResource(t), record, { current: artifact_versionOf(to), previous: live ? artifact_versionOf(live) : record.current, state: 'rolled-back' }));
    return {
        writes: plan.writes,
        items,
        outputs: { activeSlot: app_service_port/* PRODUCTION_SLOT */.P, previousSlot: t.slotRef.slot, swapped: true, rolledBack: true, imageVersion: artifact_versionOf(to), previousImageVersion: live ? artifact_versionOf(live) : undefined },
        message: `plan: ${rollback.description} (${action_countWrites(plan.size)}, none made)`,
    };
}

;// CONCATENATED MODULE: ./src/core/deploy/slot-swap/strategy.ts








async function warm(ctx, slot, role, deadline, what) {
    const url = requireUrl(ctx, role, slot);
    const result = await httpGate(ctx, what, url, deadline, { warmup: role === 'preview' });
    return { ok: result.passed, reason: result.reason, url };
}
/**
 * Gets `artifact` into production through the slot. `items` collects the story. Throws (after
 * undoing what it can) when a gate fails.
 */
async function strategy_release(ctx, t, artifact, deadline, items, progress = { productionTouched: false }) {
    const options = { signal: ctx.signal };
    const { app, slotRef, prodRef } = t;
    const label = artifact_describe(artifact);
    const wrote = await app.setArtifact(slotRef, artifact, options);
    items.push({ kind: 'action', label: `slot ${slotRef.slot}`, value: wrote ? `pointed at ${label}` : `already pointed at ${label}` });
    await app.restart(slotRef, options);
    items.push({ kind: 'action', label: `slot ${slotRef.slot}`, value: 'restarted' });
    const warmup = await warm(ctx, t.slot, 'preview', deadline, `warm-up of slot ${slotRef.slot}`);
    items.push({ kind: 'check', label: `slot ${slotRef.slot} answers ${ctx.settings.deploy.warmupPath}`, value: warmup.reason, ok: warmup.ok });
    if (!warmup.ok) {
        throw new core_errors/* EngineError */.NJ('verify', `slot ${slotRef.slot} of web app ${prodRef.site} did not answer its warm-up path with ${label}: ${warmup.reason}; production was not touched`);
    }
    if (ctx.settings.deploy.swapWithPreview) {
        await app.applySlotConfig(slotRef, app_service_port/* PRODUCTION_SLOT */.P, options);
        items.push({ kind: 'action', label: 'swap with preview', value: `production's slot settings applied to slot ${slotRef.slot}` });
        const preview = await warm(ctx, t.slot, 'preview', deadline, `slot ${slotRef.slot} with production settings`);
        items.push({ kind: 'check', label: `slot ${slotRef.slot} with production settings`, value: preview.reason, ok: preview.ok });
        if (!preview.ok) {
            await app.resetSlotConfig(slotRef, options);
            items.push({ kind: 'action', label: 'swap with preview', value: 'reset: the slot has its own settings back' });
            throw new core_errors/* EngineError */.NJ('verify', `slot ${slotRef.slot} did not answer with production's settings: ${preview.reason}; the swap was reset, production was not touched`);
        }
    }
    progress.productionTouched = true;
    await app.swap(slotRef, app_service_port/* PRODUCTION_SLOT */.P, options);
    items.push({ kind: 'action', label: 'swap', value: `slot ${slotRef.slot} → production` });
    const live = await warm(ctx, t.production, 'live', deadline, 'production after the swap');
    items.push({ kind: 'check', label: `production answers ${ctx.settings.deploy.warmupPath}`, value: live.reason, ok: live.ok });
    if (!live.ok) {
        // Production has the new app: the caller's rollback plan (swap back) undoes it.
        throw new core_errors/* EngineError */.NJ('verify', `production did not pass after the swap to ${label}: ${live.reason}`);
    }
}
/** Rollback when production already runs `to`: nothing to swap; an unfinished record is completed. */
async function confirmLive(ctx, t, to) {
    const record = recordOf(t);
    if (record.target) {
        const { tags } = await ctx.azure();
        await recordLive(tags, t.production.id, { current: artifact_versionOf(to), previous: record.previous, deployedAt: shared_iso(ctx), runUrl: ctx.deps.run?.runUrl, state: record.current === artifact_versionOf(to) ? 'live' : 'rolled-back' }, { signal: ctx.signal });
    }
    return {
        outputs: { activeSlot: app_service_port/* PRODUCTION_SLOT */.P, previousSlot: t.slotRef.slot, swapped: false, imageVersion: artifact_versionOf(to) },
        items: [{ kind: 'fact', label: `web app ${t.prodRef.site}`, value: `production runs ${artifact_describe(to)}: nothing to swap` }],
        message: `${artifact_describe(to)} is live on web app ${t.prodRef.site}; nothing to swap`,
    };
}
/** Gets `to` back into production: one swap when the slot holds it, else the deploy path. */
async function returnTo(ctx, t, to, deadline, items) {
    if (sameArtifact(artifactOf(t.slot), to))
        return swapBack(ctx, t, to, deadline, items);
    items.push({ kind: 'fact', label: `slot ${t.slotRef.slot}`, value: `holds ${artifact_describe(artifactOf(t.slot))}, not ${artifact_describe(to)}: deploying it through the slot` });
    await strategy_release(ctx, t, to, deadline, items);
}
/** The usual case: the previous app waits in the slot; swapping back is one swap, then production is checked. */
async function swapBack(ctx, t, to, deadline, items) {
    await t.app.swap(t.slotRef, app_service_port/* PRODUCTION_SLOT */.P, { signal: ctx.signal });
    items.push({ kind: 'action', label: 'swap back', value: `slot ${t.slotRef.slot} (${artifact_describe(to)}) → production` });
    const check = await warm(ctx, t.production, 'live', deadline, 'production after the swap back');
    items.push({ kind: 'check', label: `production answers ${ctx.settings.deploy.warmupPath}`, value: check.reason, ok: check.ok });
    if (!check.ok)
        throw new core_errors/* EngineError */.NJ('verify', `production did not answer after swapping ${artifact_describe(to)} back: ${check.reason}`);
}
const slotSwapStrategy = {
    name: 'slot-swap',
    planDeploy: plan_planDeploy,
    planRollbackWrites: plan_planRollbackWrites,
    async inspect(ctx) {
        return recordOf(await observe(ctx));
    },
    async deploy(ctx, artifact) {
        const deadline = deadlineOf(ctx);
        const want = wanted(ctx, artifact);
        const t = await observe(ctx);
        const live = artifactOf(t.production);
        const previewUrl = slotUrl(ctx, 'preview', t.slot);
        const common = { activeSlot: app_service_port/* PRODUCTION_SLOT */.P, previousSlot: t.slotRef.slot, previewUrl, imageVersion: artifact_versionOf(want) };
        if (sameArtifact(live, want)) {
            const record = recordOf(t);
            if (record.current !== artifact_versionOf(want) || record.target) {
                const { tags } = await ctx.azure();
                await recordLive(tags, t.production.id, { current: artifact_versionOf(want), previous: record.current !== artifact_versionOf(want) ? record.current : record.previous, deployedAt: shared_iso(ctx), runUrl: ctx.deps.run?.runUrl }, { signal: ctx.signal });
            }
            return {
                outputs: { ...common, swapped: false, previousImageVersion: artifact_versionOf(want) },
                items: [{ kind: 'fact', label: `web app ${t.prodRef.site}`, value: `already runs ${artifact_describe(want)}: nothing to do` }],
                message: `web app ${t.prodRef.site} already runs ${artifact_describe(want)}`,
            };
        }
        const items = [{ kind: 'fact', label: `web app ${t.prodRef.site}`, value: `production runs ${artifact_describe(live)}; deploying ${artifact_describe(want)} through slot ${t.slotRef.slot}` }];
        const record = recordOf(t);
        const { tags } = await ctx.azure();
        await recordIntent(tags, t.production.id, { target: artifact_versionOf(want), runUrl: ctx.deps.run?.runUrl }, { signal: ctx.signal });
        const plan = live ? planFor(t, live, want) : undefined;
        const progress = { productionTouched: false };
        try {
            await strategy_release(ctx, t, want, deadline, items, progress);
        }
        catch (err) {
            if (ctx.signal.aborted || err instanceof core_errors/* CancelledError */.cc || !(err instanceof core_errors/* EngineError */.NJ))
                throw err;
            // Before the swap production never changed: the plan then only confirms the old app is live.
            throw new RolloutError(err.message, { plan, items, outputs: { ...common, swapped: false, previousImageVersion: live ? artifact_versionOf(live) : undefined }, liveUntouched: !progress.productionTouched }, err.kind);
        }
        const previous = live ? artifact_versionOf(live) : record.current;
        await recordLive(tags, t.production.id, { current: artifact_versionOf(want), previous, deployedAt: shared_iso(ctx), runUrl: ctx.deps.run?.runUrl }, { signal: ctx.signal });
        return {
            outputs: { ...common, swapped: true, previousImageVersion: live ? artifact_versionOf(live) : undefined },
            items,
            message: `${artifact_describe(want)} is live on web app ${t.prodRef.site} (swapped from slot ${t.slotRef.slot}; ${artifact_describe(live)} waits there for a swap back)`,
            rollback: plan,
        };
    },
    async endpoints(ctx) {
        const t = await observe(ctx);
        const out = [];
        const live = slotUrl(ctx, 'live', t.production);
        const preview = slotUrl(ctx, 'preview', t.slot);
        if (live)
            out.push({ role: 'live', url: live });
        if (preview)
            out.push({ role: 'preview', url: preview });
        return out;
    },
    async checkTarget(ctx) {
        const t = await observe(ctx);
        const state = t.production.state ?? 'unknown';
        return [{ name: `web app ${t.prodRef.site} running`, passed: state.toLowerCase() === 'running', detail: `state ${state}; runs ${artifact_describe(artifactOf(t.production))}` }];
    },
    async rollback(ctx, plan) {
        const deadline = deadlineOf(ctx);
        const t = await observe(ctx);
        const to = toArtifact(plan);
        const live = artifactOf(t.production);
        if (sameArtifact(live, to))
            return confirmLive(ctx, t, to);
        const items = [];
        const { tags } = await ctx.azure();
        const record = recordOf(t);
        await recordIntent(tags, t.production.id, { target: artifact_versionOf(to), runUrl: ctx.deps.run?.runUrl, state: 'rolling-back' }, { signal: ctx.signal });
        await returnTo(ctx, t, to, deadline, items);
        const from = live ? artifact_versionOf(live) : record.current;
        await recordLive(tags, t.production.id, { current: artifact_versionOf(to), previous: from, deployedAt: shared_iso(ctx), runUrl: ctx.deps.run?.runUrl, state: 'rolled-back' }, { signal: ctx.signal });
        return {
            outputs: { activeSlot: app_service_port/* PRODUCTION_SLOT */.P, previousSlot: t.slotRef.slot, swapped: true, rolledBack: true, imageVersion: artifact_versionOf(to), previousImageVersion: live ? artifact_versionOf(live) : undefined },
            items,
            message: `${artifact_describe(to)} is live again on web app ${t.prodRef.site}`,
        };
    },
    async planRollback(ctx, record, toVersion) {
        const t = await observe(ctx);
        const target = toVersion ?? record.previous;
        const live = artifactOf(t.production);
        const inSlot = artifactOf(t.slot);
        if (!target) {
            if (inSlot && !sameArtifact(inSlot, live))
                return planFor(t, inSlot, live);
            throw new core_errors/* EngineError */.NJ('input', `input 'to-version': web app ${t.prodRef.site} has no previous version recorded and slot ${t.slotRef.slot} holds nothing else to swap back; expected the version to roll back to`);
        }
        if (inSlot && (artifact_versionOf(inSlot) === target || artifact_describe(inSlot) === target))
            return planFor(t, inSlot, live);
        const configured = ctx.settings.deploy.packageUrl;
        if (configured && packageName(configured) === target)
            return planFor(t, { packageUrl: configured }, live);
        const like = live?.containerImage ?? inSlot?.containerImage ?? ctx.settings.deploy.containerImage;
        const image = imageForVersion(target, like);
        if (!image) {
            throw new core_errors/* EngineError */.NJ('input', `input 'to-version': '${target}' is not in slot ${t.slotRef.slot} and web app ${t.prodRef.site} runs no container image to derive it from; expected a full image reference, or set 'package-url' to that version's package`);
        }
        return planFor(t, { containerImage: image }, live);
    },
};

;// CONCATENATED MODULE: ./src/core/deploy/strategies.ts



const STRATEGIES = {
    rolling: rollingStrategy,
    'blue-green': blueGreenStrategy,
    'slot-swap': slotSwapStrategy,
};
const strategyFor = (name) => STRATEGIES[name];

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
        const strategy = strategyFor(ctx.settings.deploy.strategy);
        const artifact = deploy_artifactOf(ctx);
        const record = await strategy.inspect(ctx);
        // Plan first (every read and check, no write): bad input fails here, before the lease is
        // written. Dry-run stops at the plan; a real run takes the deploy lock, then applies.
        const planned = await strategy.planDeploy(ctx, artifact, record);
        if (ctx.settings.dryRun)
            return planResult(ctx, planned);
        if (planned.writes.length > 0)
            await ctx.takeDeployLock?.();
        if (record.target && record.target !== artifact.imageVersion) {
            ctx.warn(`the target's record says an earlier run set out to deploy ${record.target} and did not finish; this deploy replaces it with ${artifact.imageVersion ?? 'the new artifact'}`);
        }
        try {
            const outcome = await strategy.deploy(ctx, artifact, record);
            ctx.deps.host.info(outcome.message);
            return {
                status: 'succeeded',
                outputs: { ...outcome.outputs, rollbackPlan: outcome.rollback, deployUnchanged: outcome.rollback === undefined },
                items: outcome.items,
                message: outcome.message,
            };
        }
        catch (err) {
            if (!(err instanceof RolloutError) || ctx.signal.aborted)
                throw err;
            return rollBackFailedRollout(ctx, strategy, err);
        }
    },
};
async function rollBackFailedRollout(ctx, strategy, err) {
    const { plan, items, outputs, liveUntouched } = err.details;
    const failedItems = [...items, { kind: 'check', label: 'rollout', value: err.message, ok: false }];
    if (!plan) {
        return { status: 'failed', outputs: { ...outputs, rolledBack: false }, items: failedItems, message: `${err.message}; not rolled back: no previous version is known for this target` };
    }
    if (liveUntouched)
        return confirmUntouched(ctx, strategy, err, plan, failedItems);
    if (!ctx.settings.verify.autoRollback) {
        return { status: 'failed', outputs: { ...outputs, rolledBack: false, rollbackPlan: plan }, items: failedItems, message: `${err.message}; not rolled back ('auto-rollback' is false): run the 'rollback' stage to return to ${plan.to.imageVersion ?? 'the previous release'}` };
    }
    ctx.warn(`the deploy failed: ${err.message}; rolling back (${plan.description})`);
    try {
        const rb = await strategy.rollback(ctx, plan);
        return { status: 'failed', outputs: { ...outputs, rolledBack: true }, items: [...failedItems, ...rb.items], message: `${err.message}; rolled back: ${rb.message}` };
    }
    catch (rbErr) {
        if (ctx.signal.aborted)
            throw rbErr;
        const why = rbErr instanceof Error ? rbErr.message : String(rbErr);
        return { status: 'failed', outputs: { ...outputs, rolledBack: false }, items: failedItems, message: `${err.message}; the rollback failed too: ${why}` };
    }
}
/**
 * Production never took the new version: nothing is rolled back. The strategy still confirms the
 * old release is live and clears this run's intent from the record.
 */
async function confirmUntouched(ctx, strategy, err, plan, items) {
    const outputs = { ...err.details.outputs, rolledBack: false };
    const live = plan.to.imageVersion ?? plan.to.containerImage ?? 'the previous release';
    try {
        const confirmed = await strategy.rollback(ctx, plan);
        return { status: 'failed', outputs, items: [...items, ...confirmed.items], message: `${err.message}; production never took the new version: ${live} is still live` };
    }
    catch (confirmErr) {
        if (ctx.signal.aborted)
            throw confirmErr;
        const why = confirmErr instanceof Error ? confirmErr.message : String(confirmErr);
        return { status: 'failed', outputs, items, message: `${err.message}; production never took the new version, but confirming ${live} is live failed: ${why}` };
    }
}
/** What to deploy: this run's publish output, else image-id, else an explicit image-version. */
function deploy_artifactOf(ctx) {
    const { outputs, settings } = ctx;
    if (settings.deploy.strategy === 'slot-swap')
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
    const items = [...plan.items, ...plan.writes.map(planItem)];
    for (const w of items.filter((i) => i.write))
        ctx.deps.host.info(`plan: ${w.value}`);
    ctx.deps.host.info(plan.message);
    return { status: 'succeeded', outputs: plan.outputs, items, message: plan.message };
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
            const done = failed.length > 0 || FAILED.has(state) || (state === 'succeeded' && s.regions.every((r) => r.state === 'Completed'));
            return { done, value: s, pollAfterMs: s.pollAfterMs };
        },
        timedOut: (last, waited) => {
            const pending = (last?.regions ?? []).filter((r) => r.state !== 'Completed').map(replication_describe);
            return new core_errors/* EngineError */.NJ('transient', `replication of version ${w.ref.version} did not finish within ${poll_formatDuration(w.timeoutMs)} (input 'replication-timeout'; waited ${poll_formatDuration(waited)})` +
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
function replication_describe(r) {
    return `${r.region} ${r.state}${r.progress !== undefined && r.state !== 'Completed' ? ` ${r.progress}%` : ''}`;
}
function logProgress(log, version, s, seen) {
    for (const r of s.regions) {
        const line = replication_describe(r);
        if (seen.get(r.region) === line)
            continue;
        seen.set(r.region, line);
        log.info(`replication ${version}: ${line}${r.state === 'Failed' && r.details ? ` — ${r.details}` : ''}`);
    }
}

;// CONCATENATED MODULE: ./src/core/stages/publish.ts








const publishStage = { name: 'publish', run: runPublish };
const publish_sameId = (a, b) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
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
        const outputs = { imageVersion: vref.version, imageId: adopt, plannedImageId: adopt, replicatedRegions: regions.map((r) => r.name), baked: before.baked, bakeKey: before.bakeKey };
        return { status: 'succeeded', outputs, items, message: `plan: version ${vref.version} comes from the bake; publish would write nothing` };
    }
    const found = await p.ports.gallery.getVersion(vref, { signal: ctx.signal });
    if (!found)
        throw new core_errors/* EngineError */.NJ('terminal', `the bake reported gallery image version ${adopt}, but it does not exist`);
    items.push({ kind: 'fact', label: 'version', value: `${vref.version} (distributed by the bake)` });
    return publish_finish(ctx, p.ports, vref, found, { ...p.common, firstDelayMs: 0, note: 'adopted' });
}
/** A managed image (or a planned one): the version to create, then the plan or the write. */
async function publishManagedImage(ctx, p) {
    const { managedImageId, plannedImage, bakedImage } = p.source;
    const image = plannedImage ? undefined : await p.ports.managedImages.get(managedImageId, { signal: ctx.signal });
    if (!image && !plannedImage)
        throw new core_errors/* EngineError */.NJ('input', `the managed image ${managedImageId} does not exist${bakedImage ? ' (the bake reported it)' : " (input 'managed-image-id')"}`);
    const { chosen, existing } = await publish_chooseVersionFor(ctx, p);
    const vref = { ...p.ref, version: chosen.version };
    if (existing) {
        if (!publish_sameId(existing.sourceId, managedImageId))
            throw conflict(chosen.version, p.ref, existing);
        ctx.deps.host.info(`version ${chosen.version} already holds ${managedImageId}: nothing to create (${chosen.reason})`);
        p.common.items.push({ kind: 'fact', label: 'version', value: `${chosen.version} (already published from this image; re-run)` });
        return publish_finish(ctx, p.ports, vref, existing, { ...p.common, firstDelayMs: 0, note: 'already published' });
    }
    ctx.deps.host.info(`version ${chosen.version}: ${chosen.reason}`);
    p.common.items.push({ kind: 'fact', label: 'version', value: `${chosen.version} (${chosen.reason})` });
    if (ctx.settings.dryRun)
        return planPublish(ctx, p, chosen);
    return createVersion(ctx, p, chosen);
}
/** Lists the versions and chooses the next; the version of that name, when one exists. */
async function publish_chooseVersionFor(ctx, p) {
    const { settings, deps } = ctx;
    const versions = p.target.definition ? await p.ports.gallery.listVersions(p.ref, { signal: ctx.signal }) : [];
    const chosen = chooseVersion({ scheme: settings.publish.version, existing: versions.map((v) => v.name), run: deps.run, nowMs: deps.clock.now() });
    return { chosen, existing: versions.find((v) => v.name === chosen.version) };
}
/** Plan mode: the definition and version writes, then the rest of `finish` as planned writes. */
function planPublish(ctx, p, chosen) {
    const { ref, target, source, common } = p;
    const plan = new Plan();
    const defWrite = definitionWrite(ref, target.definition, ctx.settings.publish);
    if (defWrite)
        plan.add(defWrite);
    const from = source.plannedImage ? `${source.plannedImage} (planned)` : `managed image ${source.managedImageId.split('/').pop()}`;
    plan.add({ resource: versionResource(ref, chosen.version), operation: 'create', after: `from ${from}, replicated to ${describeRegions(common.regions)}`, why: chosen.reason });
    const id = `${definitionIdOf(target.gallery, target.definition, ref)}/versions/${chosen.version}`;
    const vref = { ...ref, version: chosen.version };
    return finishPlan(ctx, plan, vref, id, common.regions.map((r) => r.name), { ...common, firstDelayMs: 0, note: 'would publish' }, {}, true);
}
/** Creates the version (unless a concurrent run just did, from the same image), then finishes. */
async function createVersion(ctx, p, chosen) {
    const { ports, ref, target, source, common } = p;
    const log = ctx.deps.host;
    const opts = { signal: ctx.signal };
    const vref = { ...ref, version: chosen.version };
    await ensureDefinition(ports.gallery, ref, target, ctx.settings.publish, log, opts);
    // Re-observe before acting: a concurrent run may have taken the version meanwhile.
    const raced = await ports.gallery.getVersion(vref, opts);
    if (raced && !publish_sameId(raced.sourceId, source.managedImageId))
        throw conflict(chosen.version, ref, raced);
    if (raced)
        return publish_finish(ctx, ports, vref, raced, { ...common, firstDelayMs: 0, note: 'published' });
    const where = common.regions.map((r) => `${r.name}×${r.replicas} ${r.storageAccountType}`).join(', ');
    log.info(`publishing ${source.managedImageId} as ${describeRef(ref)} version ${chosen.version} to ${where}`);
    const accepted = await ports.gallery.publishVersion(vref, versionSpec(ctx, p), opts);
    return publish_finish(ctx, ports, vref, accepted.version, { ...common, firstDelayMs: accepted.pollAfterMs, note: 'published' });
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
    if (resourceGroup.toLowerCase() !== ref.resourceGroup.toLowerCase() || gallery.toLowerCase() !== ref.gallery.toLowerCase() || definition.toLowerCase() !== ref.definition.toLowerCase()) {
        throw new core_errors/* EngineError */.NJ('input', `the bake produced ${id}, outside the configured ${describeRef(ref)}; make the template's gallery destination and the publish inputs agree`);
    }
    return { resourceGroup, gallery, definition, version };
}
/** Waits for replication, completes the provenance tags, deletes the intermediate image; the outputs. */
async function publish_finish(ctx, ports, vref, version, f) {
    const { settings, deps, signal, outputs: before } = ctx;
    const log = deps.host;
    if (settings.dryRun) {
        // Replication is followed with reads only; what is left to write are the tags and the clean-up.
        const regions = version.targetRegions.map((r) => r.name);
        return finishPlan(ctx, new Plan(), vref, version.id, regions, f, missingTags(version.tags, f.tags), false);
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
        plan.add({ resource: versionResource(vref, vref.version), operation: 'tag', after: names.join(', '), why: 'its provenance tags are incomplete' });
    if (f.deleteImage) {
        const which = before.managedImageId ? `managed image ${f.deleteImage.split('/').pop()}` : `${f.deleteImage} (planned)`;
        plan.add({ resource: which, operation: 'delete', why: "the bake's intermediate image, once published ('keep-managed-image' keeps it)" });
    }
    const outputs = {
        imageVersion: vref.version,
        imageId: id,
        replicatedRegions: regions,
        ...(created ? { plannedImageId: id } : {}),
        ...(before.baked !== undefined ? { baked: before.baked } : {}),
        ...(before.bakeKey ? { bakeKey: before.bakeKey } : {}),
    };
    const message = `plan: ${created ? `would publish version ${vref.version}` : `version ${vref.version} is ${f.note}`} (${action_countWrites(plan.size)}, none made)`;
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
        const strategy = strategyFor(ctx.settings.deploy.strategy);
        const toVersion = ctx.settings.verify.toVersion;
        let plan = toVersion ? undefined : ctx.outputs.rollbackPlan;
        if (!plan && !toVersion && ctx.outputs.deployUnchanged) {
            return { status: 'skipped', outputs: { rolledBack: false }, message: 'the deploy changed nothing, so there is nothing to roll back' };
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
            return { status: 'succeeded', outputs: { ...planned.outputs, rolledBack: false }, items: planned.items, message: `nothing to roll back: ${planned.message}` };
        }
        await ctx.takeDeployLock?.();
        ctx.deps.host.info(`Rolling back: ${plan.description}.`);
        const outcome = await strategy.rollback(ctx, plan);
        return { status: 'succeeded', outputs: { ...outcome.outputs, rolledBack: true }, items: outcome.items, message: outcome.message };
    },
};

;// CONCATENATED MODULE: ./src/core/stages/verify.ts
/**
 * verify: health gates. HTTP probes (probe-urls / probes, plus the live and preview endpoints),
 * the target's checks through its strategy (scale-set instance health from ONE paged list per look,
 * the remote-access gate), and an optional command. Results per check in the outputs and the
 * summary. (An "no Azure Monitor alert fired" check is not built.)
 *
 * Plan mode (dry-run) lists the checks it would run and runs none: probes are reads, but a plan
 * judges nothing — the release it would verify was not deployed — and verify-command may write.
 */




const verifyStage = {
    name: 'verify',
    async run(ctx) {
        const { settings, deps, signal } = ctx;
        const target = settings.deploy.strategy === 'slot-swap' ? settings.deploy.appService : settings.deploy.scaleSet;
        const targetChecked = !!target && (settings.verify.instanceHealth || settings.verify.remoteAccess !== 'allow');
        const strategy = target ? strategyFor(settings.deploy.strategy) : undefined;
        const endpoints = [...endpointsFromSettings(settings), ...(strategy ? await strategy.endpoints(ctx) : [])];
        // Only live endpoints: after a switch or swap the preview endpoint serves the previous release
        // (the rollback target), which the deploy already gated before moving traffic.
        const probes = [...settings.verify.probes, ...endpointProbes(settings, endpoints.filter((e) => e.role === 'live'))];
        if (settings.dryRun)
            return planVerify(ctx, probes.map((p) => `probe ${p.name === p.url ? p.url : `${p.name} (${p.url})`}: ${p.successes} success(es) in a row`), targetChecked);
        if (probes.length > 0)
            deps.host.info(`Probing ${probes.length} endpoint${probes.length === 1 ? '' : 's'}.`);
        const stop = new AbortController();
        const both = AbortSignal.any([signal, stop.signal]);
        const [probeRun, checkRun] = await Promise.allSettled([
            probes.length > 0 ? runProbes(probes, { http: deps.http, clock: deps.clock, sleep: deps.sleep, log: deps.host, signal: both }) : Promise.resolve([]),
            targetChecked && strategy ? strategy.checkTarget(ctx).catch((e) => { stop.abort(e); throw e; }) : Promise.resolve([]),
        ]);
        if (signal.aborted)
            throw new core_errors/* CancelledError */.cc('the run was cancelled during verify');
        if (checkRun.status === 'rejected')
            throw checkRun.reason;
        if (probeRun.status === 'rejected')
            throw probeRun.reason;
        const results = probeRun.value;
        const checks = [...checkRun.value];
        if (settings.verify.command)
            checks.push(await runCommand(ctx, settings.verify.command));
        const items = [
            ...results.map((r) => ({ kind: 'check', label: r.name, value: r.reason, ok: r.passed })),
            ...checks.map((c) => ({ kind: 'check', label: c.name, value: c.warning ? `warning: ${c.detail}` : c.detail, ok: c.passed })),
        ];
        for (const r of results)
            (r.passed ? deps.host.info : deps.host.error).call(deps.host, formatProbeResult(r));
        for (const c of checks) {
            if (c.warning)
                ctx.warn(`verify: ${c.name}: ${c.detail}`);
            else
                (c.passed ? deps.host.info : deps.host.error).call(deps.host, `${c.passed ? 'PASS' : 'FAIL'} ${c.name}: ${c.detail}`);
        }
        const failedProbes = results.filter((r) => !r.passed);
        const failedChecks = checks.filter((c) => !c.passed);
        const total = results.length + checks.length;
        const failedCount = failedProbes.length + failedChecks.length;
        const outputs = { verifyResult: failedCount === 0 ? 'passed' : 'failed', probeResults: results, ...(checks.length > 0 ? { checkResults: checks } : {}) };
        const what = checks.length === 0 ? 'probes' : 'checks';
        if (failedCount === 0)
            return { status: 'succeeded', outputs, items, message: `${total} of ${total} ${what} passed` };
        const names = [...failedProbes.map((r) => `'${r.name}'`), ...failedChecks.map((c) => `'${c.name}' (${c.detail})`)].join(', ');
        return { status: 'failed', outputs, items, message: `${failedCount} of ${total} ${what} failed: ${names}` };
    },
};
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
        return { name, passed: false, detail: `'${shown}' did not finish within ${http_probe_formatDuration(command.timeoutMs)} and was stopped${tail}` };
    if (r.exitCode === 0)
        return { name, passed: true, detail: `'${shown}' exited 0 in ${http_probe_formatDuration(r.durationMs)}` };
    return { name, passed: false, detail: `'${shown}' exited ${r.exitCode ?? 'abnormally'}; expected 0${tail}` };
}
/** Plan mode: the checks verify would run, none run; verify-result 'skipped'. */
function planVerify(ctx, probes, targetChecked) {
    const { settings, deps } = ctx;
    const checks = [...probes];
    if (targetChecked && settings.deploy.strategy === 'slot-swap')
        checks.push(`web app ${settings.deploy.appService ?? ''} running its artifact`);
    if (targetChecked && settings.deploy.strategy !== 'slot-swap' && settings.verify.instanceHealth)
        checks.push('instance health of the target');
    if (targetChecked && settings.deploy.strategy !== 'slot-swap' && settings.verify.remoteAccess !== 'allow')
        checks.push(`remote access to the target (${settings.verify.remoteAccess})`);
    if (settings.verify.command)
        checks.push(`command: ${settings.verify.command.argv.join(' ')}`);
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
    verify: verifyStage,
    cleanup: cleanupStage,
    rollback: rollbackStage,
};
const builtinStage = (name) => STAGES[name];

;// CONCATENATED MODULE: ./src/core/lock/lease.ts
/**
 * The deploy lock's lease, as one tag on the deploy target:
 * `immutable-deploy.lock = <owner>;<expiry ISO 8601>;<run URL>` (Azure: values up to 256 characters;
 * the run URL is clipped last). Pure: parsing, formatting, expiry.
 */

const LOCK_TAG = 'immutable-deploy.lock';
function formatLease(lease) {
    return clip(`${lease.owner};${new Date(lease.expiresAt).toISOString()};${lease.runUrl ?? ''}`);
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

;// CONCATENATED MODULE: ./src/core/lock/lock.ts


/** Beyond deploy-timeout: room for verify and an automatic rollback before the lease expires. */
const LEASE_MARGIN_MS = 30 * 60_000;
/** Unguarded targets (web apps): how long to wait before reading a lease write back. */
const CONFIRM_PAUSE_MS = 2_000;
const LABEL = { 'scale-set': 'scale set', 'load-balancer': 'load balancer', 'web-app': 'web app' };
const describeTarget = (t) => `${LABEL[t.kind]} '${t.name}'`;
/** The resource the lease lives on: where the release record lives for the strategy. Undefined without a target. */
function lockTarget(settings) {
    const d = settings.deploy;
    const resourceGroup = d.resourceGroup ?? settings.resourceGroup;
    if (!resourceGroup)
        return undefined;
    if (d.strategy === 'rolling')
        return d.scaleSet ? { kind: 'scale-set', resourceGroup, name: d.scaleSet } : undefined;
    if (d.strategy === 'blue-green')
        return d.loadBalancer ? { kind: 'load-balancer', resourceGroup, name: d.loadBalancer } : undefined;
    return d.appService ? { kind: 'web-app', resourceGroup, name: d.appService } : undefined;
}
/** A unique owner for this run: the CI run id (or 'local') and the run's start, base 36. */
function ownerOf(run, startedAt) {
    const id = (run?.runId ?? 'local').replace(/[;\s]/g, '-');
    return `${run?.system ?? 'run'}-${id}-${startedAt.toString(36)}`;
}
class DeployLock {
    port;
    target;
    owner;
    leaseMs;
    deps;
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
        let announced;
        for (;;) {
            if (signal.aborted)
                throw new core_errors/* CancelledError */.cc(`the run was cancelled while waiting for the deploy lock on ${describeTarget(this.target)}`);
            const state = await this.port.read(this.target, { signal });
            if (!state) {
                // No target, nothing to guard: the stage reports the missing target in its own words.
                log.debug(`deploy lock: ${describeTarget(this.target)} does not exist; no lease taken`);
                return;
            }
            const current = parseLease(leaseTagValue(state.tags));
            const now = clock.now();
            if (current && current.owner !== this.owner && current.expiresAt > now) {
                if (now >= deadline) {
                    throw new core_errors/* EngineError */.NJ('transient', `the deploy lock on ${describeTarget(this.target)} is held by ${describeHolder(current)} until ${new Date(current.expiresAt).toISOString()}; waited 'lock-timeout' (${Math.round(timeoutMs / 1000)}s) for it. Re-run when that run has finished, or raise 'lock-timeout'`);
                }
                if (announced !== current.owner) {
                    log.info(`Waiting for the deploy lock on ${describeTarget(this.target)}: held by ${describeHolder(current)} until ${new Date(current.expiresAt).toISOString()} (waiting up to 'lock-timeout').`);
                    announced = current.owner;
                }
                await this.pause(Math.min(this.port.pollIntervalMs, Math.max(1, deadline - now), Math.max(1, current.expiresAt - now)), signal);
                continue;
            }
            if (await this.write(state, now, signal)) {
                if (current && current.owner !== this.owner) {
                    this.deps.warn(`took over the expired deploy lock on ${describeTarget(this.target)} from ${describeHolder(current)} (it expired at ${new Date(current.expiresAt).toISOString()} without being released)`);
                }
                log.info(`Deploy lock on ${describeTarget(this.target)} taken until ${new Date(this.held.lease.expiresAt).toISOString()}.`);
                return;
            }
            // Someone wrote in between (412, or the read-back showed another lease): look again.
        }
    }
    /** Renews the lease once half of it has passed (between stages only). */
    async renewIfDue(signal) {
        if (!this.held)
            return;
        const now = this.deps.clock.now();
        if (now - this.held.acquiredAt < this.leaseMs / 2)
            return;
        const state = await this.port.read(this.target, { signal });
        if (!state || leaseTagValue(state.tags) !== this.held.value) {
            const other = parseLease(leaseTagValue(state?.tags ?? {}));
            throw new core_errors/* EngineError */.NJ('terminal', `the deploy lock on ${describeTarget(this.target)} was lost${other ? ` to ${describeHolder(other)}` : ''} (this run's lease expired before it was renewed); stopping before any further write`);
        }
        if (!(await this.write(state, now, signal)))
            throw new core_errors/* EngineError */.NJ('transient', `the deploy lock on ${describeTarget(this.target)} could not be renewed: the target changed while renewing; re-run`);
    }
    /** Deletes the tag while it holds this run's lease. Never throws: a failed release warns (the lease expires). */
    async release() {
        const held = this.held;
        if (!held)
            return;
        this.held = undefined;
        await releaseHeldLock(this.port, { target: this.target, value: held.value }, this.deps);
    }
    async write(state, now, signal) {
        const lease = { owner: this.owner, expiresAt: now + this.leaseMs, ...(this.deps.run?.runUrl ? { runUrl: this.deps.run.runUrl } : {}) };
        const value = formatLease(lease);
        if (!(await this.port.writeTag(this.target, state, LOCK_TAG, value, { signal })))
            return false;
        if (!this.port.guarded(this.target.kind)) {
            // No If-Match on this kind of target: a concurrent writer wins by writing last. Read back
            // after a pause; whoever's lease is there then holds the lock.
            await this.pause(CONFIRM_PAUSE_MS, signal);
            const after = await this.port.read(this.target, { signal });
            if (leaseTagValue(after?.tags ?? {}) !== value)
                return false;
        }
        this.held = { lease, value, acquiredAt: now };
        return true;
    }
    async pause(ms, signal) {
        try {
            await this.deps.sleep(ms, signal);
        }
        catch (err) {
            if (signal.aborted)
                throw new core_errors/* CancelledError */.cc(`the run was cancelled while waiting for the deploy lock on ${describeTarget(this.target)}`);
            throw err;
        }
    }
}
/**
 * Releases a lease this run (or the main step of this job) holds: deletes the tag only while it
 * still holds `held.value`, on its own short-lived signal (the run's may be aborted). Never throws.
 */
async function releaseHeldLock(port, held, deps) {
    try {
        await port.removeTagIfValue(held.target, LOCK_TAG, held.value, { signal: new AbortController().signal, timeoutMs: 60_000 });
        deps.log.info(`Deploy lock on ${describeTarget(held.target)} released.`);
        return true;
    }
    catch (err) {
        deps.warn(`the deploy lock on ${describeTarget(held.target)} was not released (${err instanceof Error ? err.message : String(err)}); it expires with its lease`);
        return false;
    }
}

;// CONCATENATED MODULE: ./src/core/run/outputs.ts

const camel = (kebab) => kebab.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
/** The outputs as the strings a pipeline step publishes, keyed by the table's kebab-case names. */
function outputStrings(outputs, result) {
    const out = { result };
    for (const def of table/* OUTPUTS */.py) {
        const value = outputs[camel(def.name)];
        if (value === undefined || def.name === 'result')
            continue;
        out[def.name] = format(def.name, value);
    }
    return out;
}
function format(name, value) {
    if (name === 'probe-results') {
        return JSON.stringify(value.map(({ name: n, url, passed, attempts, reason }) => ({ name: n, url, passed, attempts, reason })));
    }
    if (name === 'check-results')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return value.join(',');
    return String(value);
}

// EXTERNAL MODULE: ./src/core/run/redact.ts
var run_redact = __webpack_require__(9764);
;// CONCATENATED MODULE: ./src/core/run/summary.ts
/** Renders a run result as markdown (GitHub job summary, Azure DevOps attachment) or plain text (terminal). */


const ICON = { succeeded: '✅', failed: '❌', skipped: '⏭️', cancelled: '🛑', 'not-run': '⚪' };
const escapeCell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** The key facts of a run, in the order a reader looks for them. */
function keyFacts(result) {
    const o = result.outputs;
    const facts = [
        ['Image version', o.imageVersion && (o.rolledBack && o.previousImageVersion ? `${o.imageVersion} rolled back: ${o.previousImageVersion} is live` : o.previousImageVersion ? `${o.previousImageVersion} → ${o.imageVersion}` : o.imageVersion)],
        ['Image id', o.imageId],
        ['Baked', o.baked === undefined ? undefined : o.baked ? 'yes' : `no (reused the version with bake key ${o.bakeKey ?? '?'})`],
        ['Active slot', o.activeSlot && (o.previousSlot ? `${o.previousSlot} → ${o.activeSlot}` : o.activeSlot)],
        ['Upgraded instances', o.upgradedInstances?.toString()],
        ['Rolled back', o.rolledBack === undefined ? undefined : o.rolledBack ? 'yes' : 'no'],
        ['Verify', o.verifyResult],
    ];
    const shown = facts.filter((f) => f[1] !== undefined);
    // Plan mode: the outputs are what the run would produce, not what exists.
    return result.dryRun ? shown.map(([k, v]) => [k, `${v} (planned)`]) : shown;
}
/** Plan mode: the planned writes of the run (from the result, else from the stages' items). */
function plannedLines(result) {
    if (result.plan)
        return result.plan.map((w) => ({ stage: w.stage, line: action_formatWrite(w) }));
    return result.stages.flatMap((s) => s.items.filter((i) => i.write).map((i) => ({ stage: s.name, line: action_formatWrite(i.write) })));
}
function renderMarkdown(result) {
    const title = `### immutable-deploy: ${result.status}${result.dryRun ? ' (plan only)' : ''} in ${http_probe_formatDuration(result.durationMs)}`;
    const lines = [title, ''];
    if (result.error)
        lines.push(`> **${result.error.kind === 'verify' ? 'Verify failed' : 'Error'}:** ${escapeCell(result.error.message)}`, '');
    lines.push('| Stage | Result | Duration | Notes |', '| --- | --- | --- | --- |');
    for (const s of result.stages)
        lines.push(`| ${s.name} | ${ICON[s.status]} ${s.status} | ${http_probe_formatDuration(s.durationMs)} | ${escapeCell(s.message ?? '')} |`);
    if (result.dryRun) {
        const planned = plannedLines(result);
        lines.push('', `#### Plan: ${action_countWrites(planned.length)} (none made)`, '');
        lines.push(...(planned.length > 0 ? planned.map((p) => `- \`${p.stage}\` ${escapeCell(p.line)}`) : ['- nothing to change']));
    }
    const facts = keyFacts(result);
    if (facts.length > 0)
        lines.push('', '| | |', '| --- | --- |', ...facts.map(([k, v]) => `| ${k} | ${escapeCell(v)} |`));
    for (const stage of result.stages) {
        const items = stage.items.filter((i) => !i.write);
        if (items.length > 0)
            lines.push('', `#### ${stage.name}`, '', ...items.map(markdownItem));
    }
    if (result.warnings.length > 0)
        lines.push('', '#### Warnings', '', ...result.warnings.map((w) => `- ⚠️ ${w}`));
    return `${lines.join('\n')}\n`;
}
function markdownItem(item) {
    const mark = item.kind === 'check' ? (item.ok ? '✅ ' : '❌ ') : '';
    return `- ${mark}**${item.label}**: ${item.value}`;
}
function renderText(result) {
    const lines = [`immutable-deploy: ${result.status}${result.dryRun ? ' (plan only)' : ''} in ${formatDuration(result.durationMs)}`];
    for (const s of result.stages)
        lines.push(...textStage(s));
    if (result.dryRun)
        lines.push(`  plan: ${countWrites(plannedLines(result).length)} (none made)`);
    for (const [k, v] of keyFacts(result))
        lines.push(`  ${k}: ${v}`);
    for (const w of result.warnings)
        lines.push(`  warning: ${w}`);
    if (result.error)
        lines.push(`  ${result.error.kind === 'verify' ? 'verify failed' : 'error'}: ${result.error.message}`);
    return `${lines.join('\n')}\n`;
}
function textStage(s) {
    const head = `  ${s.name.padEnd(8)} ${s.status.padEnd(9)} ${formatDuration(s.durationMs).padStart(7)}${s.message ? `  ${s.message}` : ''}`;
    return [head, ...s.items.map((i) => (i.write ? `      + ${formatWrite(i.write)}` : `      ${i.kind === 'check' ? (i.ok ? 'pass' : 'FAIL') : '-'} ${i.label}: ${i.value}`))];
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
        target: { strategy: d.strategy, resourceGroup: d.resourceGroup, name: d.strategy === 'slot-swap' ? d.appService : d.scaleSet },
        stages: result.stages,
        outputs: outputStrings(result.outputs, result.status),
        facts: Object.fromEntries(keyFacts(result)),
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
    for (const [name, value] of Object.entries(outputStrings(result.outputs, result.status)))
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
                    this.reports.push({ name, status: this.error.kind === 'cancelled' ? 'cancelled' : 'not-run', durationMs: 0, items: [] });
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
        const target = lockTarget(this.settings);
        if (!target || !this.deps.azure)
            return;
        const ports = await this.deps.azure();
        if (!ports.leases)
            return;
        const ctx = this.context();
        this.lock = new DeployLock(ports.leases, target, ownerOf(this.deps.run, this.startedAt), this.settings.deploy.timeoutMs + LEASE_MARGIN_MS, {
            clock: this.deps.clock,
            sleep: this.deps.sleep,
            log: this.deps.host,
            warn: ctx.warn,
            run: this.deps.run,
        });
        await this.lock.acquire(this.settings.deploy.lockTimeoutMs, signal);
        this.deps.onLockChange?.(this.lock.heldLock);
    }
    async releaseLock() {
        if (!this.lock?.heldLock)
            return;
        await this.lock.release();
        this.deps.onLockChange?.(undefined);
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
            this.outputs = { ...this.outputs, ...definedOnly(step.outputs) };
            this.report(name, step.status, started, step.message, step.items);
            if (step.status === 'failed' && !this.cleanupWarning(name, step.message ?? 'no reason given')) {
                this.error = { kind: name === 'verify' ? 'verify' : 'terminal', message: `${name} failed: ${step.message ?? 'no reason given'}` };
            }
            return step;
        }
        catch (err) {
            const error = host.signal.aborted ? new core_errors/* CancelledError */.cc(`the run was cancelled during stage '${name}'`) : (0,core_errors/* asEngineError */.Zn)(err);
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
        const deployed = this.reports.some((r) => r.name === 'deploy' && r.status === 'succeeded');
        if (!deployed || !this.settings.verify.autoRollback)
            return;
        const verifyError = this.error;
        this.error = undefined;
        this.context().warn('verify failed after the deploy: rolling back');
        // The outputs keep naming what this run deployed (as when a rollout is rolled back inside the
        // deploy stage); rolled-back and active-slot say what is live now.
        const { imageVersion, imageId, previousImageVersion } = this.outputs;
        const step = await this.runStage('rollback');
        const rolledBack = step?.status === 'succeeded' && step.outputs?.rolledBack !== false;
        const rollbackError = this.error; // set by runStage when the rollback failed
        this.outputs = { ...this.outputs, ...definedOnly({ imageVersion, imageId, previousImageVersion }), rolledBack };
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
        };
    }
    report(name, status, started, message, items = []) {
        this.reports.push({ name, status, durationMs: this.deps.clock.now() - started, message, items });
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
            ...(this.settings.dryRun ? { plan: this.reports.flatMap((r) => writesOf(r.items).map((w) => ({ stage: r.name, ...w }))) } : {}),
        };
    }
}
/** A stage that leaves an output undefined does not erase what an earlier stage reported. */
function definedOnly(outputs) {
    return Object.fromEntries(Object.entries(outputs ?? {}).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/core/index.ts
/** The engine's public surface, for the adapters. */











// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/runtime/command-runner.ts
/**
 * The CommandRunner port on child_process.spawn: an argv array, no shell (nothing is expanded or
 * interpreted), stdin closed, the output's tail kept for messages. At the timeout or when the run
 * is cancelled the process gets SIGTERM, then SIGKILL 5 s later.
 */

const TAIL = 4096;
const KILL_GRACE_MS = 5000;
function createCommandRunner(options = {}) {
    return {
        run(argv, { timeoutMs, signal }) {
            const started = Date.now();
            return new Promise((resolve) => {
                let tail = '';
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
                    resolve({ ...result, timedOut, outputTail: tail.trimEnd(), durationMs: Date.now() - started });
                };
                const [command, ...args] = argv;
                if (!command)
                    return finish({ exitCode: null, startError: 'no command given' });
                const child = (0,external_node_child_process_.spawn)(command, args, { shell: false, stdio: ['ignore', 'pipe', 'pipe'], cwd: options.cwd, env: options.env ?? process.env, windowsHide: true });
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
                child.stdout.on('data', keep);
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
 * fetch says only "fetch failed"; the useful words ("connect ECONNREFUSED 10.0.0.4:443",
 * "getaddrinfo ENOTFOUND …") are in its cause.
 */
function plainFetchError(err) {
    if (!(err instanceof Error))
        return new Error(String(err));
    const cause = err.cause;
    if (cause instanceof AggregateError && cause.errors[0] instanceof Error) {
        return new Error(cause.errors[0].message || err.message, { cause: err });
    }
    if (cause instanceof Error && cause.message)
        return new Error(cause.message, { cause: err });
    return err;
}

;// CONCATENATED MODULE: ./src/runtime/time.ts
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/azure/credentials.ts
var credentials = __webpack_require__(4329);
;// CONCATENATED MODULE: ./src/adapters/shared/azure-connection.ts
/**
 * Signs in and builds the Azure ports, for the stages that need them. The sign-in is planned
 * eagerly (pure, no SDK loaded) so a missing credential fails before anything runs; the SDKs load
 * only when a stage first asks for the ports.
 */


/** verify alone, with HTTP probes only, never calls Azure. */
function azure_connection_needsAzure(settings) {
    const target = settings.deploy.strategy === 'slot-swap' ? settings.deploy.appService : settings.deploy.scaleSet;
    const verifyTouchesAzure = !!target && (settings.verify.instanceHealth || settings.verify.remoteAccess !== 'allow');
    return settings.stages.some((s) => s !== 'verify') || verifyTouchesAzure;
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
function azureLoader(settings, signIn) {
    let ports;
    return () => {
        ports ??= (async () => {
            const { createCredential } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4329));
            const { createAzurePorts } = await __webpack_require__.e(/* import() */ 291).then(__webpack_require__.bind(__webpack_require__, 8291));
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
    const { createPackerPort } = await __webpack_require__.e(/* import() */ 763).then(__webpack_require__.bind(__webpack_require__, 1763));
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
            return { kind: 'oidc-request', subscriptionId, tenantId: plan.tenantId, clientId: plan.clientId, requestUrl, requestToken };
        }
        case 'client-secret':
            return { kind: 'client-secret', subscriptionId, tenantId: plan.tenantId, clientId: plan.clientId, clientSecret: plan.clientSecret };
        case 'azure-pipelines':
            return { kind: 'oidc-token', subscriptionId, tenantId: plan.tenantId, clientId: plan.clientId, idToken: await adoIdToken(plan.serviceConnectionId, plan.systemAccessToken, env) };
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
    const res = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${systemAccessToken}`, 'Content-Type': 'application/json' }, signal: AbortSignal.timeout(30_000) });
    const body = (await res.json().catch(() => ({})));
    if (!res.ok || !body.oidcToken)
        throw new core_errors/* EngineError */.NJ('transient', `Azure Pipelines did not issue an ID token for service connection '${serviceConnectionId}' (HTTP ${res.status})`);
    return body.oidcToken;
}

// EXTERNAL MODULE: ./src/adapters/shared/prepare.ts + 1 modules
var prepare = __webpack_require__(1983);
;// CONCATENATED MODULE: ./src/adapters/shared/run-info.ts
const run_info_int = (v) => (v && /^\d+$/.test(v) ? Number(v) : undefined);
function runInfoFromEnv(env = process.env, system = 'cli') {
    if (env.GITHUB_ACTIONS === 'true') {
        const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
        const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
        return {
            system: system === 'cli' ? 'cli (GitHub Actions)' : system,
            commit: env.GITHUB_SHA,
            repository: env.GITHUB_REPOSITORY,
            runUrl,
            runId: env.GITHUB_RUN_ID,
            runNumber: run_info_int(env.GITHUB_RUN_NUMBER),
            ref: env.GITHUB_REF,
            pipeline: env.GITHUB_WORKFLOW,
            actor: env.GITHUB_ACTOR,
        };
    }
    if (env.TF_BUILD?.toLowerCase() === 'true') {
        const collection = env.SYSTEM_COLLECTIONURI?.replace(/\/+$/, '');
        const runUrl = collection && env.SYSTEM_TEAMPROJECT && env.BUILD_BUILDID ? `${collection}/${encodeURIComponent(env.SYSTEM_TEAMPROJECT)}/_build/results?buildId=${env.BUILD_BUILDID}` : undefined;
        return {
            system: system === 'cli' ? 'cli (Azure Pipelines)' : system,
            commit: env.BUILD_SOURCEVERSION,
            repository: env.BUILD_REPOSITORY_NAME,
            runUrl,
            runId: env.BUILD_BUILDID,
            // Build.BuildNumber is a free-form name ("20261121.3"); the build id is the counter.
            runNumber: run_info_int(env.BUILD_BUILDID),
            ref: env.BUILD_SOURCEBRANCH,
            pipeline: env.BUILD_DEFINITIONNAME,
            actor: env.BUILD_REQUESTEDFOR,
        };
    }
    return { system };
}

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
        clock: systemClock,
        sleep: realSleep,
        http: createHttpClient(),
        commands: createCommandRunner(),
        run: runInfoFromEnv(process.env, options.adapter),
        writeFile: writeFileCreatingDirs,
        ...(signIn ? { azure: azureLoader(settings, signIn) } : {}),
        ...(packer ? { packer } : {}),
        ...options.deps,
        host: options.host,
    };
    return runEngine(settings, deps);
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
    return canRequestIdToken ? { kind: 'github', getIdToken: (audience) => core/* getIDToken */.V9(audience) } : { kind: 'github' };
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
var runner_io = __webpack_require__(8347);
;// CONCATENATED MODULE: ./src/adapters/github/run.ts
/**
 * The GitHub Action's run once its inputs have parsed (loaded on demand by main.ts): the Host on
 * @actions/core, the outcome via `core.setFailed` exactly once.
 */





async function run(settings) {
    const signals = signalController((s) => core/* warning */.$e(`${s} received: cancelling the run`));
    try {
        const options = { adapter: 'github', read: runner_io/* githubRead */.oy, namer: runner_io/* githubNamer */.n5, host: githubHost(signals.controller.signal), credentials: githubCredentialSource };
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

/***/ 4329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createCredential: () => (/* binding */ createCredential),
/* harmony export */   lZ: () => (/* binding */ planCredential)
/* harmony export */ });
/* unused harmony exports AUTHORITY_HOSTS, GITHUB_OIDC_AUDIENCE, authorityHostFor, staticTokenCredential */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

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
    const done = (plan, description) => ({ plan, scope, description, subscriptionId: azure.subscriptionId });
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
    const authorityHost = c.authorityUrl?.replace(/\/+$/, '') || (isKnownCloud(c.environment) ? AUTHORITY_HOSTS[c.environment] : authorityHostFor(azure.cloud));
    const subscriptionId = azure.subscriptionId ?? c.subscriptionId;
    const done = (plan, description) => ({ plan, scope, description, subscriptionId });
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
                return done({ kind: 'client-certificate', tenantId, clientId, certificate: need('certificate', c.certificate), authorityHost }, `a certificate through service connection '${c.id}'`);
            }
            return done({ kind: 'client-secret', tenantId, clientId, clientSecret: need('service principal key', c.clientSecret), authorityHost }, `a client secret through service connection '${c.id}'`);
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
        getToken: async () => ({ token, expiresOnTimestamp: Date.now() + lifetimeMs, tokenType: 'Bearer' }),
    };
}
/** Builds the planned credential, loading @azure/identity only now. */
async function createCredential(plan) {
    if (plan.kind === 'static-token')
        return staticTokenCredential(plan.token);
    const identity = await Promise.all(/* import() */[__webpack_require__.e(818), __webpack_require__.e(738), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 3952));
    switch (plan.kind) {
        case 'oidc':
            return new identity.ClientAssertionCredential(plan.tenantId, plan.clientId, plan.getAssertion, { authorityHost: plan.authorityHost });
        case 'client-secret':
            return new identity.ClientSecretCredential(plan.tenantId, plan.clientId, plan.clientSecret, { authorityHost: plan.authorityHost });
        case 'client-certificate':
            return new identity.ClientCertificateCredential(plan.tenantId, plan.clientId, { certificate: plan.certificate }, { authorityHost: plan.authorityHost });
        case 'azure-pipelines':
            return new identity.AzurePipelinesCredential(plan.tenantId, plan.clientId, plan.serviceConnectionId, plan.systemAccessToken, { authorityHost: plan.authorityHost });
        case 'managed-identity':
            return plan.clientId ? new identity.ManagedIdentityCredential({ clientId: plan.clientId }) : new identity.ManagedIdentityCredential();
        case 'azure-cli':
            return new identity.AzureCliCredential(plan.tenantId ? { tenantId: plan.tenantId } : {});
    }
}


/***/ }),

/***/ 4064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ PRODUCTION_SLOT)
/* harmony export */ });
const PRODUCTION_SLOT = 'production';


/***/ })

};
