/** Help text, generated from the input table. */
import type { InputDef, InputGroup } from '../core/settings/table.js';
import { CLI_INPUTS, EXTRA_FLAGS } from './args.js';

export const MAIN_HELP = `immutable-deploy: immutable-infrastructure releases on Azure (bake, publish, deploy, verify, clean up)

Usage:
  immutable-deploy run [--flags]          run the stages named by --stages (default: all)
  immutable-deploy plan [--flags]         every read for real, the writes a run would make printed, none made: run --dry-run
  immutable-deploy rollback [--flags]     return a target to its previous image (or --to-version): run --stages rollback
  immutable-deploy unlock --holder <owner> [--flags]
                                          break a dead run's deploy lock (the target flags as for a deploy)
  immutable-deploy emulator <command>     the local Azure emulator for trying things out
  immutable-deploy --help | run --help    this help | every flag of 'run'
  immutable-deploy --version

Exit codes: 0 succeeded, 1 failed or bad input, 130 interrupted (Ctrl-C).
`;

const GROUP_TITLES: Record<InputGroup, string> = {
  general: 'General',
  azure: 'Azure sign-in',
  bake: 'Bake',
  publish: 'Publish',
  deploy: 'Deploy',
  verify: 'Verify',
  cleanup: 'Clean-up',
};

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

function flagLine(def: InputDef): string {
  const value = def.ado.type === 'boolean' ? '' : def.ado.type === 'multiLine' ? ' <value>…' : ' <value>';
  const dflt = def.default !== undefined ? ` (default: ${def.default === '' ? "''" : def.default})` : '';
  const secret = def.secret ? ' [secret]' : '';
  return `  --${def.name}${value}${secret}\n${wrap(def.description + dflt, 76, '      ')}`;
}

export function runHelp(command: 'run' | 'plan' | 'rollback' = 'run'): string {
  const out = [
    `Usage: immutable-deploy ${command} [--flags]`,
    '',
    ...(command === 'plan' ? ['plan is run --dry-run: every stage does its reads for real and prints the writes it would', 'make (resource, operation, before → after, why); none is made.', ''] : []),
    'Every input is a flag; --config FILE reads any of them from a YAML file (kebab-case keys),',
    'and flags given on the command line override the file. Multi-line inputs may be repeated.',
    'Boolean flags take no value (--dry-run) or an explicit one (--dry-run=false).',
  ];
  for (const group of Object.keys(GROUP_TITLES) as InputGroup[]) {
    const defs = CLI_INPUTS.filter((d) => d.group === group);
    if (defs.length === 0) continue;
    out.push('', `${GROUP_TITLES[group]}:`, ...defs.map(flagLine));
  }
  out.push('', 'Output:', ...EXTRA_FLAGS.map((f) => `  --${f.name}\n${wrap(f.description, 76, '      ')}`), '');
  return out.join('\n');
}
