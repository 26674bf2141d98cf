/**
 * `immutable-deploy emulator …`: start the emulator (optionally with a world), or drive a running
 * one through its control API (control-api.ts): fault, health, time, requests, reset, info, config.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { stringify } from 'yaml';
import { callControl, FAULT_KINDS, STATUS_KINDS, type ControlConnection, type HealthRule } from './control-api.js';
import type { FaultRule } from './faults.js';
import { startEmulator, type EmulatorOptions, type RequestLogEntry, type WorldInfo } from './index.js';
import { loadWorldFile, type World } from './world.js';
import { builtInWorld, DEMO_WORLD_YAML } from './world-demo.js';

/** Where a started emulator records how to reach it, unless --connection-file says otherwise. */
export const DEFAULT_CONNECTION_FILE = join(tmpdir(), 'immutable-deploy-emulator.json');

const CONNECT_HELP = `Finding the emulator: --endpoint URL --ca-file FILE, or --connection-file FILE
(default ${DEFAULT_CONNECTION_FILE}, written by the running emulator).`;

const SERVE_HELP = `Usage: immutable-deploy emulator [options]
       immutable-deploy emulator <command> [options]   (commands below)

Starts the local Azure emulator (HTTPS Resource Manager on 127.0.0.1), prints one JSON line
{"endpoint","caFile","subscriptionId"} (plus "world" with --world) and serves until Ctrl-C.

Options:
  --world NAME|FILE        start with a world: 'demo' (built in) or a world file (YAML/JSON)
  --port N                 TCP port (default: any free port)
  --time-scale X           simulated seconds per real second (default 60)
  --state FILE             load resources from FILE and save them there after every change
  --page-size N            items per page of list calls (default 50)
  --seed N                 seed for generated ids (default 1)
  --connection-file FILE   where to record endpoint and CA for the commands below
                           (default ${DEFAULT_CONNECTION_FILE})
  -h, --help               this help

Commands (each takes --help):
  info                     the running emulator: endpoint, CA file, time, world targets
  config TARGET            run inputs (YAML) for a world target: run --config FILE
  world NAME|FILE          print a built-in world, or check a world file
  fault add|list|remove|clear
                           inject Resource Manager faults (429, 500, 503, 409, reset, latency,
                           long-running operations that fail or never end)
  health unhealthy|failing|errors|list|clear
                           script a version's health (at once, or once it takes live traffic)
  load TARGET --rps N | load list | load clear
                           synthetic requests per simulated second (telemetry for metrics,
                           alerts and log queries)
  time [--scale X] [--advance 10m]
                           read, speed up or jump simulated time
  requests [--since N] [--writes] [--json]
                           the request log
  reset                    clear faults, health rules, scripts and the request log

The control API behind these commands: GET <endpoint>/_emulator (see src/emulator/README.md).
`;

type Values = Record<string, string | boolean | undefined>;

/** node:util parseArgs with this CLI's wording for its errors. */
function parse(
  argv: string[],
  options: ParseArgsConfig['options'],
  usage: string,
  positionals = 0,
): { values: Values; positionals: string[] } {
  let parsed: { values: Values; positionals: string[] };
  const first = usage.split('\n')[0]!;
  usage = first.includes('--help') ? first : `${first}\n(see --help)`;
  try {
    parsed = parseArgs({
      args: argv,
      options: { help: { type: 'boolean', short: 'h' }, ...options },
      strict: true,
      allowPositionals: positionals > 0,
    }) as typeof parsed;
  } catch (e) {
    const err = e as { code?: string; message: string };
    const flag = /'(-[^' ]+)/.exec(err.message)?.[1] ?? '';
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new Error(`unknown option ${flag}\n${usage}`, { cause: e });
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new Error(`missing value for ${flag}\n${usage}`, { cause: e });
    if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new Error(`unexpected argument\n${usage}`, { cause: e });
    throw e;
  }
  if (parsed.positionals.length > positionals) throw new Error(`unexpected argument\n${usage}`);
  return parsed;
}

