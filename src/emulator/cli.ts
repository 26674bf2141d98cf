import { startEmulator, type EmulatorOptions } from './index.js';

const USAGE = 'usage: immutable-deploy emulator [--port N] [--state FILE] [--time-scale X] [--page-size N] [--seed N]';

/** Parses `--flag value` / `--flag=value` pairs into EmulatorOptions. */
export function parseEmulatorArgs(argv: string[]): EmulatorOptions {
  const options: EmulatorOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`missing value for ${flag}\n${USAGE}`);
    switch (flag) {
      case '--port': options.port = toNumber(flag, value); break;
      case '--state': options.statePath = value; break;
      case '--time-scale': options.timeScale = toNumber(flag, value); break;
      case '--page-size': options.pageSize = toNumber(flag, value); break;
      case '--seed': options.seed = toNumber(flag, value); break;
      default: throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  return options;
}

function toNumber(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`${flag} expects a number, got '${value}'`);
  return n;
}

/**
 * `immutable-deploy emulator ...`: starts the emulator, prints one JSON line
 * {"endpoint","caFile","subscriptionId"} on stdout, serves until SIGINT/SIGTERM, then saves state and exits.
 */
export async function runEmulatorCommand(argv: string[]): Promise<void> {
  const emu = await startEmulator(parseEmulatorArgs(argv));
  process.stdout.write(`${JSON.stringify({ endpoint: emu.endpoint, caFile: emu.caFile, subscriptionId: emu.subscriptionId })}\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      emu.close().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
