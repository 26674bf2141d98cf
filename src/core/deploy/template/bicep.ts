/**
 * Bicep to ARM JSON, through the injected CommandRunner (argv arrays, no shell): the `bicep` CLI
 * (`bicep build <file> --stdout`, `bicep build-params <file> --stdout`), else the Azure CLI's
 * (`az bicep build --file <file> --stdout`, `az bicep build-params --file <file> --stdout`). Hosted
 * GitHub runners and Microsoft-hosted agents have both. Neither found: an input error saying how
 * to install one (https://learn.microsoft.com/azure/azure-resource-manager/bicep/install).
 * A compile error gives Bicep's diagnostics (stderr), never the template's text.
 */
import { EngineError } from '../../errors.js';
import type { CommandResult, CommandRunner } from '../../ports.js';

/**
 * ARM's own limit on a template: 4 MB
 * (https://learn.microsoft.com/azure/azure-resource-manager/templates/best-practices#template-limits).
 */
export const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;
/** A compile is a local process: far shorter than a deploy, and not worth a budget input of its own. */
export const COMPILE_TIMEOUT_MS = 5 * 60_000;

export interface Compiled {
  readonly template: Readonly<Record<string, unknown>>;
  /** A .bicepparam's parameter values (ARM `{ value }` per name); empty for a .bicep file. */
  readonly parameters: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** 'bicep' or 'az bicep', for the log. */
  readonly compiler: string;
}

const INSTALL =
  "install the Bicep CLI (https://aka.ms/bicep/install) or the Azure CLI ('az bicep install'), or give the compiled ARM JSON as 'template' ('bicep build <file>' writes it)";

/** Compiles a .bicep or .bicepparam file; throws EngineError 'input' naming the file. */
export async function compileBicep(
  commands: CommandRunner | undefined,
  path: string,
  kind: 'bicep' | 'bicepparam',
  signal: AbortSignal,
): Promise<Compiled> {
  if (!commands)
    throw new EngineError(
      'input',
      `input 'template': '${path}' is Bicep, and this adapter cannot run a compiler; ${INSTALL}`,
    );
  const verb = kind === 'bicep' ? 'build' : 'build-params';
  const attempts: [string, string[]][] = [
    ['bicep', ['bicep', verb, path, '--stdout']],
    ['az bicep', ['az', 'bicep', verb, '--file', path, '--stdout']],
  ];
  for (const [compiler, argv] of attempts) {
    const r = await commands.run(argv, { timeoutMs: COMPILE_TIMEOUT_MS, signal, stdoutLimit: MAX_TEMPLATE_BYTES * 2 });
    if (signal.aborted) throw new EngineError('cancelled', `the run was cancelled while compiling '${path}'`);
    if (notFound(r)) continue;
    return parseOutput(r, path, kind, compiler);
  }
  throw new EngineError(
    'input',
    `input 'template': '${path}' is Bicep, and neither 'bicep' nor 'az' was found on PATH to compile it; ${INSTALL}`,
  );
}

/** The command could not start (ENOENT), or `az` has no bicep (it says so and exits non-zero without output). */
function notFound(r: CommandResult): boolean {
  if (r.startError) return /ENOENT|not found/i.test(r.startError);
  return false;
}

function parseOutput(r: CommandResult, path: string, kind: 'bicep' | 'bicepparam', compiler: string): Compiled {
  const why = r.timedOut
    ? `did not finish within ${COMPILE_TIMEOUT_MS / 60_000} minutes`
    : r.startError
      ? `could not start (${r.startError})`
      : r.exitCode !== 0
        ? `exited ${r.exitCode ?? 'abnormally'}`
        : r.stdoutTruncated
          ? `wrote more than ARM's ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB template limit`
          : undefined;
  if (why) {
    const diagnostics = r.outputTail ? `: ${r.outputTail.slice(-1000)}` : '';
    throw new EngineError('input', `input 'template': '${path}' did not compile (${compiler} ${why})${diagnostics}`);
  }
  const out = parseJson(r.stdout ?? '', path, compiler);
  if (kind === 'bicep') return { template: out, parameters: {}, compiler };
  // build-params writes { parametersJson, templateJson } (both JSON text).
  const template = parseJson(String(out['templateJson'] ?? ''), path, compiler);
  const file = parseJson(String(out['parametersJson'] ?? ''), path, compiler);
  const parameters = (file['parameters'] ?? {}) as Compiled['parameters'];
  return { template, parameters, compiler };
}

function parseJson(text: string, path: string, compiler: string): Record<string, unknown> {
  try {
    const v = JSON.parse(text) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new EngineError(
    'input',
    `input 'template': ${compiler} compiled '${path}' but its output is not the JSON expected (the output is not shown); check the ${compiler} version`,
  );
}