const SERVE_OPTIONS = {
  port: { type: 'string' },
  state: { type: 'string' },
  'time-scale': { type: 'string' },
  'page-size': { type: 'string' },
  seed: { type: 'string' },
  world: { type: 'string' },
  'connection-file': { type: 'string' },
} as const;

export interface EmulatorArgs extends EmulatorOptions {
  help?: boolean;
  /** --world as given: a built-in name or a file. */
  worldName?: string;
  connectionFile?: string;
}

/** Parses the options of `immutable-deploy emulator` (starting it). */
export function parseEmulatorArgs(argv: string[]): EmulatorArgs {
  const { values: v } = parse(
    argv,
    SERVE_OPTIONS,
    'usage: immutable-deploy emulator [--world NAME|FILE] [--port N] [--time-scale X] [--state FILE] (see --help)',
  );
  const options: EmulatorArgs = {};
  if (v['help']) options.help = true;
  if (v['port'] !== undefined) options.port = toNumber('--port', v['port']);
  if (v['state'] !== undefined) options.statePath = String(v['state']);
  if (v['time-scale'] !== undefined) options.timeScale = toNumber('--time-scale', v['time-scale']);
  if (v['page-size'] !== undefined) options.pageSize = toNumber('--page-size', v['page-size']);
  if (v['seed'] !== undefined) options.seed = toNumber('--seed', v['seed']);
  if (v['world'] !== undefined) options.worldName = String(v['world']);
  if (v['connection-file'] !== undefined) options.connectionFile = String(v['connection-file']);
  return options;
}

function toNumber(flag: string, value: unknown): number {
  const n = Number(value);
  if (value === '' || !Number.isFinite(n)) throw new Error(`${flag} expects a number`);
  return n;
}

/** A built-in world by name, else a world file. */
export function resolveWorld(nameOrFile: string): World {
  return builtInWorld(nameOrFile) ?? loadWorldFile(nameOrFile);
}

const out = (text: string) => void process.stdout.write(text);
const note = (text: string) => void process.stderr.write(text);

const VERBS: Record<string, (argv: string[]) => Promise<void>> = {
  info: infoVerb,
  config: configVerb,
  world: worldVerb,
  fault: faultVerb,
  health: healthVerb,
  time: timeVerb,
  requests: requestsVerb,
  reset: resetVerb,
  load: loadVerb,
};

/**
 * `immutable-deploy emulator ...`: a verb, or start the emulator: print one JSON line
 * {"endpoint","caFile","subscriptionId"[,"world"]} on stdout, serve until SIGINT/SIGTERM, save state, exit.
 */
