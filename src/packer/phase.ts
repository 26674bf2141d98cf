import type { Logger, Sleep } from '../core/ports.js';
import { MachineReadableCollector, parseMachineReadableLine, toUiEvent, type UiEvent } from './machine-readable.js';
import { runPackerProcess, SpawnError, type PackerProcessOutcome } from './process.js';
import type { SecretMasker } from './secret-masker.js';

export interface PhaseContext {
  packerPath: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  masker: SecretMasker;
  signal: AbortSignal | undefined;
  cancelGraceMs: number;
  sleep: Sleep;
}

export type PhaseName = 'version' | 'init' | 'validate' | 'build';

export interface PhaseResult {
  phase: PhaseName;
  outcome: PackerProcessOutcome;
  collector: MachineReadableCollector;
  /** Packer's last error lines, masked: `error` records first, then recent ui errors and stderr. */
  errorLines: string[];
  /** Set when the binary could not be started; `outcome` is then a placeholder. */
  spawnError?: string;
}

/** How many of Packer's error lines an error message quotes. */
const ERROR_TAIL = 15;

/**
 * Runs one Packer command, streaming its ui lines to the logger (masked) while collecting
 * machine-readable records and the tail of its error output.
 */
export async function runPackerPhase(
  ctx: PhaseContext,
  phase: PhaseName,
  args: string[],
  { quiet = false }: { quiet?: boolean } = {},
): Promise<PhaseResult> {
  const collector = new MachineReadableCollector();
  const recentErrors: string[] = [];
  const remember = (text: string): void => {
    for (const line of text.split(/\r?\n/)) {
      if (line.trim() === '') continue;
      recentErrors.push(line.trimEnd());
      if (recentErrors.length > ERROR_TAIL) recentErrors.shift();
    }
  };
  const log = (event: UiEvent): void => {
    const text = ctx.masker.mask(event.text).replace(/^\n+/, '').trimEnd();
    if (event.kind === 'error') remember(text);
    if (text === '' || quiet) return;
    if (event.kind === 'error') ctx.logger.error(text);
    else ctx.logger.info(text);
  };

  if (ctx.signal?.aborted) {
    // Cancelled before this phase: do not start Packer at all.
    const outcome: PackerProcessOutcome = { exitCode: null, exitSignal: null, cancelled: true, killed: false };
    return { phase, outcome, collector, errorLines: [] };
  }
  if (!quiet) ctx.logger.info(`Running: ${ctx.masker.mask([ctx.packerPath, ...args].join(' '))}`);
  let outcome: PackerProcessOutcome;
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
        if (!record) return log({ kind: 'message', text: line });
        collector.add(record);
        const event = toUiEvent(record);
        if (event) log(event);
        else if (!quiet) ctx.logger.debug(ctx.masker.mask(line));
      },
      onStderrLine: (line) => {
        const text = ctx.masker.mask(line);
        remember(text);
        if (!quiet && text.trim() !== '') ctx.logger.warning(text);
      },
      onCancelling: () =>
        ctx.logger.warning(`Cancelling: sent SIGINT to Packer (${phase}); waiting for it to clean up.`),
    });
  } catch (error) {
    if (!(error instanceof SpawnError)) throw error;
    const placeholder: PackerProcessOutcome = { exitCode: null, exitSignal: null, cancelled: false, killed: false };
    return { phase, outcome: placeholder, collector, errorLines: [], spawnError: error.code ?? error.message };
  }
  const summaries = collector.errors.map((e) => ctx.masker.mask(e.target ? `${e.target}: ${e.message}` : e.message));
  // Packer's end-of-run `error` records first: they name the failed build and its cause.
  const errorLines = [...new Set([...summaries, ...recentErrors])].slice(0, 2 * ERROR_TAIL);
  return { phase, outcome, collector, errorLines };
}
