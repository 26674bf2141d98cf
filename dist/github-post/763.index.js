export const id = 763;
export const ids = [763];
export const modules = {

/***/ 11763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createPackerPort: () => (/* binding */ createPackerPort)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/packer/template.ts


const HCL2_FILE = /\.pkr\.(hcl|json)$/;
/** Mirrors Packer's own choice: folders and `.pkr.hcl`/`.pkr.json` (and `.hcl`) files are HCL2. */
function templateKindOf(path, isDirectory) {
    if (isDirectory || HCL2_FILE.test(path) || path.endsWith('.hcl'))
        return 'hcl2';
    return 'json';
}
/** Reads the template from disk: kind, files, and whether it needs `packer init`. */
async function detectTemplate(templatePath, cwd) {
    const path = (0,external_node_path_.resolve)(cwd, templatePath);
    const info = await (0,promises_.stat)(path); // ENOENT propagates; the runner turns it into a clear error
    const isDirectory = info.isDirectory();
    const kind = templateKindOf(path, isDirectory);
    const configFiles = isDirectory ? await hclFilesIn(path) : [path];
    let declaresRequiredPlugins = false;
    if (kind === 'hcl2') {
        for (const file of configFiles) {
            if (declaresRequiredPluginsIn(await (0,promises_.readFile)(file, 'utf8'), file.endsWith('.json')))
                declaresRequiredPlugins = true;
        }
    }
    return { path, kind, isDirectory, configFiles, declaresRequiredPlugins };
}
/** Packer loads only the top level of a template folder (no recursion). */
async function hclFilesIn(folder) {
    const entries = await (0,promises_.readdir)(folder, { withFileTypes: true });
    return entries
        .filter((entry) => entry.isFile() && HCL2_FILE.test(entry.name))
        .map((entry) => (0,external_node_path_.join)(folder, entry.name))
        .sort();
}
/** True when the HCL (or HCL-JSON) text has a `required_plugins` block outside comments. */
function declaresRequiredPluginsIn(text, isJson) {
    if (isJson)
        return /"required_plugins"\s*:/.test(text);
    const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:"])(#|\/\/).*$/gm, '$1');
    return /\brequired_plugins\s*\{/.test(withoutComments);
}
/** Folders never part of a template's identity: VCS data and Packer's download cache. */
const SKIPPED_FOLDERS = new Set(['.git', 'packer_cache']);
/**
 * All files that make up a template, for the bake key. A folder template contributes every
 * file below it (scripts and files its provisioners upload live there too), sorted by path;
 * a single-file template contributes just that file.
 */
async function collectTemplateFiles(templatePath, cwd = process.cwd()) {
    const path = (0,external_node_path_.resolve)(cwd, templatePath);
    if (!(await (0,promises_.stat)(path)).isDirectory()) {
        return [{ relativePath: path.split(external_node_path_.sep).pop() ?? path, content: await (0,promises_.readFile)(path) }];
    }
    const files = [];
    for (const file of await walk(path)) {
        files.push({ relativePath: (0,external_node_path_.relative)(path, file).split(external_node_path_.sep).join('/'), content: await (0,promises_.readFile)(file) });
    }
    return files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}
async function walk(folder) {
    const found = [];
    for (const entry of await (0,promises_.readdir)(folder, { withFileTypes: true })) {
        const full = (0,external_node_path_.join)(folder, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name))
                found.push(...(await walk(full)));
        }
        else if (entry.isFile()) {
            found.push(full);
        }
    }
    return found;
}
/** Reads extra var files (`-var-file`s) in the order given; their order matters to Packer. */
async function readVarFiles(paths, cwd = process.cwd()) {
    return Promise.all(paths.map(async (path) => ({ path, content: await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, path)) })));
}

;// CONCATENATED MODULE: ./src/packer/bake-key-input.ts

/**
 * Reads a Packer template's files and var files from disk into the input of `computeBakeKey`.
 * Var files are keyed by content and position only, so the same files at other paths match.
 */
async function collectBakeKeyInput(options) {
    const cwd = options.cwd ?? process.cwd();
    const templateFiles = await collectTemplateFiles(options.template, cwd);
    const varFiles = await readVarFiles(options.varFiles ?? [], cwd);
    return {
        builder: 'packer',
        templateFiles: templateFiles.map((file) => ({ path: file.relativePath, content: file.content })),
        varFiles: varFiles.map((file, index) => ({ path: String(index), content: file.content })),
        variables: options.variables ?? {},
        secretVariables: options.secretVariables ?? [],
        resolvedBaseImage: options.resolvedBaseImage,
    };
}