export async function runEmulatorCommand(argv: string[]): Promise<void> {
  const verb = argv[0] !== undefined ? VERBS[argv[0]] : undefined;
  if (verb) return verb(argv.slice(1));
  const args = parseEmulatorArgs(argv);
  if (args.help) return out(SERVE_HELP);
  const { help: _help, worldName, connectionFile = DEFAULT_CONNECTION_FILE, ...options } = args;
  const world = worldName === undefined ? undefined : resolveWorld(worldName);
  const emu = await startEmulator({ ...options, world });
  const connection = {
    endpoint: emu.endpoint,
    caFile: emu.caFile,
    subscriptionId: emu.subscriptionId,
    pid: process.pid,
  };
  writeFileSync(connectionFile, `${JSON.stringify(connection, null, 2)}\n`);
  out(
    `${JSON.stringify({ endpoint: emu.endpoint, caFile: emu.caFile, subscriptionId: emu.subscriptionId, ...(emu.world ? { world: emu.world.name } : {}) })}\n`,
  );
  note(`Control API: ${emu.endpoint}/_emulator (connection file ${connectionFile})\n`);
  if (emu.world) note(describeWorld(emu.world));
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      removeIfOurs(connectionFile);
      emu.close().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function describeWorld(world: WorldInfo): string {
  const targets = Object.entries(world.targets)
    .map(([name, t]) => `${name} (${t.strategy})`)
    .join(', ');
  return `World '${world.name}' in ${world.resourceGroup}: targets ${targets}. Inputs for a release: immutable-deploy emulator config TARGET\n`;
}

function removeIfOurs(file: string): void {
  try {
    if ((JSON.parse(readFileSync(file, 'utf8')) as { pid?: number }).pid === process.pid) rmSync(file);
  } catch {
    // Already gone or replaced by another emulator: leave it.
  }
}

// ---- the verbs: a running emulator through its control API ----

const CONNECT_OPTIONS = {
  endpoint: { type: 'string' },
  'ca-file': { type: 'string' },
  'connection-file': { type: 'string' },
} as const;

function connect(v: Values): ControlConnection {
  const caFile = v['ca-file'] as string | undefined;
  if (v['endpoint'] !== undefined) {
    if (!caFile) throw new Error('--endpoint needs --ca-file (the emulator printed both)');
    return { endpoint: String(v['endpoint']), caPem: readFileSync(caFile, 'utf8') };
  }
  const file = (v['connection-file'] as string | undefined) ?? DEFAULT_CONNECTION_FILE;
  let saved: { endpoint?: string; caFile?: string };
  try {
    saved = JSON.parse(readFileSync(file, 'utf8')) as typeof saved;
  } catch {
    throw new Error(
      `no running emulator recorded in ${file}: start one with 'immutable-deploy emulator', or pass --endpoint and --ca-file`,
    );
  }
  if (!saved.endpoint || !saved.caFile) throw new Error(`${file} is not an emulator connection file`);
  return { endpoint: saved.endpoint, caPem: readFileSync(caFile ?? saved.caFile, 'utf8') };
}

/** Parses a verb's flags (plus the connection flags); prints its help and returns undefined on --help. */
function verbArgs(argv: string[], help: string, options: ParseArgsConfig['options'] = {}, positionals = 0) {
  const parsed = parse(argv, { ...CONNECT_OPTIONS, json: { type: 'boolean' }, ...options }, help, positionals);
  if (parsed.values['help']) {
    out(help);
    return undefined;
  }
  return { ...parsed, conn: () => connect(parsed.values) };
}

const print = (json: boolean, value: unknown, text: () => string) =>
  out(json ? `${JSON.stringify(value, null, 2)}\n` : text());

const INFO_HELP = `Usage: immutable-deploy emulator info [--json] [connection]\n\nThe running emulator: endpoint, CA file, subscription, simulated time, world.\n${CONNECT_HELP}\n`;

async function infoVerb(argv: string[]): Promise<void> {
  const a = verbArgs(argv, INFO_HELP);
  if (!a) return;
  const conn = a.conn();
  const info = (await callControl(conn, 'GET', '')) as { world?: string };
  const world = info.world ? ((await callControl(conn, 'GET', '/world')) as WorldInfo) : undefined;
  print(
    Boolean(a.values['json']),
    { ...info, world },
    () =>
      `${Object.entries(info)
        .filter(([k]) => k !== 'operations' && k !== 'world')
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join('\n')}\n${world ? describeWorld(world) : 'No world.\n'}`,
  );
}

const CONFIG_HELP = `Usage: immutable-deploy emulator config TARGET [connection]

Prints the inputs a release of one world target needs, as YAML for 'immutable-deploy run --config FILE'
(or the GitHub Action's / Azure DevOps task's 'config' input): the emulator connection, the target,
its live and preview URLs, and probe settings fast enough for a rehearsal.
${CONNECT_HELP}
`;

async function configVerb(argv: string[]): Promise<void> {
  const a = verbArgs(argv, CONFIG_HELP, {}, 1);
  if (!a) return;
  const name = a.positionals[0];
  if (!name) throw new Error(`which target?\n${CONFIG_HELP}`);
  const conn = a.conn();
  const info = (await callControl(conn, 'GET', '')) as { caFile: string; subscriptionId: string };
  const world = (await callControl(conn, 'GET', '/world')) as WorldInfo;
  const target = Object.entries(world.targets).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
  if (!target)
    throw new Error(
      `world '${world.name}' has no target '${name}' (targets: ${Object.keys(world.targets).join(', ')})`,
    );
  const inputs = {
    cloud: 'Custom',
    'arm-endpoint': conn.endpoint,
    'ca-file': info.caFile,
    auth: 'static-token',
    'access-token': 'emulator',
    'subscription-id': info.subscriptionId,
    'resource-group': world.resourceGroup,
    ...target.inputs,
    'probe-interval': '200ms',
    'probe-successes': '3',
    'probe-failure-limit': '3',
    'probe-timeout': '30s',
    'remote-access': 'allow',
  };
  out(
    `# immutable-deploy run --config FILE: target '${name}' (${target.strategy}) of emulator world '${world.name}'\n${stringify(inputs)}`,
  );
}

const WORLD_HELP = `Usage: immutable-deploy emulator world NAME|FILE

Prints the built-in world NAME ('demo') as a world file to start from, or checks the world file FILE
and prints its targets. The format: src/emulator/README.md "Worlds", schema/emulator-world.schema.json.
`;

async function worldVerb(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, {}, WORLD_HELP, 1);
  if (values['help']) return out(WORLD_HELP);
  const name = positionals[0];
  if (!name) throw new Error(`which world?\n${WORLD_HELP}`);
  if (name === 'demo') return out(DEMO_WORLD_YAML);
  const world = loadWorldFile(name);
  out(
    `${name}: world '${world.name}', ${world.targets.length} target(s): ${world.targets.map((t) => `${t.name} (${t.strategy})`).join(', ')}\n`,
  );
}

