/**
 * `immutable-deploy fleet run|plan --file` as a user runs it (the CLI's own ports, real time,
 * static-token sign-in to the emulator): the table on stdout, the JSON record file, exit codes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fleet } from '../../src/cli/fleet.js';
import { fleetDoc, fleetWorld, scaleSetVersions, type FleetWorld } from './world.js';

let w: FleetWorld | undefined;
afterEach(async () => {
  await w?.h.emu.close();
  w = undefined;
});

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await fleet(args, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

it('fleet run prints targets × wave × result × version, writes the record, exits 0; a halted fleet exits 1', async () => {
  w = await fleetWorld(3, { capacity: 1 });
  const dir = mkdtempSync(join(tmpdir(), 'fleet-cli-'));
  const file = join(dir, 'fleet.yaml');
  const record = join(dir, 'record.json');
  writeFileSync(file, stringify(fleetDoc(w, 2, 1)));

  const plan = await cli(['plan', '--file', file]);
  expect(plan.code).toBe(0);
  expect(plan.out).toMatch(
    /^fleet web-fleet 2\.0\.0: plan \(nothing written\)\n\nwave 1 \(canary\)\n {2}t1 \(westeurope\): planned\n {4}- deploy: /,
  );

  const run = await cli(['run', '--file', file, '--record-file', record]);
  expect(run.err).toMatch(/^\[t1\] /m);
  expect(run.code).toBe(0);
  expect(run.out.split('\n').slice(0, 6)).toEqual([
    'fleet web-fleet 2.0.0: succeeded',
    '',
    'wave      target  region       result     version',
    '--------  ------  -----------  ---------  -------',
    '1 canary  t1      westeurope   succeeded  2.0.0',
    '2 ring-1  t2      northeurope  succeeded  2.0.0',
  ]);
  const json = JSON.parse(readFileSync(record, 'utf8')) as {
    status: string;
    targets: { target: string; result: string }[];
  };
  expect(json.status).toBe('succeeded');
  expect(json.targets.map((t) => [t.target, t.result])).toEqual([
    ['t1', 'succeeded'],
    ['t2', 'succeeded'],
  ]);

  // A target that cannot release (its scale set is unhealthy) halts the fleet: exit code 1.
  w.h.emu.control.health.unhealthyInstance(`${w.h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/web3`, '0');
  const doc = fleetDoc(w, 1, 1);
  (doc['waves'] as { targets: Record<string, unknown>[] }[])[0]!.targets[0]!['scale-set'] = 'web3';
  writeFileSync(file, stringify({ ...doc, name: 'other-fleet' }));
  const halted = await cli(['run', '--file', file, '--json']);
  expect(halted.code).toBe(1);
  expect(JSON.parse(halted.out)).toMatchObject({
    status: 'halted',
    fleet: 'other-fleet',
    targets: [{ target: 't1', result: 'failed' }],
  });
  expect(scaleSetVersions(w.h, 'web3')).toEqual(['1.0.0']);

  // rollback: nothing took the version (left alone, said so); --clear-halt removes the marker: exit 0.
  expect((await cli(['run', '--file', file, '--clear-halt'])).err).toMatch(
    /--clear-halt goes with fleet rollback only/,
  );
  const back = await cli(['rollback', '--file', file, '--clear-halt']);
  expect(back.code).toBe(0);
  expect(back.out).toMatch(/^fleet other-fleet 2\.0\.0: rolled-back\n/);
  expect(back.out).toMatch(/^t1: has no release record, not 2\.0\.0: left alone$/m);
  expect(back.out).not.toMatch(/^halt:/m);
  // The marker is gone: resume (no marker) runs the fleet again, which halts again on web3.
  const resumed = await cli(['resume', '--file', file, '--json']);
  expect(resumed.err).toMatch(/is not halted for 2\.0\.0: running it/);
  expect(JSON.parse(resumed.out)).toMatchObject({ status: 'halted' });
}, 60_000);