;// CONCATENATED MODULE: ./src/packer/errors.ts
/**
 * Errors the Packer runner throws. Every message names the template so a pipeline log
 * says which bake failed without scrolling back.
 */
const PACKER_INSTALL_HINT = 'Install Packer: https://developer.hashicorp.com/packer/install (Debian/Ubuntu: `apt-get install packer` ' +
    'or the HashiCorp apt repository), or in GitHub Actions add the `hashicorp/setup-packer` action before this step. ' +
    'Alternatively pass the path of the packer binary explicitly.';
class PackerError extends Error {
    code;
    templatePath;
    packerErrorLines;
    exitCode;
    name = 'PackerError';
    constructor(code, templatePath, message, 
    /** Packer's last error lines (already masked), when the failure came from Packer itself. */
    packerErrorLines = [], exitCode) {
        super(message);
        this.code = code;
        this.templatePath = templatePath;
        this.packerErrorLines = packerErrorLines;
        this.exitCode = exitCode;
    }
}
function isPackerError(error, code) {
    return error instanceof PackerError && (code === undefined || error.code === code);
}
/** Appends Packer's own error lines under a headline, indented so they read as a quote. */
function withPackerLines(headline, lines) {
    if (lines.length === 0)
        return headline;
    return `${headline}\nPacker said:\n${lines.map((line) => `  ${line}`).join('\n')}`;
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/packer/azure-artifact.ts
/** Builder id of azure-arm (and azure-dtl) artifacts. */
const AZURE_ARM_BUILDER_ID = 'Azure.ResourceManagement.VMImage';
const MANAGED_IMAGE_ID = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Compute\/images\/[^/]+$/i;
const GALLERY_VERSION_ID = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Compute\/galleries\/[^/]+\/images\/[^/]+\/versions\/[^/]+$/i;
/**
 * The azure-arm artifact string (packer-plugin-azure builder/azure/arm/artifact.go String()):
 *   Azure.ResourceManagement.VMImage:\n\nOSType: Linux\nManagedImageResourceGroupName: …\n
 *   ManagedImageName: …\nManagedImageId: …\nManagedImageLocation: …\n
 *   [ManagedImageSharedImageGalleryId: …\nSharedImageGalleryResourceGroup: …\n …]
 */
function parseArtifactProperties(text) {
    const properties = {};
    for (const line of text.split(/\r?\n/)) {
        const match = /^([A-Za-z][A-Za-z0-9 ()-]*?):\s+(.*)$/.exec(line.trim());
        if (match?.[1] && match[2] !== undefined)
            properties[match[1]] = match[2].trim();
    }
    return properties;
}
/**
 * Reads the image ids out of one azure-arm artifact. The `string` lines are preferred, since
 * the artifact `id` is the OS disk URI when `keep_os_disk` is set and the gallery version id
 * when only a gallery image was built; the `id` is the fallback when it has a recognisable shape.
 */
function toAzureImageArtifact(artifact) {
    const properties = parseArtifactProperties(artifact.string ?? '');
    const id = artifact.id?.trim();
    const pick = (fromString, pattern) => fromString && pattern.test(fromString) ? fromString : id && pattern.test(id) ? id : undefined;
    const result = { target: artifact.target, properties };
    const managedImageId = pick(properties.ManagedImageId, MANAGED_IMAGE_ID);
    const galleryImageVersionId = pick(properties.ManagedImageSharedImageGalleryId, GALLERY_VERSION_ID);
    if (managedImageId)
        result.managedImageId = managedImageId;
    if (galleryImageVersionId)
        result.galleryImageVersionId = galleryImageVersionId;
    if (id)
        result.artifactId = id;
    if (properties.OSType)
        result.osType = properties.OSType;
    const location = properties.ManagedImageLocation ?? properties.StorageAccountLocation;
    if (location)
        result.location = location;
    return result;
}
function isAzureArmArtifact(artifact) {
    return !artifact.nil && artifact.builderId === AZURE_ARM_BUILDER_ID;
}
/** The Azure images among a build's artifacts (VHD-only artifacts have neither id and are left out). */
function azureImagesFrom(artifacts) {
    return artifacts
        .filter(isAzureArmArtifact)
        .map(toAzureImageArtifact)
        .filter((image) => image.managedImageId !== undefined || image.galleryImageVersionId !== undefined);
}

;// CONCATENATED MODULE: ./src/packer/azure-credentials.ts
/**
 * How Azure credentials reach Packer's azure-arm builder. The builder reads its credentials
 * only from template configuration (`client_id`, `client_secret`, `client_jwt`, `tenant_id`,
 * `subscription_id`, `oidc_request_url`, `oidc_request_token`, `use_azure_cli_auth`); it reads
 * no `ARM_*` variables itself. Templates wire them up in one of two documented ways:
 *  - HCL2: `variable "client_id" {}` … `client_id = var.client_id` — Packer sets a variable
 *    from the environment variable `PKR_VAR_<name>` (undeclared names are ignored);
 *  - HCL2 `env("ARM_CLIENT_ID")` / JSON `{{env `ARM_CLIENT_ID`}}` in variable defaults.
 * We set both families so either style works, and nothing lands in a file on disk.
 */
/** Builds Packer's environment for an Azure credential; see the module comment for the contract. */
function buildAzureCredentialEnv(credential) {
    const env = {};
    const secrets = [];
    const set = (builderOption, armVariable, value, secret = false) => {
        if (value === undefined || value === '')
            return;
        env[`PKR_VAR_${builderOption}`] = value;
        if (armVariable)
            env[armVariable] = value;
        if (secret)
            secrets.push(value);
    };
    set('subscription_id', 'ARM_SUBSCRIPTION_ID', credential.subscriptionId);
    if (credential.kind !== 'managed-identity')
        set('tenant_id', 'ARM_TENANT_ID', credential.tenantId);
    switch (credential.kind) {
        case 'client-secret':
            set('client_id', 'ARM_CLIENT_ID', credential.clientId);
            set('client_secret', 'ARM_CLIENT_SECRET', credential.clientSecret, true);
            break;
        case 'oidc-token':
            set('client_id', 'ARM_CLIENT_ID', credential.clientId);
            set('client_jwt', 'ARM_OIDC_TOKEN', credential.idToken, true);
            env.ARM_USE_OIDC = 'true';
            break;
        case 'oidc-request':
            set('client_id', 'ARM_CLIENT_ID', credential.clientId);
            set('oidc_request_url', 'ARM_OIDC_REQUEST_URL', credential.requestUrl);
            set('oidc_request_token', 'ARM_OIDC_REQUEST_TOKEN', credential.requestToken, true);
            env.ARM_USE_OIDC = 'true';
            break;
        case 'azure-cli':
            set('use_azure_cli_auth', 'ARM_USE_CLI', 'true');
            break;
        case 'managed-identity':
            set('client_id', 'ARM_CLIENT_ID', credential.clientId);
            env.ARM_USE_MSI = 'true';
            break;
    }
    return { env, secrets };
}

;// CONCATENATED MODULE: ./src/packer/machine-readable.ts
/**
 * Packer's machine-readable output: one record per line, `timestamp,target,type,data...`.
 * Packer escapes inside each data field: `,` → `%!(PACKER_COMMA)`, CR → `\r`, LF → `\n`
 * (packer/ui.go, MachineReadableUi.Machine). A literal backslash-n in the original text is
 * not escaped by Packer, so it is indistinguishable from a newline; we read it as one.
 */
const ESCAPES = /%!\(PACKER_COMMA\)|\\n|\\r/g;
const UNESCAPED = { '%!(PACKER_COMMA)': ',', '\\n': '\n', '\\r': '\r' };
function unescapeMachineField(field) {
    return field.replace(ESCAPES, (match) => UNESCAPED[match] ?? match);
}
/** The inverse, used to find secrets in raw (still escaped) lines. */
function escapeMachineField(text) {
    return text.replace(/,/g, '%!(PACKER_COMMA)').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}
/** Parses one line, or returns undefined for lines that are not machine-readable records. */
function parseMachineReadableLine(line) {
    const fields = line.split(',');
    if (fields.length < 3)
        return undefined;
    const [timestamp, target, type] = fields;
    if (!/^\d+$/.test(timestamp) || type === '')
        return undefined;
    return {
        timestamp: Number(timestamp),
        target,
        type,
        data: fields.slice(3).map(unescapeMachineField),
    };
}
/** A `ui` record as an event, or undefined for other record types. */
function toUiEvent(record) {
    if (record.type !== 'ui')
        return undefined;
    const [kind, ...rest] = record.data;
    if (kind !== 'say' && kind !== 'message' && kind !== 'error')
        return undefined;
    // Escaped commas keep the text in one field; rejoin in case an unescaped comma slipped through.
    return { kind, text: rest.join(',') };
}
/** Collects artifacts and `error` records from a stream of machine-readable records. */
class MachineReadableCollector {
    artifactsByKey = new Map();
    errors = [];
    version;
    add(record) {
        switch (record.type) {
            case 'artifact':
                this.addArtifactField(record);
                break;
            case 'error':
                this.errors.push({ target: record.target, message: record.data.join(',') });
                break;
            case 'version':
                this.version = record.data[0];
                break;
            default:
                break;
        }
    }
    get artifacts() {
        return [...this.artifactsByKey.values()];
    }
    addArtifactField(record) {
        const [indexText, field, ...values] = record.data;
        const index = Number(indexText);
        if (!Number.isInteger(index) || field === undefined)
            return;
        const artifact = this.artifactFor(record.target, index);
        const value = values.join(',');
        switch (field) {
            case 'builder-id':
                artifact.builderId = value;
                break;
            case 'id':
                artifact.id = value;
                break;
            case 'string':
                artifact.string = value;
                break;
            case 'file':
                // `artifact,<i>,file,<fi>,<name>`
                artifact.files.push(values.slice(1).join(','));
                break;
            case 'nil':
                artifact.nil = true;
                break;
            default:
                break; // files-count, end
        }
    }
    artifactFor(target, index) {
        const key = `${target}\u0000${index}`;
        let artifact = this.artifactsByKey.get(key);
        if (!artifact) {
            artifact = { target, index, files: [], nil: false };
            this.artifactsByKey.set(key, artifact);
        }
        return artifact;
    }
}
/** Parses a whole recorded output (fixtures, tests). */
function parseMachineReadableOutput(output) {
    const collector = new MachineReadableCollector();
    const records = [];
    for (const line of output.split(/\r?\n/)) {
        const record = parseMachineReadableLine(line);
        if (!record)
            continue;
        records.push(record);
        collector.add(record);
    }
    return { records, artifacts: collector.artifacts, errors: collector.errors };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./src/packer/process.ts


/** How long to wait for Packer's output pipes to close after it exited (orphans may hold them). */
const PIPE_DRAIN_MS = 2_000;
/** Raised when the binary cannot be started at all (ENOENT, EACCES). */
class SpawnError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
/**
 * Runs Packer in its own process group and streams its output line by line.
 *
 * On abort the whole group gets SIGINT, as a terminal's Ctrl-C would: Packer's wrapper
 * process does not forward SIGINT to the real Packer process (panicwrap forwards only
 * SIGTERM), and a SIGTERM to Packer alone leaves shell-local scripts running as orphans.
 * If Packer has not exited after `cancelGraceMs`, the group is killed.
 */
function runPackerProcess(options) {
    const ownGroup = process.platform !== 'win32';
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_.spawn)(options.file, options.args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: ownGroup,
            windowsHide: true,
        });
        let cancelled = false;
        let killed = false;
        let exited = false;
        const graceOver = new AbortController();
        const signalGroup = (signal) => {
            try {
                if (ownGroup && child.pid !== undefined)
                    process.kill(-child.pid, signal);
                else
                    child.kill(signal);
            }
            catch {
                // Already gone.
            }
        };
        const onAbort = () => {
            if (exited || cancelled)
                return;
            cancelled = true;
            signalGroup('SIGINT');
            options.onCancelling?.();
            options.sleep(options.cancelGraceMs, graceOver.signal).then(() => {
                if (!exited) {
                    killed = true;
                    signalGroup('SIGKILL');
                }
            }, () => undefined);
        };
        const stdoutDone = pumpLines(child.stdout, options.onStdoutLine);
        const stderrDone = pumpLines(child.stderr, options.onStderrLine);
        child.once('error', (error) => {
            options.signal?.removeEventListener('abort', onAbort);
            graceOver.abort();
            if (!exited)
                reject(new SpawnError(error.code, error.message));
        });
        child.once('exit', (exitCode, exitSignal) => {
            exited = true;
            options.signal?.removeEventListener('abort', onAbort);
            graceOver.abort();
            const drained = Promise.all([stdoutDone, stderrDone]);
            const drainTimer = new AbortController();
            Promise.race([drained, options.sleep(PIPE_DRAIN_MS, drainTimer.signal).catch(() => undefined)]).then(() => {
                drainTimer.abort();
                child.stdout.destroy();
                child.stderr.destroy();
                resolvePromise({ exitCode, exitSignal, cancelled, killed });
            }, reject);
        });
        if (options.signal?.aborted)
            onAbort();
        else
            options.signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** Calls `onLine` for each line of a stream (CRLF-tolerant); resolves when the stream ends. */
function pumpLines(stream, onLine) {
    return new Promise((resolvePromise) => {
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        let pending = '';
        const emit = (text, final) => {
            const lines = (pending + text).split('\n');
            pending = lines.pop() ?? '';
            if (final && pending !== '')
                lines.push(pending);
            if (final)
                pending = '';
            for (const line of lines)
                onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
        };
        stream.on('data', (chunk) => emit(decoder.write(chunk), false));
        const finish = () => {
            emit(decoder.end(), true);
            resolvePromise();
        };
        stream.once('end', finish);
        stream.once('close', finish);
    });
}

;// CONCATENATED MODULE: ./src/packer/phase.ts


/** How many of Packer's error lines an error message quotes. */
const ERROR_TAIL = 15;
/**
 * Runs one Packer command, streaming its ui lines to the logger (masked) while collecting
 * machine-readable records and the tail of its error output.
 */
async function runPackerPhase(ctx, phase, args, { quiet = false } = {}) {
    const collector = new MachineReadableCollector();
    const recentErrors = [];
    const remember = (text) => {
        for (const line of text.split(/\r?\n/)) {
            if (line.trim() === '')
                continue;
            recentErrors.push(line.trimEnd());
            if (recentErrors.length > ERROR_TAIL)
                recentErrors.shift();
        }
    };
    const log = (event) => {
        const text = ctx.masker.mask(event.text).replace(/^\n+/, '').trimEnd();
        if (event.kind === 'error')
            remember(text);
        if (text === '' || quiet)
            return;
        if (event.kind === 'error')
            ctx.logger.error(text);
        else
            ctx.logger.info(text);
    };
    if (ctx.signal?.aborted) {
        // Cancelled before this phase: do not start Packer at all.
        const outcome = { exitCode: null, exitSignal: null, cancelled: true, killed: false };
        return { phase, outcome, collector, errorLines: [] };
    }
    if (!quiet)
        ctx.logger.info(`Running: ${ctx.masker.mask([ctx.packerPath, ...args].join(' '))}`);
    let outcome;
    try {
        outcome = await runPackerProcess({
            file: ctx.packerPath,
            args,
            cwd: ctx.cwd,
            env: ctx.env,
            signal: ctx.signal,
            cancelGraceMs: ctx.cancelGraceMs,
            sleep: ctx.sleep,
            onStdoutLine: (line) => {
                const record = parseMachineReadableLine(line);
                if (!record)
                    return log({ kind: 'message', text: line });
                collector.add(record);
                const event = toUiEvent(record);
                if (event)
                    log(event);
                else if (!quiet)
                    ctx.logger.debug(ctx.masker.mask(line));
            },
            onStderrLine: (line) => {
                const text = ctx.masker.mask(line);
                remember(text);
                if (!quiet && text.trim() !== '')
                    ctx.logger.warning(text);
            },
            onCancelling: () => ctx.logger.warning(`Cancelling: sent SIGINT to Packer (${phase}); waiting for it to clean up.`),
        });
    }
    catch (error) {
        if (!(error instanceof SpawnError))
            throw error;
        const placeholder = { exitCode: null, exitSignal: null, cancelled: false, killed: false };
        return { phase, outcome: placeholder, collector, errorLines: [], spawnError: error.code ?? error.message };
    }
    const summaries = collector.errors.map((e) => ctx.masker.mask(e.target ? `${e.target}: ${e.message}` : e.message));
    // Packer's end-of-run `error` records first: they name the failed build and its cause.
    const errorLines = [...new Set([...summaries, ...recentErrors])].slice(0, 2 * ERROR_TAIL);
    return { phase, outcome, collector, errorLines };
}

;// CONCATENATED MODULE: ./src/packer/secret-masker.ts

const MASK = '***';
/**
 * Replaces secret values in text. Besides the value itself it masks:
 *  - Packer's escaped form (`,` → `%!(PACKER_COMMA)`, newline → `\n`), for raw lines;
 *  - each line of a multi-line secret, because a provisioner's output reaches us line by line.
 * Single-character lines are not masked on their own: that would blank out every such character.
 */
class SecretMasker {
    needles;
    constructor(secrets) {
        const needles = new Set();
        for (const secret of secrets) {
            if (secret.length === 0)
                continue;
            needles.add(secret);
            needles.add(escapeMachineField(secret));
            for (const line of secret.split(/\r?\n/)) {
                if (line.trim().length > 1) {
                    needles.add(line);
                    needles.add(escapeMachineField(line));
                }
            }
        }
        // Longest first so a secret is masked whole before any of its lines.
        this.needles = [...needles].sort((a, b) => b.length - a.length);
    }
    mask(text) {
        let masked = text;
        for (const needle of this.needles) {
            if (masked.includes(needle))
                masked = masked.split(needle).join(MASK);
        }
        return masked;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/packer/var-file.ts



/** HCL identifiers; Packer rejects other variable names anyway, and we never want to quote keys. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function assertVariableNames(variables) {
    for (const name of Object.keys(variables)) {
        if (!VARIABLE_NAME.test(name))
            throw new Error(`invalid Packer variable name ${JSON.stringify(name)}`);
    }
}
/**
 * An HCL string literal. Besides the usual escapes, `${` and `%{` start template
 * interpolation in HCL strings, so they are doubled to stay literal.
 */
function hclString(value) {
    let out = '';
    for (const char of value) {
        const code = char.codePointAt(0) ?? 0;
        if (char === '\\')
            out += '\\\\';
        else if (char === '"')
            out += '\\"';
        else if (char === '\n')
            out += '\\n';
        else if (char === '\r')
            out += '\\r';
        else if (char === '\t')
            out += '\\t';
        else if (code < 0x20 || code === 0x7f)
            out += `\\u${code.toString(16).padStart(4, '0')}`;
        else
            out += char;
    }
    // Function replacers: in a replacement string `$$` would itself mean a single `$`.
    return `"${out.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{')}"`;
}
function hclValue(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'string')
        return hclString(value);
    if (typeof value === 'boolean')
        return String(value);
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new Error(`cannot pass non-finite number ${value} to Packer`);
        return String(value);
    }
    if (Array.isArray(value))
        return `[${value.map(hclValue).join(', ')}]`;
    const entries = Object.entries(value);
    return `{ ${entries.map(([key, item]) => `${hclString(key)} = ${hclValue(item)}`).join(', ')} }`;
}
/** `name = value` lines of a `.pkrvars.hcl` file. */
function renderHclVarFile(variables) {
    assertVariableNames(variables);
    return Object.entries(variables)
        .map(([name, value]) => `${name} = ${hclValue(value)}\n`)
        .join('');
}
/**
 * A JSON var file for legacy JSON templates, whose user variables are strings:
 * scalars are stringified, lists and objects passed as their JSON text.
 */
function renderJsonVarFile(variables) {
    assertVariableNames(variables);
    const asStrings = {};
    for (const [name, value] of Object.entries(variables)) {
        asStrings[name] =
            typeof value === 'string'
                ? value
                : value !== null && typeof value === 'object'
                    ? JSON.stringify(value)
                    : String(value);
    }
    return `${JSON.stringify(asStrings, null, 2)}\n`;
}
/**
 * Writes the variables to a var file only this user can read (file 0600 in a 0700 folder).
 * HCL2 templates get `.pkrvars.hcl`; JSON templates need JSON (Packer 1.6.6 and current
 * Packer both reject HCL var files for JSON templates).
 */
async function writeTempVarFile(kind, variables) {
    const content = kind === 'hcl2' ? renderHclVarFile(variables) : renderJsonVarFile(variables);
    const folder = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'immutable-deploy-packer-'));
    const path = (0,external_node_path_.join)(folder, kind === 'hcl2' ? 'immutable-deploy.pkrvars.hcl' : 'immutable-deploy.vars.json');
    try {
        await (0,promises_.writeFile)(path, content, { mode: 0o600, flag: 'wx' });
    }
    catch (error) {
        await (0,promises_.rm)(folder, { recursive: true, force: true });
        throw error;
    }
    return { path, dispose: () => (0,promises_.rm)(folder, { recursive: true, force: true }) };
}