const FAULT_HELP = `Usage: immutable-deploy emulator fault add (--operation ID | --method M | --path GLOB)... (--kind KIND | --status CODE) [options]
       immutable-deploy emulator fault list [--json]
       immutable-deploy emulator fault remove ID
       immutable-deploy emulator fault clear

Makes matching Resource Manager requests fail.
  --operation ID         the spec's operationId, e.g. VirtualMachineScaleSets_UpdateInstances
  --method M             HTTP method (GET, PUT, PATCH, DELETE, POST)
  --path GLOB            path glob, case-insensitive: * within a segment, ** across segments
  --kind KIND            ${FAULT_KINDS.join(', ')}
                         (lro-failed: the operation ends Failed; lro-never-ends: it stays InProgress)
  --status CODE          shorthand for the kind: ${Object.entries(STATUS_KINDS)
    .map(([s, k]) => `${s} ${k}`)
    .join(', ')}
  --times N              fault N matching calls, then let them through (default: every call)
  --skip N               let the first N matching calls through first
  --retry-after S        simulated seconds for Retry-After (429, 503, 409; default 10)
  --latency MS           real milliseconds of delay (kind latency)
  --error-code C --error-message M
                         the error of an lro-failed operation
  --id ID                name the rule (default: fault-N)
${CONNECT_HELP}
`;

async function faultVerb(argv: string[]): Promise<void> {
  const [action, ...rest] = argv;
  if (action === undefined || action === '--help' || action === '-h') return out(FAULT_HELP);
  const options = {
    operation: { type: 'string' },
    method: { type: 'string' },
    path: { type: 'string' },
    kind: { type: 'string' },
    status: { type: 'string' },
    times: { type: 'string' },
    skip: { type: 'string' },
    'retry-after': { type: 'string' },
    latency: { type: 'string' },
    'error-code': { type: 'string' },
    'error-message': { type: 'string' },
    id: { type: 'string' },
  } as const;
  const a = verbArgs(rest, FAULT_HELP, action === 'add' ? options : {}, action === 'remove' ? 1 : 0);
  if (!a) return;
  const json = Boolean(a.values['json']);
  if (action === 'add') {
    const answer = (await callControl(a.conn(), 'POST', '/faults', faultBody(a.values))) as { id: string };
    return print(json, answer, () => `added ${answer.id}\n`);
  }
  if (action === 'list') {
    const { faults } = (await callControl(a.conn(), 'GET', '/faults')) as { faults: FaultRule[] };
    return print(json, faults, () => (faults.length === 0 ? 'no faults\n' : faults.map(describeFault).join('')));
  }
  if (action === 'remove') {
    const id = a.positionals[0] ?? fail(`which fault?\n${FAULT_HELP}`);
    await callControl(a.conn(), 'DELETE', `/faults/${encodeURIComponent(id)}`);
    return print(json, { removed: id }, () => `removed ${id}\n`);
  }
  if (action === 'clear') {
    const answer = (await callControl(a.conn(), 'DELETE', '/faults')) as { cleared: number };
    return print(json, answer, () => `cleared ${answer.cleared} fault(s)\n`);
  }
  fail(`unknown fault action '${action}'\n${FAULT_HELP}`);
}

