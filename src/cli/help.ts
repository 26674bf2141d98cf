/** Help text, generated from the input table. */
import type { InputDef, InputGroup } from '../core/settings/table.js';
import { CLI_INPUTS, EXTRA_FLAGS } from './args.js';
import type { RunCommand } from './command.js';
import { UNLOCK_HELP } from './unlock.js';

export const MAIN_HELP = `immutable-deploy: immutable-infrastructure releases on Azure (bake, publish, deploy, verify, clean up)

Usage:
  immutable-deploy run [--flags]          run the stages named by --stages (default: all)
  immutable-deploy plan [--flags]         every read for real, the writes a run would make printed, none made: run --dry-run
  immutable-deploy rollback [--flags]     return a target to its previous image (or --to-version): run --stages rollback
  immutable-deploy promote [--flags]      continue a canary a deploy paused ('pause' in --canary-steps): run --stages promote
  immutable-deploy abort [--flags]        return a paused canary's traffic to the stable release: run --stages abort
  immutable-deploy unlock --holder <owner> [--flags]
                                          break a dead run's deploy lock (the target flags as for a deploy)
  immutable-deploy fleet <plan|run|resume|rollback> --file <fleet.yaml>
                                          one release across a fleet file's targets, in waves (docs/fleets.md)
  immutable-deploy emulator <command>     the local Azure emulator for trying things out
  immutable-deploy --help                 this help
  immutable-deploy help <command>         a command's help, as <command> --help prints it
  immutable-deploy --version              the version of this package

Exit codes: 0 succeeded, 1 failed or bad input, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
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

/** What each command says about itself, and the flag it fixes (so its help does not offer it). */
const COMMAND_NOTES: Record<RunCommand, { lines: string[]; fixed?: string }> = {
  run: { lines: [] },
  plan: {
    lines: [
      'plan is run --dry-run: every stage does its reads for real and prints the writes it would',
      'make (resource, operation, before → after, why); none is made.',
    ],
    fixed: 'dry-run',
  },
  rollback: {
    lines: [
      'rollback is run --stages rollback: it returns the target to --to-version, by default the',
      'previous version recorded on the target.',
    ],
    fixed: 'stages',
  },
  promote: {
    lines: [
      'promote is run --stages promote: it continues the canary a deploy stopped at an open',
      "'pause' (read back from the target's release record) from the step after it. Pass the",
      'same --canary-steps (and artifact) as the deploy; it refuses when nothing is paused.',
    ],
    fixed: 'stages',
  },
  abort: {
    lines: [
      'abort is run --stages abort: it returns all production traffic of a paused canary to the',
      "stable release (weight 0) and records it 'aborted'.",
    ],
    fixed: 'stages',
  },
};

/** The help of a command by name, or undefined for an unknown one (`emulator` prints its own). */
export function helpFor(command: string): string | undefined {
  if (command in COMMAND_NOTES) return runHelp(command as RunCommand);
  if (command === 'unlock') return UNLOCK_HELP;
  return undefined;
}

export function runHelp(command: RunCommand = 'run'): string {
  const notes = COMMAND_NOTES[command];
  const out = [
    `Usage: immutable-deploy ${command} [--flags]`,
    '',
    ...(notes.lines.length > 0 ? [...notes.lines, ''] : []),
    'Every input is a flag; --config FILE reads any of them from a YAML file (kebab-case keys),',
    'and flags given on the command line override the file. Multi-line inputs may be repeated.',
    'Boolean flags take no value (--dry-run) or an explicit one (--dry-run=false).',
  ];
  for (const group of Object.keys(GROUP_TITLES) as InputGroup[]) {
    const defs = CLI_INPUTS.filter((d) => d.group === group && d.name !== notes.fixed);
    if (defs.length === 0) continue;
    out.push('', `${GROUP_TITLES[group]}:`, ...defs.map(flagLine));
  }
  out.push('', 'Output:', ...EXTRA_FLAGS.map((f) => `  --${f.name}\n${wrap(f.description, 76, '      ')}`), '');
  return out.join('\n');
}