;// CONCATENATED MODULE: ./src/packer/run-packer.ts









const DEFAULT_CANCEL_GRACE_MS = 60_000;
const defaultSleep = (ms, signal) => (0,external_node_timers_promises_.setTimeout)(ms, undefined, signal ? { signal } : undefined);
/** Runs `packer [init,] validate, build` for a template and returns what it built. */
async function runPackerBake(options) {
    const cwd = options.cwd ?? process.cwd();
    const templateName = options.template;
    const variables = options.variables ?? {};
    try {
        assertVariableNames(variables);
    }
    catch (error) {
        throw new PackerError('invalid-input', templateName, `Packer template "${templateName}": ${error.message}`);
    }
    const credentialEnv = options.azureCredential
        ? buildAzureCredentialEnv(options.azureCredential)
        : { env: {}, secrets: [] };
    const masker = new SecretMasker([
        ...secretValues(variables, options.secretVariables ?? []),
        ...credentialEnv.secrets,
        ...(options.secrets ?? []),
    ]);
    const template = await loadTemplate(templateName, cwd);
    const ctx = {
        packerPath: options.packerPath ?? 'packer',
        cwd,
        // CHECKPOINT_DISABLE: no version-check call to HashiCorp's servers from CI agents.
        env: { ...(options.baseEnv ?? process.env), ...credentialEnv.env, ...options.env, CHECKPOINT_DISABLE: '1' },
        logger: options.logger,
        masker,
        signal: options.signal,
        cancelGraceMs: options.cancelGraceMs ?? DEFAULT_CANCEL_GRACE_MS,
        sleep: options.sleep ?? defaultSleep,
    };
    const packerVersion = await checkVersion(ctx, templateName);
    if (template.declaresRequiredPlugins)
        await initPlugins(ctx, template, templateName, packerVersion);
    const varFile = Object.keys(variables).length > 0 ? await writeTempVarFile(template.kind, variables) : undefined;
    try {
        const selection = [
            ...(varFile ? [`-var-file=${varFile.path}`] : []),
            ...(options.varFiles ?? []).map((file) => `-var-file=${(0,external_node_path_.resolve)(cwd, file)}`),
            ...(options.only && options.only.length > 0 ? [`-only=${options.only.join(',')}`] : []),
        ];
        const validate = await runPackerPhase(ctx, 'validate', [
            'validate',
            '-machine-readable',
            ...selection,
            template.path,
        ]);
        throwOnFailure(validate, 'validate-failed', templateName);
        const build = await runPackerPhase(ctx, 'build', [
            'build',
            '-machine-readable',
            '-color=false',
            ...selection,
            template.path,
        ]);
        throwOnFailure(build, 'build-failed', templateName);
        return toResult(template, packerVersion, build, templateName, options.requireAzureArtifact ?? true);
    }
    finally {
        await varFile?.dispose();
    }
}
async function loadTemplate(templateName, cwd) {
    try {
        return await detectTemplate(templateName, cwd);
    }
    catch (error) {
        const code = error.code;
        const detail = code === 'ENOENT' ? 'not found' : `unreadable (${error.message})`;
        throw new PackerError('template-not-found', templateName, `Packer template "${templateName}" ${detail} (resolved against ${cwd}).`);
    }
}
/** `packer version` doubles as the "is Packer installed" check. */
async function checkVersion(ctx, templateName) {
    const result = await runPackerPhase(ctx, 'version', ['-machine-readable', 'version'], { quiet: true });
    if (result.spawnError) {
        const where = ctx.packerPath === 'packer' ? 'on PATH' : `at "${ctx.packerPath}"`;
        throw new PackerError('packer-not-found', templateName, `Cannot bake template "${templateName}": Packer was not found ${where} (${result.spawnError}). ${PACKER_INSTALL_HINT}`);
    }
    throwOnFailure(result, 'packer-not-found', templateName);
    return result.collector.version ?? 'unknown';
}
async function initPlugins(ctx, template, templateName, version) {
    if (compareVersions(version, '1.7.0') < 0) {
        throw new PackerError('packer-too-old', templateName, `Packer template "${templateName}" declares required_plugins, which needs Packer 1.7 or later ` +
            `(\`packer init\`); the installed Packer is ${version}. ${PACKER_INSTALL_HINT}`);
    }
    const init = await runPackerPhase(ctx, 'init', ['init', template.path]);
    throwOnFailure(init, 'init-failed', templateName);
}
function throwOnFailure(result, code, templateName) {
    const { outcome } = result;
    if (outcome.cancelled) {
        const how = outcome.killed
            ? 'Packer did not stop within the grace period and was killed; temporary Azure resources (pkr-Resource-Group-*) may remain.'
            : outcome.exitCode === null && outcome.exitSignal === null
                ? 'Packer was not started.'
                : 'Packer was interrupted and cleaned up.';
        throw new PackerError('cancelled', templateName, `Packer ${result.phase} of template "${templateName}" was cancelled. ${how}`, result.errorLines, outcome.exitCode);
    }
    if (outcome.exitCode === 0)
        return;
    const status = outcome.exitCode !== null ? `exit code ${outcome.exitCode}` : `signal ${outcome.exitSignal ?? 'unknown'}`;
    const headline = `Packer ${result.phase} of template "${templateName}" failed (${status}).`;
    throw new PackerError(code, templateName, withPackerLines(headline, result.errorLines), result.errorLines, outcome.exitCode);
}
function toResult(template, version, build, templateName, requireAzure) {
    const artifacts = build.collector.artifacts;
    const images = azureImagesFrom(artifacts);
    if (requireAzure && images.length === 0) {
        const found = artifacts.map((a) => `${a.target || '(unnamed)'}: ${a.nil ? 'nil' : `${a.builderId ?? '?'} ${a.id ?? ''}`.trim()}`);
        throw new PackerError('no-azure-artifact', templateName, `Packer build of template "${templateName}" succeeded but produced no Azure image: expected an artifact with builder id ` +
            `${AZURE_ARM_BUILDER_ID} carrying a managed image or gallery image version id (azure-arm builder with managed_image_name ` +
            `or shared_image_gallery_destination). Artifacts: ${found.length > 0 ? found.join('; ') : 'none'}.`);
    }
    const first = images[0];
    const result = {
        templatePath: template.path,
        templateKind: template.kind,
        packerVersion: version,
        artifacts,
        images,
    };
    if (first?.managedImageId)
        result.managedImageId = first.managedImageId;
    if (first?.galleryImageVersionId)
        result.galleryImageVersionId = first.galleryImageVersionId;
    return result;
}
/** Every form in which a secret variable's value could show up in output. */
function secretValues(variables, secretNames) {
    const values = [];
    const collect = (value) => {
        if (value === null)
            return;
        if (typeof value === 'object') {
            values.push(JSON.stringify(value));
            for (const item of Object.values(value))
                collect(item);
        }
        else {
            values.push(String(value));
        }
    };
    for (const name of secretNames) {
        const value = variables[name];
        if (value !== undefined)
            collect(value);
    }
    return values;
}
/** Compares dotted versions numerically (`1.10.0` > `1.9.4`); pre-release suffixes are ignored. */
function compareVersions(a, b) {
    const parts = (v) => v
        .replace(/^v/, '')
        .split(/[.-]/)
        .slice(0, 3)
        .map((p) => Number.parseInt(p, 10) || 0);
    const [x, y] = [parts(a), parts(b)];
    for (let i = 0; i < 3; i++) {
        const diff = (x[i] ?? 0) - (y[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/packer/port.ts




const KIND = {
    'packer-not-found': 'input',
    'packer-too-old': 'input',
    'template-not-found': 'input',
    'invalid-input': 'input',
    'validate-failed': 'input',
    'init-failed': 'transient',
    'build-failed': 'terminal',
    'no-azure-artifact': 'terminal',
    cancelled: 'cancelled',
};
function createPackerPort(options = {}) {
    return {
        async describeInputs(inputs) {
            try {
                return await collectBakeKeyInput({ ...inputs, cwd: options.cwd });
            }
            catch (err) {
                const code = err.code;
                const missing = code === 'ENOENT' ? 'not found' : `unreadable (${err.message})`;
                const path = err.path ?? inputs.template;
                const which = inputs.varFiles.some((f) => path.endsWith(f)) ? 'packer-var-files' : 'packer-template';
                throw new errors/* EngineError */.NJ('input', `input '${which}': ${path} is ${missing} (resolved against ${options.cwd ?? process.cwd()})`, { cause: err });
            }
        },
        async bake(request) {
            const timeout = AbortSignal.timeout(request.timeoutMs);
            const signal = AbortSignal.any([request.signal, timeout]);
            try {
                const result = await runPackerBake({
                    template: request.template,
                    variables: { ...request.variables },
                    secretVariables: request.secretVariables,
                    varFiles: request.varFiles,
                    only: request.only,
                    logger: request.logger,
                    signal,
                    ...(options.azureCredential ? { azureCredential: options.azureCredential } : {}),
                    ...(options.packerPath ? { packerPath: options.packerPath } : {}),
                    ...(options.cwd ? { cwd: options.cwd } : {}),
                    ...(options.env ? { env: options.env } : {}),
                    ...(options.cancelGraceMs !== undefined ? { cancelGraceMs: options.cancelGraceMs } : {}),
                });
                return {
                    ...(result.managedImageId ? { managedImageId: result.managedImageId } : {}),
                    ...(result.galleryImageVersionId ? { galleryImageVersionId: result.galleryImageVersionId } : {}),
                    packerVersion: result.packerVersion,
                };
            }
            catch (err) {
                if (timeout.aborted && !request.signal.aborted) {
                    const minutes = Math.round(request.timeoutMs / 60_000);
                    throw new errors/* EngineError */.NJ('terminal', `the Packer bake did not finish within ${minutes >= 1 ? `${minutes}m` : `${request.timeoutMs}ms`} (input 'bake-timeout'); Packer was stopped`, { cause: err });
                }
                if (request.signal.aborted)
                    throw new errors/* CancelledError */.cc('the run was cancelled during the Packer bake');
                if (isPackerError(err))
                    throw new errors/* EngineError */.NJ(KIND[err.code], err.message, { cause: err });
                throw err;
            }
        },
    };
}


/***/ })

};