function faultBody(v: Values): Record<string, unknown> {
  const int = (flag: string) => (v[flag] === undefined ? undefined : wholeNumber(`--${flag}`, v[flag]));
  const error =
    v['error-code'] !== undefined || v['error-message'] !== undefined
      ? {
          code: String(v['error-code'] ?? 'OperationFailed'),
          message: String(v['error-message'] ?? 'The operation failed (injected by the emulator).'),
        }
      : undefined;
  const body = {
    kind: v['kind'],
    status: int('status'),
    operation: v['operation'],
    method: v['method'],
    path: v['path'],
    id: v['id'],
    times: int('times'),
    skip: int('skip'),
    retryAfterSeconds: int('retry-after'),
    latencyMs: int('latency'),
    error,
  };
  return Object.fromEntries(Object.entries(body).filter(([, x]) => x !== undefined));
}

function describeFault(f: FaultRule): string {
  const match = [f.method, f.operation, f.path ? String(f.path) : undefined].filter(Boolean).join(' ');
  const limits = [f.skip ? `after ${f.skip}` : '', f.times !== undefined ? `${f.times} time(s)` : 'every time']
    .filter(Boolean)
    .join(', ');
  return `${f.id}: ${f.kind} on ${match} (${limits})\n`;
}

const HEALTH_HELP = `Usage: immutable-deploy emulator health unhealthy --version V [--when now|live]
       immutable-deploy emulator health failing --version V
       immutable-deploy emulator health errors --version V [--rate R] [--when now|live]
       immutable-deploy emulator health list [--json]
       immutable-deploy emulator health clear

Scripts the health of whatever runs image version V (scale set instances running gallery version V,
App Service apps running a container tagged V).
  unhealthy              fails health probes and the load balancer's probe (503 to requests)
  failing                fails to boot or start (instances Failed, a swap aborts)
  errors                 passes its health checks, but answers a share R (default 1) of the other
                         requests with HTTP 500: only metrics, alerts and log queries see it
  --when now             from now on (default)
  --when live            once V takes production traffic: instances serving behind a load balancer
                         rule not named 'preview', or the App Service production slot
${CONNECT_HELP}
`;

