/**
 * `immutable-deploy unlock --holder <owner>`: breaks a dead run's deploy lock on purpose. It takes
 * the same target flags as a deploy (--resource-group, --strategy and --scale-set / --load-balancer
 * / --app-service, Azure sign-in, --config) and refuses unless --holder names the lease's owner,
 * so nobody breaks a lease blindly.
 */
import { lockTarget } from '../core/lock/lock.js';
import { breakLease } from '../core/lock/unlock.js';
import { azureLoader, planSignIn } from '../adapters/shared/azure-connection.js';
import { prepareStep } from '../adapters/shared/prepare.js';
import { parseRunArgs, UsageError } from './args.js';
import { cliHost } from './host.js';

export const UNLOCK_HELP = `Usage: immutable-deploy unlock --holder <owner> [--flags]

Breaks the deploy lock a dead run left on the deploy target, so that the next run need not wait
for it to expire. --holder must be the owner the lease names (a waiting run's message and the
'immutable-deploy.lock' tag show it: the text before the first ';'); otherwise nothing changes.
The target comes from the same flags as a deploy: --resource-group, --strategy and --scale-set
(rolling) / --load-balancer (blue-green) / --app-service (slot-swap), plus the Azure sign-in flags
and --config (see immutable-deploy run --help).
`;

/** Takes `--holder <owner>` / `--holder=<owner>` out of argv; the rest are deploy flags. */
export function takeHolder(argv: readonly string[]): { holder: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let holder: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--holder') {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--'))
        throw new UsageError("flag '--holder' needs a value: the owner of the lease to break");
      holder = next;
      i++;
    } else if (arg.startsWith('--holder=')) holder = arg.slice('--holder='.length);
    else rest.push(arg);
  }
  return { holder, rest };
}

export async function unlock(
  argv: readonly string[],
  write: { out: (t: string) => void; err: (t: string) => void },
): Promise<number> {
  try {
    const { holder, rest } = takeHolder(argv);
    const args = parseRunArgs(rest);
    if (args.help) {
      write.out(UNLOCK_HELP);
      return 0;
    }
    if (!holder?.trim() || holder.includes(';')) {
      throw new UsageError(
        `unlock needs --holder <owner>: the owner named by the lease to break (got ${holder === undefined ? 'none' : `'${holder}'`})`,
      );
    }
    const host = cliHost(new AbortController().signal, { verbose: args.verbose });
    // Only the target and the sign-in matter: read the flags as a rollback would (no image inputs needed).
    const read = (name: string) => (name === 'stages' ? 'rollback' : args.inputs.get(name));
    const settings = prepareStep({ adapter: 'cli', read, namer: (name) => `--${name}`, host });
    const target = lockTarget(settings);
    if (!target) {
      throw new UsageError(
        'unlock needs the deploy target: --resource-group and --scale-set (rolling), --load-balancer (blue-green) or --app-service (slot-swap), as for the deploy',
      );
    }
    const ports = await azureLoader(settings, planSignIn(settings, { kind: 'cli' }))();
    await breakLease(ports.leases, target, holder.trim(), { info: (m) => host.info(m), warn: (m) => host.warning(m) });
    return 0;
  } catch (e) {
    write.err(`immutable-deploy unlock: ${e instanceof Error ? e.message : String(e)}\n`);
    if (e instanceof UsageError) write.err('(see immutable-deploy unlock --help)\n');
    return 1;
  }
}
