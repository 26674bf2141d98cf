/**
 * The engine's Host for a terminal: logs to stderr (so stdout holds only the result), outputs and
 * the redacted result kept for the final report.
 */
import type { Host, RunResult } from '../core/index.js';

export interface CliHost extends Host {
  readonly outputs: ReadonlyMap<string, string>;
  /** The redacted result handed over by the engine. */
  result(): RunResult | undefined;
}

export function cliHost(signal: AbortSignal, options: { verbose: boolean; write?: (text: string) => void }): CliHost {
  const write = options.write ?? ((t: string) => void process.stderr.write(t));
  const outputs = new Map<string, string>();
  let result: RunResult | undefined;
  let depth = 0;
  const line = (prefix: string, m: string) => {
    const pad = '  '.repeat(depth);
    write(
      `${m
        .split('\n')
        .map((l) => `${pad}${prefix}${l}`)
        .join('\n')}\n`,
    );
  };
  return {
    signal,
    outputs,
    result: () => result,
    info: (m) => line('', m),
    debug: (m) => {
      if (options.verbose) line('debug: ', m);
    },
    warning: (m) => line('warning: ', m),
    error: (m) => line('error: ', m),
    group: async (name, fn) => {
      line('▶ ', name);
      depth++;
      try {
        return await fn();
      } finally {
        depth--;
      }
    },
    // The engine redacts everything it hands to the host; nothing else prints secrets.
    setSecret: () => undefined,
    setOutput: (name, value) => void outputs.set(name, value),
    writeSummary: async (r) => {
      result = r;
    },
  };
}