async function healthVerb(argv: string[]): Promise<void> {
  const [action, ...rest] = argv;
  if (action === undefined || action === '--help' || action === '-h') return out(HEALTH_HELP);
  const scripting = action === 'unhealthy' || action === 'failing' || action === 'errors';
  const options = scripting
    ? ({
        version: { type: 'string' },
        ...(action !== 'failing' ? { when: { type: 'string' } } : {}),
        ...(action === 'errors' ? { rate: { type: 'string' } } : {}),
      } as const)
    : {};
  const a = verbArgs(rest, HEALTH_HELP, options);
  if (!a) return;
  const json = Boolean(a.values['json']);
  if (scripting) {
    const version = a.values['version'] ?? fail(`--version is required\n${HEALTH_HELP}`);
    const rate = a.values['rate'] === undefined ? undefined : toNumber('--rate', a.values['rate']);
    const rule = (await callControl(a.conn(), 'POST', '/health', {
      version,
      state: action,
      when: a.values['when'] ?? 'now',
      ...(rate === undefined ? {} : { rate }),
    })) as HealthRule;
    return print(
      json,
      rule,
      () =>
        `${rule.id}: ${rule.version} ${rule.state} ${rule.when === 'live' ? 'once it takes live traffic' : 'from now on'}\n`,
    );
  }
  if (action === 'list') {
    const { rules } = (await callControl(a.conn(), 'GET', '/health')) as { rules: HealthRule[] };
    return print(json, rules, () =>
      rules.length === 0
        ? 'no health rules\n'
        : rules
            .map(
              (r) =>
                `${r.id}: ${r.version} ${r.state} (${r.when}, ${r.active ? 'active' : 'waiting for live traffic'})\n`,
            )
            .join(''),
    );
  }
  if (action === 'clear') {
    const answer = (await callControl(a.conn(), 'DELETE', '/health')) as { cleared: number };
    return print(json, answer, () => `cleared ${answer.cleared} health rule(s)\n`);
  }
  fail(`unknown health action '${action}'\n${HEALTH_HELP}`);
}

const TIME_HELP = `Usage: immutable-deploy emulator time [--scale X] [--advance DURATION] [--json]

Without options prints simulated time and the time scale.
  --scale X              simulated seconds per real second from now on
  --advance DURATION     jump simulated time ahead (e.g. 90s, 10m, 2h) and run what became due
${CONNECT_HELP}
`;

async function timeVerb(argv: string[]): Promise<void> {
  const a = verbArgs(argv, TIME_HELP, { scale: { type: 'string' }, advance: { type: 'string' } });
  if (!a) return;
  const body: Record<string, number> = {};
  if (a.values['scale'] !== undefined) body['scale'] = toNumber('--scale', a.values['scale']);
  if (a.values['advance'] !== undefined) body['advanceSeconds'] = durationSeconds(String(a.values['advance']));
  const answer = (await callControl(
    a.conn(),
    Object.keys(body).length > 0 ? 'POST' : 'GET',
    '/time',
    Object.keys(body).length > 0 ? body : undefined,
  )) as { now: string; timeScale: number };
  print(Boolean(a.values['json']), answer, () => `now ${answer.now} (time scale ${answer.timeScale})\n`);
}

const REQUESTS_HELP = `Usage: immutable-deploy emulator requests [--since N] [--writes] [--json]

The emulator's request log: seq, method, status, operation, path, faults that fired.
  --since N              only entries after seq N (each answer ends with the next cursor)
  --writes               only writes (PUT, PATCH, DELETE, POST other than read-like ones)
  --json                 {"requests": [...], "next": N}
${CONNECT_HELP}
`;

async function requestsVerb(argv: string[]): Promise<void> {
  const a = verbArgs(argv, REQUESTS_HELP, { since: { type: 'string' }, writes: { type: 'boolean' } });
  if (!a) return;
  const since = a.values['since'] === undefined ? 0 : wholeNumber('--since', a.values['since']);
  const answer = (await callControl(
    a.conn(),
    'GET',
    `/requests?since=${since}${a.values['writes'] ? '&writes=true' : ''}`,
  )) as { requests: RequestLogEntry[]; next: number };
  print(
    Boolean(a.values['json']),
    answer,
    () => `${answer.requests.map(describeRequest).join('')}(next: --since ${answer.next})\n`,
  );
}

