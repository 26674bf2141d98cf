/**
 * Planted wrong responses and the one oav run per spec file, shared by the oav traffic tests: each
 * spec's run validates the recorded operations it covers plus one broken copy of a recorded 200,
 * so every test of a spec proves both "no error in real traffic" and "the check has teeth".
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedExchange } from '../../src/emulator/index.js';
import { toTraffic, validateTraffic, writeTraffic, type Problem, type TrafficValidatorLike } from './oav.js';

/** The file of a spec run's directory that holds the planted wrong response. */
export const PLANTED = 'planted.json';

export type Body = Record<string, unknown>;

/** How to break one recorded response of an operation, and the oav error codes that must catch it. */
export interface Plant {
  operation: string;
  /** Which recorded 200 of the operation to break (default: the first). */
  pick?: (body: Body) => boolean;
  break: (body: Body) => void;
  codes: string[];
}

/** A copy of a recorded 200 of the plant's operation, broken as the plant says. */
export function plant(recorded: RecordedExchange[], p: Plant): RecordedExchange {
  const ok = recorded.find(
    (x) => x.operation === p.operation && x.response.statusCode === 200 && (p.pick?.(x.response.body as Body) ?? true),
  );
  if (!ok) throw new Error(`no recorded ${p.operation} 200 to plant a wrong response in`);
  const broken = structuredClone(ok);
  p.break(broken.response.body as Body);
  return broken;
}

/** The object at a path of a response body (a test fixture: throws when the path is absent). */
export function at(body: Body, ...path: (string | number)[]): Body {
  let node: unknown = body;
  for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key];
  if (typeof node !== 'object' || node === null) throw new Error(`no object at ${path.join('.')}`);
  return node as Body;
}

export type SpecRun = Promise<{ validator: TrafficValidatorLike; problems: Problem[] }>;

/**
 * The one oav run of each spec file, started on first use: its recorded operations plus the
 * planted wrong response, written under `dir()` (read when the first run starts).
 */
export function specRuns<N extends string>(
  specs: Readonly<Record<N, { readonly file: string; readonly operations: RegExp }>>,
  planted: Readonly<Record<N, Plant>>,
  recorded: readonly RecordedExchange[],
  dir: () => string,
): (name: N) => SpecRun {
  const runs = new Map<N, SpecRun>();
  return (name) => {
    let run = runs.get(name);
    if (!run) {
      const spec = specs[name];
      const traffic = join(dir(), name);
      writeTraffic(
        traffic,
        recorded.filter((x) => spec.operations.test(x.operation ?? '')),
      );
      writeFileSync(join(traffic, PLANTED), JSON.stringify(toTraffic(plant([...recorded], planted[name]))));
      run = validateTraffic(spec.file, traffic);
      runs.set(name, run);
    }
    return run;
  };
}