/** One line per entry; the path from its resource group on (`rg-demo/Microsoft.Network/loadBalancers/web-lb`). */
function describeRequest(r: RequestLogEntry): string {
  const faults = r.faults ? `  [fault: ${r.faults.join(', ')}]` : '';
  const path = r.path.replace(/^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\//i, '$1/');
  const error = r.errorCode ? ` ${r.errorCode}` : '';
  return `${String(r.seq).padStart(5)} ${r.method.padEnd(6)} ${String(r.status).padStart(3)} ${(r.operation ?? '-').padEnd(40)} ${path}${error}${faults}\n`;
}

const LOAD_HELP = `Usage: immutable-deploy emulator load TARGET --rps N [--path P] [--port N | --slot S]
       immutable-deploy emulator load --load-balancer NAME [--port N] --rps N [--path P]
       immutable-deploy emulator load --site NAME [--slot S] --rps N [--path P]
       immutable-deploy emulator load list [--json]
       immutable-deploy emulator load clear

Sends N requests per simulated second through a world target (its load balancer's live rule, or
its web app's production slot), a load balancer rule or an App Service slot, on simulated time:
the same routing as a client's, answered without sockets. Their telemetry feeds the metrics, metric
alerts and log queries. --rps 0 stops one; clear stops all.
${CONNECT_HELP}
`;

async function loadVerb(argv: string[]): Promise<void> {
  const action = argv[0];
  if (action === undefined || action === '--help' || action === '-h') return out(LOAD_HELP);
  if (action === 'list' || action === 'clear') {
    const a = verbArgs(argv.slice(1), LOAD_HELP);
    if (!a) return;
    const answer = (await callControl(a.conn(), action === 'list' ? 'GET' : 'DELETE', '/load')) as {
      load?: Array<{ key: string; requestsPerSecond: number; sent: number; answers: Record<string, number> }>;
      stopped?: number;
    };
    return print(Boolean(a.values['json']), answer, () =>
      answer.load
        ? answer.load.length === 0
          ? 'no load\n'
          : answer.load
              .map((l) => `${l.key}: ${l.requestsPerSecond}/s, sent ${l.sent} ${JSON.stringify(l.answers)}\n`)
              .join('')
        : `stopped ${answer.stopped ?? 0} load generator(s)\n`,
    );
  }
  const options = {
    rps: { type: 'string' },
    path: { type: 'string' },
    port: { type: 'string' },
    slot: { type: 'string' },
    'load-balancer': { type: 'string' },
    site: { type: 'string' },
  } as const;
  const a = verbArgs(argv, LOAD_HELP, options, 1);
  if (!a) return;
  const v = a.values;
  if (v['rps'] === undefined) throw new Error(`--rps is required\n${LOAD_HELP}`);
  const body = Object.fromEntries(
    Object.entries({
      target: a.positionals[0],
      loadBalancer: v['load-balancer'],
      site: v['site'],
      slot: v['slot'],
      port: v['port'] === undefined ? undefined : wholeNumber('--port', v['port']),
      requestsPerSecond: toNumber('--rps', v['rps']),
      path: v['path'],
    }).filter(([, x]) => x !== undefined),
  );
  const answer = (await callControl(a.conn(), 'POST', '/load', body)) as { load: { key: string } | null };
  print(Boolean(v['json']), answer, () =>
    answer.load
      ? `${answer.load.key}: ${String(body['requestsPerSecond'])} requests per simulated second\n`
      : 'stopped\n',
  );
}

const RESET_HELP = `Usage: immutable-deploy emulator reset\n\nClears faults, health rules, scripts and the request log (resources stay as they are).\n${CONNECT_HELP}\n`;

async function resetVerb(argv: string[]): Promise<void> {
  const a = verbArgs(argv, RESET_HELP);
  if (!a) return;
  const answer = await callControl(a.conn(), 'POST', '/reset');
  print(Boolean(a.values['json']), answer, () => 'reset: faults, health rules, scripts and the request log cleared\n');
}

function fail(message: string): never {
  throw new Error(message);
}

function wholeNumber(flag: string, value: unknown): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} expects a whole number >= 0`);
  return n;
}

/** `90`, `90s`, `10m`, `2h`, `1d`, `500ms` → seconds. */
export function durationSeconds(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(text.trim());
  if (!m) throw new Error(`--advance expects a duration such as 90s, 10m or 2h`);
  const unit = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86_400 }[m[2] ?? 's']!;
  return Number(m[1]) * unit;
}
